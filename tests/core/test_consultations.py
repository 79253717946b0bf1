"""Consultations: numbering, groups, reply clocks, anonymous callers, update, delete, search."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import consultations, dates, people
from aidstation.core.models import AuditEvent, Consultation, ConsultationGroup
from aidstation.core.validation import ValidationError

MON = dt.datetime(2025, 3, 3, 9, 15)  # a Monday


def _rec(user, **kw):
    base = dict(received_at=MON, channel="visit", matter="wages", question="欠薪怎么办",
                anonymous=True)
    base.update(kw)
    return consultations.record(user=user, **base)


def test_record_all_fields(station, admin):
    p = people.create(name="王秀英", phone="13800138000", user=admin)
    c = consultations.record(
        user=admin, received_at=MON, channel="visit", person=p, groups=["migrant", "women", "migrant"],
        matter="wages", question="老板拖欠三个月工资", advice="可申请劳动仲裁，并可申请法律援助",
        disposition="apply_aid", documents_drafted=1, minutes=25)
    c = Consultation.get_by_id(c.id)
    assert c.number == "2025030301"
    assert (c.channel, c.person.id, c.matter, c.disposition, c.documents_drafted, c.minutes) == (
        "visit", p.id, "wages", "apply_aid", 1, 25)
    assert c.clerk.id == admin.id and c.created_by.id == admin.id
    assert c.reply_due is None and c.anonymous is False
    assert consultations.group_codes(c) == ["migrant", "women"]
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.entity, ev.entity_id) == ("create", "Consultation", c.id)
    assert "groups" in ev.fields.split(",") and "question" in ev.fields.split(",")


def test_numbers_run_per_day(station, admin):
    numbers = [_rec(admin).number for _ in range(3)]
    numbers.append(_rec(admin, received_at=MON + dt.timedelta(days=1)).number)
    assert numbers == ["2025030301", "2025030302", "2025030303", "2025030401"]
    consultations.delete(Consultation.get(Consultation.number == "2025030303"), user=admin)
    assert _rec(admin).number == "2025030304"  # a deleted number is never reused


def test_hundredth_of_the_day_gets_three_digits(station, admin):
    Consultation.insert_many([{"number": f"20250303{n:02d}", "received_at": MON, "anonymous": True}
                              for n in range(1, 100)]).execute()
    assert _rec(admin).number == "20250303100"


def test_reply_clocks(station, admin):
    friday = dt.datetime(2025, 3, 7, 16, 0)
    assert _rec(admin, received_at=friday, channel="letter").reply_due == dt.date(2025, 3, 18)
    assert _rec(admin, received_at=friday, channel="online").reply_due == dt.date(2025, 3, 8)
    assert _rec(admin, received_at=friday, channel="phone").reply_due is None
    appt = _rec(admin, disposition="appointment", reply_due="2025-03-10")
    assert appt.reply_due == dt.date(2025, 3, 10)
    with pytest.raises(ValidationError) as exc:
        _rec(admin, disposition="appointment")
    assert exc.value.field == "reply_due"
    with pytest.raises(ValidationError) as exc:
        _rec(admin, disposition="appointment", reply_due="2025-03-01")
    assert exc.value.field == "reply_due"


def test_anonymous_and_identity_refused(station, admin):
    with pytest.raises(ValidationError) as exc:
        _rec(admin, anonymous=False)
    assert exc.value.field == "person"
    c = _rec(admin, anonymous=False, identity_refused=True)
    assert (c.person, c.identity_refused) == (None, True)
    c = _rec(admin)
    assert c.anonymous is True
    p = people.create(name="张三", user=admin)
    assert _rec(admin, person=p).anonymous is False


@pytest.mark.parametrize("kw, field", [
    ({"channel": "fax"}, "channel"),
    ({"matter": ""}, "matter"),
    ({"question": "  "}, "question"),
    ({"received_at": "2999-01-01 09:00"}, "received_at"),
    ({"received_at": "yesterday"}, "received_at"),
    ({"groups": ["aliens"]}, "groups"),
    ({"disposition": "referred"}, "referred_to"),
    ({"documents_drafted": -1}, "documents_drafted"),
    ({"minutes": "abc"}, "minutes"),
])
def test_bad_input_writes_nothing(station, admin, kw, field):
    with pytest.raises(ValidationError) as exc:
        _rec(admin, **kw)
    assert exc.value.field == field
    assert Consultation.select().count() == 0
    assert ConsultationGroup.select().count() == 0
    assert AuditEvent.select().count() == 0


def test_referral(station, admin):
    c = _rec(admin, disposition="referred", referred_to="arbitration")
    assert c.referred_to == "arbitration"


def test_update_groups_and_clock(station, admin):
    c = _rec(admin, groups=["farmer"])
    c = consultations.update(c, user=admin, channel="letter", groups=["elderly", "farmer"])
    assert c.reply_due == dt.date(2025, 3, 12)
    assert consultations.group_codes(c) == ["elderly", "farmer"]
    assert c.number == "2025030301"
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.fields) == ("update", "channel,groups,reply_due")
    c = consultations.mark_answered(c, dt.datetime(2025, 3, 5, 10), user=admin)
    assert c.answered_at == dt.datetime(2025, 3, 5, 10)
    with pytest.raises(ValidationError) as exc:
        consultations.update(c, answered_at=dt.datetime(2025, 3, 1), user=admin)
    assert exc.value.field == "answered_at"
    before = AuditEvent.select().count()
    consultations.update(c, channel="letter", groups=["farmer", "elderly"], user=admin)
    assert AuditEvent.select().count() == before


def test_delete_restore_and_search(station, admin):
    p = people.create(name="王秀英", phone="13800138000", id_number="11010519491231002X", user=admin)
    a = _rec(admin, person=p, question="工资被拖欠", groups=["migrant"])
    b = _rec(admin, received_at=dt.datetime(2025, 4, 1, 10), channel="phone", matter="family",
             question="离婚财产分割", disposition="mediation")
    c = _rec(admin, received_at=dt.datetime(2025, 4, 2, 10), channel="letter", matter="family", question="抚养费")
    assert [x.id for x in consultations.search()] == [c.id, b.id, a.id]
    assert [x.id for x in consultations.search(month="2025-04")] == [c.id, b.id]
    assert [x.id for x in consultations.search(month=(2025, 3))] == [a.id]
    assert [x.id for x in consultations.search(channel="phone")] == [b.id]
    assert [x.id for x in consultations.search(disposition="mediation")] == [b.id]
    assert [x.id for x in consultations.search(group="migrant")] == [a.id]
    assert [x.id for x in consultations.search(matter="family", month="2025-04")] == [c.id, b.id]
    assert [x.id for x in consultations.search("王秀")] == [a.id]
    assert [x.id for x in consultations.search("0013")] == [a.id]
    assert [x.id for x in consultations.search("20250401")] == [b.id]
    assert [x.id for x in consultations.search("抚养")] == [c.id]
    assert [x.id for x in consultations.search(open_replies=True)] == [c.id]
    assert consultations.count(month="2025-04") == 2
    consultations.delete(b, user=admin)
    assert [x.id for x in consultations.search(month="2025-04")] == [c.id]
    assert consultations.count(month="2025-04", include_deleted=True) == 2
    consultations.restore(b, user=admin)
    assert consultations.count(month="2025-04") == 2
    with pytest.raises(ValidationError):
        consultations.search(month="2025/04")


def test_working_days():
    assert dates.add_working_days(dt.date(2025, 3, 7), 1) == dt.date(2025, 3, 10)
    assert dates.add_working_days(dt.date(2025, 3, 8), 7) == dt.date(2025, 3, 18)
