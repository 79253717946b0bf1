"""Legal aid: the list of applications and the application window."""
from __future__ import annotations

from aidstation.gui.legalaid.application import open_application, open_from_consultation
from aidstation.gui.legalaid.page import PAGE

__all__ = ["PAGE", "open_application", "open_from_consultation"]
