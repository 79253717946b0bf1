"""The year × month matrix (core/reporting/matrix.py): its year total is the year's totals, its
additive rows sum to that total, rates and the open cases are the year's own, and months not
begun are empty."""
from __future__ import annotations

import datetime as dt

from aidstation.core.reporting import indicators, matrix, periods
from tests.core.test_indicators import build_fixture


def test_the_year_total_is_the_years_totals_and_the_months_add_up(station):
    build_fixture()
    m = matrix.year_matrix(2026, today=dt.date(2026, 12, 1))
    year = periods.year(2026)
    assert m.total == indicators.compute_period(year.start, year.end)
    assert [ind.key for ind in m.catalogue] == list(m.total)
    for i, p in enumerate(m.months):
        assert m.columns[i] == indicators.compute_period(p.start, p.end)
    for ind in m.catalogue:
        if ind.kind == indicators.COUNT and ind.key != "med.open_at_month_end":
            assert sum(m.row(ind.key)) == m.total[ind.key], ind.key
    assert m.row("consult.total") == [0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    # a rate over the year comes from the year's parts: 2 succeeded of 4 concluded
    assert m.total["med.success_rate"] == 50.0
    assert m.row("med.success_rate")[2] == 33.3 and m.row("med.success_rate")[3] == 100.0
    # open at the year's end: case 5 (never concluded)
    assert m.total["med.open_at_month_end"] == 1


def test_months_not_begun_are_empty(station):
    build_fixture()
    m = matrix.year_matrix(2026, today=dt.date(2026, 3, 15))
    assert m.row("consult.total")[:3] == [0, 1, 2]
    assert m.row("consult.total")[3:] == [None] * 9
    assert m.total["consult.total"] == 4  # the year as a period counts what is recorded
