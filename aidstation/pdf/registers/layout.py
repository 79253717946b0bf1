"""A long ruled table on landscape A4, for registers and the deadline sheet.

Every page carries a running header (station left, title and period right), the column
header row (drawn by the page template, so it repeats on every page whatever the body does)
and a footer "第 X 页 共 Y 页"; the first page has the title block above the header. The body
is laid out from `blocks`, an iterator pulled as layout reaches it (a placeholder flowable
expands into the next chunk of rows), so a register of forty thousand rows never sits in
memory as flowables all at once.

A block is ("rows", [[cell, ...], ...]), ("group", text) — a section heading across the
table — or ("totals", [cell, ...]). Cells are text (wrapped in a Paragraph only when it would
not fit its column) or numbers already formatted.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from aidstation.core.files import atomic_path
from aidstation.pdf import fonts
from aidstation.pdf.common import (
    Para,  # Paragraph with the Chinese line-breaking rules (避头尾)
)

PAGE_W, PAGE_H = landscape(A4)
LEFT, RIGHT, TOP, BOTTOM = 15 * mm, 12 * mm, 12 * mm, 14 * mm
CONTENT_W = PAGE_W - LEFT - RIGHT
RUNNING = 8 * mm  # the running header's band
BODY_SIZE = 8
PAD = 2.5  # points of cell padding left and right
ROWS_PER_CHUNK = 40
GRID = colors.Color(0.35, 0.35, 0.35)
HEAD_BG = colors.Color(0.88, 0.91, 0.95)
TOTAL_BG = colors.Color(0.93, 0.93, 0.93)
GROUP_BG = colors.Color(0.96, 0.96, 0.96)
STRIPE = colors.Color(0.975, 0.975, 0.975)


def esc(text) -> str:
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


@dataclass
class Sheet:
    """What the layout needs: the title block, the columns, and where the rows come from."""

    title: str
    station: str
    info: list[str]  # lines under the title on the first page (period, filters, as-of date)
    headers: Sequence[str]
    widths_mm: Sequence[float]  # scaled to the page width
    right: Sequence[bool]  # right-aligned (numeric) columns
    blocks: Iterator[tuple]
    running: str = ""  # right side of the running header (title and period)
    closing: list[str] = field(default_factory=list)  # lines after the table (signatures, notes)
    progress: Callable[[int], None] | None = None  # called with the rows laid out so far
    subject: str = ""

    flex: Sequence[bool] = ()  # columns that take up (or give up) the page width; the others keep theirs

    def widths(self) -> list[float]:
        """Points: fixed columns (dates, numbers, codes) as given, so they never wrap; the
        free-text columns share what is left of the page width."""
        flex = list(self.flex) or [True] * len(self.widths_mm)
        fixed = sum(w for w, f in zip(self.widths_mm, flex) if not f) * mm
        free = sum(w for w, f in zip(self.widths_mm, flex) if f) * mm
        scale = (CONTENT_W - fixed) / free if free else 1.0
        return [w * mm * (scale if f else 1.0) for w, f in zip(self.widths_mm, flex)]


def _styles():
    fonts.register()
    return {
        "cell": fonts.style("reg-cell", size=BODY_SIZE, leading=BODY_SIZE * 1.3, align=TA_LEFT),
        "head": fonts.style("reg-head", size=BODY_SIZE + 0.5, leading=(BODY_SIZE + 0.5) * 1.3, align=TA_CENTER),
        "title": fonts.style("reg-title", size=17, leading=24, align=TA_CENTER),
        "info": fonts.style("reg-info", size=9.5, leading=14, align=TA_CENTER),
        "group": fonts.style("reg-group", size=BODY_SIZE + 1, leading=(BODY_SIZE + 1) * 1.35, align=TA_LEFT),
        "closing": fonts.style("reg-closing", size=9.5, leading=15, align=TA_LEFT),
    }


class _More(Flowable):
    """Stands for the rest of the body: replaced by the next chunk when layout reaches it."""

    def __init__(self, expand: Callable[[], list]):
        super().__init__()
        self.expand = expand
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        pass


class _Doc(BaseDocTemplate):
    def filterFlowables(self, flowables):
        while flowables and isinstance(flowables[0], _More):
            flowables[0:1] = flowables[0].expand()


class _Builder:
    def __init__(self, sheet: Sheet):
        self.sheet = sheet
        self.styles = _styles()
        self.widths = sheet.widths()
        self.rows_done = 0
        self.blocks = iter(sheet.blocks)
        self.totals = None

    # ---- cells and tables
    def cell(self, text, col: int):
        text = "" if text is None else str(text)
        if not text:
            return ""
        room = self.widths[col] - 2 * PAD
        if "\n" not in text and stringWidth(text, fonts.FONT, BODY_SIZE) <= room:
            return text  # a plain string: fast, and it fits
        return Para(esc(text), self.styles["cell"])

    def _style(self, rows: int, *, stripe_from: int = 0) -> list:
        cmds = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.FONT), ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
            ("LEADING", (0, 0), (-1, -1), BODY_SIZE * 1.3),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ]
        for col, right in enumerate(self.sheet.right):
            if right:
                cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        for r in range(rows):
            if (r + stripe_from) % 2:
                cmds.append(("BACKGROUND", (0, r), (-1, r), STRIPE))
        return cmds

    def rows_table(self, rows: list[list]) -> Table:
        data = [[self.cell(v, c) for c, v in enumerate(row)] for row in rows]
        table = Table(data, colWidths=self.widths, splitByRow=1, repeatRows=0)
        table.setStyle(TableStyle(self._style(len(data), stripe_from=self.rows_done)))
        return table

    def header_table(self) -> Table:
        data = [[Para(esc(h), self.styles["head"]) for h in self.sheet.headers]]
        table = Table(data, colWidths=self.widths)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FONT), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BOX", (0, 0), (-1, -1), 0.9, GRID), ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    def group_table(self, text: str) -> Table:
        n = len(self.widths)
        table = Table([[Para(esc(text), self.styles["group"])] + [""] * (n - 1)], colWidths=self.widths)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FONT), ("SPAN", (0, 0), (-1, 0)),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, -1), GROUP_BG),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    def totals_table(self, cells: list) -> Table:
        data = [[self.cell(v, c) for c, v in enumerate(cells)]]
        table = Table(data, colWidths=self.widths)
        cmds = self._style(1) + [("BACKGROUND", (0, 0), (-1, -1), TOTAL_BG),
                                 ("LINEABOVE", (0, 0), (-1, 0), 1.0, GRID), ("BOX", (0, 0), (-1, -1), 0.9, GRID),
                                 ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE + 0.5)]
        table.setStyle(TableStyle(cmds))
        return table

    def empty_table(self, text: str) -> Table:
        n = len(self.widths)
        table = Table([[text] + [""] * (n - 1)], colWidths=self.widths)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FONT), ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("SPAN", (0, 0), (-1, 0)), ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ]))
        return table

    # ---- the lazy body
    def expand(self) -> list:
        out: list = []
        for kind, payload in self.blocks:
            if kind == "rows":
                out.append(self.rows_table(payload))
                self.rows_done += len(payload)
                if self.sheet.progress:
                    self.sheet.progress(self.rows_done)
                break  # one chunk of rows at a time
            if kind == "group":  # a heading never ends a page: its first rows come with it
                out += [CondPageBreak(24 * mm), self.group_table(payload)]
            elif kind == "empty":
                out.append(self.empty_table(payload))
            elif kind == "totals":
                self.totals = self.totals_table(payload)
        else:
            # the totals line and the signatures share the last page: never signatures alone
            out.append(KeepTogether(([self.totals] if self.totals is not None else []) + self.closing()))
            return out
        out.append(_More(self.expand))
        return out

    def closing(self) -> list:
        lines = [Spacer(1, 4 * mm)]
        lines += [Para(esc(t), self.styles["closing"]) for t in self.sheet.closing]
        return lines

    # ---- the page furniture
    def title_block(self) -> list:
        return [Para(esc(self.sheet.title), self.styles["title"])] + [
            Para(esc(line), self.styles["info"]) for line in self.sheet.info if line]

    def title_height(self) -> float:
        return sum(p.wrap(CONTENT_W, PAGE_H)[1] for p in self.title_block()) + 3 * mm


def _numbered_canvas(footer_left: str):
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps the pages until the end so each can say 第 X 页 共 Y 页."""

        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(fonts.FONT, 8.5)
                self.setFillColor(colors.Color(0.25, 0.25, 0.25))
                self.drawCentredString(PAGE_W / 2, BOTTOM - 8 * mm, f"第 {n} 页  共 {total} 页")
                self.drawString(LEFT, BOTTOM - 8 * mm, footer_left)
                super().showPage()
            super().save()

    return NumberedCanvas


