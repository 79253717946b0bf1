"""The foundation the lead wrote: validation, masking, station folder, migrations, codes, settings."""
from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from aidstation.core import codes, masking, settings, validation
from aidstation.core.db import (
    StationLocked,
    StationTooNew,
    close_station,
    db,
    user_version,
)
from aidstation.core.station import open_station
from aidstation.core.validation import ValidationError


def test_resident_id_valid_and_derived():
    rid = validation.resident_id("11010519491231002x")
    assert rid.number == "11010519491231002X"
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert rid.gender == "F"
    assert rid.warning == ""


def test_resident_id_fullwidth_x_normalised():
    assert validation.resident_id("11010519491231002ｘ").number == "11010519491231002X"


@pytest.mark.parametrize("value, fragment", [
    ("11010519491231002", "18 characters"),
    ("99010519491231002X", "province code"),
    ("110105194902300021", "not a real date"),
    ("110105194912310021", "check digit"),
])
def test_resident_id_rejections_name_field(value, fragment):
    with pytest.raises(ValidationError) as err:
        validation.resident_id(value)
    assert err.value.field == "id_number"
    assert fragment in err.value.message
    assert err.value.message_zh != err.value.message


def test_resident_id_future_birth_refused():
    first17 = "11010520300101001"
    number = first17 + validation.id_check_digit(first17)
    with pytest.raises(ValidationError, match="impossible"):
        validation.resident_id(number, today=dt.date(2026, 11, 23))


def test_legacy_fifteen_digit_id_warns():
    rid = validation.resident_id("110105491231002")
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert "15-digit" in rid.warning


@pytest.mark.parametrize("raw, expected", [
    ("+86 138-0013-8000", "13800138000"),
    ("138 0013 8000", "13800138000"),
    ("010-88886666", "01088886666"),
    ("", ""),
])
def test_phone_normalised(raw, expected):
    assert validation.phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "23800138000", "1380013800"])
def test_phone_rejected(raw):
    with pytest.raises(ValidationError) as err:
        validation.phone(raw, "phone")
    assert err.value.field == "phone"


def test_amounts():
    assert validation.amount("1,234.5") == Decimal("1234.50")
    with pytest.raises(ValidationError, match="negative"):
        validation.amount("-1")
    with pytest.raises(ValidationError, match="two decimals"):
        validation.amount("1.234")
    with pytest.raises(ValidationError, match="not an amount"):
        validation.amount("abc")


def test_dates():
    assert validation.date("2026-01-31", "d") == dt.date(2026, 1, 31)
    with pytest.raises(ValidationError, match="future"):
        validation.date("2026-12-01", "d", allow_future=False, today=dt.date(2026, 11, 23))
    with pytest.raises(ValidationError, match="not a date"):
        validation.date("2026-02-30", "d")


def test_masking():
    assert masking.name("张三") == "张*"
    assert masking.name("欧阳娜娜") == "欧***"
    assert masking.id_number("11010519491231002X") == "110105********002X"
    assert masking.phone("13800138000") == "138****8000"


def test_new_station_schema_codes_and_pragmas(station):
    assert user_version() == 1
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert codes.active_codes("channel") == ["visit", "phone", "hotline", "letter", "online", "home"]
    assert codes.label("group", "migrant", "zh") == "农民工"
    assert codes.label("group", "migrant", "en") == "Migrant worker"
    assert codes.lookup("matter", "劳动报酬") == "wages"
    assert codes.lookup("matter", "unpaid WAGES") == "wages"
    for sub in ("backups", "exports", "documents"):
        assert (station.folder / sub).is_dir()


def test_settings_declared_defaults_and_store(station, admin):
    assert settings.get("station.hotline") == "12348"
    settings.set_many({"station.name": "东城街道法律援助工作站", "clocks.working_days": True}, user=admin)
    assert settings.get("station.name") == "东城街道法律援助工作站"
    assert settings.get_bool("clocks.working_days") is True
    with pytest.raises(KeyError):
        settings.get("no.such.key")


def test_second_open_in_same_process_is_refused(tmp_path):
    from aidstation.core.db import _FolderLock

    open_station(tmp_path / "s")
    try:
        with pytest.raises(StationLocked, match="already open"):
            _FolderLock(tmp_path / "s" / "station.lock")
    finally:
        close_station()


def test_newer_database_refused(tmp_path):
    folder = tmp_path / "s"
    open_station(folder)
    close_station()
    con = sqlite3.connect(folder / "station.db")
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(StationTooNew, match="version 99"):
        open_station(folder)
    # read-only still opens it for looking
    st = open_station(folder, read_only=True)
    assert st.read_only
    close_station()


def test_audit_table_is_append_only(station):
    from aidstation.core.audit import record_event, verify_chain
    from aidstation.core.db import atomic
    from aidstation.core.models import AuditEvent

    with atomic():
        record_event(None, "create", "Person", 1, fields=["name"])
        record_event(None, "update", "Person", 1, fields=["phone"])
    assert verify_chain() is None
    with pytest.raises(Exception, match="append-only"):
        AuditEvent.update(fields="x").execute()
