"""The key file beside an encrypted station.db: the data key, wrapped once per user and once
under the recovery key.

The database is encrypted (SQLCipher 4) with a random 256-bit data key that is never stored as
it is. Each active account has one wrap of it: AES-256-GCM under a key derived from that
account's password with argon2id (its own salt; the password hash in the user table is separate
and stays as it is). One more wrap is under the recovery key, a random key printed on the
recovery sheet, the only way in when every administrator has forgotten their password.

The file (`station.keys`, JSON) is written atomically (temporary file, fsync, os.replace) and a
copy is kept in backups/ (the backups there are encrypted with the same key, and a key file
that is lost takes the station with it). A wrap is found by a keyed hash of the casefolded
username, not the name itself: the file names no one. It also holds the station's name and
whether it is a demo, which the login dialog shows before the database can be opened.

Nothing here imports peewee or the models: the desk unlocks the station from its login dialog
before the database layer loads (gui/shell/app.py).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The file's name, whether a folder has one, and what the login reads of it before anyone signs
# in live in the light station_folder module (the login dialog must not load this one).
from aidstation.core.station_folder import KEYS_NAME, glance_keys, is_encrypted  # noqa: F401 - re-exported

NEW_NAME = ".station.keys.new"  # the key file of a station being encrypted, until the swap
FORMAT = "aidstation.keys"
VERSION = 1
KEY_BYTES = 32
# argon2id as RFC 9106's second recommendation (and argon2-cffi's PasswordHasher defaults):
# 64 MiB, 3 passes, 4 lanes; about 60 ms here, paid once per sign-in.
KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 4}
# Recovery keys: 30 characters of Crockford's base32 (no I, L, O or U; typed O reads as 0, I and
# L as 1), 150 bits, shown in six groups of five.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_LENGTH = 30
RECOVERY_GROUP = 5
RECOVERY = "recovery"


class KeyFileError(Exception):
    """A key file that cannot be read or used; the message says why, in one line."""


class WrongKey(KeyFileError):
    """The password or recovery key does not unwrap the data key (or no wrap exists)."""


@dataclass
class KeyFile:
    path: Path
    data: dict

    @property
    def wraps(self) -> dict[str, dict]:
        return self.data.setdefault("wraps", {})

    @property
    def salt(self) -> bytes:
        return _b64d(self.data["salt"])

    def wrap_id(self, username: str) -> str:
        """Where the wrap of `username` is kept: a keyed hash of the casefolded name."""
        name = (username or "").strip().casefold().encode("utf-8")
        return "u-" + hmac.new(self.salt, name, hashlib.sha256).hexdigest()[:32]

    def has_user(self, username: str) -> bool:
        return self.wrap_id(username) in self.wraps

    def users(self) -> int:
        return sum(1 for k in self.wraps if k != RECOVERY)


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def keys_path(folder: Path | str) -> Path:
    return Path(folder) / KEYS_NAME


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A fresh recovery key, grouped for reading: 'ABCDE-FGHJK-…'."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery(raw)


def normalise_recovery(text: str) -> str:
    """The recovery key as typed (any case, spaces or dashes, O for 0 …) as its 30 characters."""
    text = (text or "").upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return "".join(ch for ch in text if ch.isalnum())


def format_recovery(text: str) -> str:
    raw = normalise_recovery(text)
    return "-".join(raw[i:i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def _derive(secret: str, kdf: dict) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    if kdf.get("name") != "argon2id":
        raise KeyFileError(f"the key file uses an unknown key derivation ({kdf.get('name')})")
    return hash_secret_raw(secret.encode("utf-8"), _b64d(kdf["salt"]),
                           time_cost=int(kdf["time_cost"]), memory_cost=int(kdf["memory_cost"]),
                           parallelism=int(kdf["parallelism"]), hash_len=KEY_BYTES, type=Type.ID)


def _wrap(data_key: bytes, secret: str, wrap_id: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = dict(KDF, salt=_b64e(secrets.token_bytes(16)))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, kdf)).encrypt(nonce, data_key, wrap_id.encode("ascii"))
    return {"kdf": kdf, "nonce": _b64e(nonce), "wrapped": _b64e(sealed)}


def _unwrap(entry: dict, secret: str, wrap_id: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key = AESGCM(_derive(secret, entry["kdf"])).decrypt(
            _b64d(entry["nonce"]), _b64d(entry["wrapped"]), wrap_id.encode("ascii"))
    except InvalidTag:
        raise WrongKey("wrong password or recovery key") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileError(f"the key file's entry is damaged ({exc})") from None
    if len(key) != KEY_BYTES:
        raise KeyFileError("the key file's entry holds no data key")
    return key


def _dummy_derive(secret: str) -> None:
    """What a wrong name costs: the same derivation, so the time does not tell names apart."""
    _derive(secret or "", dict(KDF, salt=_b64e(b"\0" * 16)))


# --- reading and writing ---------------------------------------------------------------------
def load(folder: Path | str) -> KeyFile:
    path = keys_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError(f"the station is not encrypted ({KEYS_NAME} is missing)") from None
    except OSError as exc:
        raise KeyFileError(f"{path} cannot be read ({exc.strerror or exc})") from None
    except ValueError:
        raise KeyFileError(f"{path} is damaged (not JSON): restore it from backups/{KEYS_NAME}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("wraps"), dict):
        raise KeyFileError(f"{path} is not an AidStation key file")
    if int(data.get("version", 0)) > VERSION:
        raise KeyFileError(f"{path} was written by a newer AidStation")
    return KeyFile(path, data)


def save(keyfile: KeyFile) -> None:
    """Write the key file atomically, then its copy in backups/ (best effort)."""
    text = json.dumps(keyfile.data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    _write_atomic(keyfile.path, text)
    backups = keyfile.path.parent / "backups"
    try:
        backups.mkdir(exist_ok=True)
        _write_atomic(backups / KEYS_NAME, text)
    except OSError:
        pass  # the station's own key file is written; the copy is a spare


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if os.name != "nt":
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def create(folder: Path | str, data_key: bytes, recovery_key: str, *,
           station: dict | None = None, path: Path | None = None) -> KeyFile:
    """A new key file for `data_key` with its recovery wrap (each account adds its own:
    set_user). Written to `path` (default: station.keys in `folder`)."""
    keyfile = KeyFile(path or keys_path(folder), {
        "format": FORMAT, "version": VERSION, "cipher": "sqlcipher4-raw-key",
        "salt": _b64e(secrets.token_bytes(16)), "station": dict(station or {}), "wraps": {}})
    _check(keyfile, data_key)
    keyfile.wraps[RECOVERY] = _wrap(data_key, normalise_recovery(recovery_key), RECOVERY)
    save(keyfile)
    return keyfile


def unlock(folder: Path | str, username: str, password: str) -> bytes:
    """The data key, unwrapped with `username`'s password; WrongKey when the name has no wrap
    or the password is wrong (one argon2 derivation either way)."""
    keyfile = load(folder)
    wrap_id = keyfile.wrap_id(username)
    entry = keyfile.wraps.get(wrap_id)
    if entry is None:
        _dummy_derive(password)
        raise WrongKey("wrong username or password")
    return _unwrap(entry, password or "", wrap_id)


def unlock_recovery(folder: Path | str, recovery_key: str) -> bytes:
    keyfile = load(folder)
    entry = keyfile.wraps.get(RECOVERY)
    if entry is None:
        raise KeyFileError("the key file holds no recovery wrap")
    try:
        return _unwrap(entry, normalise_recovery(recovery_key), RECOVERY)
    except WrongKey:
        raise WrongKey("wrong recovery key") from None


def set_user(folder: Path | str, data_key: bytes, username: str, password: str) -> None:
    """Wrap the data key for `username` under `password` (new account, new password)."""
    keyfile = load(folder)
    _check(keyfile, data_key)
    wrap_id = keyfile.wrap_id(username)
    keyfile.wraps[wrap_id] = _wrap(data_key, password, wrap_id)
    save(keyfile)


def drop_user(folder: Path | str, username: str) -> bool:
    """Remove `username`'s wrap (a deactivated account); True when there was one."""
    keyfile = load(folder)
    if keyfile.wraps.pop(keyfile.wrap_id(username), None) is None:
        return False
    save(keyfile)
    return True


def set_recovery(folder: Path | str, data_key: bytes, recovery_key: str) -> None:
    """Replace the recovery wrap (a new recovery sheet; the old key stops working)."""
    keyfile = load(folder)
    _check(keyfile, data_key)
    keyfile.wraps[RECOVERY] = _wrap(data_key, normalise_recovery(recovery_key), RECOVERY)
    save(keyfile)


def set_station(folder: Path | str, station: dict) -> None:
    """What the login dialog shows before unlocking (name, demo flag), when it changed."""
    keyfile = load(folder)
    if keyfile.data.get("station") != station:
        keyfile.data["station"] = dict(station)
        save(keyfile)


def _check(keyfile: KeyFile, data_key: bytes) -> None:
    """A new wrap only of the key the file is for: the check value, kept beside the wraps."""
    check = _b64e(hmac.new(data_key, b"aidstation data key", hashlib.sha256).digest()[:16])
    stored = keyfile.data.setdefault("check", check)
    if not hmac.compare_digest(stored, check):
        raise KeyFileError("this is not the key the station's key file is for")


def sql_key(data_key: bytes) -> str:
    """The SQLCipher raw-key literal (no PBKDF2 on top of a key that is random already)."""
    return f"\"x'{data_key.hex()}'\""
