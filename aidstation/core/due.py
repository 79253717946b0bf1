"""A deadline as every clock reports it: DueItem, and the horizon the dashboard looks ahead."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peewee import fn

from aidstation.core.db import db, row_type
from aidstation.core.models import FollowUp

HORIZON_DAYS = 7


class DueItem(NamedTuple):
    """One deadline. A named tuple (immutable, compared by value): a large station's dashboard
    makes ten thousand of them a refresh, and a frozen dataclass cost several times more each."""

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


def last_visits(column):
    """A derived table (`record`, `last`): the latest live return visit of each record that
    `column` (FollowUp.mediation_case or FollowUp.aid_application) points to. Joined LEFT to the
    records, it answers "visited since closing?" with one pass over the visits: a correlated
    EXISTS a record let SQLite pick the visited_on index and scan every visit for every record
    whenever the column was mostly NULL (a station whose visits are all mediation ones had its
    legal-aid clock take 13 s at 10,000 applications)."""
    return (FollowUp.live(column.alias("record"), fn.MAX(FollowUp.visited_on).alias("last"))
            .where(column.is_null(False)).group_by(column).alias("visits"))


def plain_rows(query):
    """The rows of a peewee SELECT as the driver returns them (its Row: `row["number"]`, by
    the selected columns' names and aliases), one at a time: dates stay ISO text (read them
    with `day`), booleans 0/1. The clocks read thousands of rows at a large station; peewee's
    conversion of every value, and then a Python object a row, cost more than the queries, and
    holding them all at once (fetchall) doubled the dashboard's memory while it read (at 200k
    records: 9.5 MiB at the peak for 4 MiB of due items)."""
    cursor = db.execute(query)
    cursor.row_factory = row_type()  # sqlite3.Row cannot wrap a SQLCipher cursor
    return cursor


def day(value) -> dt.date | None:
    """A date column as `plain_rows` gives it ('2026-03-16' or a date-time's text), or None."""
    if value.__class__ is str:  # the common case first: called tens of thousands of times
        return _from_iso(value[:10]) if value else None
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _from_iso(str(value)[:10])


_from_iso = dt.date.fromisoformat
