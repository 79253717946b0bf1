"""Restoring deleted records: administrators only, and never a record that would name a
deleted person (people.delete refuses while a live record names the person)."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import cards, consultations, legalaid, people, publicity
from aidstation.core.models import (
    AidApplication,
    AuditEvent,
    CardIssue,
    Consultation,
)
from aidstation.core.validation import ValidationError

DAY = dt.date(2026, 1, 5)


def _records(admin):
    p = people.create(name="张三", user=admin)
    c = consultations.record(received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family",
                             person=p, question="q", user=admin)
    app = legalaid.receive(user=admin, applicant=p, received_on=DAY)
    card = cards.issue(user=admin, issued_on=DAY, quantity=1, person=p, allocate=False, today=DAY)
    activity = publicity.create_activity(user=admin, held_on=DAY, title="讲座")
    consultations.delete(c, user=admin)
    legalaid.delete(app, user=admin)
    cards.delete_issue(card, user=admin)
    publicity.delete_activity(activity, user=admin)
    return p, c, app, card, activity


def _refused(field, call):
    before = AuditEvent.select().count()
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field
    assert AuditEvent.select().count() == before


def test_a_clerk_cannot_restore(admin, clerk):
    _, c, app, card, activity = _records(admin)
    _refused("user", lambda: consultations.restore(c, user=clerk))
    _refused("user", lambda: legalaid.restore(app, user=clerk))
    _refused("user", lambda: cards.restore_issue(card, user=clerk))
    _refused("user", lambda: publicity.restore_activity(activity, user=clerk))
    assert activity.deleted_at is not None


def test_no_record_comes_back_naming_a_deleted_person(admin):
    p, c, app, card, _ = _records(admin)
    people.delete(p, user=admin)  # allowed: nothing live names the person
    _refused("person", lambda: consultations.restore(c, user=admin))
    _refused("applicant", lambda: legalaid.restore(app, user=admin))
    _refused("person", lambda: cards.restore_issue(card, user=admin))
    assert [m.select().where(m.deleted_at.is_null()).count()
            for m in (Consultation, AidApplication, CardIssue)] == [0, 0, 0]
    people.restore(p, user=admin)
    consultations.restore(c, user=admin)
    legalaid.restore(app, user=admin)
    cards.restore_issue(card, user=admin)
    assert [m.select().where(m.deleted_at.is_null()).count()
            for m in (Consultation, AidApplication, CardIssue)] == [1, 1, 1]
