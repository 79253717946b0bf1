"""The pages of the main window, listed here in navigation order, and the hand-offs between areas.

A new area adds its `PAGE` (a kit.pages.PageSpec in `gui/<area>/page.py`, exported by the
area's package) to `all_pages()`, a line to `NAVIGATION` and a loader to `_LOADERS`, and
registers in `wire()` any window another area opens.

The main window lists `navigation()`: specs that name each page without importing its area
(an area's page module pulls in its windows, and some of those reportlab or openpyxl), whose
factory imports the area the first time the page is shown. tests/gui/test_startup.py checks
that each one says what the area's own PAGE says.
"""
from __future__ import annotations

from aidstation.gui.kit import handoffs
from aidstation.gui.kit.pages import PageSpec

__all__ = ["PageSpec", "all_pages", "navigation", "wire"]


def all_pages() -> list[PageSpec]:
    """Every page, as each area declares it, in navigation order (imports every area)."""
    wire()
    return sorted((_LOADERS[key]() for key in _LOADERS), key=lambda s: (s.order, s.key))


# The areas' own loaders: each imports one area, when its page is first needed.
def _dashboard():
    from aidstation.gui import dashboard
    return dashboard.PAGE


def _reception():
    from aidstation.gui import reception
    return reception.PAGE


def _mediation():
    from aidstation.gui import mediation
    return mediation.PAGE


def _screening():
    from aidstation.gui import screening
    return screening.PAGE


def _legalaid():
    from aidstation.gui import legalaid
    return legalaid.PAGE


def _cards():
    from aidstation.gui import cards
    return cards.PAGE


def _publicity():
    from aidstation.gui import publicity
    return publicity.PAGE


def _people():
    from aidstation.gui import people
    return people.PAGE


def _monthly():
    from aidstation.gui import reporting
    return reporting.MONTHLY_PAGE


def _district():
    from aidstation.gui import reporting
    return reporting.DISTRICT_PAGE


def _settings():
    from aidstation.gui import settings
    return settings.PAGE


def _summary():
    from aidstation.gui import summary
    return summary.PAGE


_LOADERS = {"dashboard": _dashboard, "reception": _reception, "mediation": _mediation,
            "screening": _screening, "legalaid": _legalaid, "cards": _cards, "publicity": _publicity,
            "people": _people,
            "monthly": _monthly, "district": _district, "settings": _settings}
_LOADERS["summary"] = _summary

# key, English title (translated in context "pages" by the area's own catalogue), icon, order
NAVIGATION = (
    ("dashboard", "Dashboard", "dashboard.svg", 10),
    ("reception", "Reception", "reception.svg", 20),
    ("mediation", "Mediation", "mediation.svg", 30),
    ("screening", "Screening", "screening.svg", 35),
    ("legalaid", "Legal aid", "legalaid.svg", 40),
    ("cards", "Contact cards", "cards.svg", 50),
    ("publicity", "Publicity", "publicity.svg", 60),
    ("people", "People", "people.svg", 70),
    ("monthly", "Monthly report", "monthly.svg", 80),
    ("summary", "Work summary", "summary.svg", 85),
    ("district", "District merge", "district.svg", 90),
    ("settings", "Settings", "settings.svg", 100),
)
# Pages only administrators see (none today; must match the areas' PageSpec.admin_only).
ADMIN_ONLY: frozenset[str] = frozenset()


def _lazy_factory(key: str):
    def factory(context, parent=None):
        wire()
        return _LOADERS[key]().factory(context, parent)
    return factory


def _lazy_screenshots(key: str):
    def screenshots(context, parent):
        real = _LOADERS[key]().screenshots
        return real(context, parent) if real is not None else []
    return screenshots


def navigation() -> list[PageSpec]:
    """Every page in navigation order, without importing any area: the factory (and the
    screenshots) import the page's area when first called."""
    return [PageSpec(key, title, icon, order, _lazy_factory(key), admin_only=key in ADMIN_ONLY,
                     screenshots=_lazy_screenshots(key))
            for key, title, icon, order in sorted(NAVIGATION, key=lambda n: (n[3], n[0]))]


# Hand-offs: each imports the area whose window it opens only when a window is opened.
def _mediation_from_consultation(*args, **kwargs):
    from aidstation.gui import mediation
    return mediation.open_from_consultation(*args, **kwargs)


def _legalaid_from_consultation(*args, **kwargs):
    from aidstation.gui import legalaid
    return legalaid.open_from_consultation(*args, **kwargs)


def _open_mediation(context, record_id, parent=None):
    from aidstation.core.models import MediationCase
    from aidstation.gui import mediation
    return mediation.open_case(context, MediationCase.get_by_id(record_id), parent)


def _open_aid(context, record_id, parent=None):
    from aidstation.core.models import AidApplication
    from aidstation.gui import legalaid
    return legalaid.open_application(context, AidApplication.get_by_id(record_id), parent)


def _open_screening(context, record_id, parent=None):
    from aidstation.gui import screening
    return screening.open_round(context, record_id, parent)


def wire() -> None:
    """Register which window opens a record of another area (idempotent; imports no area)."""
    handoffs.register_follow_on("mediation", _mediation_from_consultation)
    handoffs.register_follow_on("apply_aid", _legalaid_from_consultation)
    handoffs.register_opener("mediation", _open_mediation)
    handoffs.register_opener("aid", _open_aid)
    handoffs.register_opener("screening", _open_screening)
