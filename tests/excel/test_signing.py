"""Signed monthly workbooks (issue 12, point 12): a return edited after export, its values hash
recomputed, no longer passes; the district registers each station's key on first sight and
refuses a known station's return signed with another key."""
from __future__ import annotations

import datetime as dt
import os
import stat

import openpyxl
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from aidstation.core import records, settings
from aidstation.core.db import close_station
from aidstation.core.models import AuditEvent, Consultation, StationKey, User
from aidstation.core.station import open_station
from aidstation.core.validation import ValidationError
from aidstation.excel import district, monthly, signing

SYSTEM = records.system("test")


def _export(folder, code="DC01", month=3, consultations=2, out=None):
    """A station in `folder` with a few March consultations; its return; closed after."""
    open_station(folder)
    try:
        settings.set_many({"station.name": f"{code} 站", "station.code": code}, user=SYSTEM)
        for i in range(consultations):
            Consultation.create(number=f"{code}{month}{i:03d}", received_at=dt.datetime(2026, month, 2 + i, 9))
        return monthly.export_month(2026, month, out, details=False, user=SYSTEM)
    finally:
        close_station()


def _edit(path, out, *, values=None, meta=None, rehash=True):
    """A copy of the return at `path` with values and meta fields changed, its values hash
    recomputed (what anyone can do: SHA-256 has no key); returns the re-read return."""
    wb = openpyxl.load_workbook(path)
    ws = wb["月报"]
    ret = district.read_return(path)
    new_values = dict(ret.values)
    for key, value in (values or {}).items():
        ws[f"{ret.cols[key]}{ret.rows[key]}"].value = value
        new_values[key] = value
    fields = dict(meta or {})
    if rehash:
        fields["values_sha256"] = monthly.values_sha256(new_values)
    rows = {row[0].value: row for row in wb["meta"].iter_rows()}
    for key, value in fields.items():
        rows[key][1].value = value
    wb.save(out)
    return district.read_return(out)


def _resign(ret, out, key):
    """The return re-signed with `key` (a forger's own key: the signature is good)."""
    return _edit(ret.path, out, meta=signing.sign_fields(ret.meta, ret.values, key), rehash=False)


@pytest.fixture
def exported(tmp_path):
    return _export(tmp_path / "dc01", out=tmp_path / "in" / "DC01-2026-03.xlsx")


@pytest.fixture
def district_station(tmp_path):
    station = open_station(tmp_path / "district")
    yield station
    close_station()


def test_the_export_is_signed_with_the_stations_own_key(tmp_path, exported):
    ret = district.read_return(exported.path)
    assert len(ret.meta["public_key"]) == 64 and len(ret.meta["signature"]) == 128
    assert signing.check_return(ret.meta, ret.values) is None
    key_file = tmp_path / "dc01" / signing.KEY_FILE
    assert key_file.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert signing.public_hex(signing.ensure_key(tmp_path / "dc01")) == ret.meta["public_key"]
    # the next export of the station signs with the same key
    again = district.read_return(_export(tmp_path / "dc01", month=4, out=tmp_path / "apr.xlsx").path)
    assert again.meta["public_key"] == ret.meta["public_key"]
    assert signing.signed_text(ret.meta, ret.values).startswith(
        "aidstation.monthly signature 1\nstation_code=DC01\nmonth=2026-03\ncorrection=0\naudit_events=")
    assert signing.signed_text(ret.meta, ret.values).endswith(signing.values_text(ret.values))
    fp = signing.fingerprint(ret.meta["public_key"])
    assert len(fp) == 19 and fp.count(" ") == 3


def test_a_value_edited_with_its_hash_recomputed_is_refused(tmp_path, exported):
    edited = _edit(exported.path, tmp_path / "edited.xlsx", values={"consult.total": 300})
    assert district.check_hash(edited) == []  # the plain hash alone is fooled
    en, zh = signing.check_return(edited.meta, edited.values)
    assert en.startswith("bad signature") and en.endswith("; not merged")
    assert zh.startswith("签名无效") and zh.endswith("未汇总")


@pytest.mark.parametrize("meta", [
    {"station_code": "XC02"},  # passed off as another station's return
    {"month": "2026-04"},  # as another month
    {"correction": 3},  # an old return passed off as a later correction
    {"audit_events": 999},  # its audit anchor changed
])
def test_signed_fields_cannot_be_changed(tmp_path, exported, meta):
    edited = _edit(exported.path, tmp_path / "moved.xlsx", meta=meta)
    assert signing.check_return(edited.meta, edited.values)[0].startswith("bad signature")


def test_an_unsigned_or_damaged_signature_is_refused(tmp_path, exported):
    stripped = _edit(exported.path, tmp_path / "s.xlsx", meta={"public_key": "", "signature": ""})
    assert signing.check_return(stripped.meta, stripped.values)[0].startswith("not signed")
    junk = _edit(exported.path, tmp_path / "j.xlsx", meta={"signature": "zz" * 64})
    assert signing.check_return(junk.meta, junk.values)[0] == \
        "its signature or station key cannot be read; not merged"


