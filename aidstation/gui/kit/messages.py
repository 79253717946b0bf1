"""Message boxes behind small functions, so tests patch `messages.ask_yes_no` and never block.

Always call them through the module (`from aidstation.gui import messages; messages.info(...)`),
never `from ... import info`, or a test's patch will not reach your call.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

# Every status message shown, newest last (tests read it; the status bar forgets).
STATUS_LOG: list[str] = []
# Every file open_path() was asked to open, newest last (tests read it).
OPENED: list[str] = []


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


def _main_window(widget):
    """The QMainWindow `widget` belongs to, else the application's (None in bare tests)."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)
                 and w.isVisible()), None)


def status(parent, text: str, timeout_ms: int = 8000) -> None:
    """Say in the main window's status bar what just happened ("Consultation 2026-0042 saved")."""
    STATUS_LOG.append(text)
    del STATUS_LOG[:-50]
    window = _main_window(parent)
    if window is not None and window.statusBar() is not None:
        window.statusBar().showMessage(text, timeout_ms)


def open_path(path) -> bool:
    """Open a written file (a PDF, a workbook) with the system's viewer; False when none (and
    always under the headless test platform, where no viewer may start)."""
    OPENED.append(str(path))
    if QGuiApplication.platformName() == "offscreen":
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def document_written(parent, path, *, open_it: bool = True) -> None:
    """A document was written: say where in the status bar and open it."""
    status(parent, QCoreApplication.translate("messages", "Written: {path}").format(path=str(path)))
    if open_it:
        open_path(path)
