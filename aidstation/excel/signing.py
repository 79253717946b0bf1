"""Monthly workbooks signed with the station's Ed25519 key, and the district's registry of keys.

Why. The values hash of DESIGN §8 is plain SHA-256 with no key: whoever edits a return can
recompute it, and the edited return merges as if the station had sent it. So each station
signs its returns. The hidden `meta` sheet carries the station's public key (`public_key`, 32
bytes as hex) and a signature (`signature`, 64 bytes as hex) over `signed_text`: a fixed first
line, the station code, month, correction number and audit anchor of the return, then the very
text `values_sha256` hashes (one `key=value` line per indicator). The district verifies the
signature with the key the file carries and keeps a registry of station keys (`StationKey`, in
the district's own open station): the first signed return of a station code registers its key;
a return of a known station signed with another key is refused, as is a bad signature and a
return without one.

Threat model. A good signature proves that the workbook was signed by whoever holds the
private key of the station it names (as registered), and that nothing it signs — station code,
month, correction, audit anchor, every value — changed after signing: an edit, a value moved
between stations, an old return passed off as a later correction, all fail. It does not prove
that the figures are true (the station signs whatever its database holds, including what was
typed wrongly or made up), nor that the station's PC was not taken over: anyone who copies the
station's key file can sign as the station, and anyone who can change the station's database
before the export gets their figures signed. Labels, the station name and the detail sheets are
not signed. The registry trusts on first use: the first key the district sees for a code is
taken as that station's, whoever made it; a station that really gets a new key (a new PC, a
lost folder) must tell the district, which forgets the old key on the District page after
checking with the station by another channel. Without an open station (the command line's
`consolidate`) there is no registry: signatures are verified, keys are neither registered nor
compared.

Where the key lives. The private key is a file, `station-key.pem` (PKCS#8 PEM, readable only
by its owner where the system has permissions), in the station folder beside station.db, and
not a Setting row: the database travels — every daily backup, the copies on USB sticks, the
file a restore brings in — and a key inside it would travel with each copy, so that anyone
holding any backup could sign returns as the station. The station folder is the station (DESIGN
§3); a station rebuilt on a new PC from a backup alone makes a new key on its first export,
which the district sees as a changed key: the right question to ask then. A key file that
cannot be read is an error, never silently replaced: a new key would hide that the old one
was tampered with.
"""
from __future__ import annotations

import binascii
import hashlib
import json
import math
import os
import re
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from aidstation.core import records
from aidstation.core.db import StationError, atomic, current_station
from aidstation.core.files import atomic_path
from aidstation.core.models import StationKey, now

KEY_FILE = "station-key.pem"
FIRST_LINE = "aidstation.monthly signature 1"
# The meta fields the signature covers, in this order, before the values.
SIGNED_FIELDS = ("station_code", "month", "correction", "audit_events", "audit_head")
_HEX = re.compile(r"[0-9a-fA-F]+")
NOT_MERGED_ZH = "未汇总"
NOT_MERGED_EN = "not merged"


class SigningError(Exception):
    """The station's key cannot be made or read; str() is English, `zh` Chinese."""

    def __init__(self, en: str, zh: str):
        super().__init__(en)
        self.zh = zh


# --- the station's key ---------------------------------------------------------------------------

def key_path(folder: Path | str | None = None) -> Path:
    return Path(folder if folder is not None else current_station().folder) / KEY_FILE


