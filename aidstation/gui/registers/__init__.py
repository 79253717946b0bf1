"""Registers and the deadline sheet at the desk: the "Print register…" button every list page
gets (add_register_action), its dialog, and the deadline sheet dialog.

The area's public API; other areas import only this package.
"""
from __future__ import annotations

from aidstation.gui.registers.dialog import (
    DueSheetDialog,
    RegisterDialog,
    add_register_action,
    open_register_dialog,
)

__all__ = ["DueSheetDialog", "RegisterDialog", "add_register_action", "open_register_dialog"]
