"""Reporting periods: a month, quarter, half-year, year or any run of days, with the periods a
figure is set against (the one before, the same one a year earlier, the year to date).

A period is the half-open date range [start, end) that `indicators.compute_period` takes;
`last` is its last day. Rates over a period are recomputed from its summed parts by
compute_period itself, and `med.open_at_month_end` is the figure at the period's end.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from aidstation.core import dates
from aidstation.core.validation import ValidationError

KINDS = ("month", "quarter", "half", "year", "custom")
_QUARTER = re.compile(r"(\d{4})-?[Qq]([1-4])")
_HALF = re.compile(r"(\d{4})-?[Hh]([12])")


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date  # exclusive

    @property
    def last(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def months(self) -> list[tuple[int, int]]:
        """The calendar months the period touches, in order."""
        out, y, m = [], self.start.year, self.start.month
        while dt.date(y, m, 1) < self.end:
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def label(self, lang: str = "zh") -> str:
        y = self.start.year
        zh = lang.startswith("zh")
        if self.kind == "month":
            return f"{y}年{self.start.month}月" if zh else dates.month_text(y, self.start.month)
        if self.kind == "quarter":
            q = (self.start.month - 1) // 3 + 1
            return f"{y}年第{'一二三四'[q - 1]}季度" if zh else f"{y}-Q{q}"
        if self.kind == "half":
            h = 1 if self.start.month == 1 else 2
            return f"{y}年{'上下'[h - 1]}半年" if zh else f"{y} H{h}"
        if self.kind == "year":
            return f"{y}年" if zh else str(y)
        return f"{self.start.isoformat()} – {self.last.isoformat()}"

    def shifted(self, months: int) -> Period:
        """The same kind of period `months` calendar months away (a custom period keeps its days
        of the month, clamped to the month's length)."""
        return Period(self.kind, _add_months(self.start, months), _add_months(self.end, months))

    def previous(self) -> Period:
        """The period just before: last month, last quarter…; for a custom run of days, as many
        days just before it."""
        if self.kind == "custom":
            days = self.end - self.start
            return Period("custom", self.start - days, self.start)
        return self.shifted(-{"month": 1, "quarter": 3, "half": 6, "year": 12}[self.kind])

    def last_year(self) -> Period:
        return self.shifted(-12)

    def year_to_date(self) -> Period:
        """From 1 January of the period's last day's year to the period's end."""
        return Period("custom", dt.date(self.last.year, 1, 1), self.end)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    y, m = divmod(index, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(day.day, last))


def month(year: int, month_: int) -> Period:
    start, end = dates.month_bounds(year, month_)
    return Period("month", start, end)


def quarter(year: int, q: int) -> Period:
    return Period("quarter", dt.date(year, 3 * q - 2, 1), _add_months(dt.date(year, 3 * q - 2, 1), 3))


def half(year: int, h: int) -> Period:
    start = dt.date(year, 1 if h == 1 else 7, 1)
    return Period("half", start, _add_months(start, 6))


def year(year_: int) -> Period:
    return Period("year", dt.date(year_, 1, 1), dt.date(year_ + 1, 1, 1))


def custom(first: dt.date, last: dt.date) -> Period:
    """The days first..last, both included."""
    if last < first:
        raise ValidationError("to", f"the period ends ({last}) before it starts ({first})",
                              f"结束日期（{last}）早于开始日期（{first}）")
    return Period("custom", first, last + dt.timedelta(days=1))


def parse(text: str) -> Period:
    """'2026-03' (a month), '2026-Q1', '2026-H2', '2026' (a year)."""
    text = (text or "").strip()
    if m := _QUARTER.fullmatch(text):
        return quarter(int(m[1]), int(m[2]))
    if m := _HALF.fullmatch(text):
        return half(int(m[1]), int(m[2]))
    if re.fullmatch(r"\d{4}", text) and 1900 < int(text) < 3000:
        return year(int(text))
    try:
        return month(*dates.parse_month(text))
    except ValueError:
        raise ValidationError("period", f"not a period: {text!r} (YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)",
                              f"期间格式不对：“{text}”（应为 YYYY-MM、YYYY-Qn、YYYY-Hn 或 YYYY）") from None
