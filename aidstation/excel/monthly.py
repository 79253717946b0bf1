"""The monthly workbook sent to the district (DESIGN §8, format `aidstation.monthly` v1).

Its hidden `meta` sheet also carries the station's audit anchor (`audit_events`, `audit_head`:
the chain's head when the workbook was written, core/audit.py) and its signature (`public_key`,
`signature`: excel/signing.py), which covers the station code, month, correction, the anchor
and every value."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from aidstation import __version__
from aidstation.core import dates, records, settings
from aidstation.core.audit import head, record_event
from aidstation.core.db import atomic, current_station
from aidstation.core.files import atomic_path
from aidstation.core.models import now
from aidstation.core.reporting import indicators, submissions
from aidstation.excel import signing
from aidstation.excel.book import (
    BOLD,
    GRID,
    HEADER_FILL,
    SECTION_FILL,
    TITLE,
    cell,
    declare_size,
    new_workbook,
)

FORMAT = "aidstation.monthly"
VERSION = 1
SHEET = "月报"
HEADER = ["key", "section", "指标", "Indicator", "value", "unit"]
DETAIL_SHEETS = ("咨询", "调解", "法律援助", "联系卡", "宣传")
FLOAT_UNITS = ("元", "%")  # values read back as floats (amounts, rates)

HEADER_ALIGN = Alignment(horizontal="center", vertical="center")
UNIT_ALIGN = Alignment(horizontal="center")
NUMBER_FORMATS = {indicators.COUNT: "#,##0", indicators.AMOUNT: "#,##0.00",
                  indicators.RATE: "0.0", indicators.MANUAL: "#,##0.##"}


def values_sha256(values: dict[str, object]) -> str:
    """SHA-256 of one `key=value\\n` line per indicator, values as json.dumps writes them."""
    return hashlib.sha256(signing.values_text(values).encode("utf-8")).hexdigest()


@dataclass
class ExportResult:
    path: Path
    month: str
    values: dict[str, object]
    values_sha256: str
    correction: int
    detail_counts: dict[str, int]


def default_path(month: str, correction: int) -> Path:
    code = settings.get("station.code") or "station"
    return current_station().sub("exports") / submissions.file_name(code, month, correction)


def export_month(year: int, month: int, path: Path | str | None = None, *, details: bool = True,
                 user, correction: int | None = None, progress=None) -> ExportResult:
    """Write the month's workbook to `path` (default exports/{code}-{YYYY-MM}[-更正N].xlsx).

    A month already submitted is exported as the next correction. `progress(done, total)` is
    called between sheets when given (for a GUI progress dialog). The export is audited under
    `user`; the workbook names them as preparer (a system actor leaves that to the station head).
    """
    records.require_user(user)
    signing_key = signing.ensure_key()  # first: a station whose key cannot be read exports nothing
    month_text = dates.month_text(year, month)
    if correction is None:
        correction = submissions.next_correction(month_text)
    target = Path(path) if path else default_path(month_text, correction)
    values = indicators.compute_month(year, month)
    digest = values_sha256(values)
    generated = now()
    prof = settings.get_all()
    prepared = "" if isinstance(user, records.SystemActor) else (user.display_name or user.username)
    prepared = prepared or prof.get("station.head", "")
    steps = 2 + (len(DETAIL_SHEETS) if details else 0)

    wb = new_workbook(write_only=True)  # rows go to the file as they are made
    _write_return(wb.create_sheet(SHEET), values, prof, month_text, prepared, generated, correction)
    if progress:
        progress(1, steps)
    counts: dict[str, int] = {}
    if details:
        from aidstation.excel import details as detail_sheets

        start, end = dates.month_bounds(year, month)
        for i, (name, writer) in enumerate(detail_sheets.WRITERS.items(), start=2):
            counts[name] = writer(wb.create_sheet(name), start, end)
            if progress:
                progress(i, steps)
    meta = wb.create_sheet("meta")
    prev = submissions.latest(month_text) if correction else None
    events, last = head()  # the anchor: the chain before this export's own event
    rows = [
        ("format", FORMAT), ("version", VERSION), ("station_code", prof["station.code"]),
        ("station_name", prof["station.name"]), ("month", month_text),
        ("generated_at", generated.isoformat(sep=" ")), ("app_version", __version__),
        ("correction", correction), ("supersedes_sha256", prev.sha256 if prev else ""),
        ("values_sha256", digest), ("audit_events", events), ("audit_head", last),
    ]
    rows += list(signing.sign_fields(dict(rows), values, signing_key).items())
    declare_size(meta, len(rows), 2)
    for key, value in rows:
        meta.append([cell(meta, key), cell(meta, value if isinstance(value, int) else str(value))])
    meta.sheet_state = "hidden"
    with atomic_path(target) as tmp:
        wb.save(tmp)
    with atomic():
        record_event(user, "export", "Submission", None, detail=f"{month_text} {target.name}")
    if progress:
        progress(steps, steps)
    return ExportResult(target, month_text, values, digest, correction, counts)


def _write_return(ws, values, prof, month_text, prepared, generated, correction) -> None:
    """The 月报 sheet, row by row (ws may be write-only: sizes and views are set first)."""
    title = f"{prof['station.name'] or prof['station.code']} 法律服务工作月报  Monthly return {month_text}"
    if correction:
        title += f"（更正{correction} / Correction {correction}）"
    rows: list[list] = [[cell(ws, title, font=TITLE)]]
    ws.merged_cells.add("A1:F1")
    ws.row_dimensions[1].height = 24
    block = [("站点 Station", prof["station.name"]), ("代码 Code", prof["station.code"]),
             ("月份 Month", month_text), ("填报人 Prepared by", prepared),
             ("生成时间 Generated at", generated.isoformat(sep=" "))]
    for r, (label, value) in enumerate(block, start=2):
        rows.append([cell(ws, label, font=BOLD), None, cell(ws, value)])
        ws.merged_cells.add(f"A{r}:B{r}")
        ws.merged_cells.add(f"C{r}:F{r}")
    header_row = 8
    rows.append([])  # row 7: the correction note, or nothing
    if correction:
        rows[-1] = [cell(ws, f"本表为更正报表（第{correction}次更正），替代此前报送的 {month_text} 月报。"
                             f" This is correction {correction}; it replaces the return sent earlier.", font=BOLD)]
        ws.merged_cells.add("A7:F7")
    rows.append([cell(ws, text, font=BOLD, fill=HEADER_FILL, border=GRID, alignment=HEADER_ALIGN)
                 for text in HEADER])
    section = None
    for ind in indicators.catalogue():
        if ind.section != section:
            section = ind.section
            zh, en = indicators.SECTIONS[section]
            rows.append([cell(ws, text or None, font=BOLD, fill=SECTION_FILL, border=GRID)
                         for text in ["", section, zh, en, "", ""]])
        rows.append([cell(ws, ind.key, border=GRID), cell(ws, ind.section, border=GRID),
                     cell(ws, ind.label_zh, border=GRID), cell(ws, ind.label_en, border=GRID),
                     cell(ws, values.get(ind.key), NUMBER_FORMATS[ind.kind], border=GRID),
                     cell(ws, ind.unit, border=GRID, alignment=UNIT_ALIGN)])
    declare_size(ws, len(rows), 6)
    for col, width in zip("ABCDEF", (30, 9, 32, 46, 13, 7)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页  Page &P of &N"
    ws.oddHeader.right.text = f"{prof['station.code']} {month_text}"
    ws.print_area = f"A1:{get_column_letter(6)}{len(rows)}"
    for row in rows:
        ws.append(row)
