"""Screening figures derived from the rounds (issue 17): `totals --json` on a demo station says
what its rounds hold, counted here from the rows themselves; a month without any round keeps
its figures typed in by hand, a month with one round counts the ledger only."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from aidstation import cli
from aidstation.core import screening
from aidstation.core.db import close_station
from aidstation.core.demo import generate
from aidstation.core.models import ManualFigure, ScreeningItem, ScreeningRound
from aidstation.core.reporting import explain, indicators, submissions

TODAY = dt.date(2026, 12, 1)  # the demo's months: September to December 2026
Item = screening.ItemInput


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screening-demo") / "station"
    generate(folder, seed=3, months=4, code="SC01", today=TODAY)
    close_station()
    return folder


def _totals(capsys, folder, month: str) -> dict:
    assert cli.main(["--data-dir", str(folder), "totals", month, "--json"]) == 0
    out, _err = capsys.readouterr()
    close_station()
    return json.loads(out)


def _held(folder, month: str) -> dict:
    """What the month's live rounds hold, counted one row at a time in Python."""
    from aidstation.core.station import open_station

    open_station(folder, create=False)
    try:
        rounds = [r for r in ScreeningRound.select() if r.deleted_at is None
                  and r.held_on.strftime("%Y-%m") == month]
        items = [i for r in rounds for i in ScreeningItem.select().where(ScreeningItem.round == r)
                 if i.deleted_at is None]
        held = {"med.screening.rounds": len(rounds),
                "med.screening.nil": sum(1 for r in rounds if not any(i.round_id == r.id for i in items)),
                "med.screening.found": len(items),
                "med.screening.resolved": sum(i.outcome == "resolved" for i in items),
                "med.screening.mediation": sum(i.outcome == "mediation" for i in items)}
        for risk in ("red", "yellow", "blue"):
            held[f"med.screening.risk.{risk}"] = sum(i.risk == risk for i in items)
        manual = {m.key: m.value for m in ManualFigure.select().where(ManualFigure.month == month)}
        cases = sum(1 for i in items if i.mediation_case_id is not None)
        return held | {"manual": manual, "cases": cases}
    finally:
        close_station()


def test_totals_json_shows_what_the_rounds_hold(demo, capsys):
    seen_nil = seen_case = 0
    for month in ("2026-10", "2026-11"):
        held = _held(demo, month)
        totals = _totals(capsys, demo, month)
        figures = {k: v for k, v in totals.items() if k.startswith("med.screening.")}
        assert figures == {k: v for k, v in held.items() if k.startswith("med.screening.")}, month
        # four areas, twice a month; the last area missed its rounds of the last 20 days
        assert held["med.screening.rounds"] == {"2026-10": 8, "2026-11": 6}[month]
        assert held["med.screening.found"] == sum(held[f"med.screening.risk.{r}"] for r in ("red", "yellow", "blue"))
        assert held["manual"] == {}  # the demo typed nothing by hand in a ledger month
        assert held["cases"] == held["med.screening.mediation"]  # each handed-over dispute opened its case
        seen_nil += held["med.screening.nil"]
        seen_case += held["cases"]
    assert seen_nil > 0 and seen_case > 0
    # the catalogue's order: rounds, nil, found, by risk, resolved, handed to mediation
    keys = [k for k in totals if k.startswith("med.screening.")]
    assert keys == ["med.screening.rounds", "med.screening.nil", "med.screening.found", "med.screening.risk.red",
                    "med.screening.risk.yellow", "med.screening.risk.blue", "med.screening.resolved",
                    "med.screening.mediation"]


def test_the_demo_month_before_the_ledger_keeps_its_typed_figures(demo, capsys):
    held = _held(demo, "2026-09")
    assert held["med.screening.rounds"] == 0 and set(held["manual"]) == {"med.screening.rounds",
                                                                         "med.screening.found"}
    totals = _totals(capsys, demo, "2026-09")
    assert totals["med.screening.rounds"] == held["manual"]["med.screening.rounds"]
    assert totals["med.screening.found"] == held["manual"]["med.screening.found"]
    assert totals["med.screening.nil"] == 0


def test_manual_before_ledger(admin):
    march, april = "2026-03", "2026-04"
    submissions.set_manual(march, {"med.screening.rounds": 6, "med.screening.found": 4}, user=admin)
    submissions.set_manual(april, {"med.screening.rounds": 9, "med.screening.found": 7}, user=admin)
    # no round in either month: the typed figures
    assert indicators.compute_month(2026, 3)["med.screening.rounds"] == 6
    assert indicators.compute_month(2026, 4)["med.screening.found"] == 7
    # one round in April, found 2 of them (one red): April counts the ledger only
    screening.record_round(user=admin, held_on=dt.date(2026, 4, 20), area="grid1", method="visit",
                           today=dt.date(2026, 4, 30),
                           items=[Item("甲", risk="red", outcome="mediation"), Item("乙", outcome="resolved")])
    screening.record_round(user=admin, held_on=dt.date(2026, 4, 22), area="grid2", method="phone",
                           today=dt.date(2026, 4, 30))
    april_values = indicators.compute_month(2026, 4)
    assert {k: v for k, v in april_values.items() if k.startswith("med.screening.")} == {
        "med.screening.rounds": 2, "med.screening.nil": 1, "med.screening.found": 2,
        "med.screening.risk.red": 1, "med.screening.risk.yellow": 0, "med.screening.risk.blue": 1,
        "med.screening.resolved": 1, "med.screening.mediation": 1}
    assert indicators.compute_month(2026, 3)["med.screening.rounds"] == 6
    # a period over both: March typed, April from the ledger
    both = indicators.compute_period(dt.date(2026, 3, 1), dt.date(2026, 5, 1))
    assert (both["med.screening.rounds"], both["med.screening.found"]) == (6 + 2, 4 + 2)
    assert indicators.manual_used(dt.date(2026, 3, 1), dt.date(2026, 5, 1)) == {
        "med.screening.rounds": [march], "med.screening.found": [march]}
    # explain lists April's rounds, not March's typed figure
    items = explain.explain("med.screening.rounds", dt.date(2026, 3, 1), dt.date(2026, 5, 1))
    assert [(i.kind, i.day, i.weight) for i in items] == [("screening", dt.date(2026, 4, 20), 1),
                                                           ("screening", dt.date(2026, 4, 22), 1)]
    assert explain.total(explain.explain("med.screening.found", dt.date(2026, 4, 1), dt.date(2026, 5, 1))) == 2
    # May: neither a round nor a typed figure
    may = indicators.compute_month(2026, 5)
    assert (may["med.screening.rounds"], may["med.screening.found"], may["med.screening.nil"]) == (None, None, 0)
    # deleting April's rounds gives April its typed figures back
    for rnd in screening.round_query(year=2026, month=4):
        screening.delete_round(rnd, user=admin)
    assert indicators.compute_month(2026, 4)["med.screening.rounds"] == 9
