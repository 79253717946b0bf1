"""Deadlines (DESIGN §6): everything due or overdue as of a date, for the dashboard and the
printable deadline sheet.

Each area reports its own clocks as DueItem rows (core/due.py): mediation/clocks.py (conclusion,
follow-up, judicial confirmation, performance), legalaid/clocks.py (forwarding, decision,
assignment, urgent deadlines, follow-ups), consultations/clocks.py (replies owed). This module
sits above them and only merges. An item is listed when it is overdue or falls due within
`horizon` days.
"""
from __future__ import annotations

import datetime as dt

from aidstation.core.consultations import consultation_due
from aidstation.core.due import HORIZON_DAYS, DueItem
from aidstation.core.legalaid import aid_due
from aidstation.core.mediation import mediation_due

__all__ = ["AREAS", "HORIZON_DAYS", "DueItem", "due_items"]

AREAS = (mediation_due, aid_due, consultation_due)


def due_items(as_of: dt.date | None = None, *, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Everything due within `horizon` days of `as_of` or overdue, most urgent first."""
    as_of = as_of or dt.date.today()
    items: list[DueItem] = []
    for area in AREAS:
        items.extend(area(as_of, horizon))
    return sorted(items, key=lambda i: (i.due_on, i.area, i.kind, i.number))
