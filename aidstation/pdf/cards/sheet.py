"""Contact-card sheets: 90 × 54 mm cards, 10 per A4 (2 × 5), crop marks, serials, QR code.

The card layout is computed once as a list of drawing operations in card coordinates
(points, origin bottom-left). `render_cards` plays them on a reportlab canvas; the GUI's
live preview plays the same list with QPainter, so the preview is the printed card.
The back page is mirrored left-to-right, so a long-edge duplex print puts every back
behind its own front.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from aidstation.core import cards, records
from aidstation.core.files import atomic_path
from aidstation.pdf import fonts

PAGE_W, PAGE_H = A4
CARD_W, CARD_H = 90 * mm, 54 * mm
COLS, ROWS = 2, 5
PER_SHEET = COLS * ROWS
MARGIN_X = (PAGE_W - COLS * CARD_W) / 2  # 15 mm: the common pre-perforated 10-up stock
MARGIN_Y = (PAGE_H - ROWS * CARD_H) / 2  # 13.5 mm
MARK_GAP, MARK_LEN = 3.0, 12.0  # crop marks start 3 pt outside the grid, 12 pt long

BLUE = "#0F4C9C"  # 司法蓝
BLUE_DARK = "#0A3672"
BLUE_TINT = "#EAF1FB"
BLUE_PALE = "#D3E1F5"
GOLD = "#C9A34E"
INK = "#1B1F27"
GREY = "#5B6472"
WHITE = "#FFFFFF"

FULL_VALUES = False  # DESIGN §12: station contacts only, no personal data
QR_SIZE = 54.0  # points, quiet zone included
QR_BORDER = 2  # modules of quiet zone inside QR_SIZE (the card around it is white too)
QR_X, QR_Y = CARD_W - 8 - QR_SIZE, 27.0  # card coordinates of the QR box


# ---------------------------------------------------------------- drawing operations
@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.5
    radius: float = 0.0


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = INK
    width: float = 0.5
    dash: tuple = ()


@dataclass
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.5


@dataclass
class Poly:
    points: list
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.5


@dataclass
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    color: str = INK
    align: str = "left"  # left | right | centre
    bold: bool = False


@dataclass
class Qr:
    x: float
    y: float
    size: float
    text: str
    matrix: list = field(default_factory=list)  # rows of booleans, top row first
    border: int = QR_BORDER
    color: str = INK


@lru_cache(maxsize=4096)
def text_width(text: str, size: float) -> float:
    return stringWidth(text, fonts.register(), size)


@lru_cache(maxsize=1024)  # a sheet run lays out the same lines on every card
def fit(text: str, size: float, max_width: float, min_size: float) -> tuple[str, float]:
    """Shrink `size` down to `min_size` until the text fits; then cut it with an ellipsis."""
    while size > min_size and text_width(text, size) > max_width:
        size = round(size - 0.25, 2)
    if text_width(text, size) > max_width:
        while text and text_width(text + "…", size) > max_width:
            text = text[:-1]
        text += "…"
    return text, size


def qr_matrix(text: str) -> list[list[bool]]:
    """The module matrix reportlab's encoder makes for `text` (error correction M)."""
    return [list(row) for row in _qr_modules(text)]


