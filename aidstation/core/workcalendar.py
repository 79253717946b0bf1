"""The station's working-day calendar: the years of public holidays and make-up working days
(调休) the administrator enters or corrects, and the small file a district hands its stations.

The State Council announces next year's holidays each November and a station may stay offline
for years, so the `chinesecalendar` package (which core/dates.py reads) is not enough: a year
saved here replaces the package's for that year. The years are one setting (calendar.years,
JSON) so they travel with the backups. The clocks count through core/dates.py, which holds the
years in memory; every write here tells it to read them again.

The file (export_text / import_text) is JSON::

    {"format": "aidstation-workcalendar", "version": 1,
     "years": {"2027": {"holidays": ["2027-01-01", ...], "workdays": ["2027-02-07", ...]}}}

An import checks the whole file first (size, types, dates inside their year, format and
version) and then replaces the years it holds in one transaction, or changes nothing.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from aidstation.core import dates
from aidstation.core.dates import YearDays
from aidstation.core.validation import ValidationError

FORMAT = "aidstation-workcalendar"
VERSION = 1
MAX_FILE_BYTES = 256 * 1024  # a century of calendars is about 60 KB
MAX_YEARS = 200
FIRST_YEAR, LAST_YEAR = 1900, 2100  # as dates.parse_month
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR = re.compile(r"[0-9]{4}")

__all__ = [
    "FORMAT", "VERSION", "MAX_FILE_BYTES", "FIRST_YEAR", "LAST_YEAR", "YearDays", "year_days",
    "station_years", "package_range", "missing_years", "holiday_name", "check_year", "set_year", "remove_year", "export_text",
    "export_file", "parse_file", "import_text", "import_file",
]


# --- reading ------------------------------------------------------------------------------
def year_days(year: int) -> YearDays:
    """What the clocks use for `year`: the station's own, else the package's, else nothing."""
    return dates.year_days(year)


def station_years() -> dict[int, YearDays]:
    """The years the station holds itself."""
    return dict(dates.station_calendar())


def package_range() -> tuple[int, int]:
    """First and last year the chinesecalendar package knows."""
    years = dates.package_years()
    return min(years), max(years)


def missing_years(today: dt.date | None = None) -> list[int]:
    """This year and next, those with no calendar at all (the dashboard warns about them)."""
    today = today or dt.date.today()
    return [y for y in (today.year, today.year + 1) if not year_days(y).source]


def holiday_name(day: dt.date) -> str:
    """The package's English name of the holiday or make-up day (e.g. "National Day"), or ''."""
    from chinese_calendar import constants

    return constants.holidays.get(day) or constants.workdays.get(day) or ""


# --- checking -----------------------------------------------------------------------------
def _year(value, field: str = "year") -> int:
    if isinstance(value, str) and _YEAR.fullmatch(value.strip()):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(field, f"a year is {FIRST_YEAR} to {LAST_YEAR}, not {value!r}",
                              f"年份应在{FIRST_YEAR}至{LAST_YEAR}之间，不能是 {value!r}")
    return value


