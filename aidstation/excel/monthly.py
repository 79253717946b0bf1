"""The monthly workbook sent to the district (DESIGN §8, format `aidstation.monthly` v1).

Its hidden `meta` sheet also carries the station's audit anchor (`audit_events`, `audit_head`:
the chain's head when the workbook was written, core/audit.py) and its signature (`public_key`,
`signature`: excel/signing.py), which covers the station code, month, correction, the anchor
and every value."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break
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
    FONT_NAME,
    GRID,
    HEADER_FILL,
    SECTION_FILL,
    cell,
    declare_size,
    new_workbook,
)

FORMAT = "aidstation.monthly"
VERSION = 2  # 2: the 月报 sheet laid out as a return (two blocks); 1: one table, key first
READ_VERSIONS = (1, 2)  # what the district merge reads
SHEET = "月报"
HEADER_V1 = ["key", "section", "指标", "Indicator", "value", "unit"]
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


def _shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


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
    sent = submissions.latest(month_text)
    # A month already sent keeps the rows it was sent with (a code added or retired since moves
    # nothing): the re-export gives the same values unless records changed.
    keys = list(json.loads(sent.values or "{}")) if sent is not None else None
    values = indicators.compute_month(year, month, sent_keys=keys)
    ytd_start = dt.date(year, 1, 1)
    start, end = dates.month_bounds(year, month)
    columns = (values,
               indicators.compute_month(*_shift(year, month, -1)),
               indicators.compute_month(year - 1, month),
               indicators.compute_period(ytd_start, end))
    digest = values_sha256(values)
    generated = now()
    prof = settings.get_all()
    prepared = "" if isinstance(user, records.SystemActor) else (user.display_name or user.username)
    prepared = prepared or prof.get("station.head", "")
    steps = 2 + (len(DETAIL_SHEETS) if details else 0)

    wb = new_workbook(write_only=True)  # rows go to the file as they are made
    manual = set(indicators.manual_used(start, end))  # figures typed in by hand (no screening round)
    _write_return(wb.create_sheet(SHEET), values, columns, prof, month_text, prepared, generated, correction,
                  manual)
    if progress:
        progress(1, steps)
    counts: dict[str, int] = {}
    if details:
        from aidstation.excel import details as detail_sheets

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
    meta.sheet_state = "veryHidden"  # Excel and WPS list it in no Unhide menu
    with atomic_path(target) as tmp:
        wb.save(tmp)
    with atomic():
        record_event(user, "export", "Submission", None, detail=f"{month_text} {target.name}")
    if progress:
        progress(steps, steps)
    return ExportResult(target, month_text, values, digest, correction, counts)


# --- the 月报 sheet (version 2): a return as the bureau reads it --------------------------------
# Two blocks side by side on A4 portrait, each: 指标 · 本月 · 上月 · 去年同月 · 本年累计 · 单位, then
# the machine columns key · section · Indicator (hidden, out of print: the merge reads them). A
# page holds its left block, then its right; the header row is repeated on every page.
VISIBLE = ["指标", "本月", "上月", "去年同月", "本年累计", "单位"]
MACHINE = ["key", "section", "Indicator", "n"]  # n: the catalogue position (the hash's order)
BLOCK = len(VISIBLE) + len(MACHINE)  # 9 columns; a narrow gutter column between the blocks
BLOCK_STARTS = (1, BLOCK + 2)  # columns A and K
LAST_COL = BLOCK * 2 + 1
BODY = Font(name=FONT_NAME, size=10.5)
BODY_BOLD = Font(name=FONT_NAME, size=10.5, bold=True)
RETURN_TITLE = Font(name=FONT_NAME, size=16, bold=True)
WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
NUMBER_ALIGN = Alignment(horizontal="right", vertical="center", shrink_to_fit=True)
LABEL_ALIGN = Alignment(vertical="center", shrink_to_fit=True)
ROW_HEIGHT = 15.0  # points, for 10.5 pt type
HEADER_HEIGHT = 30.0  # two lines: 去年 / 同月
PAGE_ROWS = (42, 46)  # body rows on page 1 (below the title) and on later pages
FOOT_ROWS = 7  # the foot block and the room for the seal
WIDTHS = (14.0, 6.0, 6.0, 6.0, 6.0, 4.0)  # 指标, four figures, 单位 (characters)


def return_lines(cat) -> list[tuple[str, object]]:
    """The return's lines in order: ('section', zh), ('group', zh) above a code's rows, ('ind', Indicator)."""
    lines: list[tuple[str, object]] = []
    section = group = None
    for ind in cat:
        if ind.section != section:
            section, group = ind.section, None
            lines.append(("section", indicators.SECTIONS[section][0]))
        head, sep, _ = ind.label_zh.partition("：")
        coded = bool(sep) and ind.key.count(".") >= 2
        if coded and head != group:
            lines.append(("group", head))
        group = head if coded else None
        lines.append(("ind", ind))
    return lines


def _columns(lines, pages_rows) -> list[list[list]]:
    """Cut the lines into pages of two columns; a heading never ends a column."""
    pages, i = [], 0
    page = 0
    while i < len(lines):
        rows = pages_rows[min(page, 1)]
        left = len(lines) - i
        if left <= 2 * rows:  # the last page: both columns about as long
            rows = -(-left // 2)
        cols = []
        for _ in range(2):
            chunk = lines[i:i + rows]
            while len(chunk) > 1 and i + len(chunk) < len(lines) and chunk[-1][0] != "ind":
                chunk = chunk[:-1]
            cols.append(chunk)
            i += len(chunk)
        pages.append(cols)
        page += 1
    return pages


MANUAL_MARK = "※"


def _write_return(ws, values, columns, prof, month_text, prepared, generated, correction,
                  manual=frozenset()) -> None:
    """The 月报 sheet, row by row (ws is write-only: sizes, widths and breaks are set first).

    `columns`: (本月, 上月, 去年同月, 本年累计) values dicts; the first is the return itself.
    `manual`: the keys whose 本月 figure was typed in by hand (a month without any screening
    round): their label ends in ※ and the line under the title says why. Only the visible
    label changes; the key columns the merge reads stay as they are."""
    cat = indicators.catalogue_for(values)
    year, month = dates.parse_month(month_text)
    name = prof["station.name"] or prof["station.code"]
    title = f"{name}法律服务工作月报"
    if correction:
        title += f"（更正{correction}）"
    period = f"统计期间：{year}年{month}月"
    rows: list[tuple[list, float]] = []
    rows.append(([cell(ws, title, font=RETURN_TITLE, alignment=WRAP_CENTER)], 28))
    rows.append(([cell(ws, f"填报单位：{name}　　工作站代码：{prof['station.code']}　　{period}", font=BODY)], 18))
    note = (f"本表为更正报表（第{correction}次更正），替代此前报送的{year}年{month}月月报。"
            if correction else "")
    if any(ind.key in manual for ind in cat):
        note += f"标{MANUAL_MARK}的指标本月数为手工填报（本月未登记矛盾纠纷排查台账），其余均由台账记录统计。"
    rows.append(([cell(ws, note, font=BODY_BOLD)] if note else [], 16 if note else 6))
    header_row = len(rows) + 1
    head: list = []
    for b, first in enumerate(BLOCK_STARTS):
        if b:
            head.append(None)
        head += [cell(ws, {"去年同月": "去年\n同月", "本年累计": "本年\n累计"}.get(t, t),
                      font=BODY_BOLD, fill=HEADER_FILL, border=GRID, alignment=WRAP_CENTER) for t in VISIBLE]
        head += [cell(ws, t) for t in MACHINE]
    rows.append((head, HEADER_HEIGHT))

    def block(line) -> list:
        kind, item = line
        if kind == "section":
            return ([cell(ws, item, font=BODY_BOLD, fill=SECTION_FILL, border=GRID)]
                    + [cell(ws, None, fill=SECTION_FILL, border=GRID) for _ in VISIBLE[1:]] + [None] * len(MACHINE))
        if kind == "group":
            return ([cell(ws, item, font=BODY_BOLD, border=GRID, alignment=LABEL_ALIGN)]
                    + [cell(ws, None, border=GRID) for _ in VISIBLE[1:]] + [None] * len(MACHINE))
        ind = item
        label = ind.label_zh.partition("：")[2] if ind.key.count(".") >= 2 and "：" in ind.label_zh else ind.label_zh
        indent = "　" if label != ind.label_zh else ""
        if ind.key in manual:
            label += MANUAL_MARK
        fmt = "#,##0" if ind.kind == indicators.AMOUNT else NUMBER_FORMATS[ind.kind]  # 元 (the cell keeps 分)
        return ([cell(ws, indent + label, font=BODY, border=GRID, alignment=LABEL_ALIGN)]
                + [cell(ws, col.get(ind.key), fmt, font=BODY, border=GRID, alignment=NUMBER_ALIGN)
                   for col in columns]
                + [cell(ws, ind.unit, font=BODY, border=GRID, alignment=UNIT_ALIGN),
                   cell(ws, ind.key), cell(ws, ind.section), cell(ws, ind.label_en), cell(ws, order[ind.key])])

    order = {ind.key: n for n, ind in enumerate(cat, start=1)}
    empty = [None] * BLOCK
    breaks = []
    pages = _columns(return_lines(cat), PAGE_ROWS)
    for p, (left, right) in enumerate(pages):
        for r in range(max(len(left), len(right))):
            row = (block(left[r]) if r < len(left) else list(empty)) + [None]
            row += block(right[r]) if r < len(right) else list(empty)
            rows.append((row, ROW_HEIGHT))
        if p < len(pages) - 1:
            breaks.append(len(rows))
    # the foot block: who answers for the return, and room for the seal
    hotline = prof.get("station.hotline", "")
    when = generated.date()
    half = BLOCK_STARTS[1]
    rows.append(([], 10))
    foot_first = len(rows) + 1
    for left_text, right_text in ((f"填报单位：{name}", f"负责人：{prof.get('station.head', '')}"),
                                  (f"填表人：{prepared}", f"联系电话：{hotline}"),
                                  (f"报送日期：{when.year}年{when.month}月{when.day}日", "（盖章）")):
        rows.append(([cell(ws, left_text, font=BODY)] + [None] * (half - 2) + [cell(ws, right_text, font=BODY)], 20))
    rows.append(([], 48))  # the seal goes here, beside 盖章
    rows.append(([cell(ws, f"本表由 AidStation {__version__} 于 {generated.isoformat(sep=' ')[:16]} 生成",
                       font=Font(name=FONT_NAME, size=9, color="666666"))], 14))

    declare_size(ws, len(rows), LAST_COL)
    letters = [get_column_letter(c) for c in range(1, LAST_COL + 1)]
    ws.merged_cells.add(f"A1:{letters[-1]}1")
    ws.merged_cells.add(f"A2:{letters[-1]}2")
    ws.merged_cells.add(f"A3:{letters[-1]}3")
    for first in BLOCK_STARTS:
        for offset, width in enumerate(WIDTHS):
            ws.column_dimensions[get_column_letter(first + offset)].width = width
        for offset in range(len(VISIBLE), BLOCK):
            dim = ws.column_dimensions[get_column_letter(first + offset)]
            dim.width, dim.hidden = 12, True
    ws.column_dimensions[get_column_letter(BLOCK + 1)].width = 0.8
    for r, (_row, height) in enumerate(rows, start=1):
        ws.row_dimensions[r].height = height
    for r in range(foot_first, foot_first + 3):
        ws.merged_cells.add(f"A{r}:{letters[half - 3]}{r}")
        ws.merged_cells.add(f"{letters[half - 1]}{r}:{letters[-1]}{r}")
    for r in breaks:
        ws.row_breaks.append(Break(id=r))
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_PORTRAIT
    ws.page_setup.scale = 100  # never shrunk: the type stays 10.5 pt
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.35
    ws.page_margins.top = ws.page_margins.bottom = 0.55
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddHeader.right.text = f"{prof['station.code']} {month_text}"
    ws.print_area = f"A1:{letters[-1]}{len(rows)}"
    for row, _height in rows:
        ws.append(row)
