"""Correcting saved records: cards follow their event's date, a receipt cannot move past the
decision, and cards from a deleted event or recorded without serials can still be corrected."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import cards, legalaid, people, publicity
from aidstation.core.models import AidApplication, AuditEvent, CardIssue
from aidstation.core.validation import ValidationError

DAY = dt.date(2026, 1, 5)


def test_moving_an_event_audits_the_cards_that_move_with_it(admin):
    """The cards handed out at an event follow its date: each is an audited change."""
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
    before the application."""
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
    on the deleted event, while moving a card onto a deleted event is still refused."""
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
    none taken."""
    run = cards.next_range(5, 2026)
    cards.record_print(user=admin, year=run[0], serial_from=run[1], serial_to=run[2])
    card = cards.issue(user=admin, issued_on=DAY, quantity=3, recipient="3号楼", allocate=False, today=DAY)
    cards.update_issue(card, user=admin, households=3, community="东湖社区", today=DAY)
    row = CardIssue.get_by_id(card.id)
    assert (row.households, row.community, row.serial_from, row.quantity, cards.stock_count()) == (
        3, "东湖社区", None, 3, 5)