def _date(value, field: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    shown = repr(value)[:40]
    raise ValidationError(field, f"not a date (YYYY-MM-DD): {shown}", f"不是日期（应为 YYYY-MM-DD）：{shown}")


def check_year(year, holidays, workdays) -> YearDays:
    """One year's calendar checked: every date a date inside `year`, at least one holiday, a
    make-up working day on a Saturday or Sunday, no day both. Raises ValidationError."""
    year = _year(year)
    sets = []
    for field, values in (("holidays", holidays), ("workdays", workdays)):
        if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
            raise ValidationError(field, "a list of dates is expected", "应为日期列表")
        days = set()
        for value in values:
            day = _date(value, field)
            if day.year != year:
                raise ValidationError(field, f"{day.isoformat()} is not in {year}",
                                      f"{day.isoformat()}不在{year}年内")
            days.add(day)
        if len(days) > 366:
            raise ValidationError(field, "more days than a year has", "日期数超过一年的天数")
        sets.append(frozenset(days))
    holidays, workdays = sets
    if not holidays:
        raise ValidationError("holidays", f"enter the public holidays of {year} (at least one)",
                              f"请录入{year}年的法定节假日（至少一天）")
    both = sorted(holidays & workdays)
    if both:
        raise ValidationError("workdays", f"{both[0].isoformat()} cannot be both a holiday and a make-up working day",
                              f"{both[0].isoformat()}不能既是节假日又是调休上班日")
    weekday = sorted(d for d in workdays if d.weekday() < 5)
    if weekday:
        raise ValidationError("workdays", f"{weekday[0].isoformat()} is a weekday: a make-up working day "
                              "is a Saturday or Sunday worked",
                              f"{weekday[0].isoformat()}是工作日：调休上班日应为周六或周日")
    return YearDays(year, holidays, workdays, "station")


# --- writing ------------------------------------------------------------------------------
def _as_json(years: dict[int, YearDays]) -> dict[str, dict[str, list[str]]]:
    return {str(y): {"holidays": sorted(d.isoformat() for d in years[y].holidays),
                     "workdays": sorted(d.isoformat() for d in years[y].workdays)}
            for y in sorted(years)}


def _admin(user) -> None:
    from aidstation.core import records

    records.require_admin(user, "change the working-day calendar", "修改工作日历")


def _store(user, action: str, change, detail: str) -> None:
    """Apply `change` to the stored years in one transaction, audited; then the clocks re-read."""
    from aidstation.core import records
    from aidstation.core.db import atomic
    from aidstation.core.models import Setting

    _admin(user)
    try:
        with atomic():
            row = Setting.get_or_none(Setting.key == dates.CALENDAR_SETTING)
            years = dates.parse_calendar(row.value if row else "{}")
            change(years)
            text = json.dumps(_as_json(years), ensure_ascii=False, separators=(",", ":"))
            Setting.insert(key=dates.CALENDAR_SETTING, value=text).on_conflict_replace().execute()
            records.record_write(user, action, "Setting", None, fields=[dates.CALENDAR_SETTING], detail=detail)
    finally:
        dates.forget_calendar()


def _summary(days: YearDays) -> str:
    return f"{days.year}: {len(days.holidays)} holidays, {len(days.workdays)} make-up working days"


def set_year(year, holidays, workdays, *, user) -> YearDays:
    """Store the station's own calendar for `year` (administrators only); it replaces the
    package's for that year."""
    _admin(user)
    checked = check_year(year, holidays, workdays)
    _store(user, "update", lambda years: years.__setitem__(checked.year, checked),
           f"working-day calendar {_summary(checked)}")
    return checked


def remove_year(year, *, user) -> None:
    """Forget the station's own calendar for `year`: the package's counts again (if any)."""
    year = _year(year)
    _store(user, "delete", lambda years: years.pop(year, None), f"working-day calendar {year} removed")


# --- the file -----------------------------------------------------------------------------
def export_text(years=None) -> str:
    """The station's own years (or those of `years` it holds) as the district's file."""
    own = dates.station_calendar()
    chosen = {y: own[y] for y in (own if years is None else years) if y in own}
    return json.dumps({"format": FORMAT, "version": VERSION, "years": _as_json(chosen)},
                      ensure_ascii=False, indent=1) + "\n"


def export_file(path: Path | str, years=None, *, user) -> list[int]:
    """Write the file (atomically); returns the years in it. Audited."""
    from aidstation.core import records
    from aidstation.core.db import atomic
    from aidstation.core.files import atomic_path

    records.require_admin(user, "export the working-day calendar", "导出工作日历")
    path = Path(path)
    text = export_text(years)
    written = sorted(int(y) for y in json.loads(text)["years"])
    if not written:
        raise ValidationError("file", "the station holds no calendar of its own to export",
                              "本站没有自行录入的工作日历可导出")
    try:
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ValidationError("file", f"cannot write {path.name}: {exc.strerror or exc}",
                              f"无法写入{path.name}：{exc.strerror or exc}") from None
    with atomic():
        records.record_write(user, "export", "Setting", None, fields=[dates.CALENDAR_SETTING],
                             detail=f"working-day calendar {', '.join(map(str, written))} to {path.name}")
    return written


def _bad_file(en: str, zh: str) -> ValidationError:
    return ValidationError("file", f"not a working-day calendar file: {en}", f"不是工作日历文件：{zh}")


def parse_file(text: str) -> list[YearDays]:
    """Every year of a calendar file, checked; ValidationError (field "file") for anything else."""
    if len(text) > MAX_FILE_BYTES:
        raise _bad_file("it is too large", "文件过大")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _bad_file("it is not JSON", "不是JSON格式") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad_file(f'its "format" is not {FORMAT}', f"“format”不是{FORMAT}")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _bad_file('it has no "version" number', "缺少“version”版本号")
    if version > VERSION:
        raise ValidationError("file", f"the file was made by a newer AidStation (version {version})",
                              f"该文件由更新版本的AidStation生成（版本{version}）")
    years = data.get("years")
    if not isinstance(years, dict) or not years:
        raise _bad_file('it holds no "years"', "没有“years”年份数据")
    if len(years) > MAX_YEARS:
        raise _bad_file("it holds too many years", "年份过多")
    out = []
    for key, value in years.items():
        if not isinstance(key, str) or not _YEAR.fullmatch(key):
            raise _bad_file(f"{key[:20]!r} is not a year", f"{key[:20]!r}不是年份")
        if not isinstance(value, dict) or not isinstance(value.get("holidays"), list) \
                or not isinstance(value.get("workdays", []), list):
            raise _bad_file(f'year {key} needs lists "holidays" and "workdays"',
                            f"{key}年需要“holidays”和“workdays”日期列表")
        try:
            out.append(check_year(key, value["holidays"], value.get("workdays", [])))
        except ValidationError as exc:
            raise ValidationError("file", f"year {key}: {exc.message}", f"{key}年：{exc.message_zh}") from None
    return out


def import_text(text: str, *, user, source: str = "") -> list[int]:
    """Replace the station's years with those of the file; returns them. All or nothing."""
    _admin(user)
    checked = parse_file(text)

    def change(years):
        for days in checked:
            years[days.year] = days

    imported = sorted(d.year for d in checked)
    _store(user, "import", change, f"working-day calendar {', '.join(map(str, imported))}"
                                   + (f" from {source}" if source else ""))
    return imported


def import_file(path: Path | str, *, user) -> list[int]:
    """import_text of a file, refused before reading when it is too large or not UTF-8 text."""
    _admin(user)
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path.name}: {exc.strerror or exc}",
                              f"无法读取{path.name}：{exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _bad_file("it is too large", "文件过大")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad_file("it is not UTF-8 text", "不是UTF-8文本") from None
    return import_text(text, user=user, source=path.name)
