"""The bundled CJK font for every document: WenQuanYi Zen Hei (TrueType outlines, embeddable).

Licence: GPL-2 with the font-embedding exception (resources/fonts/wqy-zenhei.COPYRIGHT), so
it may be shipped and embedded in the PDFs we write. It covers CJK, Latin letters and digits.
"""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from aidstation.paths import FONTS_DIR

FONT = "WQYZenHei"
FONT_FILE = FONTS_DIR / "wqy-zenhei.ttc"


@lru_cache(maxsize=1)
def register() -> str:
    """Register the font once (embedded as a subset) and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
    # Bold/italic map to the same face: the font has one weight; titles use size instead.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


def style(name: str = "body", *, size: float = 11, leading: float | None = None,
          align: int = 0, **kw) -> ParagraphStyle:
    """A ParagraphStyle in the CJK font with CJK line breaking (wordWrap='CJK')."""
    register()
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading or size * 1.5,
                          alignment=align, wordWrap="CJK", **kw)
