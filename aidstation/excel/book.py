"""The cells every workbook we write shares: the CJK default font, styles, and text written
safely (characters that are not text stripped, always text, personal numbers masked in free
text)."""
from __future__ import annotations

import datetime as dt
import re

from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side

from aidstation.core import masking

# Characters an XML 1.0 file cannot hold (C0 controls but tab, newline and carriage return;
# lone surrogates; U+FFFE, U+FFFF), plus C1 controls and the other noncharacters: never text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)) + "]")
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
    """Free text safe for a cell that leaves the station: characters that are not text
    stripped, resident ID numbers, mobiles and landlines masked however they were typed
    (spaced, dashed, dotted, full-width: see masking.free_text)."""
    return masking.free_text(_CONTROL.sub("", str(text or "")))


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
