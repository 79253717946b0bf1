"""Input checks shared by every service: resident ID, phone, dates, amounts, counts.

Every failure raises ValidationError naming the field, with the message in English and
Simplified Chinese, so the GUI can show it in the clerk's language without Qt in the core.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


class ValidationError(ValueError):
    """Bad input for one field. `message` is English, `message_zh` Simplified Chinese."""

    def __init__(self, field: str, message: str, message_zh: str = ""):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.message_zh = message_zh or message

    def text(self, lang: str = "en") -> str:
        return self.message_zh if lang.startswith("zh") else self.message


class ValidationErrors(ValidationError):
    """Several fields wrong at once (the form shows each beside its field). Behaves as its first
    error for code that knows only one; `errors` holds them all."""

    def __init__(self, errors: list[ValidationError]):
        first = errors[0]
        super().__init__(first.field, first.message, first.message_zh)
        self.errors = list(errors)


class Problems:
    """Collects a form's problems so the clerk sees them all in one go::

        problems = Problems()
        cause = problems.check(free_text, values["cause"], "cause", required=True)
        problems.add("scope", "Pick the scope item.", "请选择援助事项范围。")
        problems.raise_any()    # nothing, one ValidationError, or ValidationErrors
    """

    def __init__(self):
        self.errors: list[ValidationError] = []

    def check(self, function, *args, **kwargs):
        """`function(*args, **kwargs)`, or None when it raised a ValidationError (kept)."""
        try:
            return function(*args, **kwargs)
        except ValidationErrors as many:
            self.errors.extend(many.errors)
        except ValidationError as error:
            self.errors.append(error)
        return None

    def add(self, field: str, message: str, message_zh: str = "") -> None:
        self.errors.append(ValidationError(field, message, message_zh))

    def fields(self) -> set[str]:
        return {error.field for error in self.errors}

    def raise_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


# GB/T 2260 province-level prefixes (the first two digits of every resident ID number).
PROVINCES = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
}
_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CHECK = "10X98765432"
_FULLWIDTH = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789XX")


def id_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return _CHECK[total % 11]


@dataclass(frozen=True)
class ResidentId:
    number: str  # normalised: 18 characters, upper-case X (or 15 digits for legacy numbers)
    birth_date: dt.date
    gender: str  # 'M' or 'F'
    warning: str = ""  # set for 15-digit legacy numbers


def resident_id(value: str, field: str = "id_number", *, today: dt.date | None = None) -> ResidentId:
    """Validate a resident ID number (GB 11643) and derive birth date and gender."""
    text = text_value(value, field).translate(_FULLWIDTH).upper().replace(" ", "")
    today = today or dt.date.today()
    # isascii first: str.isdigit() accepts superscripts and other scripts' digits (²)
    if len(text) == 15 and text.isascii() and text.isdigit():
        birth_text = "19" + text[6:12]
        legacy = True
    elif (len(text) == 18 and text.isascii() and text[:17].isdigit()
          and (text[17].isdigit() or text[17] == "X")):
        birth_text = text[6:14]
        legacy = False
    else:
        raise ValidationError(field, "a resident ID number has 18 characters: 17 digits and a digit or X",
                              "身份证号码应为18位：17位数字加1位数字或X")
    if int(text[:2]) not in PROVINCES:
        raise ValidationError(field, f"'{text[:2]}' is not a valid province code at the start of an ID number",
                              f"身份证号码开头的“{text[:2]}”不是有效的省级行政区划代码")
    try:
        birth = dt.datetime.strptime(birth_text, "%Y%m%d").date()
    except ValueError:
        raise ValidationError(field, f"the birth date {birth_text} in the ID number is not a real date",
                              f"身份证号码中的出生日期 {birth_text} 不是有效日期") from None
    if birth > today or birth.year < 1880:
        raise ValidationError(field, f"the birth date {birth.isoformat()} in the ID number is impossible",
                              f"身份证号码中的出生日期 {birth.isoformat()} 不可能")
    if not legacy and id_check_digit(text[:17]) != text[17]:
        raise ValidationError(field, "the check digit is wrong: a digit was probably mistyped",
                              "校验码不正确，可能有数字输错")
    sequence_digit = int(text[14] if legacy else text[16])
    gender = "M" if sequence_digit % 2 else "F"
    warning = "15-digit legacy ID number: ask for the 18-digit number" if legacy else ""
    return ResidentId(text, birth, gender, warning)


_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")


def phone(value: str, field: str = "phone") -> str:
    """Normalise a mobile (11 digits) or landline with area code; '' stays ''."""
    text = text_value(value, field).translate(_FULLWIDTH)
    if not text:
        return ""
    digits = re.sub(r"[\s\-()（）]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if _MOBILE.match(digits) or _LANDLINE.match(digits) or digits in ("12348", "110", "120"):
        return digits
    raise ValidationError(field, "not a valid phone number: a mobile has 11 digits starting with 1; "
                                 "a landline needs its area code",
                          "电话号码无效：手机号为1开头的11位数字，固定电话需带区号")


# Dates outside these bounds are typing mistakes (0001-01-01, 9999-12-31): a record dated there
# could never be reported (months start at 1900) and deadlines computed from it would overflow.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)


# Free text is cleaned at the door (DESIGN §12): a character that is not text would make the
# exported workbook invalid XML (U+FFFE, U+FFFF, C0 controls) or fail to encode (a lone
# surrogate, pasted from a broken file or a badly converted clipboard).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 and C1 but tab and newline
_NONCHARACTERS = re.compile("[\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)) + "]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")

# Lengths of free text (characters, after normalisation), one for each kind of field.
NAME_LIMIT = 200  # names, places, short labels
NOTES_LIMIT = 2000  # notes, questions, facts, advice


def _join_pair(match: re.Match) -> str:
    high, low = (ord(c) for c in match.group())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def normalise_text(text: str) -> str:
    """Text as it is stored: line breaks as \\n, no C0/C1 controls but tab and newline, no
    noncharacters (U+FDD0-U+FDEF, U+xFFFE and U+xFFFF in every plane), surrogate pairs joined
    and lone surrogates dropped, then NFC (e + U+0301 becomes é). Not stripped."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("", _SURROGATE_PAIR.sub(_join_pair, text))
    text = _NONCHARACTERS.sub("", text)
    return unicodedata.normalize("NFC", text)


