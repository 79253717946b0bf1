"""Legal-aid validation as the desk needs it: every problem at once, required choices named,
an emptied date refused rather than taken for today (issue 11, points 4, 6 and 7)."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import legalaid, records
from aidstation.core.models import AidApplication, FollowUp, Person
from aidstation.core.validation import ValidationError, ValidationErrors

SYSTEM = records.system("test")
TODAY = dt.date.today()


def person(name="王芳") -> Person:
    return Person.create(name=name, birth_date=dt.date(1980, 3, 1))


def fields(err) -> list[str]:
    return [e.field for e in getattr(err, "errors", [err])]


def ready(**kw) -> AidApplication:
    kw.setdefault("received_on", TODAY - dt.timedelta(days=10))
    app = legalaid.receive(user=SYSTEM, applicant=person(), scope_item="support", cause="support", **kw)
    legalaid.set_materials(app, {m.material: True for m in legalaid.missing_materials(app)}, user=SYSTEM,
                           on=app.received_on)
    return AidApplication.get_by_id(app.id)


def test_the_desk_requires_case_type_and_cause_and_names_every_problem(station):
    with pytest.raises(ValidationErrors) as err:
        legalaid.receive(user=SYSTEM, require=legalaid.DESK_REQUIRED, applicant=None, monthly_income="lots",
                         urgent_deadline="2026-13-45", received_on="")
    assert fields(err.value) == ["applicant", "received_on", "case_type", "cause", "monthly_income",
                                 "urgent_deadline"]
    texts = {e.field: e.message_zh for e in err.value.errors}
    assert texts["cause"] == "请选择申请事由" and texts["case_type"] == "请选择案件类别"
    assert "2026-13-45" in texts["urgent_deadline"]
    assert AidApplication.select().count() == 0


def test_without_require_the_old_callers_still_work(station):
    app = legalaid.receive(user=SYSTEM, applicant=person(), scope_item="support")
    assert (app.case_type, app.cause, app.received_on) == ("civil", "", TODAY)


def test_update_with_require_refuses_an_emptied_cause(station):
    app = ready()
    with pytest.raises(ValidationError) as err:
        legalaid.update(app, user=SYSTEM, require=legalaid.DESK_REQUIRED, cause="", case_type="civil")
    assert fields(err.value) == ["cause"]
    assert AidApplication.get_by_id(app.id).cause == "support"


def test_minor_and_bad_income_are_reported_together(station):
    child = Person.create(name="小明", birth_date=TODAY.replace(year=TODAY.year - 10))
    with pytest.raises(ValidationErrors) as err:
        legalaid.receive(user=SYSTEM, applicant=child, monthly_income="-5")
    assert fields(err.value) == ["agent", "monthly_income"]


def test_a_decision_must_be_chosen_and_a_refusal_explained(station):
    app = ready()
    legalaid.forward(app, user=SYSTEM, forwarded_on=TODAY, forwarded_to="中心")
    with pytest.raises(ValidationError) as err:
        legalaid.decide(app, user=SYSTEM, decision="", decision_on=TODAY)
    assert fields(err.value) == ["decision"] and err.value.message_zh == "请选择中心的审查决定"
    with pytest.raises(ValidationErrors) as err:
        legalaid.decide(app, user=SYSTEM, decision="refused", decision_on="")
    assert fields(err.value) == ["decision_reason", "decision_on"]
    assert AidApplication.get_by_id(app.id).decision == "pending"


def test_an_emptied_stage_date_is_refused_none_still_means_today(station):
    app = ready()
    with pytest.raises(ValidationErrors) as err:
        legalaid.forward(app, user=SYSTEM, forwarded_on="", forwarded_to=" ")
    assert fields(err.value) == ["forwarded_on", "forwarded_to"]
    legalaid.forward(app, user=SYSTEM, forwarded_to="中心")
    assert AidApplication.get_by_id(app.id).forwarded_on == TODAY


def test_assign_close_and_follow_up_report_every_problem(station):
    app = ready()
    legalaid.forward(app, user=SYSTEM, forwarded_on=TODAY, forwarded_to="中心")
    legalaid.decide(app, user=SYSTEM, decision="granted", decision_on=TODAY)
    with pytest.raises(ValidationErrors) as err:
        legalaid.assign(app, user=SYSTEM, assigned_on="yesterday", assigned_to="")
    assert fields(err.value) == ["assigned_on", "assigned_to"]
    legalaid.assign(app, user=SYSTEM, assigned_on=TODAY, assigned_to="律师")
    with pytest.raises(ValidationErrors) as err:
        legalaid.close(app, user=SYSTEM, closed_on=TODAY, outcome="", amount_recovered="abc")
    assert fields(err.value) == ["outcome", "amount_recovered"]
    legalaid.close(app, user=SYSTEM, closed_on=TODAY, outcome="结案")
    with pytest.raises(ValidationError) as err:
        legalaid.add_followup(app, user=SYSTEM, visited_on=TODAY, method="")
    assert fields(err.value) == ["method"]
    legalaid.add_followup(app, user=SYSTEM, visited_on=TODAY)  # the API's default method stays
    assert FollowUp.get().method == "phone"
