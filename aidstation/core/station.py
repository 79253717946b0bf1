"""Opening a station folder: check the folder and the file, lock it, create or migrate it; and
what a station code may be.

Above db.py, migrations.py and backup.py: the one place that ties them together.

Only a MISSING station.db makes a new station, and a new one is built under a temporary name
and moved into place once complete, so a killed creation leaves nothing that looks like a
station. An existing station.db that is empty, not SQLite, fails `quick_check` (or makes it
raise) or lacks the AidStation tables is damaged: never rebuilt as an empty station, it opens
for reading only so that a backup can be restored. quick_check runs at the first start of each
day and at any start after an unclean close or a change of the file while it was closed (why:
db.py, "the start-up check"). A station folder that cannot be written,
or whose station.db or station.lock is a folder, is refused with a reason (StationError).
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import tempfile
from pathlib import Path

from aidstation.core import backup, files, keys, migrations
from aidstation.core.db import (
    DB_NAME,
    LOCK_NAME,
    PRAGMAS,
    SUBFOLDERS,
    Station,
    StationDamaged,
    StationError,
    _FolderLock,
    analyze,
    bind,
    check_file,
    close_station,
    connect_file,
    db,
    error_text,
    forget_clean_close,
    note_glance,
    has_statistics,
    last_quick_check,
)
from aidstation.core.station_folder import has_station  # noqa: F401 - the station's API
from aidstation.core.validation import ValidationError

log = logging.getLogger(__name__)

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")
SQLITE_HEADER = b"SQLite format 3\x00"
NEW_NAME = f".{DB_NAME}.new"  # a station being created, moved to DB_NAME when complete
RESTORE_NAME = f".{DB_NAME}.restore"  # backup.restore's incoming copy
# Where the program writes temporaries (core/files.py) that a killed process can leave behind.
SWEPT = ("exports", "documents", "photos", "backups")


def check_station_code(code: str) -> str:
    """A station code goes into file names and card serials: ASCII letters, digits, - and _."""
    code = (code or "").strip()
    if not _CODE.match(code):
        raise ValidationError("code", "a station code has 1-20 ASCII letters, digits, '-' or '_'",
                              "工作站代码为1-20个英文字母、数字、“-”或“_”")
    return code


class StationEncrypted(StationError):
    """The station is encrypted and was opened without its key (or with a wrong one)."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER))


def folder_problem(folder: Path | str) -> str:
    """'' when AidStation can keep a station in `folder` (creating it if need be), else why not,
    in one line: the folder cannot be made or written, station.lock or station.db is a folder,
    station.db cannot be read."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"the station folder {folder} cannot be created ({_reason(exc)})"
    for name, what in ((LOCK_NAME, "AidStation's lock file"), (DB_NAME, "the station database")):
        if (folder / name).is_dir():
            return f"{folder / name} is a folder, not {what}: move it out of the station folder"
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return (f"the station folder {folder} cannot be written ({_reason(exc)}); AidStation "
                "keeps its database, backups and log there")
    path = folder / DB_NAME
    if os.path.lexists(path):
        try:
            _read_header(path)
        except OSError as exc:
            return f"{path} cannot be read ({_reason(exc)})"
    return ""


def file_problem(path: Path, *, quick_check: bool = True, key: bytes | None = None) -> str:
    """'' when the existing station database at `path` passes the start-up check, else the
    damage in one line: empty, not SQLite, failing (or crashing) `quick_check` (skipped with
    quick_check=False), or without the AidStation tables. An encrypted file (`key`) has no
    plain header: SQLCipher's own page checks (an HMAC on every page) find its damage."""
    if path.stat().st_size == 0:
        return f"{path.name}: the file is empty (0 bytes)"
    if key is None and _read_header(path) != SQLITE_HEADER:
        return f"{path.name}: file is not a database"
    problem = check_file(path, key=key) if quick_check else ""
    if problem:
        return problem
    try:
        con = connect_file(path, key, read_only=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - whatever reading it raises, it is damaged
        return f"{path.name}: {error_text(exc)}"
    missing = backup.REQUIRED_TABLES - tables
    if version < 1 or missing:
        return (f"{path.name}: not an AidStation database (schema version {version}, "
                f"{len(missing)} of its tables missing)")
    return ""


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create(folder: Path, key: bytes | None = None) -> None:
    """Build a new, migrated station database under NEW_NAME and move it to DB_NAME."""
    tmp = folder / NEW_NAME
    for stale in (tmp, folder / f"{NEW_NAME}-journal"):
        if stale.exists():
            stale.unlink()
    db.init(str(tmp), key=key, pragmas=dict(PRAGMAS, journal_mode="delete"))
    db.connect(reuse_if_open=True)
    try:
        backup.upgrade(Station(folder, key=key), existed=False)
    finally:
        db.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, folder / DB_NAME)
    _fsync_folder(folder)


def _sweep(folder: Path) -> None:
    """Remove what a killed process left: a half-made station or restore, export temporaries."""
    for name in (NEW_NAME, f"{NEW_NAME}-journal", RESTORE_NAME, ".station.db.encrypt",
                 ".station.db.encrypt-journal", keys.NEW_NAME):
        if (folder / name).is_file():
            (folder / name).unlink()
    for sub in SWEPT:
        for path in files.remove_leftovers(folder / sub):
            log.info("removed the unfinished file %s", path)


