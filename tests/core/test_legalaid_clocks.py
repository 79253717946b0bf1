"""Legal-aid clocks: forward, detained 24 hours, supplement, decision, assignment, urgent, follow-up."""
from __future__ import annotations

import datetime as dt

from aidstation.core import legalaid, records, settings
from aidstation.core.legalaid import clocks as aid_clocks
from aidstation.core.models import Person

SYSTEM = records.system("test")  # the program writing fixture data, no account

MON = dt.date(2026, 3, 2)  # a Monday
FRI = dt.date(2026, 3, 6)


def app(received=MON, **kw):
    p = Person.create(name="王芳", birth_date=dt.date(1980, 1, 1))
    return legalaid.receive(user=SYSTEM, applicant=p, received_on=received, scope_item="support", **kw)


def complete(a):
    legalaid.set_materials(a, {m.material: True for m in legalaid.missing_materials(a)}, user=SYSTEM,
                           on=a.received_on)


def items(as_of):
    return [(i.kind, i.due_on, i.overdue) for i in aid_clocks.aid_due(as_of)]


def test_forward_within_one_day_natural_or_working(station, admin):
    app(received=FRI)
    assert items(FRI) == [("forward", dt.date(2026, 3, 7), False)]
    assert items(dt.date(2026, 3, 8)) == [("forward", dt.date(2026, 3, 7), True)]
    settings.set_many({"clocks.working_days": True}, user=admin)
    assert items(FRI) == [("forward", dt.date(2026, 3, 9), False)]


def test_detained_is_24_hours_even_with_working_days(station, admin):
    settings.set_many({"clocks.working_days": True}, user=admin)
    app(received=FRI, detained=True)
    assert items(FRI) == [("forward_detained", dt.date(2026, 3, 7), False)]


def test_one_time_notice_stops_the_forward_clock_until_its_deadline(station, admin):
    a = app()
    legalaid.record_print(a, "notice", user=admin, at=dt.datetime(2026, 3, 2, 10, 0))
    assert items(MON) == []  # 15 days ahead, beyond the 7-day horizon
    assert items(dt.date(2026, 3, 18)) == [("materials", dt.date(2026, 3, 17), True)]
    complete(a)
    assert items(dt.date(2026, 3, 18)) == [("forward", dt.date(2026, 3, 3), True)]


def test_decision_then_assignment_then_follow_up(station, admin):
    a = app()
    complete(a)
    legalaid.forward(a, user=admin, forwarded_on=dt.date(2026, 3, 3), forwarded_to="区中心")
    assert items(dt.date(2026, 3, 3)) == [("decision", dt.date(2026, 3, 10), False)]
    assert items(dt.date(2026, 3, 11)) == [("decision", dt.date(2026, 3, 10), True)]
    legalaid.decide(a, user=admin, decision="granted", decision_on=dt.date(2026, 3, 9))
    assert items(dt.date(2026, 3, 9)) == [("assignment", dt.date(2026, 3, 12), False)]
    legalaid.assign(a, user=admin, assigned_on=dt.date(2026, 3, 11), assigned_to="张律师")
    assert items(dt.date(2026, 3, 11)) == []
    legalaid.close(a, user=admin, closed_on=dt.date(2026, 3, 20), outcome="调解结案")
    assert items(dt.date(2026, 4, 15)) == [("followup", dt.date(2026, 4, 19), False)]
    legalaid.add_followup(a, user=admin, visited_on=dt.date(2026, 3, 25))
    assert items(dt.date(2026, 4, 15)) == []


def test_urgent_deadline_listed_under_seven_days_until_assigned(station, admin):
    a = app(urgent_deadline=dt.date(2026, 3, 12))
    complete(a)
    legalaid.forward(a, user=admin, forwarded_on=MON, forwarded_to="区中心")
    assert ("urgent", dt.date(2026, 3, 12), False) not in items(dt.date(2026, 3, 5))  # 7 days left
    assert ("urgent", dt.date(2026, 3, 12), False) in items(dt.date(2026, 3, 6))  # 6 days left
    assert aid_clocks.urgent_soon(a, dt.date(2026, 3, 6)) and not aid_clocks.urgent_soon(a, dt.date(2026, 3, 5))
    legalaid.decide(a, user=admin, decision="granted", decision_on=dt.date(2026, 3, 3))
    legalaid.assign(a, user=admin, assigned_on=dt.date(2026, 3, 4), assigned_to="张律师")
    assert items(dt.date(2026, 3, 6)) == []


def test_ended_and_deleted_applications_have_no_clocks(station, admin):
    a = app()
    legalaid.decide(a, user=admin, decision="withdrawn", decision_on=MON)
    b = app()
    legalaid.delete(b, user=admin)
    assert items(dt.date(2026, 4, 1)) == []
    assert aid_clocks.overdue_ids(dt.date(2026, 4, 1)) == set()
