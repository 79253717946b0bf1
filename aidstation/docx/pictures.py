"""The summary's charts as PNG pictures for the Word file: the PDF's layout (pdf/summary/charts)
drawn with Pillow in the bundled font (reportlab's renderPM has no backend in this build)."""
from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from aidstation.core.summary import Chart
from aidstation.pdf.fonts import FONT_FILE
from aidstation.pdf.summary import charts

DPI = 200
_ANCHOR = {"start": "ls", "middle": "ms", "end": "rs"}


@lru_cache(maxsize=16)
def _font(px: int):
    return ImageFont.truetype(str(FONT_FILE), px, index=0)


def _rgb(color: tuple) -> tuple[int, int, int]:
    return tuple(int(round(c * 255)) for c in color)


def png(chart: Chart, width_pt: float, height_pt: float | None = None) -> bytes:
    """The chart as PNG bytes, `width_pt` points wide at DPI."""
    height_pt = height_pt or charts.height_for(chart)
    k = DPI / 72
    image = Image.new("RGB", (int(width_pt * k), int(height_pt * k)), "white")
    draw = ImageDraw.Draw(image)
    for s in charts.layout(chart, width_pt, height_pt):
        if s.kind == "rect":
            if s.w > 0 and s.h > 0:
                draw.rectangle([s.x * k, (height_pt - s.y - s.h) * k, (s.x + s.w) * k, (height_pt - s.y) * k],
                               fill=_rgb(s.color))
        elif s.kind == "line":
            draw.line([s.x * k, (height_pt - s.y) * k, s.w * k, (height_pt - s.h) * k],
                      fill=_rgb(s.color), width=max(1, int(0.6 * k)))
        else:
            draw.text((s.x * k, (height_pt - s.y) * k), s.text, fill=_rgb(s.color),
                      font=_font(int(s.size * k)), anchor=_ANCHOR[s.anchor])
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()
