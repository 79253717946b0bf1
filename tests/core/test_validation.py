"""Field validation: resident ID numbers (check digit, birth date, legacy 15-digit), phone
numbers, amounts and dates, each refusal naming its field in English and Chinese."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aidstation.core import validation
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


def test_an_id_number_with_a_superscript_or_other_scripts_digit_is_refused_not_a_crash():
    """str.isdigit() accepts ² and ٣; int() then raised a bare ValueError (issue 16)."""
    import pytest

    from aidstation.core.validation import ValidationError, resident_id

    for text in ("1101051949123100²X", "11010519491231002\u0663", "11010519491231²"):
        with pytest.raises(ValidationError) as caught:
            resident_id(text)
        assert caught.value.field == "id_number"