@lru_cache(maxsize=16)
def _qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    # Encoded once per text: a station's cards all carry the same code, and encoding is slow.
    widget = QrCodeWidget(text, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


def qr_boxes(matrix, size: float, border: int = QR_BORDER) -> list[tuple[float, float, float, float]]:
    """The dark rectangles (x, y, w, h) of a QR code `size` points square, origin bottom-left:
    each row's runs of dark modules, as reportlab's QrCodeWidget lays them out."""
    box = size / (len(matrix) + border * 2.0)
    out = []
    for r, row in enumerate(matrix):
        c = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                out.append(((c + border) * box, size - (r + border + 1) * box, count * box, box))
            c += count
    return out


def _emblem(cx: float, cy: float, r: float) -> list:
    """A white roundel with the scales of justice, drawn from lines (no borrowed artwork)."""
    s = r / 11.0
    ops: list = [Circle(cx, cy, r, fill=WHITE), Circle(cx, cy, r - 1.6 * s, stroke=GOLD, width=0.6 * s)]
    beam_y = cy + 3.6 * s
    ops += [
        Line(cx, cy - 5.6 * s, cx, beam_y + 2.2 * s, BLUE, 1.0 * s),
        Line(cx - 3.6 * s, cy - 5.6 * s, cx + 3.6 * s, cy - 5.6 * s, BLUE, 1.2 * s),
        Line(cx - 6.4 * s, beam_y, cx + 6.4 * s, beam_y, BLUE, 0.9 * s),
        Circle(cx, beam_y + 2.6 * s, 0.9 * s, fill=BLUE),
    ]
    for side in (-1, 1):
        px = cx + side * 6.4 * s
        top, pan_y = beam_y, cy - 1.4 * s
        ops += [Line(px, top, px - 2.4 * s, pan_y, BLUE, 0.45 * s),
                Line(px, top, px + 2.4 * s, pan_y, BLUE, 0.45 * s)]
        arc = [(px + 2.9 * s * math.cos(a), pan_y - 1.9 * s * math.sin(a))
               for a in [i * math.pi / 8 for i in range(9)]]
        ops.append(Poly(arc, fill=BLUE))
    return ops


def _phone(text: str) -> str:
    """13800138000 -> 138 0013 8000 for reading aloud; other numbers as stored."""
    if len(text) == 11 and text.startswith("1") and text.isdigit():
        return f"{text[:3]} {text[3:7]} {text[7:]}"
    if text.startswith("0") and text.isdigit() and len(text) > 8:
        cut = 3 if text[:2] in ("01", "02") else 4
        return f"{text[:cut]}-{text[cut:]}"
    return text


def front_ops(design: cards.CardDesign, serial: str) -> list:
    """The front of one card, in card coordinates."""
    from aidstation.core import codes

    W, H = CARD_W, CARD_H
    band = 38.0
    ops: list = [Rect(0, 0, W, H, fill=WHITE)]
    ops.append(Rect(0, H - band, W, band, fill=BLUE))
    ops.append(Rect(0, H - band - 1.3, W, 1.3, fill=GOLD))
    ops += _emblem(19.5, H - band / 2, 12.0)
    title, size = fit(design.title, 12.5, W - 44, 8.5)
    ops.append(Text(37, H - 18.2, title, size, WHITE, bold=True))
    name, size = fit(design.station_name or design.subtitle, 7.0, W - 44, 5.5)
    ops.append(Text(37, H - 30.0, name, size, BLUE_PALE))

    # Right column: hotline large, then the QR code with its caption. A phone number is never
    # cut: it shrinks until it fits. Without a QR code the hotline sits in the column's middle.
    col_x = QR_X + QR_SIZE / 2
    hotline = _phone(design.hotline) if design.hotline else ""
    hot_y = H - band - 25.5 if design.qr_text else (H - band + 20) / 2 - 2
    if hotline:
        ops.append(Text(col_x, hot_y + 15.0, "法律服务热线", 5.8, GREY, "centre"))
        size = 17.0
        while size > 5.0 and text_width(hotline, size) > QR_SIZE + 2:
            size -= 0.25
        ops.append(Text(col_x, hot_y, hotline, size, BLUE, "centre", bold=True))
    if design.qr_text:
        ops.append(Qr(QR_X, QR_Y, QR_SIZE, design.qr_text, qr_matrix(design.qr_text)))
        caption = "扫码拨打热线" if design.qr_text.lower().startswith("tel:") else "扫码了解更多"
        ops.append(Text(col_x, QR_Y - 5.2, caption, 5.2, GREY, "centre"))
    # Left column: the contacts, in print order.
    left, right = 9.0, QR_X - 8.0
    top = H - band - 12.0
    people = design.staff
    if people:
        step = 15.5 if len(people) <= 4 else 11.2
        name_w = max(text_width(p.name, 8.6) for p in people) + 5
        for i, person in enumerate(people):
            y = top - i * step
            ops.append(Text(left, y, person.name, 8.6, INK, bold=True))
            role = person.title or codes.label("staff_role", person.role, "zh")
            phone = _phone(person.phone)
            phone_w = text_width(phone, 8.4)
            ops.append(Text(right, y, phone, 8.4, BLUE, "right"))
            role_text, role_size = fit(role, 6.2, right - phone_w - 5 - (left + name_w), 5.0)
            ops.append(Text(left + name_w, y + 0.4, role_text, role_size, GREY))
            ops.append(Line(left, y - 3.4, right, y - 3.4, BLUE_PALE, 0.4, (1.2, 1.2)))
        if len(people) <= 4 and design.services:
            tagline = "  ".join("◆ " + s.split("·")[0].strip() for s in design.services[:4])
            text, size = fit(tagline, 6.2, right - left, 5.0)
            ops.append(Text(left, 26.0, text, size, BLUE))
    else:
        for i, line in enumerate(design.services[:4]):
            text, size = fit("· " + line, 7.5, right - left, 6.0)
            ops.append(Text(left, top - i * 12, text, size, INK))

    # Bottom strip: address, office hours, serial.
    strip = 20.0
    ops.append(Rect(0, 0, W, strip, fill=BLUE_TINT))
    ops.append(Rect(0, strip, W, 0.5, fill=BLUE_PALE))
    serial_text = "No. " + serial
    serial_w = text_width(serial_text, 5.4)
    lines = []
    if design.address:
        lines.append("地址：" + design.address)
    if design.office_hours:
        lines.append("办公时间：" + design.office_hours)
    for i, line in enumerate(lines[:2]):
        text, size = fit(line, 6.0, W - 9 - 8 - (serial_w + 6 if i == len(lines[:2]) - 1 else 0), 4.8)
        ops.append(Text(9, 12.3 - i * 7.0 if len(lines) > 1 else 8.2, text, size, INK))
    ops.append(Text(W - 8, 5.3, serial_text, 5.4, GREY, "right"))
    return ops


def back_ops(design: cards.CardDesign, serial: str) -> list:
    """The back: services on judicial blue, the hotline again, the serial small."""
    W, H = CARD_W, CARD_H
    ops: list = [Rect(0, 0, W, H, fill=BLUE)]
    ops.append(Circle(W + 6, -14, 72, fill="#134FA2"))  # a quiet arc of lighter blue
    heading = design.subtitle or "我们为您提供"
    text, size = fit(heading, 10.5, W - 30, 7.0)
    ops.append(Text(W / 2, H - 22, text, size, WHITE, "centre", bold=True))
    ops.append(Line(W / 2 - 24, H - 28, W / 2 + 24, H - 28, GOLD, 0.8))
    services = design.services[:8]
    two_cols = len(services) > 4
    col_w = (W - 32) / (2 if two_cols else 1)
    per_col = math.ceil(len(services) / 2) if two_cols else len(services)
    step = 12.5 if per_col > 3 else 16.0
    first_y = (H - 28 + 31) / 2 - 3 + (per_col - 1) * step / 2  # centred between rule and band
    size = 7.6 if two_cols else 8.4
    for i, line in enumerate(services):
        col, row = (i // per_col, i % per_col) if two_cols else (0, i)
        x = 18 + col * col_w if two_cols else 40
        y = first_y - row * step
        ops.append(Poly([(x, y + 2.6), (x + 2.4, y + 5.0), (x + 4.8, y + 2.6), (x + 2.4, y + 0.2)],
                        fill=GOLD))
        text, fsize = fit(line, size, col_w - 12, 5.5)
        ops.append(Text(x + 8, y, text, fsize, WHITE))
    ops.append(Rect(0, 0, W, 30, fill=BLUE_DARK))
    ops.append(Rect(0, 30, W, 0.8, fill=GOLD))
    used = 14.0
    if design.hotline:
        label_w = text_width("法律服务热线", 6.5)
        number = _phone(design.hotline)
        size = 13.5
        while size > 7 and text_width(number, size) > W * 0.55 - label_w:
            size -= 0.25
        ops.append(Text(14, 11.5, "法律服务热线", 6.5, BLUE_PALE))
        ops.append(Text(14 + label_w + 5, 11.5, number, size, WHITE, bold=True))
        used = 14 + label_w + 5 + text_width(number, size) + 10
    if design.station_name and W - 12 - used > 40:
        name, nsize = fit(design.station_name, 5.6, W - 12 - used, 4.5)
        ops.append(Text(W - 12, 15.5, name, nsize, BLUE_PALE, "right"))
    ops.append(Text(W - 12, 7.5, serial, 5.0, BLUE_PALE, "right"))
    return ops


# ---------------------------------------------------------------- reportlab player
@lru_cache(maxsize=64)
def _color(value):
    return HexColor(value)


def _qr_form(canvas: Canvas, op: Qr) -> str:
    """The name of a form XObject holding `op`'s code: drawn once per PDF, placed on every card
    that carries the same code."""
    forms = canvas.__dict__.setdefault("_aid_qr_forms", {})
    key = (op.text, op.size, op.border, op.color, tuple(map(tuple, op.matrix)))
    name = forms.get(key)
    if name is None:
        name = forms[key] = f"AidQr{len(forms)}"
        canvas.beginForm(name, 0, 0, op.size, op.size)
        canvas.setFillColor(_color(op.color))
        for x, y, w, h in qr_boxes(op.matrix, op.size, op.border):
            canvas.rect(x, y, w, h, stroke=0, fill=1)
        canvas.endForm()
    return name


def play(canvas: Canvas, ops: list, x0: float, y0: float) -> None:
    """Draw `ops` with the card's bottom-left corner at (x0, y0) on the page."""
    font = fonts.register()
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x0, y0, CARD_W, CARD_H)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.translate(x0, y0)
    for op in ops:
        if isinstance(op, Rect):
            canvas.setLineWidth(op.width)
            if op.fill:
                canvas.setFillColor(_color(op.fill))
            if op.stroke:
                canvas.setStrokeColor(_color(op.stroke))
            args = dict(stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)
            if op.radius:
                canvas.roundRect(op.x, op.y, op.w, op.h, op.radius, **args)
            else:
                canvas.rect(op.x, op.y, op.w, op.h, **args)
        elif isinstance(op, Line):
            canvas.setStrokeColor(_color(op.color))
            canvas.setLineWidth(op.width)
            canvas.setDash(list(op.dash) if op.dash else [])
            canvas.line(op.x1, op.y1, op.x2, op.y2)
            canvas.setDash([])
        elif isinstance(op, Circle):
            canvas.setLineWidth(op.width)
            if op.fill:
                canvas.setFillColor(_color(op.fill))
            if op.stroke:
                canvas.setStrokeColor(_color(op.stroke))
            canvas.circle(op.cx, op.cy, op.r, stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)
        elif isinstance(op, Poly):
            p = canvas.beginPath()
            p.moveTo(*op.points[0])
            for pt in op.points[1:]:
                p.lineTo(*pt)
            p.close()
            if op.fill:
                canvas.setFillColor(_color(op.fill))
            if op.stroke:
                canvas.setStrokeColor(_color(op.stroke))
                canvas.setLineWidth(op.width)
            canvas.drawPath(p, stroke=1 if op.stroke else 0, fill=1 if op.fill else 0)
        elif isinstance(op, Text):
            # The font has one weight: bold also strokes the outline. The render mode outlives
            # BT/ET, so bold text is drawn inside its own saved graphics state.
            canvas.saveState()
            canvas.setFillColor(_color(op.color))
            t = canvas.beginText()
            t.setFont(font, op.size)
            if op.bold:
                canvas.setStrokeColor(_color(op.color))
                canvas.setLineWidth(op.size * 0.035)
                t.setTextRenderMode(2)
            width = text_width(op.text, op.size)
            dx = {"left": 0, "right": -width, "centre": -width / 2}[op.align]
            t.setTextOrigin(op.x + dx, op.y)
            t.textOut(op.text)
            canvas.drawText(t)
            canvas.restoreState()
        elif isinstance(op, Qr):
            # The modules as reportlab's barcode widget lays them out, drawn here directly
            # (renderPDF would declare an unused, unembedded Helvetica).
            name = _qr_form(canvas, op)
            canvas.saveState()
            canvas.translate(op.x, op.y)
            canvas.doForm(name)
            canvas.restoreState()
    canvas.restoreState()


def card_origin(index: int, back: bool = False) -> tuple[float, float]:
    """Bottom-left corner on the page of card `index` (0..9, row by row from the top)."""
    col, row = index % COLS, index // COLS
    if back:
        col = COLS - 1 - col
    return MARGIN_X + col * CARD_W, PAGE_H - MARGIN_Y - (row + 1) * CARD_H


def _crop_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(_color("#000000"))
    canvas.setLineWidth(0.3)
    top, bottom = PAGE_H - MARGIN_Y, MARGIN_Y
    left, right = MARGIN_X, PAGE_W - MARGIN_X
    for i in range(COLS + 1):
        x = left + i * CARD_W
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LEN)
        canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LEN)
    for j in range(ROWS + 1):
        y = bottom + j * CARD_H
        canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LEN, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y)


