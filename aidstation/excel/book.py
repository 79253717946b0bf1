"""The cells every workbook we write shares: the CJK default font, styles, and text written
safely (control characters stripped, always text, personal numbers masked in free text)."""
from __future__ import annotations

import datetime as dt
import re

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

from aidstation.core import masking

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)")
# A landline with its area code (0731-88881234, 010 6512 3456): the area code and the last four stay.
_LANDLINE = re.compile(r"(?<![\d-])(0\d{2,3})[ -]?(\d{3,4})[ -]?(\d{4})(?![\d-])")
FONT_NAME = "Microsoft YaHei"  # 微软雅黑: on every Chinese Windows, sans for Latin and CJK alike
BOLD = Font(name=FONT_NAME, bold=True, size=10)
TITLE = Font(name=FONT_NAME, bold=True, size=14)
SECTION_FILL = PatternFill("solid", fgColor="DDE6F0")
HEADER_FILL = PatternFill("solid", fgColor="BFCFE0")
THIN = Side(style="thin", color="999999")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

def new_workbook() -> Workbook:
    """A workbook whose default font is FONT_NAME 10 pt (Calibri lacks CJK glyphs)."""
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook()
    wb._fonts = IndexedList([Font(name=FONT_NAME, size=10, family=2, scheme=None)])
    return wb


def clean(text) -> str:
    """Text safe for a cell: control characters stripped, ID numbers and mobiles masked."""
    text = _CONTROL.sub("", str(text or ""))
    text = _ID.sub(lambda m: masking.id_number(m.group(1)), text)
    text = _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(3), text)
    return _LANDLINE.sub(lambda m: m.group(1) + "-****" + m.group(3), text)


def put(ws, row: int, col: int, value, number_format: str | None = None):
    """Write one cell; strings are always stored as text (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _CONTROL.sub("", value)
        cell.data_type = "s"
    elif isinstance(value, (dt.date, dt.datetime)):
        cell.value = value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
        cell.data_type = "s"
    else:
        cell.value = value
        if number_format and value is not None:
            cell.number_format = number_format
    return cell
