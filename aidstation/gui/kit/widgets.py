"""Reusable form widgets: code-table combo and checklist, dates, field errors, person finder.

- `CodeComboBox.set_kind("channel", lang)`, `.code()`, `.set_code("visit")`
- `CodeCheckList.set_kind("group", lang)`, `.codes()`, `.set_codes([...])`
- `DateEdit` (calendar popup, yyyy-MM-dd) with `.date_value()` / `.set_date_value()`;
  `to_qdate()` / `from_qdate()` for plain QDateEdits
- `FieldErrors(owner, {"id_number": self.id_edit, ...})`: `.show(validation_error, lang)` marks
  the field and writes the message beside it; `.clear()`
- `PersonFinder` (kit/person_finder.py): find-or-create a person as you type

All of them can be promoted in Designer with header `aidstation.gui.kit.widgets`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from aidstation.core import codes


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


from aidstation.gui.kit.person_finder import PersonFinder

CUSTOM_WIDGETS = [CodeComboBox, CodeCheckList, DateEdit, PersonFinder]
