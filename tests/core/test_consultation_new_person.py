"""consultations.record(new_person=...): the person typed at the desk is created in the same
transaction as the consultation, and a possible duplicate comes back before anything is written."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import consultations, people
from aidstation.core.models import AuditEvent, Consultation, Person
from aidstation.core.validation import ValidationError

WHEN = dt.datetime(2026, 11, 2, 9, 30)


def _record(admin, **kw):
    return consultations.record(user=admin, received_at=WHEN, channel="visit", matter="wages",
                                question="工资被拖欠", disposition="answered", advice="可申请劳动仲裁", **kw)


def test_the_new_person_is_created_with_the_consultation(admin):
    saved = _record(admin, new_person={"name": "李四", "phone": "13800138000"})
    assert (saved.person.name, saved.person.phone) == ("李四", "13800138000")
    assert [(e.action, e.entity) for e in AuditEvent.select().order_by(AuditEvent.id)] == [
        ("create", "Person"), ("create", "Consultation")]


def test_a_duplicate_raises_before_anything_is_written(admin):
    known = people.create(user=admin, name="李四", phone="13800138000")
    with pytest.raises(people.DuplicateWarning) as caught:
        _record(admin, new_person={"name": "李四", "phone": "13800138000"})
    assert caught.value.matches == [known]
    assert (Person.select().count(), Consultation.select().count()) == (1, 0)
    second = _record(admin, new_person={"name": "李四", "phone": "13800138000"}, confirm_duplicate=True)
    assert second.person_id != known.id and Person.select().count() == 2


def test_the_new_person_is_not_kept_when_the_consultation_is_refused(admin):
    with pytest.raises(ValidationError) as caught:
        consultations.record(user=admin, received_at=WHEN, channel="visit", matter="wages", question="",
                             disposition="answered", new_person={"name": "王五"})
    assert caught.value.field == "question"
    assert (Person.select().count(), Consultation.select().count()) == (0, 0)


def test_a_chosen_person_wins_over_typed_details(admin):
    known = people.create(user=admin, name="赵六")
    saved = _record(admin, person=known, new_person={"name": "赵六"})
    assert saved.person_id == known.id and Person.select().count() == 1


def test_update_can_add_the_person_later(admin):
    saved = _record(admin, anonymous=True)
    updated = consultations.update(saved, user=admin, anonymous=False, new_person={"name": "孙七"})
    assert updated.person.name == "孙七"
