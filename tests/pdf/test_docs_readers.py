"""Issue 14: every document checked as the inspectors check them (qpdf --check, pdffonts,
pdftotext), full values only where the reader must act on them (DESIGN §12), the agreement's
signatures never alone on a page, Chinese line breaking, no running header on the cover."""
from __future__ import annotations

import datetime as dt
import importlib
import subprocess

import pytest

from aidstation.core import legalaid, mediation
from aidstation.core.models import AidApplication, AuditEvent, Person
from aidstation.pdf import cards as card_pdf
from aidstation.pdf import common as c
from aidstation.pdf.legalaid import form, letter, notice, receipt
from aidstation.pdf.mediation import agreement, application, dossier
from tests.pdf.test_aid_documents import make_app
from tests.pdf.test_mediation_documents import build_case

ID, PHONE, PHONE_B = "11010519491231002X", "13800138000", "13912345678"
MASKED_ID, MASKED_PHONE = "110105********002X", "138****8000"
# document -> (module that declares FULL_VALUES, key strings pdftotext must give exactly)
DOCS = {
    "m_application": ("aidstation.pdf.mediation.application", ["人民调解申请书", "申请事项：", "1．请求调解双方关于漏水维修及损失赔偿的纠纷；", "现自愿申请人民调解委员会进行调解。"]),
    "m_register": ("aidstation.pdf.mediation.register", ["人民调解受理登记表", "经当事人同意，调解张建国与李秀英之间的邻里纠纷。"]),
    "m_notice": ("aidstation.pdf.mediation.notice", ["人民调解当事人权利义务告知书", "选择或者接受人民调解员；", "以上内容已告知，本人已知悉。"]),
    "m_investigation": ("aidstation.pdf.mediation.investigation", ["人民调解调查记录", "现场查看：401室卫生间顶部有明显水渍。"]),
    "m_record": ("aidstation.pdf.mediation.record", ["人民调解记录", "调解员释明《民法典》第二百八十八条相邻关系规定。"]),
    "m_agreement": ("aidstation.pdf.mediation.agreement", ["人民调解协议书", "经调解，当事人自愿达成如下协议：", "本协议书一式四份，当事人各执一份，人民调解委员会留存一份。"]),
    "m_oral": ("aidstation.pdf.mediation.oral", ["人民调解口头协议登记表", "申请人负责维修防水层，双方互相谅解。"]),
    "m_followup": ("aidstation.pdf.mediation.followup", ["人民调解回访记录", "协议履行情况：已履行完毕"]),
    "m_cover": ("aidstation.pdf.mediation.cover", ["人民调解卷宗", "卷内目录", "卷内备考表"]),
    "m_dossier": ("aidstation.pdf.mediation.dossier", ["人民调解卷宗", "人民调解申请书", "人民调解协议书", "卷内备考表"]),
    "a_form": ("aidstation.pdf.legalaid.form", ["法律援助申请表", "个人诚信承诺", "长子拒付赡养费"]),
    "a_receipt": ("aidstation.pdf.legalaid.receipt", ["法律援助申请材料接收凭证", "本站已收到上述申请人提交的法律援助申请材料共2项、2份，明细如下："]),
    "a_notice": ("aidstation.pdf.legalaid.notice", ["法律援助申请补充材料一次性告知书", "需补充的材料"]),
    "a_letter": ("aidstation.pdf.legalaid.letter", ["法律援助申请转交函", "朝阳区法律援助中心：", "第三十八条"]),
    "c_cards": ("aidstation.pdf.cards.sheet", ["便民联系卡"]),
}


