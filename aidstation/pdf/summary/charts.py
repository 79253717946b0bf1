"""The summary's bar charts, laid out once as plain shapes (points, origin bottom left) and drawn
two ways: as reportlab.graphics vectors in the PDF (`drawing`) and as a PNG for the Word file
(aidstation/docx/pictures.py), both in the bundled CJK font.

Months run across as columns; categories (dispute types, publicity formats, channels) as
horizontal bars, largest first, each with its figure at the bar's end.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from aidstation.core.summary import Chart
from aidstation.pdf import fonts

BAR = (0.23, 0.42, 0.62)  # a sober blue that prints well in grey
AXIS = (0.35, 0.35, 0.35)
GRID = (0.85, 0.85, 0.85)
TEXT = (0.1, 0.1, 0.1)
MAX_BARS = 12


@dataclass
class Shape:
    kind: str  # rect | line | text
    x: float
    y: float
    w: float = 0.0  # rect: width; line: x2
    h: float = 0.0  # rect: height; line: y2
    color: tuple = TEXT
    text: str = ""
    size: float = 8.0
    anchor: str = "start"  # text: start | middle | end


def _number(value) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def _step(top: float) -> float:
    """A round gridline step giving 4-6 lines up to `top`."""
    raw = max(top, 1) / 5
    base = 10 ** len(str(int(raw))) / 10
    for m in (1, 2, 2.5, 5, 10):
        if base * m >= raw:
            return max(base * m, 1)
    return raw


def layout(chart: Chart, width: float, height: float) -> list[Shape]:
    fonts.register()
    shapes = [Shape("text", width / 2, height - 12, text=chart.title, size=10, anchor="middle")]
    labels, values = chart.labels[:MAX_BARS], chart.values[:MAX_BARS]
    if not values:
        return shapes
    top = max(values) or 1
    if chart.horizontal:
        label_w = max(stringWidth(t, fonts.FONT, 8) for t in labels) + 6
        value_w = stringWidth(_number(top), fonts.FONT, 8) + 8
        left, right, bottom, head = label_w + 4, width - value_w, 6, 22
        row = (height - head - bottom) / len(values)
        bar_h = min(row * 0.65, 14)
        for i, (text, v) in enumerate(zip(labels, values)):
            y = height - head - (i + 1) * row + (row - bar_h) / 2
            shapes.append(Shape("text", left - 4, y + bar_h / 2 - 3, text=text, anchor="end"))
            w = (right - left) * v / top
            shapes.append(Shape("rect", left, y, w, bar_h, BAR))
            shapes.append(Shape("text", left + w + 3, y + bar_h / 2 - 3, text=_number(v)))
        shapes.append(Shape("line", left, bottom, left, height - head, AXIS))
        return shapes
    step = _step(top)
    scale_top = step * (int(top / step) + (1 if top % step else 0))
    left, bottom, right, head = stringWidth(_number(int(scale_top)), fonts.FONT, 7) + 10, 18, width - 4, 24
    plot_h = height - head - bottom
    tick = 0.0
    while tick <= scale_top + 1e-9:
        y = bottom + plot_h * tick / scale_top
        shapes.append(Shape("line", left, y, right, y, GRID if tick else AXIS))
        shapes.append(Shape("text", left - 3, y - 2.5, text=_number(int(tick)), size=7, anchor="end"))
        tick += step
    col = (right - left) / len(values)
    bar_w = min(col * 0.62, 28)
    for i, (text, v) in enumerate(zip(labels, values)):
        x = left + i * col + (col - bar_w) / 2
        h = plot_h * v / scale_top
        shapes.append(Shape("rect", x, bottom, bar_w, h, BAR))
        if v:
            shapes.append(Shape("text", x + bar_w / 2, bottom + h + 2, text=_number(v), size=7, anchor="middle"))
        shapes.append(Shape("text", x + bar_w / 2, bottom - 11, text=text, size=7.5, anchor="middle"))
    return shapes


def height_for(chart: Chart) -> float:
    """Points: a column chart is fixed; a bar chart grows with its rows."""
    if not chart.horizontal:
        return 170.0
    return 30.0 + 18.0 * min(len(chart.values), MAX_BARS)


def drawing(chart: Chart, width: float, height: float | None = None) -> Drawing:
    """The chart as reportlab vector shapes (a Flowable in a PDF story)."""
    height = height or height_for(chart)
    d = Drawing(width, height)
    d.initialFontName = fonts.FONT  # else the drawing declares an unembedded Helvetica
    for s in layout(chart, width, height):
        color = colors.Color(*s.color)
        if s.kind == "rect":
            d.add(Rect(s.x, s.y, s.w, s.h, fillColor=color, strokeColor=None))
        elif s.kind == "line":
            d.add(Line(s.x, s.y, s.w, s.h, strokeColor=color, strokeWidth=0.6))
        else:
            d.add(String(s.x, s.y, s.text, fontName=fonts.FONT, fontSize=s.size, fillColor=color,
                         textAnchor=s.anchor))
    return d
