"""Any period (issue 15): period totals against their months, rates recomputed, every figure's
records (explain) adding up to it, and history that does not move when a code is retired."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from aidstation.core import codes, records
from aidstation.core.db import close_station
from aidstation.core.demo import generate
from aidstation.core.models import Code
from aidstation.core.reporting import explain, indicators, periods

TODAY = dt.date(2026, 12, 1)  # the demo's months: July to December 2026
SYSTEM = records.system("test")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    generate(folder / "station", seed=5, months=6, code="PT01", today=TODAY)
    close_station()
    return folder / "station"


@pytest.fixture
def opened(demo):
    from aidstation.core.station import open_station

    open_station(demo, create=False)
    yield
    close_station()


ADDITIVE = (indicators.COUNT, indicators.AMOUNT, indicators.MANUAL)


@pytest.mark.parametrize("period", [periods.quarter(2026, 3), periods.half(2026, 2), periods.year(2026)],
                         ids=lambda p: p.label("en"))
def test_a_period_is_the_sum_of_its_months_and_rates_are_recomputed(opened, period):
    total = indicators.compute_period(period.start, period.end)
    months = [indicators.compute_month(y, m) for y, m in period.months]
    assert total["consult.total"] > 0
    for ind in indicators.catalogue_for(total):
        if ind.key == "med.open_at_month_end":  # a stock: the figure at the period's end
            assert total[ind.key] == months[-1][ind.key]
        elif ind.kind in ADDITIVE:
            parts = [m.get(ind.key) for m in months]
            expected = None if all(p is None for p in parts) else sum(p or 0 for p in parts)
            assert total[ind.key] == pytest.approx(expected), ind.key
    num, den = indicators.by_key()["med.success_rate"].parts
    rate = indicators.rate(sum(total[k] for k in num), sum(total[k] for k in den))
    assert total["med.success_rate"] == rate
    # not the mean of the months' rates
    monthly_rates = [m["med.success_rate"] for m in months if m["med.success_rate"] is not None]
    assert len(set(monthly_rates)) > 1


def test_period_arithmetic():
    q = periods.parse("2026-Q1")
    assert (q.start, q.end, q.last) == (dt.date(2026, 1, 1), dt.date(2026, 4, 1), dt.date(2026, 3, 31))
    assert q.previous() == periods.quarter(2025, 4) and q.last_year() == periods.quarter(2025, 1)
    assert periods.parse("2026-H2").previous() == periods.half(2026, 1)
    assert periods.month(2026, 3).year_to_date().start == dt.date(2026, 1, 1)
    c = periods.custom(dt.date(2026, 3, 10), dt.date(2026, 3, 19))
    assert c.previous() == periods.custom(dt.date(2026, 2, 28), dt.date(2026, 3, 9))
    assert q.label("zh") == "2026年第一季度" and periods.parse("2026").months[-1] == (2026, 12)


@pytest.mark.parametrize("month", [(2026, 9), (2026, 10)])
def test_every_figure_is_made_of_its_records(opened, month):
    """For every indicator of a demo month, the explained records add up to the figure (a rate:
    its denominator's records; a figure typed in by hand has no records: the screening figures
    of a month that kept the ledger are its rounds')."""
    start, end = periods.month(*month).start, periods.month(*month).end
    values = indicators.compute_period(start, end)
    checked = 0
    for ind in indicators.catalogue_for(values):
        items = explain.explain(ind.key, start, end, limit=0)
        if ind.kind == indicators.MANUAL and indicators.manual_used(start, end).get(ind.key):
            assert items == [], ind.key
            continue
        if ind.kind == indicators.RATE:
            _num, den = ind.parts
            assert len(items) == sum(values[k] for k in den), ind.key
        else:
            assert explain.total(items) == pytest.approx(values[ind.key]), ind.key
        assert all(item.record_id for item in items)
        checked += 1
    assert checked > 80 and values["consult.total"] > 0


def test_a_retired_code_keeps_counting_where_records_use_it(opened):
    from aidstation.excel import monthly

    before = indicators.compute_month(2026, 10)
    channels = [k for k in before if k.startswith("consult.channel.")]
    assert sum(before[k] for k in channels) == before["consult.total"]
    assert before["consult.channel.letter"] > 0
    row = Code.get((Code.kind == "channel") & (Code.code == "letter"))
    codes.set_code_active(row, False, user=SYSTEM)
    try:
        after = indicators.compute_month(2026, 10)
        assert after == before  # same keys, same order, same values
        assert sum(after[k] for k in after if k.startswith("consult.channel.")) == after["consult.total"]
        assert "consult.channel.letter" in after
        # a period whose records never used it has no row for it; the catalogue lists it no more
        assert "consult.channel.letter" not in indicators.compute_month(2025, 10)
        assert "consult.channel.letter" not in {i.key for i in indicators.catalogue()}
        assert monthly.values_sha256(after) == monthly.values_sha256(before)
    finally:
        codes.set_code_active(row, True, user=SYSTEM)


def test_a_sent_month_re_exports_the_same_values(opened, tmp_path):
    """Submitted, then a code is retired and another added: the re-export (a correction) has the
    very values sent; a record changed in the month changes them."""
    from aidstation.core.reporting import submissions
    from aidstation.excel import monthly

    first = monthly.export_month(2026, 9, tmp_path / "a.xlsx", details=False, user=SYSTEM)
    submissions.mark_submitted("2026-09", first.path, first.values, user=_admin())
    row = Code.get((Code.kind == "channel") & (Code.code == "letter"))
    codes.set_code_active(row, False, user=SYSTEM)
    new = codes.add_code("matter", "ai_fraud", "AI诈骗", "AI fraud", user=_admin())
    try:
        again = monthly.export_month(2026, 9, tmp_path / "b.xlsx", details=False, user=SYSTEM)
        assert again.correction == 1
        assert again.values == first.values and again.values_sha256 == first.values_sha256
        assert list(again.values) == list(json.loads(submissions.latest("2026-09").values))
        assert not submissions.state("2026-09").changed_since
    finally:
        codes.set_code_active(row, True, user=SYSTEM)
        Code.delete().where(Code.id == new.id).execute()


def _admin():
    from aidstation.core.models import User

    return User.select().where(User.role == "admin").first()
