"""The reception list on the 200k station (kit/table_models.PagedTableModel): the first screenful,
a page deep down, the jump to the end, row_of, and sorting by a column, each beside plain sqlite3
doing the least work that shows the same rows (LIMIT/OFFSET on the same ORDER BY)."""
from __future__ import annotations

import os
import sqlite3
import statistics
import time
from pathlib import Path

from harness import Result


def alternated(ours, direct, repeat, before=None):
    """harness.alternated, with an untimed `before()` ahead of each run of ours."""
    a, b = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        for fn, runs in ((ours, a), (direct, b)):
            start = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


SCREEN = 30  # rows a 1280×720 window shows
LIST = ("SELECT c.*, p.* FROM consultation c LEFT JOIN person p ON p.id = c.person_id"
        " WHERE c.deleted_at IS NULL ORDER BY {order} LIMIT ? OFFSET ?")
NEWEST = "c.received_at DESC, c.id DESC"


def jobs(folder: Path, work: Path) -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from aidstation.core.station import open_station
    from aidstation.gui.reception.page import ConsultationTableModel

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    app = QApplication.instance() or QApplication([])
    open_station(folder, create=False, read_only=True)
    raw = sqlite3.connect(f"file:{folder / 'station.db'}?mode=ro", uri=True)

    def plain(order=NEWEST, offset=0, n=SCREEN):
        return raw.execute(LIST.format(order=order), (n, offset)).fetchall()

    def screen(model, first=0):  # what the view reads to paint SCREEN rows
        return [model.index(r, c).data() for r in range(first, first + SCREEN) for c in range(model.columnCount())]

    model = ConsultationTableModel("zh")
    total = model.rowCount()
    results = []

    def first_screenful():
        fresh = ConsultationTableModel("zh")
        return screen(fresh)

    ours, direct = alternated(first_screenful, plain, repeat)
    results.append(Result(f"reception list: first screenful ({total:,} rows)", ours, direct, max_seconds=0.1,
                          note="ours: 1,000 ids + count + 30 rows shown; direct: LIMIT 30"))

    # (the page's code-label columns read each kind's labels once a refresh: kit CodeLabels)
    for row, shown, label in ((100_000, model, ""), (total - 100, model, "")):
        def page(row=row, shown=shown):
            shown._blocks.clear()  # a block not read yet
            return screen(shown, row)

        page()  # every id: read once, on the first jump to the middle (timed below)
        ours, direct = alternated(page, lambda row=row: plain(offset=row), repeat)
        results.append(Result(label or f"reception list: page at row {row:,}", ours, direct, max_seconds=0.05,
                              note="ours: a block of 100 by id, 30 rows shown; direct: LIMIT 30 OFFSET"))

    view = QTableView()
    view.setModel(model)
    view.resize(1200, 600)
    view.show()
    app.processEvents()

    def top():  # untimed: the list as a refresh leaves it (the first 1,000 ids), shown at the top
        view.scrollToTop()
        model.refresh()
        view.viewport().repaint()

    def jump_to_end():
        view.scrollToBottom()  # what Ctrl+End does
        view.viewport().repaint()

    ours, direct = alternated(jump_to_end, lambda: plain(offset=total - SCREEN), repeat, before=top)
    last = view.rowAt(view.viewport().height() - 2)
    results.append(Result("reception list: jump to the end, painted", ours, direct, max_seconds=0.2,
                          note=f"ours: the last 1,000 ids, row {last + 1:,} shown; direct: LIMIT 30 OFFSET"))

    def half_way():  # the scroll bar dragged to the middle: every id read once
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        view.viewport().repaint()

    ours, direct = alternated(half_way, lambda: plain(offset=total // 2), repeat, before=top)
    middle = view.rowAt(view.viewport().height() // 2)
    results.append(Result("reception list: jump half-way, painted", ours, direct, max_seconds=0.2,
                          note=f"ours: every id read, row {middle + 1:,} shown; direct: LIMIT 30 OFFSET"))

    oldest = raw.execute("SELECT id, received_at FROM consultation WHERE deleted_at IS NULL"
                         " ORDER BY received_at, id LIMIT 1").fetchone()

    def position():  # how many rows come before it in the list's order
        return raw.execute("SELECT count(*) FROM consultation WHERE deleted_at IS NULL AND (received_at > ?"
                           " OR (received_at = ? AND id > ?))", (oldest[1], oldest[1], oldest[0])).fetchone()[0]

    assert model.row_of(oldest[0]) == position() == total - 1
    ours, direct = alternated(lambda: model.row_of(oldest[0]), position, repeat)
    results.append(Result("reception list: row_of the oldest record", ours, direct, max_seconds=0.05,
                          note="direct: count of the rows before it"))

    for column, name, order, sql in ((0, "number", Qt.SortOrder.AscendingOrder, "c.number ASC"),
                                     (2, "person", Qt.SortOrder.AscendingOrder, "p.name ASC"),
                                     (1, "date", Qt.SortOrder.AscendingOrder, "c.received_at ASC")):
        def sort(column=column, order=order):
            model.sort(column, order)
            return screen(model)

        ours, direct = alternated(sort, lambda sql=sql: plain(order=f"{sql}, {NEWEST}"), repeat)
        results.append(Result(f"reception list: sort by {name}", ours, direct, max_seconds=0.3,
                              note="ours: 1,000 ids in the new order + count + 30 rows; direct: LIMIT 30"))
    view.close()
    raw.close()
    return results
