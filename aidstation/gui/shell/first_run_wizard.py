"""The first-run wizard: create my station (profile + first administrator) or explore a demo.

The wizard only collects and checks input; `create_station()` and `create_demo()` do the work
through core services, after which the caller opens the station and shows the login.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWizard, QWizardPage

from aidstation.core.station import check_station_code
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import i18n, messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.i18n import LANGUAGE_NAMES
from aidstation.gui.kit.ui_helpers import icon, set_role
from aidstation.gui.kit.widgets import FieldErrors


def create_station(folder: Path, profile: dict, admin: dict, *, encrypt: bool = False) -> str:
    """Create and migrate the station in `folder`, store the profile and the first admin;
    with `encrypt`, an encrypted station (core/keys.py). Returns its recovery key ('' when
    plain), to be shown once.

    Raises ValidationError (nothing usable is left half-made: the admin is checked first).
    """
    from aidstation.core import accounts, records, settings
    from aidstation.core.station import create_encrypted, open_station

    accounts.check_strength(admin["password"], admin["username"])
    profile = dict(profile, code=check_station_code(profile.get("code", "")))
    recovery = ""
    if encrypt:
        _, recovery = create_encrypted(folder, {"station.name": profile.get("name", "")})
    else:
        open_station(folder)
    accounts.create_user(admin["username"], admin.get("display_name", ""), "admin",
                         admin["password"], user=records.system("init"))
    settings.set_many({f"station.{k}": v for k, v in profile.items()}, user=records.system("init"))
    return recovery


def create_demo(folder: Path) -> None:
    """The same generator as `aidstation demo` (admin demo / demo)."""
    from aidstation.core import demo

    demo.generate(folder)


class ChoicePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        load_ui(self, "first_run_choice.ui")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(wizard.lang)))
        self.language_combo.currentIndexChanged.connect(
            lambda: wizard.set_language(self.language_combo.currentData()))
        set_role(self.create_hint, "hint")
        set_role(self.demo_hint, "hint")
        # the demo ends the wizard here: let QWizard swap Next for Finish at once
        self.demo_radio.toggled.connect(self._demo_toggled)

    def _demo_toggled(self, on: bool) -> None:
        wizard = self.wizard()
        wizard.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, on)
        self.completeChanged.emit()
        wizard.button(QWizard.WizardButton.NextButton).setEnabled(not on)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(on)  # QWizard does not re-ask nextId() here, so set both buttons ourselves
        finish.setDefault(on)

    def retranslate(self):
        self.setTitle(self.tr("Welcome to AidStation"))
        self.setSubTitle(self.tr("There is no station in this folder yet."))
        self.intro_label.setText(self.tr("How would you like to start?"))
        self.create_radio.setText(self.tr("&Create my station"))
        self.create_hint.setText(self.tr("Enter your station's profile and create the first "
                                         "administrator account. You can change the profile later in Settings."))
        self.demo_radio.setText(self.tr("&Explore a demo station"))
        self.demo_hint.setText(self.tr("Invented people and six months of records, to try every "
                                       "screen. Sign in as demo with the password demo."))
        self.language_label.setText(self.tr("&Language"))

    def nextId(self):  # noqa: N802 - Qt override
        return -1 if self.demo_radio.isChecked() else FirstRunWizard.STATION


class StationPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        load_ui(self, "first_run_station.ui")
        self.errors = FieldErrors(self, {"name": self.name_edit, "code": self.code_edit})

    def retranslate(self):
        self.setTitle(self.tr("Station profile"))
        self.setSubTitle(self.tr("Printed on documents and on the monthly return."))
        # not &N: that is the wizard's Next button (下一步(N))
        self.name_label.setText(self.tr("S&tation name"))
        self.code_label.setText(self.tr("Station &code"))
        self.code_edit.setPlaceholderText(self.tr("letters and digits, used in file names, e.g. HD-ZGC"))
        self.district_label.setText(self.tr("&District"))
        self.address_label.setText(self.tr("&Address"))
        self.hotline_label.setText(self.tr("&Hotline"))
        self.committee_label.setText(self.tr("&Mediation committee"))
        self.name_edit.setPlaceholderText(self.tr("e.g. 中关村街道法律援助工作站"))

    def profile(self) -> dict:
        return {"name": self.name_edit.text().strip(), "code": self.code_edit.text().strip(),
                "district": self.district_edit.text().strip(), "address": self.address_edit.text().strip(),
                "hotline": self.hotline_edit.text().strip(), "committee": self.committee_edit.text().strip()}

    def validatePage(self):  # noqa: N802 - Qt override
        profile = self.profile()
        try:
            if not profile["name"]:
                raise ValidationError("name", "the station needs a name", "请填写工作站名称")
            try:
                check_station_code(profile["code"])
            except ValidationError:
                # in the words of the label above it (工作站代码), the same on every screen
                raise ValidationError("code", "the station code has 1-20 ASCII letters, digits, '-' or '_'",
                                      "工作站代码为1-20个英文字母、数字、“-”或“_”") from None
        except ValidationError as exc:
            self.errors.show(exc, i18n.current_language())
            return False
        self.errors.clear()
        return True


class AdminPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        load_ui(self, "first_run_admin.ui")
        self.errors = FieldErrors(self, {"username": self.username_edit, "password": self.password_edit,
                                         "confirm": self.confirm_edit}, self.error_label)
        self.error_label.setObjectName("form_error")
        set_role(self.strength_label, "hint")
        self.password_edit.textChanged.connect(self._update_strength)
        self.username_edit.setText("admin")
        # a new station is encrypted unless the administrator says otherwise (issue 20)
        self.encrypt_check = QCheckBox(self)
        self.encrypt_check.setObjectName("encrypt_check")
        self.encrypt_check.setChecked(True)
        self.encrypt_hint = QLabel(self)
        self.encrypt_hint.setWordWrap(True)
        set_role(self.encrypt_hint, "hint")
        self.admin_form.addRow("", self.encrypt_check)
        self.admin_form.addRow("", self.encrypt_hint)
        self.encrypt_check.toggled.connect(self._update_encrypt_hint)

    def retranslate(self):
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The administrator manages users, code tables, backups and settings."))
        self.username_label.setText(self.tr("&Username"))
        self.display_label.setText(self.tr("&Display name"))
        self.password_label.setText(self.tr("&Password"))
        self.confirm_label.setText(self.tr("Con&firm password"))
        self.encrypt_check.setText(self.tr("&Encrypt the station's records (recommended)"))
        self._update_strength()
        self._update_encrypt_hint()

    def _update_encrypt_hint(self, *_args) -> None:
        self.encrypt_hint.setText(self.tr(
            "Without a password no one can read the records, even from a copied file or backup. "
            "Next you print a recovery sheet: the only way in if every administrator forgets their "
            "password.") if self.encrypt_check.isChecked() else self.tr(
            "Not encrypted: anyone who copies the station's file can read every record. You can "
            "turn encryption on later in Settings → Backups."))

    def _update_strength(self):
        from aidstation.core import accounts

        password = self.password_edit.text()
        if not password:
            self.strength_label.setText(self.tr("At least 8 characters, not only digits."))
            return
        try:
            accounts.check_strength(password, self.username_edit.text())
        except ValidationError as exc:
            self.strength_label.setText(exc.text(i18n.current_language()))
        else:
            strong = len(password) >= 12 and not password.isalpha()
            self.strength_label.setText(self.tr("Strong password.") if strong else self.tr("Acceptable password."))

    def admin(self) -> dict:
        return {"username": self.username_edit.text().strip(), "display_name": self.display_edit.text().strip(),
                "password": self.password_edit.text()}

    def validatePage(self):  # noqa: N802 - Qt override
        from aidstation.core import accounts

        admin = self.admin()
        lang = i18n.current_language()
        try:
            if not admin["username"] or " " in admin["username"]:
                raise ValidationError("username", "a username is required, without spaces",
                                      "请填写用户名（不能含空格）")
            accounts.check_strength(admin["password"], admin["username"])
            if admin["password"] != self.confirm_edit.text():
                raise ValidationError("confirm", "the two passwords differ", "两次输入的密码不一致")
        except ValidationError as exc:
            self.errors.show(exc, lang)
            return False
        self.errors.clear()
        return self.wizard().finish_create()


class FirstRunWizard(QWizard):
    """Shown when the station folder has no database. After exec() == Accepted the station
    exists and is open (`mode` is 'create' or 'demo')."""

    CHOICE, STATION, ADMIN = 0, 1, 2

    def __init__(self, folder: Path, lang: str, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.lang = lang
        self.mode = ""
        self.recovery_key = ""  # of a new encrypted station, shown once after the wizard
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("aidstation.svg").pixmap(48, 48))
        self.setMinimumSize(640, 460)
        self.choice_page = ChoicePage(self)
        self.station_page = StationPage(self)
        self.admin_page = AdminPage(self)
        self.setPage(self.CHOICE, self.choice_page)
        self.setPage(self.STATION, self.station_page)
        self.setPage(self.ADMIN, self.admin_page)
        self.retranslate()
        fit_window(self, "shell/first_run", (680, 520))

    def set_language(self, lang: str) -> None:
        self.lang = i18n.install(QApplication.instance(), lang)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("AidStation: first start"))
        for page in (self.choice_page, self.station_page, self.admin_page):
            page.retranslate()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))

    def finish_create(self) -> bool:
        try:
            self.recovery_key = create_station(self.folder, self.station_page.profile(),
                                               self.admin_page.admin(),
                                               encrypt=self.admin_page.encrypt_check.isChecked())
        except ValidationError as exc:
            self.admin_page.errors.show(exc, self.lang)
            return False
        except Exception as exc:  # noqa: BLE001 - shown, logged by the caller's hook
            messages.error(self, self.tr("Could not create the station"), str(exc))
            return False
        self.mode = "create"
        return True

    def accept(self) -> None:
        if self.currentId() == self.CHOICE and self.choice_page.demo_radio.isChecked():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                create_demo(self.folder)
            except Exception as exc:  # noqa: BLE001
                QApplication.restoreOverrideCursor()
                messages.error(self, self.tr("Could not create the demo station"), str(exc))
                return
            QApplication.restoreOverrideCursor()
            self.mode = "demo"
        super().accept()
