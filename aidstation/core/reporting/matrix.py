"""A year at a glance: every indicator down, the twelve months across, and the year's total.

The total is the year computed as one period (indicators.compute_period), not a sum of the
columns: rates are recomputed from the year's parts and `med.open_at_month_end` is the figure
at the year's end. For additive indicators it equals the sum of the months
(tests/core/test_period_matrix.py). Months that have not begun are None (nothing to show yet).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aidstation.core.reporting import indicators, periods


@dataclass
class Matrix:
    year: int
    months: list[periods.Period]  # January..December
    columns: list[dict[str, object] | None]  # each month's values; None for a month not begun
    total: dict[str, object]  # the year as one period
    catalogue: list[indicators.Indicator]  # the rows: the year's (retired codes it uses too)

    def __post_init__(self):
        self._kinds = {ind.key: ind.kind for ind in self.catalogue}

    def value(self, key: str, month_index: int):
        column = self.columns[month_index]
        if column is None:
            return None
        if key in column:
            return column[key]
        # a retired code used in another month of the year: nothing this month
        kind = self._kinds.get(key)
        return None if kind in (indicators.RATE, indicators.MANUAL) else 0.0 if kind == indicators.AMOUNT else 0

    def row(self, key: str) -> list:
        """The twelve months' values of `key` (None for a month not begun)."""
        return [self.value(key, i) for i in range(12)]


def year_matrix(year: int, today: dt.date | None = None) -> Matrix:
    """The matrix of `year` (13 aggregate passes over the records)."""
    today = today or dt.date.today()
    months = [periods.month(year, m) for m in range(1, 13)]
    columns = [indicators.compute_period(p.start, p.end) if p.start <= today else None for p in months]
    whole = periods.year(year)
    total = indicators.compute_period(whole.start, whole.end)
    return Matrix(year, months, columns, total, indicators.catalogue_for(total))