def _footer(canvas: Canvas, text: str) -> None:
    canvas.setFillColor(_color(GREY))
    canvas.setFont(fonts.register(), 6.5)
    canvas.drawCentredString(PAGE_W / 2, 12, text)


def render_cards(design: cards.CardDesign, serials: list[str], path: Path | str, *,
                 double_sided: bool | None = None, progress=None) -> int:
    """Write the sheets for `serials` to `path`; returns the number of pages.

    `progress(done, total)` is called after each sheet and may return False to cancel
    (nothing is written then).
    """
    double = design.double_sided if double_sided is None else double_sided
    fonts.register()
    sheets = [serials[i:i + PER_SHEET] for i in range(0, len(serials), PER_SHEET)]
    pages = 0
    with atomic_path(path) as tmp:
        canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1, initialFontName=fonts.register())
        canvas.setTitle(f"{design.title} {serials[0]} – {serials[-1]}" if serials else design.title)
        canvas.setAuthor(design.station_name or design.station_code)
        canvas.setCreator("AidStation")
        for n, sheet in enumerate(sheets, 1):
            label = f"{design.station_code} 便民联系卡  {sheet[0]} – {sheet[-1]}  第 {n}/{len(sheets)} 张"
            for i, serial in enumerate(sheet):
                play(canvas, front_ops(design, serial), *card_origin(i))
            _crop_marks(canvas)
            _footer(canvas, label + "  正面（沿裁切线裁切）")
            canvas.showPage()
            pages += 1
            if double:
                for i, serial in enumerate(sheet):
                    play(canvas, back_ops(design, serial), *card_origin(i, back=True))
                _crop_marks(canvas)
                _footer(canvas, label + "  背面（长边双面打印）")
                canvas.showPage()
                pages += 1
            if progress is not None and progress(n, len(sheets)) is False:
                raise InterruptedError("cancelled")
        canvas.save()
    return pages


def _serials(design: cards.CardDesign, year: int, first: int, last: int) -> list[str]:
    return [cards.serial_text(design.station_code, year, n) for n in range(first, last + 1)]


def print_new(*, user, quantity, path: Path | str, year: int | None = None, progress=None):
    """Render `quantity` new cards with the next serials, then reserve them (CardPrintRun)."""
    records.require_user(user)
    design = cards.design()
    year, first, last = cards.next_range(quantity, year)
    render_cards(design, _serials(design, year, first, last), path, progress=progress)
    try:
        return cards.record_print(user=user, year=year, serial_from=first, serial_to=last,
                                  file_name=Path(path).name)
    except BaseException:
        Path(path).unlink(missing_ok=True)  # serials taken meanwhile: this sheet is void
        raise


def reprint(*, user, year, serial_from, serial_to, path: Path | str, reason: str = "",
            progress=None):
    """Render an already printed range again (spoilt sheet), recorded and audited."""
    records.require_user(user)
    design = cards.design()
    year, first, last = cards.check_reprint(year, serial_from, serial_to)
    render_cards(design, _serials(design, year, first, last), path, progress=progress)
    return cards.record_reprint(user=user, year=year, serial_from=first, serial_to=last,
                                reason=reason, file_name=Path(path).name)
