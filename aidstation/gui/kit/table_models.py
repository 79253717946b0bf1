"""A small, boring, paged, SQL-backed table model that every list page builds on.

A list is described by column specs and a *query factory*::

    COLUMNS = [
        Column("number", QT_TRANSLATE_NOOP("columns", "Number"), sort=Consultation.number),
        Column("person", QT_TRANSLATE_NOOP("columns", "Person"),
               value=lambda c: masking.name(c.person.name) if c.person else ""),
    ]
    model = PagedTableModel(COLUMNS, lambda filters: consultations.query(**filters))
    model.set_filters(month="2026-11", search="张")   # re-queries; SQL does the filtering

The factory receives the current filter dict and returns a peewee SELECT query (the area's
core service should build it, so business rules stay in core). The model adds ORDER BY (from the
clicked column's `sort` expression, or `default_order`), then LIMIT/OFFSET pages of PAGE_SIZE
rows via canFetchMore/fetchMore, so a list of 100 000 consultations opens instantly.

Roles: DisplayRole -> column text, ToolTipRole -> column tooltip (defaults to the text),
UserRole -> the row's `id`, TextAlignmentRole -> column alignment. Everything else: None.
Call `record(row)` for the row object (a peewee model instance, GUI thread only).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

PAGE_SIZE = 100


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass
class Column:
    """One column: `key` (attribute read when `value` is None), an English title translated in
    `context` (mark it with QT_TRANSLATE_NOOP(context, title)), an optional peewee expression to
    sort by, an optional value/tooltip function of the row object, and an alignment."""

    key: str
    title: str
    sort: Any = None
    value: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    context: str = "columns"

    def text(self, obj) -> str:
        return _plain(self.value(obj) if self.value else getattr(obj, self.key, ""))


class PagedTableModel(QAbstractTableModel):
    """Rows from `query_factory(filters)`, fetched PAGE_SIZE at a time, sorted in SQL."""

    def __init__(self, columns: list[Column], query_factory: Callable[[dict], Any], *,
                 default_order: list | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.query_factory = query_factory
        self.default_order = list(default_order or [])
        self.page_size = page_size
        self.filters: dict = {}
        self._rows: list = []
        self._total = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._fetching = False  # fetchMore is re-entered by views and testers reacting to its signals
        self.refresh()

    # --- what pages call -------------------------------------------------------------------
    def set_filters(self, **filters) -> None:
        """Replace the filter dict (None/'' values dropped) and re-query."""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query from the first page (after a save, a filter change or a sort)."""
        self.beginResetModel()
        try:
            query = self.query_factory(dict(self.filters))
            self._total = query.count() if query is not None else 0
            self._query = query
            self._rows = []
            self._fetch_page()
        finally:
            self.endResetModel()

    def record(self, row: int):
        """The row object (peewee instance) at `row`, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def record_id(self, row: int) -> int | None:
        obj = self.record(row)
        return None if obj is None else obj.id

    def row_of(self, record_id: int) -> int | None:
        """The row showing `record_id`, fetching further pages until it comes; None when the
        filtered list does not hold it. (Pages are fetched one by one: a record far down a
        long list costs a query per page.)"""
        row = 0
        while True:
            for row in range(row, len(self._rows)):
                if self._rows[row].id == record_id:
                    return row
            row = len(self._rows)
            if not self.canFetchMore():
                return None
            self.fetchMore()

    @property
    def total(self) -> int:
        """How many rows match the filters (not just the loaded ones)."""
        return self._total

    # --- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        obj = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(obj)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return _plain(column.tooltip(obj))
            return column.text(obj) or None
        if role == Qt.ItemDataRole.UserRole:
            return obj.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value) if hasattr(column.align, "value") else int(column.align)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                column = self.columns[section]
                return QCoreApplication.translate(column.context, column.title)
            return None
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        if parent.isValid() or self._fetching:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._fetching = True
        try:
            page = self._page_query(len(self._rows))
            if not page:
                self._total = len(self._rows)  # rows vanished since counting
                return
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not (0 <= column < len(self.columns)) or self.columns[column].sort is None:
            return
        self._sort = (column, order)
        self.refresh()

    # --- internals -------------------------------------------------------------------------
    def _ordering(self) -> list:
        order = []
        if self._sort is not None:
            expr = self.columns[self._sort[0]].sort
            desc = self._sort[1] == Qt.SortOrder.DescendingOrder
            order.append(expr.desc() if desc else expr.asc())
        order.extend(self.default_order)
        return order

    def _page_query(self, offset: int) -> list:
        if self._query is None:
            return []
        query = self._query.clone()
        ordering = self._ordering()
        if ordering:
            query = query.order_by(*ordering)
        return list(query.limit(self.page_size).offset(offset))

    def _fetch_page(self) -> None:
        if len(self._rows) < self._total:
            self._rows.extend(self._page_query(len(self._rows)))


class RowsTableModel(QAbstractTableModel):
    """A small in-memory table: subclasses set COLUMNS (source texts, translated in the class's
    own context) and implement data(); rows are replaced whole with set_rows()."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])
        return None
