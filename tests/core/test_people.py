"""People: create, derive from the ID number, duplicates, search, delete/restore, reveal, history."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import consultations, people
from aidstation.core.models import AuditEvent, CardIssue, Person
from aidstation.core.validation import ValidationError

ID = "11010519491231002X"


def test_create_derives_birth_date_and_gender(station, admin):
    p = people.create(user=admin, name=" 王秀英 ", id_number="11010519491231002x", phone="+86 138-0013-8000")
    p = Person.get_by_id(p.id)
    assert (p.name, p.id_number, p.birth_date, p.gender, p.phone) == (
        "王秀英", ID, dt.date(1949, 12, 31), "F", "13800138000")
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.entity, ev.entity_id, ev.username) == ("create", "Person", p.id, "admin")
    assert ev.fields == "birth_date,gender,id_number,name,phone"
    assert "王秀英" not in ev.detail + ev.fields


def test_id_number_overrides_given_gender(station, admin):
    p = people.create(name="张三", id_number=ID, gender="M", birth_date="1990-01-01", user=admin)
    assert (p.gender, p.birth_date) == ("F", dt.date(1949, 12, 31))


def test_legacy_id_gives_warning(station, admin):
    p = people.create(name="老李", id_number="110105491231002", user=admin)
    assert p.warnings == ["15-digit legacy ID number: ask for the 18-digit number"]
    assert p.gender == "F"


@pytest.mark.parametrize("fields, field", [
    ({"name": ""}, "name"),
    ({"name": "张三", "id_number": "110105194912310021"}, "id_number"),
    ({"name": "张三", "phone": "12345"}, "phone"),
    ({"name": "张三", "birth_date": "2999-01-01"}, "birth_date"),
    ({"name": "张三", "gender": "X"}, "gender"),
    ({"name": "张三", "shoe_size": "42"}, "shoe_size"),
])
def test_bad_input_writes_nothing(station, admin, fields, field):
    events = AuditEvent.select().count()
    with pytest.raises(ValidationError) as exc:
        people.create(user=admin, **fields)
    assert exc.value.field == field
    assert Person.select().count() == 0
    assert AuditEvent.select().count() == events


def test_same_id_refused_even_in_the_bin(station, admin):
    first = people.create(name="王秀英", id_number=ID, user=admin)
    with pytest.raises(ValidationError) as exc:
        people.create(name="王秀", id_number=ID, user=admin)
    assert (exc.value.field, exc.value.message) == ("id_number", "another person already has this ID number")
    people.delete(first, user=admin)
    with pytest.raises(ValidationError) as exc:
        people.create(name="王秀", id_number=ID, user=admin)
    assert exc.value.message == "a deleted person holds this ID number: restore that person instead"
    other = people.create(name="李四", user=admin)
    with pytest.raises(ValidationError):
        people.update(other, id_number=ID, user=admin)
    assert Person.select().count() == 2


def test_same_name_and_phone_warns_until_confirmed(station, admin):
    first = people.create(name="李明", phone="13800138000", user=admin)
    assert people.find_duplicates("李明", "138 0013 8000") == [first]
    assert people.find_duplicates("李明", "13900000000") == []
    assert people.find_duplicates("", "", ID) == []
    with pytest.raises(people.DuplicateWarning) as exc:
        people.create(name="李明", phone="13800138000", user=admin)
    assert exc.value.field == "phone"
    assert [p.id for p in exc.value.matches] == [first.id]
    assert Person.select().count() == 1
    second = people.create(name="李明", phone="13800138000", confirm_duplicate=True, user=admin)
    assert second.id != first.id
    # changing someone else into a duplicate warns too
    third = people.create(name="李明", phone="13900139000", user=admin)
    with pytest.raises(people.DuplicateWarning):
        people.update(third, phone="13800138000", user=admin)
    assert Person.get_by_id(third.id).phone == "13900139000"


def test_update_audits_only_changed_fields(station, admin):
    p = people.create(name="张三", phone="13800138000", address="幸福路1号", user=admin)
    people.update(p, user=admin, name="张三", address="幸福路2号")
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.fields) == ("update", "address")
    assert Person.get_by_id(p.id).address == "幸福路2号"
    before = AuditEvent.select().count()
    people.update(p, user=admin, name="张三")
    assert AuditEvent.select().count() == before


def test_search_by_name_phone_id_and_consultation_number(station, admin):
    a = people.create(name="王秀英", id_number=ID, phone="13800138000", user=admin)
    b = people.create(name="王强", phone="13912345678", user=admin)
    people.create(name="李娜", phone="02088886666", user=admin)
    c = consultations.record(user=admin, received_at=dt.datetime(2025, 3, 4, 9, 30), channel="visit",
                             person=b, matter="wages", question="欠薪")
    assert [p.id for p in people.search("王")] == [b.id, a.id]
    assert [p.id for p in people.search("王强")] == [b.id]
    assert [p.id for p in people.search("0013")] == [a.id]
    assert [p.id for p in people.search("002x")] == [a.id]  # the ID number's tail
    assert people.search("491231") == []  # not the middle of an ID number
    assert [p.id for p in people.search(c.number)] == [b.id]
    assert c.number == "2025030401"
    assert people.search("赵") == []
    assert len(people.search("", limit=2)) == 2


def test_delete_and_restore(station, admin):
    p = people.create(name="张三", user=admin)
    consultation = consultations.record(received_at=dt.datetime(2025, 1, 6, 10), channel="phone",
                                        person=p, matter="family", question="离婚", user=admin)
    with pytest.raises(ValidationError) as exc:
        people.delete(p, user=admin)
    assert exc.value.field == "person"
    consultations.delete(consultation, user=admin)
    people.delete(p, user=admin)
    assert people.search("张三") == []
    assert [x.id for x in people.search("张三", include_deleted=True)] == [p.id]
    clerk = admin.__class__.create(username="c", role="clerk", password_hash="x")
    with pytest.raises(ValidationError):
        people.restore(p, user=clerk)
    people.restore(p, user=admin)
    assert [x.id for x in people.search("张三")] == [p.id]
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "Person")]
    assert actions == ["create", "delete", "restore"]


def test_reveal_id_is_audited(station, admin):
    p = people.create(name="王秀英", id_number=ID, user=admin)
    assert people.reveal_id(p, user=admin) == ID
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.entity_id, ev.fields, ev.username) == ("reveal", p.id, "id_number", "admin")


def test_history_across_records(station, admin):
    from aidstation.core.models import AidApplication, MediationCase, MediationParty

    p = people.create(name="王秀英", user=admin)
    c = consultations.record(received_at=dt.datetime(2025, 3, 4, 9), channel="visit", person=p,
                             matter="wages", question="老板拖欠三个月工资", user=admin)
    case = MediationCase.create(number="（2025）幸人调字第1号", year=2025, seq=1,
                                received_on=dt.date(2025, 3, 10), title="工资纠纷", status="in_progress")
    MediationParty.create(case=case, person=p, role="applicant")
    AidApplication.create(number="2025援1", received_on=dt.date(2025, 3, 8), applicant=p,
                          cause="wages")
    CardIssue.create(issued_on=dt.date(2025, 2, 1), person=p, quantity=2, year=2025, serial_from=7,
                     serial_to=8)
    items = people.history(p)
    assert [tuple(i) for i in items] == [
        (dt.date(2025, 3, 10), "mediation", "（2025）幸人调字第1号", "工资纠纷 (调解中)"),
        (dt.date(2025, 3, 8), "aid", "2025援1", "劳动报酬 (待决定)"),
        (dt.date(2025, 3, 4), "consultation", c.number, "劳动报酬: 老板拖欠三个月工资"),
        (dt.date(2025, 2, 1), "card", "STATION-2025-00007 – STATION-2025-00008", "× 2"),
    ]
    assert [i.role for i in items] == ["申请人", "申请人", "", ""]
    assert items[2].record_id == c.id
    date, kind, number, summary = items[0]
    assert kind == "mediation"
    assert [i.summary for i in people.history(p, lang="en")][:2] == ["工资纠纷 (In progress)", "Unpaid wages (Pending)"]


def test_history_names_the_persons_role(station, admin):
    """A respondent, a third party and an agent see their part in each record (issues 5, 6)."""
    from aidstation.core.models import AidApplication, MediationCase, MediationParty

    p, q = people.create(name="王秀英", user=admin), people.create(name="李四", user=admin)
    for seq, role in ((1, "respondent"), (2, "third_party")):
        case = MediationCase.create(number=f"（2025）幸人调字第{seq}号", year=2025, seq=seq,
                                    received_on=dt.date(2025, 3, seq), title="邻里纠纷")
        MediationParty.create(case=case, person=p, role=role)
    AidApplication.create(number="2025援2", received_on=dt.date(2025, 3, 5), applicant=q, agent=p)
    assert [(i.kind, i.role) for i in people.history(p)] == [
        ("aid", "代理人"), ("mediation", "第三人"), ("mediation", "被申请人")]
    assert [i.role for i in people.history(p, lang="en")] == ["Agent", "Third party", "Respondent"]


def test_every_problem_of_a_person_comes_back_at_once(admin):
    from aidstation.core.validation import ValidationErrors

    with pytest.raises(ValidationErrors) as caught:
        people.create(user=admin, name="", phone="12", id_number="110105194912310021")
    assert [e.field for e in caught.value.errors] == ["name", "id_number", "phone"]
    assert Person.select().count() == 0
