"""The district merge (DESIGN §8): many stations' monthly workbooks into one.

Every file is checked (safe to open, format and version, month, duplicate station codes,
corrections, the values hash). Problems never abort the merge: each becomes a row of the
`问题` sheet and the rest merges. Rates in the total column are recomputed from summed parts.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from aidstation.core.files import atomic_path
from aidstation.core.models import now
from aidstation.core.reporting import indicators
from aidstation.excel.book import FONT_NAME, new_workbook, put
from aidstation.excel.monthly import (
    FLOAT_UNITS,
    FORMAT,
    NUMBER_FORMATS,
    SHEET,
    VERSION,
    values_sha256,
)
from aidstation.excel.safety import UnsafeWorkbook, open_untrusted

BOLD = Font(name=FONT_NAME, bold=True, size=10)
HEAD_FILL = PatternFill("solid", fgColor="BFCFE0")
SECTION_FILL = PatternFill("solid", fgColor="DDE6F0")


@dataclass
class Problem:
    file: str
    station: str
    zh: str
    en: str


@dataclass
class StationReturn:
    path: Path
    meta: dict[str, object]
    values: dict[str, object]
    labels: dict[str, tuple[str, str, str, str]]  # key -> (section, zh, en, unit)
    file_sha256: str
    status: str = "merged"  # merged | or the reason it was left out

    @property
    def code(self) -> str:
        return str(self.meta.get("station_code") or "")

    @property
    def name(self) -> str:
        return str(self.meta.get("station_name") or "")

    @property
    def month(self) -> str:
        return str(self.meta.get("month") or "")

    @property
    def correction(self) -> int:
        try:
            return int(self.meta.get("correction") or 0)
        except (TypeError, ValueError):
            return 0


class BadReturn(Exception):
    def __init__(self, en: str, zh: str):
        super().__init__(en)
        self.zh = zh


def _normalise(value, unit: str):
    """The number as `totals --json` printed it: amounts and rates floats, counts ints."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if unit in FLOAT_UNITS:
        return float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_return(path: Path | str) -> StationReturn:
    """Read one station's workbook; raises UnsafeWorkbook or BadReturn with the reason."""
    path = Path(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    wb = open_untrusted(path)
    try:
        names = wb.sheetnames
        if "meta" not in names or SHEET not in names:
            raise BadReturn("not an AidStation monthly workbook (no 月报/meta sheet)",
                            "不是本系统导出的月报（缺少“月报”或“meta”工作表）")
        meta: dict[str, object] = {}
        for row in wb["meta"].iter_rows(min_col=1, max_col=2, values_only=True):
            if row and row[0] not in (None, ""):
                meta[str(row[0])] = row[1] if len(row) > 1 else None
        if meta.get("format") != FORMAT:
            raise BadReturn(f"wrong format {meta.get('format')!r}", f"格式不符（{meta.get('format')}）")
        try:
            version = int(meta.get("version"))
        except (TypeError, ValueError):
            version = -1
        if version != VERSION:
            raise BadReturn(f"unsupported format version {meta.get('version')!r}",
                            f"不支持的格式版本（{meta.get('version')}）")
        values: dict[str, object] = {}
        labels: dict[str, tuple[str, str, str, str]] = {}
        in_table = False
        for row in wb[SHEET].iter_rows(min_col=1, max_col=6, values_only=True):
            row = tuple(row) + (None,) * (6 - len(row))
            if not in_table:
                in_table = row[0] == "key"
                continue
            key = row[0]
            if not isinstance(key, str) or not key.strip():
                continue
            unit = str(row[5] or "")
            labels[key] = (str(row[1] or ""), str(row[2] or ""), str(row[3] or ""), unit)
            values[key] = _normalise(row[4], unit)
        if not in_table:
            raise BadReturn("the 月报 sheet has no indicator table", "“月报”工作表中没有指标表")
    finally:
        wb.close()
    return StationReturn(path, meta, values, labels, digest)


@dataclass
class MergeResult:
    path: Path | None
    month: str
    merged: list[StationReturn]
    totals: dict[str, object]
    problems: list[Problem] = field(default_factory=list)
    sources: list[StationReturn] = field(default_factory=list)
    template_problems: list[str] = field(default_factory=list)


def _files(inputs) -> list[Path]:
    """Expand folders to the .xlsx files inside them (sorted), keep files as given."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix.lower() == ".xlsx"
                              and not x.name.startswith((".", "~$"))))
        else:
            out.append(p)
    return out


def collect(inputs, month: str | None = None, progress=None) -> MergeResult:
    """Read and check every file; decide which returns merge. Writes nothing."""
    files = _files(inputs)
    problems: list[Problem] = []
    good: list[StationReturn] = []
    for i, path in enumerate(files):
        if progress:
            progress(i, len(files))
        try:
            ret = read_return(path)
        except UnsafeWorkbook as exc:
            problems.append(Problem(path.name, "", f"无法读取：{exc.zh}", f"cannot be read: {exc}"))
            continue
        except BadReturn as exc:
            problems.append(Problem(path.name, "", exc.zh, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - a bad file is a problem row, never a crash
            problems.append(Problem(path.name, "", "无法读取", f"cannot be read: {type(exc).__name__}"))
            continue
        good.append(ret)
    if progress:
        progress(len(files), len(files))

    for ret in good:
        if values_sha256(ret.values) != str(ret.meta.get("values_sha256") or ""):
            ret.status = "edited after export"
            problems.append(Problem(ret.path.name, ret.code, "导出后被修改（校验值不符），未汇总",
                                    "edited after export (hash mismatch); not merged"))
    valid = [r for r in good if r.status == "merged"]
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
                                    f"站点代码 {old.code} 重复且数值不同，采用较新的 {new.path.name}",
                                    f"duplicate station code {old.code} with different values; "
                                    f"the newer {new.path.name} is used"))
            chosen[ret.code] = new
    merged = sorted(chosen.values(), key=lambda r: r.code)

    cat = indicators.catalogue()
    known = {ind.key for ind in cat}
    for ret in merged:
        unknown = [k for k in ret.values if k not in known]
        missing = [k for k in known if k not in ret.values]
        if unknown:
            problems.append(Problem(ret.path.name, ret.code, f"含本版本未知的指标（保留）：{'、'.join(unknown)}",
                                    f"keys unknown to this version (kept): {', '.join(unknown)}"))
        if missing:
            problems.append(Problem(ret.path.name, ret.code, f"缺少指标（留空）：{'、'.join(missing)}",
                                    f"missing keys (left blank): {', '.join(missing)}"))
    totals = indicators.combine([r.values for r in merged], cat)
    return MergeResult(None, month, merged, totals, problems, good)


def consolidate(inputs, out: Path | str, *, month: str | None = None, template: Path | str | None = None,
                progress=None) -> MergeResult:
    """Merge the files (or folders) in `inputs` into the workbook `out`; never aborts on a bad file."""
    result = collect(inputs, month, progress)
    out = Path(out)
    _write(result, out)
    result.path = out
    if template:
        from aidstation.excel import templates

        target = out.with_name(f"{out.stem}-{Path(template).stem}.xlsx")
        try:
            result.template_problems = templates.fill(
                template, target, result.totals,
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
    put(ws, 1, 1, f"法律服务工作月报汇总  District summary {result.month}").font = Font(name=FONT_NAME, bold=True, size=14)
    put(ws, 2, 1, f"{len(stations)} 个站点 stations · 问题 {len(result.problems)} problems · "
                  f"生成 {now().isoformat(sep=' ')}")
    head = ["key", "指标", "Indicator", "unit"] + [f"{r.code} {r.name}".strip() for r in stations] + ["合计 Total"]
    for c, text in enumerate(head, start=1):
        cell = put(ws, 4, c, text)
        cell.font, cell.fill = BOLD, HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    row, section = 5, None
    total_col = len(head)
    for key, total in result.totals.items():
        ind = cat.get(key)
        sec, zh, en, unit = ((ind.section, ind.label_zh, ind.label_en, ind.unit) if ind
                             else labels.get(key, (key.split(".")[0], key, key, "")))
        if sec != section:
            section = sec
            zh_s, en_s = indicators.SECTIONS.get(sec, (sec, sec))
            for c in range(1, total_col + 1):
                ws.cell(row=row, column=c).fill = SECTION_FILL
            put(ws, row, 2, zh_s).font = BOLD
            put(ws, row, 3, en_s).font = BOLD
            row += 1
        fmt = NUMBER_FORMATS[ind.kind] if ind else ("#,##0.00" if unit in FLOAT_UNITS else "#,##0")
        for c, text in enumerate((key, zh, en, unit), start=1):
            put(ws, row, c, text)
        for c, ret in enumerate(stations, start=5):
            value = ret.values.get(key)
            put(ws, row, c, value if isinstance(value, (int, float)) else None, fmt)
        put(ws, row, total_col, total, fmt).font = BOLD
        row += 1
    for col, width in (("A", 28), ("B", 26), ("C", 34), ("D", 6)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "E5"
    ws.print_title_rows = "4:4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.oddFooter.center.text = "&P / &N"

    pw = wb.create_sheet("问题")
    for c, (text, width) in enumerate((("文件 File", 30), ("站点 Station", 12), ("问题", 50),
                                       ("Problem", 60)), start=1):
        put(pw, 1, c, text).font = BOLD
        pw.column_dimensions["ABCD"[c - 1]].width = width
    for r, p in enumerate(result.problems, start=2):
        for c, text in enumerate((p.file, p.station, p.zh, p.en), start=1):
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
