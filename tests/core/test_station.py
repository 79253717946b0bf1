"""Opening a station folder: a new one gets its schema, shipped codes, SQLite pragmas and
subfolders; a second open in the same process and a database newer than the program are refused."""
from __future__ import annotations

import sqlite3

import pytest

from aidstation.core import codes
from aidstation.core.db import (
    StationLocked,
    StationTooNew,
    close_station,
    db,
    user_version,
)
from aidstation.core.station import open_station


def test_new_station_schema_codes_and_pragmas(station):
    assert user_version() == 1
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert codes.active_codes("channel") == ["visit", "phone", "hotline", "letter", "online", "home"]
    assert codes.label("group", "migrant", "zh") == "农民工"
    assert codes.label("group", "migrant", "en") == "Migrant worker"
    assert codes.lookup("matter", "劳动报酬") == "wages"
    assert codes.lookup("matter", "unpaid WAGES") == "wages"
    for sub in ("backups", "exports", "documents"):
        assert (station.folder / sub).is_dir()


def test_second_open_in_same_process_is_refused(tmp_path):
    from aidstation.core.db import _FolderLock

    open_station(tmp_path / "s")
    try:
        with pytest.raises(StationLocked, match="already open"):
            _FolderLock(tmp_path / "s" / "station.lock")
    finally:
        close_station()


def test_newer_database_refused(tmp_path):
    folder = tmp_path / "s"
    open_station(folder)
    close_station()
    con = sqlite3.connect(folder / "station.db")
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(StationTooNew, match="version 99"):
        open_station(folder)
    # read-only still opens it for looking
    st = open_station(folder, read_only=True)
    assert st.read_only
    close_station()
