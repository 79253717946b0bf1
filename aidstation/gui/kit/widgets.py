"""Reusable form widgets: code-table combo and checklist, dates, field errors, person finder.

- `CodeComboBox.set_kind("channel", lang)`, `.code()`, `.set_code("visit")`
- `CodeCheckList.set_kind("group", lang)`, `.codes()`, `.set_codes([...])`
- `DateEdit` (calendar popup, yyyy-MM-dd) with `.date_value()` / `.set_date_value()`;
  `to_qdate()` / `from_qdate()` for plain QDateEdits
- `FieldErrors(owner, {"id_number": self.id_edit, ...})`: `.show(validation_error, lang)` marks
  the field and writes the message beside it; `.clear()`
- `PersonFinder`: find-or-create a person as you type (name, phone or ID number)

All of them can be promoted in Designer with header `aidstation.gui.kit.widgets`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import codes, masking


# --- code tables -------------------------------------------------------------------------------
class CodeComboBox(QComboBox):
    """A combo box of one code table's active entries; item data is the code key."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # long labels (e.g. Art. 31 scope items) must not force the form wider than the window
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def set_kind(self, kind: str, lang: str = "en", *, blank: str | None = None) -> None:
        """Fill with `kind`'s active codes in `lang` ('en'/'zh'/'zh_CN'); `blank` adds a first
        empty entry with that text (for optional fields)."""
        current = self.code()
        self._kind, self._lang = kind, "zh" if lang.startswith("zh") else "en"
        self.blockSignals(True)
        self.clear()
        if blank is not None:
            self.addItem(blank, "")
        for entry in codes.entries(kind):
            self.addItem(entry.label_zh if self._lang == "zh" else entry.label_en, entry.code)
        self.blockSignals(False)
        if current:
            self.set_code(current)

    def code(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str | None) -> None:
        """Select `code`; a retired code (still on old records) is added so it shows."""
        code = code or ""
        index = self.findData(code)
        if index < 0 and code and getattr(self, "_kind", None):
            self.addItem(codes.label(self._kind, code, self._lang), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class CodeCheckList(QListWidget):
    """A list of checkable code-table entries (e.g. the groups a consultation counts in)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(1)

    def set_kind(self, kind: str, lang: str = "en") -> None:
        chosen = set(self.codes())
        self._kind, self._lang = kind, "zh" if lang.startswith("zh") else "en"
        self.blockSignals(True)
        self.clear()
        for entry in codes.entries(kind):
            self._add(entry.code, entry.label_zh if self._lang == "zh" else entry.label_en)
        self.blockSignals(False)
        self.set_codes(chosen)

    def _add(self, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, wanted) -> None:
        wanted = set(wanted or ())
        present = {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())}
        for code in sorted(wanted - present):  # retired codes still on the record
            if getattr(self, "_kind", None):
                self._add(code, codes.label(self._kind, code, self._lang))
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def set_code_checked(self, code: str, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


# --- dates -------------------------------------------------------------------------------------
def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


class DateEdit(QDateEdit):
    """A date field with a calendar popup in ISO format; `optional=True` allows 'no date'
    (shown blank, stored as the minimum date)."""

    NO_DATE = QDate(1900, 1, 1)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(QDate.currentDate())
        self._optional = False

    def set_optional(self, optional: bool = True) -> None:
        self._optional = optional
        if optional:
            self.setMinimumDate(self.NO_DATE)
            self.setSpecialValueText(" ")

    def date_value(self) -> dt.date | None:
        if self._optional and self.date() == self.NO_DATE:
            return None
        return from_qdate(self.date())

    def set_date_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(self.NO_DATE if self._optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))


# --- validation feedback -----------------------------------------------------------------------
class FieldErrors:
    """Shows a core ValidationError beside the field it names.

    `fields` maps ValidationError.field names to widgets. The widget gets the dynamic property
    `invalid=true` (the stylesheet draws a red border) and a red label is placed right after it
    in its layout (a new row under it in a QFormLayout). Errors naming an unknown field go to
    `fallback` (a QLabel), if given. The typed text is never touched.
    """

    def __init__(self, owner: QWidget, fields: dict[str, QWidget], fallback: QLabel | None = None):
        self.owner = owner
        self.fields = dict(fields)
        self.fallback = fallback
        self._labels: dict[QWidget, QLabel] = {}
        self.current_field: str | None = None

    def show(self, error, lang: str = "en") -> QWidget | None:
        """Mark the field of `error` (a ValidationError) and return its widget (focused)."""
        self.clear()
        text = error.text(lang) if hasattr(error, "text") else str(error)
        widget = self.fields.get(getattr(error, "field", ""))
        self.current_field = getattr(error, "field", None)
        if widget is None:
            if self.fallback is not None:
                self.fallback.setText(text)
                self.fallback.setVisible(True)
            return None
        _set_invalid(widget, True)
        label = self._label_for(widget)
        if label is not None:
            label.setText(text)
            label.setVisible(True)
        elif self.fallback is not None:
            self.fallback.setText(text)
            self.fallback.setVisible(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def message(self, field: str) -> str:
        """The message shown beside `field` now ('' if none) — handy in tests."""
        widget = self.fields.get(field)
        label = self._labels.get(widget)
        return label.text() if label is not None and label.isVisibleTo(self.owner) else ""

    def clear(self) -> None:
        self.current_field = None
        for widget in self.fields.values():
            _set_invalid(widget, False)
        for label in self._labels.values():
            label.setText("")
            label.setVisible(False)
        if self.fallback is not None:
            self.fallback.setText("")
            self.fallback.setVisible(False)

    def _label_for(self, widget: QWidget) -> QLabel | None:
        if widget in self._labels:
            return self._labels[widget]
        label = QLabel(widget.parentWidget())
        label.setObjectName("field_error")
        label.setWordWrap(True)
        label.setVisible(False)
        placed = False
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        for lay in _layouts(layout):
            if isinstance(lay, QFormLayout):
                row, _role = lay.getWidgetPosition(widget)
                if row >= 0:
                    lay.insertRow(row + 1, "", label)
                    placed = True
            elif isinstance(lay, QBoxLayout):
                index = lay.indexOf(widget)
                if index >= 0:
                    lay.insertWidget(index + 1, label)
                    placed = True
            elif isinstance(lay, QGridLayout):
                index = lay.indexOf(widget)
                if index >= 0:
                    row, col, _rs, cs = lay.getItemPosition(index)
                    lay.addWidget(label, lay.rowCount(), col, 1, cs)
                    placed = True
            if placed:
                break
        if not placed:
            label.deleteLater()
            return None
        self._labels[widget] = label
        return label


def _layouts(layout):
    """The layout and every nested layout, depth first."""
    if layout is None:
        return
    yield layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            yield from _layouts(child)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


# --- person finder -----------------------------------------------------------------------------
def search_people(text: str, limit: int = 8) -> list:
    """Matches for the finder: core.people.search when present."""
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
    Keyboard: type, Down to the list, Enter picks.
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
        self.results.setMaximumHeight(130)
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
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.change_button.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Type a name, phone or ID number…"))
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
            item = QListWidgetItem(person_summary(person), self.results)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        new_item = QListWidgetItem(self.tr("+ New person “{text}”").format(text=text), self.results)
        new_item.setData(Qt.ItemDataRole.UserRole, None)
        self.results.setCurrentRow(0)
        self.results.setVisible(True)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if obj is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text():
                if self._timer.isActive() or not self.results.isVisible():
                    self.search_now()
                item = self.results.currentItem()
                if item is not None:
                    self._pick(item)
                return True
        return super().eventFilter(obj, event)

    def _pick(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is None:
            text = self.text()
            self.results.setVisible(False)
            self.new_requested.emit(text)
            return
        from aidstation.core.models import Person

        self.set_person(Person.get_by_id(person_id))


CUSTOM_WIDGETS = [CodeComboBox, CodeCheckList, DateEdit, PersonFinder]
