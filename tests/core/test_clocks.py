"""Mediation deadlines as of a date (core/clocks.py)."""
from __future__ import annotations

import datetime as dt

from aidstation.core import clocks, dates, mediation, settings
from aidstation.core.models import Person

D = dt.date


def _case(admin, received_on, **kw):
    a = Person.create(name="甲")
    b = Person.create(name="乙")
    return mediation.open_case(user=admin, received_on=received_on,
                               parties=[(a, "applicant"), (b, "respondent")], today=D(2026, 12, 31), **kw)


def _kinds(as_of, **kw):
    return [(i.kind, i.number, i.due_on, i.overdue) for i in clocks.due_items(as_of, **kw)]


def test_conclusion_clock_and_extension(station, admin):
    case = _case(admin, D(2026, 3, 2))
    assert _kinds(D(2026, 3, 20)) == []
    assert _kinds(D(2026, 3, 25)) == [("conclusion", case.number, D(2026, 4, 1), False)]
    assert _kinds(D(2026, 4, 2)) == [("conclusion", case.number, D(2026, 4, 1), True)]
    mediation.update_case(case, user=admin, extended_until=D(2026, 4, 30))
    assert _kinds(D(2026, 4, 2)) == []
    assert _kinds(D(2026, 5, 1)) == [("conclusion", case.number, D(2026, 4, 30), True)]
    item = clocks.due_items(D(2026, 5, 1))[0]
    assert (item.days_left(D(2026, 5, 1)), item.label("en"), item.label("zh")) == (
        -1, "Mediation time limit", "调解期限届满")


def test_followup_judicial_and_performance_clocks(station, admin):
    case = _case(admin, D(2026, 3, 2))
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 3, 9, 0))
    mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 5),
                               terms="付款", performance_deadline=D(2026, 3, 25), today=D(2026, 12, 31))
    mediation.set_dossier_item(case, 3, user=admin, present=True)
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 5),
                       today=D(2026, 12, 31))
    n = case.number
    assert _kinds(D(2026, 3, 20)) == [("performance", n, D(2026, 3, 25), False)]
    assert _kinds(D(2026, 3, 30)) == [("performance", n, D(2026, 3, 25), True),
                                      ("followup", n, D(2026, 4, 4), False),
                                      ("judicial", n, D(2026, 4, 4), False)]
    # the judicial window is never "overdue": it simply closes
    assert _kinds(D(2026, 4, 10)) == [("performance", n, D(2026, 3, 25), True),
                                      ("followup", n, D(2026, 4, 4), True)]
    mediation.record_performance(case, user=admin, status="performed")
    mediation.add_followup(case, user=admin, visited_on=D(2026, 4, 8), today=D(2026, 12, 31))
    assert _kinds(D(2026, 4, 10)) == []
    mediation.delete_case(case, user=admin)
    assert _kinds(D(2026, 3, 30)) == []


def test_judicial_applied_and_oral_agreement_have_no_window(station, admin):
    case = _case(admin, D(2026, 3, 2))
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 3, 9, 0))
    mediation.record_agreement(case, user=admin, form="oral", agreement_on=D(2026, 3, 5),
                               terms="道歉", today=D(2026, 12, 31))
    assert [k for k, *_ in _kinds(D(2026, 3, 30))] == ["conclusion", ]


def test_add_days_natural_and_working(station, admin):
    assert dates.add_days(D(2026, 3, 6), 1) == D(2026, 3, 7)
    assert dates.add_days(D(2026, 3, 6), 1, working=True) == D(2026, 3, 9)
    settings.set_many({"clocks.working_days": True}, user=admin)
    assert dates.add_days(D(2026, 3, 6), 7) == D(2026, 3, 17)


def test_due_items_include_the_legal_aid_clocks(station, admin):
    from aidstation.core.legalaid import clocks as aid_clocks

    case = _case(admin, D(2026, 3, 2))
    as_of = D(2026, 3, 30)
    aid = aid_clocks.aid_due(as_of, clocks.HORIZON_DAYS)
    assert [i.area for i in clocks.due_items(as_of)] == ["mediation"] + [i.area for i in aid]
    assert clocks.due_items(as_of)[0].entity_id == case.id
