"""The district merge (DESIGN §8): many stations' monthly workbooks into one.

Each file is handled on its own by `examine`: `read_return` (safe to open under the tighter
`safety.RETURN_LIMITS`, a regular file, the right format and version, at most MAX_ROWS rows
read), then `check_return` (the meta fields, every value, the values hash: the per-file checks,
in `CHECKS`). Nothing a file holds can abort the merge: each problem becomes a row of the `问题`
sheet naming the file (and, for a value, its cell), and the rest merges. Then, across files, the
month, duplicate station codes and corrections decide which returns merge, and their values are
summed one file at a time (`indicators.Totals`), a file that cannot be summed left out alone.

Refused values. A value the export never writes — a negative, fractional or absurd
(> MAX_VALUE, 10⁹) count or amount, a number that is not finite, TRUE/FALSE, a date, text, an
Excel error such as #DIV/0!, an empty cell where a count or amount belongs, a rate outside
0-100 — is a problem row for its cell, and the whole file is kept out of the total, not only
that value: a station with one figure dropped would make the district total undercount without
a trace, and rates recomputed from their parts and sub-totals against their totals would
disagree. Such a file was not written as exported, so none of its figures is trusted.

Rates in the total column are recomputed from summed parts. `-o` never overwrites an input or
the template and is never created in a folder that does not exist (`MergeRefused`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from aidstation.core import dates
from aidstation.core.files import atomic_path
from aidstation.core.models import now
from aidstation.core.reporting import indicators
from aidstation.excel import signing
from aidstation.excel.book import FONT_NAME, cell, new_workbook, put
from aidstation.excel.monthly import (
    FLOAT_UNITS,
    FORMAT,
    NUMBER_FORMATS,
    READ_VERSIONS,
    SHEET,
    values_sha256,
)
from aidstation.excel.safety import (
    RETURN_LIMITS,
    UnsafeWorkbook,
    open_untrusted,
    read_bytes,
)

BOLD = Font(name=FONT_NAME, bold=True, size=10)
HEAD_FILL = PatternFill("solid", fgColor="BFCFE0")
SECTION_FILL = PatternFill("solid", fgColor="DDE6F0")

MAX_ROWS = 5_000  # rows of the 月报 sheet read; a return has about 200 (some 150 keys)
MAX_META_ROWS = 200  # the meta sheet has about 10
MAX_VALUE = 1_000_000_000  # no station counts or recovers a thousand million of anything in a month
MAX_CELL_PROBLEMS = 20  # refused cells listed one by one per file; the rest in one more row
MAX_TEXT = 200  # longest station name or label taken from a file
KEY = re.compile(r"[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*")
MAX_KEY = 100
EXCEL_ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
NOT_MERGED_ZH = "本文件全部数值未汇总"
NOT_MERGED_EN = "the whole file is left out of the total"


@dataclass
class Problem:
    file: str
    station: str
    zh: str
    en: str
    cell: str = ""  # 月报!E23 for a refused value, else empty


@dataclass
class StationReturn:
    path: Path
    meta: dict[str, object]
    values: dict[str, object]
    labels: dict[str, tuple[str, str, str, str]]  # key -> (section, zh, en, unit)
    file_sha256: str
    status: str = "merged"  # merged | or the reason it was left out
    rows: dict[str, int] = field(default_factory=dict)  # key -> its row on the 月报 sheet
    cols: dict[str, str] = field(default_factory=dict)  # key -> the column of its value (v2: B or K+1)
    row_problems: list[tuple[int, str, str, str]] = field(default_factory=list)  # (row, column, zh, en)

    @property
    def code(self) -> str:
        return str(self.meta.get("station_code") or "")[:MAX_TEXT]

    @property
    def name(self) -> str:
        return str(self.meta.get("station_name") or "")[:MAX_TEXT]

    @property
    def month(self) -> str:
        return str(self.meta.get("month") or "")[:MAX_TEXT]

    @property
    def correction(self) -> int:
        return _whole(self.meta.get("correction")) or 0


class BadReturn(Exception):
    def __init__(self, en: str, zh: str):
        super().__init__(en)
        self.zh = zh


class MergeRefused(Exception):
    """The merge cannot start as asked (an output that would overwrite an input, a folder that
    does not exist, a template that is not a file, a month not YYYY-MM); str() is English."""

    def __init__(self, en: str, zh: str):
        super().__init__(en)
        self.zh = zh


def _whole(value) -> int | None:
    """A non-negative whole number below 1000 (a correction number), else None; blank is 0."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        value = int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else None
    return value if isinstance(value, int) and 0 <= value < 1000 else None


