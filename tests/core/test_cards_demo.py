"""The demo's publicity and cards areas go through the services and stay consistent."""
from __future__ import annotations

import datetime as dt

from aidstation.core import cards, publicity
from aidstation.core.db import close_station
from aidstation.core.demo import generate
from aidstation.core.models import CardIssue, PublicityActivity


def test_demo_publicity_and_cards(tmp_path):
    today = dt.date(2026, 5, 20)
    try:
        generate(tmp_path / "demo", seed=4, months=3, today=today, areas=("people", "publicity", "cards"))
        for year, month in [(2026, 3), (2026, 4), (2026, 5)]:
            assert 3 <= len(publicity.activities(year=year, month=month)) <= 8
        issues = list(CardIssue.live())
        assert {i.channel for i in issues} == {"event", "home", "window"}
        assert all(i.issued_on <= today and i.serial_from is not None for i in issues)
        events = [i for i in issues if i.channel == "event"]
        assert all(i.issued_on == i.activity.held_on for i in events)
        # No serial is issued twice and every issued serial was printed.
        seen = set()
        for i in issues:
            serials = {(i.year, n) for n in range(i.serial_from, i.serial_to + 1)}
            assert not serials & seen and i.serial_to <= cards.printed_upto(i.year)
            seen |= serials
        assert cards.stock_count() == cards.printed_upto(2026) - len(seen)
        assert PublicityActivity.live().where(PublicityActivity.held_on > today).count() == 0
    finally:
        close_station()


def test_demo_prints_more_when_stock_is_fragmented(station, admin):
    """Regression (`demo --seed 2 --months 12`): 25 cards in stock split 20 + 5 cannot cover a
    hand-over of 17, so the demo must print another run rather than fail."""
    import random
    from types import SimpleNamespace

    from aidstation.core.demo.cards import _ensure_stock

    cards.record_print(user=admin, year=2026, serial_from=1, serial_to=30)
    cards.issue(user=admin, issued_on=dt.date(2026, 5, 1), year=2026, serial_from=21, serial_to=25,
                recipient="3号楼", households=1, channel="window", today=dt.date(2026, 5, 20))
    assert [r.count for r in cards.stock()] == [20, 5]
    _ensure_stock(SimpleNamespace(rng=random.Random(0), user=admin), 21, 2026)
    assert max(r.count for r in cards.stock()) >= 21
