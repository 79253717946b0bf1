"""A district's merged monthly workbooks (the `consolidate` output, excel/district.py) read back
for its work summary: each station's column and the total of the 汇总 sheet, and the month.

This is a workbook reader, so it belongs with excel/district.py; it lives here only because
that module has another owner this session (see the report of issue 18). Untrusted input: read
through excel.safety with the return's limits, values only; a bad file raises MergedUnreadable
with the reason, never a traceback.
"""
from __future__ import annotations

import re
from pathlib import Path

from aidstation.core.summary import MergedMonth
from aidstation.excel.safety import RETURN_LIMITS, UnsafeWorkbook, open_untrusted, read_bytes

SHEET, SOURCES = "汇总", "来源"
_TITLE_MONTH = re.compile(r"（(\d{4})年(\d{1,2})月）")
MAX_ROWS = 5_000
MAX_STATIONS = 500


class MergedUnreadable(Exception):
    def __init__(self, en: str, zh: str):
        super().__init__(en)
        self.zh = zh


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 1e12 else value


def read_merged(path: Path | str) -> MergedMonth:
    path = Path(path)
    try:
        data = read_bytes(path, RETURN_LIMITS.uncompressed)
        wb = open_untrusted(data, RETURN_LIMITS)
    except (UnsafeWorkbook, OSError) as exc:
        raise MergedUnreadable(f"{path.name}: cannot be read ({exc})", f"{path.name}：无法读取（{getattr(exc, 'zh', exc)}）") from None
    try:
        if SHEET not in wb.sheetnames:
            raise MergedUnreadable(f"{path.name}: not a merged workbook (no 汇总 sheet)",
                                   f"{path.name}：不是汇总表（缺少“汇总”工作表）")
        ws = wb[SHEET]
        month = ""
        head: list = []
        stations: dict[str, tuple[str, dict]] = {}
        totals: dict[str, object] = {}
        columns: list[tuple[int, str, str]] = []  # (column index, code, name)
        total_col = None
        for r, row in enumerate(ws.iter_rows(max_row=MAX_ROWS, values_only=True), start=1):
            if r == 1:
                found = _TITLE_MONTH.search(str(row[1] if len(row) > 1 else "") or "")
                if found:
                    month = f"{int(found[1]):04d}-{int(found[2]):02d}"
                continue
            if not head:
                if row and row[0] == "key":
                    head = list(row)
                    total_col = len(head) - 1
                    for i in range(4, total_col):
                        text = str(head[i] or "")
                        name, _, code = text.rpartition("\n")
                        columns.append((i, code or text, name or text))
                    if len(columns) > MAX_STATIONS:
                        raise MergedUnreadable(f"{path.name}: too many station columns", f"{path.name}：站点列过多")
                    for _i, code, name in columns:
                        stations[code] = (name, {})
                continue
            key = row[0] if row else None
            if not isinstance(key, str) or not key.strip():
                continue  # a section row
            for i, code, _name in columns:
                stations[code][1][key] = _number(row[i]) if i < len(row) else None
            totals[key] = _number(row[total_col]) if total_col is not None and total_col < len(row) else None
        if not head:
            raise MergedUnreadable(f"{path.name}: the 汇总 sheet has no indicator table",
                                   f"{path.name}：“汇总”工作表中没有指标表")
        if not month:
            raise MergedUnreadable(f"{path.name}: the month of the merge is not in its title",
                                   f"{path.name}：标题中没有汇总月份")
    finally:
        wb.close()
    return MergedMonth(month, stations, totals, path.name)


def read_district(paths, name: str):
    """The DistrictData of merged workbooks (one a month; a month given twice is refused)."""
    from aidstation.core.summary import DistrictData

    data = DistrictData(name)
    for path in paths:
        merged = read_merged(path)
        if merged.month in data.months:
            raise MergedUnreadable(f"two merged workbooks for {merged.month}: {data.months[merged.month].file} "
                                   f"and {merged.file}",
                                   f"{merged.month} 有两个汇总表：{data.months[merged.month].file}、{merged.file}")
        data.months[merged.month] = merged
    return data
