"""Opening a station folder: lock it, check the file, migrate it; and what a station code may be.

Above db.py, migrations.py and backup.py: the one place that ties them together.
"""
from __future__ import annotations

import re
from pathlib import Path

from aidstation.core import backup
from aidstation.core.db import (
    DB_NAME,
    LOCK_NAME,
    PRAGMAS,
    SUBFOLDERS,
    Station,
    StationDamaged,
    StationError,
    _FolderLock,
    bind,
    check_file,
    close_station,
    db,
)
from aidstation.core.validation import ValidationError

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")


def has_station(folder: Path | str) -> bool:
    """True when `folder` holds a station database (an empty file is not one)."""
    path = Path(folder) / DB_NAME
    return path.exists() and path.stat().st_size > 0


def check_station_code(code: str) -> str:
    """A station code goes into file names and card serials: ASCII letters, digits, - and _."""
    code = (code or "").strip()
    if not _CODE.match(code):
        raise ValidationError("code", "a station code has 1-20 ASCII letters, digits, '-' or '_'",
                              "站点代码为1-20个英文字母、数字、“-”或“_”")
    return code


def open_station(folder: Path | str, *, read_only: bool = False, create: bool = True) -> Station:
    """Open (and if need be create and migrate) the station in `folder`.

    Raises StationLocked, StationDamaged or StationTooNew with a one-line reason. With
    read_only=True a damaged or newer database is opened for reading only (no migration, no
    writes), so the clerk can still look at it and restore a backup.
    """
    folder = Path(folder).expanduser().resolve()
    path = folder / DB_NAME
    if not path.exists() and not create:
        raise StationError(f"no station in {folder}")
    folder.mkdir(parents=True, exist_ok=True)
    close_station()
    lock = _FolderLock(folder / LOCK_NAME)
    try:
        existed = path.exists() and path.stat().st_size > 0
        problem = check_file(path) if existed else ""
        if read_only:
            db.init(f"file:{path}?mode=ro", uri=True, pragmas={"busy_timeout": 5000})
            db.connect(reuse_if_open=True)
            station = Station(folder, read_only=True, problem=problem, _lock=lock)
        else:
            if problem:
                raise StationDamaged(f"the station database is damaged ({problem})")
            db.init(str(path), pragmas=PRAGMAS)
            db.connect(reuse_if_open=True)
            station = Station(folder, _lock=lock)
            backup.upgrade(station, existed=existed)
        for name in SUBFOLDERS:
            (folder / name).mkdir(exist_ok=True)
    except BaseException:
        if not db.is_closed():
            db.close()
        lock.release()
        raise
    bind(station)
    return station
