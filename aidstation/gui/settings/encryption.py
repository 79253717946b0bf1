"""Encryption in Settings → Backups: what the station is, turning encryption on, a new
recovery key, and deleting the plain backups that encryption leaves behind.

Turning encryption on (core.encryption.encrypt_station) first writes a fully verified plain
backup, then the encrypted copy, compares every table's rows, and swaps it in. The plain backup,
and every backup made before, stay in backups/ as the way back, and they are NOT encrypted: the
panel says so and offers to delete them once the clerk has checked the encrypted station works
(deleting them at once would leave no way back if something went wrong in the swap). Other
accounts get their wrap of the key when an administrator sets them a new password; the panel
lists who still needs one. After the switch the desk asks everyone to sign in again.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import encryption, settings
from aidstation.core.db import StationError, current_station
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.settings.recovery_sheet import RecoverySheetDialog


class EncryptionDialog(QDialog):
    """Ask the administrator's password, then turn encryption on (`renew`: a new recovery key
    for an encrypted station instead). `recovery_key` holds the new key after accept()."""

    def __init__(self, context, parent=None, *, renew: bool = False):
        super().__init__(parent)
        self.setObjectName("EncryptionDialog")
        self.context, self.renew = context, renew
        self.recovery_key = ""
        self.plain_backup = None
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        form = QFormLayout()
        self.password_label = QLabel(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password_edit)
        form.addRow(self.password_label, self.password_edit)
        layout.addLayout(form)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        set_role(self.hint_label, "hint")
        layout.addWidget(self.hint_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self.errors = FieldErrors(self, {"password": self.password_edit}, self.hint_label)
        self.retranslate()
        fit_window(self, "settings/encryption", (560, 320))
        self.password_edit.setFocus()

    def retranslate(self) -> None:
        ok = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.password_label.setText(self.tr("Your &password"))
        if self.renew:
            self.setWindowTitle(self.tr("New recovery key"))
            self.intro_label.setText(self.tr(
                "Make a new recovery key when the recovery sheet may have been seen by someone else "
                "or was lost. The old key stops working at once: destroy the old sheet."))
            self.hint_label.setText("")
            ok.setText(self.tr("Make a new key"))
            return
        self.setWindowTitle(self.tr("Turn encryption on"))
        self.intro_label.setText(self.tr(
            "Encrypt the station database so that no one can read it without signing in, even from "
            "a copy of the file. AidStation first writes a verified backup, then the encrypted copy, "
            "checks that every table holds the same rows, and only then replaces the database. On "
            "a large station this takes a minute; nobody can work meanwhile."))
        self.hint_label.setText(self.tr(
            "Afterwards: print the recovery sheet; set a new password for every other account "
            "(Users → Reset password), without which they cannot sign in; and, once you have "
            "checked the encrypted station, delete the unencrypted backups."))
        ok.setText(self.tr("Encrypt the station"))

    def accept(self) -> None:
        lang = self.context.lang
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if not self.renew:
            # background work (the day's backup, a dashboard refresh) holds connections to the
            # plain file: it finishes before that file is replaced
            QThreadPool.globalInstance().waitForDone()
        try:
            if self.renew:
                self.recovery_key = encryption.renew_recovery_key(
                    user=self.context.user, password=self.password_edit.text())
            else:
                self.plain_backup, self.recovery_key = encryption.encrypt_station(
                    user=self.context.user, password=self.password_edit.text())
                self.context.station = current_station()
        except ValidationError as exc:
            QApplication.restoreOverrideCursor()
            self.errors.show(exc, lang)
            return
        except StationError as exc:
            QApplication.restoreOverrideCursor()
            messages.error(self, self.tr("Encryption failed"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        super().accept()


class EncryptionPanel(QWidget):
    """The encryption row above the backups list; administrators get its buttons."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("encryption_panel")
        self.context = context
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("encryption_state")
        self.status_label.setWordWrap(True)
        self.status_label.setMaximumWidth(760)
        layout.addWidget(self.status_label)
        self.accounts_label = QLabel(self)
        self.accounts_label.setWordWrap(True)
        set_role(self.accounts_label, "hint")
        layout.addWidget(self.accounts_label)
        row = QHBoxLayout()
        self.encrypt_button = QPushButton(self)
        self.encrypt_button.setObjectName("encrypt_button")
        self.renew_button = QPushButton(self)
        self.renew_button.setObjectName("renew_button")
        self.delete_plain_button = QPushButton(self)
        self.delete_plain_button.setObjectName("delete_plain_button")
        for button in (self.encrypt_button, self.renew_button, self.delete_plain_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.encrypt_button.clicked.connect(self.turn_on)
        self.renew_button.clicked.connect(self.renew)
        self.delete_plain_button.clicked.connect(self.delete_plain)
        self.refresh()

    def refresh(self) -> None:
        station = self.context.station
        admin = self.context.is_admin and not station.read_only
        encrypted = getattr(station, "encrypted", False)
        plain = encryption.plain_backups() if encrypted else []
        if encrypted:
            text = self.tr("Encrypted: the station database and its backups cannot be read without "
                           "a password or the recovery key.")
            if plain:
                text += " " + self.tr("{n} backups from before encryption are NOT encrypted.").format(
                    n=len(plain))
        else:
            text = self.tr("Not encrypted: anyone who copies station.db or a backup can read every record.")
        self.status_label.setText(text)
        missing = encryption.accounts_without_wrap() if encrypted and admin else []
        self.accounts_label.setText(self.tr(
            "These accounts cannot sign in until you set a new password for them (Users → Reset "
            "password): {names}").format(names=", ".join(u.username for u in missing)) if missing else "")
        self.accounts_label.setVisible(bool(missing))
        self.encrypt_button.setText(self.tr("Turn &encryption on…"))
        self.renew_button.setText(self.tr("New recovery &key…"))
        self.delete_plain_button.setText(self.tr("Delete the unencrypted backups ({n})…").format(n=len(plain)))
        self.encrypt_button.setVisible(admin and not encrypted)
        self.renew_button.setVisible(admin and encrypted)
        self.delete_plain_button.setVisible(admin and bool(plain))

    def _show_key(self, recovery_key: str) -> None:
        station = current_station()
        sheet = RecoverySheetDialog(self.window(), recovery_key, settings.get("station.name") or "",
                                    settings.get("station.code") or "", station.folder)
        sheet.exec()

    def turn_on(self) -> None:
        dialog = EncryptionDialog(self.context, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._show_key(dialog.recovery_key)
        messages.info(self, self.tr("The station is encrypted"), self.tr(
            "The station is encrypted. The backup taken first, {name}, and the older backups are not "
            "encrypted: delete them here once you have checked the encrypted station. Everyone now "
            "signs in again.").format(name=dialog.plain_backup.name))
        window = self.window()
        if hasattr(window, "sign_out_requested"):
            window.sign_out_requested.emit()
        else:
            self.refresh()

    def renew(self) -> None:
        dialog = EncryptionDialog(self.context, self.window(), renew=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_key(dialog.recovery_key)
            self.refresh()

    def delete_plain(self) -> None:
        plain = encryption.plain_backups()
        if not plain or not messages.confirm_dangerous(
                self, self.tr("Delete the unencrypted backups"),
                self.tr("Delete the {n} backups made before encryption was turned on? They are the "
                        "way back to the plain station; do it once the encrypted station has "
                        "been checked.").format(n=len(plain)),
                self.tr("Delete backups")):
            return
        removed = encryption.delete_plain_backups(user=self.context.user)
        messages.status(self, self.tr("{n} unencrypted backups deleted").format(n=len(removed)))
        self.refresh()
        page = self.parent()
        while page is not None and not hasattr(page, "load_backups"):
            page = page.parent()
        if page is not None:
            page.load_backups()
