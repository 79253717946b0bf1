"""The one search (Ctrl+K / Ctrl+F in the main window): a palette over every record.

Type a name, its pinyin or initials (`zs` finds 张三), a phone or its last digits, an ID
number's last four, a consultation, case or application number or a card serial; the list
follows after a short pause. The search runs on a worker thread (kit.tasks, its own database
connection: 10-35 ms at 200,000 consultations, too much for a keystroke on the GUI thread) and
only the newest result is shown, an older one arriving late is dropped. Down/Up move, Enter opens the record, Esc closes. The list is a
screen a clerk may share, so its lines are masked (core/search.py).

`open_search(window)` shows it over the main window and opens what the clerk chose: a case or
an application in its own window (kit.handoffs), anything else on its page
(`page.open_record(record_id)`).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from aidstation.core import search
from aidstation.gui.kit import handoffs, tasks
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import icon

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
LIMIT = 30
# kind -> (the page that shows it, its icon); cases and applications open in their windows
PAGES = {"person": "people", "consultation": "reception", "card": "cards", "publicity": "publicity",
         "screening": "screening"}
ICONS = {"person": "user.svg", "consultation": "reception.svg", "mediation": "mediation.svg",
         "aid": "legalaid.svg", "card": "cards.svg", "publicity": "publicity.svg"}
WINDOWS = ("mediation", "aid")


class SearchDialog(QDialog):
    """Signal `chosen(object)`: the Hit the clerk opened (with Enter or a double-click)."""

    chosen = Signal(object)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("search_dialog")
        self.hits: list = []
        self._generation = 0  # of the newest search asked for; results of older ones are dropped
        self._shown = 0  # of the search whose results are on screen
        self._task = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("search_results")
        self.results.setColumnCount(3)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAllColumnsShowFocus(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("search_status")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._typed)
        self.search_edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item, _col: self.open_current())
        self.retranslate()
        fit_window(self, "shell/search", (680, 440))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.search_edit.setPlaceholderText(
            self.tr("Name, pinyin (zs), phone, ID number's last digits, or a case, application, "
                    "consultation number or card serial"))
        self._show_status()

    def kind_label(self, kind: str) -> str:
        return {"person": self.tr("Person"), "consultation": self.tr("Consultation"),
                "mediation": self.tr("Mediation case"), "aid": self.tr("Legal aid"),
                "card": self.tr("Contact cards"), "publicity": self.tr("Publicity")}.get(kind, kind)

    # --- searching ------------------------------------------------------------------------
    def text(self) -> str:
        return self.search_edit.text().strip()

    def _typed(self, _text: str) -> None:
        self._generation += 1  # what is on its way for the text before is stale now
        self._timer.start()

    def search_now(self) -> None:
        """Search what is typed now, on a worker thread; its hits are shown when they arrive."""
        self._timer.stop()
        self._generation += 1
        text = self.text()
        if not text:
            self._arrived((self._generation, []))
            return
        self._task = tasks.start(_search, self._generation, text, self._lang(), on_result=self._arrived,
                                 on_error=self._failed, parent=self)

    def search_here(self) -> None:
        """Search in the GUI thread and show the hits at once (Enter or Down typed before the
        newest hits arrived act on what is typed, not on an older list)."""
        self._timer.stop()
        self._generation += 1
        self._arrived(_search(self._generation, self.text(), self._lang()))

    def pending(self) -> bool:
        """A search is waiting for its pause or its worker: the list is not yet what is typed."""
        return self._timer.isActive() or self._shown != self._generation

    def _lang(self) -> str:
        return "zh" if self.context.lang.startswith("zh") else "en"

    def _failed(self, exc, details) -> None:
        log.warning("search failed: %s\n%s", exc, details)

    def _arrived(self, result) -> None:
        generation, hits = result
        if generation != self._generation:
            return  # the clerk typed on: a newer search is under way
        self._shown = generation
        self.hits = hits
        self.results.clear()
        for hit in self.hits:
            item = QTreeWidgetItem([self.kind_label(hit.kind), hit.title,
                                    hit.date.isoformat() if hit.date else ""])
            item.setIcon(0, icon(ICONS.get(hit.kind, "search.svg")))
            item.setToolTip(1, hit.title)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.addTopLevelItem(item)
        if self.hits:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        self._show_status()

    def _show_status(self) -> None:
        text = self.text()
        if not text:
            message = self.tr("Type to search every record. ↑↓ move, Enter opens, Esc closes.")
        elif not self.hits:
            message = self.tr("Nothing matches “{text}”.").format(text=text)
        else:
            message = self.tr("{n} found. ↑↓ move, Enter opens, Esc closes.").format(n=len(self.hits))
        self.status_label.setText(message)

    def current_hit(self):
        row = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def open_current(self) -> None:
        if self.pending():  # Enter typed before the newest hits arrived: search first
            self.search_here()
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.chosen.emit(hit)

    def _move(self, step: int) -> None:
        count = self.results.topLevelItemCount()
        if not count:
            return
        row = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        row = max(0, min(count - 1, row + step))
        self.results.setCurrentItem(self.results.topLevelItem(row))

    def eventFilter(self, obj, event):
        if obj is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if key in moves:
                if self.pending():
                    self.search_here()
                self._move(moves[key])
                return True
        return super().eventFilter(obj, event)


def _search(generation: int, text: str, lang: str) -> tuple[int, list]:
    """(generation, the hits for `text`): run on a worker, or in the GUI thread by search_here."""
    return generation, (search.search(text, limit=LIMIT, lang=lang) if text else [])


def open_hit(window, hit):
    """Open `hit` from the main window: its record window, or its page showing it. Returns the
    record window or the page (None when nothing could show it)."""
    if hit.kind in WINDOWS:
        opener = handoffs.opener(hit.kind)
        return opener(window.context, hit.record_id, window) if opener is not None else None
    key = PAGES.get(hit.kind)
    page = window.show_page(key) if key else None
    if page is not None and hasattr(page, "open_record"):
        page.open_record(hit.record_id)
    return page


def open_search(window) -> SearchDialog:
    """Show the search over `window` (the MainWindow); the record chosen opens there."""
    dialog = SearchDialog(window.context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.chosen.connect(lambda hit: open_hit(window, hit))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.search_edit.setFocus()
    return dialog
