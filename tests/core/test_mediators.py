"""Who may mediate a case is a service rule (core/mediation/parties.py), not the window's."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import mediation
from aidstation.core.models import Person, Staff
from aidstation.core.validation import ValidationError

D = dt.date


@pytest.fixture
def staff(station):
    return {role: Staff.create(name=name, role=role) for role, name in
            [("mediator", "赵调解"), ("officer", "钱所长"), ("lawyer", "孙律师"), ("liaison", "李联络")]}


def _open(admin, mediators):
    a, b = Person.create(name="张三"), Person.create(name="李四")
    return mediation.open_case(user=admin, received_on=D(2026, 3, 2), parties=[(a, "applicant"), (b, "respondent")],
                               dispute_type="neighbor", mediators=mediators, today=D(2026, 6, 1))


def test_only_mediators_and_officers_may_mediate(admin, staff):
    assert [s.name for s in mediation.eligible_mediators()] == ["赵调解", "钱所长"]
    case = _open(admin, [staff["mediator"], staff["officer"]])
    assert [s.name for s in mediation.mediators_of(case)] == ["赵调解", "钱所长"]
    with pytest.raises(ValidationError) as caught:
        _open(admin, [staff["lawyer"]])
    assert (caught.value.field, caught.value.message) == (
        "mediators", "孙律师 does not mediate (a staff member whose role is mediator or officer, and active, can)")
    with pytest.raises(ValidationError):
        mediation.set_mediators(case, [staff["liaison"]], user=admin)
    assert [s.name for s in mediation.mediators_of(case)] == ["赵调解", "钱所长"]


def test_a_case_keeps_a_mediator_whose_role_changed_but_not_an_inactive_one(admin, staff):
    case = _open(admin, [staff["mediator"]])
    Staff.update(role="volunteer").where(Staff.id == staff["mediator"].id).execute()
    assert [s.name for s in mediation.eligible_mediators(case)] == ["赵调解", "钱所长"]
    assert [s.name for s in mediation.eligible_mediators()] == ["钱所长"]
    mediation.set_mediators(case, [staff["mediator"], staff["officer"]], user=admin)
    Staff.update(active=False).where(Staff.id == staff["officer"].id).execute()
    with pytest.raises(ValidationError):
        mediation.set_mediators(case, [staff["officer"]], user=admin)