def text_value(value, field: str) -> str:
    """`value` as normalised, stripped text: None is '', numbers become their digits (a
    spreadsheet's phone column), anything else that is not text is refused naming the field.
    Every text field goes through here (see normalise_text)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return normalise_text(value).strip()
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value)
    raise ValidationError(field, "must be text", "应为文字")


def free_text(value, field: str, *, max_length: int = NAME_LIMIT, required: bool = False) -> str:
    """A text field as stored: normalised (text_value), at most `max_length` characters,
    and not empty when `required`. The one check for every free-text field of every service."""
    text = text_value(value, field)
    if required and not text:
        raise ValidationError(field, "this field is required", "此项为必填")
    if len(text) > max_length:
        raise ValidationError(field, f"at most {max_length} characters ({len(text)} given)",
                              f"最多 {max_length} 个字符（现有 {len(text)} 个）")
    return text


def date(value, field: str, *, allow_future: bool = True, today: dt.date | None = None,
         required: bool = True) -> dt.date | None:
    """Accept a date or 'YYYY-MM-DD' text; optionally refuse dates after today. Dates before
    1900 or after 2100 are refused as mistyped."""
    if value in (None, ""):
        if required:
            raise ValidationError(field, "a date is required", "日期不能为空")
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(field, f"'{value}' is not a date (use YYYY-MM-DD)",
                                  f"“{value}”不是有效日期（格式：年-月-日）") from None
    if not allow_future and value > (today or dt.date.today()):
        raise ValidationError(field, f"{value.isoformat()} is in the future", f"{value.isoformat()} 晚于今天")
    if not EARLIEST <= value <= LATEST:
        raise ValidationError(field, f"{value.isoformat()} is not a plausible date (1900 to 2100)",
                              f"{value.isoformat()} 不是合理的日期（应在1900年至2100年之间）")
    return value


def amount(value, field: str = "amount") -> Decimal:
    """A non-negative amount of yuan with at most two decimals; '' means 0."""
    if value in (None, ""):
        return Decimal("0.00")
    try:
        number = Decimal(str(value).strip().replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise ValidationError(field, f"'{value}' is not an amount of money",
                              f"“{value}”不是有效金额") from None
    if not number.is_finite():
        raise ValidationError(field, f"'{value}' is not an amount of money", f"“{value}”不是有效金额")
    if number < 0:
        raise ValidationError(field, "an amount cannot be negative", "金额不能为负数")
    # Checked before quantize(), which raises InvalidOperation beyond 28 digits (1e30).
    if number >= Decimal("1e12"):
        raise ValidationError(field, "the amount is implausibly large", "金额过大")
    if number != number.quantize(Decimal("0.01")):
        raise ValidationError(field, "an amount has at most two decimals (fen)", "金额最多保留两位小数")
    return number.quantize(Decimal("0.01"))


def count(value, field: str, *, maximum: int = 10_000_000) -> int:
    """A whole number from 0 to `maximum`."""
    if value in (None, ""):
        return 0
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a whole number", f"“{value}”不是整数") from None
    if number < 0:
        raise ValidationError(field, "a count cannot be negative", "数量不能为负数")
    if number > maximum:
        raise ValidationError(field, f"a count above {maximum} is implausible", f"数量不能超过 {maximum}")
    return number


def required_text(value, field: str, *, max_length: int = NAME_LIMIT) -> str:
    return free_text(value, field, max_length=max_length, required=True)


def code_list(kind: str, values, field: str) -> list[str]:
    """Codes of table `kind` (a record's groups): a list or tuple of codes, or one code as text;
    duplicates dropped, order kept; anything else is refused naming the field."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values] if values.strip() else []
    if not isinstance(values, (list, tuple, set, frozenset)):
        raise ValidationError(field, "must be a list of codes", "应为代码列表")
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise ValidationError(field, f"'{value}' is not a known code", f"“{value}”不是有效的代码")
        code(kind, value, field)
        if value not in out:
            out.append(value)
    return out


def code(kind: str, value: str, field: str) -> str:
    """A code that exists in code table `kind` (active or retired)."""
    from aidstation.core.models import Code

    if not isinstance(value, str) or _SURROGATE.search(value):  # not even text SQLite can store
        raise ValidationError(field, f"{value!r} is not a known code", f"{value!r} 不是有效的代码")
    if not Code.select().where((Code.kind == kind) & (Code.code == value)).exists():
        raise ValidationError(field, f"'{value}' is not a known code", f"“{value}”不是有效的代码")
    return value
