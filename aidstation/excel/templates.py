"""Filling a district's own .xlsx template whose cells hold `{{key}}` placeholders.

A cell that is exactly one placeholder gets the number itself (so the template's number
format applies); a placeholder inside text is replaced by the value as text. Styles, merged
cells, column widths and print setup stay as the template has them, because the template
itself is loaded and saved. Placeholders that name no indicator or field are reported.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from aidstation.core.files import atomic_path
from aidstation.excel.safety import UnsafeWorkbook, check_file

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\}")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if not value.is_integer() else str(int(value))
    return str(value)


def fill(template: Path | str, target: Path | str, values: dict[str, object],
         fields: dict[str, object] | None = None) -> list[str]:
    """Write `target` from `template` with every placeholder filled.

    `fields` adds non-indicator placeholders (station_name, station_code, month ...). Returns
    the problems found: one line per unknown placeholder (the cell keeps its text).
    """
    import openpyxl

    data = check_file(template)  # the template is read once, as the bytes that were checked
    lookup = dict(fields or {})
    lookup.update(values)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), keep_links=False)
    except Exception as exc:  # noqa: BLE001 - a bad template is reported, never a crash
        raise UnsafeWorkbook(f"template cannot be read ({type(exc).__name__})", "模板无法读取") from None
    problems: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or "{{" not in cell.value:
                    continue
                text = cell.value
                unknown = [m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1) not in lookup]
                for key in unknown:
                    problems.append(f"{ws.title}!{cell.coordinate}: unknown placeholder {{{{{key}}}}}")
                whole = PLACEHOLDER.fullmatch(text.strip())
                if whole and whole.group(1) in lookup:
                    value = lookup[whole.group(1)]
                    cell.value = value if isinstance(value, (int, float)) or value is None else str(value)
                    if isinstance(cell.value, str):
                        cell.data_type = "s"
                    continue
                new = PLACEHOLDER.sub(lambda m: _text(lookup[m.group(1)]) if m.group(1) in lookup
                                      else m.group(0), text)
                cell.value = new
                cell.data_type = "s"
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return problems
