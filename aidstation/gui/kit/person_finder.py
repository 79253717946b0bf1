"""The person finder: find-or-create a person as you type (name, pinyin or its initials, phone
or its last digits, the ID number's last four).

Promoted in Designer with header `aidstation.gui.kit.widgets` (which re-exports it).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import masking


MATCHES = 8  # people listed; the list shows them all, and "+ New person" below


def search_people(text: str, limit: int = MATCHES) -> list:
    """Matches for the finder, best first (core.people.search: name, pinyin, phone, ID tail)."""
    from aidstation.core import people

    return list(people.search(text, limit=limit))


def last_visit(person) -> dt.date | None:
    from aidstation.core.models import Consultation

    row = (Consultation.live().where(Consultation.person == person)
           .order_by(Consultation.received_at.desc()).first())
    return row.received_at.date() if row is not None else None


def person_summary(person, *, with_last_visit: bool = True, lang: str = "en") -> str:
    """张三 · 138****8000 · 110105********002X · last visit 2026-11-02 (masked)."""
    parts = [person.name]
    if person.phone:
        parts.append(masking.phone(person.phone))
    if person.id_number:
        parts.append(masking.id_number(person.id_number))
    if with_last_visit:
        seen = last_visit(person)
        if seen is not None:
            from PySide6.QtCore import QCoreApplication

            parts.append(QCoreApplication.translate("PersonFinder", "last visit {date}").format(
                date=seen.isoformat()))
    return " · ".join(parts)


class PersonFinder(QWidget):
    """Find a person as you type (name, phone or ID number), or ask to create a new one.

    Signals: `person_changed(object)` with the chosen Person or None; `new_requested(str)` when
    the clerk picks "New person" (the typed text, to prefill the new person's fields).
    Keyboard: type, Down to the list (Up from its first row back to the field), Enter picks.
    Enter is always taken here, never passed on to a dialog's default button: picking the
    applicant must not save the application.
    """

    person_changed = Signal(object)
    new_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._person = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("person_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.setFocusProxy(self.search_edit)  # tab order in Designer lands in the search field
        self.results = QListWidget(self)
        self.results.setObjectName("person_results")
        # Every match on view, none cut sideways: long summaries are elided (the tooltip
        # holds the whole line) and the list is as tall as its rows (_fit_results).
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setWordWrap(False)
        self.results.setUniformItemSizes(True)
        self.results.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.results.setVisible(False)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("person_chosen_label")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setMinimumWidth(120)
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("person_change_button")
        chosen_row = QHBoxLayout()
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.change_button)
        self.chosen_box = QWidget(self)
        self.chosen_box.setLayout(chosen_row)
        self.chosen_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen_box)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.change_button.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Name, pinyin (zs), phone or ID number's last digits…"))
        self.change_button.setText(self.tr("Change"))

    # API
    def person(self):
        return self._person

    def text(self) -> str:
        return self.search_edit.text().strip()

    def set_person(self, person) -> None:
        self._person = person
        self.results.clear()
        self.results.setVisible(False)
        if person is None:
            self.chosen_box.setVisible(False)
            self.search_edit.setVisible(True)
        else:
            self.chosen_label.setText(person_summary(person))
            self.chosen_box.setVisible(True)
            self.search_edit.setVisible(False)
        self.person_changed.emit(person)

    def clear(self) -> None:
        self.search_edit.clear()
        self.set_person(None)
        self.search_edit.setFocus()

    def search_now(self) -> None:
        """Run the search for the typed text at once (the debounce timer calls this)."""
        self._timer.stop()
        text = self.text()
        self.results.clear()
        if not text:
            self.results.setVisible(False)
            return
        for person in search_people(text):
            summary = person_summary(person)
            item = QListWidgetItem(summary, self.results)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(summary)
        new_item = QListWidgetItem(self.tr("+ New person “{text}”").format(text=text), self.results)
        new_item.setData(Qt.ItemDataRole.UserRole, None)
        self.results.setCurrentRow(0)
        self._fit_results()
        self.results.setVisible(True)

    def _fit_results(self) -> None:
        """As tall as its rows (up to MATCHES + 1): nothing to scroll, nothing hidden."""
        rows = min(self.results.count(), MATCHES + 1)
        row_height = self.results.sizeHintForRow(0) if self.results.count() else -1
        if row_height <= 0:  # not laid out yet
            row_height = self.results.fontMetrics().height() + 4
        frame = 2 * self.results.frameWidth()
        self.results.setFixedHeight(rows * row_height + frame + 2)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and obj in (self.search_edit, self.results):
            key = event.key()
            chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            plain = not (event.modifiers() & chord)  # Ctrl+Enter stays the form's shortcut
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self._enter(from_list=obj is self.results)
                event.accept()
                return True  # taken: never a dialog's default button
            if obj is self.search_edit and key == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.search_now()
                if self.results.isVisible():
                    self.results.setFocus()
                return True
            if obj is self.results and key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                self.search_edit.setFocus()
                return True
        return super().eventFilter(obj, event)

    def _enter(self, *, from_list: bool) -> None:
        if not from_list:
            if not self.text():
                return
            if self._timer.isActive() or not self.results.isVisible():
                self.search_now()
        item = self.results.currentItem()
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is None:
            text = self.text()
            self.results.setVisible(False)
            self.new_requested.emit(text)
            return
        from aidstation.core.models import Person

        self.set_person(Person.get_by_id(person_id))


def ask_use_existing(parent, match) -> bool:
    """A new person typed with the name and phone of someone on record: use that person (Yes)
    or add a second one (No). Every form that creates people on the fly asks it the same way."""
    from aidstation.gui.kit import messages

    return messages.ask_yes_no(
        parent, QCoreApplication.translate("PersonFinder", "Possible duplicate"),
        QCoreApplication.translate("PersonFinder", "{name} with phone {phone} is already on record. Use that "
                                   "person?\n(No creates a second person with the same name and phone.)").format(
            name=match.name, phone=masking.phone(match.phone)), default_yes=True)
