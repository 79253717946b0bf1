"""Dates and months, the one home: month bounds, month text, and adding natural or working days.

Every clock (mediation, legal aid, consultation replies) and every monthly figure takes its
month bounds and its day arithmetic from here, so a station's working-days setting (and, one
day, its public holidays) counts the same everywhere.
"""
from __future__ import annotations

import datetime as dt
import re


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First day of the month and first day of the next month (half-open: start <= d < end)."""
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1)
    return start, end


def month_datetimes(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """month_bounds as midnights, for date-time fields (half-open)."""
    start, end = month_bounds(year, month)
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())


def parse_month(text: str) -> tuple[int, int]:
    """'2026-03' -> (2026, 3); ValueError for anything else, a year outside 1900-2100 too.

    ASCII digits only: str.isdigit() and int() also take full-width (２０２６) and Arabic-Indic
    (٢٠٢٦) digits, which would then reach file names and the district's workbook."""
    found = re.fullmatch(r"([0-9]{4})-([0-9]{2})", (text or "").strip())
    year, month = (int(found[1]), int(found[2])) if found else (0, 0)
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        raise ValueError(f"month must be YYYY-MM (a year from 1900 to 2100), not {text!r}")
    return year, month


def month_text(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_of(day: dt.date | dt.datetime) -> str:
    """'YYYY-MM' of a date or date-time."""
    return month_text(day.year, day.month)


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday; public holidays are not known yet."""
    return day.weekday() < 5


def add_working_days(start: dt.date, days: int) -> dt.date:
    """`start` plus `days` working days (the day of `start` itself does not count)."""
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def add_days(start: dt.date, days: int, *, working: bool | None = None) -> dt.date:
    """`start` plus `days` natural days, or working days when working=True, or (working=None)
    as the station counts deadlines (setting clocks.working_days)."""
    if working is None:
        working = counts_working_days()
    return add_working_days(start, days) if working else start + dt.timedelta(days=days)


def counts_working_days() -> bool:
    """The station's setting: do its deadlines count working days?"""
    from aidstation.core import (
        settings,  # settings reads the database; dates itself does not
    )

    return settings.get_bool("clocks.working_days")
