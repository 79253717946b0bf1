"""Columns that show their content, and stay the way the clerk arranged them.

    setup_columns(self.table_view, "reception/consultations", stretch=3, hide_first=[5, 4])

after the view has its model. Columns are sized to their content and header (never a cut
"pplican"), at most MAX_WIDTH wide; column `stretch` (the free-text one) takes the rest. The
clerk may resize and drag columns, and hide or show them from the header's context menu; that
layout is remembered per list (QSettings `columns/<key>`). When the view is too narrow for the
visible columns, those in `hide_first` are hidden in that order (the least important first;
never the one that says what happened) and come back when there is room again.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu

MAX_WIDTH = 320  # a long text column must not push the others out of sight
MIN_WIDTH = 48


class ColumnLayout(QObject):
    """Owns one view's column layout (kept as `view.column_layout`)."""

    def __init__(self, view: QAbstractItemView, key: str, *, stretch: int | None = None,
                 hide_first=()):
        super().__init__(view)
        self.view = view
        self.key = key
        self.stretch = stretch
        self.hide_first = list(hide_first)
        self.user_hidden: set[int] = set()
        self.auto_hidden: set[int] = set()
        self.customised = False
        self._busy = False
        header = self.header
        # rows measured when sizing a column: Qt's default (1,000) made every refresh of a long
        # list read a thousand rows (2.4 s at 200k consultations); a screenful or three is enough
        header.setResizeContentsPrecision(100)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_WIDTH)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save)
        header.sectionResized.connect(self._user_changed)
        header.sectionMoved.connect(self._user_changed)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._content_changed)
            model.rowsInserted.connect(self._content_changed)
        self.restore()
        self._apply_modes()
        if not self.customised:
            self.autosize()
        self.fit_width()

    @property
    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()

    def count(self) -> int:
        model = self.view.model()
        return model.columnCount() if model is not None else 0

    # --- sizing ------------------------------------------------------------------------
    def _apply_modes(self) -> None:
        for column in range(self.count()):
            mode = (QHeaderView.ResizeMode.Stretch if column == self.stretch
                    else QHeaderView.ResizeMode.Interactive)
            self.header.setSectionResizeMode(column, mode)
        if self.stretch is None:
            self.header.setStretchLastSection(True)

    def autosize(self) -> None:
        """Each column as wide as its content and its title (at most MAX_WIDTH)."""
        self._busy = True
        try:
            for column in range(self.count()):
                if column != self.stretch and not self.header.isSectionHidden(column):
                    self._size_to_content(column)
        finally:
            self._busy = False

    def _size_to_content(self, column: int) -> None:
        # what resizeColumnToContents computes, once (calling it and then asking the view's hint
        # again measured every row twice: half of a 200k list's refresh after a save)
        width = max(self.header.sectionSizeHint(column), self.view.sizeHintForColumn(column))
        self.header.resizeSection(column, min(width, MAX_WIDTH))

    def _content_changed(self, *args) -> None:
        if not self.customised:
            QTimer.singleShot(0, self._autosize_and_fit)

    def _autosize_and_fit(self) -> None:
        try:
            self.autosize()
            self.fit_width()
        except RuntimeError:  # the view was deleted meanwhile
            pass

    def fit_width(self) -> None:
        """Hide `hide_first` columns while the visible ones do not fit; bring them back."""
        available = self.view.viewport().width()
        if available <= 0:
            return
        self._busy = True
        try:
            for column in self.hide_first:  # show back first, then hide what does not fit
                if column in self.auto_hidden and column not in self.user_hidden:
                    self.header.setSectionHidden(column, False)
                    if not self.customised:  # hidden while the list filled: size it now
                        self._size_to_content(column)
            self.auto_hidden.clear()
            for column in self.hide_first:
                if self._needed_width() <= available:
                    break
                if column < self.count() and not self.header.isSectionHidden(column):
                    self.header.setSectionHidden(column, True)
                    self.auto_hidden.add(column)
        finally:
            self._busy = False

    def _needed_width(self) -> int:
        total = 0
        for column in range(self.count()):
            if self.header.isSectionHidden(column):
                continue
            total += (self.header.sectionSizeHint(column) if column == self.stretch
                      else self.header.sectionSize(column))
        return total

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit_width()
        return False

    # --- the clerk's layout --------------------------------------------------------------
    def _user_changed(self, *args) -> None:
        if self._busy:
            return
        if len(args) == 3:  # sectionResized(logical, old, new)
            logical, old, new = args
            if old == 0 or new == 0:
                return  # a column hidden or shown (Qt reports it later, as a resize)
            last = self.header.logicalIndex(self.count() - 1)
            if logical == self.stretch or (self.stretch is None and logical == last):
                return  # Qt sized the stretching column to the view: not the clerk's doing
        self.customised = True
        self._save_timer.start()

    def state(self) -> dict:
        header = self.header
        return {
            "order": [header.logicalIndex(v) for v in range(self.count())],
            "widths": {str(c): header.sectionSize(c) for c in range(self.count())
                       if c != self.stretch and not header.isSectionHidden(c)},
            "hidden": sorted(self.user_hidden),
        }

    def save(self) -> None:
        QSettings().setValue(f"columns/{self.key}", json.dumps(self.state()))

    def restore(self) -> None:
        raw = QSettings().value(f"columns/{self.key}")
        if not raw:
            return
        try:
            state = json.loads(raw)
            order = [int(c) for c in state.get("order", [])]
            widths = {int(k): int(v) for k, v in state.get("widths", {}).items()}
            hidden = {int(c) for c in state.get("hidden", [])}
        except (TypeError, ValueError, AttributeError):
            return  # a damaged setting: keep the default layout
        count = self.count()
        if sorted(order) != list(range(count)):
            return  # the list's columns changed since: the old layout no longer applies
        self._busy = True
        try:
            for visual, logical in enumerate(order):
                self.header.moveSection(self.header.visualIndex(logical), visual)
            for column, width in widths.items():
                if 0 <= column < count and column != self.stretch:
                    self.header.resizeSection(column, max(MIN_WIDTH, min(width, 2000)))
            self.user_hidden = {c for c in hidden if 0 <= c < count}
            for column in self.user_hidden:
                self.header.setSectionHidden(column, True)
        finally:
            self._busy = False
        self.customised = True

    def set_hidden(self, column: int, hidden: bool) -> None:
        visible = [c for c in range(self.count()) if not self.header.isSectionHidden(c)]
        if hidden and visible == [column]:
            return  # the last visible column stays
        self._busy = True
        try:
            self.header.setSectionHidden(column, hidden)
        finally:
            self._busy = False
        (self.user_hidden.add if hidden else self.user_hidden.discard)(column)
        self.auto_hidden.discard(column)
        self.customised = True
        self.save()

    def reset(self) -> None:
        QSettings().remove(f"columns/{self.key}")
        self.customised = False
        self.user_hidden.clear()
        self._busy = True
        try:
            for visual in range(self.count()):
                self.header.moveSection(self.header.visualIndex(visual), visual)
                self.header.setSectionHidden(visual, False)
        finally:
            self._busy = False
        self.autosize()
        self.fit_width()

    def _menu(self, pos) -> None:
        menu = self.build_menu()
        menu.exec(self.header.mapToGlobal(pos))

    def build_menu(self) -> QMenu:
        """The header's context menu: a check per column, and 'Reset columns'."""
        menu = QMenu(self.header)
        model = self.view.model()
        for column in range(self.count()):
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            action = menu.addAction(str(title or ""))
            action.setCheckable(True)
            action.setChecked(column not in self.user_hidden)
            action.toggled.connect(lambda on, c=column: self.set_hidden(c, not on))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ColumnLayout", "Reset columns"), self.reset)
        return menu


def setup_columns(view, key: str, *, stretch: int | None = None, hide_first=()) -> ColumnLayout:
    """Give `view` (which already has its model) sized, remembered, adaptable columns."""
    layout = ColumnLayout(view, key, stretch=stretch, hide_first=hide_first)
    view.column_layout = layout
    return layout
