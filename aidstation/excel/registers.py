"""A register (台账) as an .xlsx workbook (issue 14): the same rows and totals as the PDF
(core.registers), Chinese headers, the header row frozen with an auto-filter, and print
setup for landscape A4, fitted to the page width with the header repeated on every page.

Streamed (a write-only workbook, rows appended as the query yields them), so a year of a
large station never sits in memory. Masked as the PDF (DESIGN §12); text is always text.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from aidstation.core.files import atomic_path
from aidstation.core.registers import Register, Totals, cell_text
from aidstation.excel import book

FULL_VALUES = False
HEADER_ROW = 3  # title, station and period above it
TITLE_FONT = Font(name=book.FONT_NAME, bold=True, size=14)
INFO_FONT = Font(name=book.FONT_NAME, size=10)
HEAD_FONT = Font(name=book.FONT_NAME, bold=True, size=10)
HEAD_FILL = PatternFill("solid", fgColor="D9E2EE")
TOTAL_FILL = PatternFill("solid", fgColor="EDEDED")
THIN = Side(style="thin", color="888888")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
PLAIN = Alignment(vertical="center")
MIN_WIDTH = {"date": 11.5, "datetime": 16.5, "int": 7, "money": 12, "yesno": 6}
LINE_PT = 13.5  # a line of 10 pt text
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
FORMATS = {"int": "0", "money": "#,##0.00"}
PROGRESS_EVERY = 500


def _width(column) -> float:
    """Excel column width (characters of the default font) for the column's millimetres."""
    return max(MIN_WIDTH.get(column.kind, 6.0), round(column.width / 1.75, 1))


def _display(text: str) -> float:
    """Width of `text` in Excel's character units: CJK characters take about two."""
    return sum(1.0 if ord(ch) < 0x2E80 else 1.9 for ch in text)


def _height(columns, widths, row) -> float | None:
    """Row height for the wrapped columns (a write-only sheet cannot autofit); None = one line."""
    lines = 1
    for c, w, value in zip(columns, widths, row):
        if c.wrap and isinstance(value, str) and value:
            lines = max(lines, -(-int(_display(value) + 1) // max(int(w - 1), 1)))
    return None if lines == 1 else min(lines, 8) * LINE_PT + 3


def _value(ws, column, value, **style):
    """A cell: numbers as numbers (with the column's format), everything else as text."""
    if column.kind in FORMATS:
        return book.cell(ws, value if value is not None else None, FORMATS[column.kind], **style)
    text = book.clean(cell_text(column, value))  # control characters out; masked already
    return book.cell(ws, text or None, **style) if text else book.cell(ws, None, **style)


def write_register(reg: Register, path: Path | str, *, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None, total: int | None = None) -> int:
    """Write `reg` to `path` atomically; returns the number of rows (the totals line excluded).
    `cancelled()` true stops it with InterruptedError (no file is left)."""
    total = reg.count() if total is None else total
    columns = reg.columns
    ncols = len(columns)
    wb = book.new_workbook(write_only=True)
    ws = wb.create_sheet(reg.title[:31])
    last_data = HEADER_ROW + max(total, 1)
    book.declare_size(ws, last_data + 1, ncols)
    widths = [_width(c) for c in columns]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    end_col = get_column_letter(ncols)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{end_col}{last_data}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = book.text(reg.station or "")
    ws.oddHeader.right.text = f"{reg.title} {reg.period_text}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"

    ws.append([book.cell(ws, reg.title, font=TITLE_FONT)])
    info = f"填报单位：{reg.station or '—'}    登记期间：{reg.period_text}"
    if reg.filter_text():
        info += f"    筛选条件：{reg.filter_text()}"
    ws.append([book.cell(ws, info, font=INFO_FONT)])
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.append([book.cell(ws, c.zh, font=HEAD_FONT, fill=HEAD_FILL, border=GRID, alignment=CENTRE) for c in columns])
    totals = Totals(columns)
    aligns = [WRAP if c.wrap else PLAIN for c in columns]
    for n, row in enumerate(reg.rows(), 1):
        totals.add(row)
        height = _height(columns, widths, row)
        if height:
            ws.row_dimensions[HEADER_ROW + n].height = height
        ws.append([_value(ws, c, v, border=GRID, alignment=a) for c, v, a in zip(columns, row, aligns)])
        if n % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise InterruptedError("cancelled")
            if progress is not None:
                progress(n, total)
    if totals.count == 0:
        ws.append([book.cell(ws, "本期无记录", border=GRID)])
    cells = []
    for i, value in enumerate(totals.values(reg.kind.unit)):
        style = {"font": HEAD_FONT, "fill": TOTAL_FILL, "border": GRID}
        if isinstance(value, str):
            cells.append(book.cell(ws, value, **style))
        elif columns[i].kind == "yesno":  # the count of 是, a number
            cells.append(book.cell(ws, int(value), FORMATS["int"], **style))
        else:
            cells.append(_value(ws, columns[i], value, **style))
    ws.append(cells)
    ws.append([])
    ws.append([book.cell(ws, f"制表日期：{dt.date.today().isoformat()}　说明：姓名、联系电话已作脱敏处理，不含身份证号码。",
                         font=INFO_FONT)])
    with atomic_path(Path(path)) as tmp:
        wb.save(str(tmp))
    if progress is not None:
        progress(totals.count, total)
    return totals.count