def run(*cmd) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def page_texts(path) -> list[str]:
    """pdftotext's text of each page, blanks and line breaks removed."""
    out = run("pdftotext", "-enc", "UTF-8", str(path), "-").stdout
    return ["".join(page.split()) for page in out.split("\f")[:-1]]


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    """Every document, written once for the module: file name -> path."""
    from argon2 import PasswordHasher

    from aidstation.core.db import close_station
    from aidstation.core.models import User
    from aidstation.core.station import open_station

    folder = tmp_path_factory.mktemp("docs")
    open_station(folder / "station")
    admin = User.create(username="admin", display_name="Admin", role="admin",
                        password_hash=PasswordHasher().hash("Secret-pass-1"))
    out = {}
    case = build_case(admin)
    for key in [k for k in dossier.DOCUMENTS if k != "oral"]:
        out[f"m_{key}"] = folder / f"m_{key}.pdf"
        dossier.render_document(case, key, out[f"m_{key}"], user=admin)
    Person.update(id_number=None).execute()  # the next fixtures reuse the ID number
    oral = build_case(admin, form="oral")
    out["m_oral"] = folder / "m_oral.pdf"
    dossier.render_document(oral, "oral", out["m_oral"], user=admin)
    Person.update(id_number=None).execute()
    app = make_app()
    legalaid.set_materials(app, {"form": True, "id": True}, user=admin, on=app.received_on)
    for name, module in (("a_form", form), ("a_receipt", receipt), ("a_notice", notice)):
        out[name] = folder / f"{name}.pdf"
        getattr(module, f"render_{name[2:]}")(app, out[name], user=admin)
    legalaid.set_materials(app, {m.material: True for m in legalaid.missing_materials(app)}, user=admin,
                           on=app.received_on)
    legalaid.forward(app, user=admin, forwarded_on=dt.date.today(), forwarded_to="")
    out["a_letter"] = folder / "a_letter.pdf"
    letter.render_letter(AidApplication.get_by_id(app.id), out["a_letter"], user=admin)
    out["c_cards"] = folder / "c_cards.pdf"
    card_pdf.print_new(user=admin, quantity=3, path=out["c_cards"])
    out["_audit"] = {e.detail for e in AuditEvent.select().where(AuditEvent.action == "print")}
    yield out
    close_station()


@pytest.mark.parametrize("name", DOCS)
def test_every_document_passes_qpdf_and_embeds_every_font(docs, name):
    check = run("qpdf", "--check", str(docs[name]))
    assert check.returncode == 0, check.stdout + check.stderr
    rows = run("pdffonts", str(docs[name])).stdout.splitlines()[2:]
    assert rows, "no font at all"
    for row in rows:  # name type encoding emb sub uni object ID
        assert row.split()[-5] == "yes" and "Helvetica" not in row, row


@pytest.mark.parametrize("name", DOCS)
def test_pdftotext_gives_the_chinese_text_exactly(docs, name):
    text = "".join(page_texts(docs[name]))
    for key in DOCS[name][1]:
        assert key in text, key


@pytest.mark.parametrize("name", DOCS)
def test_full_values_only_where_the_reader_acts_on_them(docs, name):
    module = importlib.import_module(DOCS[name][0])
    full = {"m_application", "m_agreement", "m_dossier", "a_form", "a_receipt", "a_notice", "a_letter"}
    assert module.FULL_VALUES is (name in full)  # each module declares it (DESIGN §12)
    text = "".join(page_texts(docs[name]))
    if name == "c_cards":
        return  # station contacts only
    if module.FULL_VALUES:
        assert ID in text and PHONE in text
        assert f"{name[2:]} {name}.pdf (full values)" in docs["_audit"]  # the print is audited as such
    else:
        assert ID not in text and PHONE not in text and PHONE_B not in text
        assert f"{name[2:]} {name}.pdf" in docs["_audit"]  # audited, not as a full-value print


def test_every_document_module_declares_full_values():
    import aidstation.pdf.legalaid as la
    import aidstation.pdf.mediation as med

    modules = [importlib.import_module(f"aidstation.pdf.mediation.{n}") for n in (
        "application", "register", "notice", "investigation", "record", "agreement", "oral", "followup",
        "cover", "dossier")] + [la.form, la.letter, la.notice, la.receipt]
    assert med and all(isinstance(m.FULL_VALUES, bool) for m in modules)


@pytest.mark.parametrize("lines", [1, 10, 40])
def test_the_agreement_signatures_share_a_page_with_its_terms(station, admin, tmp_path, lines):
    case = build_case(admin)
    terms = "\n".join(f"第{n}条、申请人于2026年3月{n % 28 + 1}日前向被申请人支付第{n}期款项人民币100元。"
                      for n in range(1, lines + 1))
    mediation.record_agreement(case, user=admin, form="written", agreement_on=dt.date(2026, 3, 10), terms=terms,
                               responsibility="漏水系申请人家中防水层老化所致。", performance_method="转账",
                               amount="3200", performance_deadline=dt.date(2026, 3, 20), today=dt.date(2026, 6, 1))
    path = tmp_path / "agreement.pdf"
    agreement.render_agreement(mediation.get(case.id), path, user=admin)
    pages = page_texts(path)
    signed = [p for p in pages if "人民调解员（签名）" in p]
    assert len(signed) == 1
    page = signed[0]
    assert f"第{lines}条、" in page  # the last line of the terms is on the signature page
    assert "（盖章）" in page and "当事人张建国（签名并按指印）" in page
    assert "".join(pages).count(case.number) == 1  # the number once, under the title
    # the heading of the terms is never left alone at the foot of a page
    heading = next(p for p in pages if "达成如下协议" in p)
    assert "第1条、" in heading
    if lines == 40:
        assert len(pages) > 1 and "人民调解员（签名）" not in pages[0]


