"""The login dialog: username, password and language; lock-out shows the minutes remaining."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from aidstation.core.station_folder import glance
from aidstation.gui.kit import i18n
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.i18n import LANGUAGE_NAMES
from aidstation.gui.kit.ui_helpers import icon, safe_setting


class LoginDialog(QDialog):
    """Asks who is working. After exec() == Accepted, `user` is the signed-in User.

    With a read-only (damaged) station the password is checked without writing anything.
    At start the dialog is shown before the station is open (`station` None, its name read from
    `folder` without the database layer); the desk then calls set_station(). An encrypted station
    opens only with a password: the desk gives set_unlocker() what unwraps its key and opens it,
    and what offers the recovery key.
    """

    language_chosen = Signal(str)

    def __init__(self, station, lang: str, parent=None, username: str = "", folder=None):
        super().__init__(parent)
        load_ui(self, "login_dialog.ui")
        self.station = station
        self.glance = {} if station is not None or folder is None else glance(
            folder, ("station.name", "station.demo"))
        self.lang = lang
        self.user = None
        self.painted = False
        self.unlocker = None
        self.recovery_button.setVisible(False)  # an encrypted station's (set_unlocker)
        self.logo_label.setPixmap(icon("aidstation.svg").pixmap(48, 48))
        self.error_label.setObjectName("form_error")
        self.error_label.setVisible(False)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.username_edit.setText(username)
        (self.password_edit if username else self.username_edit).setFocus()
        self.retranslate()
        hint = self.sizeHint()
        fit_window(self, "shell/login", (max(460, hint.width()), hint.height()))

    def paintEvent(self, event):  # noqa: N802 - Qt override
        self.painted = True  # the desk opens the station once the dialog is on screen
        super().paintEvent(event)

    def set_unlocker(self, unlock, recover) -> None:
        """An encrypted station: `unlock(username, password)` opens it (raising
        core.encryption.UnlockRefused, or False when it cannot be opened at all); `recover()`
        opens the recovery-key dialog."""
        self.unlocker = unlock
        self.recovery_button.clicked.connect(recover)
        self.recovery_button.setVisible(True)

    def set_station(self, station) -> None:
        """The station is open: its settings now come from the database."""
        self.station, self.glance = station, {}
        self.retranslate()

    def _setting(self, key: str) -> str:
        return self.glance.get(key, "") if self.station is None else safe_setting(key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to AidStation"))
        self.title_label.setText(self.tr("Sign in"))
        name = self._setting("station.name") or self.tr("(unnamed station)")
        self.station_label.setText(name)
        self.username_label.setText(self.tr("&Username"))
        self.password_label.setText(self.tr("&Password"))
        self.language_label.setText(self.tr("&Language"))
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.recovery_button.setText(self.tr("Use the &recovery key…"))
        self.recovery_button.setToolTip(self.tr("Every administrator has forgotten their password: "
                                                "open the station with the recovery sheet"))
        if self._setting("station.demo") == "1" and not self.username_edit.text():
            self.username_edit.setPlaceholderText(self.tr("demo station: user demo, password demo"))

    def _language_changed(self) -> None:
        self.lang = i18n.install(QApplication.instance(), self.language_combo.currentData())
        self.retranslate()
        self.language_chosen.emit(self.lang)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def accept(self) -> None:
        if self.station is None and self.unlocker is None:
            return  # not open yet (the desk opens it before any key is handled)
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self.show_error(self.tr("Type your username."))
            self.username_edit.setFocus()
            return
        if self.station is None:
            from aidstation.core import encryption
            from aidstation.core.accounts import LoginError

            try:
                if not self.unlocker(username, password):
                    return  # the desk said why and ends
            except encryption.UnlockRefused as exc:
                self.show_error(LoginError(exc.reason, exc.minutes_remaining).text(self.lang))
                self._retry()
                return
            self.recovery_button.setVisible(False)
        from aidstation.core import accounts

        if self.station.read_only:
            user = accounts.check_login(username, password)  # one verify whatever the name
            if user is None:
                self.show_error(accounts.LoginError("wrong_password").text(self.lang))
                self._retry()
                return
        else:
            try:
                user = accounts.authenticate(username, password)
            except accounts.LoginError as exc:
                self.show_error(exc.text(self.lang))
                self._retry()
                return
        self.user = user
        super().accept()

    def _retry(self) -> None:
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