def test_the_district_registers_a_key_on_first_sight_and_refuses_another(tmp_path, exported,
                                                                        district_station):
    ret = district.read_return(exported.path)
    assert StationKey.select().count() == 0
    assert signing.check_return(ret.meta, ret.values) is None
    row = StationKey.get()
    assert (row.code, row.public_key) == ("DC01", ret.meta["public_key"])
    assert row.fingerprint == signing.fingerprint(ret.meta["public_key"])
    assert row.first_seen.date() == dt.date.today()
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert (event.action, event.entity, event.detail) == ("register", "StationKey", f"DC01 {row.fingerprint}")
    assert signing.check_return(ret.meta, ret.values) is None  # seen again: fine
    # a forger re-signs an edited DC01 return with a key of their own: the signature is good,
    # but it is not DC01's key
    edited = _edit(exported.path, tmp_path / "edited.xlsx", values={"consult.total": 300})
    forged = _resign(edited, tmp_path / "forged.xlsx", Ed25519PrivateKey.generate())
    en, zh = signing.check_return(forged.meta, forged.values)
    assert en.startswith(f"signed with another key than the one registered for DC01 (registered "
                         f"{row.fingerprint}, first seen {row.first_seen.date().isoformat()}; this file ")
    assert "DC01" in zh and row.fingerprint in zh
    assert [k.public_key for k in signing.registry()] == [ret.meta["public_key"]]
    # a station that really has a new key: the district forgets the old one (administrators only)
    clerk = User.create(username="clerk", password_hash="x", role="clerk")
    with pytest.raises(ValidationError):
        signing.forget_key("DC01", user=clerk)
    admin = User.create(username="boss", password_hash="x", role="admin")
    assert signing.forget_key("DC01", user=admin)
    assert not signing.forget_key("DC01", user=admin)
    assert signing.check_return(forged.meta, forged.values) is None  # trusted on first use
    assert StationKey.get().public_key == forged.meta["public_key"]


def test_without_an_open_station_signatures_are_checked_and_nothing_registered(tmp_path, exported):
    ret = district.read_return(exported.path)
    forged = _resign(ret, tmp_path / "forged.xlsx", Ed25519PrivateKey.generate())
    assert signing.check_return(forged.meta, forged.values) is None
    edited = _edit(exported.path, tmp_path / "edited.xlsx", values={"consult.total": 300})
    assert signing.check_return(edited.meta, edited.values)[0].startswith("bad signature")


def test_a_key_file_that_cannot_be_read_is_never_replaced(tmp_path, exported):
    key_file = tmp_path / "dc01" / signing.KEY_FILE
    key_file.write_text("-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n")
    with pytest.raises(signing.SigningError, match="cannot be read"):
        _export(tmp_path / "dc01", month=4, out=tmp_path / "apr.xlsx")
    assert "broken" in key_file.read_text()
    assert not (tmp_path / "apr.xlsx").exists()


def test_a_station_without_a_key_gets_one_on_first_export(tmp_path):
    folder = tmp_path / "old"
    open_station(folder)
    close_station()
    assert not (folder / signing.KEY_FILE).exists()  # as every station before signatures
    ret = district.read_return(_export(folder, out=tmp_path / "r.xlsx").path)
    assert signing.public_hex(signing.ensure_key(folder)) == ret.meta["public_key"]


def check_signature(ret):
    """The per-file check the merge runs (excel/district.py CHECKS), as the lead wires it."""
    problem = signing.check_return(ret.meta, ret.values)
    return [] if problem is None else [district.Problem(ret.path.name, ret.code, problem[1], problem[0])]


@pytest.fixture
def wired(monkeypatch):
    """The merge with the signature check among its per-file checks (until district.py has it)."""
    if not any(getattr(c, "__name__", "") == "check_signature" for c, _ in district.CHECKS):
        monkeypatch.setattr(district, "CHECKS", district.CHECKS + ((check_signature, "bad signature"),))


def test_the_merge_leaves_an_edited_return_out(tmp_path, exported, wired):
    folder = exported.path.parent
    other = _export(tmp_path / "xc02", code="XC02", consultations=3, out=tmp_path / "x.xlsx")
    _edit(other.path, folder / "XC02-2026-03.xlsx", values={"consult.total": 30})
    open_station(tmp_path / "district")
    try:
        result = district.consolidate([folder], tmp_path / "merged.xlsx", month="2026-03")
        assert [r.code for r in result.merged] == ["DC01"]
        assert [(p.file, p.en.split(" (")[0]) for p in result.problems] == [("XC02-2026-03.xlsx", "bad signature")]
        assert [k.code for k in signing.registry()] == ["DC01"]
    finally:
        close_station()


def test_the_district_page_lists_the_registered_keys(tmp_path, exported, district_station, wired,
                                                     qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from aidstation.gui.kit import messages
    from aidstation.gui.reporting.district_page import DistrictPage
    from aidstation.gui.shell.context import AppContext

    admin = User.create(username="d", password_hash="x", role="admin")
    page = DistrictPage(AppContext(district_station, admin, "en"))
    qtbot.addWidget(page)
    assert page.keys_model.rowCount() == 0 and not page.forget_key_button.isEnabled()
    headers = [page.keys_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Code", "Fingerprint", "First seen"]
    ret = district.read_return(exported.path)
    page.add_paths([str(exported.path)])
    page.check()
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert page.keys_model.rowCount() == 1
    cells = [page.keys_model.data(page.keys_model.index(0, c)) for c in range(3)]
    assert cells[:2] == ["DC01", signing.fingerprint(ret.meta["public_key"])]
    assert cells[2].startswith(dt.date.today().isoformat())
    page.keys_view.selectRow(0)
    assert page.forget_key_button.isEnabled()
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    page.forget_key()
    assert page.keys_model.rowCount() == 0 and StationKey.select().count() == 0


def test_the_key_table_model(qtmodeltester):
    from aidstation.gui.reporting.district_page import StationKeyTableModel

    model = StationKeyTableModel()
    key = signing.public_hex(Ed25519PrivateKey.generate())
    model.set_keys([StationKey(code="DC01", public_key=key, fingerprint=signing.fingerprint(key),
                               first_seen=dt.datetime(2026, 3, 5, 9, 30, 12))])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "2026-03-05 09:30"
    assert model.code(0) == "DC01" and model.code(1) is None
