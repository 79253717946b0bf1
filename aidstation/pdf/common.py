"""Shared pieces for every printed document: A4 page template, titles, form tables, signatures.

Every document module builds a list of reportlab flowables (its "story") with these helpers
and hands it to `build_pdf()`, which writes an A4 PDF atomically (core.files.atomic_path)
with a running header (organisation name left, document number right, a thin rule) and a
footer "第 N 页 共 M 页". Typical use::

    from aidstation.pdf import common as c

    story = [c.title("人民调解申请书"), c.number_line(case.number),
             c.form_table([[c.label("申请人"), c.value(name), c.label("性别"), c.value("男")]],
                          widths=[25, 60, 20, 0]),  # mm; 0 = take the rest
             c.signature_block(["申请人（签名）"], fingerprint=True)]
    pages = c.build_pdf(path, story, org="某某街道人民调解委员会", number=case.number,
                        title="人民调解申请书")

Sizes are in millimetres in this module's API (reportlab's `mm` applied inside). All text is
set in the embedded WenQuanYi Zen Hei (pdf/fonts.py) with CJK line breaking; text handed to
`para()`/`value()` is escaped, so user input cannot inject reportlab markup.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph

from aidstation.core import masking
from aidstation.core.files import atomic_path
from aidstation.pdf import fonts

PAGE_W, PAGE_H = A4
MARGIN_LEFT = 25 * mm  # binding edge: dossiers are bound on the left
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
GRID = colors.black
LABEL_BG = colors.Color(0.94, 0.94, 0.94)
BLANK_DATE = "　　　　年　　月　　日"
# Plain-string cells (the empty ones) in the CJK font too: reportlab's default would declare an
# unembedded Helvetica in every PDF.
FONT_CELLS = ("FONTNAME", (0, 0), (-1, -1), fonts.FONT)

__all__ = [
    "A4", "CONTENT_W", "Letterhead", "build_pdf", "count_pages", "cn_date", "cn_datetime",
    "title", "subtitle", "number_line", "para", "label", "value", "form_table", "fields_table",
    "signature_block", "seal_block", "copies_note", "note", "checkbox", "spacer", "PageBreak",
    "CondPageBreak", "KeepTogether", "HeaderChange", "PageMark", "Later", "lines_box", "esc",
    "FONT_CELLS", "Para", "NO_LINE_START", "NO_LINE_END", "Values", "BarePage", "print_note",
]


# ---------------------------------------------------------------- text and styles

def esc(text) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def cn_date(value: dt.date | None, blank: str = BLANK_DATE) -> str:
    """2026年1月5日; a blank form line when the date is unknown."""
    if value is None:
        return blank
    if isinstance(value, dt.datetime):
        value = value.date()
    return f"{value.year}年{value.month}月{value.day}日"


def cn_datetime(value: dt.datetime | None) -> str:
    """2026年1月5日 9时30分; a blank form line when unknown."""
    if value is None:
        return "　　　　年　　月　　日　　时　　分"
    return f"{value.year}年{value.month}月{value.day}日 {value.hour}时{value.minute:02d}分"


def _style(kind: str):
    base = {
        "title": dict(size=20, leading=30, align=TA_CENTER, spaceAfter=2 * mm),
        "subtitle": dict(size=13, leading=18, align=TA_CENTER, spaceAfter=2 * mm),
        "number": dict(size=11, leading=16, align=TA_RIGHT, spaceAfter=3 * mm),
        "body": dict(size=11, leading=19, align=TA_JUSTIFY),
        "indent": dict(size=11, leading=19, align=TA_JUSTIFY, firstLineIndent=22),
        "label": dict(size=10.5, leading=14, align=TA_CENTER),
        "value": dict(size=10.5, leading=15, align=TA_LEFT),
        "small": dict(size=9, leading=12, align=TA_LEFT),
        "right": dict(size=11, leading=19, align=TA_RIGHT),
        "center": dict(size=11, leading=19, align=TA_CENTER),
    }[kind]
    return fonts.style(kind, **base)


# ---------------------------------------------------------------- CJK line breaking
#
# reportlab's CJK wrap (wordWrap='CJK') cuts between any two characters and lets only a few
# closing marks hang in the margin: its list lacks the full-width comma, semicolon, colon,
# question and exclamation marks, and nothing keeps an opening bracket off a line end. So the
# notice could start a line with "，". Para breaks lines by the Chinese rules (GB/T 15834 and
# the usual 避头尾 practice) for every document.

NO_LINE_START = frozenset(rl_paragraph.ALL_CANNOT_START + "、，。．；：？！）」』】〕〉》”’…‥·—％‰℃")
NO_LINE_END = frozenset("（「『【〔〈《“‘([{")
_LATIN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-_/@%+*")


def _line_end(chars: Sequence[str], widths: Sequence[float], start: int, max_width: float) -> int:
    """Where the line starting at `start` ends (exclusive): as many characters as fit, a Latin
    word or number kept whole, then 避头尾: one closing mark may hang in the margin, otherwise
    characters move down to the next line so it starts with no closing mark and this line
    ends with no opening one."""
    n, used, i = len(chars), 0.0, start
    while i < n:
        used += widths[i]
        if used > max_width + 1e-6 and i > start:
            break
        i += 1
    if i >= n:
        return n
    end = i
    if chars[end] in _LATIN and chars[end - 1] in _LATIN:  # inside a word: break before it
        j = end
        while j > start and chars[j - 1] in _LATIN:
            j -= 1
        if j > start + (end - start) // 2:
            end = j
    if chars[end] in NO_LINE_START and chars[end - 1] not in NO_LINE_END and \
            (end + 1 >= n or chars[end + 1] not in NO_LINE_START):
        return end + 1  # hangs in the right margin
    for _ in range(4):  # a few characters down at most, so a line never empties
        if end - 1 > start and (chars[end] in NO_LINE_START or chars[end - 1] in NO_LINE_END):
            end -= 1
        else:
            break
    return end


def _cjk_lines(glyphs: Sequence[str], widths: Sequence[float], max_widths: Sequence[float],
               hard: Sequence[bool] = ()) -> list[tuple[int, int, float]]:
    """(start, end, max width) of each line; `hard[i]`: a forced line break after glyph i."""
    out, start, n = [], 0, len(glyphs)
    while start < n:
        max_width = max_widths[min(len(out), len(max_widths) - 1)]
        stop = n
        if hard:
            stop = next((k + 1 for k in range(start, n) if hard[k]), n)
        end = start + _line_end(glyphs[start:stop], widths[start:stop], 0, max_width)
        out.append((start, end, max_width))
        start = end
    return out


def _frag_lines(frags, max_widths, calc_bounds: bool, encoding: str = "utf8"):
    """reportlab's cjkFragSplit (several fragments: markup, <br/>) with our line breaks."""
    glyphs = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        glyphs += ([rl_paragraph.cjkU(t, f, encoding) for t in text] if text
                   else [rl_paragraph.cjkU(text, f, encoding)])
    widths = [g.width for g in glyphs]
    hard = [hasattr(g.frag, "lineBreak") for g in glyphs]
    lines = []
    for a, b, max_width in _cjk_lines([str(g) for g in glyphs], widths, max_widths, hard):
        used = sum(widths[a:b])
        lines.append(rl_paragraph.makeCJKParaLine(glyphs[a:b], max_width, used, max_width - used,
                                                  hard[b - 1], calc_bounds))
    return rl_paragraph.ParaLines(kind=1, lines=lines)


