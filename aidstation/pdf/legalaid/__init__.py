"""Legal-aid documents: the application form, the one-time notice of missing materials, the
receipt, and the forwarding letter to the district centre (parts.py: what they share).

The area's public API; other layers import only this package.
"""
from __future__ import annotations

from aidstation.pdf.legalaid import form, letter, notice, receipt
from aidstation.pdf.legalaid.form import (
    PLEDGE,
    ROUTE,
    TITLE,
    render_form,
)
from aidstation.pdf.legalaid.letter import (
    render_letter,
)
from aidstation.pdf.legalaid.notice import (
    render_notice,
)
from aidstation.pdf.legalaid.receipt import (
    render_receipt,
)

__all__ = [
    "TITLE",
    "PLEDGE",
    "ROUTE",
    "render_form",
    "render_notice",
    "render_receipt",
    "render_letter",
    "form",
    "notice",
    "receipt",
    "letter",
]
