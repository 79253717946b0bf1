"""The cells every workbook we write shares: the CJK default font, styles, and text written
safely (characters that are not text stripped, always text, personal numbers masked in free
text)."""
from __future__ import annotations

import datetime as dt
import re
from copy import copy

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

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

def new_workbook(write_only: bool = False) -> Workbook:
    """A workbook whose default font is FONT_NAME 10 pt (Calibri lacks CJK glyphs).

    write_only: rows are streamed to the file as they are appended (`cell`, `declare_size`;
    ws.append), for the large monthly export; there is no first sheet then."""
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook(write_only=write_only)
    wb._fonts = IndexedList([Font(name=FONT_NAME, size=10, family=2, scheme=None)])
    return wb


def declare_size(ws, rows: int, columns: int) -> None:
    """A write-only sheet's `<dimension>` (A1 to the last cell), declared before its first row
    as a normal sheet writes it: a large sheet without one is refused by the district merge
    (safety.RETURN_LIMITS). Normal sheets compute their own; nothing to do for them."""
    if isinstance(ws, WriteOnlyWorksheet):
        ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
        ws.calculate_dimension = lambda: ref  # what openpyxl's sheet writer asks for


def cell(ws, value, number_format: str | None = None, **style):
    """A cell for ws.append holding `value` as `put` stores it (strings and dates always text,
    the format only on a value), with `style` (font=, fill=, border=, alignment=) applied in
    that order."""
    if isinstance(value, (str, dt.date, dt.datetime)):
        value, kind, number_format = text(value), "s", None
    else:
        kind, number_format = None, number_format if value is not None else None
    # Styling a cell looks each style up in the workbook's tables (hashing it whole): do it
    # once per combination and copy the result. The key holds the style objects themselves,
    # so their ids stay theirs.
    styles = ws.parent.__dict__.setdefault("_aid_style_arrays", {})
    key = (number_format, tuple((name, id(v)) for name, v in style.items()))
    found = styles.get(key)
    c = WriteOnlyCell(ws, value)
    if kind:
        c.data_type = kind
    if found is not None:
        c._style = copy(found[0])
        return c
    if number_format:
        c.number_format = number_format
    for name, v in style.items():
        setattr(c, name, v)
    styles[key] = (copy(c._style), tuple(style.values()))
    return c


def clean(text) -> str:
    """Free text safe for a cell that leaves the station: characters that are not text
    stripped, resident ID numbers, mobiles and landlines masked however they were typed
    (spaced, dashed, dotted, full-width: see masking.free_text)."""
    return masking.free_text(_CONTROL.sub("", str(text or "")))


def text(value) -> str:
    """The text `put` stores for a string (characters that are not text stripped) or a date
    (ISO 8601)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return _CONTROL.sub("", value)


def put(ws, row: int, col: int, value, number_format: str | None = None):
    """Write one cell; strings are always stored as text (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, (str, dt.date, dt.datetime)):
        cell.value = text(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if number_format and value is not None:
            cell.number_format = number_format
    return cell
