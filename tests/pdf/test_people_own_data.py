"""A person's own data (issue 20, part 6; PIPL Art. 45): everything held about them, in full, as
one PDF; gathering misses no record, printing is audited, and the file is sound."""
from __future__ import annotations

import datetime as dt
import subprocess

from pypdf import PdfReader

from aidstation.core import cards, consultations, legalaid, mediation, people, records, settings
from aidstation.core.models import AuditEvent, CardIssue, FollowUp, Person
from aidstation.pdf.people import render_own_data

SYSTEM = records.system("test")


def text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")


def make_person(admin):
    settings.set_many({"station.name": "建外街道法律援助工作站"}, user=SYSTEM)
    p = people.create(user=admin, name="王秀英", phone="13800138000", id_number="11010519491231002X",
                      address="建国门外大街22号院3号楼", community="建外社区")
    other = people.create(user=admin, name="李建国")
    c1 = consultations.record(user=admin, person=p, channel="visit", matter="support",
                              question="儿子不给赡养费怎么办", advice="可申请调解或起诉", disposition="answered",
                              received_at=dt.datetime(2025, 3, 4, 9, 30))
    consultations.record(user=admin, person=other, channel="phone", matter="labor", question="他人的咨询",
                         advice="答复", disposition="answered", received_at=dt.datetime(2025, 3, 5, 9, 30))
    case = mediation.open_case(user=admin, received_on=dt.date(2025, 3, 10), dispute_type="family",
                               title="王秀英与李建国赡养纠纷", facts="赡养费纠纷的事实",
                               parties=[(p, "applicant"), (other, "respondent")])
    FollowUp.create(mediation_case=case, visited_on=dt.date(2025, 4, 20), performance="已按月支付")
    app = legalaid.receive(user=SYSTEM, applicant=p, received_on=dt.date(2025, 3, 12), scope_item="support",
                           cause="support", aid_form="litigation", summary="长子拒付赡养费")
    card = CardIssue.create(issued_on=dt.date(2025, 3, 4), person=p, quantity=2, year=2025, serial_from=7,
                            serial_to=8)
    return p, c1, case, app, card


def test_gather_holds_every_record_of_the_person_and_nobody_elses(station, admin):
    p, c1, case, app, card = make_person(admin)
    data = people.gather(p)
    assert [c.id for c in data.consultations] == [c1.id]
    assert [(x.case_id, x.role) for x in data.parties] == [(case.id, "applicant")]
    assert [(a.id, role) for a, role in data.applications] == [(app.id, "applicant")]
    assert [k.id for k in data.cards] == [card.id]
    assert [f.performance for f in data.followups] == ["已按月支付"]
    about = {(e.entity, e.entity_id) for e in data.events}
    assert ("Person", p.id) in about and ("Consultation", c1.id) in about and ("AidApplication", app.id) in about
    assert all(e.entity in ("Person", "Consultation", "MediationCase", "MediationParty", "MediationSession",
                            "AidApplication", "CardIssue", "FollowUp") for e in data.events)
    assert ("Person", p.id + 1) not in about  # 李建国's own events are not hers


def test_the_pdf_carries_everything_in_full_and_is_audited(station, admin, tmp_path):
    p, c1, case, app, card = make_person(admin)
    path = tmp_path / f"{people.file_stem(p)}.pdf"
    pages = render_own_data(p, path, user=admin, on=dt.date(2025, 5, 1))
    assert pages >= 1 and "王秀英" not in path.name and path.name == f"person-{p.id}-own-data.pdf"
    body = text(path)
    for value in ("个人信息查阅单", "王秀英", "11010519491231002X", "13800138000", "建国门外大街22号院3号楼",
                  c1.number, "儿子不给赡养费怎么办", case.number, "申请人", app.number, "长子拒付赡养费",
                  cards.serials_of(card), "已按月支付", "第四十五条", "处理记录"):
        assert value.replace(" ", "") in body, value
    assert "他人的咨询" not in body
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id, event.detail) == (
        "print", "Person", p.id, f"own data {path.name} (full values)")
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts


def test_an_anonymised_person_prints_as_anonymised(station, admin, tmp_path):
    from aidstation.core import retention

    p, c1, case, app, card = make_person(admin)
    retention.anonymise([("card", card.id)], user=admin)  # she still has records: a stand-in
    stand_in = CardIssue.get_by_id(card.id).person
    assert stand_in.id != p.id and stand_in.name == "王**"
    render_own_data(stand_in, tmp_path / "s.pdf", user=admin)
    body = text(tmp_path / "s.pdf")
    assert "王**" in body and "11010519491231002X" not in body and "13800138000" not in body
    assert Person.get_by_id(p.id).phone == "13800138000"
