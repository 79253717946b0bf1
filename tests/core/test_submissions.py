"""Submitted returns: an edit that moves a record out of a month already sent flags that month."""
from __future__ import annotations

import datetime as dt

from aidstation.core import legalaid, people


def _sent(admin, tmp_path, month, sent_warnings):
    from aidstation.core.reporting import submissions

    path = tmp_path / f"XF01-{month}.xlsx"
    path.write_bytes(b"sent")
    submissions.mark_submitted(month, path, {}, user=admin)
    sent_warnings.take()


def test_moving_a_record_out_of_a_sent_month_flags_that_month(admin, tmp_path, sent_warnings):
    """March was sent; each edit that moves a record from March to April changes March's
    figures, so March is flagged and the clerk warned."""
    from aidstation.core import cards, consultations, publicity
    from aidstation.core.models import Submission
    from aidstation.core.reporting import submissions

    p = people.create(name="张三", user=admin)
    c = consultations.record(received_at=dt.datetime(2026, 3, 30, 9), channel="visit", matter="family",
                             person=p, question="q", user=admin)
    app = legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 3, 30))
    card = cards.issue(user=admin, issued_on=dt.date(2026, 3, 30), quantity=1, recipient="x", allocate=False)
    event = publicity.create_activity(user=admin, held_on=dt.date(2026, 3, 30), title="讲座")
    moves = [
        lambda: consultations.update(c, user=admin, received_at=dt.datetime(2026, 4, 1, 9)),
        lambda: legalaid.update(app, user=admin, received_on=dt.date(2026, 4, 1)),
        lambda: cards.update_issue(card, user=admin, issued_on=dt.date(2026, 4, 1)),
        lambda: publicity.update_activity(event, user=admin, held_on=dt.date(2026, 4, 1)),
    ]
    for move in moves:
        Submission.delete().execute()
        _sent(admin, tmp_path, "2026-03", sent_warnings)
        move()
        assert submissions.latest("2026-03").changed_since is True
        assert [w[0][:36] for w in sent_warnings.take()] == ["The return for 2026-03 was already s"]
