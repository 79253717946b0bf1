"""core/dates.py: the one home of month bounds and day arithmetic, and the clocks that use it."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import consultations, dates, legalaid, settings

D = dt.date


def test_month_bounds_are_half_open_across_the_year_end():
    assert dates.month_bounds(2026, 12) == (D(2026, 12, 1), D(2027, 1, 1))
    assert dates.month_bounds(2024, 2) == (D(2024, 2, 1), D(2024, 3, 1))
    assert dates.month_datetimes(2026, 3) == (dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))


@pytest.mark.parametrize("text", [
    "2026-3x", "26-03", "2026-13", "2026-00", "", "2026/03", "1899-12", "2026-3", "-2026-03",
    "9999-12", "2101-01", "0000-01",  # years a month bound or a file name cannot take
    "２０２６-０３", "٢٠٢٦-٠٣", "۲۰۲۶-۰۳", "2026-٠٣",  # full-width, Arabic-Indic, Persian digits
    "2026-03\n2026-04", "2026-03-01", "2026 -03",
])
def test_parse_month_refuses(text):
    with pytest.raises(ValueError, match="month must be YYYY-MM"):
        dates.parse_month(text)


def test_parse_month_takes_the_years_1900_to_2100():
    assert dates.parse_month("1900-01") == (1900, 1)
    assert dates.parse_month("2100-12") == (2100, 12)
    assert dates.month_bounds(*dates.parse_month("2100-12"))[1] == D(2101, 1, 1)


def test_parse_and_print_a_month():
    assert dates.parse_month(" 2026-03 ") == (2026, 3)
    assert dates.month_text(2026, 3) == "2026-03"
    assert dates.month_of(dt.datetime(2026, 11, 30, 23, 59)) == "2026-11"


def test_working_days_skip_the_weekend():
    friday = D(2026, 3, 6)
    assert dates.add_working_days(friday, 1) == D(2026, 3, 9)
    assert dates.add_working_days(D(2026, 3, 7), 7) == D(2026, 3, 17)  # from a Saturday
    assert dates.add_days(friday, 1, working=False) == D(2026, 3, 7)


def test_add_days_follows_the_station_setting(station, admin):
    friday = D(2026, 3, 6)
    assert dates.add_days(friday, 1) == D(2026, 3, 7)
    settings.set_many({"clocks.working_days": True}, user=admin)
    assert dates.add_days(friday, 1) == D(2026, 3, 9)


def test_every_clock_counts_days_the_same_way(station, admin):
    """Legal aid and consultation replies both count working days through core/dates.py."""
    settings.set_many({"clocks.working_days": True}, user=admin)
    friday = D(2026, 3, 6)
    assert legalaid.add_days(friday, 1) == dates.add_days(friday, 1) == D(2026, 3, 9)
    # A letter is answered within 7 working days whatever the setting (DESIGN §6).
    assert consultations.auto_reply_due("letter", friday) == D(2026, 3, 17)
    settings.set_many({"clocks.working_days": False}, user=admin)
    assert consultations.auto_reply_due("letter", friday) == D(2026, 3, 17)
    assert consultations.auto_reply_due("online", friday) == D(2026, 3, 7)