def _show(value, width: int = 40) -> str:
    """A value from a file, short and printable, for a problem text."""
    try:
        text = f"{value:.6g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
    except (OverflowError, ValueError):
        text = "a number too large to show"
    text = _CONTROL.sub("", text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _normalise(value, unit: str):
    """The number as `totals --json` printed it: amounts and rates floats, counts ints.

    Anything else (text, TRUE/FALSE, a date, a non-finite or absurd number) is returned as it is,
    for `check_values` to refuse."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        return value
    if unit in FLOAT_UNITS:
        return float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _label(value) -> str:
    """A label or unit from a file: text without control characters, at most MAX_TEXT long."""
    text = str(value or "")
    # isprintable() is false for every control character _CONTROL strips: the common case
    # (a label as exported) skips the regex.
    return (text if text.isprintable() else _CONTROL.sub("", text))[:MAX_TEXT]


def _version(value) -> int | None:
    """A version this program reads (READ_VERSIONS), exactly: 1, 1.0 or "1" — not 1.9, "1.9" or
    TRUE; None for anything else."""
    if isinstance(value, bool):
        return None
    for version in READ_VERSIONS:
        if isinstance(value, (int, float)) and value == version:
            return version
        if isinstance(value, str) and value.strip() == str(version):
            return version
    return None


def read_return(path: Path | str) -> StationReturn:
    """Read one station's workbook; raises UnsafeWorkbook or BadReturn with the reason.

    The file is read once (a regular file only) and hashed from the same bytes that are parsed.
    At most MAX_ROWS rows of the 月报 sheet and MAX_META_ROWS of meta are read."""
    path = Path(path)
    data = read_bytes(path, RETURN_LIMITS.uncompressed)
    digest = hashlib.sha256(data).hexdigest()
    wb = open_untrusted(data, RETURN_LIMITS)
    try:
        names = wb.sheetnames
        if "meta" not in names or SHEET not in names:
            raise BadReturn("not an AidStation monthly workbook (no 月报/meta sheet)",
                            "不是本系统导出的月报（缺少“月报”或“meta”工作表）")
        meta = _read_meta(wb["meta"])
        if meta.get("format") != FORMAT:
            raise BadReturn(f"wrong format {_show(meta.get('format'))!r}", f"格式不符（{_show(meta.get('format'))}）")
        version = _version(meta.get("version"))
        if version is None:
            reads = " or ".join(map(str, READ_VERSIONS))
            raise BadReturn(f"unsupported format version {_show(meta.get('version'))} (this program reads "
                            f"version {reads})",
                            f"不支持的格式版本（{_show(meta.get('version'))}，应为 {'或'.join(map(str, READ_VERSIONS))}）")
        ret = StationReturn(path, meta, {}, {}, digest)
        (_read_table if version == 1 else _read_table_v2)(wb[SHEET], ret)
    finally:
        wb.close()
    return ret


def _rows(ws, max_col: int, budget: int, what_en: str, what_zh: str):
    """The sheet's rows as (row number, values), at most `budget` of them; a parser failure on a
    forged cell is a BadReturn. A sheet whose dimension already says it is longer is refused
    before any row is parsed (a dimension can lie the other way: the count still stops it)."""
    too_long = BadReturn(f"the {what_en} sheet has more than {budget:,} rows; not read further",
                         f"“{what_zh}”工作表超过 {budget} 行，未再读取")
    if isinstance(ws.max_row, int) and ws.max_row > budget:
        raise too_long
    try:
        for r, row in enumerate(ws.iter_rows(min_col=1, max_col=max_col, max_row=budget + 1,
                                             values_only=True), start=1):
            if r > budget:
                raise too_long
            yield r, tuple(row) + (None,) * (max_col - len(row))
    except BadReturn:
        raise
    except Exception as exc:  # noqa: BLE001 - a cell the parser cannot read: the file's problem
        raise BadReturn(f"a cell of the {what_en} sheet cannot be read ({type(exc).__name__})",
                        f"“{what_zh}”工作表中有无法读取的单元格") from None


def _read_meta(ws) -> dict[str, object]:
    meta: dict[str, object] = {}
    for _r, row in _rows(ws, 2, MAX_META_ROWS, "meta", "meta"):
        if row[0] not in (None, ""):
            meta.setdefault(str(row[0])[:MAX_KEY], row[1])
    return meta


def _read_table(ws, ret: StationReturn) -> None:
    """The indicator table: key · section · 指标 · Indicator · value · unit, below the `key` header."""
    in_table = False
    for r, row in _rows(ws, 6, MAX_ROWS, SHEET, SHEET):
        key = row[0]
        if not in_table:
            in_table = key == "key"
            continue
        if key is None or (isinstance(key, str) and not key.strip()):
            continue  # a section row
        if not isinstance(key, str) or len(key) > MAX_KEY or not KEY.fullmatch(key):
            ret.row_problems.append((r, "A", f"不是指标代码（{_show(key)}）", f"not an indicator key ({_show(key)!r})"))
            continue
        if key in ret.values:
            ret.row_problems.append((r, "A", f"指标 {key} 重复出现（首次在第 {ret.rows[key]} 行）",
                                     f"{key} appears again (first on row {ret.rows[key]})"))
            continue
        unit = _label(row[5])
        ret.labels[key] = tuple(_label(x) for x in row[1:4]) + (unit,)
        ret.values[key] = _normalise(row[4], unit)
        ret.rows[key] = r
    if not in_table:
        raise BadReturn("the 月报 sheet has no indicator table", "“月报”工作表中没有指标表")


# version 2: two blocks a row; in each, offsets of the label, value, unit, key, section, English label
_V2_BLOCKS = (0, 11)
_V2 = {"zh": 0, "value": 1, "unit": 5, "key": 6, "section": 7, "en": 8, "n": 9}


def _read_table_v2(ws, ret: StationReturn) -> None:
    """The return laid out in two blocks (monthly.py, version 2): the hidden key column of each
    block names the indicator whose 本月 value sits in the same row."""
    from openpyxl.utils import get_column_letter

    in_table = False
    found: list[tuple[object, int, str, tuple, object]] = []
    for r, row in _rows(ws, 21, MAX_ROWS, SHEET, SHEET):
        if not in_table:
            in_table = row[_V2["key"]] == "key" and row[_V2_BLOCKS[1] + _V2["key"]] == "key"
            continue
        for first in _V2_BLOCKS:
            key = row[first + _V2["key"]]
            col = get_column_letter(first + _V2["key"] + 1)
            if key is None or (isinstance(key, str) and not key.strip()):
                continue  # a heading, or an empty block
            if not isinstance(key, str) or len(key) > MAX_KEY or not KEY.fullmatch(key):
                ret.row_problems.append((r, col, f"不是指标代码（{_show(key)}）", f"not an indicator key ({_show(key)!r})"))
                continue
            if key in ret.values:
                ret.row_problems.append((r, col, f"指标 {key} 重复出现（首次在第 {ret.rows[key]} 行）",
                                         f"{key} appears again (first on row {ret.rows[key]})"))
                continue
            unit = _label(row[first + _V2["unit"]])
            ret.labels[key] = (_label(row[first + _V2["section"]]), _label(row[first]).strip("　 "),
                               _label(row[first + _V2["en"]]), unit)
            ret.values[key] = None  # its place, taken; the value goes in below, in catalogue order
            ret.rows[key] = r
            ret.cols[key] = get_column_letter(first + _V2["value"] + 1)
            n = row[first + _V2["n"]]
            found.append((n if isinstance(n, int) and not isinstance(n, bool) else MAX_ROWS * 2,
                          len(found), key, _normalise(row[first + _V2["value"]], unit)))
    # The blocks are read row by row; the hash and the total keep the catalogue's order (n).
    ret.values = {key: value for _n, _i, key, value in sorted(found)}
    if not in_table:
        raise BadReturn("the 月报 sheet has no indicator table", "“月报”工作表中没有指标表")


# --- the per-file checks -----------------------------------------------------------------------

def check_meta(ret: StationReturn) -> list[Problem]:
    """Station code, station name, month (YYYY-MM) and correction number: one problem, the first."""
    meta, file = ret.meta, ret.path.name
    code = meta.get("station_code")
    if (not isinstance(code, str) or not code or code != code.strip() or len(code) > 40
            or _CONTROL.search(code)):
        return [Problem(file, "", f"工作站代码无效（{_show(code)}），未汇总",
                        f"invalid station code ({_show(code)!r}); not merged")]
    name = meta.get("station_name")
    if name is not None and (not isinstance(name, str) or len(name) > MAX_TEXT):
        return [Problem(file, code, "站点名称无效或过长，未汇总", "invalid or overlong station name; not merged")]
    month = meta.get("month")
    try:
        dates.parse_month(month if isinstance(month, str) and month == month.strip() else "")
    except ValueError:
        return [Problem(file, code, f"月份无效（{_show(month)}，应为 YYYY-MM），未汇总",
                        f"the month in meta is not YYYY-MM ({_show(month)!r}); not merged")]
    if _whole(meta.get("correction")) is None:
        return [Problem(file, code, f"更正次数无效（{_show(meta.get('correction'))}），未汇总",
                        f"invalid correction number ({_show(meta.get('correction'))!r}); not merged")]
    return []


def _refused(value, ind: indicators.Indicator | None) -> tuple[str, str] | None:
    """Why the merge refuses this value (zh, en), or None when it is a proper figure."""
    kind = ind.kind if ind is not None else None
    if value is None:
        return ("空白", "empty") if kind in (indicators.COUNT, indicators.AMOUNT) else None
    if isinstance(value, bool):
        return "逻辑值（TRUE/FALSE）而非数字", f"a true/false value ({value}), not a number"
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return f"日期或时间（{_show(value)}）而非数字", f"a date or time ({_show(value)}), not a number"
    if isinstance(value, str):
        if value.strip().upper() in EXCEL_ERRORS:
            return f"Excel 错误值 {value.strip()}", f"an Excel error {value.strip()}"
        return f"文本（{_show(value)}）而非数字", f"text ({_show(value)!r}), not a number"
    if not isinstance(value, (int, float)):
        return "不是数字", f"not a number ({type(value).__name__})"
    if not math.isfinite(value):
        return f"不是有限数值（{value}）", f"not a finite number ({value})"
    if value < 0:
        return f"负数（{_show(value)}）", f"negative ({_show(value)})"
    if value > MAX_VALUE:
        return (f"数值过大（{_show(value)}，上限 {MAX_VALUE:,}）",
                f"absurdly large ({_show(value)}; the limit is {MAX_VALUE:,})")
    if kind == indicators.COUNT and not float(value).is_integer():
        return f"件数不是整数（{_show(value)}）", f"a count that is not a whole number ({_show(value)})"
    if kind == indicators.RATE and value > 100:
        return f"比率超过 100（{_show(value)}）", f"a rate over 100 ({_show(value)})"
    return None


def check_values(ret: StationReturn) -> list[Problem]:
    """Every value cell (and every row that is no indicator): one problem row per refused cell."""
    cat = indicators.by_key()
    found: list[tuple[int, str, str, str]] = list(ret.row_problems)
    for key, value in ret.values.items():
        why = _refused(value, cat.get(key))
        if why is not None:
            found.append((ret.rows.get(key, 0), ret.cols.get(key, "E"), f"{key}：{why[0]}", f"{key}: {why[1]}"))
    found.sort(key=lambda p: p[0])
    code = ret.code
    problems = [Problem(ret.path.name, code, f"{SHEET}!{col}{r}：{zh}，{NOT_MERGED_ZH}",
                        f"{SHEET}!{col}{r}: {en}; {NOT_MERGED_EN}", f"{SHEET}!{col}{r}")
                for r, col, zh, en in found[:MAX_CELL_PROBLEMS]]
    if len(found) > MAX_CELL_PROBLEMS:
        more = len(found) - MAX_CELL_PROBLEMS
        problems.append(Problem(ret.path.name, code, f"另有 {more} 个单元格被拒绝，{NOT_MERGED_ZH}",
                                f"and {more} more refused cells; {NOT_MERGED_EN}"))
    return problems


def check_hash(ret: StationReturn) -> list[Problem]:
    """The values hash of meta against the values read: a mismatch is an edit after export."""
    if values_sha256(ret.values) != str(ret.meta.get("values_sha256") or ""):
        return [Problem(ret.path.name, ret.code, "导出后被修改（校验值不符），未汇总",
                        "edited after export (hash mismatch); not merged")]
    return []


def check_signature(ret: StationReturn) -> list[Problem]:
    """The station's signature over the return, and its key against the district's registry."""
    problem = signing.check_return(ret.meta, ret.values)
    return [] if problem is None else [Problem(ret.path.name, ret.code, problem[1], problem[0])]


# Each check of one file on its own, in order, with the status the file gets when it fails. A
# new per-file check (a signature, say) is one more function of the StationReturn returning its
# Problems, added here; `check_return` runs them, `examine` keeps any failure to the one file.
CHECKS = (
    (check_meta, "bad meta"),
    (check_values, "refused values"),
    (check_hash, "edited after export"),
    (check_signature, "bad signature"),
)


def check_return(ret: StationReturn) -> list[Problem]:
    """Run CHECKS on one return; the first that finds problems leaves the file out (`status`)."""
    for check, status in CHECKS:
        found = check(ret)
        if found:
            ret.status = status
            return found
    return []


def examine(path: Path) -> tuple[StationReturn | None, list[Problem]]:
    """One file on its own — read, hashed, checked — never raising: whatever goes wrong, or is
    wrong in it, is that file's problem. The return is None when the file could not be read."""
    try:
        ret = read_return(path)
    except UnsafeWorkbook as exc:
        return None, [Problem(path.name, "", f"无法读取：{exc.zh}", f"cannot be read: {exc}")]
    except BadReturn as exc:
        return None, [Problem(path.name, "", f"{exc.zh}，未汇总", f"{exc}; not merged")]
    except Exception as exc:  # noqa: BLE001 - a bad file is a problem row, never a crash
        return None, [Problem(path.name, "", "无法读取", f"cannot be read: {type(exc).__name__}")]
    try:
        return ret, check_return(ret)
    except Exception as exc:  # noqa: BLE001 - a check that trips on a forged file: that file only
        ret.status = "cannot be checked"
        return ret, [Problem(path.name, ret.code, "无法检查，未汇总", f"cannot be checked ({type(exc).__name__}); not merged")]


@dataclass
class MergeResult:
    path: Path | None
    month: str
    merged: list[StationReturn]
    totals: dict[str, object]
    problems: list[Problem] = field(default_factory=list)
    sources: list[StationReturn] = field(default_factory=list)
    template_problems: list[str] = field(default_factory=list)


def _files(inputs) -> tuple[list[Path], list[Problem]]:
    """Expand folders to the .xlsx entries inside them (sorted), keep files as given; a folder
    that cannot be listed is a problem. Entries that are not regular files are refused later."""
    out: list[Path] = []
    problems: list[Problem] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            try:
                out.extend(sorted(x for x in p.iterdir() if x.suffix.lower() == ".xlsx"
                                  and not x.name.startswith((".", "~$"))))
            except OSError as exc:
                problems.append(Problem(p.name or str(p), "", "无法读取文件夹",
                                        f"cannot list the folder ({exc.strerror or exc})"))
        else:
            out.append(p)
    return out, problems


def _month_arg(month) -> str | None:
    if month is None:
        return None
    try:
        return dates.month_text(*dates.parse_month(month if isinstance(month, str) else ""))
    except ValueError:
        raise MergeRefused(f"month must be YYYY-MM, not {_show(month)!r}",
                           f"月份应为 YYYY-MM（{_show(month)}）") from None


def collect(inputs, month: str | None = None, progress=None) -> MergeResult:
    """Read and check every file; decide which returns merge. Writes nothing."""
    month = _month_arg(month)
    files, problems = _files(inputs)
    return _collect(files, problems, month, progress)


def _collect(files: list[Path], problems: list[Problem], month: str | None, progress) -> MergeResult:
    sources: list[StationReturn] = []
    for i, path in enumerate(files):
        if progress:
            progress(i, len(files))
        ret, found = examine(path)
        problems.extend(found)
        if ret is not None:
            sources.append(ret)
    if progress:
        progress(len(files), len(files))

    valid = [r for r in sources if r.status == "merged"]
    if month is None:
        months = Counter(r.month for r in valid)
        month = min(months, key=lambda m: (-months[m], m)) if months else ""
    for ret in valid:
        if ret.month != month:
            ret.status = "other month"
            problems.append(Problem(ret.path.name, ret.code, f"月份不符（{ret.month}，应为 {month}），未汇总",
                                    f"other month ({ret.month}, not {month}); not merged"))
    valid = [r for r in valid if r.status == "merged"]

    chosen: dict[str, StationReturn] = {}
    for ret in valid:
        have = chosen.get(ret.code)
        if have is None:
            chosen[ret.code] = ret
            continue
        if ret.correction != have.correction:
            new, old = (ret, have) if ret.correction > have.correction else (have, ret)
            old.status = f"superseded by correction {new.correction}"
            problems.append(Problem(old.path.name, old.code,
                                    f"已被更正报表 {new.path.name}（更正{new.correction}）替代，未汇总",
                                    f"superseded by the correction {new.path.name}; not merged"))
            chosen[ret.code] = new
        elif values_sha256(ret.values) == values_sha256(have.values):
            ret.status = "duplicate"
            problems.append(Problem(ret.path.name, ret.code, f"与 {have.path.name} 重复，未重复汇总",
                                    f"duplicate of {have.path.name}; counted once"))
        else:
            new, old = sorted((have, ret), key=lambda r: str(r.meta.get("generated_at") or ""))[::-1]
            old.status = "duplicate station code with different values"
            problems.append(Problem(old.path.name, old.code,
                                    f"工作站代码 {old.code} 重复且数值不同，采用较新的 {new.path.name}",
                                    f"duplicate station code {old.code} with different values; "
                                    f"the newer {new.path.name} is used"))
            chosen[ret.code] = new
    merged = sorted(chosen.values(), key=lambda r: r.code)

    cat = indicators.catalogue()
    totals = indicators.Totals(cat)
    for ret in merged:
        try:
            totals.add(ret.values)
        except Exception as exc:  # noqa: BLE001 - this file's values cannot be summed: it alone is left out
            ret.status = "cannot be summed"
            problems.append(Problem(ret.path.name, ret.code, f"无法汇总（{_show(exc, 80)}），未汇总",
                                    f"cannot be summed ({_show(exc, 80)}); not merged"))
    merged = [r for r in merged if r.status == "merged"]

    known = {ind.key for ind in cat}
    for ret in merged:
        unknown = [k for k in ret.values if k not in known]
        missing = [k for k in known if k not in ret.values]
        if unknown:
            problems.append(Problem(ret.path.name, ret.code, f"含本版本未知的指标（保留）：{_names(unknown, '、')}",
                                    f"keys unknown to this version (kept): {_names(unknown, ', ')}"))
        if missing:
            problems.append(Problem(ret.path.name, ret.code, f"缺少指标（留空）：{_names(missing, '、')}",
                                    f"missing keys (left blank): {_names(missing, ', ')}"))
    return MergeResult(None, month, merged, totals.result(), problems, sources)


def _names(keys: list[str], sep: str, most: int = 20) -> str:
    text = sep.join(keys[:most])
    return text + (f"{sep}… (+{len(keys) - most})" if len(keys) > most else "")


def _stat(path: Path):
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _same(a, b) -> bool:
    return a is not None and b is not None and (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _template_target(out: Path, template: Path) -> Path:
    return out.with_name(f"{out.stem}-{template.stem}.xlsx")


def _check_paths(out: Path, files: list[Path], template: Path | None) -> None:
    """Refuse, before reading anything, a merge that would write over what it reads, write into a
    folder that does not exist, or read a template that is not a regular file."""
    if template is not None:
        info = _stat(template)
        if info is None:
            raise MergeRefused(f"the template {template} does not exist", f"模板 {template} 不存在")
        if not stat.S_ISREG(info.st_mode):
            raise MergeRefused(f"the template {template} is not a regular file (a folder, pipe or device)",
                               f"模板 {template} 不是普通文件（文件夹、管道或设备）")
    targets = [out] + ([_template_target(out, template)] if template is not None else [])
    for target in targets:
        if not target.parent.is_dir():
            raise MergeRefused(f"the folder {target.parent} does not exist; create it first or choose another",
                               f"文件夹 {target.parent} 不存在")
        info = _stat(target)
        if info is None:
            continue
        if not stat.S_ISREG(info.st_mode):
            raise MergeRefused(f"{target} exists and is not a regular file; choose another output",
                               f"{target} 已存在且不是普通文件，请另选输出文件")
        for source in files + ([template] if template is not None else []):
            if _same(info, _stat(source)):
                raise MergeRefused(f"writing {target} would overwrite the input {source}; choose another output",
                                   f"写入 {target} 会覆盖输入文件 {source}，请另选输出文件")


def consolidate(inputs, out: Path | str, *, month: str | None = None, template: Path | str | None = None,
                progress=None) -> MergeResult:
    """Merge the files (or folders) in `inputs` into the workbook `out`; never aborts on a bad file.

    Raises MergeRefused, before reading any file, when `out` (or the filled template beside it)
    would overwrite an input or the template, lies in a folder that does not exist, or the
    template is missing or not a regular file."""
    month = _month_arg(month)
    out = Path(out)
    template = Path(template) if template else None
    files, problems = _files(inputs)
    _check_paths(out, files, template)
    result = _collect(files, problems, month, progress)
    _write(result, out)
    result.path = out
    if template is not None:
        from aidstation.excel import templates

        try:
            result.template_problems = templates.fill(
                template, _template_target(out, template), result.totals,
                {"station_name": "合计", "station_code": "", "month": result.month})
        except UnsafeWorkbook as exc:
            result.template_problems = [f"template cannot be read: {exc}"]
    return result


def _write(result: MergeResult, out: Path) -> None:
    wb = new_workbook()
    ws = wb.active
    ws.title = "汇总"
    cat = {ind.key: ind for ind in indicators.catalogue()}
    labels: dict[str, tuple[str, str, str, str]] = {}
    for ret in result.merged:
        for key, lab in ret.labels.items():
            labels.setdefault(key, lab)
    stations = result.merged
    year, month = (result.month.split("-") + [""])[:2]
    when = f"{year}年{int(month)}月" if month.isdigit() else result.month
    put(ws, 1, 2, f"法律服务工作月报汇总（{when}）").font = Font(name=FONT_NAME, bold=True, size=14)
    put(ws, 2, 2, f"共 {len(stations)} 个站点，问题 {len(result.problems)} 条（见“问题”表），"
                  f"生成于 {now().isoformat(sep=' ')[:16]}")
    head = ["key", "指标", "Indicator", "单位"] + [f"{r.name or r.code}\n{r.code}".strip() for r in stations] + ["合计"]
    for c, text in enumerate(head, start=1):
        head_cell = put(ws, 4, c, text)
        head_cell.font, head_cell.fill = BOLD, HEAD_FILL
        head_cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    section = None
    total_col = len(head)
    blank = [None] * (total_col - 3)
    for key, total in result.totals.items():  # appended from row 5 on, one list of cells a row
        ind = cat.get(key)
        sec, zh, en, unit = ((ind.section, ind.label_zh, ind.label_en, ind.unit) if ind
                             else labels.get(key, (key.split(".")[0], key, key, "")))
        if sec != section:
            section = sec
            zh_s, en_s = indicators.SECTIONS.get(sec, (sec, sec))
            ws.append([cell(ws, None, fill=SECTION_FILL), cell(ws, zh_s, fill=SECTION_FILL, font=BOLD),
                       cell(ws, en_s, fill=SECTION_FILL, font=BOLD)]
                      + [cell(ws, None, fill=SECTION_FILL) for _ in blank])
        fmt = NUMBER_FORMATS[ind.kind] if ind else ("#,##0.00" if unit in FLOAT_UNITS else "#,##0")
        values = [ret.values.get(key) for ret in stations]
        ws.append([cell(ws, text) for text in (key, zh, en, unit)]
                  + [cell(ws, v if isinstance(v, (int, float)) else None, fmt) for v in values]
                  + [cell(ws, total, fmt, font=BOLD)])
    # printed: landscape, fitted to the page's width, Chinese only (key and English hidden),
    # station names wrapped as column heads, the title rows and the indicator column repeated
    from openpyxl.utils import get_column_letter

    for col, width, hidden in (("A", 28, True), ("B", 24, False), ("C", 34, True), ("D", 5, False)):
        ws.column_dimensions[col].width = width
        ws.column_dimensions[col].hidden = hidden
    for c in range(5, total_col + 1):
        ws.column_dimensions[get_column_letter(c)].width = 9 if c < total_col else 11
    ws.row_dimensions[4].height = 48
    ws.freeze_panes = "E5"
    ws.print_title_rows = "1:4"
    ws.print_title_cols = "B:D"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.print_area = f"A1:{get_column_letter(total_col)}{ws.max_row}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"

    pw = wb.create_sheet("问题")
    for c, (text, width) in enumerate((("文件 File", 30), ("站点 Station", 12), ("问题", 50),
                                       ("Problem", 60), ("单元格 Cell", 12)), start=1):
        put(pw, 1, c, text).font = BOLD
        pw.column_dimensions["ABCDE"[c - 1]].width = width
    for r, p in enumerate(result.problems, start=2):
        for c, text in enumerate((p.file, p.station, p.zh, p.en, p.cell), start=1):
            put(pw, r, c, text)
    pw.freeze_panes = "A2"

    sw = wb.create_sheet("来源")
    cols = ["文件 File", "站点代码 Code", "站点 Station", "月份 Month", "更正 Correction",
            "生成时间 Generated", "版本 App version", "values_sha256", "文件 SHA-256 file", "状态 Status"]
    for c, text in enumerate(cols, start=1):
        put(sw, 1, c, text).font = BOLD
    for r, ret in enumerate(result.sources, start=2):
        row_values = (ret.path.name, ret.code, ret.name, ret.month, ret.correction,
                      str(ret.meta.get("generated_at") or ""), str(ret.meta.get("app_version") or ""),
                      str(ret.meta.get("values_sha256") or ""), ret.file_sha256, ret.status)
        for c, value in enumerate(row_values, start=1):
            put(sw, r, c, value)
    sw.freeze_panes = "A2"
    with atomic_path(out) as tmp:
        wb.save(tmp)
