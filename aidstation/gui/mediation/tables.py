"""Small shared pieces of the mediation case window: the read-only record tables (one look, one
way to fill a cell) and how a typed date reaches the services."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem

from aidstation.gui.kit.ui_helpers import setup_list_view


def setup_table(table, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table: one Tab stop, like every field
    setup_list_view(table)


def cell(text, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def date_arg(edit):
    """An OptionalDateEdit's value for a service: the date, None when empty, or the typed text
    when it is no date, so the service's validation names the field ("'2026-13-01' is not a
    date") instead of storing nothing."""
    return edit.text().strip() if edit.problem() else edit.date_value()
