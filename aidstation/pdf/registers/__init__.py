"""Registers (台账) for inspection and the deadline sheet (督办单), as landscape A4 PDFs
(issue 14). Both are masked (DESIGN §12); their rows come from core.registers.

The area's public API; other layers import only this package.
"""
from __future__ import annotations

from aidstation.pdf.registers.duesheet import TITLE as DUE_TITLE
from aidstation.pdf.registers.duesheet import render_due_sheet
from aidstation.pdf.registers.register import render_register

__all__ = ["DUE_TITLE", "render_due_sheet", "render_register"]
