"""Signing in to an encrypted station, and turning encryption on for a plain one.

Signing in unwraps the data key with the user's password (core/keys.py), opens the database
with it, and then checks the password hash as for a plain station (core/accounts.py), which
also records the login. A wrong password cannot reach the database (it is still locked), so
refusals before the unlock are counted here, in memory, with the same lock-out as accounts.py
(five in a row lock the name for five minutes), and written to the audit log at the next
sign-in on this station.
"""
from __future__ import annotations

import datetime as dt
import logging
import math
import os
from pathlib import Path

from aidstation.core import keys

log = logging.getLogger(__name__)

MAX_FAILED = 5
LOCK_MINUTES = 5
ENCRYPT_NAME = ".station.db.encrypt"  # the encrypted copy while it is made

# (folder, casefolded name) -> (failures in a row, locked until); failures not yet audited
_failures: dict[tuple[str, str], tuple[int, dt.datetime | None]] = {}
_unaudited: dict[str, int] = {}


class UnlockRefused(Exception):
    """The key file refused the sign-in. `reason` is wrong_password | locked, as for
    accounts.LoginError (the caller shows that error's words)."""

    def __init__(self, reason: str, minutes_remaining: int = 0):
        super().__init__(reason)
        self.reason, self.minutes_remaining = reason, minutes_remaining


def unlock(folder: Path | str, username: str, password: str) -> bytes:
    """The data key for `username` and `password`, else UnlockRefused (or KeyFileError for a key
    file that cannot be read)."""
    folder = str(Path(folder).resolve())
    who = (folder, (username or "").strip().casefold())
    moment = dt.datetime.now()
    failed, until = _failures.get(who, (0, None))
    if until is not None and until > moment:
        raise UnlockRefused("locked", max(1, math.ceil((until - moment).total_seconds() / 60)))
    try:
        key = keys.unlock(folder, username, password)
    except keys.WrongKey:
        _unaudited[folder] = _unaudited.get(folder, 0) + 1
        if failed + 1 >= MAX_FAILED:
            _failures[who] = (0, moment + dt.timedelta(minutes=LOCK_MINUTES))
            raise UnlockRefused("locked", LOCK_MINUTES) from None
        _failures[who] = (failed + 1, None)
        raise UnlockRefused("wrong_password") from None
    _failures.pop(who, None)
    return key


def note_refusals() -> None:
    """Audit the refusals the key file made on the open station since its last sign-in."""
    from aidstation.core.audit import record_event
    from aidstation.core.db import atomic, current_station

    station = current_station()
    count = _unaudited.pop(str(station.folder), 0)
    if count and not station.read_only:
        with atomic():
            for _ in range(count):
                record_event(None, "login_failed", "User", None,
                             detail="wrong username or password (key file)")


def open_signed_in(folder: Path | str, username: str, password: str, *, read_only: bool = False):
    """Open the encrypted station in `folder` as `username`: unlock, open, authenticate.
    Returns (station, user); raises UnlockRefused, accounts.LoginError or StationError."""
    from aidstation.core import accounts
    from aidstation.core.station import open_station

    key = unlock(folder, username, password)
    station = open_station(folder, key=key, create=False, read_only=read_only)
    if read_only:
        user = accounts.check_login(username, password)
        if user is None:
            raise accounts.LoginError("wrong_password")
        return station, user
    note_refusals()
    return station, accounts.authenticate(username, password)


def open_with_recovery(folder: Path | str, recovery_key: str, *, read_only: bool = False):
    """Open the encrypted station with its recovery key (keys.WrongKey when wrong)."""
    from aidstation.core.station import open_station

    key = keys.unlock_recovery(folder, recovery_key)
    return open_station(folder, key=key, create=False, read_only=read_only)