class Para(Paragraph):
    """A Paragraph whose CJK lines follow the Chinese line-breaking rules (see NO_LINE_START)."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab API
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        frags, style = self.frags, self.style
        if (not frags or style.endDots or any(hasattr(f, "cbDefn") for f in frags)
                or getattr(self, "_splitpara", 0) and hasattr(self, "blPara")):
            return super().breakLinesCJK(maxWidths)  # what we never print, and split halves
        self.height = 0
        rl_paragraph._handleBulletWidth(self.bulletText, style, maxWidths)
        if len(frags) > 1:
            auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            return _frag_lines(frags, maxWidths, auto not in ("", "off"))
        f = frags[0]
        text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
        widths = [stringWidth(ch, f.fontName, f.fontSize) for ch in text]
        lines = []
        for a, b, max_width in _cjk_lines(text, widths, maxWidths):
            line = text[a:b]  # blanks at a break go; full-width ones (blank date lines) stay
            line = line.lstrip(" ") if a else line
            line = line.rstrip(" ") if b < len(text) else line
            lines.append([max_width - sum(widths[a:b]), [line]])
        return f.clone(kind=0, lines=lines, ascent=f.fontSize, descent=-0.2 * f.fontSize)


def para(text, kind: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped unless markup=True) in one of the shared styles:
    title, subtitle, number, body, indent (first-line indent of two characters), label,
    value, small, right, center."""
    return Para(text if markup else esc(text), _style(kind))


