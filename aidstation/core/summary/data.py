"""Where a draft's figures come from: the open station's records, or a district's merged
monthly workbooks (already read, as plain dicts). Both answer the same two questions: the
figures of a period (None when they are not all there) and of each of its months.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from aidstation.core.reporting import indicators
from aidstation.core.reporting.periods import Period
from aidstation.core.summary import periods as speriods

STOCK = "med.open_at_month_end"  # a figure at the period's end, not a sum of months


class StationData:
    """The open station: every figure computed from its records (indicators.compute_period)."""

    district = False

    def __init__(self, name: str):
        self.name = name
        self._cache: dict[tuple, dict] = {}

    def values(self, period: Period) -> dict[str, object] | None:
        key = (period.start, period.end)
        if key not in self._cache:
            self._cache[key] = indicators.compute_period(period.start, period.end)
        return self._cache[key]

    def month_values(self, period: Period) -> list[tuple[Period, dict | None]]:
        return [(m, self.values(m)) for m in speriods.months(period)]

    def source_note(self, lang: str) -> str:
        return ("以上数字均由本站业务记录按指标口径统计生成（同 aidstation totals）。" if lang.startswith("zh")
                else "Every figure is computed from the station's records by the indicator rules "
                     "(as `aidstation totals` prints them).")


@dataclass
class MergedMonth:
    """One consolidate output: the month, each station's values and the total column."""

    month: str  # YYYY-MM
    stations: dict[str, tuple[str, dict[str, object]]]  # code -> (name, values)
    totals: dict[str, object]
    file: str = ""


def combine_months(months: list[dict[str, object]]) -> dict[str, object]:
    """Months summed key by key, rates from their parts, the stock figure at the last month."""
    out = indicators.combine(months)
    if months and STOCK in months[-1]:
        out[STOCK] = months[-1][STOCK]
    return out


@dataclass
class DistrictData:
    name: str
    months: dict[str, MergedMonth] = field(default_factory=dict)  # YYYY-MM -> its merge
    district = True

    def _begun(self, period: Period) -> list[str]:
        """The period's months that have begun (a month still to come has no merge yet)."""
        today = dt.date.today()
        return [f"{y:04d}-{m:02d}" for y, m in period.months if dt.date(y, m, 1) <= today]

    def _merged(self, period: Period) -> list[MergedMonth] | None:
        if not speriods.is_whole_months(period):
            return None
        found = [self.months.get(m) for m in self._begun(period)]
        return None if not found or any(f is None for f in found) else found

    def values(self, period: Period) -> dict[str, object] | None:
        found = self._merged(period)
        return None if found is None else combine_months([f.totals for f in found])

    def month_values(self, period: Period) -> list[tuple[Period, dict | None]]:
        out = []
        for m in speriods.months(period):
            merged = self.months.get(f"{m.start.year:04d}-{m.start.month:02d}")
            out.append((m, merged.totals if merged is not None else None))
        return out

    def stations(self) -> dict[str, str]:
        """code -> name of every station in any month, by code."""
        names: dict[str, str] = {}
        for month in self.months.values():
            for code, (name, _values) in month.stations.items():
                names.setdefault(code, name)
        return dict(sorted(names.items()))

    def station_values(self, period: Period, code: str) -> dict[str, object] | None:
        found = self._merged(period)
        if found is None:
            return None
        return combine_months([f.stations[code][1] for f in found if code in f.stations])

    def missing_months(self, period: Period) -> list[str]:
        return [m for m in self._begun(period) if m not in self.months]

    def source_note(self, lang: str) -> str:
        files = "、".join(sorted(m.file for m in self.months.values() if m.file))
        return (f"以上数字取自各站报送月报的汇总表（{files}），各站数字之和即为合计。" if lang.startswith("zh")
                else f"Every figure is taken from the merged monthly workbooks ({files}); the totals are "
                     "the sums of the stations'.")
