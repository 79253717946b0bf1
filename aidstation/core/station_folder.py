"""The station folder's file names, and a glance into a station before the database layer loads.

Nothing here imports peewee or the models: the desk shows its login dialog first and opens the
database behind it (gui/shell/app.py), so this module must stay light.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DB_NAME = "station.db"
KEYS_NAME = "station.keys"  # an encrypted station's key file (core/keys.py reads and writes it)
LOCK_NAME = "station.lock"
CLEAN_NAME = ".station.clean"  # written by a clean close; see core/db.py, "the start-up check"
SUBFOLDERS = ("backups", "exports", "documents", "photos", "logs")


def has_station(folder: Path | str) -> bool:
    """True when `folder` holds a station.db, intact or damaged (even an empty file): only a
    missing one may become a new station."""
    return os.path.lexists(Path(folder) / DB_NAME)


def is_encrypted(folder: Path | str) -> bool:
    """Whether the station in `folder` is encrypted (it has a key file)."""
    return (Path(folder) / KEYS_NAME).is_file()


def glance_keys(folder: Path | str) -> dict[str, str]:
    """The station's name and demo flag as its key file notes them (core.keys.set_station);
    {} when the file cannot be read. Read with json alone: the key file's own module (hashes,
    ciphers) loads once the clerk signs in."""
    import json  # only an encrypted station's login needs it

    try:
        data = json.loads((Path(folder) / KEYS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    station = data.get("station") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in station.items()} if isinstance(station, dict) else {}


def glance(folder: Path | str, keys: tuple[str, ...]) -> dict[str, str]:
    """Settings `keys` of the station in `folder`, read-only and without the models (the login
    dialog's station name, before the station is opened); {} when they cannot be read: the
    opening that follows says why. An encrypted station's come from its key file."""
    if is_encrypted(folder):  # the file cannot be read before signing in
        noted = glance_keys(folder)
        return {k: noted[k] for k in keys if k in noted}
    path = Path(folder) / DB_NAME
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=0.2)
        try:
            marks = ",".join("?" * len(keys))
            rows = con.execute(f'SELECT "key", "value" FROM "setting" WHERE "key" IN ({marks})',
                               keys).fetchall()
        finally:
            con.close()
    except (sqlite3.Error, OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in rows}
