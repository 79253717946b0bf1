"""China's working-day calendar (issue 17, part 3): the chinesecalendar package's holidays and
make-up working days (调休), the station's own years entered by the administrator, the file a
district hands its stations, and every working-day clock counting through core/dates.py."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from aidstation.core import consultations, dates, legalaid, settings, workcalendar
from aidstation.core.models import AuditEvent
from aidstation.core.validation import ValidationError

D = dt.date
# A made-up 2027 as a station might enter it before the package knows it: New Year's Day, a
# Spring Festival week from Saturday 6 to Saturday 13 February, worked back on Sunday 14.
HOLIDAYS_2027 = [D(2027, 1, 1)] + [D(2027, 2, d) for d in range(6, 14)]
WORKDAYS_2027 = [D(2027, 2, 14)]


def _events() -> int:
    return AuditEvent.select().count()


def test_the_package_knows_2026():
    days = workcalendar.year_days(2026)
    assert days.source == "package"
    assert {D(2026, 10, d) for d in range(1, 8)} <= days.holidays
    assert sorted(days.workdays) == [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9),
                                     D(2026, 9, 20), D(2026, 10, 10)]
    assert workcalendar.package_range() == (2004, 2026)


def test_seven_working_days_over_the_national_day_week(station):
    # 2026 (package): 1-7 October are holidays (Thursday to Wednesday) and Saturday 10 October
    # is worked. From Wednesday 30 September: Thu 8 (1), Fri 9 (2), Sat 10 make-up (3), Sun 11
    # off, Mon 12 (4), Tue 13 (5), Wed 14 (6), Thu 15 (7). Monday to Friday would say 9 October.
    assert dates.add_working_days(D(2026, 9, 30), 7) == D(2026, 10, 15)
    assert dates.add_days(D(2026, 9, 30), 7, working=True) == D(2026, 10, 15)
    assert [dates.is_working_day(D(2026, 10, d)) for d in (1, 7, 8, 10, 11)] == [False, False, True, True, False]


def test_every_working_day_clock_counts_the_holidays(station, admin):
    # a letter received on 30 September is answered by 15 October (7 working days, DESIGN §6)
    assert consultations.auto_reply_due("letter", D(2026, 9, 30)) == D(2026, 10, 15)
    # legal aid counts working days when the station says so: the centre's 7 days likewise
    settings.set_many({"clocks.working_days": True}, user=admin)
    assert legalaid.add_days(D(2026, 9, 30), 7) == D(2026, 10, 15)
    settings.set_many({"clocks.working_days": False}, user=admin)
    assert legalaid.add_days(D(2026, 9, 30), 7) == D(2026, 10, 7)


def test_a_deadline_crosses_a_make_up_sunday(station):
    # Sunday 20 September 2026 is worked (for the Mid-Autumn Festival, Fri 25 - Sun 27). From
    # Friday 18: Sat 19 off, Sun 20 (1), Mon 21 (2), Tue 22 (3); Monday to Friday: the 23rd.
    assert D(2026, 9, 20).weekday() == 6
    assert dates.add_working_days(D(2026, 9, 18), 1) == D(2026, 9, 20)
    assert dates.add_working_days(D(2026, 9, 18), 3) == D(2026, 9, 22)
    # ... and Sunday 28 September 2025, worked before that year's National Day week (1-8 Oct):
    # from Friday 26: Sun 28 (1), Mon 29 (2), Tue 30 (3), Thu 9 Oct (4), Fri 10 (5), Sat 11
    # make-up (6), Mon 13 (7).
    assert D(2025, 9, 28).weekday() == 6
    assert dates.add_working_days(D(2025, 9, 26), 7) == D(2025, 10, 13)
    # a make-up Saturday: 14 February 2026, before the Spring Festival (15-23 February)
    assert dates.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)


def test_an_administrators_year_adds_2027_and_clocks_follow(station, admin):
    # before: nothing known for 2027, Monday to Friday (Fri 5 Feb + 1 = Mon 8 Feb)
    assert workcalendar.year_days(2027).source == ""
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 8)
    assert workcalendar.missing_years(D(2027, 3, 1)) == [2027, 2028]
    before = _events()
    saved = workcalendar.set_year(2027, HOLIDAYS_2027, WORKDAYS_2027, user=admin)
    assert saved.source == "station"
    # after: 6-13 February off, Sunday 14 worked: Fri 5 + 1 = Sun 14, + 2 = Mon 15
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 14)
    assert dates.add_working_days(D(2027, 2, 5), 2) == D(2027, 2, 15)
    # New Year's Day (Friday) is off: Thu 31 Dec 2026 + 1 = Mon 4 Jan 2027 (across the year)
    assert dates.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)
    assert workcalendar.missing_years(D(2027, 3, 1)) == [2028]
    assert json.loads(settings.get("calendar.years")) == {"2027": {
        "holidays": [d.isoformat() for d in HOLIDAYS_2027], "workdays": ["2027-02-14"]}}
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert _events() == before + 1
    assert (event.action, event.entity, event.fields, event.username) == (
        "update", "Setting", "calendar.years", "admin")
    assert event.detail == "working-day calendar 2027: 9 holidays, 1 make-up working days"


def test_the_stations_year_replaces_the_packages_and_removing_it_brings_it_back(station, admin):
    package = workcalendar.year_days(2026)
    # the station corrects 2026: 31 December off as well, Saturday 10 October not worked
    workcalendar.set_year(2026, package.holidays | {D(2026, 12, 31)}, package.workdays - {D(2026, 10, 10)},
                          user=admin)
    assert workcalendar.year_days(2026).source == "station"
    # Thu 8 (1), Fri 9 (2), Mon 12 (3) ... Fri 16 (7)
    assert dates.add_working_days(D(2026, 9, 30), 7) == D(2026, 10, 16)
    assert not dates.is_working_day(D(2026, 12, 31))
    workcalendar.remove_year(2026, user=admin)
    assert workcalendar.year_days(2026).source == "package"
    assert dates.add_working_days(D(2026, 9, 30), 7) == D(2026, 10, 15)
    assert settings.get("calendar.years") == "{}"


def test_a_year_with_no_data_counts_monday_to_friday(station):
    assert workcalendar.missing_years(D(2027, 6, 1)) == [2027, 2028]
    assert workcalendar.missing_years(D(2026, 6, 1)) == [2027]
    assert workcalendar.missing_years(D(2025, 6, 1)) == []
    # 1 January 2028 is a Saturday: Fri 31 Dec 2027 + 1 = Mon 3 Jan 2028 (no holiday known)
    assert dates.add_working_days(D(2027, 12, 31), 1) == D(2028, 1, 3)
    assert dates.add_working_days(D(2028, 1, 7), 5) == D(2028, 1, 14)


@pytest.mark.parametrize("holidays, workdays, field, english", [
    ([D(2026, 1, 1)], [], "holidays", "2026-01-01 is not in 2027"),
    ([], [D(2027, 2, 14)], "holidays", "enter the public holidays of 2027 (at least one)"),
    ([D(2027, 2, 14)], [D(2027, 2, 14)], "workdays",
     "2027-02-14 cannot be both a holiday and a make-up working day"),
    ([D(2027, 1, 1)], [D(2027, 2, 15)], "workdays",
     "2027-02-15 is a weekday: a make-up working day is a Saturday or Sunday worked"),
    (["2027-02-30"], [], "holidays", "not a date (YYYY-MM-DD): '2027-02-30'"),
])
def test_a_bad_year_is_refused_with_its_reason_and_nothing_changes(station, admin, holidays, workdays,
                                                                   field, english):
    before = _events()
    with pytest.raises(ValidationError) as caught:
        workcalendar.set_year(2027, holidays, workdays, user=admin)
    assert (caught.value.field, caught.value.message) == (field, english)
    assert caught.value.message_zh != english  # said in Chinese too
    assert settings.get("calendar.years") == "{}" and _events() == before


def test_only_an_administrator_changes_the_calendar(station, clerk):
    from aidstation.core.accounts import PermissionDenied

    with pytest.raises(PermissionDenied):
        workcalendar.set_year(2027, HOLIDAYS_2027, WORKDAYS_2027, user=clerk)
    with pytest.raises(PermissionDenied):
        workcalendar.import_text("{}", user=clerk)
    assert workcalendar.station_years() == {}


def test_the_file_goes_from_one_station_to_another(station, admin, tmp_path):
    from argon2 import PasswordHasher

    from aidstation.core.models import User
    from aidstation.core.station import open_station

    workcalendar.set_year(2027, HOLIDAYS_2027, WORKDAYS_2027, user=admin)
    path = tmp_path / "calendar-2027.json"
    assert workcalendar.export_file(path, user=admin) == [2027]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], list(data["years"])) == ("aidstation-workcalendar", 1, ["2027"])
    assert AuditEvent.select().order_by(AuditEvent.id.desc()).first().action == "export"
    # another station opens: it has no 2027 (what the clocks held is not carried over)
    open_station(tmp_path / "other")
    other_admin = User.create(username="wang", display_name="Wang", role="admin",
                              password_hash=PasswordHasher().hash("Secret-pass-1"))
    assert workcalendar.year_days(2027).source == ""
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 8)
    assert workcalendar.import_file(path, user=other_admin) == [2027]
    days = workcalendar.year_days(2027)
    assert (days.source, sorted(days.holidays), sorted(days.workdays)) == ("station", HOLIDAYS_2027, WORKDAYS_2027)
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 14)
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.detail) == ("import", "working-day calendar 2027 from calendar-2027.json")


def _file(years, **top) -> str:
    return json.dumps({"format": "aidstation-workcalendar", "version": 1, "years": years} | top)


GOOD_2027 = {"holidays": ["2027-01-01"], "workdays": []}


@pytest.mark.parametrize("content, english", [
    (b"\xff\xfe not text", "not a working-day calendar file: it is not UTF-8 text"),
    (b"year,date\n2027,2027-01-01\n", "not a working-day calendar file: it is not JSON"),
    (b"[" * 100_000, "not a working-day calendar file: it is not JSON"),
    (b" " * (300 * 1024) + b"{}", "not a working-day calendar file: it is too large"),
    (b'["aidstation-workcalendar", 1]', 'not a working-day calendar file: its "format" is not aidstation-workcalendar'),
    (json.dumps({"format": "other", "version": 1, "years": {}}).encode(),
     'not a working-day calendar file: its "format" is not aidstation-workcalendar'),
    (_file({"2027": GOOD_2027}, version="1").encode(), 'not a working-day calendar file: it has no "version" number'),
    (_file({"2027": GOOD_2027}, version=2).encode(), "the file was made by a newer AidStation (version 2)"),
    (_file([GOOD_2027]).encode(), 'not a working-day calendar file: it holds no "years"'),
    (_file({}).encode(), 'not a working-day calendar file: it holds no "years"'),
    (_file({"27": GOOD_2027}).encode(), "not a working-day calendar file: '27' is not a year"),
    (_file({"2027": ["2027-01-01"]}).encode(),
     'not a working-day calendar file: year 2027 needs lists "holidays" and "workdays"'),
    (_file({"2027": {"holidays": "2027-01-01"}}).encode(),
     'not a working-day calendar file: year 2027 needs lists "holidays" and "workdays"'),
    (_file({"2027": {"holidays": [20270101]}}).encode(), "year 2027: not a date (YYYY-MM-DD): 20270101"),
    (_file({"2027": {"holidays": ["２０２７-01-01"]}}).encode(), "year 2027: not a date (YYYY-MM-DD): '２０２７-01-01'"),
    # one good year and one bad: nothing at all is imported
    (_file({"2027": GOOD_2027, "2028": {"holidays": ["2027-12-31"]}}).encode(), "year 2028: 2027-12-31 is not in 2028"),
    (_file({"2027": {"holidays": ["2027-01-01"], "workdays": ["2027-01-01"]}}).encode(),
     "year 2027: 2027-01-01 cannot be both a holiday and a make-up working day"),
])
def test_a_hostile_file_is_refused_and_nothing_changes(station, admin, tmp_path, content, english):
    workcalendar.set_year(2026, [D(2026, 10, 1)], [], user=admin)
    stored, before = settings.get("calendar.years"), _events()
    path = tmp_path / "calendar.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        workcalendar.import_file(path, user=admin)
    assert (caught.value.field, caught.value.message) == ("file", english)
    assert caught.value.message_zh and caught.value.message_zh != english
    assert settings.get("calendar.years") == stored and _events() == before
    assert sorted(workcalendar.station_years()) == [2026]


def test_a_missing_file_and_nothing_to_export_are_said_plainly(station, admin, tmp_path):
    with pytest.raises(ValidationError) as caught:
        workcalendar.import_file(tmp_path / "nowhere.json", user=admin)
    assert caught.value.message.startswith("cannot read nowhere.json")
    with pytest.raises(ValidationError) as caught:
        workcalendar.export_file(tmp_path / "out.json", user=admin)
    assert caught.value.message == "the station holds no calendar of its own to export"
    assert not (tmp_path / "out.json").exists()


def test_a_calendar_restored_under_the_clocks_is_read_again(station, admin, monkeypatch):
    """A restore swaps the database under an open station: the clocks see the restored
    calendar within RECHECK_SECONDS (here at once), without being told."""
    from aidstation.core.db import atomic
    from aidstation.core.models import Setting

    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 8)
    monkeypatch.setattr(dates, "RECHECK_SECONDS", 0.0)
    with atomic():
        Setting.insert(key="calendar.years", value=json.dumps({"2027": {
            "holidays": [d.isoformat() for d in HOLIDAYS_2027], "workdays": ["2027-02-14"]}})
        ).on_conflict_replace().execute()
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 14)


def test_a_damaged_stored_calendar_is_ignored_not_fatal(station):
    assert dates.parse_calendar("not json") == {}
    years = dates.parse_calendar(json.dumps({"2027": {"holidays": ["2027-01-01", "2026-05-01"]},
                                             "x": {}, "2028": {"holidays": ["bad"]}}))
    assert list(years) == [2027] and years[2027].holidays == {D(2027, 1, 1)}


def test_the_clocks_read_the_calendar_from_a_worker_thread(station, admin):
    """The dashboard counts on a worker thread with its own connection."""
    import threading

    workcalendar.set_year(2027, HOLIDAYS_2027, WORKDAYS_2027, user=admin)
    seen = []
    worker = threading.Thread(target=lambda: seen.append(dates.add_working_days(D(2027, 2, 5), 1)))
    worker.start()
    worker.join(10)
    assert seen == [D(2027, 2, 14)]


def test_importing_dates_stays_light():
    """core/dates.py is imported at start-up: the package and the database come later."""
    import subprocess
    import sys

    code = ("import sys, aidstation.core.dates; "
            "print(sorted(m for m in ('chinese_calendar', 'peewee') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