def ensure_key(folder: Path | str | None = None) -> Ed25519PrivateKey:
    """The station's signing key, made on first need (station setup, or the first export of a
    station older than signatures) and kept in `station-key.pem` in the station folder."""
    path = key_path(folder)
    if path.exists():
        return _load(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    try:
        with atomic_path(path) as tmp:  # mkstemp: the temporary is already owner-only (0600)
            tmp.write_bytes(pem)
            os.chmod(tmp, 0o600)
    except OSError as exc:
        raise SigningError(f"the station's signing key {path} cannot be written ({exc.strerror or exc})",
                           f"无法写入站点签名密钥 {path}（{exc.strerror or exc}）") from None
    return key


def _load(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes()[:64 * 1024], password=None)
        reason = "not an Ed25519 key"
    except OSError as exc:
        key, reason = None, exc.strerror or str(exc)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        key, reason = None, "not a key"
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningError(
            f"the station's signing key {path} cannot be read ({reason}); put the right file "
            "back, or move it away to make a new key (the district will then see a new key for "
            "this station)",
            f"无法读取站点签名密钥 {path}；请放回正确的文件，或将其移走以生成新密钥（区司法局会看到本站密钥已更换）")
    return key


def public_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def fingerprint(public_key_hex: str) -> str:
    """First 16 hex digits of SHA-256 of the raw public key, in groups of four: `1a2b 3c4d ...`."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


# --- what is signed ------------------------------------------------------------------------------

def values_text(values: Mapping[str, object]) -> str:
    """One `key=value\\n` line per indicator, values as json.dumps writes them (DESIGN §8): the
    text `values_sha256` hashes and the signature covers."""
    return "".join(f"{key}={json.dumps(value)}\n" for key, value in values.items())


def _field(value) -> str:
    """A meta field as signed: whole numbers as digits (Excel may hand 3 back as 3.0), text as is."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value)


def signed_text(meta: Mapping[str, object], values: Mapping[str, object]) -> str:
    """The text a return's signature covers: FIRST_LINE, `field=value` for SIGNED_FIELDS, the values."""
    head = "".join(f"{name}={_field(meta.get(name))}\n" for name in SIGNED_FIELDS)
    return f"{FIRST_LINE}\n{head}{values_text(values)}"


def sign_fields(meta: Mapping[str, object], values: Mapping[str, object],
                key: Ed25519PrivateKey) -> dict[str, str]:
    """The `public_key` and `signature` rows of meta for a return with these fields and values."""
    signature = key.sign(signed_text(meta, values).encode("utf-8"))
    return {"public_key": public_hex(key), "signature": signature.hex()}


# --- the district's side -------------------------------------------------------------------------

def _hex_bytes(value, size: int) -> bytes | None:
    if not isinstance(value, str) or len(value.strip()) != size * 2 or not _HEX.fullmatch(value.strip()):
        return None
    try:
        return bytes.fromhex(value.strip())
    except (ValueError, binascii.Error):
        return None


def check_return(meta: Mapping[str, object], values: Mapping[str, object], *,
                 user=None) -> tuple[str, str] | None:
    """(English, Chinese) problem of one return's signature, or None when it is good.

    `meta` and `values` as the district read them (`StationReturn.meta`, `.values`). The
    signature must verify with the key the file carries; then, when a station is open, that key
    must be the one registered for the station code — the first seen is registered (audited
    under `user`, by default the system actor `district-merge`) and a known key's last_seen
    updated. Each text ends "; not merged" / "，未汇总"."""
    key_text, sig_text = meta.get("public_key"), meta.get("signature")
    if key_text in (None, "") and sig_text in (None, ""):
        return ("not signed (exported by an AidStation without signatures, or its signature was "
                f"removed); {NOT_MERGED_EN}",
                f"未签名（由不支持签名的旧版本导出，或签名已被删除），{NOT_MERGED_ZH}")
    raw_key, signature = _hex_bytes(key_text, 32), _hex_bytes(sig_text, 64)
    try:
        if raw_key is None or signature is None:
            raise ValueError("malformed")
        public = Ed25519PublicKey.from_public_bytes(raw_key)
    except ValueError:
        return (f"its signature or station key cannot be read; {NOT_MERGED_EN}",
                f"签名或站点公钥无法读取，{NOT_MERGED_ZH}")
    try:
        public.verify(signature, signed_text(meta, values).encode("utf-8"))
    except (InvalidSignature, TypeError, ValueError):
        return ("bad signature (changed after it was signed, or not signed with the key it "
                f"carries); {NOT_MERGED_EN}",
                f"签名无效（签名后被修改，或并非由所附密钥签名），{NOT_MERGED_ZH}")
    code = meta.get("station_code")
    if not isinstance(code, str) or not code:
        return None  # no station to register it for: the meta check refuses the file
    return _registered(code, raw_key.hex(), user)


def _open_station():
    try:
        return current_station()
    except StationError:
        return None


def _registered(code: str, key_hex: str, user) -> tuple[str, str] | None:
    """None when `key_hex` is (now) the key registered for `code`, else the problem."""
    station = _open_station()
    if station is None:
        return None
    if station.read_only:  # a damaged station compares, and registers nothing
        row = StationKey.get_or_none(StationKey.code == code)
        return None if row is None or row.public_key == key_hex else _changed(row, key_hex)
    with atomic():
        row = StationKey.get_or_none(StationKey.code == code)
        if row is None:
            row = StationKey.create(code=code, public_key=key_hex, fingerprint=fingerprint(key_hex),
                                    first_seen=now(), last_seen=now())
            records.record_write(user or records.system("district-merge"), "register", "StationKey",
                                 row.id, detail=f"{code} {row.fingerprint}")
            return None
        if row.public_key != key_hex:
            return _changed(row, key_hex)
        StationKey.update(last_seen=now()).where(StationKey.id == row.id).execute()
    return None


def _changed(row: StationKey, key_hex: str) -> tuple[str, str]:
    first = row.first_seen.date().isoformat() if hasattr(row.first_seen, "date") else str(row.first_seen)
    theirs = fingerprint(key_hex)
    return (f"signed with another key than the one registered for {row.code} (registered "
            f"{row.fingerprint}, first seen {first}; this file {theirs}); {NOT_MERGED_EN}. "
            "If the station really has a new key, check with it, then forget its old key "
            "on the District page",
            f"签名密钥与登记的 {row.code} 站点密钥不同（登记 {row.fingerprint}，首次见于 {first}；"
            f"本文件 {theirs}），{NOT_MERGED_ZH}。如该站确已更换密钥，请与其核实后在“区汇总”页删除其旧密钥")


def registry() -> list[StationKey]:
    """The registered station keys of the open station, by code."""
    return list(StationKey.select().order_by(StationKey.code))


def forget_key(code: str, *, user) -> bool:
    """Forget the key registered for `code` (administrators only): the station's next signed
    return registers whatever key it carries. False when none was registered."""
    records.require_admin(user, "forget a station's key", "删除站点密钥")
    with atomic():
        row = StationKey.get_or_none(StationKey.code == code)
        if row is None:
            return False
        StationKey.delete().where(StationKey.id == row.id).execute()
        records.record_write(user, "delete", "StationKey", row.id, detail=f"{code} {row.fingerprint}")
    return True
