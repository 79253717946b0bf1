"""A small, boring, SQL-backed table model that every list page builds on, fast at any length.

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
clicked column's `sort` expression, then `default_order`; with neither, the query's own).

At each refresh the model reads the ids of the first PREFIX matching rows, in order, and counts
the rest (about 30 ms for 200,000 consultations), so rowCount() is the whole list at once. The
last PREFIX ids are read (the same ORDER BY reversed, LIMIT PREFIX) when a row near the end is
wanted (Ctrl+End). The first time a row in between is wanted (a scroll bar dragged half-way,
row_of a record in the middle), it reads every id in order (one query, about 0.1 s at 200,000);
then any row is a list index away and row_of(id) a list lookup. The row objects are read when
the view asks for them, a block of `page_size` rows at a time (`WHERE id IN (...)` through the
same query, so its joins and filters hold), and only the BLOCKS_KEPT most recently used blocks
are kept. A row that no longer matches when its block is read (deleted since the refresh)
shows blank and is gone at the next refresh; the other rows keep their places.

Roles: DisplayRole -> column text, ToolTipRole -> column tooltip (defaults to the text),
UserRole -> the row's `id`, TextAlignmentRole -> column alignment. Everything else: None.
Call `record(row)` for the row object (a peewee model instance, GUI thread only).
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import Ordering
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

PAGE_SIZE = 100
BLOCKS_KEPT = 50  # at most 5,000 row objects in memory, however long the list
PREFIX = 1000  # ids read at refresh: a view sizing its columns reads up to 1,000 rows


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


class CodeLabels:
    """A column's `value` showing a code's label in `lang`: the kind's labels read once a
    refresh (the model calls `reset`), not a query a cell (90 a screen on the reception list).
    An unknown code shows as itself, as core.codes.label does."""

    def __init__(self, kind: str, attr: str, lang: str):
        self.kind, self.attr, self.lang = kind, attr, lang
        self._labels: dict[str, str] | None = None

    def reset(self) -> None:
        self._labels = None

    def __call__(self, obj) -> str:
        from aidstation.core import codes

        if self._labels is None:
            self._labels = codes.labels(self.kind, self.lang)
        code = getattr(obj, self.attr) or ""
        return self._labels.get(code, code)


class PagedTableModel(QAbstractTableModel):
    """Rows from `query_factory(filters)`, sorted in SQL: ids and a count at refresh, the row
    objects a block of `page_size` at a time as the view shows them."""

    def __init__(self, columns: list[Column], query_factory: Callable[[dict], Any], *,
                 default_order: list | None = None, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.query_factory = query_factory
        self.default_order = list(default_order or [])
        self.page_size = page_size
        self.filters: dict = {}
        self._query = None
        self._ids: list[int] = []  # the ids of the first rows, or of them all (self._complete)
        self._tail: list[int] | None = None  # the ids of the last rows, once read (not complete)
        self._complete = True
        self._total = 0
        self._blocks: OrderedDict[int, tuple[list, dict]] = OrderedDict()  # number -> (objects, texts)
        self._block_size = page_size
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.refresh()

    # --- what pages call -------------------------------------------------------------------
    def set_filters(self, **filters) -> None:
        """Replace the filter dict (None/'' values dropped) and re-query."""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query (after a save, a filter change or a sort): the first PREFIX ids in
        order and, when there are more, the count."""
        self.beginResetModel()
        try:
            for column in self.columns:  # e.g. CodeLabels: read again, Settings may have relabelled
                getattr(column.value, "reset", lambda: None)()
            self._query = query = self.query_factory(dict(self.filters))
            self._blocks.clear()
            self._block_size = max(1, int(self.page_size))
            self._ids = self._read_ids(query, PREFIX) if query is not None else []
            self._tail = None
            self._complete = len(self._ids) < PREFIX
            self._total = len(self._ids) if self._complete else self._count(query)
        finally:
            self.endResetModel()

    def record(self, row: int):
        """The row object (peewee instance) at `row`, or None (no such row, or deleted since
        the refresh)."""
        if not 0 <= row < self._total:
            return None
        return self._block(row // self._block_size)[0][row % self._block_size]

    def record_id(self, row: int) -> int | None:
        obj = self.record(row)
        return None if obj is None else obj.get_id()

    def row_of(self, record_id: int) -> int | None:
        """The row showing `record_id`, or None when the filtered list does not hold it."""
        row = self._find(record_id)
        if row is None and not self._complete and self._tail is None:
            self._read_tail()  # a record far down is most often among the oldest
            row = self._find(record_id)
        if row is None and not self._complete:
            self._read_all()
            row = self._find(record_id)
        return row

    @property
    def total(self) -> int:
        """How many rows match the filters."""
        return self._total

    # --- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.column() < len(self.columns)):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value) if hasattr(column.align, "value") else int(column.align)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return None  # before reading the row: the view asks for many roles per cell
        row = index.row()
        if not 0 <= row < self._total:
            return None
        rows, texts = self._block(row // self._block_size)
        obj = rows[row % self._block_size]
        if obj is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return obj.get_id()
        key = (row, index.column(), role)  # a view asks again at every paint: compute once
        if key not in texts:
            if role == Qt.ItemDataRole.DisplayRole:
                texts[key] = column.text(obj)
            elif column.tooltip is not None:
                texts[key] = _plain(column.tooltip(obj))
            else:
                texts[key] = column.text(obj) or None
        return texts[key]

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
        return False  # every row is counted at refresh; objects are read as they are shown

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        pass

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if not (0 <= column < len(self.columns)) or self.columns[column].sort is None:
            return
        self._sort = (column, order)
        self.refresh()

    # --- internals -------------------------------------------------------------------------
    def _ordering(self) -> list:
        if self._sort is None:
            return list(self.default_order)
        expr = self.columns[self._sort[0]].sort
        desc = self._sort[1] == Qt.SortOrder.DescendingOrder
        order, flip = [expr.desc() if desc else expr.asc()], False
        # The sorted column again among the default terms would make SQLite sort what an index
        # already orders ("TEMP B-TREE FOR RIGHT PART OF ORDER BY", 0.1 s more at 200k); sorted
        # against its default direction, the terms after it turn too (newest first, reversed,
        # is oldest first throughout).
        for term in self.default_order:
            node = getattr(term, "node", term)
            if node is expr:
                flip = desc != (getattr(term, "direction", "ASC") == "DESC")
            elif flip:
                order.append(node.asc() if getattr(term, "direction", "ASC") == "DESC" else node.desc())
            else:
                order.append(term)
        return order

    def _read_ids(self, query, limit: int | None = None, ordering: list | None = None) -> list[int]:
        """The ids of the matching rows, in the list's order (plain cursor rows: peewee's row
        objects would triple the time at 200,000 rows)."""
        ordering = self._ordering() if ordering is None else ordering
        ids = query.clone()
        if ordering:
            ids = ids.order_by(*ordering)
        ids = ids.select(query.model._meta.primary_key).limit(limit)
        return [row[0] for row in query.model._meta.database.execute(ids)]

    def _read_tail(self) -> None:
        """The ids of the last PREFIX rows: the list's ORDER BY reversed (every term, so ties
        reverse too), LIMIT PREFIX; as cheap as the first rows. Without an ORDER BY there is
        no "last": every id is read instead."""
        order = self._ordering() or list(self._query._order_by or ())
        if not order:
            self._read_all()
            return
        self._tail = self._read_ids(self._query, PREFIX, [_reversed(term) for term in order])[::-1]

    def _known(self, start: int, end: int) -> list[int] | None:
        """The ids of rows start..end-1 when known without reading every id."""
        if self._complete or end <= len(self._ids):
            return self._ids[start:end]
        tail_start = self._total - len(self._tail or ())
        if self._tail and start >= tail_start:
            return self._tail[start - tail_start:end - tail_start]
        return None

    def _find(self, record_id: int) -> int | None:
        for ids, first in ((self._ids, 0), (self._tail or [], self._total - len(self._tail or ()))):
            try:
                row = first + ids.index(record_id)  # 2 ms for the last of 200,000
            except ValueError:
                continue
            return row if 0 <= row < self._total else None
        return None

    def _count(self, query) -> int:
        # DISTINCT ids: SQLite then drops a LEFT JOIN nothing uses (110 ms -> 30 ms at 200k)
        return query.clone().order_by().select(query.model._meta.primary_key).distinct().count()

    def _read_all(self) -> None:
        """Every id, when a row between the first and the last ones is wanted; cached blocks
        stay if the first and last ids still hold (nothing was saved since the refresh)."""
        head, tail = self._ids, self._tail or []
        self._ids, self._tail, self._complete = self._read_ids(self._query), None, True
        start = self._total - len(tail)
        if self._ids[:len(head)] != head or self._ids[start:self._total] != tail:
            self._blocks.clear()

    def _block(self, number: int) -> tuple[list, dict]:
        """The row objects of block `number` and the texts shown of them (LRU-cached), read by
        id through the same query."""
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        start = number * self._block_size
        end = min(start + self._block_size, self._total)
        ids = self._known(start, end)
        if ids is None and self._tail is None and end > self._total - PREFIX:
            self._read_tail()  # the last rows (Ctrl+End): no need to read every id
            ids = self._known(start, end)
        if ids is None:
            self._read_all()
            ids = self._ids[start:end]
        key = self._query.model._meta.primary_key
        query = self._query.clone().where(key.in_(ids)).order_by().limit(None).offset(None)
        found = {obj.get_id(): obj for obj in query} if ids else {}
        rows = [found.get(i) for i in ids]  # None: deleted since the refresh
        rows += [None] * (self._block_size - len(rows))  # rows counted but gone from the list
        block = self._blocks[number] = rows, {}
        while len(self._blocks) > BLOCKS_KEPT:
            self._blocks.popitem(last=False)
        return block


def _reversed(term):
    """An ORDER BY term the other way round (a bare expression counts as ascending)."""
    if not isinstance(term, Ordering):
        return term.desc()
    nulls = {"FIRST": "LAST", "LAST": "FIRST"}.get((term.nulls or "").upper())
    direction = "ASC" if term.direction.upper() == "DESC" else "DESC"
    return Ordering(term.node, direction, collation=term.collation, nulls=nulls)


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
