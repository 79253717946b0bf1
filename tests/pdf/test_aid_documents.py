"""The legal-aid documents: the one-time notice lists exactly the missing items; every print is audited."""
from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from aidstation.core import legalaid, records, settings
from aidstation.core.models import AidApplication, AuditEvent, Person
from aidstation.pdf.legalaid import form as aid_form
from aidstation.pdf.legalaid import letter as aid_letter
from aidstation.pdf.legalaid import notice as aid_notice
from aidstation.pdf.legalaid import receipt as aid_receipt

SYSTEM = records.system("test")  # the program writing fixture data, no account

ALL = ["法律援助申请表", "居民身份证或户口簿", "代理人资格证明（监护关系或授权委托书）",
       "经济困难状况说明表及个人诚信承诺书", "免予核查经济困难状况的证明材料", "与所申请法律援助事项有关的证据材料"]


def text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages).replace(" ", "")


def make_app(agent=True) -> AidApplication:
    settings.set_many({"station.name": "建外街道法律援助工作站", "station.phone": "010-65001234",
                       "station.address": "建国门外大街22号", "station.aid_centre": "朝阳区法律援助中心"}, user=SYSTEM)
    p = Person.create(name="王秀英", gender="F", birth_date=dt.date(1958, 4, 2), phone="13800138000",
                      id_number="11010519491231002X")
    kw = dict(agent=Person.create(name="李建国", birth_date=dt.date(1985, 1, 1)), agent_relation="儿子") if agent else {}
    return legalaid.receive(user=SYSTEM, applicant=p, received_on=dt.date.today() - dt.timedelta(days=2),
                            scope_item="support", cause="support", aid_form="litigation",
                            summary="长子拒付赡养费", **kw)


def test_notice_lists_exactly_the_missing_materials_the_deadline_and_contacts(station, admin, tmp_path):
    settings.set_many({"aid.supplement_days": "15"}, user=admin)
    app = make_app()
    legalaid.set_materials(app, {"form": True, "id": True}, user=admin, on=app.received_on)
    names = aid_notice.render_notice(app, tmp_path / "n.pdf", user=admin)
    missing = [ALL[2], ALL[3], ALL[5]]
    assert names == missing
    body = text(tmp_path / "n.pdf")
    for name in missing:
        assert name in body
    for name in (ALL[0], ALL[1], ALL[4]):
        assert name not in body
    assert "共3项" in body
    deadline = dt.date.today() + dt.timedelta(days=15)
    assert f"请于{deadline.year}年{deadline.month}月{deadline.day}日前" in body
    assert "010-65001234" in body and "建国门外大街22号" in body and "12348" in body
    app = AidApplication.get_by_id(app.id)
    assert app.notice_issued_at is not None
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.username, ev.entity_id, ev.detail) == ("print", "admin", app.id, "notice n.pdf (full values)")


def test_notice_without_an_agent_leaves_out_the_authority(station, tmp_path, admin):
    app = make_app(agent=False)
    names = aid_notice.render_notice(app, tmp_path / "n.pdf", user=admin)
    assert names == [ALL[0], ALL[1], ALL[3], ALL[5]]
    assert ALL[2] not in text(tmp_path / "n.pdf")


def test_form_carries_the_pledge_and_the_full_id(station, tmp_path, admin):
    app = make_app()
    aid_form.render_form(app, tmp_path / "f.pdf", user=admin)
    body = text(tmp_path / "f.pdf")
    assert "个人诚信承诺" in body and "本人郑重承诺" in body
    # DESIGN §12: the centre must identify and reach the applicant: the form carries them in full.
    assert "王秀英" in body and "11010519491231002X" in body and "110105********002X" not in body
    assert "13800138000" in body and "138****8000" not in body and "长子拒付赡养费" in body


def test_receipt_lists_received_materials_with_count(station, tmp_path, admin):
    app = make_app()
    legalaid.set_materials(app, {"form": True, "id": True}, user=admin, on=app.received_on,
                           copies={"form": 1, "id": 2})
    names = aid_receipt.render_receipt(app, tmp_path / "r.pdf", user=admin)
    assert names == [ALL[0], ALL[1]]
    body = text(tmp_path / "r.pdf")
    assert "共2项、3份" in body and ALL[5] not in body


def test_letter_names_the_centre_and_the_attachments(station, tmp_path, admin):
    app = make_app()
    legalaid.set_materials(app, {m.material: True for m in legalaid.missing_materials(app)}, user=admin,
                           on=app.received_on)
    legalaid.forward(app, user=admin, forwarded_on=dt.date.today(), forwarded_to="")
    aid_letter.render_letter(AidApplication.get_by_id(app.id), tmp_path / "l.pdf", user=admin)
    body = text(tmp_path / "l.pdf")
    assert "朝阳区法律援助中心：" in body and "附件：申请材料5项" in body and "第三十八条" in body
    prints = [e.detail for e in AuditEvent.select().where(AuditEvent.action == "print")]
    assert prints == ["letter l.pdf (full values)"]
