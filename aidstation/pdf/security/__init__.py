"""Security documents: the recovery sheet of an encrypted station (issue 20).

The area's public API; other layers import only this package.
"""
from __future__ import annotations

from aidstation.pdf.security.recovery import TITLE, render_recovery_sheet

__all__ = ["TITLE", "render_recovery_sheet"]