def encrypt_station(*, user, password: str, progress=None) -> tuple[Path, str]:
    """Turn encryption on for the open plain station; returns (the plain backup, the recovery
    key). Administrators only, giving their own password (their wrap is made with it).

    Steps: a fully verified plain backup into backups/ (`pre-encryption-…`, never rotated
    away, so the clerk keeps a way back until it is deleted); sqlcipher_export into a new file;
    every table's row count and the schema version compared, and the copy's integrity checked
    (backup.export_encrypted); the key file written; the encrypted file moved over station.db;
    the station reopened with the key. Other accounts get their wrap when an administrator
    sets a new password for them (accounts.reset_password); until then they cannot sign in.
    """
    from aidstation.core import accounts, backup
    from aidstation.core.audit import record_event
    from aidstation.core.db import DB_NAME, StationError, atomic, close_station, current_station, db
    from aidstation.core.station import open_station

    accounts.require_admin(user, "turn encryption on", "启用加密")
    station = current_station()
    if station.encrypted:
        raise StationError("the station is encrypted already")
    if station.read_only:
        raise StationError("the station is open read-only: restore a backup first")
    if not accounts.check_password(user, password):
        raise accounts.ValidationError("password", "the password is wrong", "密码不正确")
    folder = station.folder
    say = progress or (lambda text: None)
    say("backup")
    plain = backup.make_backup(backup._stamped(station.sub("backups"), "pre-encryption"), full=True)
    data_key, recovery = keys.new_data_key(), keys.new_recovery_key()
    target = folder / ENCRYPT_NAME
    say("export")
    db.close()  # the last connection: SQLite checkpoints the WAL into station.db
    try:
        backup.export_encrypted(folder / DB_NAME, target, data_key)
    except BaseException:
        db.connect(reuse_if_open=True)
        raise
    say("keys")
    keyfile_tmp = folder / keys.NEW_NAME
    keyfile = keys.create(folder, data_key, recovery, path=keyfile_tmp)
    keyfile.wraps[keyfile.wrap_id(user.username)] = keys._wrap(
        data_key, password, keyfile.wrap_id(user.username))
    keys.save(keyfile)
    close_station()
    for suffix in ("-wal", "-shm"):
        stale = folder / (DB_NAME + suffix)
        if stale.exists():
            stale.unlink()
    # station.keys last: a crash before it leaves the plain station.db untouched and opening;
    # between the two moves, open_station finds the encrypted file and finishes the second
    # (station.check_key); the spare copy in backups/ holds the same wraps (keys.save).
    os.replace(target, folder / DB_NAME)
    os.replace(keyfile_tmp, keys.keys_path(folder))
    open_station(folder, key=data_key, create=False)
    with atomic():
        record_event(user, "encrypt", "", None,
                     detail=f"encryption turned on; plain backup {plain.name}")
    say("done")
    return plain, recovery


def delete_plain_backups(*, user) -> list[Path]:
    """Delete every plain (unencrypted) backup in backups/ of the open encrypted station, once
    the administrator has checked the encrypted station works; audited."""
    from aidstation.core import accounts, backup
    from aidstation.core.audit import record_event
    from aidstation.core.db import atomic, current_station

    accounts.require_admin(user, "delete backups", "删除备份")
    station = current_station()
    if not station.encrypted:
        return []
    removed = []
    for item in backup.list_backups():
        if backup._plain(item.path):
            item.path.unlink()
            removed.append(item.path)
    if removed:
        with atomic():
            record_event(user, "delete", "", None, detail=f"{len(removed)} plain backups deleted")
    return removed


def plain_backups() -> list[Path]:
    """The plain (unencrypted) backups left in backups/ of the open station."""
    from aidstation.core import backup

    return [i.path for i in backup.list_backups() if backup._plain(i.path)]


def recover_admin(folder: Path | str, recovery_key: str, username: str, new_password: str):
    """Every administrator forgot their password: open the station with the recovery key and
    give the administrator `username` the new password (and so a new wrap); audited as
    system:recovery. Returns the open station; the administrator then signs in as usual.
    Raises keys.WrongKey, ValidationError (not an active administrator, a weak password)."""
    from aidstation.core import accounts
    from aidstation.core.db import close_station
    from aidstation.core.validation import ValidationError

    accounts.check_strength(new_password, username)
    station = open_with_recovery(folder, recovery_key)
    try:
        target = accounts.get_user(username)
        if target is None or not target.active or target.role != accounts.ADMIN:
            raise ValidationError("username", f"{username} is not an active administrator",
                                  f"{username} 不是有效的管理员账号")
        accounts.reset_password(target, new_password, user=accounts.system("recovery"))
    except BaseException:
        close_station()
        raise
    return station


def renew_recovery_key(*, user, password: str) -> str:
    """A new recovery key for the open encrypted station (the old sheet stops working);
    an administrator, giving their password. Returns the key, to be shown once; audited."""
    from aidstation.core import accounts
    from aidstation.core.audit import record_event
    from aidstation.core.db import StationError, atomic, current_station

    accounts.require_admin(user, "make a new recovery key", "重新生成恢复密钥")
    station = current_station()
    if not station.encrypted:
        raise StationError("the station is not encrypted")
    if not accounts.check_password(user, password):
        raise accounts.ValidationError("password", "the password is wrong", "密码不正确")
    recovery = keys.new_recovery_key()
    keys.set_recovery(station.folder, station.key, recovery)
    with atomic():
        record_event(user, "update", "", None, detail="new recovery key; the old one no longer opens the station")
    return recovery


def accounts_without_wrap() -> list:
    """Active accounts of the open encrypted station that cannot open it (made before
    encryption was turned on, or activated again): each needs a new password."""
    from aidstation.core import accounts
    from aidstation.core.db import current_station

    station = current_station()
    if not station.encrypted:
        return []
    keyfile = keys.load(station.folder)
    return [u for u in accounts.list_users(include_inactive=False) if not keyfile.has_user(u.username)]
