"""A damaged station.db is damaged, never new: an empty file, one that is not SQLite, one without
the AidStation tables, one whose schema text makes quick_check itself raise. Only a missing file
makes a new station; a damaged one refuses the commands that would read zeros from it, never
backs up into the rotation, and always takes a restore of a good backup."""
from __future__ import annotations

import sqlite3

import pytest

from aidstation import cli
from aidstation.core import backup, records
from aidstation.core.db import StationDamaged, StationError, close_station
from aidstation.core.station import has_station, open_station
from tests.fixtures import damage


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _foreign_sqlite(path):
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()


DAMAGES = {
    "empty": (lambda p: p.write_bytes(b""), "station.db: the file is empty (0 bytes)"),
    "not sqlite": (lambda p: p.write_text("these are not the records you are looking for\n" * 200),
                   "station.db: file is not a database"),
    "no schema": (_foreign_sqlite, "station.db: not an AidStation database (schema version 0, 6 of its tables missing)"),
}


@pytest.mark.parametrize("kind", list(DAMAGES))
def test_an_existing_database_without_our_schema_is_damaged_never_new(tmp_path, capsys, kind):
    folder = tmp_path / "st"
    good = damage.station_with_records(folder)
    db_file = folder / "station.db"
    make, problem = DAMAGES[kind]
    make(db_file)
    before = db_file.read_bytes()
    assert has_station(folder)

    with pytest.raises(StationDamaged) as exc:
        open_station(folder, create=False)
    assert str(exc.value) == f"the station database is damaged ({problem})"
    with pytest.raises(StationDamaged):
        open_station(folder)  # create=True does not rebuild it either
    assert db_file.read_bytes() == before

    # the commands say so in one line instead of printing zeros or an empty station
    code, out, err = run(capsys, "--data-dir", str(folder), "totals", "2025-01")
    assert (code, out) == (1, "")
    assert err == f"aidstation totals: the station database is damaged ({problem})\n"
    code, out, err = run(capsys, "--data-dir", str(folder), "check")
    assert (code, out, err) == (1, "", f"aidstation check: {problem}\n")
    code, out, err = run(capsys, "--data-dir", str(folder), "backup")
    assert code == 1 and err.startswith(f"aidstation backup: the station database is damaged ({problem}); "
                                        "no backup was written")
    code, out, err = run(capsys, "--data-dir", str(folder), "init", "--name", "x", "--code", "X1", "--admin", "boss")
    assert (code, err) == (1, f"aidstation init: {folder} already holds a station; choose another --data-dir\n")
    assert db_file.read_bytes() == before
    # the day's good backup is still there, alone
    assert [p.name for p in (folder / "backups").glob("*.db")] == [good.name]

    st = open_station(folder, read_only=True)
    assert st.read_only and st.problem == problem
    close_station()
    code, out, err = run(capsys, "--data-dir", str(folder), "restore", str(good))
    assert (code, err) == (0, "")
    st = open_station(folder)
    try:
        assert not st.read_only and backup.check() == []
        from aidstation.core.models import Person

        assert Person.select().count() == 60
    finally:
        close_station()


def test_only_a_missing_database_makes_a_new_station(tmp_path):
    folder = tmp_path / "new"
    assert not has_station(folder)
    with pytest.raises(StationError, match="no station in"):
        open_station(folder, create=False)
    st = open_station(folder)
    assert st.db_path.is_file() and not st.read_only
    close_station()


def test_a_killed_creation_leaves_no_station_behind(tmp_path, monkeypatch):
    """The new database is built under a temporary name: killed half-way, the folder still has
    no station.db, so the next start runs the wizard again instead of finding a damaged file."""
    folder = tmp_path / "st"
    real = backup.upgrade

    def killed(station, *, existed):
        real(station, existed=existed)
        raise KeyboardInterrupt  # the process dies after the tables, before the move

    monkeypatch.setattr(backup, "upgrade", killed)
    with pytest.raises(KeyboardInterrupt):
        open_station(folder)
    assert not has_station(folder)
    assert (folder / ".station.db.new").exists()
    monkeypatch.setattr(backup, "upgrade", real)
    st = open_station(folder)
    try:
        assert backup.check() == []
        assert not (folder / ".station.db.new").exists()
    finally:
        close_station()
        del st


