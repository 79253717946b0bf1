"""A realistic, reproducible demo station (`aidstation demo`), one module per area.

Each area module has `generate(ctx)` and writes through that area's services, so the demo
also exercises them. The orchestrator below calls them in dependency order.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field


@dataclass
class DemoContext:
    rng: random.Random
    user: object  # the demo admin (a User)
    today: dt.date
    months: list[tuple[int, int]]  # (year, month) oldest first, ending with today's month
    staff: list = field(default_factory=list)  # Staff rows
    people: list = field(default_factory=list)  # Person rows
    activities: list = field(default_factory=list)  # PublicityActivity rows

    def random_date(self, year: int, month: int) -> dt.date:
        """A weekday-weighted random date inside the month, never after today."""
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        last = min(last, self.today)
        days = (last - first).days
        for _ in range(5):
            day = first + dt.timedelta(days=self.rng.randint(0, max(days, 0)))
            if day.weekday() < 5:
                return day
        return day


def month_list(today: dt.date, months: int) -> list[tuple[int, int]]:
    out = []
    y, m = today.year, today.month
    for _ in range(months):
        out.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return list(reversed(out))
