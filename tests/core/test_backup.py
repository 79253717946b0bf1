"""Backups: verified copies, rotation, restore (safety copy first, refusals), the health check."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from aidstation.core import backup, people, records
from aidstation.core.db import current_station, db
from aidstation.core.models import AuditEvent, Person


def _counts(path):
    con = sqlite3.connect(path)
    try:
        return backup._table_counts(con)
    finally:
        con.close()


def _add_people(n, start=0):
    for i in range(n):
        people.create(name=f"测试{start + i}", user=records.system("test"))


def test_make_backup_is_verified_single_file(station):
    _add_people(3)
    path = backup.make_backup()
    assert path.parent == station.folder / "backups"
    assert path.name.startswith("station-") and path.suffix == ".db"
    assert not list(path.parent.glob("*.part"))
    live = backup._table_counts(db.connection())
    assert _counts(path) == live
    assert live["person"] == 3
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert backup.inspect(path) == ""
    assert [b.path for b in backup.list_backups()] == [path]
    assert backup.list_backups()[0].kind == "station"


def test_backup_to_explicit_target(station, tmp_path):
    _add_people(2)
    target = tmp_path / "usb" / "copy.db"
    assert backup.make_backup(target) == target
    assert _counts(target)["person"] == 2
    assert backup.list_backups() == []


def test_two_backups_in_one_second_do_not_collide(station):
    a = backup.make_backup()
    b = backup.make_backup()
    assert a != b and b.exists()
    # only the newest backup of a day is kept by rotation
    assert [i.path for i in backup.list_backups()] == [b]


def test_rotation_keeps_30_daily_and_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    day = dt.date(2024, 1, 1)
    while day <= dt.date(2025, 3, 31):
        for hour in (9, 17):
            (folder / f"station-{day:%Y%m%d}-{hour:02d}0000.db").write_bytes(b"x")
        day += dt.timedelta(days=1)
    for i in range(12):
        (folder / f"pre-restore-202501{i + 1:02d}-100000.db").write_bytes(b"x")
    (folder / "my-own-copy.db").write_bytes(b"x")
    backup.rotate_backups(folder)
    names = sorted(p.name for p in folder.glob("station-*.db"))
    daily = [f"station-{d:%Y%m%d}-170000.db"
             for d in (dt.date(2025, 3, 2) + dt.timedelta(days=i) for i in range(30))]
    month_ends = ["20240430", "20240531", "20240630", "20240731", "20240831", "20240930",
                  "20241031", "20241130", "20241231", "20250131", "20250228"]
    assert names == sorted(daily + [f"station-{d}-170000.db" for d in month_ends])
    assert len(names) == 41
    assert sorted(p.name for p in folder.glob("pre-restore-*.db")) == [
        f"pre-restore-202501{i:02d}-100000.db" for i in range(3, 13)]
    assert (folder / "my-own-copy.db").exists()


def test_backup_if_due_once_a_day(station):
    first = backup.backup_if_due()
    assert first is not None
    assert backup.backup_if_due() is None


def test_restore_round_trip_with_safety_copy(station, admin):
    _add_people(3)
    saved = backup.make_backup()
    saved_counts = _counts(saved)
    _add_people(2, start=10)
    safety = backup.restore(saved, user=admin)
    assert safety.name.startswith("pre-restore-")
    assert _counts(safety)["person"] == 5
    now_counts = backup._table_counts(db.connection())
    assert now_counts["person"] == 3
    assert {k: v for k, v in now_counts.items() if k != "audit_event"} == \
        {k: v for k, v in saved_counts.items() if k != "audit_event"}
    assert now_counts["audit_event"] == saved_counts["audit_event"] + 1
    last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (last.action, last.username, last.detail) == ("restore", "admin", f"database restored from {saved.name}")
    assert backup.check() == []
    # the station is open for writing again
    people.create(name="恢复后", user=admin)
    assert Person.select().count() == 4


def test_restore_refuses_bad_files_and_changes_nothing(station, tmp_path, admin):
    _add_people(2)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    newer = tmp_path / "newer.db"
    backup.make_backup(newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    for path, reason in [(garbage, "garbage.db is "), (foreign, "foreign.db is not an AidStation database"),
                         (newer, "newer.db was written by a newer AidStation (version 99)"),
                         (tmp_path / "missing.db", "missing.db does not exist")]:
        with pytest.raises(backup.BackupError) as exc:
            backup.restore(path, user=admin)
        assert reason in str(exc.value)
    assert Person.select().count() == 2
    assert list((station.folder / "backups").glob("pre-restore-*")) == []


def test_restore_needs_admin(station, tmp_path):
    from aidstation.core.models import User

    saved = backup.make_backup(tmp_path / "b.db")
    clerk = User.create(username="c", role="clerk", password_hash="x")
    with pytest.raises(backup.BackupError):
        backup.restore(saved, user=clerk)


def test_restore_onto_damaged_station(tmp_path):
    from aidstation.core.db import StationDamaged, close_station
    from aidstation.core.station import open_station

    folder = tmp_path / "st"
    open_station(folder)
    _add_people(4)
    saved = backup.make_backup(tmp_path / "good.db")
    close_station()
    db_path = folder / "station.db"
    size = db_path.stat().st_size
    with open(db_path, "r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(StationDamaged):
        open_station(folder)
    st = open_station(folder, read_only=True)
    assert st.problem
    safety = backup.restore(saved, user=records.system("restore"))
    assert safety.name.startswith("pre-restore-damaged-")
    assert current_station().read_only is False
    assert Person.select().count() == 4
    assert backup.check() == []
    close_station()


def test_check_reports_foreign_keys_triggers_and_chain(station):
    assert backup.check() == []
    _add_people(3)
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("INSERT INTO consultation (number, received_at, channel, person_id, anonymous, "
                   "identity_refused, matter, question, advice, disposition, referred_to, "
                   "documents_drafted, minutes, created_at, updated_at) VALUES "
                   "('2025010101', '2025-01-01 09:00:00', 'visit', 999, 0, 0, 'other', 'q', '', "
                   "'answered', '', 0, 0, '2025-01-01', '2025-01-01')")
    db.execute_sql("PRAGMA foreign_keys = ON")
    problems = backup.check()
    assert problems == ["foreign key check: consultation row 1 refers to a missing person row"]
    db.execute_sql("DELETE FROM consultation")
    db.execute_sql("DROP TRIGGER audit_event_no_update")
    db.execute_sql("UPDATE audit_event SET action = 'read' WHERE id = 2")
    assert backup.check() == [
        "audit log: its append-only protection was removed",
        "audit chain broken at audit event 2: its content was changed after it was written",
    ]


def test_migration_takes_a_verified_backup_first(tmp_path, monkeypatch):
    from aidstation.core import migrations
    from aidstation.core.db import close_station, user_version
    from aidstation.core.station import open_station

    folder = tmp_path / "st"
    open_station(folder)
    _add_people(2)
    close_station()
    steps = []
    now, nxt = migrations.LATEST, migrations.LATEST + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(nxt, lambda: steps.append(nxt))])
    monkeypatch.setattr(migrations, "LATEST", nxt)
    open_station(folder)
    try:
        assert steps == [nxt] and user_version() == nxt
        made = list((folder / "backups").glob(f"pre-migration-v{now}-*.db"))
        assert len(made) == 1
        assert _counts(made[0])["person"] == 2
        con = sqlite3.connect(made[0])
        assert con.execute("PRAGMA user_version").fetchone()[0] == now
        con.close()
    finally:
        close_station()


def _backup_of(tmp_path, name, people_count):
    """A real, verified backup of a station holding `people_count` persons."""
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    open_station(tmp_path / f"src-{name}")
    try:
        _add_people(people_count)
        return backup.make_backup(tmp_path / "made" / name)
    finally:
        close_station()


def test_rotation_never_removes_the_newest_good_backup(tmp_path):
    """Forty days of unusable copies (empty, garbage, a foreign database) after the last good
    one: rotation keeps the good one however old it gets."""
    folder = tmp_path / "backups"
    folder.mkdir()
    good = folder / "station-20250101-170000.db"
    _backup_of(tmp_path, "good.db", 5).replace(good)
    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    day = dt.date(2025, 1, 2)
    unusable = [b"", b"garbage" * 100, foreign.read_bytes()]
    for i in range(40):
        (folder / f"station-{day:%Y%m%d}-170000.db").write_bytes(unusable[i % 3])
        day += dt.timedelta(days=1)
    removed = backup.rotate_backups(folder)
    assert good.exists() and good not in removed
    # the other bad ones rotate as before: 30 days kept (Jan 12 to Feb 10), the ten before go
    assert sorted(p.name for p in removed) == [
        f"station-202501{d:02d}-170000.db" for d in range(2, 12)]
    assert backup.newest_good(backup.list_backups(folder)).path == good


def test_rotation_keeps_both_when_the_replacement_has_far_fewer_rows(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    full = folder / "station-20250301-090000.db"
    _backup_of(tmp_path, "full.db", 300).replace(full)
    small = folder / "station-20250301-170000.db"
    _backup_of(tmp_path, "small.db", 0).replace(small)
    backup.rotate_backups(folder)
    assert full.exists() and small.exists()
    # a replacement with about as many rows replaces it as before
    later = folder / "station-20250302-090000.db"
    _backup_of(tmp_path, "later-a.db", 300).replace(later)
    latest = folder / "station-20250302-170000.db"
    _backup_of(tmp_path, "later-b.db", 290).replace(latest)
    backup.rotate_backups(folder)
    assert latest.exists() and not later.exists()
    assert full.exists() and small.exists()


def test_backup_failure_and_success_are_noted_for_the_desk(station):
    heard = []
    backup.subscribe(heard.append)
    try:
        (station.folder / "backups").rmdir()
        (station.folder / "backups").write_text("not a folder")
        with pytest.raises(backup.BackupError, match="backups folder"):
            backup.backup_if_due()
        assert backup.health().backup_failed.startswith("the backups folder")
        (station.folder / "backups").unlink()
        backup.make_backup(station.folder / "elsewhere.db")  # not into backups/: changes nothing
        assert backup.health().backup_failed
        backup.make_backup()
        assert backup.health() == backup.Health()
        assert [bool(h.backup_failed) for h in heard] == [True, False]
    finally:
        backup.unsubscribe(heard.append)


def _copy_head(path):
    """(events, hash of the last) of the audit chain in the backup at `path`."""
    con = sqlite3.connect(path)
    try:
        return backup._audit_head(con)
    finally:
        con.close()


def test_backup_reports_progress_step_by_step(station, monkeypatch):
    _add_people(30)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(backup, "STEP_PAGES", 5)
    heard = []
    path = backup.make_backup(progress=lambda done, total, text="": heard.append((done, total)))
    total = pages * 2  # copying, then verifying by quick_check (weighed as much as the copy)
    steps = -(-pages // 5)
    assert heard == [(min(5 * i, pages), total) for i in range(1, steps + 1)] + [(total, total)]
    assert backup.inspect(path) == ""
    # the daily backup is fully verified (weighed four times the copy) and reports the same way
    heard.clear()
    for item in backup.list_backups():
        item.path.unlink()
    assert backup.backup_if_due(progress=lambda done, total, text="": heard.append((done, total)))
    assert heard[0] == (5, pages * 5) and heard[-1] == (pages * 5, pages * 5)


def test_a_backup_copies_through_a_small_page_cache_and_gives_the_station_its_own_back(station, monkeypatch):
    """Each page passes once through the source connection's cache, which a copy never reads
    again: at the station's 16 MB (an encrypted one's 128 MB) the day's backup would hold all
    of it while the clerk works."""
    _add_people(30)
    before = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    monkeypatch.setattr(backup, "STEP_PAGES", 5)
    during = []
    backup.make_backup(progress=lambda done, total, text="": during.append(
        db.execute_sql("PRAGMA cache_size").fetchone()[0]))
    assert before == -16000
    assert len(during) > 2 and backup.COPY_CACHE == -512
    assert set(during[:-1]) == {backup.COPY_CACHE}  # each step of the copy
    assert during[-1] == before  # the last report comes once the copy is verified
    assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == before


def test_backup_on_a_worker_connection_while_the_desk_writes_is_one_snapshot(station, monkeypatch):
    """The desk backs up on a worker thread with its own connection while the GUI thread keeps
    saving (WAL): the copy is the station as it was when the backup began, whole and consistent,
    its audit anchor is the copy's own head, and the copy is never restarted by the writes."""
    import threading

    from aidstation.core import audit

    _add_people(40)
    before = backup._table_counts(db.connection())
    head_before = audit.head()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(backup, "STEP_PAGES", 4)
    stepped, written = threading.Event(), threading.Event()
    steps, outcome = [], {}

    def progress(done, total, text=""):
        steps.append(done)
        if done < pages and len(steps) < 100:  # between two steps: let the desk save a record
            stepped.set()
            assert written.wait(10)
            written.clear()

    def worker():
        db.connect(reuse_if_open=True)  # the worker's own connection, as kit.tasks opens it
        try:
            outcome["path"] = backup.make_backup(progress=progress)
        except Exception as exc:  # noqa: BLE001 - reported to the test below
            outcome["error"] = exc
        finally:
            db.close()
            stepped.set()

    thread = threading.Thread(target=worker)
    thread.start()
    saved = 0
    while True:
        assert stepped.wait(10)
        stepped.clear()
        if not thread.is_alive() or outcome:
            break
        people.create(name=f"写入{saved}", user=records.system("test"))  # the GUI thread saves
        saved += 1
        written.set()
    thread.join(10)
    assert "error" not in outcome, outcome.get("error")
    path = outcome["path"]
    copy_steps = -(-pages // 4)
    assert saved == copy_steps - 1 >= 3  # a save between every two steps of the copy
    assert steps[:copy_steps] == [min(4 * i, pages) for i in range(1, copy_steps + 1)]  # no restart
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    con.close()
    assert _counts(path) == before  # the snapshot of the start, none of the saves
    assert backup._table_counts(db.connection())["person"] == 40 + saved
    anchor = audit.read_anchors(path.parent)[0]
    assert (anchor.events, anchor.head) == head_before == _copy_head(path)
    assert audit.head()[0] == head_before[0] + saved


def test_a_short_copy_is_refused(station, monkeypatch):
    """A copy missing rows (well-formed, so quick_check passes it) or missing pages is never
    kept, and the desk hears why."""
    _add_people(20)
    real = backup._copy

    def lose_rows(source, target, progress=None, **kwargs):
        snapshot = real(source, target, progress, **kwargs)
        con = sqlite3.connect(target)
        con.execute("DELETE FROM person WHERE id > 15")
        con.commit()
        con.close()
        return snapshot

    def lose_pages(source, target, progress=None, **kwargs):
        snapshot = real(source, target, progress, **kwargs)
        with open(target, "r+b") as fh:
            fh.truncate(target.stat().st_size - 4096)
        return snapshot

    for fake, reason in ((lose_rows, "the copy does not hold the same rows as the station (tables: person)"),
                         (lose_pages, "database disk image is malformed")):
        monkeypatch.setattr(backup, "_copy", fake)
        with pytest.raises(backup.BackupError) as exc:
            backup.make_backup()
        assert reason in str(exc.value)
        assert backup.health().backup_failed
        assert list((station.folder / "backups").iterdir()) == []
    monkeypatch.setattr(backup, "_copy", real)
    assert _counts(backup.make_backup())["person"] == 20
    assert backup.health() == backup.Health()
