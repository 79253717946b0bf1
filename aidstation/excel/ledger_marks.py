"""The import report as a copy of the ledger (issue 16): every cell at fault filled, a comment
on it saying what is wrong and what is expected, and a 问题 column at the end listing each
row's problems, so the clerk corrects the ledger in place and imports it again.

The copy is written from the values read (any format in, .xlsx out), so it never carries the
original's formulas or macros; text is sanitised of control characters (excel/book.put).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from aidstation.core.files import atomic_path
from aidstation.excel.book import FONT_NAME, new_workbook, put

BAD_FILL = PatternFill("solid", fgColor="FFC7CE")  # Excel's own "bad" red
ROW_FILL = PatternFill("solid", fgColor="FFEB9C")  # a problem of the whole row
HEADER_FILL = PatternFill("solid", fgColor="BFCFE0")


def _value(raw):
    if raw is None or isinstance(raw, (int, float, dt.date, dt.datetime)) and not isinstance(raw, bool):
        return raw
    return str(raw)


def write_marked(path: Path | str, table, layout, report) -> Path:
    """Write the marked copy; returns its path."""
    wb = new_workbook()
    ws = wb.active
    ws.title = "台账问题"
    width = max((len(r) for r in table.rows), default=0)
    problem_col = width + 1
    by_row: dict[int, list] = {}
    for p in report.problems:
        by_row.setdefault(p.row, []).append(p)
    header = layout.header_rows[-1] + 1 if layout.header_rows else 1
    for r, row in enumerate(table.rows, start=1):
        for c, raw in enumerate(row, start=1):
            value = _value(raw)
            if value not in (None, ""):
                put(ws, r, c, value)
    put(ws, header, problem_col, "问题 / Problems").font = Font(name=FONT_NAME, bold=True, size=10)
    ws.cell(row=header, column=problem_col).fill = HEADER_FILL
    for r, problems in sorted(by_row.items()):
        if r <= 0:
            continue
        lines = []
        for p in problems:
            where = f"{p.column}: " if p.column else ""
            lines.append(where + p.message + (f" — {p.expected}" if p.expected else ""))
            target = ws.cell(row=r, column=(p.cell + 1) if p.cell is not None else problem_col)
            if p.cell is not None:
                target.fill = BAD_FILL
                note = p.message + (f"\n{p.expected}" if p.expected else "")
                target.comment = Comment(note[:1000], "AidStation")
        cell = put(ws, r, problem_col, "\n".join(lines))
        cell.fill = ROW_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions[ws.cell(row=1, column=problem_col).column_letter].width = 60
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
