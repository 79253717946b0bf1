"""Message boxes behind small functions, so tests patch `messages.ask_yes_no` and never block.

Always call them through the module (`from aidstation.gui import messages; messages.info(...)`),
never `from ... import info`, or a test's patch will not reach your call.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def info(parent, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_yes_no(parent, title: str, text: str, *, default_yes: bool = False) -> bool:
    """True when the clerk answers Yes."""
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  default)
    return answer == QMessageBox.StandardButton.Yes


def ask_discard(parent, text: str = "") -> str:
    """Unsaved edits: returns 'save', 'discard' or 'cancel' (cancel keeps editing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("messages", "Unsaved changes"))
    box.setText(text or QCoreApplication.translate("messages", "This form has changes that are not saved."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def settle_unsaved(parent, form) -> bool:
    """Before another record replaces the one in `form`: True when it may (no edits, or the
    clerk discarded them, or saved them successfully); False keeps the clerk editing."""
    if not form.has_unsaved_changes():
        return True
    answer = ask_discard(parent)
    return answer == "discard" or (answer == "save" and bool(form.save()))


def confirm_dangerous(parent, title: str, text: str, confirm_label: str) -> bool:
    """A Yes/No question whose Yes button says what happens (e.g. 'Restore backup')."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(confirm_label, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes
