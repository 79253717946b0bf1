"""The recovery key at the login: every administrator has forgotten their password.

The clerk types the recovery key from the recovery sheet, an administrator's username and that
administrator's new password; the desk opens the station with the key and sets the password
(core.encryption.recover_admin, audited as system:recovery), and the login dialog then signs
the administrator in as usual.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from aidstation.core.validation import ValidationError
from aidstation.gui.kit import i18n, messages
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors


class RecoveryDialog(QDialog):
    """`recover(recovery_key, username, password)` does the work; raises what is shown."""

    def __init__(self, parent, recover):
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.recover = recover
        layout = QVBoxLayout(self)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        set_role(self.hint_label, "hint")
        layout.addWidget(self.hint_label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("key_edit")
        self.key_edit.setMaxLength(60)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirm_edit")
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, edit in zip(self.labels, (self.key_edit, self.username_edit,
                                             self.password_edit, self.confirm_edit)):
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("form_error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.errors = FieldErrors(self, {"recovery_key": self.key_edit, "username": self.username_edit,
                                         "password": self.password_edit, "confirm": self.confirm_edit},
                                  self.error_label)
        self.setTabOrder(self.key_edit, self.username_edit)
        self.setTabOrder(self.username_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.confirm_edit)
        self.retranslate()
        fit_window(self, "shell/recovery", (520, 300))
        self.key_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open the station with the recovery key"))
        self.hint_label.setText(self.tr(
            "Use this only when every administrator has forgotten their password. Type the "
            "recovery key printed on the station's recovery sheet, then choose a new password "
            "for an administrator account."))
        for label, text in zip(self.labels, (self.tr("Recovery &key"), self.tr("&Administrator"),
                                             self.tr("&New password"), self.tr("Con&firm password"))):
            label.setText(text)
        self.key_edit.setPlaceholderText(self.tr("e.g. ABCDE-FGHJK-… (30 characters)"))
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set the password"))

    def accept(self) -> None:
        from aidstation.core import keys
        from aidstation.core.db import StationError

        lang = i18n.current_language()
        key = keys.normalise_recovery(self.key_edit.text())
        try:
            if len(key) != keys.RECOVERY_LENGTH:
                raise ValidationError("recovery_key", "the recovery key has 30 characters",
                                      "恢复密钥共30位")
            if not self.username_edit.text().strip():
                raise ValidationError("username", "type the administrator's username", "请填写管理员用户名")
            if self.password_edit.text() != self.confirm_edit.text():
                raise ValidationError("confirm", "the two passwords differ", "两次输入的密码不一致")
            self.recover(key, self.username_edit.text().strip(), self.password_edit.text())
        except keys.WrongKey:
            self.errors.show(ValidationError("recovery_key", "this is not the station's recovery key",
                                             "恢复密钥不正确"), lang)
            return
        except ValidationError as exc:
            self.errors.show(exc, lang)
            return
        except (StationError, keys.KeyFileError) as exc:
            messages.error(self, self.tr("Cannot open the station"), str(exc))
            return
        messages.info(self, self.tr("Password set"), self.tr(
            "The new password of {name} is set. Sign in with it now.").format(
                name=self.username_edit.text().strip()))
        super().accept()
