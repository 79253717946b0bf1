"""A month filter in a combo box: 'All months', then this month and the ones before."""
from __future__ import annotations

import datetime as dt

from aidstation.core import dates


def month_items(combo, all_text: str, months: int = 24) -> None:
    """Fill a month filter: 'All months', then this month and the ones before."""
    combo.addItem(all_text, "")
    y, m = dt.date.today().year, dt.date.today().month
    for _ in range(months):
        combo.addItem(f"{y}-{m:02d}", f"{y}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)


def month_of(text) -> tuple[int, int] | None:
    """'2026-03' -> (2026, 3); '' or None -> None."""
    if not text:
        return None
    return dates.parse_month(str(text))
