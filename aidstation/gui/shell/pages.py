"""The pages of the main window, listed here in navigation order, and the hand-offs between areas.

A new area adds its `PAGE` (a kit.pages.PageSpec in `gui/<area>/page.py`, exported by the
area's package) to `all_pages()`, and registers in `wire()` any window another area opens.
"""
from __future__ import annotations

from aidstation.gui.kit import handoffs
from aidstation.gui.kit.pages import PageSpec

__all__ = ["PageSpec", "all_pages", "wire"]


def all_pages() -> list[PageSpec]:
    """Every page, in navigation order; wires the hand-offs first."""
    from aidstation.gui import (
        cards,
        dashboard,
        legalaid,
        mediation,
        people,
        publicity,
        reception,
        reporting,
        settings,
    )

    wire()
    specs = [dashboard.PAGE, reception.PAGE, mediation.PAGE, legalaid.PAGE, cards.PAGE,
             publicity.PAGE, people.PAGE, reporting.MONTHLY_PAGE, reporting.DISTRICT_PAGE,
             settings.PAGE]
    return sorted(specs, key=lambda s: (s.order, s.key))


def wire() -> None:
    """Register which window opens a record of another area (idempotent)."""
    from aidstation.core.models import AidApplication, MediationCase
    from aidstation.gui import legalaid, mediation

    handoffs.register_follow_on("mediation", mediation.open_from_consultation)
    handoffs.register_follow_on("apply_aid", legalaid.open_from_consultation)
    handoffs.register_opener(
        "mediation", lambda context, record_id, parent=None:
        mediation.open_case(context, MediationCase.get_by_id(record_id), parent))
    handoffs.register_opener(
        "aid", lambda context, record_id, parent=None:
        legalaid.open_application(context, AidApplication.get_by_id(record_id), parent))