def _statistics(*, migrated: bool) -> None:
    """The planner's statistics, once for a station that never had any (a new one, or one
    from before they were kept) and after a migration rebuilt tables; never when read-only."""
    if migrated or not has_statistics():
        try:
            analyze()
        except Exception as exc:  # noqa: BLE001 - without statistics the station still works
            log.warning("ANALYZE failed: %s", error_text(exc))


def check_key(folder: Path, key: bytes | None) -> None:
    """StationEncrypted unless `key` is what the station in `folder` needs: none for a plain
    station, the key its key file is for when encrypted."""
    pending = folder / keys.NEW_NAME
    if not keys.is_encrypted(folder) and pending.is_file() and (folder / DB_NAME).is_file() \
            and _read_header(folder / DB_NAME) != SQLITE_HEADER:
        # encryption was interrupted between moving the encrypted file in and its key file
        os.replace(pending, keys.keys_path(folder))
        log.warning("finished turning encryption on (the key file was not yet in place)")
    if not keys.is_encrypted(folder):
        if key is not None:
            raise StationError(f"the station in {folder} is not encrypted")
        return
    if key is None:
        raise StationEncrypted(f"the station in {folder} is encrypted: sign in first (on the "
                               "command line: --user U with the password on stdin, or "
                               "--recovery-key-stdin)")
    try:
        keys._check(keys.load(folder), key)
    except keys.KeyFileError as exc:
        raise StationEncrypted(str(exc)) from None


# Data keys given for a folder by the command line (--user / --recovery-key-stdin), so that every
# command's own open_station(folder) opens the encrypted station without knowing of keys.
_provided: dict[Path, bytes] = {}


def provide_key(folder: Path | str, key: bytes) -> None:
    _provided[Path(folder).expanduser().resolve()] = key


def create_encrypted(folder: Path | str, station: dict | None = None) -> tuple[Station, str]:
    """A new encrypted station in `folder` (which holds none): a fresh data key, the key file
    with the recovery wrap, and the database made with that key. Returns the open station and
    the recovery key (shown once, printed on the recovery sheet); the first account created
    next gets its own wrap (core/accounts.py)."""
    folder = Path(folder).expanduser().resolve()
    if has_station(folder):
        raise StationError(f"{folder} already holds a station")
    problem = folder_problem(folder)
    if problem:
        raise StationError(problem)
    data_key, recovery = keys.new_data_key(), keys.new_recovery_key()
    keys.create(folder, data_key, recovery, station=station)
    return open_station(folder, key=data_key), recovery


def open_station(folder: Path | str, *, read_only: bool = False, create: bool = True,
                 key: bytes | None = None) -> Station:
    """Open (and if need be create and migrate) the station in `folder`.

    Raises StationLocked, StationDamaged or StationTooNew with a one-line reason, and
    StationError for a folder that cannot hold a station. With read_only=True a damaged or
    newer database is opened for reading only (no migration, no writes), so the clerk can
    still look at it and restore a backup. Only a missing database is created (create=True).
    An encrypted station needs its data `key` (core/keys.py unwraps it), else StationEncrypted.
    """
    folder = Path(folder).expanduser().resolve()
    path = folder / DB_NAME
    if not has_station(folder) and (not create or read_only):
        raise StationError(f"no station in {folder}")
    if key is None and folder in _provided and keys.is_encrypted(folder):
        key = _provided[folder]
    close_station()
    problem = folder_problem(folder)
    if problem:
        raise StationError(problem)
    lock = _FolderLock(folder / LOCK_NAME)
    try:
        check_key(folder, key)
        _sweep(folder)
        if not has_station(folder):
            _create(folder, key)
        today = dt.date.today().isoformat()
        damage = file_problem(path, quick_check=last_quick_check(folder) != today, key=key)
        checked = "" if damage else today  # passed now, or earlier today on this very file
        if read_only:
            db.init(f"file:{path}?mode=ro", key=key, uri=True, pragmas={"busy_timeout": 5000})
            db.connect(reuse_if_open=True)
            station = Station(folder, read_only=True, problem=damage, checked_on=checked, _lock=lock,
                              key=key)
        else:
            if damage:
                raise StationDamaged(f"the station database is damaged ({damage})", damage)
            forget_clean_close(folder)
            db.init(str(path), key=key, pragmas=PRAGMAS)
            db.connect(reuse_if_open=True)
            station = Station(folder, checked_on=checked, _lock=lock, key=key)
            try:
                started_at = backup.upgrade(station, existed=True)
            except backup.BackupDamaged as exc:
                # The backup before a migration found damage quick_check missed: never migrate
                # a damaged file; it opens read-only, with the offer of a good backup.
                damage = f"{DB_NAME}: {exc.problem}"
                raise StationDamaged(f"the station database is damaged ({damage}); it was not "
                                     "upgraded", damage) from None
            _statistics(migrated=started_at < migrations.LATEST)
        for name in SUBFOLDERS:
            if not (folder / name).is_dir():
                try:
                    (folder / name).mkdir()
                except OSError as exc:
                    raise StationError(f"the folder {folder / name} cannot be made "
                                       f"({_reason(exc)})") from None
    except BaseException:
        if not db.is_closed():
            db.close()
        lock.release()
        raise
    bind(station)
    backup.reset_health()
    if key is not None and not read_only:
        note_glance()
    return station
