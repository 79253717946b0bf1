"""The case window's one Save (mediation.save_case_form) and the services it rests on: every
problem of the form at once, nothing chosen for the clerk, nothing written on a refusal."""
from __future__ import annotations

import datetime as dt
from datetime import date as D

import pytest

from aidstation.core import mediation
from aidstation.core.models import AuditEvent, MediationCase, Person
from aidstation.core.validation import ValidationError, ValidationErrors

TODAY = D(2026, 6, 1)


@pytest.fixture
def case(admin):
    a, b = Person.create(name="甲一"), Person.create(name="乙二")
    return mediation.open_case(user=admin, received_on=D(2026, 3, 2), dispute_type="neighbor",
                               parties=[(a, "applicant"), (b, "respondent")], today=TODAY)


def fields(err) -> list[str]:
    return [e.field for e in getattr(err, "errors", [err])]


def test_a_new_case_names_every_problem_at_once(admin):
    a = Person.create(name="甲一")
    with pytest.raises(ValidationErrors) as err:
        mediation.open_case(user=admin, received_on="2026-13-01", parties=[(a, "applicant")], source="",
                            dispute_type="", amount="-5", extended_until="soon", today=TODAY)
    assert fields(err.value) == ["received_on", "parties", "source", "dispute_type", "amount", "extended_until"]
    assert MediationCase.select().count() == 0


def test_one_save_writes_every_part(admin, case):
    mediation.save_case_form(
        case, user=admin, case_fields=dict(title="噪音纠纷", received_on=D(2026, 3, 2)),
        agreement=dict(form="written", agreement_on=D(2026, 3, 10), terms="赔偿", amount="800",
                       performance_deadline=D(2026, 4, 1)),
        performance_status="performed", judicial=dict(applied_on=D(2026, 3, 12), result="confirmed"),
        prevention=dict(crime=True, crime_persons=2), today=TODAY)
    saved = MediationCase.get_by_id(case.id)
    assert (saved.title, saved.agreement_form, f"{saved.amount:.2f}", saved.performance_status,
            saved.judicial_result, saved.prevented_crime_persons) == (
        "噪音纠纷", "written", "800.00", "performed", "confirmed", 2)


def test_a_refusal_anywhere_writes_nothing_and_names_every_field(admin, case):
    before = AuditEvent.select().count()
    with pytest.raises(ValidationErrors) as err:
        mediation.save_case_form(
            case, user=admin, case_fields=dict(title="新名称", amount="abc"),
            agreement=dict(form="written", agreement_on=D(2026, 3, 10), terms="", amount="x",
                           performance_deadline=D(2026, 3, 1)),
            prevention=dict(petition=True, petition_persons=3), today=TODAY)
    assert fields(err.value) == ["amount", "agreement_terms", "performance_deadline", "agreement_amount",
                                 "prevented_petition_persons"]
    saved = MediationCase.get_by_id(case.id)
    assert (saved.title, saved.agreement_form) == ("甲一与乙二邻里纠纷", "")
    assert AuditEvent.select().count() == before


def test_no_agreement_form_is_chosen_for_the_clerk(admin, case):
    with pytest.raises(ValidationErrors) as err:
        mediation.record_agreement(case, user=admin, form="", agreement_on=None, terms="赔偿")
    assert fields(err.value) == ["agreement_form", "agreement_on"]
    assert err.value.errors[0].message == "choose written or oral"


def test_judicial_confirmation_needs_its_result_and_its_day(admin, case):
    mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 10), terms="赔偿",
                               today=TODAY)
    with pytest.raises(ValidationError) as err:
        mediation.record_judicial(case, user=admin, applied_on=D(2026, 3, 12), result="", today=TODAY)
    assert err.value.field == "judicial_result"
    with pytest.raises(ValidationError) as err:
        mediation.record_judicial(case, user=admin, applied_on=None, result="confirmed", today=TODAY)
    assert err.value.field == "judicial_applied_on"
    # Called without a result (the demo, imports), a day applied for means pending, as before.
    mediation.record_judicial(case, user=admin, applied_on=D(2026, 3, 12), today=TODAY)
    assert MediationCase.get_by_id(case.id).judicial_result == "pending"
    mediation.record_judicial(case, user=admin, applied_on=None, today=TODAY)
    assert MediationCase.get_by_id(case.id).judicial_result == ""


def test_choices_the_clerk_must_make_are_named(admin, case):
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status="", concluded_on=D(2026, 3, 5), today=TODAY)
    assert (err.value.field, err.value.message) == ("status", "choose the outcome")
    with pytest.raises(ValidationError) as err:
        mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 3, 9), kind="")
    assert (err.value.field, err.value.message) == ("kind", "choose mediation or investigation")
    mediation.conclude(case, user=admin, status="withdrawn", concluded_on=D(2026, 3, 5), today=TODAY)
    with pytest.raises(ValidationError) as err:
        mediation.add_followup(case, user=admin, visited_on=D(2026, 3, 6), method="", today=TODAY)
    assert (err.value.field, err.value.message) == ("method", "choose how the visit was made")