def title(text: str) -> Paragraph:
    """The document title, large and centred (e.g. 人民调解协议书)."""
    return para(text, "title")


def subtitle(text: str) -> Paragraph:
    return para(text, "subtitle")


def number_line(number: str) -> Paragraph:
    """The document number, right-aligned under the title: （2026）某人调字第3号."""
    return para(number or "（　　）　　字第　　号", "number")


def label(text: str) -> Paragraph:
    """A label cell of a form table (centred; shaded by form_table when `shade` is on)."""
    return para(text, "label")


def value(text) -> Paragraph:
    """A value cell of a form table (left aligned, wraps)."""
    return para(text, "value")


def note(text: str) -> Paragraph:
    """Small print, e.g. the copies note under an agreement."""
    return para(text, "small")


def checkbox(checked: bool) -> str:
    """■ / □ for option lists on forms. (☑ and ☐ are NOT in the bundled font and would print
    as nothing.)"""
    return "■" if checked else "□"


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


# ---------------------------------------------------------------- who reads it (DESIGN §12)

@dataclass(frozen=True)
class Values:
    """How a document shows personal values: in full when its reader must act on them (the
    person it is handed to, the centre it is sent to, a court confirming an agreement), else
    masked. Every document module declares `FULL_VALUES` and shows ID numbers and phones only
    through `Values(FULL_VALUES)`, so the rule is applied here, once."""

    full: bool

    def id_number(self, value) -> str:
        text = (value or "").strip()
        return text if self.full else masking.id_number(text) if text else ""

    def phone(self, value) -> str:
        text = (value or "").strip()
        return text if self.full else masking.phone(text) if text else ""


def print_note(path, full: bool) -> str:
    """What the audit log notes of a print beside the document: the file's name, and for a
    full-value document that it carried full ID numbers and phones, so the log shows where
    they went (DESIGN §12)."""
    name = Path(path).name
    return f"{name} (full values)" if full else name


# ---------------------------------------------------------------- tables

def _widths(widths_mm: Sequence[float] | None, ncols: int) -> list[float]:
    if not widths_mm:
        return [CONTENT_W / ncols] * ncols
    fixed = sum(w for w in widths_mm if w) * mm
    free = [w for w in widths_mm if not w]
    rest = (CONTENT_W - fixed) / len(free) if free else 0
    return [w * mm if w else rest for w in widths_mm]


