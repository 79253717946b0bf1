"""The read-only record tables of the mediation case window: one look, one way to fill a cell."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem

from aidstation.gui.kit.ui_helpers import setup_list_view


def setup_table(table, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    setup_list_view(table)


def cell(text, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item
