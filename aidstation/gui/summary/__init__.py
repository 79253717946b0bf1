"""The Work summary page: a period's 工作总结 drafted from the records, exported to Word or PDF."""
from __future__ import annotations

from aidstation.gui.summary.page import PAGE

__all__ = ["PAGE"]
