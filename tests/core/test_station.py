"""Opening a station folder: a new one gets its schema, shipped codes, SQLite pragmas and
subfolders; a second open in the same process and a database newer than the program are refused."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from aidstation.core import codes
from aidstation.core.db import (
    StationDamaged,
    StationLocked,
    StationTooNew,
    close_station,
    db,
    user_version,
)
from aidstation.core.station import open_station


def test_new_station_schema_codes_and_pragmas(station):
    from aidstation.core.migrations import LATEST

    assert user_version() == LATEST
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


def _station(folder):
    open_station(folder)
    close_station()


def test_lock_or_database_that_is_a_folder_is_refused_with_a_reason(tmp_path):
    from aidstation.core.db import StationError

    folder = tmp_path / "s"
    _station(folder)
    (folder / "station.lock").unlink()
    (folder / "station.lock").mkdir()
    with pytest.raises(StationError) as exc:
        open_station(folder)
    assert str(exc.value) == (f"{folder / 'station.lock'} is a folder, not AidStation's lock file: "
                              "move it out of the station folder")
    (folder / "station.lock").rmdir()
    (folder / "station.db").unlink()
    (folder / "station.db").mkdir()
    with pytest.raises(StationError) as exc:
        open_station(folder, read_only=True)
    assert str(exc.value) == (f"{folder / 'station.db'} is a folder, not the station database: "
                              "move it out of the station folder")


def test_read_only_folder_and_unreadable_database_are_refused_with_a_reason(tmp_path, monkeypatch):
    from aidstation.core.db import StationError
    from tests.fixtures import damage

    folder = tmp_path / "s"
    _station(folder)
    with damage.read_only_folder(folder), \
            pytest.raises(StationError, match=r"^the station folder .* cannot be written \("):
        open_station(folder)
    with damage.unreadable_file(folder / "station.db", monkeypatch), \
            pytest.raises(StationError, match=r"station.db cannot be read \(Permission denied\)$"):
        open_station(folder, read_only=True)
    open_station(folder)
    close_station()


def test_check_names_the_schema_version(tmp_path, capsys):
    from aidstation import cli
    from aidstation.core.migrations import LATEST

    folder = tmp_path / "s"
    _station(folder)
    assert cli.main(["--data-dir", str(folder), "check"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (f"ok: schema version {LATEST}; integrity, foreign keys and the audit chain "
                   "(0 events) verified\n")


def test_unfinished_files_are_swept_when_the_station_opens(tmp_path):
    folder = tmp_path / "s"
    _station(folder)
    leftovers = [folder / "exports" / ".2025-01-monthly-k3j2h1.xlsx.part",
                 folder / "documents" / "2025" / ".application-8d7f.pdf.part",
                 folder / "backups" / ".station-20250101-090000.db.part",
                 folder / ".station.db.restore"]
    kept = [folder / "exports" / "2025-01-monthly.xlsx", folder / "exports" / ".keep",
            folder / "documents" / "notes.part"]
    for path in leftovers + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    open_station(folder)
    close_station()
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.exists() for p in kept)


# --- the start-up check (core/db.py): quick_check once a day, and after an unclean close or a
# change of the file while it was closed -------------------------------------------------------
@pytest.fixture
def quick_checks(monkeypatch):
    """The paths station.open_station ran quick_check on, in order."""
    from aidstation.core import station as station_mod

    ran = []
    real = station_mod.check_file

    def spy(path, *args, **kwargs):
        ran.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(station_mod, "check_file", spy)
    return ran


def _reopen(folder, **kwargs):
    st = open_station(folder, **kwargs)
    close_station()
    return st


def test_quick_check_runs_once_a_day_after_clean_closes(tmp_path, quick_checks):
    import json

    from aidstation.core.db import CLEAN_NAME

    folder = tmp_path / "s"
    _station(folder)  # a new station: checked
    assert quick_checks == ["station.db"]
    assert json.loads((folder / CLEAN_NAME).read_text())["quick_check"] == dt.date.today().isoformat()
    for _ in range(2):
        _reopen(folder)
    _reopen(folder, read_only=True)
    assert quick_checks == ["station.db"]  # the same day, the file as the clean close left it
    # the next day checks again, once
    marker = json.loads((folder / CLEAN_NAME).read_text())
    marker["quick_check"] = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    (folder / CLEAN_NAME).write_text(json.dumps(marker))
    _reopen(folder, read_only=True)  # a read-only open checks but records nothing
    _reopen(folder)
    _reopen(folder)
    assert quick_checks == ["station.db"] * 3


def test_quick_check_runs_after_an_unclean_close(tmp_path, quick_checks):
    from aidstation.core import db as dbmod
    from aidstation.core.db import CLEAN_NAME

    folder = tmp_path / "s"
    _station(folder)
    st = open_station(folder)
    assert not (folder / CLEAN_NAME).exists()  # while open, a crash leaves no clean close behind
    dbmod.db.close()  # the process dies: no close_station
    st._lock.release()
    dbmod._current = None
    _reopen(folder)
    _reopen(folder)
    assert quick_checks == ["station.db", "station.db"]


def test_quick_check_runs_when_the_file_changed_while_closed(tmp_path, quick_checks):
    """Written by another program right after the close, even to the same size within the file
    system's clock tick: the start checks, and so finds the damage."""
    from tests.fixtures import damage

    folder = tmp_path / "s"
    _station(folder)
    path = folder / "station.db"
    path.write_bytes(path.read_bytes())  # the same bytes, written again at once
    _reopen(folder)
    assert quick_checks == ["station.db", "station.db"]
    damage.break_schema_text(path)  # same size: quick_check raises on it
    with pytest.raises(StationDamaged):
        open_station(folder)
    st = _reopen(folder, read_only=True)
    assert st.problem.startswith("station.db: malformed database schema")
    assert quick_checks == ["station.db"] * 4
    # a WAL that was never checkpointed means a connection did not close cleanly either
    damage_free = tmp_path / "t"
    _station(damage_free)
    (damage_free / "station.db-wal").write_bytes(b"\0" * 32)
    _reopen(damage_free, read_only=True)
    assert quick_checks == ["station.db"] * 6


def test_a_newer_database_names_the_program_to_install(tmp_path):
    """Each writable open records the newest program that opened the station; an older
    program then says which one to install (issue 19)."""
    from aidstation import __version__
    from aidstation.core import migrations

    folder = tmp_path / "s"
    open_station(folder)
    close_station()
    con = sqlite3.connect(folder / "station.db")
    assert con.execute("SELECT value FROM setting WHERE key = 'program.version'").fetchone() == (__version__,)
    con.execute("UPDATE setting SET value = '3.2.10' WHERE key = 'program.version'")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(StationTooNew) as refused:
        open_station(folder)
    assert str(refused.value).endswith("install AidStation 3.2.10 or newer")
    # an older program opening a station (its version below the recorded one) keeps the record
    con = sqlite3.connect(folder / "station.db")
    con.execute(f"PRAGMA user_version = {migrations.LATEST}")
    con.commit()
    con.close()
    open_station(folder)
    close_station()
    con = sqlite3.connect(folder / "station.db")
    assert con.execute("SELECT value FROM setting WHERE key = 'program.version'").fetchone() == ("3.2.10",)
    con.close()
