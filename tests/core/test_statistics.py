"""The planner's statistics (sqlite_stat1): gathered once for a station without any, refreshed by
PRAGMA optimize at close, never written on a station opened read-only."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

from aidstation.core import consultations
from aidstation.core.db import DB_NAME, close_station, db
from aidstation.core.models import Consultation
from aidstation.core.station import open_station


def _raw(folder, sql: str) -> list:
    con = sqlite3.connect(folder / DB_NAME)
    try:
        rows = con.execute(sql).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def _stat_tables(folder) -> list:
    return _raw(folder, "SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")


def _digest(folder) -> str:
    return hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()


def _page_plan() -> str:
    sql, params = consultations.query().limit(100).sql()
    return " | ".join(r[-1] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())


def test_after_open_and_close_the_station_has_statistics(tmp_path):
    folder = tmp_path / "station"
    open_station(folder)
    assert db.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() == (1,)
    close_station()
    assert _stat_tables(folder) == [("sqlite_stat1",)]


def test_a_station_without_statistics_gets_them_once_and_lists_read_in_order(tmp_path):
    folder = tmp_path / "station"
    open_station(folder)
    start = dt.datetime(2025, 1, 1, 9, 0)
    Consultation.insert_many([{"number": f"2025{i:06d}", "received_at": start + dt.timedelta(hours=i),
                               "anonymous": True} for i in range(500)]).execute()
    close_station()
    _raw(folder, "DROP TABLE sqlite_stat1")  # a station from before statistics were kept
    open_station(folder)
    rows = dict(db.execute_sql("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'consultation'").fetchall())
    assert rows["consultation_deleted_at"] == "500 500"  # counted, not sampled: every row is undeleted
    # the page of a list walks the received_at index instead of sorting every row
    plan = _page_plan()
    assert "consultation_received_at" in plan and "TEMP B-TREE" not in plan, plan
    close_station()


def test_an_analysed_station_is_not_analysed_again_on_open(tmp_path):
    folder = tmp_path / "station"
    open_station(folder)
    close_station()
    _raw(folder, "INSERT INTO sqlite_stat1 VALUES ('consultation', 'marker', '1 1')")
    open_station(folder)
    assert db.execute_sql("SELECT count(*) FROM sqlite_stat1 WHERE idx = 'marker'").fetchone() == (1,)
    close_station()


def test_a_read_only_open_writes_nothing(tmp_path):
    folder = tmp_path / "station"
    open_station(folder)
    close_station()
    _raw(folder, "DROP TABLE sqlite_stat1")
    before = _digest(folder)
    station = open_station(folder, read_only=True)
    assert station.read_only
    assert consultations.search() == []  # reading works, and gives optimize something to weigh
    close_station()
    assert _digest(folder) == before
    assert _stat_tables(folder) == []
