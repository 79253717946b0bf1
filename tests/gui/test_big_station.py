"""Issue 13, "Must show": on a generated station of 200,000 consultations the real desk signs in,
opens the main window, and the Reception list goes to its end at once (scroll bar and Ctrl+End),
showing the oldest consultation last. Slow: the station is built (about 30 s), or copied from
the benchmark station of benchmarks/station.py when one of the same sizes is already built."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.slow
BUILDER = Path(__file__).resolve().parents[2] / "benchmarks" / "station.py"


@pytest.fixture(scope="module")
def big_station(tmp_path_factory):
    """A private 200k station in a temporary folder (never the shared one: the desk writes)."""
    spec = importlib.util.spec_from_file_location("bench_station", BUILDER)
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    base = tmp_path_factory.mktemp("big")
    shared = builder.DEFAULT_DIR / "station-200k"
    marker = shared / "built.json"
    if marker.exists() and json.loads(marker.read_text()) == builder.SIZES:
        return builder.copy_of(shared, base / "station-200k")
    return builder.station(base)


def test_the_reception_list_of_200k_consultations_goes_to_its_end(qtbot, big_station, messages_log):
    from PySide6.QtCore import QThreadPool

    from aidstation.core.db import close_station, db
    from aidstation.core.models import Consultation
    from aidstation.gui.shell.app import Desk

    desk = Desk(big_station, "en")
    try:
        assert desk.start()
        dialog = desk.login_dialog
        dialog.username_edit.clear()
        qtbot.keyClicks(dialog.username_edit, "bench")
        qtbot.keyClicks(dialog.password_edit, "bench-password-1")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible(), timeout=60_000)
        window = desk.window
        qtbot.addWidget(window)
        page = window.show_page("reception")
        view, model = page.table_view, page.model
        qtbot.waitUntil(lambda: view.isVisible())
        assert model.rowCount() == 200_000 and page.count_label.text() == "200000 consultation(s)"
        oldest = (Consultation.select().where(Consultation.deleted_at.is_null())
                  .order_by(Consultation.received_at, Consultation.id).first())
        newest = (Consultation.select().where(Consultation.deleted_at.is_null())
                  .order_by(Consultation.received_at.desc(), Consultation.id.desc()).first())
        assert model.index(0, 0).data() == newest.number

        seen = []
        real = db.execute_sql
        db.execute_sql = lambda sql, params=None, *a, **k: (seen.append(sql), real(sql, params, *a, **k))[1]
        try:
            view.scrollToBottom()
            qtbot.waitUntil(lambda: view.rowAt(view.viewport().height() - 2) == 199_999)
            view.viewport().repaint()
            assert model.index(view.rowAt(view.viewport().height() - 2), 0).data() == oldest.number
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # no current row yet:
            assert view.currentIndex().row() == 0  # Qt's first key only picks the first row
            qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            current = view.currentIndex()
            assert current.row() == 199_999 and model.index(current.row(), 0).data() == oldest.number
            assert view.viewport().rect().contains(view.visualRect(current).center())  # scrolled to it
            qtbot.waitUntil(lambda: page.form.consultation is not None and page.form.consultation.id == oldest.id)
            ids = [s for s in seen if s.startswith('SELECT "t1"."id" FROM "consultation"')]
            assert len(ids) == 1 and ids[0].endswith(" LIMIT ?")  # the last 1,000 ids, read once
            assert model.row_of(oldest.id) == 199_999 and model.row_of(newest.id) == 0

            half_way = (Consultation.select().where(Consultation.deleted_at.is_null())
                        .order_by(Consultation.received_at.desc(), Consultation.id.desc())
                        .offset(100_000).first())
            bar = view.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)  # the scroll bar dragged half-way down
            view.viewport().repaint()
            row = model.row_of(half_way.id)
            assert abs(row - view.rowAt(view.viewport().height() // 2)) < 30  # on screen
            assert model.index(row, 0).data() == half_way.number
        finally:
            del db.execute_sql
        ids = [s for s in seen if s.startswith('SELECT "t1"."id" FROM "consultation"')]
        assert len(ids) == 2 and "LIMIT" not in ids[1]  # then every id, once, for the middle
    finally:
        if desk.window is not None:
            desk.window.idle.stop()
        QThreadPool.globalInstance().waitForDone(60_000)
        close_station()
