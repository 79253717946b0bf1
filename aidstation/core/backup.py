"""Backups through SQLite's online backup API, verified, rotated; restore; the health check.

Backups live in the station's `backups/` folder as `station-YYYYMMDD-HHMMSS.db`; rotation
keeps the newest of each of the 30 most recent days and of the 12 most recent months. Safety
copies (`pre-restore-…`, `pre-migration-…`) are kept apart, the newest 10 of each. Every copy
is taken from one read transaction of the live database (a consistent snapshot, however much
another connection writes meanwhile) and verified after writing (see `_verify`): `quick_check`
of the copy, or the full `integrity_check` for the daily backup and the one before a migration.
A backup file is a single self-contained file (rollback journal, not WAL).
Rotation never removes the newest good backup (intact, with the AidStation tables), and a
backup that holds far fewer rows than the one it would replace is kept beside it, not instead.

`health()` is what the desk must keep showing until it is put right: damage the last full
integrity check found (`check_integrity()`, run in the background after start, and the daily
backup's verification) and why the last backup into backups/ failed. Listeners
(`subscribe`) hear every change of it, in the thread that made it.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from aidstation.core import audit, keys
from aidstation.core import db as dbmod
from aidstation.core.db import (
    DB_NAME,
    PRAGMAS,
    StationError,
    connect_file,
    current_station,
    db,
    error_text,
)

log = logging.getLogger(__name__)

KEEP_DAILY = 30
KEEP_MONTHLY = 12
KEEP_SAFETY = 10
# A backup holding fewer than this share of the rows of the one it would replace keeps both.
FAR_FEWER = 0.5
PREFIX = "station"
_STAMP = re.compile(r"(\d{8})-(\d{6})(?:-(\d+))?")
# Tables every AidStation database has; a file without them is not a station backup.
REQUIRED_TABLES = {"setting", "user", "audit_event", "code", "person", "consultation"}
_ROTATED = (PREFIX, "pre-restore", "pre-migration")


SQLITE_HEADER = b"SQLite format 3\x00"


def file_key(path: Path) -> bytes | None:
    """The key to read the database file at `path` with: none for a plain file (it starts with
    SQLite's header), the open station's data key for an encrypted one (a backup of this very
    station; a file encrypted with another key then fails to read, as a foreign file does)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                return None
    except OSError:
        return None
    return db.key


class BackupError(StationError):
    """A backup that could not be written or verified, or a file that cannot be restored."""


class BackupDamaged(BackupError):
    """The copy failed its integrity check: the station itself has `problem`."""

    def __init__(self, message: str, problem: str):
        super().__init__(message)
        self.problem = problem


# --- health --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Health:
    """What the clerk must be told until it is put right ('' = nothing to tell)."""

    damage: str = ""  # what the last full integrity check of the open station found
    backup_failed: str = ""  # why the last backup into backups/ failed


_health = Health()
_listeners: list[Callable[[Health], None]] = []
_health_lock = threading.Lock()


def health() -> Health:
    return _health


def subscribe(listener: Callable[[Health], None]) -> None:
    """Call `listener(health)` whenever the health changes (in the thread that changed it)."""
    with _health_lock:
        if listener not in _listeners:
            _listeners.append(listener)


def unsubscribe(listener: Callable[[Health], None]) -> None:
    with _health_lock:
        if listener in _listeners:
            _listeners.remove(listener)


def _note(**fields) -> None:
    global _health
    with _health_lock:
        new = replace(_health, **fields)
        if new == _health:
            return
        _health = new
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(new)
        except Exception:  # a broken listener must not break a backup
            log.exception("health listener failed")


def reset_health() -> None:
    """A station was just opened: nothing is known about it yet."""
    _note(damage="", backup_failed="")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    kind: str  # station | pre-restore | pre-migration | other
    size: int
    seq: int = 1  # 2, 3 ... for a second backup within the same second

    @property
    def name(self) -> str:
        return self.path.name


def _table_names(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _table_counts(con: sqlite3.Connection) -> dict[str, int]:
    # a virtual table (the FTS5 search index) is skipped: its rows live in its shadow tables,
    # which are counted, and counting it walks the whole index (25 ms at 200k)
    virtual = {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")}
    return {n: con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]
            for n in _table_names(con) if n not in virtual}


def _integrity(con: sqlite3.Connection, pragma: str = "integrity_check") -> str:
    """'' when ok, else the problem in one line."""
    rows = con.execute(f"PRAGMA {pragma}").fetchall()
    text = "; ".join(str(r[0]) for r in rows[:5])
    return "" if text == "ok" else text


def _schema_problem(tables) -> str:
    """'' when `tables` (names) include every AidStation table, else what is wrong."""
    missing = REQUIRED_TABLES - set(tables)
    if not missing:
        return ""
    if not tables:
        return "it holds no tables at all"
    return f"it lacks the tables {', '.join(sorted(missing))}"


# Pages copied per step of the online backup: 8 MB at SQLite's 4 KiB pages, about 19 steps at
# 200k records, each reported to `progress`.
STEP_PAGES = 2048
# Rough cost of verifying a copy in units of copying it (200k records: copy 0.3 s, quick_check
# 0.3 s, integrity_check 1.3 s), so a progress bar moves evenly through both.
_VERIFY_WEIGHT = {False: 1, True: 4}


@dataclass(frozen=True)
class _Snapshot:
    """What the copy must hold: the source's rows per table, pages, and audit chain head."""

    counts: dict[str, int]
    pages: int
    audit_head: tuple[int, str] | None


# The source's page cache while it is copied (as PRAGMA cache_size: KiB when negative).
COPY_CACHE = -512


def _copy(source: sqlite3.Connection, target: Path, progress=None, *,
          audit_head: bool = False, key: bytes | None = None) -> _Snapshot:
    """Online backup of `source` into a fresh single file at `target`; returns the snapshot the
    copy holds.

    The counts, the page count, the chain head and every step of the copy are read in one read
    transaction of `source`: in WAL mode it is a fixed snapshot, so a desk writing on its own
    connection meanwhile neither changes what is copied nor restarts the copy (SQLite restarts a
    stepped backup whenever another connection writes the source between two steps, which
    under a steady writer would never finish). The copy of an encrypted station is encrypted
    with the same `key` (SQLCipher's backup copies between databases of one key only)."""
    if target.exists():
        target.unlink()
    own = not source.in_transaction
    # Every page passes once through the source's page cache, which a copy never reads again:
    # at the station's own size (16 MB, an encrypted one's 128 MB) the day's backup would fill
    # it while the clerk works, so it copies through a small one and gives the room back.
    cache = source.execute("PRAGMA cache_size").fetchone()[0]
    source.execute(f"PRAGMA cache_size = {COPY_CACHE}")
    if own:
        source.execute("BEGIN")
    try:
        counts = _table_counts(source)  # the first read fixes the snapshot
        pages = source.execute("PRAGMA page_count").fetchone()[0]
        head = _audit_head(source) if audit_head and "audit_event" in counts else None
        dest = connect_file(target, key)
        try:
            step = None
            if progress is not None:
                def step(_status, remaining, total):
                    progress(total - remaining, total)
            source.backup(dest, pages=STEP_PAGES, progress=step)
            dest.execute("PRAGMA journal_mode=DELETE")
            dest.commit()
        finally:
            dest.close()
    finally:
        if own and source.in_transaction:
            source.execute("COMMIT")  # a read transaction: nothing to commit but the end
        source.execute(f"PRAGMA cache_size = {int(cache)}")
    return _Snapshot(counts, pages, head)


def _audit_head(con: sqlite3.Connection) -> tuple[int, str]:
    """(events, hash of the last) of the chain as `con` sees it (audit.head() on the snapshot)."""
    count, top = con.execute("SELECT COUNT(*), MAX(id) FROM audit_event").fetchone()
    if not count:
        return 0, ""
    return int(count), con.execute("SELECT hash FROM audit_event WHERE id = ?", (top,)).fetchone()[0]


def _verify(path: Path, expected: _Snapshot, *, full: bool = False, key: bytes | None = None) -> None:
    """Refuse a copy that is damaged or short.

    `quick_check` reads every page of the copy and checks each b-tree's structure, so a torn,
    truncated or garbled copy fails it; it does not compare indexes with their tables (a
    damaged index, which the backup API copies page for page from a station that has one).
    That needs `integrity_check` (4× as long): `full` runs it, for the daily backup and the one
    before a migration; a quick-verified copy of a station with a damaged index still holds every
    row, and REINDEX after restoring it repairs the index. The page count and every table's
    COUNT(*) (6 ms at 200k records: SQLite counts b-tree cells without reading rows) are then
    compared with the snapshot the copy was taken from: a copy that is well-formed but short
    (fewer pages, a table that lost rows) is refused too, whatever quick_check thinks of it.
    """
    con = connect_file(path, key, read_only=True)
    try:
        problem = _integrity(con, "integrity_check" if full else "quick_check")
        if problem:
            raise BackupDamaged(f"the copy failed its integrity check, so the database it was "
                                f"copied from is damaged: {problem}", problem)
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        counts = _table_counts(con)
    finally:
        con.close()
    if pages != expected.pages:
        raise BackupError(f"the copy is short: {pages} of the station's {expected.pages} pages")
    if counts != expected.counts:
        diff = sorted(k for k in set(counts) | set(expected.counts)
                      if counts.get(k) != expected.counts.get(k))
        raise BackupError(f"the copy does not hold the same rows as the station "
                          f"(tables: {', '.join(diff[:5])})")


def _stamped(folder: Path, kind: str, moment: dt.datetime | None = None) -> Path:
    stamp = (moment or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{kind}-{stamp}.db"
    n = 2
    while path.exists():
        path = folder / f"{kind}-{stamp}-{n}.db"
        n += 1
    return path


def make_backup(target: Path | str | None = None, *, rotate: bool = True,
                kind: str = PREFIX, full: bool = False, progress=None) -> Path:
    """Back up the open station to `target` (default: a stamped file in backups/), verify it,
    and rotate backups/ when the default place was used. Returns the file written.

    Verified by quick_check, or with full=True by the whole integrity check, which also finds
    a damaged index (see _verify). `progress(done, total, text="")`, when given, hears each
    step of the copy and the end of the verification, for a progress bar: the desk runs the
    backup on a worker thread with a connection of its own while it goes on writing, and the
    copy is one consistent snapshot all the same.

    Refuses (BackupError) a database without the AidStation tables: an empty or foreign file
    is never backed up, so it can never push a good backup out of the rotation. A backup into
    backups/ notes its outcome in health(); a full verification notes the station's integrity
    (a quick one can only find damage, never vouch for the indexes).
    """
    default = target is None
    try:
        written = _make_backup(target, rotate=rotate, kind=kind, full=full, progress=progress)
    except BackupDamaged as exc:
        _note(damage=f"{DB_NAME}: {exc.problem}", **({"backup_failed": str(exc)} if default else {}))
        raise
    except BackupError as exc:
        if default:
            _note(backup_failed=str(exc))
        raise
    _note(**({"damage": ""} if full else {}), **({"backup_failed": ""} if default else {}))
    return written


def _make_backup(target, *, rotate: bool, kind: str, full: bool, progress) -> Path:
    if target is None:
        folder = current_station().folder / "backups"
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise BackupError(f"the backups folder {folder} cannot be made: {exc}") from None
        target = _stamped(folder, kind)
    else:
        target = Path(target)
        rotate = False
    tmp = target.with_name(f".{target.name}.part")
    weight = 1 + _VERIFY_WEIGHT[full]  # the copy's pages, then their verification
    report = None if progress is None else (lambda done, pages: progress(done, pages * weight))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        con = db.connection()
        problem = _schema_problem(_table_names(con))
        if problem:
            raise BackupError(f"the station database is not an AidStation database ({problem}): "
                              "there is nothing to back up")
        snapshot = _copy(con, tmp, report, audit_head=True, key=db.key)
        _verify(tmp, snapshot, full=full, key=db.key)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BackupError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file raises more than DatabaseError
        raise BackupError(f"the backup could not be written: {error_text(exc)}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    if progress is not None:
        progress(snapshot.pages * weight, snapshot.pages * weight)
    # Not audited: a backup changes nothing, and an event would make the copy one row short.
    try:
        # The chain's head beside the verified copy (DESIGN §12): the head the copy holds, not
        # the live one, which the desk may have moved on since.
        audit.write_anchor(target, snapshot.audit_head)
    except Exception as exc:  # noqa: BLE001 - the copy is good; a missing anchor only weakens check
        log.warning("no audit anchor beside %s: %s", target.name, exc)
    if rotate:
        rotate_backups(target.parent, verified=(target,))
    return target


def _info(path: Path) -> BackupInfo:
    match = _STAMP.search(path.name)
    seq = 1
    if match:
        taken = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        seq = int(match.group(3) or 1)
    else:
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    if path.name.startswith(PREFIX + "-"):
        kind = PREFIX
    elif path.name.startswith("pre-restore"):
        kind = "pre-restore"
    elif path.name.startswith("pre-migration"):
        kind = "pre-migration"
    else:
        kind = "other"
    return BackupInfo(path, taken, kind, path.stat().st_size, seq)


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """Every backup file in backups/, newest first."""
    folder = folder or current_station().sub("backups")
    items = [_info(p) for p in folder.glob("*.db") if p.is_file()]
    return sorted(items, key=lambda i: (i.taken_at, i.seq, i.name), reverse=True)


def _rows(path: Path) -> int:
    """Rows in every table of the backup at `path` (0 when it cannot be read)."""
    try:
        con = connect_file(path, file_key(path), read_only=True)
        try:
            return sum(_table_counts(con).values())
        finally:
            con.close()
    except Exception:  # noqa: BLE001 - an unreadable backup holds nothing worth keeping for
        return 0


def newest_good(items: list[BackupInfo], verified=()) -> BackupInfo | None:
    """The newest backup among `items` (newest first) that is intact and holds the AidStation
    tables; files in `verified` were checked just now and are not checked again."""
    trusted = {Path(p) for p in verified}
    for item in items:
        if item.size > 0 and (item.path in trusted or not inspect(item.path)):
            return item
    return None


def rotate_backups(folder: Path, *, verified=()) -> list[Path]:
    """Delete regular backups beyond 30 daily and 12 monthly, safety copies beyond 10 each.

    Never the newest good backup (whatever came after it), and never a backup whose
    replacement (the newer one kept for its day or month) holds far fewer rows: both stay.
    """
    items = list_backups(folder)
    keep: set[Path] = set()
    days: dict[dt.date, Path] = {}
    months: dict[tuple[int, int], Path] = {}
    regular = [i for i in items if i.kind == PREFIX]
    for item in regular:  # newest first: first seen is kept
        days.setdefault(item.taken_at.date(), item.path)
        months.setdefault((item.taken_at.year, item.taken_at.month), item.path)
    kept_days = {d: days[d] for d in sorted(days, reverse=True)[:KEEP_DAILY]}
    kept_months = {m: months[m] for m in sorted(months, reverse=True)[:KEEP_MONTHLY]}
    keep.update(kept_days.values())
    keep.update(kept_months.values())
    for kind in ("pre-restore", "pre-migration"):
        keep.update([i.path for i in items if i.kind == kind][:KEEP_SAFETY])
    good = newest_good([i for i in items if i.kind in _ROTATED], verified)
    if good is not None:
        keep.add(good.path)
    rows: dict[Path, int] = {}

    def count(path: Path) -> int:
        if path not in rows:
            rows[path] = _rows(path)
        return rows[path]

    rescued: set[Path] = set()  # keepers that already have the fuller backup beside them
    for item in regular:
        if item.path in keep:
            continue
        keeper = kept_days.get(item.taken_at.date()) or kept_months.get(
            (item.taken_at.year, item.taken_at.month))
        if keeper is None or keeper in rescued:
            continue
        if count(keeper) < count(item.path) * FAR_FEWER:
            log.warning("kept %s beside %s, which holds far fewer rows", item.name, keeper.name)
            keep.add(item.path)
            rescued.add(keeper)
    removed = []
    for item in items:
        if item.kind in _ROTATED and item.path not in keep:
            item.path.unlink()
            removed.append(item.path)
    return removed


def upgrade(station, *, existed: bool) -> int:
    """Migrate the open station to the latest schema, with a verified backup before any step."""
    from aidstation.core import migrations

    def before(version: int) -> None:
        # Fully verified: a file with a damaged index is never migrated (quick_check passed it).
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        make_backup(station.sub("backups") / f"pre-migration-v{version}-{stamp}.db", full=True)

    return migrations.migrate(existed=existed, before_upgrade=before)


def backup_if_due(*, progress=None) -> Path | None:
    """The daily backup: made when backups/ holds none from today. Fully verified: it is the
    day's integrity check of the station too (the desk runs check_integrity on the other starts).
    `progress` as for make_backup; the desk runs it on a worker thread."""
    today = dt.date.today()
    try:
        items = list_backups()
    except OSError:
        items = []  # backups/ cannot be read or made: make_backup says why, in health() too
    if any(i.kind == PREFIX and i.taken_at.date() == today for i in items):
        return None
    return make_backup(full=True, progress=progress)


def inspect(path: Path | str) -> str:
    """'' when `path` is an intact AidStation database this program can open, else why not."""
    from aidstation.core.migrations import LATEST

    path = Path(path)
    if not path.is_file():
        return f"{path} does not exist"
    if path.stat().st_size == 0:
        return f"{path.name} is empty (0 bytes)"
    key = file_key(path)
    try:
        con = connect_file(path, key, read_only=True)
        try:
            problem = _integrity(con)
            if problem:
                return f"{path.name} is damaged: {problem}"
            tables = set(_table_names(con))
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - whatever reading it raises, it cannot be restored
        if key is None and path.stat().st_size % 4096 == 0 and not _plain(path):
            # whole pages of noise: most likely an encrypted station's file
            return (f"{path.name} is not a readable database: {error_text(exc)} (if it is an "
                    "encrypted station's backup, only that station can read it)")
        if key is not None:
            return (f"{path.name} is not a readable database, or encrypted with another "
                    f"station's key: {error_text(exc)}")
        return f"{path.name} is not a readable database: {error_text(exc)}"
    if _schema_problem(tables) or version < 1:
        return f"{path.name} is not an AidStation database"
    if version > LATEST:
        return f"{path.name} was written by a newer AidStation (version {version})"
    return ""


def check_integrity() -> str:
    """The full `PRAGMA integrity_check` of the open station, on a connection of its own (so it
    may run in a worker thread while the desk is used): '' when intact, else the damage in one
    line. Notes the result in health() unless another station was opened meanwhile.

    quick_check, run at start-up, misses a damaged index; this finds it, but takes seconds on a
    large station, so the desk runs it after start-up, and the daily backup on its copy.
    """
    station = current_station()
    problem = dbmod.check_file(station.db_path, "integrity_check", key=station.key)
    try:
        still_open = current_station() is station
    except StationError:
        still_open = False
    if still_open:
        _note(damage=problem)
    return problem


def reindex(*, user) -> str:
    """Rebuild every index of the open station (`REINDEX`): the repair for a damaged index.

    Administrators only; audited. Returns what a full integrity check still finds afterwards
    ('' when the database is intact again; otherwise restore a backup).
    """
    from aidstation.core.accounts import PermissionDenied, require_admin
    from aidstation.core.audit import record_event

    try:
        require_admin(user, "repair the database", "修复数据库")
    except PermissionDenied as exc:
        raise BackupError(exc.message) from None
    if current_station().read_only:
        raise BackupError("the station database is open read-only: restore a backup instead")
    try:
        with dbmod.atomic():
            db.execute_sql("REINDEX")
            record_event(user, "repair", "", None, detail="indexes rebuilt (REINDEX)")
    except Exception as exc:  # noqa: BLE001 - a damaged file raises more than DatabaseError
        raise BackupError(f"the indexes could not be rebuilt: {error_text(exc)}") from None
    return check_integrity()


def restore(file: Path | str, *, user) -> Path:
    """Replace the open station's database with `file`; returns the safety backup taken first.

    Refuses a damaged or foreign file. The station stays locked throughout: the database is
    closed, swapped atomically, reopened (migrated if the backup is older) and the restore is
    audited in the restored database. Works on a station opened read-only because it is damaged.
    """
    from aidstation.core.accounts import PermissionDenied, require_admin
    from aidstation.core.audit import record_event

    try:
        require_admin(user, "restore a backup", "恢复备份")
    except PermissionDenied as exc:
        raise BackupError(exc.message) from None  # callers report StationErrors
    except Exception:  # noqa: BLE001 - the damaged database cannot even say who is an admin
        # Judge the account as it was read at sign-in, so a restore still works.
        if getattr(user, "role", None) != "admin":
            raise BackupError("only an administrator can restore a backup") from None
    file = Path(file).expanduser().resolve()
    station = current_station()
    if file == station.db_path.resolve():
        raise BackupError("that file is the station database itself")
    problem = inspect(file)
    if problem:
        raise BackupError(f"refused: {problem}")
    folder = station.sub("backups")
    safety = _stamped(folder, "pre-restore")
    try:
        make_backup(safety)
    except Exception:  # noqa: BLE001 - UnicodeDecodeError too, from a damaged schema
        # The live database is damaged: keep its bytes as they are, since the backup API
        # cannot read it.
        safety = _stamped(folder, "pre-restore-damaged")
        db.close()
        shutil.copy2(station.db_path, safety)
    # Copy the chosen file in with the backup API, verified, before touching the station.
    incoming = station.folder / f".{DB_NAME}.restore"
    source_key = file_key(file)
    if station.key is not None and source_key is None:
        # a plain backup (from before encryption was turned on) comes in encrypted
        export_encrypted(file, incoming, station.key)
    else:
        src = connect_file(file, source_key, read_only=True)
        try:
            # inspect() checked the file fully just now
            _verify(incoming, _copy(src, incoming, key=source_key), key=source_key)
        finally:
            src.close()
    if not db.is_closed():
        db.close()
    for suffix in ("-wal", "-shm"):
        stale = station.folder / (DB_NAME + suffix)
        if stale.exists():
            stale.unlink()
    os.replace(incoming, station.db_path)
    db.init(str(station.db_path), key=station.key, pragmas=PRAGMAS)
    db.connect(reuse_if_open=True)
    station.read_only, station.problem = False, ""
    _note(damage="")  # the restored copy passed its integrity check
    upgrade(station, existed=True)
    with dbmod.atomic():
        record_event(user, "restore", "", None, detail=f"database restored from {file.name}")
    rotate_backups(folder)
    return safety


def _plain(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def export_encrypted(source: Path, target: Path, key: bytes) -> dict[str, int]:
    """Copy the plain database `source` into a new file `target` encrypted with `key`
    (SQLCipher's sqlcipher_export: schema, rows, indexes, triggers, the search index), with its
    schema version; then check the copy fully and that every table holds the same rows.
    Returns the row counts. Raises BackupError, leaving no `target`, when anything differs."""
    sqlcipher3 = dbmod.sqlcipher()

    for stale in (target, target.with_name(target.name + "-journal")):
        if stale.exists():
            stale.unlink()
    try:
        src = sqlcipher3.connect(f"file:{Path(source).as_posix()}?mode=ro", uri=True)
        try:
            src.execute(dbmod.QUIET)
            src.execute("BEGIN")  # one snapshot for the counts and the export
            counts = _table_counts(src)
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute(f"ATTACH DATABASE ? AS encrypted KEY {keys.sql_key(key)}", (str(target),))
            src.execute("SELECT sqlcipher_export('encrypted')")
            src.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            src.execute("COMMIT")
            src.execute("DETACH DATABASE encrypted")
        finally:
            src.close()
        con = connect_file(target, key, read_only=True)
        try:
            problem = _integrity(con)
            copied = _table_counts(con)
            copied_version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
        if problem:
            raise BackupError(f"the encrypted copy failed its integrity check: {problem}")
        if copied != counts or copied_version != version:
            diff = sorted(k for k in set(counts) | set(copied) if counts.get(k) != copied.get(k))
            raise BackupError("the encrypted copy does not hold the same rows "
                              f"(tables: {', '.join(diff[:5]) or 'schema version'})")
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException as exc:
        if target.exists():
            target.unlink()
        if isinstance(exc, (BackupError, KeyboardInterrupt, SystemExit)):
            raise
        raise BackupError(f"the encrypted copy could not be made: {error_text(exc)}") from None
    return counts


def check() -> list[str]:
    """Problems of the open station, one line each; [] when all is well."""
    from aidstation.core import audit

    problems: list[str] = []
    try:
        for (line,) in db.execute_sql("PRAGMA integrity_check").fetchall()[:10]:
            if line != "ok":
                problems.append(f"integrity check: {line}")
        if problems:
            _note(damage=f"{DB_NAME}: " + "; ".join(p.split(": ", 1)[1] for p in problems[:5]))
            return problems
        _note(damage="")
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:10]:
            problems.append(f"foreign key check: {table} row {rowid} refers to a missing {parent} row")
        triggers = {r[0] for r in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_event'").fetchall()}
        if not {"audit_event_no_update", "audit_event_no_delete"} <= triggers:
            problems.append("audit log: its append-only protection was removed")
        broken = audit.verify_chain()
        if broken is not None:
            problems.append(f"audit chain broken at {broken}")
        problems.extend(audit.verify_anchors())
    except Exception as exc:  # noqa: BLE001 - any failure to read is the problem to report
        problems.append(f"the station database cannot be read: {error_text(exc)}")
    return problems