def form_table(rows: list[list], widths: Sequence[float] | None = None, *,
               spans: Iterable[tuple[tuple[int, int], tuple[int, int]]] = (),
               label_cells: Iterable[tuple[int, int]] | None = None,
               heights: Sequence[float | None] | None = None, shade: bool = False,
               valign: str = "MIDDLE", top_cells: Iterable[tuple[int, int]] = ()) -> Table:
    """A fully ruled form grid like the official paper forms.

    rows: list of rows, each a list of cells (str -> value paragraph, or any flowable;
    use label() for label cells and '' for cells covered by a span). widths in mm (0 = share
    the rest). spans: ((col0, row0), (col1, row1)) pairs as in reportlab's SPAN. label_cells:
    (col, row) of label cells to shade when shade=True (default: cells made with label()).
    heights: optional minimum row heights in mm (None = automatic). top_cells: (col, row) of
    cells whose text starts at the top (tall free-text cells) while labels stay centred.
    """
    data = [[value(c) if isinstance(c, str) else c for c in row] for row in rows]
    ncols = max(len(r) for r in data)
    data = [r + [""] * (ncols - len(r)) for r in data]
    row_heights = [h * mm if h else None for h in heights] if heights else None
    table = Table(data, colWidths=_widths(widths, ncols), rowHeights=row_heights,
                  splitInRow=1, repeatRows=0)
    cmds = [
        FONT_CELLS,
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BOX", (0, 0), (-1, -1), 1.2, GRID),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for start, end in spans:
        cmds.append(("SPAN", start, end))
    for cell in top_cells:
        cmds.append(("VALIGN", cell, cell, "TOP"))
    if shade:
        cells = label_cells
        if cells is None:
            cells = [(ci, ri) for ri, row in enumerate(data) for ci, c in enumerate(row)
                     if isinstance(c, Paragraph) and c.style.name == "label"]
        for ci, ri in cells:
            cmds.append(("BACKGROUND", (ci, ri), (ci, ri), LABEL_BG))
    table.setStyle(TableStyle(cmds))
    return table


def fields_table(pairs: Sequence[tuple[str, object]], *, columns: int = 2,
                 label_mm: float = 28, shade: bool = False) -> Table:
    """Label/value pairs laid out `columns` pairs per row in a ruled grid.

    A pair whose value is a tuple ("text", "wide") takes the whole row.
    """
    rows, spans, row = [], [], []
    for name, val in pairs:
        wide = isinstance(val, tuple) and len(val) == 2 and val[1] == "wide"
        text = val[0] if wide else val
        cell = text if not isinstance(text, (str, type(None))) else value(text or "")
        if wide:
            if row:
                rows.append(row + ["", ""] * (columns - len(row) // 2))
                row = []
            ri = len(rows)
            rows.append([label(name), cell] + [""] * (2 * columns - 2))
            spans.append(((1, ri), (2 * columns - 1, ri)))
            continue
        row += [label(name), cell]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + ["", ""] * (columns - len(row) // 2))
    widths = [label_mm, 0] * columns
    return form_table(rows, widths, spans=spans, shade=shade)


def lines_box(heading: str, text: str, *, min_height_mm: float = 40) -> KeepTogether:
    """A ruled box with a heading line and free text, for 纠纷简要情况 and similar sections."""
    # One row per paragraph (and splitInRow), so a long statement flows onto the next page.
    rows = [[para(heading, "body")]] + [[para(p, "indent")] for p in (text or "").split("\n")
                                        if p.strip()]
    inner = sum(r[0].wrap(CONTENT_W - 12, PAGE_H)[1] + 4 for r in rows) + 6
    if inner < min_height_mm * mm:
        rows.append([Spacer(1, min_height_mm * mm - inner)])
    table = Table(rows, colWidths=[CONTENT_W], splitInRow=1)
    table.setStyle(TableStyle([
        FONT_CELLS, ("BOX", (0, 0), (-1, -1), 0.8, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
    ]))
    return KeepTogether([table])  # a short box never splits from its heading


# ---------------------------------------------------------------- signatures and seals

def signature_block(labels: Sequence[str], *, fingerprint: bool = False, dated: bool = True,
                    columns: int = 2, date: dt.date | None = None) -> KeepTogether:
    """Signature lines: "申请人（签名）：________  年 月 日", `columns` per row.

    fingerprint=True writes （签名并捺印） instead of （签名） where the label has no bracket.
    """
    cells = []
    for text in labels:
        if "（" not in text:
            text += "（签名并捺印）" if fingerprint else "（签名）"
        cell = [para(f"{text}：", "body"), Spacer(1, 9 * mm)]
        if dated:
            cell.append(para(cn_date(date), "right"))
        cells.append(cell)
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows = [r + [""] * (columns - len(r)) for r in rows]
    table = Table(rows, colWidths=[CONTENT_W / columns] * columns)
    table.setStyle(TableStyle([
        FONT_CELLS, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return KeepTogether([table])


class _SealMark(Flowable):
    """A faint dashed circle where the committee's seal goes, with the organisation name."""

    def __init__(self, org: str, date_text: str, width: float = 70 * mm):
        super().__init__()
        self.org, self.date_text, self.width, self.height = org, date_text, width, 30 * mm

    def draw(self):
        c = self.canv
        fonts.register()
        cx, cy, r = self.width / 2, self.height / 2, 14 * mm
        c.saveState()
        c.setStrokeColor(colors.Color(0.7, 0.7, 0.7))
        c.setDash(2, 2)
        c.circle(cx, cy, r)
        c.restoreState()
        c.setFont(fonts.FONT, 11)
        c.drawCentredString(cx, cy + 2 * mm, f"{self.org}（盖章）" if self.org else "（盖章）")
        c.drawCentredString(cx, cy - 7 * mm, self.date_text)


def seal_block(org: str, date: dt.date | None = None) -> KeepTogether:
    """Right-aligned seal area: organisation name （盖章） and the date, with a seal circle."""
    mark = _SealMark(org, cn_date(date))
    table = Table([["", mark]], colWidths=[CONTENT_W - 80 * mm, 80 * mm])
    table.setStyle(TableStyle([FONT_CELLS, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([table])


def copies_note(parties: int) -> Paragraph:
    """本协议书一式N份，当事人各执一份，人民调解委员会留存一份。"""
    total = parties + 1
    digits = "〇一二三四五六七八九十"
    words = digits[total] if total <= 10 else str(total)
    return para(f"本协议书一式{words}份，当事人各执一份，人民调解委员会留存一份。", "body")


# ---------------------------------------------------------------- page template

@dataclass
class Letterhead:
    """What the running header shows: organisation left, number right (either may be '')."""

    org: str = ""
    number: str = ""


class HeaderChange(Flowable):
    """Zero-size flowable that switches the running header from this page on (for one PDF
    holding several documents, e.g. the whole dossier)."""

    def __init__(self, org: str | None = None, number: str | None = None):
        super().__init__()
        self.org, self.number = org, number
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        head = getattr(self.canv, "_aid_letterhead", None)
        if head is not None:
            if self.org is not None:
                head.org = self.org
            if self.number is not None:
                head.number = self.number


class BarePage(Flowable):
    """Zero-size flowable: the page it is on has no running header and no page number (a
    dossier's cover)."""

    def __init__(self):
        super().__init__()
        self.width = self.height = 0

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv._aid_bare = True


class PageMark(Flowable):
    """Zero-size flowable that notes in `marks[key]` the page (1-based, in layout order) it
    falls on: put after a PageBreak, where a section starts."""

    def __init__(self, key, marks: dict):
        super().__init__()
        self.key, self.marks = key, marks
        self.width = self.height = 0

    def frameAction(self, frame):  # noqa: N802 - reportlab API: placed without taking space
        self.marks[self.key] = self.canv.getPageNumber()


class Later(Flowable):
    """Stands in the story for flowables made only when layout reaches it (`factory()`), e.g.
    a table of contents whose page numbers come from the pages laid out before it."""

    def __init__(self, factory: Callable[[], list]):
        super().__init__()
        self.factory = factory


class _DocTemplate(BaseDocTemplate):
    def filterFlowables(self, flowables):  # noqa: N802 - reportlab API
        if flowables and isinstance(flowables[0], Later):
            flowables[0:1] = flowables[0].factory() or [None]


def _draw_header(c, head: Letterhead) -> None:
    c.saveState()
    c.setFont(fonts.FONT, 9)
    c.setFillColor(colors.Color(0.3, 0.3, 0.3))
    y = PAGE_H - MARGIN_TOP + 8 * mm
    if head.org:
        c.drawString(MARGIN_LEFT, y, head.org)
    if head.number:
        c.drawRightString(PAGE_W - MARGIN_RIGHT, y, head.number)
    if head.org or head.number:
        c.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        c.setLineWidth(0.5)
        c.line(MARGIN_LEFT, y - 2 * mm, PAGE_W - MARGIN_RIGHT, y - 2 * mm)
    c.restoreState()


def _numbered_canvas(page_numbers: bool, first_page: int, page_order=None, write: bool = True):
    """A canvas class that defers pages so the footer can say 第 N 页 共 M 页; the pages are
    written in the order `page_order(total)` gives (layout order by default), and not at all
    when `write` is false (only counted)."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            self._saved = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            if not write:
                return
            saved = self._saved
            total = len(saved)
            order = page_order(total) if page_order else range(total)
            for n, i in enumerate(order, first_page):
                self.__dict__.update(saved[i])
                if page_numbers and not saved[i].get("_aid_bare"):
                    self.setFont(fonts.FONT, 9)
                    self.drawCentredString(PAGE_W / 2, MARGIN_BOTTOM - 10 * mm,
                                           f"第 {n} 页  共 {total + first_page - 1} 页")
                super().showPage()
            super().save()

    return NumberedCanvas


def _doc(target, head: Letterhead, title_text: str, author: str) -> BaseDocTemplate:
    doc = _DocTemplate(
        target, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title_text, author=author,
        creator="AidStation", subject=head.number,
        initialFontName=fonts.FONT,  # else every page declares an unembedded, unused Helvetica
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    doc.addPageTemplates([PageTemplate(id="a4", frames=[frame])])
    return doc


def build_pdf(path: Path | str | None, story: list, *, org: str = "", number: str = "",
              title: str = "", author: str = "AidStation", page_numbers: bool = True,
              first_page: int = 1, page_order: Callable[[int], Sequence[int]] | None = None) -> int:
    """Lay `story` out on A4 pages with the running header and write it to `path` atomically.

    Returns the number of pages. With path=None nothing is written (used to count pages).
    The header shows `org` (committee or station name) and `number`; HeaderChange flowables in
    the story change them from their page on. The PDF's title metadata is `title`.
    `page_order(total)` lists the laid-out pages (0-based) in the order they are written, for a
    story laid out in another order than it prints (see mediation/dossier.py).
    """
    fonts.register()
    head = Letterhead(org, number)
    canvasmaker = _numbered_canvas(page_numbers, first_page, page_order, write=path is not None)
    pages = {"n": 0}

    def on_page(c, _doc):
        c._aid_letterhead = head
        c._aid_bare = False

    def on_page_end(c, _doc):
        # Drawn at the end of the page, so a HeaderChange on this page is already in force.
        if not c._aid_bare:
            _draw_header(c, head)
        pages["n"] += 1

    def make(target):
        doc = _doc(target, head, title, author)
        doc.pageTemplates[0].onPage = on_page
        doc.pageTemplates[0].onPageEnd = on_page_end
        doc.build(list(story), canvasmaker=canvasmaker)

    if path is None:
        make(io.BytesIO())
        return pages["n"]
    with atomic_path(Path(path)) as tmp:
        make(str(tmp))
    return pages["n"]


def count_pages(story_factory: Callable[[], list]) -> int:
    """Pages the story would take, without writing a file (story_factory builds fresh
    flowables, since reportlab consumes them)."""
    return build_pdf(None, story_factory())
