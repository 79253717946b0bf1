"""A deadline as every clock reports it: DueItem, and the horizon the dashboard looks ahead."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

HORIZON_DAYS = 7


@dataclass(frozen=True)
class DueItem:
    area: str  # mediation | aid | consultation
    kind: str  # e.g. conclusion, followup, judicial, performance
    entity: str  # model name, e.g. MediationCase
    entity_id: int
    number: str  # the record's number, for display
    title: str  # short description (no personal data beyond the case title)
    due_on: dt.date
    overdue: bool
    label_zh: str  # what is due, e.g. 调解期限届满
    label_en: str

    def days_left(self, as_of: dt.date) -> int:
        """Negative when overdue."""
        return (self.due_on - as_of).days

    def label(self, lang: str = "zh") -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en


def item_if_due(as_of, horizon, **kw) -> DueItem | None:
    """A DueItem when `due_on` is overdue or within `horizon` days of `as_of`, else None."""
    due = kw["due_on"]
    if due > as_of + dt.timedelta(days=horizon):
        return None
    return DueItem(overdue=due < as_of, **kw)
