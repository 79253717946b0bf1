"""Dates and months, the one home: month bounds, month text, and adding natural or working days.

Every clock (mediation, legal aid, consultation replies) and every monthly figure takes its
month bounds and its day arithmetic from here, so a station's working-days setting and China's
calendar count the same everywhere.

A working day is Monday to Friday, except the public holidays, plus the weekend days the State
Council makes working days (调休). The years come from the `chinesecalendar` package (1.11:
2004-2026) and, replacing it year by year, from the station's own calendar (the setting
calendar.years, written by core/workcalendar.py, which the administrator keeps in Settings). A
year neither knows counts Monday to Friday (the dashboard warns about it). The clocks ask
thousands of times per dashboard refresh, on a worker thread too, so the years are held in
memory: the package's once, the station's until the station or its calendar changes.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
import time
from dataclasses import dataclass

log = logging.getLogger(__name__)
CALENDAR_SETTING = "calendar.years"


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


@dataclass(frozen=True)
class YearDays:
    """One year's public holidays (days off, weekends inside a holiday included) and make-up
    working days (weekend days worked); `source` is "station", "package" or "" (not known)."""

    year: int
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()
    source: str = ""


RECHECK_SECONDS = 2.0  # the station's calendar is read again at most this often (a restore)
_lock = threading.Lock()
_package: dict[int, YearDays] | None = None
# (the open Station, the setting's text, when it was read, {year: YearDays}); replaced whole,
# so a reader thread always sees one consistent tuple
_own: tuple = (None, None, float("-inf"), {})


def package_years() -> dict[int, YearDays]:
    """The years the chinesecalendar package knows (imported on first use: start-up time)."""
    global _package
    if _package is None:
        with _lock:
            if _package is None:
                from chinese_calendar import constants

                holidays: dict[int, set] = {}
                workdays: dict[int, set] = {}
                for day in constants.holidays:
                    holidays.setdefault(day.year, set()).add(day)
                for day in constants.workdays:
                    workdays.setdefault(day.year, set()).add(day)
                _package = {year: YearDays(year, frozenset(days), frozenset(workdays.get(year, ())), "package")
                            for year, days in holidays.items()}
    return _package


def parse_calendar(text: str) -> dict[int, YearDays]:
    """The station's years from the setting's JSON ({"2027": {"holidays": [...], "workdays":
    [...]}}); core/workcalendar.py validated them on the way in, so anything odd is skipped."""
    try:
        data = json.loads(text or "{}")
    except (ValueError, RecursionError):
        log.warning("setting %s is not JSON; the station's own calendar is ignored", CALENDAR_SETTING)
        return {}
    years: dict[int, YearDays] = {}
    for key, value in (data.items() if isinstance(data, dict) else ()):
        try:
            year = int(key)
            sets = [frozenset(d for d in map(dt.date.fromisoformat, value.get(name) or ()) if d.year == year)
                    for name in ("holidays", "workdays")]
        except (TypeError, ValueError, AttributeError):
            log.warning("setting %s: year %r skipped", CALENDAR_SETTING, key)
            continue
        years[year] = YearDays(year, sets[0], sets[1] - sets[0], "station")
    return years


_db = None  # core.db, imported on first use (dates itself stays light to import)


def _open_station():
    global _db
    if _db is None:
        from aidstation.core import db

        _db = db
    try:
        return _db.current_station()
    except _db.StationError:
        return None


def station_calendar() -> dict[int, YearDays]:
    """The station's own years, held until another station opens, the calendar is saved
    (forget_calendar) or, read again every RECHECK_SECONDS, its setting changed (a restore)."""
    global _own
    station, text, read_at, years = _own
    current = _open_station()
    moment = time.monotonic()
    if current is station and moment - read_at < RECHECK_SECONDS:
        return years
    with _lock:
        new_text = ""
        if current is not None:
            from peewee import PeeweeException

            from aidstation.core import settings

            try:
                new_text = settings.get(CALENDAR_SETTING)
            except PeeweeException as exc:  # the database went away under a reader: keep what we had
                log.debug("cannot read the station's calendar: %s", exc)
                return years
        if current is not station or new_text != text:
            years = parse_calendar(new_text)
        _own = (current, new_text, moment, years)
    return years


def forget_calendar() -> None:
    """Read the station's calendar again at the next question (it was just saved)."""
    global _own
    with _lock:
        _own = (None, None, float("-inf"), {})


def year_days(year: int) -> YearDays:
    """The year's holidays and make-up days: the station's own, else the package's, else none."""
    own = station_calendar().get(year)
    if own is not None:
        return own
    return package_years().get(year) or YearDays(year)


def _works(day: dt.date, days: YearDays) -> bool:
    if day in days.workdays:
        return True
    return day not in days.holidays and day.weekday() < 5


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday except public holidays, plus make-up working days (调休); a year with no
    calendar counts Monday to Friday."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return _works(day, year_days(day.year))


def add_working_days(start: dt.date, days: int) -> dt.date:
    """`start` plus `days` working days (the day of `start` itself does not count)."""
    if isinstance(start, dt.datetime):
        start = start.date()
    day, left = start, days
    known = YearDays(0)
    while left > 0:
        day += dt.timedelta(days=1)
        if day.year != known.year:
            known = year_days(day.year)
        if _works(day, known):
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
