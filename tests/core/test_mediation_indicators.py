"""The med.* and followup.* figures follow what the mediation services write."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import mediation
from aidstation.core.models import Person
from aidstation.core.reporting import indicators

D = dt.date
KEYS = ("med.received", "med.source.party", "med.source.police", "med.type.neighbor", "med.type.family",
        "med.succeeded", "med.failed", "med.suspended", "med.withdrawn", "med.open_at_month_end",
        "med.success_rate", "med.agreement.written", "med.agreement.oral", "med.amount", "med.parties",
        "med.judicial_confirmation", "med.prevented_crime.cases", "med.prevented_crime.persons",
        "followup.total", "followup.reached", "followup.satisfied")


def month(y, m):
    v = indicators.compute_month(y, m)
    return {k: v[k] for k in KEYS}


def _case(admin, received, **kw):
    a, b = Person.create(name="甲"), Person.create(name="乙")
    return mediation.open_case(user=admin, received_on=received, parties=[(a, "applicant"), (b, "respondent")],
                               today=D(2026, 12, 31), **kw)


def _succeed(admin, case, day, form, amount):
    mediation.add_session(case, user=admin, held_at=dt.datetime.combine(day, dt.time(9)))
    mediation.record_agreement(case, user=admin, form=form, agreement_on=day, terms="条款", amount=amount,
                               today=D(2026, 12, 31))
    mediation.set_dossier_item(case, 3, user=admin, present=True)
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=day, today=D(2026, 12, 31))


def test_month_figures(station, admin):
    one = _case(admin, D(2026, 3, 2), dispute_type="neighbor")
    _succeed(admin, one, D(2026, 3, 20), "written", "1500")
    mediation.record_judicial(one, user=admin, applied_on=D(2026, 4, 2), today=D(2026, 12, 31))
    mediation.set_prevention(one, user=admin, crime=True, crime_persons=2)
    mediation.add_followup(one, user=admin, visited_on=D(2026, 4, 15), satisfaction="satisfied",
                           today=D(2026, 12, 31))
    two = _case(admin, D(2026, 3, 5), dispute_type="family", source="police")
    _succeed(admin, two, D(2026, 4, 1), "oral", "300")
    three = _case(admin, D(2026, 3, 9), dispute_type="family")
    mediation.add_session(three, user=admin, held_at=dt.datetime(2026, 3, 10, 9))
    mediation.set_dossier_item(three, 3, user=admin, present=True)
    mediation.conclude(three, user=admin, status="failed", concluded_on=D(2026, 3, 30), failure_route="court",
                       today=D(2026, 12, 31))
    four = _case(admin, D(2026, 3, 28), dispute_type="family")  # still open
    gone = _case(admin, D(2026, 3, 29), dispute_type="neighbor")
    _succeed(admin, gone, D(2026, 3, 30), "written", "999")
    mediation.add_followup(gone, user=admin, visited_on=D(2026, 4, 9), reached=False, today=D(2026, 12, 31))
    mediation.delete_case(gone, user=admin)
    assert four.status == "received"

    assert month(2026, 3) == {
        "med.received": 4, "med.source.party": 3, "med.source.police": 1, "med.type.neighbor": 1,
        "med.type.family": 3, "med.succeeded": 1, "med.failed": 1, "med.suspended": 0, "med.withdrawn": 0,
        "med.open_at_month_end": 2, "med.success_rate": 50.0, "med.agreement.written": 1,
        "med.agreement.oral": 0, "med.amount": 1500.0, "med.parties": 8, "med.judicial_confirmation": 0,
        "med.prevented_crime.cases": 1, "med.prevented_crime.persons": 2,
        "followup.total": 0, "followup.reached": 0, "followup.satisfied": 0}
    april = month(2026, 4)
    assert (april["med.received"], april["med.succeeded"], april["med.agreement.oral"], april["med.amount"],
            april["med.open_at_month_end"], april["med.judicial_confirmation"], april["followup.total"],
            april["followup.satisfied"]) == (0, 1, 1, 300.0, 1, 1, 1, 1)
    mediation.restore_case(gone, user=admin)
    assert month(2026, 3)["med.received"] == 5 and month(2026, 4)["followup.total"] == 2


def _send(admin, tmp_path, month_text, sent_warnings):
    from aidstation.core.models import Submission
    from aidstation.core.reporting import submissions

    Submission.delete().execute()
    path = tmp_path / f"XF01-{month_text}.xlsx"
    path.write_bytes(b"sent")
    submissions.mark_submitted(month_text, path, {}, user=admin)
    sent_warnings.take()


@pytest.mark.parametrize("move", ["receipt", "withdrawal", "resume"])
def test_moving_a_case_out_of_a_sent_month_flags_that_month(station, admin, tmp_path, move, sent_warnings):
    """March was sent. Moving the receipt from March to April, withdrawing a case suspended in
    March on an April day, or resuming it (there is no status history: March's med.suspended
    drops by one) changes March's figures, so March is flagged and the clerk warned (review).
    The case's other dates lie outside March, so only the old date can flag it."""
    from aidstation.core.reporting import submissions

    if move == "receipt":
        case = _case(admin, D(2026, 3, 30))
    else:
        case = _case(admin, D(2026, 2, 20))
        mediation.start(case, user=admin)
        mediation.conclude(case, user=admin, status="suspended", concluded_on=D(2026, 3, 30),
                           today=D(2026, 12, 31))
        assert month(2026, 3)["med.suspended"] == 1
    _send(admin, tmp_path, "2026-03", sent_warnings)
    assert submissions.latest("2026-03").changed_since is False
    if move == "receipt":
        mediation.set_received_on(case, D(2026, 4, 1), user=admin, today=D(2026, 12, 31))
    elif move == "withdrawal":
        mediation.conclude(case, user=admin, status="withdrawn", concluded_on=D(2026, 4, 2),
                           today=D(2026, 12, 31))
    else:
        mediation.resume(case, user=admin)
    assert submissions.latest("2026-03").changed_since is True
    assert [w[0] for w in sent_warnings.take()] == [
        "The return for 2026-03 was already sent to the district; this change will need a "
        "correction (export the month again)."]
    assert (month(2026, 3)["med.received"], month(2026, 3)["med.suspended"]) == (0, 0)


def test_withdrawing_a_case_suspended_the_same_day_leaves_the_sent_month_alone(station, admin, tmp_path, sent_warnings):
    from aidstation.core.reporting import submissions

    case = _case(admin, D(2026, 2, 20))
    mediation.start(case, user=admin)
    mediation.conclude(case, user=admin, status="suspended", concluded_on=D(2026, 3, 30), today=D(2026, 12, 31))
    _send(admin, tmp_path, "2026-01", sent_warnings)
    mediation.conclude(case, user=admin, status="withdrawn", concluded_on=D(2026, 3, 30), today=D(2026, 12, 31))
    assert submissions.latest("2026-01").changed_since is False
    assert sent_warnings.take() == []
