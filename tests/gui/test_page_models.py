"""Every list page's table model passes Qt's model tester on real demo records (STYLE rule 8)."""
from __future__ import annotations

import datetime as dt

import pytest

PAGES_WITH_MODELS = ["reception", "mediation", "legalaid", "cards", "publicity", "people", "monthly"]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    from aidstation.core.db import close_station
    from aidstation.core.demo import generate

    folder = tmp_path_factory.mktemp("demo") / "station"
    generate(folder, seed=3, months=2, today=dt.date(2026, 5, 20))
    close_station()
    return folder


@pytest.mark.parametrize("key", PAGES_WITH_MODELS)
def test_page_model_passes_the_model_tester(qtbot, qtmodeltester, demo_folder, key):
    from aidstation.core.db import close_station
    from aidstation.core.models import User
    from aidstation.core.station import open_station
    from aidstation.gui.shell import pages
    from aidstation.gui.shell.context import AppContext

    station = open_station(demo_folder)
    try:
        context = AppContext(station, User.get(User.username == "demo"), "en")
        spec = {s.key: s for s in pages.all_pages()}[key]
        page = spec.factory(context, None)
        qtbot.addWidget(page)
        model = page.model
        assert model.rowCount() > 0, f"the {key} page shows no demo records"
        assert model.columnCount() > 1
        qtmodeltester.check(model, force_py=True)
    finally:
        close_station()
