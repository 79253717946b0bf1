"""The one deferred database, its pragmas, the folder lock, the open station and transactions.

Everything SQLite-specific (pragmas, URI modes, the online backup) lives here and in
backup.py, so the models themselves stay portable. Opening a station (which migrates it) is
core/station.py, above this module and migrations.py.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from aidstation.core import changes, keys
# The folder's names live where the desk can read them without loading peewee; kept here too.
from aidstation.core.station_folder import CLEAN_NAME, DB_NAME, LOCK_NAME, SUBFOLDERS  # noqa: F401

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed record survives a power cut
    "busy_timeout": 5000,
    "cache_size": -16000,
}



def sqlcipher():
    """The SQLCipher driver (sqlcipher3), imported with the first encrypted connection: a plain
    station never loads it (its own SQLite and OpenSSL: 5 MiB and 4 ms of the start). Through
    peewee's sqlcipher_ext, which registers the adapters peewee's own sqlite3 driver has
    (Decimal, date and time stored as text)."""
    from playhouse import sqlcipher_ext  # noqa: F401 - registers the adapters
    import sqlcipher3

    return sqlcipher3


class StationDatabase(SqliteDatabase):
    """peewee's SQLite database, through SQLCipher when a key is set.

    An encrypted station (core/keys.py) is opened with `init(path, key=data_key, ...)`: every
    connection (each worker thread has its own) gives SQLCipher the raw 256-bit key first, then
    the same pragmas as a plain station. A plain station (no key) goes through the standard
    library's sqlite3 exactly as before, so its files, speed and row types are unchanged.
    """

    key: bytes | None = None

    def init(self, database, key: bytes | None = None, **kwargs):
        self.key = key
        super().init(database, **kwargs)

    @property
    def server_version(self):
        if self.key:
            return sqlcipher().sqlite_version_info
        return sqlite3.sqlite_version_info

    @server_version.setter
    def server_version(self, value):
        pass  # peewee may try to record it; the version follows the driver in use

    def _connect(self):
        if not self.key:
            return SqliteDatabase._connect(self)
        conn = sqlcipher().connect(self.database, timeout=self._timeout, isolation_level=None,
                                  **self.connect_params)
        try:
            conn.execute(QUIET)
            conn.execute(f"PRAGMA key = {keys.sql_key(self.key)}")
            self._add_conn_hooks(conn)
            conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
        except Exception:
            conn.close()
            raise
        return conn


# The one deferred database every model binds to; station.open_station() initialises it.
db = StationDatabase(None, pragmas=PRAGMAS)

# SQLite's page cache of an encrypted station (KiB, as cache_size): SQLCipher decrypts a page as
# it enters the cache, and the system's file cache holds only ciphertext, so a scan of a table
# larger than the cache decrypts all of it again every time (counting the 200k consultations
# of the reception list: 163 ms at the plain station's 16 MB, 33 ms at 64 MB, as plain). Pages
# are held only once read: a small station uses no more than before.
ENCRYPTED_CACHE_KIB = 131072
# SQLCipher writes its own log to stderr (a damaged page: a hundred lines of "hmac check failed"):
# the reason reaches the clerk as an exception, in one line, and the log file holds our words.
QUIET = "PRAGMA cipher_log_level = NONE"


def connect_file(path: Path | str, key: bytes | None = None, *, read_only: bool = False,
                 timeout: float = 5.0):
    """A connection of its own to the database file at `path`: sqlite3 for a plain file,
    SQLCipher with `key` for an encrypted one (a wrong key fails at the first read)."""
    uri = f"file:{Path(path).as_posix()}?mode=ro" if read_only else str(path)
    if not key:
        return sqlite3.connect(uri, uri=read_only, timeout=timeout)
    con = sqlcipher().connect(uri, uri=read_only, timeout=timeout)
    con.execute(QUIET)
    con.execute(f"PRAGMA key = {keys.sql_key(key)}")
    return con


def row_type():
    """The Row class of the open station's driver (sqlite3.Row cannot wrap a SQLCipher cursor),
    for code that sets `cursor.row_factory` on a cursor of `db` (core/due.py)."""
    if db.key:
        return sqlcipher().Row
    return sqlite3.Row


def station_key() -> bytes | None:
    """The data key of the open station (None: plain, or none open)."""
    return _current.key if _current is not None else None


class StationError(Exception):
    """A station folder that cannot be opened as asked; the message says why, in English."""


class StationLocked(StationError):
    """Another AidStation process has this station folder open."""


class StationDamaged(StationError):
    """The database file fails its integrity check or is not a database at all; `problem` is
    the damage in one line (what a read-only open cannot find again by quick_check alone)."""

    def __init__(self, message: str, problem: str = ""):
        super().__init__(message)
        self.problem = problem


class StationTooNew(StationError):
    """The database was written by a newer AidStation."""


@dataclass
class Station:
    folder: Path
    read_only: bool = False
    problem: str = ""  # why it was opened read-only, if it was
    checked_on: str = ""  # the day (ISO) its file last passed quick_check
    _lock: object = field(default=None, repr=False)
    key: bytes | None = field(default=None, repr=False)  # the data key of an encrypted station

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    def sub(self, name: str) -> Path:
        path = self.folder / name
        path.mkdir(parents=True, exist_ok=True)
        return path


_current: Station | None = None


def current_station() -> Station:
    if _current is None:
        raise StationError("no station is open")
    return _current


class _FolderLock:
    """An OS-level exclusive lock on station.lock, released when the process dies."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.handle = open(path, "a+b")  # noqa: SIM115 - held as long as the station
        except OSError as exc:
            raise StationError(f"the lock file {path} cannot be opened "
                               f"({exc.strerror or exc}); AidStation must be able to write "
                               "in the station folder") from None
        try:
            if os.name == "nt":
                import msvcrt

                self.handle.seek(0)
                msvcrt.locking(self.handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.handle.close()
            raise StationLocked(
                f"the station folder {path.parent} is already open in another AidStation window"
            ) from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(str(os.getpid()).encode())
        self.handle.flush()

    def release(self) -> None:
        if self.handle.closed:
            return
        if os.name == "nt":
            import msvcrt

            self.handle.seek(0)
            try:
                msvcrt.locking(self.handle.fileno(), msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
        self.handle.close()


def error_text(exc: BaseException) -> str:
    """An exception from SQLite in one readable line.

    A damaged file can put bytes that are not UTF-8 into SQLite's own error message; Python's
    sqlite3 then raises UnicodeDecodeError instead of the DatabaseError, so the message is
    recovered from the undecodable bytes.
    """
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, (bytes, bytearray)):
        return bytes(exc.object).decode("utf-8", "replace")
    return str(exc) or type(exc).__name__


def check_file(path: Path, pragma: str = "quick_check", key: bytes | None = None) -> str:
    """'' when the file passes `PRAGMA quick_check` (or `integrity_check`), else the problem in
    one line. Any exception from the check is damage, never an error of the caller's."""
    try:
        con = connect_file(path, key, read_only=True)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - whatever the check raises, the file is damaged
        return f"{path.name}: {error_text(exc)}"
    result = "; ".join(str(r[0]) for r in rows[:5])
    return "" if result == "ok" else f"{path.name}: {result}"


# --- the start-up check -------------------------------------------------------------------
# DESIGN §12 asks for `PRAGMA quick_check` at every start so that a damaged file opens read-only.
# It reads the whole file (241 ms at 200k records), and with WAL and synchronous=FULL SQLite
# itself never leaves a damaged file behind: damage comes from a crash on a disk that lies about
# its writes, from another program writing the file, or from the disk decaying. So a start
# skips it only when all three are ruled out as far as they can be cheaply: the last session
# closed cleanly (a crash leaves no CLEAN_NAME; a session removes it when it opens), the file is
# the one that session left (size, inode and modification time as recorded at the close, no
# WAL left over), and a quick_check already passed today (the first start of each day checks,
# however clean; the daily backup then verifies its copy fully). A read-only open never writes
# the marker, and a failed check never records a pass.
#
# At a clean close the file's modification time is set to the exact present nanosecond: file
# systems stamp writes with a coarse clock (a kernel tick, 15.6 ms on Windows), so a program
# writing the file a moment after the close could otherwise leave the very time recorded.


def _identity(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_ino, st.st_mtime_ns]


def last_quick_check(folder: Path) -> str:
    """The day (ISO) station.db last passed quick_check when the last session closed cleanly
    and left the file as it is now; '' when it must be checked whatever the day."""
    try:
        wal = folder / (DB_NAME + "-wal")
        if wal.exists() and wal.stat().st_size:
            return ""  # not checkpointed: some connection did not close cleanly
        data = json.loads((folder / CLEAN_NAME).read_text(encoding="utf-8"))
        if data.get("db") != _identity(folder / DB_NAME):
            return ""
        day = data.get("quick_check")
        return day if isinstance(day, str) else ""
    except (OSError, ValueError, AttributeError):
        return ""


def forget_clean_close(folder: Path) -> None:
    """A session is starting on the file: until it closes cleanly, the next start checks."""
    try:
        (folder / CLEAN_NAME).unlink(missing_ok=True)
    except OSError as exc:  # a stale marker still fails the identity test once the file changes
        log.warning("cannot remove %s: %s", CLEAN_NAME, exc)


def _mark_clean_close(station: Station) -> None:
    path = station.db_path
    wal = station.folder / (DB_NAME + "-wal")
    if not station.checked_on or (wal.exists() and wal.stat().st_size):
        return  # another connection still has the file open: the next start checks
    os.utime(path, ns=(os.stat(path).st_atime_ns, time.time_ns()))
    text = json.dumps({"db": _identity(path), "quick_check": station.checked_on,
                       "closed_at": dt.datetime.now().isoformat(sep=" ", timespec="seconds")})
    # Written in place, not synced: a marker torn or lost by a crash only means one more check.
    (station.folder / CLEAN_NAME).write_text(text + "\n", encoding="utf-8")


def bind(station: Station) -> None:
    """Make `station` the open one (core/station.py opens it; this module only holds it)."""
    global _current
    _current = station


# Statistics for the query planner (sqlite_stat1). Not sampled (analysis_limit 0, where the
# SQLite docs suggest 400): a sample of the deleted_at index sees only NULLs and calls it
# selective, so lists kept reading through it and sorting (page 1 of 200k consultations: 780 ms
# with analysis_limit=400, 0.9 ms with full statistics, which take 130 ms to gather). A full
# ANALYZE runs only when a station has no statistics or was just migrated; at close, optimize
# re-analyses only what this session used and whose size changed 25-fold since, so its cost
# stays rare however big the station grows.
ANALYSIS_LIMIT = 0
OPTIMIZE_MASK = 0x02  # analyse what might benefit; without 0x10, which samples (SQLite 3.46+)


def has_statistics() -> bool:
    return db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is not None


def analyze() -> None:
    """Gather the planner's statistics for every table (a station without any, or migrated)."""
    db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute_sql("ANALYZE")


def optimize() -> None:
    """PRAGMA optimize: refresh the statistics that went stale; usually does nothing. Also for
    after a bulk write such as a ledger import."""
    db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    db.execute_sql(f"PRAGMA optimize = {OPTIMIZE_MASK}")


def note_glance() -> None:
    """The open encrypted station's name and demo flag into its key file, which the login
    dialog shows before the database can be read (written only when they changed)."""
    if _current is None or _current.key is None or _current.read_only:
        return
    try:
        rows = dict(db.execute_sql('SELECT "key", "value" FROM "setting" WHERE "key" IN '
                                   "('station.name', 'station.demo')").fetchall())
        noted = keys.glance_keys(_current.folder)
        keys.set_station(_current.folder, dict(noted, **{k: str(v) for k, v in rows.items()}))
    except Exception as exc:  # noqa: BLE001 - the login dialog then shows "(unnamed station)"
        log.warning("the station's name could not be noted in its key file: %s", error_text(exc))


def close_station() -> None:
    global _current
    if not db.is_closed():
        note_glance()
        if _current is not None and not _current.read_only and db.transaction_depth() == 0:
            try:
                optimize()
            except Exception as exc:  # noqa: BLE001 - statistics never stop a station closing
                log.warning("PRAGMA optimize failed at close: %s", error_text(exc))
        db.close()
        if _current is not None and not _current.read_only:
            try:
                _mark_clean_close(_current)
            except OSError as exc:  # without the marker the next start only checks again
                log.warning("cannot note the clean close of %s: %s", _current.folder, exc)
    if _current is not None and _current._lock is not None:
        _current._lock.release()
    _current = None


@contextlib.contextmanager
def atomic():
    """The one way to write: BEGIN IMMEDIATE, so a read-then-write never deadlocks.

    Nested calls are savepoints. When the outermost one commits, what the services noted
    (core/changes.py) is published; when it rolls back, dropped.
    """
    outermost = db.transaction_depth() == 0
    try:
        with db.atomic("IMMEDIATE") as txn:
            yield txn
    except BaseException:
        if outermost:
            changes.discard()
        raise
    if outermost:
        changes.flush()


def user_version() -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def set_user_version(version: int) -> None:
    db.execute_sql(f"PRAGMA user_version = {int(version)}")
