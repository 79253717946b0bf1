"""Reporting: the monthly return page and the district merge page."""
from __future__ import annotations

from aidstation.gui.reporting.district_page import PAGE as DISTRICT_PAGE
from aidstation.gui.reporting.monthly_page import PAGE as MONTHLY_PAGE

__all__ = ["DISTRICT_PAGE", "MONTHLY_PAGE"]
