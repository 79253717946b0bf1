"""Reusable form widgets: code-table combo and checklist, dates, field errors, person finder.

- `CodeComboBox.set_kind("channel", lang)`, `.code()`, `.set_code("visit")`
- `CodeCheckList.set_kind("group", lang)`, `.codes()`, `.set_codes([...])`
- `DateEdit` (a required date, calendar popup, yyyy-MM-dd) and `OptionalDateEdit` (a date that
  may be empty, typed or picked), both with `.date_value()` / `.set_date_value()`;
  `to_qdate()` / `from_qdate()` for plain QDateEdits
- `FieldErrors(owner, {"id_number": self.id_edit, ...})`: `.show(validation_error, lang)` marks
  the field and writes the message beside it; `.clear()`
- `PersonFinder` (kit/person_finder.py): find-or-create a person as you type

All of them can be promoted in Designer with header `aidstation.gui.kit.widgets`.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
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
    """A required date with a calendar popup in ISO format. For a date that may be empty use
    OptionalDateEdit (a QDateEdit cannot be empty: it shows a fake minimum date instead)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(QDate.currentDate())

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        # one Tab stop: Tab leaves the field instead of walking its year, month and day
        return QWidget.focusNextPrevChild(self, forward)

    def date_value(self) -> dt.date | None:
        return from_qdate(self.date())

    def set_date_value(self, value: dt.date | None) -> None:
        self.setDate(to_qdate(value) if value is not None else QDate.currentDate())


class DateTimeEdit(QDateTimeEdit):
    """A date and time (yyyy-MM-dd HH:mm, calendar popup) that is one Tab stop: Tab leaves it
    (a QDateTimeEdit walks its five sections with Tab); Left/Right move between the sections."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)


# 2026-12-15, 2026.12.15, 2026/12/15, 2026-1-5, 2026年12月15日, 20261215
_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def parse_date_text(text: str) -> dt.date | None:
    """The date a clerk typed, or None for empty; ValueError when it is no date."""
    if not text.strip():
        return None
    match = _DATE_TEXT.match(text) or _DATE_DIGITS.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return dt.date(year, month, day)  # ValueError for 2026-02-30


class OptionalDateEdit(QWidget):
    """A date that may be empty: type 2026-12-15 (or 2026.12.15, 20261215, 2026年12月15日),
    clear it with Delete or the clear button, or pick it in the calendar, which opens on the
    field's date or today. Up/Down move a day (from today when empty).

    `date_value()` is the date or None; `problem()` says why the typed text is no date ('' when
    fine) so the form's validation can name the field. Signal `date_changed(object)`.
    """

    date_changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setPlaceholderText("yyyy-mm-dd")
        self.line_edit.setMaxLength(16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the text
        self.calendar_button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # as tall as a line edit: a form row with a date must not grow
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._last: dt.date | None = None
        self._popup = None
        self.line_edit.textChanged.connect(self._text_changed)
        self.line_edit.editingFinished.connect(self._normalise)
        self.line_edit.installEventFilter(self)
        fm = self.line_edit.fontMetrics()
        self.line_edit.setMinimumWidth(fm.horizontalAdvance("2026-12-31") + 40)

    # API (the same as DateEdit's)
    def date_value(self) -> dt.date | None:
        try:
            return parse_date_text(self.line_edit.text())
        except ValueError:
            return None

    def set_date_value(self, value: dt.date | None) -> None:
        self.line_edit.setText(value.isoformat() if value else "")

    def text(self) -> str:
        return self.line_edit.text()

    def clear(self) -> None:
        self.line_edit.clear()

    def problem(self) -> str:
        """'' when the field is empty or holds a date, else what is wrong (translated)."""
        try:
            parse_date_text(self.line_edit.text())
        except ValueError:
            return QCoreApplication.translate(
                "OptionalDateEdit", "“{text}” is not a date: type it as 2026-12-15.").format(
                text=self.line_edit.text().strip())
        return ""

    def changeEvent(self, event):  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange):
            # a date that cannot be changed shows no clear button nor calendar
            editable = self.isEnabled() and not self.line_edit.isReadOnly()
            self.line_edit.setClearButtonEnabled(editable)
            self.calendar_button.setVisible(editable)
        super().changeEvent(event)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming, as QLineEdit
        self.line_edit.setReadOnly(read_only)
        self.line_edit.setClearButtonEnabled(self.isEnabled() and not read_only)
        self.calendar_button.setVisible(self.isEnabled() and not read_only)

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.line_edit.isReadOnly()

    # behaviour
    def _text_changed(self, _text: str) -> None:
        value = self.date_value()
        if value != self._last and (value is not None or not self.line_edit.text().strip()):
            self._last = value
            self.date_changed.emit(value)

    def _normalise(self) -> None:
        value = self.date_value()
        if value is not None and self.line_edit.text() != value.isoformat():
            self.line_edit.setText(value.isoformat())

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if obj is self.line_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                start = self.date_value() or dt.date.today()
                step = 0 if self.date_value() is None else (1 if key == Qt.Key.Key_Up else -1)
                self.set_date_value(start + dt.timedelta(days=step))
                return True
            if key == Qt.Key.Key_Delete and (self.line_edit.selectedText() == self.line_edit.text()
                                             or self.line_edit.cursorPosition() == 0):
                self.line_edit.clear()
                return True
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                        and event.modifiers() & Qt.KeyboardModifier.AltModifier):
                self.show_calendar()
                return True
        return super().eventFilter(obj, event)

    def show_calendar(self) -> None:
        """A calendar under the field, on its date (or today); a click picks and closes it."""
        from PySide6.QtWidgets import QCalendarWidget, QFrame

        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(to_qdate(self.date_value() or dt.date.today()))
        box = QVBoxLayout(popup)
        box.setContentsMargins(1, 1, 1, 1)
        box.addWidget(calendar)

        def picked(qdate) -> None:
            self.set_date_value(from_qdate(qdate))
            popup.close()
            self.line_edit.setFocus()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup = popup  # tests reach the calendar here
        self.calendar = calendar
        popup.show()
        calendar.setFocus()


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
        """Mark the field of `error` (a ValidationError, or ValidationErrors: then every field
        it names) and return the first field's widget (focused)."""
        self.clear()
        many = getattr(error, "errors", None)
        if many:
            first = None
            fallback_texts = []
            for one in many:
                widget = self._mark(one, lang, fallback_texts)
                first = first or widget
            if fallback_texts and self.fallback is not None:
                self.fallback.setText("\n".join(fallback_texts))
                self.fallback.setVisible(True)
            self.current_field = many[0].field
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return first
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

    def _mark(self, error, lang: str, fallback_texts: list) -> QWidget | None:
        text = error.text(lang) if hasattr(error, "text") else str(error)
        widget = self.fields.get(getattr(error, "field", ""))
        label = self._label_for(widget) if widget is not None else None
        if widget is not None:
            _set_invalid(widget, True)
        if label is not None:
            label.setText(text)
            label.setVisible(True)
        else:
            fallback_texts.append(text)
        return widget

    def fields_marked(self) -> list[str]:
        """The fields now marked invalid, in the order of `fields` — handy in tests."""
        return [name for name, widget in self.fields.items() if widget.property("invalid")]

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

CUSTOM_WIDGETS = [CodeComboBox, CodeCheckList, DateEdit, DateTimeEdit, OptionalDateEdit, PersonFinder]
