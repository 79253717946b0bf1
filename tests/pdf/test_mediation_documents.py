"""Every mediation document renders on A4 with the font embedded and its key text extractable."""
from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from aidstation.core import mediation, settings
from aidstation.core.models import AuditEvent, Person, Staff
from aidstation.core.validation import ValidationError
from aidstation.pdf.mediation import contents, dossier

D = dt.date
A4 = (595.28, 841.89)


def build_case(user, *, form="written"):
    """A concluded case with every kind of record, as a station would have it."""
    settings.set_many({"station.committee": "东城区和平街道人民调解委员会",
                       "numbers.mediation_prefix": "和"}, user=user)
    a = Person.create(name="张建国", gender="M", ethnicity="汉族", birth_date=D(1968, 5, 12),
                      id_number="11010519491231002X", phone="13800138000",
                      address="北京市东城区和平里七区12号楼3单元501", occupation="退休工人")
    b = Person.create(name="李秀英", gender="F", ethnicity="汉族", birth_date=D(1975, 9, 3),
                      phone="13912345678", address="北京市东城区和平里七区12号楼3单元401",
                      occupation="个体经营")
    t = Person.create(name="和平里物业公司", address="北京市东城区和平里七区物业中心")
    m = Staff.create(name="王调解", role="mediator")
    r = Staff.create(name="刘记录", role="mediator")
    case = mediation.open_case(
        user=user, received_on=D(2026, 3, 2), source="party", dispute_type="neighbor",
        title="", facts="申请人住501室，被申请人住401室。2026年2月起被申请人家卫生间顶部渗水，"
        "被申请人认为系申请人家中防水层损坏所致，双方多次协商未果，发生争吵。",
        requests="1．请求调解双方关于漏水维修及损失赔偿的纠纷；\n2．请求确定维修费用的承担。",
        amount="3200", parties=[(a, "applicant"), (b, "respondent"), (t, "third_party")],
        mediators=[m, r], today=D(2026, 6, 1))
    mediation.add_session(case, user=user, held_at=dt.datetime(2026, 3, 3, 14, 0), place="现场（401室）",
                          participants="物业维修员 陈师傅", record="现场查看：401室卫生间顶部有明显水渍。",
                          recorder=r, kind="investigation")
    mediation.add_session(case, user=user, held_at=dt.datetime(2026, 3, 5, 9, 30), place="街道人民调解室",
                          participants="物业公司代表 赵经理",
                          record="申请人陈述：……\n被申请人陈述：……\n调解员释明《民法典》第二百八十八条相邻关系规定。",
                          recorder=r)
    if form == "written":
        mediation.record_agreement(case, user=user, form="written", agreement_on=D(2026, 3, 10),
                                   terms="一、申请人于2026年3月20日前委托物业公司重做卫生间防水层，费用由申请人承担；\n"
                                   "二、申请人一次性赔偿被申请人装修损失人民币3200元。",
                                   responsibility="漏水系申请人家中防水层老化所致，申请人负主要责任。",
                                   performance_method="现金当面支付，物业公司见证", amount="3200",
                                   performance_deadline=D(2026, 3, 20), today=D(2026, 6, 1))
    else:
        mediation.record_agreement(case, user=user, form="oral", agreement_on=D(2026, 3, 10),
                                   terms="申请人负责维修防水层，双方互相谅解。",
                                   performance_method="自行履行", performance_deadline=D(2026, 3, 20),
                                   today=D(2026, 6, 1))
    mediation.set_dossier_item(case, 3, user=user, present=True, pages=3)
    mediation.conclude(case, user=user, status="succeeded", concluded_on=D(2026, 3, 10),
                       today=D(2026, 6, 1))
    mediation.add_followup(case, user=user, visited_on=D(2026, 4, 9), visitor="王调解", method="visit",
                           performance="已履行完毕", satisfaction="satisfied", today=D(2026, 6, 1))
    return case


