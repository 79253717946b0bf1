"""Screening on the dashboard (issue 17): the open red and yellow disputes under the due list
(masked), Enter opening the round that found one, and an area overdue by the schedule on the
due list, Enter there starting a round in that area on the Screening page."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from aidstation.core import people, screening
from aidstation.gui.shell.main_window import MainWindow

TODAY = dt.date.today()


def _loaded(qtbot, page):
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_open_risks_and_an_overdue_area(qtbot, context, messages_log):
    zhang = people.create(user=context.user, name="张三丰")
    old = TODAY - dt.timedelta(days=40)
    screening.record_round(user=context.user, held_on=old, area="grid1", method="visit", items=[
        screening.ItemInput("张三丰家漏水", "neighbor", "yellow", "watched", parties=[zhang]),
        screening.ItemInput("拖欠工资", "labor", "red", "watched"),
        screening.ItemInput("噪音", "neighbor", "blue", "watched"),  # blue: not on the dashboard
        screening.ItemInput("已化解", "neighbor", "red", "resolved")])  # resolved: not open
    for area in ("community", "grid2", "grid3"):
        screening.record_round(user=context.user, held_on=TODAY, area=area, method="phone")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = _loaded(qtbot, window.page("dashboard"))
    page.refresh()
    model = page.risks_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [["Red (high risk)", old.isoformat(), "Grid 1", "拖欠工资", "Watched"],
                    ["Yellow (medium risk)", old.isoformat(), "Grid 1", "张**家漏水", "Watched"]]
    assert page.risks_table.isVisible()
    page.risks_table.setFocus()
    page.risks_table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.risks_table, Qt.Key.Key_Return)
    dialog = page.dialogs[-1]
    assert dialog.windowTitle() == "Screening round" and dialog.model.rowCount() == 4
    dialog.reject()
    # grid1: last screened 40 days ago, every 15 days -> overdue for 25 days
    due = page.due_model
    row = next(r for r in range(due.rowCount()) if due.item(r).area == "screening")
    item = due.item(row)
    assert (item.number, item.due_on, item.overdue) == ("第一网格", old + dt.timedelta(days=15), True)
    page.due_table.setFocus()
    page.due_table.setCurrentIndex(due.index(row, 0))
    qtbot.keyClick(page.due_table, Qt.Key.Key_Return)
    assert window.current_key() == "screening"
    new = window.page("screening").dialog
    assert new.rnd is None and new.area_combo.code() == "grid1"
    new.reject()
    window.idle.stop()