def test_quick_check_raising_unicode_error_is_damage_and_restore_works(tmp_path, capsys):
    folder = tmp_path / "st"
    good = damage.station_with_records(folder)
    db_file = folder / "station.db"
    damage.break_schema_text(db_file)
    assert damage.quick_check_raises(db_file) is UnicodeDecodeError

    with pytest.raises(StationDamaged) as exc:
        open_station(folder)
    assert str(exc.value).startswith("the station database is damaged (station.db: malformed database schema (")
    for argv in (["check"], ["totals", "2025-01"], ["backup"]):
        code, _, err = run(capsys, "--data-dir", str(folder), *argv)
        assert code == 1 and err.count("\n") == 1, err
        assert "unexpected error" not in err and "malformed database schema" in err, err
    # a restore of the good backup works, as the system (command line) and as an administrator
    # whose account was read before the damage (the damaged user table cannot say who is one)
    st = open_station(folder, read_only=True)
    assert st.problem.startswith("station.db: malformed database schema (")
    safety = backup.restore(good, user=records.system("test"))
    assert safety.name.startswith("pre-restore-damaged-")
    assert backup.check() == []
    close_station()

    from aidstation.core import accounts

    open_station(folder)
    admin = accounts.get_user("admin")
    close_station()
    damage.break_schema_text(db_file)
    open_station(folder, read_only=True)
    try:
        backup.restore(good, user=admin)
        assert backup.check() == []
        assert not backup.health().damage
    finally:
        close_station()


def test_a_damaged_or_empty_station_is_never_backed_up(tmp_path):
    folder = tmp_path / "st"
    damage.station_with_records(folder)
    (folder / "station.db").write_bytes(b"")
    open_station(folder, read_only=True)
    try:
        with pytest.raises(backup.BackupError, match="not an AidStation database"):
            backup.make_backup()
        assert backup.health().backup_failed.startswith("the station database is not an AidStation database")
        assert len(backup.list_backups()) == 1
    finally:
        close_station()


def test_index_damage_is_found_reported_and_repaired(tmp_path):
    """quick_check misses a damaged index; the full check finds it, fully verified backups (the
    daily one) fail and say so, a quick one is written but leaves the damage on the desk's
    banner, and REINDEX (administrators only, audited) repairs it."""
    from aidstation.core import accounts
    from aidstation.core.models import AuditEvent

    folder = tmp_path / "st"
    damage.station_with_records(folder).unlink()  # no backup of today: the daily one is due
    damage.break_index(folder / "station.db")
    st = open_station(folder)  # quick_check passes: it opens read-write
    try:
        assert not st.read_only and backup.health() == backup.Health()
        assert backup.check_integrity() == "station.db: row 5 missing from index person_name"
        assert backup.health().damage == "station.db: row 5 missing from index person_name"
        with pytest.raises(backup.BackupError, match="row 5 missing from index person_name"):
            backup.backup_if_due()
        assert "row 5 missing from index person_name" in backup.health().backup_failed
        with pytest.raises(backup.BackupDamaged, match="row 5 missing from index person_name"):
            backup.make_backup(tmp_path / "full.db", full=True)
        assert not (tmp_path / "full.db").exists()
        # quick-verified: every row is in it (REINDEX after a restore repairs it); the damage stays noted
        quick = backup.make_backup(tmp_path / "quick.db")
        assert backup.health().damage == "station.db: row 5 missing from index person_name"
        con = sqlite3.connect(quick)
        assert con.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 60
        con.close()
        clerk = accounts.create_user("clerk", "Clerk", "clerk", damage.ADMIN_PASSWORD,
                                     user=records.system("test"))
        with pytest.raises(backup.BackupError, match="only an administrator can repair the database"):
            backup.reindex(user=clerk)
        assert backup.reindex(user=accounts.get_user("admin")) == ""
        assert backup.health().damage == ""
        last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
        assert (last.action, last.username, last.detail) == ("repair", "admin", "indexes rebuilt (REINDEX)")
        assert backup.check() == []
        backup.make_backup()
        assert backup.health() == backup.Health()
    finally:
        close_station()


def test_reindex_refused_on_a_read_only_station(tmp_path):
    folder = tmp_path / "st"
    damage.station_with_records(folder)
    open_station(folder, read_only=True)
    try:
        with pytest.raises(backup.BackupError, match="read-only"):
            backup.reindex(user=records.system("test"))
    finally:
        close_station()


def test_a_damaged_index_is_never_migrated(tmp_path, monkeypatch):
    """The verified backup before a migration finds what quick_check missed: the file is not
    migrated but reported damaged, and still opens read-only for a restore."""
    from aidstation.core import migrations

    folder = tmp_path / "st"
    damage.station_with_records(folder)
    damage.break_index(folder / "station.db")
    steps = []
    nxt = migrations.LATEST + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(nxt, lambda: steps.append(nxt))])
    monkeypatch.setattr(migrations, "LATEST", nxt)
    with pytest.raises(StationDamaged) as exc:
        open_station(folder)
    assert exc.value.problem == "station.db: row 5 missing from index person_name"
    assert str(exc.value).endswith("; it was not upgraded")
    assert steps == []
    st = open_station(folder, read_only=True)
    assert st.read_only
    close_station()
