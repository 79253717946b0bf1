"""One party of the oral mediation form: the person finder, and when the clerk picks
"+ New person", a name and a phone typed on the spot (the person is created with the case)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from aidstation.gui.kit.person_finder import PersonFinder


def _looks_like_phone(text: str) -> bool:
    digits = text.replace(" ", "").replace("-", "").lstrip("+")
    return digits.isdigit() and 7 <= len(digits) <= 13


class PartySlot(QWidget):
    """`party_args()` gives (person, None) for a person picked, (None, {name, phone}) for a new
    one, (None, None) when empty. Emits `picked` once a person is chosen."""

    picked = Signal()
    passed = Signal(object)  # Enter in the empty search field: move on from this widget

    def __init__(self, parent, role: str):
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"oral_{role}_slot")
        self.finder = PersonFinder(self)
        self.finder.setObjectName(f"oral_{role}_finder")
        self.new_box = QWidget(self)
        self.new_box.setObjectName(f"oral_{role}_new_box")
        self.name_label = QLabel(self.new_box)
        self.name_edit = QLineEdit(self.new_box)
        self.name_edit.setObjectName(f"oral_{role}_name_edit")
        self.phone_label = QLabel(self.new_box)
        self.phone_edit = QLineEdit(self.new_box)
        self.phone_edit.setObjectName(f"oral_{role}_phone_edit")
        row = QHBoxLayout(self.new_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_label)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.phone_label)
        row.addWidget(self.phone_edit, 1)
        self.new_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.finder)
        layout.addWidget(self.new_box)
        self.setFocusProxy(self.finder)
        self.finder.person_changed.connect(self._person_changed)
        self.finder.new_requested.connect(self._new_requested)
        # Installed after the finder's own filter, so it runs first: Enter with nothing typed
        # moves on (the finder would keep it and wait for a name).
        self.finder.search_edit.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if (obj is self.finder.search_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
                and not self.finder.text()):
            self.passed.emit(obj)
            return True
        return super().eventFilter(obj, event)

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("new person:"))
        self.name_edit.setPlaceholderText(self.tr("name"))
        self.phone_label.setText(self.tr("phone"))
        self.phone_edit.setPlaceholderText(self.tr("mobile or landline (optional)"))
        self.finder.retranslate()

    # API
    def focus_widget(self) -> QWidget:
        return self.finder.search_edit if self.finder.person() is None else self.finder.change_button

    def chain(self) -> list[QWidget]:
        """The fields Enter walks through in this slot: none once a person is chosen (Enter on
        "Change" would drop them)."""
        if self.finder.person() is not None:
            return []
        if self.new_box.isVisibleTo(self):
            return [self.finder.search_edit, self.name_edit, self.phone_edit]
        return [self.finder.search_edit]

    def set_person(self, person) -> None:
        self.finder.set_person(person)

    def person(self):
        return self.finder.person()

    def party_args(self) -> tuple:
        person = self.finder.person()
        if person is not None:
            return person, None
        if self.new_box.isVisible() or self.name_edit.text().strip() or self.phone_edit.text().strip():
            values = {"name": self.name_edit.text(), "phone": self.phone_edit.text()}
            if any(v.strip() for v in values.values()):
                return None, values
        return None, None

    def party(self):
        """The person, the new person's fields, or None."""
        person, new = self.party_args()
        return person if person is not None else new

    def _person_changed(self, person) -> None:
        if person is not None:
            self.name_edit.clear()
            self.phone_edit.clear()
            self.new_box.setVisible(False)
            self.picked.emit()

    def _new_requested(self, text: str) -> None:
        """'+ New person' in the finder: the typed text prefills the name (or the phone)."""
        self.new_box.setVisible(True)
        if _looks_like_phone(text):
            self.phone_edit.setText(text)
        else:
            self.name_edit.setText(text)
        (self.phone_edit if self.name_edit.text() else self.name_edit).setFocus()
