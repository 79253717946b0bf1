"""Enter never presses OK from a field (issue 11, point 1): in the Settings dialogs Enter in a
line edit or combo moves on to the next field, Enter on a focused button presses that button,
and the dialog's action is its button or Ctrl+S / Ctrl+Enter (shown in the button's tooltip)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def no_default_buttons(widget: QWidget) -> None:
    """No button under `widget` is pressed by an Enter typed elsewhere."""
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def action_keys(dialog: QWidget, button: QPushButton, slot) -> None:
    """Ctrl+S and Ctrl+Enter run `slot` (the dialog's OK); the button's tooltip says so."""
    for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=slot,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    button.setToolTip(QCoreApplication.translate("settings", "Ctrl+S or Ctrl+Enter"))


class EnterMovesOn:
    """Mixed into a QDialog (before QDialog in the bases)."""

    def showEvent(self, event):
        super().showEvent(event)
        no_default_buttons(self)  # a QDialogButtonBox makes its OK the default when shown

    def keyPressEvent(self, event):
        if event.key() in ENTER_KEYS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
