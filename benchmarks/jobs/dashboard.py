"""The dashboard on the 200k station: the due list (clocks.due_items) beside the same SQL run
with plain sqlite3, and the dashboard page from nothing to a filled list."""
from __future__ import annotations

import os
import time
import sqlite3
from pathlib import Path

from harness import Result, alternated, timed


def jobs(folder: Path, work: Path) -> list[Result]:
    from aidstation.core import clocks
    from aidstation.core.db import db
    from aidstation.core.station import open_station

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    open_station(folder, create=False, read_only=True)
    statements: list[tuple[str, tuple]] = []
    real = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        statements.append((sql, tuple(params or ())))
        return real(sql, params, *args, **kwargs)

    db.execute_sql = spy
    items = clocks.due_items()
    del db.execute_sql
    raw = sqlite3.connect(f"file:{folder / 'station.db'}?mode=ro", uri=True)

    def direct():  # the same statements, rows fetched, nothing made of them
        return sum(len(raw.execute(sql, params).fetchall()) for sql, params in statements)

    ours, plain = alternated(clocks.due_items, direct, repeat)
    results = [Result(f"due list ({len(items):,} items, {len(statements)} statements)", ours, plain,
                      max_ratio=2.0, note="direct: its SQL by plain sqlite3")]

    from PySide6.QtWidgets import QApplication

    from aidstation.core import accounts
    from aidstation.gui.dashboard.page import DashboardPage
    from aidstation.gui.shell.context import AppContext
    from aidstation.core.db import current_station

    app = QApplication.instance() or QApplication([])
    user = accounts.User.get(accounts.User.username == "bench")
    context = AppContext(current_station(), user, "zh_CN")

    def shown():  # built and painted; the figures arrive from the worker afterwards
        page = DashboardPage(context)
        page.show()
        app.processEvents()
        return page

    pages = []

    def filled():
        page = shown()
        while page.loading:  # wait as the event loop does: a busy loop would starve the worker
            time.sleep(0.001)
            app.processEvents()
        pages.append(page)
        return page

    seconds, page = timed(shown, repeat)
    while page.loading:
        app.processEvents()
    results.append(Result("dashboard page shown (figures loading on a worker)", seconds, max_seconds=0.3))
    seconds, _ = timed(filled, repeat)
    results.append(Result("dashboard page shown and filled", seconds, max_seconds=0.3,
                          note="the due list and month figures read on a worker thread"))
    for page in pages:
        page.deleteLater()
    raw.close()
    return results
