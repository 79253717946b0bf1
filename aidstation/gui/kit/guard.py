"""Nothing typed is lost: know when a form differs from what is saved, and ask before leaving.

    self.guard = FormGuard(self, ignore=[self.search_edit])   # every named input under self
    ...load the record into the widgets...
    self.guard.mark_clean()            # after loading and after each successful save
    self.guard.is_dirty()              # True once any input differs from the clean state

A record window mixes in `UnsavedChangesMixin` (before QDialog/QWidget in the bases) and
defines `has_unsaved_changes()` and `save_changes() -> bool` (and optionally
`discard_changes()`): closing it (title-bar ×, Esc, a Close button connected to `close` or
`reject`) asks Save / Discard / Cancel. The main window asks the same of every open record
window on sign-out and quit, and of the page on page switches.

`save_first(window)` is for stage actions (forward, decide, assign, close, conclude) and
printing: the saved record must be what the screen shows, so it saves (when there are edits)
and says False when saving failed; the action then does nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from aidstation.gui.kit import messages


def _value(widget: QWidget):
    """The value a clerk can change in `widget`, or NotImplemented when it holds none."""
    from aidstation.gui.kit.person_finder import PersonFinder
    from aidstation.gui.kit.widgets import CodeCheckList, OptionalDateEdit

    if isinstance(widget, OptionalDateEdit):
        return widget.text().strip()
    if isinstance(widget, PersonFinder):
        person = widget.person()
        return person.id if person is not None else None
    if isinstance(widget, CodeCheckList):
        return tuple(sorted(widget.codes()))
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        value = widget.dateTime()
        return value.toString("yyyy-MM-ddTHH:mm") if isinstance(value, QDateTime) else str(value)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable() and not isinstance(widget, QPushButton):
        return widget.isChecked()
    return NotImplemented


# Widgets whose inner children (a spin box's line edit, a finder's search field) are theirs.
def _composite(widget: QWidget) -> bool:
    from aidstation.gui.kit.person_finder import PersonFinder
    from aidstation.gui.kit.widgets import OptionalDateEdit

    return isinstance(widget, (QComboBox, QAbstractSpinBox, OptionalDateEdit, PersonFinder))


def form_state(root: QWidget, ignore=()) -> dict[str, object]:
    """objectName -> value of every named input under `root` (read-only fields excluded)."""
    ignored = set(map(id, ignore))
    state: dict[str, object] = {}
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_") or id(widget) in ignored:
            continue
        if _inside_ignored_or_composite(widget, root, ignored):
            continue
        if getattr(widget, "isReadOnly", None) and widget.isReadOnly():
            continue
        value = _value(widget)
        if value is not NotImplemented:
            state[name] = value
    return state


def _inside_ignored_or_composite(widget: QWidget, root: QWidget, ignored: set[int]) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if id(parent) in ignored or _composite(parent):
            return True
        parent = parent.parentWidget()
    return False


class FormGuard:
    """Compares a form's inputs with their state at the last `mark_clean()`."""

    def __init__(self, root: QWidget, *, ignore=()):
        self.root = root
        self.ignore = list(ignore)
        self._clean: dict[str, object] = {}
        self.mark_clean()

    def mark_clean(self) -> None:
        self._clean = form_state(self.root, self.ignore)

    def changed_fields(self) -> list[str]:
        now = form_state(self.root, self.ignore)
        return sorted(name for name in now.keys() | self._clean.keys()
                      if now.get(name) != self._clean.get(name))

    def is_dirty(self) -> bool:
        return bool(self.changed_fields())


def settle(window) -> bool:
    """Ask about `window`'s unsaved edits: True when it may close or move on (no edits, saved,
    or discarded); False keeps the clerk editing."""
    if not window.has_unsaved_changes():
        return True
    answer = messages.ask_discard(window)
    if answer == "cancel":
        return False
    if answer == "save":
        return bool(window.save_changes())
    if hasattr(window, "discard_changes"):
        window.discard_changes()
    return True


def save_first(window) -> bool:
    """Before a stage action or a print: save the edits on screen; False when that failed."""
    if not window.has_unsaved_changes():
        return True
    return bool(window.save_changes())


class UnsavedChangesMixin:
    """Closing a record window with unsaved edits asks Save / Discard / Cancel."""

    _settled = False

    def has_unsaved_changes(self) -> bool:  # windows override this
        return False

    def save_changes(self) -> bool:  # windows override this
        return True

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if not self._settled and not settle(self):
            event.ignore()
            return
        self._settled = True  # QDialog's closeEvent calls reject(): do not ask twice
        try:
            super().closeEvent(event)
        finally:
            self._settled = False

    def reject(self):
        if self._settled or settle(self):
            self._settled = True
            try:
                super().reject()
            finally:
                self._settled = False


__all__ = ["FormGuard", "UnsavedChangesMixin", "form_state", "save_first", "settle"]