def build(path: Path | str, sheet: Sheet) -> int:
    """Write `sheet` to `path` atomically; returns the number of pages."""
    fonts.register()
    b = _Builder(sheet)
    header = b.header_table()
    _w, head_h = header.wrap(CONTENT_W, PAGE_H)
    title = b.title_block()
    title_h = b.title_height()
    pages = {"n": 0}
    body_top = PAGE_H - TOP - RUNNING

    def furniture(c, first: bool):
        pages["n"] += 1
        c.saveState()
        c.setFont(fonts.FONT, 8.5)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        y = PAGE_H - TOP - 4 * mm
        c.drawString(LEFT, y, sheet.station)
        c.drawRightString(PAGE_W - RIGHT, y, sheet.running or sheet.title)
        c.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        c.setLineWidth(0.5)
        c.line(LEFT, y - 2 * mm, PAGE_W - RIGHT, y - 2 * mm)
        c.restoreState()
        top = body_top
        if first:
            y = top
            for p in title:
                _pw, ph = p.wrap(CONTENT_W, PAGE_H)
                p.drawOn(c, LEFT, y - ph)
                y -= ph
            top -= title_h
        header.drawOn(c, LEFT, top - head_h)

    first_frame = Frame(LEFT, BOTTOM, CONTENT_W, body_top - title_h - head_h - BOTTOM, id="first",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later_frame = Frame(LEFT, BOTTOM, CONTENT_W, body_top - head_h - BOTTOM, id="later",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    made = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    with atomic_path(Path(path)) as tmp:
        doc = _Doc(str(tmp), pagesize=landscape(A4), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                   bottomMargin=BOTTOM, title=sheet.title, author="AidStation", creator="AidStation",
                   subject=sheet.subject, initialFontName=fonts.FONT)
        doc.addPageTemplates([
            PageTemplate(id="first", frames=[first_frame], onPage=lambda c, _d: furniture(c, True)),
            PageTemplate(id="later", frames=[later_frame], onPage=lambda c, _d: furniture(c, False)),
        ])
        story = [NextPageTemplate("later"), _More(b.expand)]
        doc.build(story, canvasmaker=_numbered_canvas(f"AidStation 制表 {made}"))
    return pages["n"]


def chunked(rows, size: int = ROWS_PER_CHUNK) -> Iterator[list]:
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
