"""Backups through SQLite's online backup API, verified, rotated; restore; the health check.

Backups live in the station's `backups/` folder as `station-YYYYMMDD-HHMMSS.db`; rotation
keeps the newest of each of the 30 most recent days and of the 12 most recent months. Safety
copies (`pre-restore-…`, `pre-migration-…`) are kept apart, the newest 10 of each. Every copy
is verified after writing: `integrity_check` is ok and every table holds as many rows as the
live database. A backup file is a single self-contained file (rollback journal, not WAL).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from aidstation.core import db as dbmod
from aidstation.core.db import DB_NAME, PRAGMAS, StationError, current_station, db

KEEP_DAILY = 30
KEEP_MONTHLY = 12
KEEP_SAFETY = 10
PREFIX = "station"
_STAMP = re.compile(r"(\d{8})-(\d{6})(?:-(\d+))?")
# Tables every AidStation database has; a file without them is not a station backup.
REQUIRED_TABLES = {"setting", "user", "audit_event", "code", "person", "consultation"}


class BackupError(StationError):
    """A backup that could not be written or verified, or a file that cannot be restored."""


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


def _table_counts(con: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: con.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def _integrity(con: sqlite3.Connection, pragma: str = "integrity_check") -> str:
    """'' when ok, else the problem in one line."""
    rows = con.execute(f"PRAGMA {pragma}").fetchall()
    text = "; ".join(str(r[0]) for r in rows[:5])
    return "" if text == "ok" else text


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Online backup of `source` into a fresh single file at `target`."""
    if target.exists():
        target.unlink()
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.commit()
    finally:
        dest.close()


def _verify(path: Path, expected: dict[str, int]) -> None:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        problem = _integrity(con)
        if problem:
            raise BackupError(f"the backup {path.name} failed its integrity check: {problem}")
        counts = _table_counts(con)
    finally:
        con.close()
    if counts != expected:
        diff = sorted(k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k))
        raise BackupError(f"the backup {path.name} does not hold the same rows as the station "
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
                kind: str = PREFIX) -> Path:
    """Back up the open station to `target` (default: a stamped file in backups/), verify it,
    and rotate backups/ when the default place was used. Returns the file written."""
    if target is None:
        target = _stamped(current_station().sub("backups"), kind)
    else:
        target = Path(target)
        rotate = False
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    con = db.connection()
    try:
        _copy(con, tmp)
        _verify(tmp, _table_counts(con))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"the backup could not be written: {exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    # Not audited: a backup changes nothing, and an event would make the copy one row short.
    if rotate:
        rotate_backups(target.parent)
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


def rotate_backups(folder: Path) -> list[Path]:
    """Delete regular backups beyond 30 daily and 12 monthly, safety copies beyond 10 each."""
    items = list_backups(folder)
    keep: set[Path] = set()
    days: dict[dt.date, Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for item in (i for i in items if i.kind == PREFIX):  # newest first: first seen is kept
        days.setdefault(item.taken_at.date(), item.path)
        months.setdefault((item.taken_at.year, item.taken_at.month), item.path)
    keep.update(days[d] for d in sorted(days, reverse=True)[:KEEP_DAILY])
    keep.update(months[m] for m in sorted(months, reverse=True)[:KEEP_MONTHLY])
    for kind in ("pre-restore", "pre-migration"):
        keep.update([i.path for i in items if i.kind == kind][:KEEP_SAFETY])
    removed = []
    for item in items:
        if item.kind in (PREFIX, "pre-restore", "pre-migration") and item.path not in keep:
            item.path.unlink()
            removed.append(item.path)
    return removed


def upgrade(station, *, existed: bool) -> int:
    """Migrate the open station to the latest schema, with a verified backup before any step."""
    from aidstation.core import migrations

    def before(version: int) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        make_backup(station.sub("backups") / f"pre-migration-v{version}-{stamp}.db")

    return migrations.migrate(existed=existed, before_upgrade=before)


def backup_if_due() -> Path | None:
    """The daily backup: made when backups/ holds none from today."""
    today = dt.date.today()
    if any(i.kind == PREFIX and i.taken_at.date() == today for i in list_backups()):
        return None
    return make_backup()


def inspect(path: Path | str) -> str:
    """'' when `path` is an intact AidStation database this program can open, else why not."""
    from aidstation.core.migrations import LATEST

    path = Path(path)
    if not path.is_file():
        return f"{path} does not exist"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problem = _integrity(con)
            if problem:
                return f"{path.name} is damaged: {problem}"
            tables = set(_table_counts(con))
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"{path.name} is not a readable database: {exc}"
    missing = REQUIRED_TABLES - tables
    if missing or version < 1:
        return f"{path.name} is not an AidStation database"
    if version > LATEST:
        return f"{path.name} was written by a newer AidStation (version {version})"
    return ""


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
    except (BackupError, sqlite3.DatabaseError):
        # The live database is damaged: keep its bytes as they are, since the backup API
        # cannot read it.
        safety = _stamped(folder, "pre-restore-damaged")
        db.close()
        shutil.copy2(station.db_path, safety)
    # Copy the chosen file in with the backup API, verified, before touching the station.
    incoming = station.folder / f".{DB_NAME}.restore"
    src = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        _copy(src, incoming)
        _verify(incoming, _table_counts(src))
    finally:
        src.close()
    if not db.is_closed():
        db.close()
    for suffix in ("-wal", "-shm"):
        stale = station.folder / (DB_NAME + suffix)
        if stale.exists():
            stale.unlink()
    os.replace(incoming, station.db_path)
    db.init(str(station.db_path), pragmas=PRAGMAS)
    db.connect(reuse_if_open=True)
    station.read_only, station.problem = False, ""
    upgrade(station, existed=True)
    with dbmod.atomic():
        record_event(user, "restore", "", None, detail=f"database restored from {file.name}")
    rotate_backups(folder)
    return safety


def check() -> list[str]:
    """Problems of the open station, one line each; [] when all is well."""
    from aidstation.core import audit

    problems: list[str] = []
    try:
        for (line,) in db.execute_sql("PRAGMA integrity_check").fetchall()[:10]:
            if line != "ok":
                problems.append(f"integrity check: {line}")
        if problems:
            return problems
        for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall()[:10]:
            problems.append(f"foreign key check: {table} row {rowid} refers to a missing {parent} row")
        triggers = {r[0] for r in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_event'").fetchall()}
        if not {"audit_event_no_update", "audit_event_no_delete"} <= triggers:
            problems.append("audit log: its append-only protection was removed")
        broken = audit.verify_chain()
        if broken is not None:
            problems.append(f"audit chain broken at {broken}")
    except Exception as exc:  # noqa: BLE001 - any failure to read is the problem to report
        problems.append(f"the station database cannot be read: {exc}")
    return problems
