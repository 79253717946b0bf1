"""The next number of a day (consultations) or a year (aid applications) is found by a range on
the unique number index, never by a scan of every number (LIKE 'prefix%' is case-insensitive,
so SQLite cannot use the index for it); the numbers themselves are as before."""
from __future__ import annotations

import datetime as dt

from aidstation.core import consultations, legalaid, records, settings
from aidstation.core.consultations import service as consultation_service
from aidstation.core.db import db
from aidstation.core.models import AidApplication, Consultation, Person

SYSTEM = records.system("test")


def _plans(call) -> list[str]:
    """The query plan of every SELECT `call` runs."""
    seen = []
    original = db.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params or ()))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = recording
    try:
        call()
    finally:
        del db.execute_sql
    return [" | ".join(r[-1] for r in original("EXPLAIN QUERY PLAN " + sql, params).fetchall())
            for sql, params in seen]


def _consult(at: dt.datetime) -> str:
    return consultations.record(user=SYSTEM, received_at=at, channel="visit", anonymous=True,
                                matter="wages", question="工资", disposition="answered",
                                advice="已解答").number


def _apply(on: dt.date) -> str:
    p = Person.create(name="王芳", birth_date=dt.date(1980, 1, 1))
    return legalaid.receive(user=SYSTEM, applicant=p, received_on=on, scope_item="support").number


def test_the_next_consultation_number_searches_the_number_index(station):
    _consult(dt.datetime(2026, 1, 2, 9, 0))
    plans = _plans(lambda: consultation_service._next_number(dt.date(2026, 1, 2)))
    assert plans == ["SEARCH t1 USING COVERING INDEX consultation_number (number>? AND number<?)"]


def test_the_next_aid_number_searches_the_number_index(station):
    _apply(dt.date(2026, 1, 2))
    plans = [p for p in _plans(lambda: legalaid.next_number(2026)) if "aid_application" in p]
    assert plans == ["SEARCH t1 USING COVERING INDEX aid_application_number (number>? AND number<?)"]


def test_consultation_numbers_across_a_day_and_a_year_boundary(station):
    numbers = [_consult(dt.datetime(2025, 12, 31, 23, 59)), _consult(dt.datetime(2026, 1, 1, 0, 0)),
               _consult(dt.datetime(2025, 12, 31, 8, 0)), _consult(dt.datetime(2026, 1, 1, 23, 59, 59))]
    assert numbers == ["2025123101", "2026010101", "2025123102", "2026010102"]
    # the day after's numbers, and odd numbers of the day that are not digits, count for nothing
    Consultation.insert_many([{"number": n, "received_at": dt.datetime(2026, 1, 2, 9, 0), "anonymous": True}
                              for n in ("2026010250", "20260101x9")]).execute()
    assert _consult(dt.datetime(2026, 1, 1, 12, 0)) == "2026010103"


def test_the_hundredth_consultation_of_a_day_sorts_by_value_not_by_text(station):
    Consultation.insert_many([{"number": f"20260102{n:02d}", "received_at": dt.datetime(2026, 1, 2, 9, 0),
                               "anonymous": True} for n in range(1, 100)]).execute()
    assert _consult(dt.datetime(2026, 1, 2, 10, 0)) == "20260102100"
    assert _consult(dt.datetime(2026, 1, 2, 11, 0)) == "20260102101"  # "…101" sorts before "…99"
    assert _consult(dt.datetime(2026, 1, 3, 9, 0)) == "2026010301"


def test_aid_numbers_across_a_year_boundary_and_past_nine(station):
    numbers = [_apply(dt.date(2025, 12, 31)), _apply(dt.date(2026, 1, 1)), _apply(dt.date(2025, 12, 31))]
    assert numbers == ["（2025）援申字第1号", "（2026）援申字第1号", "（2025）援申字第2号"]
    more = [_apply(dt.date(2026, 6, 1)) for _ in range(9)]
    assert more[-1] == "（2026）援申字第10号"
    assert _apply(dt.date(2026, 7, 1)) == "（2026）援申字第11号"  # "第11号" sorts before "第9号"


def test_aid_numbers_of_another_prefix_start_their_own_run(station, admin):
    _apply(dt.date(2026, 1, 5))
    settings.set_many({"numbers.aid_prefix": "朝援"}, user=admin)
    assert _apply(dt.date(2026, 1, 6)) == "（2026）朝援申字第1号"
    assert _apply(dt.date(2026, 1, 7)) == "（2026）朝援申字第2号"
    settings.set_many({"numbers.aid_prefix": "援"}, user=admin)
    assert _apply(dt.date(2026, 1, 8)) == "（2026）援申字第2号"
    assert AidApplication.select().count() == 4