def _check(path, title, case, names=("张建国", "李秀英"), number=True):
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            holders = [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]
            for holder in holders:
                fd = holder.get("/FontDescriptor")
                if fd is not None and "/FontFile2" in fd.get_object():
                    fonts.add(str(fd.get_object()["/FontName"]))
    assert any("WQYZenHei" in f or "WenQuanYi" in f for f in fonts), fonts
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "")
    assert title in text
    assert (case.number in text) == number
    for name in names:
        assert name in text
    return reader, text


DOCS = [
    ("application", "人民调解申请书"),
    ("register", "人民调解受理登记表"),
    ("notice", "人民调解当事人权利义务告知书"),
    ("investigation", "人民调解调查记录"),
    ("record", "人民调解记录"),
    ("agreement", "人民调解协议书"),
    ("followup", "人民调解回访记录"),
    ("cover", "人民调解卷宗"),
]


@pytest.mark.parametrize("key,title", DOCS)
def test_document(station, admin, tmp_path, key, title):
    case = build_case(admin)
    path = tmp_path / f"{key}.pdf"
    pages = dossier.render_document(case, key, path, user=admin)
    # The application is written before the case is accepted: no 人调字 number on it.
    reader, text = _check(path, title, case, ("张建国", "李秀英"), number=key != "application")
    assert len(reader.pages) == pages
    full = key in ("application", "agreement")  # DESIGN §12: the parties sign these
    event = AuditEvent.select().where(AuditEvent.action == "print").order_by(AuditEvent.id.desc()).get()
    assert (event.entity, event.entity_id, event.detail) == (
        "MediationCase", case.id, f"{key} {key}.pdf" + (" (full values)" if full else ""))
    if full:
        assert "11010519491231002X" in text and "13800138000" in text and "13912345678" in text
        assert "****" not in text
    else:  # every other mediation document masks them
        assert "11010519491231002X" not in text
        assert "13800138000" not in text and "13912345678" not in text
    if key == "agreement":
        assert "本协议书一式四份" in text
        assert "2026年3月20日前履行完毕" in text
    elif key != "application":
        assert "110105" not in text
    if key == "register":  # the parties' particulars
        assert "138****8000" in text and "139****5678" in text
    if key == "followup":
        assert "138****8000" in text
    if key == "cover":
        assert "卷内目录" in text and "当事人身份证明" in text


def test_oral_agreement_register(station, admin, tmp_path):
    case = build_case(admin, form="oral")
    path = tmp_path / "oral.pdf"
    dossier.render_document(case, "oral", path, user=admin)
    _, text = _check(path, "人民调解口头协议登记表", case)
    assert "申请人负责维修防水层" in text
    assert "138****8000" in text and "139****5678" in text
    assert "13800138000" not in text and "13912345678" not in text and "110105" not in text
    with pytest.raises(ValidationError):
        dossier.render_document(case, "agreement", tmp_path / "x.pdf", user=admin)


def test_whole_dossier(station, admin, tmp_path):
    case = build_case(admin)
    pages = contents.page_counts(case)
    assert pages[3] == 3 and pages[13] == 1
    assert set(pages) == {1, 2, 3, 5, 7, 8, 10, 13}
    path = tmp_path / "dossier.pdf"
    total = dossier.render_dossier(case, path, user=admin, filed_by="王调解")
    generated = sum(n for item, n in pages.items() if item != 3)
    assert total == 2 + generated  # cover + contents + documents + back cover
    reader, text = _check(path, "卷内目录", case)
    # The committee's archive: each document as its module declares it (DESIGN §12).
    pages_text = [p.extract_text().replace(" ", "") for p in reader.pages]
    for page in pages_text:
        full = "人民调解申请书" in page or "人民调解协议书" in page or "经调解，当事人自愿达成" in page
        if "联系方式" in page:
            assert ("13800138000" in page) == full and ("138****8000" in page) != full, page[:40]
    assert "11010519491231002X" in text and "110105********002X" not in text
    for title in ("人民调解申请书", "人民调解受理登记表", "人民调解记录", "人民调解协议书", "人民调解回访记录",
                  "卷内备考表"):
        assert title in text
    assert AuditEvent.select().where((AuditEvent.action == "print")
                                     & (AuditEvent.detail == "dossier dossier.pdf (full values)")).count() == 1
