"""Restoring deleted records (review): administrators only, and never a record that would
name a deleted person (people.delete refuses while a live record names the person)."""
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


def test_moving_an_event_audits_the_cards_that_move_with_it(admin):
    """The cards handed out at an event follow its date: each is an audited change (review)."""
    a = publicity.create_activity(user=admin, held_on=DAY, title="讲座", today=DAY)
    run = cards.next_range(5, 2026)
    cards.record_print(user=admin, year=run[0], serial_from=run[1], serial_to=run[2])
    event = publicity.issue_cards(a, user=admin, quantity=2, today=DAY)
    window = cards.issue(user=admin, issued_on=DAY, quantity=1, recipient="x", activity=a, today=DAY)
    publicity.update_activity(a, user=admin, held_on=dt.date(2026, 1, 3), today=DAY)
    events = [(e.action, e.entity, e.entity_id, e.fields) for e in
              AuditEvent.select().order_by(AuditEvent.id.desc()).limit(2)][::-1]
    assert events == [("update", "PublicityActivity", a.id, "held_on"),
                      ("update", "CardIssue", event.id, "issued_on")]
    assert [CardIssue.get_by_id(i).issued_on for i in (event.id, window.id)] == [dt.date(2026, 1, 3), DAY]


def test_receipt_cannot_move_after_a_decision_taken_before_forwarding(admin):
    """A withdrawal needs no forwarding; moving the receipt past it would date the decision
    before the application (review)."""
    p = people.create(name="张三", user=admin)
    app = legalaid.receive(user=admin, applicant=p, received_on=DAY)
    legalaid.decide(app, user=admin, decision="withdrawn", decision_on=dt.date(2026, 1, 8))
    before = AuditEvent.select().count()
    with pytest.raises(ValidationError) as err:
        legalaid.update(app, user=admin, received_on=dt.date(2026, 1, 9))
    assert (err.value.field, err.value.message) == ("received_on", "received after the decision")
    assert AuditEvent.select().count() == before
    assert AidApplication.get_by_id(app.id).received_on == DAY


def test_cards_handed_out_at_a_deleted_event_can_still_be_corrected(admin):
    """Deleting an event keeps its cards (they were handed out); correcting one must not fail
    on the deleted event, while moving a card onto a deleted event is still refused (review)."""
    a = publicity.create_activity(user=admin, held_on=DAY, title="讲座", today=DAY)
    other = publicity.create_activity(user=admin, held_on=DAY, title="集市", today=DAY)
    card = cards.issue(user=admin, issued_on=DAY, quantity=3, recipient="集市", activity=a,
                       channel="event", allocate=False, today=DAY)
    plain = cards.issue(user=admin, issued_on=DAY, quantity=1, recipient="x", allocate=False, today=DAY)
    publicity.delete_activity(a, user=admin)
    publicity.delete_activity(other, user=admin)
    cards.update_issue(card, user=admin, households=2, today=DAY)
    assert (CardIssue.get_by_id(card.id).households, CardIssue.get_by_id(card.id).activity_id) == (2, a.id)
    with pytest.raises(ValidationError) as err:
        cards.update_issue(plain, user=admin, activity=other, today=DAY)
    assert err.value.field == "activity"


def test_editing_cards_recorded_without_serials_takes_no_serials(admin):
    """A hand-over recorded without serials (a ledger import) is edited as it is: no stock needed,
    none taken (review)."""
    run = cards.next_range(5, 2026)
    cards.record_print(user=admin, year=run[0], serial_from=run[1], serial_to=run[2])
    card = cards.issue(user=admin, issued_on=DAY, quantity=3, recipient="3号楼", allocate=False, today=DAY)
    cards.update_issue(card, user=admin, households=3, community="东湖社区", today=DAY)
    row = CardIssue.get_by_id(card.id)
    assert (row.households, row.community, row.serial_from, row.quantity, cards.stock_count()) == (
        3, "东湖社区", None, 3, 5)