def test_the_agreement_labels_every_party_as_a_party(station, admin, tmp_path):
    case = build_case(admin)
    path = tmp_path / "agreement.pdf"
    agreement.render_agreement(case, path, user=admin)
    text = "".join(page_texts(path))
    assert text.count("当事人（申请人）") == 1 and text.count("当事人（被申请人）") == 1
    assert "当事人（第三人）" in text and "双方当事人" not in text
    assert "编号：" + case.number in text


def test_the_application_has_no_number_numbered_requests_and_third_parties_apart(station, admin, tmp_path):
    case = build_case(admin)
    mediation.update_case(case, user=admin, requests="调解漏水维修纠纷\n二、确定维修费用的承担\n（3）赔偿损失")
    case = mediation.get(case.id)
    assert application.requests(case.requests) == ["1．调解漏水维修纠纷", "2．确定维修费用的承担", "3．赔偿损失"]
    path = tmp_path / "application.pdf"
    application.render_application(case, path, user=admin)
    text = "".join(page_texts(path))
    assert "人调字" not in text and case.number not in text
    assert "1．调解漏水维修纠纷2．确定维修费用的承担3．赔偿损失" in text
    tables = [f for f in application.story(case) if type(f).__name__ == "Table"]
    firsts = [t._cellvalues[0][0].text for t in tables[:3]]
    assert firsts == ["申请人", "被申请人", "第三人"]  # one block each


def test_a_removed_party_is_masked_where_the_title_still_names_them(station, admin, tmp_path):
    case = build_case(admin)
    assert case.title == "张建国与李秀英邻里纠纷"
    new = Person.create(name="赵新民", address="北京市东城区和平里七区12号楼3单元401")
    applicant = mediation.parties_of(case, "applicant")[0].person
    mediation.set_parties(case, [(applicant, "applicant"), (new, "respondent")], user=admin)
    for key in ("register", "record", "investigation", "followup", "cover"):
        path = tmp_path / f"{key}.pdf"
        dossier.render_document(mediation.get(case.id), key, path, user=admin)
        text = "".join(page_texts(path))
        assert "李秀英" not in text, key
        assert "张建国与李**邻里纠纷" in text, key


def test_the_cover_has_no_running_header_or_page_number(station, admin, tmp_path):
    case = build_case(admin)
    path = tmp_path / "cover.pdf"
    dossier.render_document(case, "cover", path, user=admin)
    cover, contents, *_ = page_texts(path)
    assert cover.count(case.number) == 1 and "页" not in cover.replace("卷宗", "")
    assert contents.startswith("东城区和平街道人民调解委员会" + case.number)  # the other pages keep it


NOTICE_TEXT = ("根据《中华人民共和国人民调解法》的规定，在人民调解活动中，纠纷当事人享有下列权利：选择或者接受"
               "人民调解员；接受调解、拒绝调解或者要求终止调解（当事人可以随时提出），“自主表达意愿”。")


@pytest.mark.parametrize("markup", [False, True])
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(markup):
    style = c._style("indent")
    text = c.esc(NOTICE_TEXT) if not markup else c.esc(NOTICE_TEXT).replace("人民调解员", "<b>人民调解员</b>")
    for width in range(120, 460, 3):
        p = c.Para(text, style)
        p.wrap(width, 2000)
        lines = [("".join(x[1]) if p.blPara.kind == 0 else "".join(f.text for f in x.words))
                 for x in p.blPara.lines]
        assert "".join(lines) == NOTICE_TEXT
        for line in lines[1:]:
            assert line[:1] not in c.NO_LINE_START, (width, lines)
        for line in lines[:-1]:
            assert line[-1:] not in c.NO_LINE_END, (width, lines)
            assert p.blPara.kind == 1 or sum(c.stringWidth(ch, style.fontName, style.fontSize)
                                            for ch in line) <= width + style.fontSize + 0.01


def test_the_notice_never_starts_a_line_with_punctuation(station, admin, tmp_path):
    case = build_case(admin)
    for n in range(6):  # committee names of several lengths move every line break
        from aidstation.core import settings

        settings.set_many({"station.committee": "东城区" + "和平" * n + "街道人民调解委员会"}, user=admin)
        path = tmp_path / f"notice{n}.pdf"
        dossier.render_document(case, "notice", path, user=admin)
        text = run("pdftotext", "-enc", "UTF-8", "-layout", str(path), "-").stdout
        for line in text.splitlines():
            assert line.strip()[:1] not in c.NO_LINE_START, line
