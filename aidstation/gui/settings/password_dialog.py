"""Change my password (old, new, confirmation); and the admin's reset-password dialog.

Enter in a field moves on to the next one; OK (or Ctrl+S / Ctrl+Enter) changes the password.
Closing asks nothing: a typed password is not worth keeping."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from aidstation.core import accounts
from aidstation.core.validation import Problems, ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.settings.keys import EnterMovesOn, action_keys


class PasswordDialog(EnterMovesOn, QDialog):
    """`reset_for` given: an administrator sets a new password for that user (no old one)."""

    def __init__(self, context, parent=None, reset_for=None):
        super().__init__(parent)
        load_ui(self, "password_dialog.ui")
        fit_window(self, "settings/password", (460, 220))
        self.context = context
        self.reset_for = reset_for
        set_role(self.hint_label, "hint")
        self.errors = FieldErrors(self, {"old_password": self.old_edit, "new_password": self.new_edit,
                                         "password": self.new_edit, "confirm": self.confirm_edit},
                                  self.hint_label)
        if reset_for is not None:
            self.old_label.setVisible(False)
            self.old_edit.setVisible(False)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        action_keys(self, self.button_box.button(QDialogButtonBox.StandardButton.Ok), self.accept)
        self.setWindowTitle(self.tr("Change password") if reset_for is None
                            else self.tr("Reset the password of {user}").format(user=reset_for.username))
        self.old_label.setText(self.tr("&Current password"))
        self.new_label.setText(self.tr("&New password"))
        self.confirm_label.setText(self.tr("Con&firm new password"))
        self.hint_label.setText(self.tr("At least 8 characters, not only digits."))
        self.hint_label.setVisible(True)

    def accept(self) -> None:
        lang = self.context.lang
        try:
            if self.new_edit.text() != self.confirm_edit.text():
                problems = Problems()  # a weak new password is said with the mismatch, not after it
                username = (self.reset_for or self.context.user).username
                problems.check(accounts.check_strength, self.new_edit.text(), username,
                               "password" if self.reset_for is not None else "new_password")
                problems.add("confirm", "the two passwords differ", "两次输入的密码不一致")
                problems.raise_any()
            if self.reset_for is None:
                accounts.change_password(self.context.user, self.old_edit.text(), self.new_edit.text())
            else:
                accounts.reset_password(self.reset_for, self.new_edit.text(), user=self.context.user)
        except ValidationError as exc:
            self.errors.show(exc, lang)
            return
        messages.status(self.parentWidget() or self, self.tr("Your password was changed") if self.reset_for is None
                        else self.tr("The password of {name} was reset").format(name=self.reset_for.username))
        super().accept()
