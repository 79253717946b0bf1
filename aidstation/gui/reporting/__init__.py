"""Reporting: the monthly return page and the district merge page; `explain_figure(parent, key,
period)` shows the records behind a figure (the dashboard's this-month table uses it too)."""
from __future__ import annotations

from aidstation.gui.reporting.district_page import PAGE as DISTRICT_PAGE
from aidstation.gui.reporting.explain_dialog import explain_figure
from aidstation.gui.reporting.monthly_page import PAGE as MONTHLY_PAGE

__all__ = ["DISTRICT_PAGE", "MONTHLY_PAGE", "explain_figure"]
