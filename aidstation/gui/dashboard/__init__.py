"""The dashboard: what is due or overdue, and this month against last."""
from __future__ import annotations

from aidstation.gui.dashboard.page import PAGE

__all__ = ["PAGE"]
