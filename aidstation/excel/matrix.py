"""The year × month matrix as a workbook (the Monthly page's "Export matrix…").

One sheet 逐月统计: indicators down (grouped by section), 1月…12月 across, then 全年 (the year
as one period: rates recomputed, 期末未结 at the year's end) and 单位. Chinese only, as the
return is; the indicator keys sit in a hidden last column for anyone who reads it by machine.
Frozen below the header and right of the names; printed A4 landscape, fitted to the page
width, the header and the names repeated on every page.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from aidstation import __version__
from aidstation.core.files import atomic_path
from aidstation.core.models import now
from aidstation.core.reporting import indicators
from aidstation.excel.book import FONT_NAME, GRID, HEADER_FILL, SECTION_FILL, new_workbook, put

SHEET = "逐月统计"
MONTHS = [f"{m}月" for m in range(1, 13)]
HEADER = ["指标", *MONTHS, "全年", "单位", "key"]
HEADER_ROW = 3
NUMBER_FORMATS = {indicators.COUNT: "#,##0", indicators.AMOUNT: "#,##0.00",
                  indicators.RATE: "0.0", indicators.MANUAL: "#,##0.##"}
BODY = Font(name=FONT_NAME, size=10.5)
BOLD = Font(name=FONT_NAME, size=10.5, bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def export_matrix(matrix, path: Path | str, station_name: str = "", station_code: str = "") -> Path:
    """Write `matrix` (core.reporting.matrix.Matrix) to `path`; returns the path."""
    path = Path(path)
    wb = new_workbook()
    ws = wb.active
    ws.title = SHEET
    last = len(HEADER)
    visible_last = get_column_letter(last - 1)
    title = f"{station_name or station_code}{matrix.year}年法律服务工作逐月统计"
    put(ws, 1, 1, title).font = Font(name=FONT_NAME, size=16, bold=True)
    ws.merge_cells(f"A1:{visible_last}1")
    put(ws, 2, 1, f"统计期间：{matrix.year}年1月至12月　　工作站代码：{station_code}　　"
                  f"生成时间：{now().isoformat(sep=' ')[:16]}（AidStation {__version__}）").font = BODY
    ws.merge_cells(f"A2:{visible_last}2")
    for c, text in enumerate(HEADER, start=1):
        cell = put(ws, HEADER_ROW, c, text)
        if c < last:
            cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, GRID, CENTER
    r = HEADER_ROW
    section = None
    for ind in matrix.catalogue:
        if ind.section != section:
            section = ind.section
            r += 1
            for c in range(1, last):
                cell = ws.cell(r, c)
                cell.fill, cell.border = SECTION_FILL, GRID
            put(ws, r, 1, indicators.SECTIONS[section][0]).font = BOLD
        r += 1
        fmt = NUMBER_FORMATS[ind.kind]
        put(ws, r, 1, ind.label_zh).font = BODY
        for i, value in enumerate([*matrix.row(ind.key), matrix.total.get(ind.key)]):
            cell = put(ws, r, 2 + i, value, fmt)
            cell.font = BOLD if i == 12 else BODY
        put(ws, r, 15, ind.unit).alignment = Alignment(horizontal="center")
        put(ws, r, 16, ind.key)
        for c in range(1, last):
            ws.cell(r, c).border = GRID
    ws.column_dimensions["A"].width = 30
    for c in range(2, 15):
        ws.column_dimensions[get_column_letter(c)].width = 9 if c < 14 else 11
    ws.column_dimensions[get_column_letter(15)].width = 6
    ws.column_dimensions[get_column_letter(16)].hidden = True
    ws.row_dimensions[1].height = 26
    ws.row_dimensions[HEADER_ROW].height = 20
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_title_cols = "A:A"
    ws.print_area = f"A1:{visible_last}{r}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddHeader.right.text = f"{station_code} {matrix.year}"
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def default_name(station_code: str, year: int) -> str:
    return f"{station_code or 'station'}-{year}-逐月统计.xlsx"
