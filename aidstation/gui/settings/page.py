"""Settings: station profile, language, and for administrators users, code tables, backups
with restore, the audit log and the bin of deleted records. A clerk sees only the profile
(read-only), the language and the list of backups."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from aidstation.core import accounts, backup, codes, settings, validation
from aidstation.core.db import StationError
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.i18n import LANGUAGE_NAMES
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.ui_helpers import set_role, setup_list_view
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.settings.admin import (
    AUDIT_ACTIONS,
    RECORD_KIND_TITLES,
    RESTORERS,
    AuditTableModel,
    CodeDialog,
    DeletedTableModel,
    UserDialog,
    action_label,
    code_kinds,
    fill_table,
    from_date_edit,
    restore_record,
    selected_key,
    setup_table,
)
from aidstation.gui.settings.password_dialog import PasswordDialog

QT_TRANSLATE_NOOP("pages", "Settings")

# profile field -> setting key
PROFILE_KEYS = {
    "name": "station.name", "code": "station.code", "district": "station.district",
    "address": "station.address", "hotline": "station.hotline", "phone": "station.phone",
    "head": "station.head", "committee": "station.committee", "aid_centre": "station.aid_centre",
    "mediation_prefix": "numbers.mediation_prefix", "aid_prefix": "numbers.aid_prefix",
}


class SettingsPage(QWidget):
    ADMIN_TABS = ("users_tab", "codes_tab", "audit_tab", "deleted_tab")

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "settings_page.ui")
        self.context = context
        self.admin = context.is_admin and not context.station.read_only
        set_role(self.title_label, "title")
        set_role(self.profile_hint, "hint")
        set_role(self.backups_hint, "hint")
        if not context.is_admin:
            for name in self.ADMIN_TABS:
                self.tabs.removeTab(self.tabs.indexOf(getattr(self, name)))
        self.profile_errors = FieldErrors(self, {k: getattr(self, f"{k}_edit") for k in PROFILE_KEYS}
                                          | {"idle_minutes": self.idle_minutes_edit,
                                             "hardship_threshold": self.hardship_threshold_edit},
                                          self.profile_hint)
        self._build_language()
        self._build_backups()
        if context.is_admin:
            self._build_users()
            self._build_codes()
            self._build_audit()
            self._build_deleted()
        self.save_profile_button.clicked.connect(self.save_profile)
        for edit in [getattr(self, f"{k}_edit") for k in PROFILE_KEYS]:
            edit.setReadOnly(not self.admin)
            edit.setMaximumWidth(560)
        self.idle_minutes_edit.setMaximumWidth(120)
        self.idle_minutes_edit.setEnabled(self.admin)
        # Legal-aid and deadline settings (issue 6: threshold, card holders, natural/working days)
        self.hardship_threshold_edit.setMaximumWidth(160)
        self.hardship_threshold_edit.setReadOnly(not self.admin)
        for widget in (self.supplement_days_edit, self.followup_days_edit):
            widget.setMaximumWidth(120)
        for widget in (self.supplement_days_edit, self.followup_days_edit,
                       self.card_holders_exempt_check, self.working_days_check):
            widget.setEnabled(self.admin)
        self.save_profile_button.setVisible(self.admin)
        if context.is_admin and context.station.read_only:  # a damaged station: look, restore only
            for button in (self.add_user_button, self.edit_user_button, self.toggle_user_button,
                           self.reset_password_button, self.add_code_button, self.relabel_code_button,
                           self.retire_code_button, self.restore_record_button):
                button.setEnabled(False)
        self.retranslate()
        self.load_profile()

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.tabs
        self.title_label.setText(self.tr("Settings"))
        t.setTabText(t.indexOf(self.profile_tab), self.tr("Station profile"))
        t.setTabText(t.indexOf(self.language_tab), self.tr("Language"))
        t.setTabText(t.indexOf(self.backups_tab), self.tr("Backups"))
        labels = {"name": self.tr("Station name"), "code": self.tr("Station code"),
                  "district": self.tr("District"), "address": self.tr("Address"),
                  "hotline": self.tr("Hotline"), "phone": self.tr("Office phone"),
                  "head": self.tr("Head of station"), "committee": self.tr("Mediation committee"),
                  "aid_centre": self.tr("Legal-aid centre"),
                  "mediation_prefix": self.tr("Mediation number prefix"),
                  "aid_prefix": self.tr("Legal-aid number prefix"),
                  "idle_minutes": self.tr("Lock after idle minutes"),
                  "hardship_threshold": self.tr("Hardship threshold (yuan per head per month)"),
                  "supplement_days": self.tr("Days to supply missing materials"),
                  "followup_days": self.tr("Legal-aid follow-up due after (days)")}
        for key, text in labels.items():
            getattr(self, f"{key}_label").setText(text)
        self.hardship_threshold_edit.setPlaceholderText(self.tr("0 = not set"))
        self.card_holders_exempt_check.setText(
            self.tr("Low-income contact-card holders count as social-assistance recipients"))
        self.working_days_check.setText(self.tr("Count deadlines in working days (Monday to Friday)"))
        self.idle_minutes_edit.setSpecialValueText(self.tr("never"))
        self.profile_hint.setText("" if self.admin else self.tr("Only an administrator can change the profile."))
        self.save_profile_button.setText(self.tr("Save profile"))
        self.language_label.setText(self.tr("Language of the program"))
        self.apply_language_button.setText(self.tr("Switch language"))
        self.backups_hint.setText(self.tr("A backup is made every day and when AidStation closes; "
                                          "30 daily and 12 monthly copies are kept in the backups folder."))
        self.backup_now_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore selected backup…"))
        setup_table(self.backups_table, [self.tr("Taken at"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        if self.context.is_admin:
            t.setTabText(t.indexOf(self.users_tab), self.tr("Users"))
            t.setTabText(t.indexOf(self.codes_tab), self.tr("Code tables"))
            t.setTabText(t.indexOf(self.audit_tab), self.tr("Audit log"))
            t.setTabText(t.indexOf(self.deleted_tab), self.tr("Deleted records"))
            self.add_user_button.setText(self.tr("Add user…"))
            self.edit_user_button.setText(self.tr("Edit…"))
            self.toggle_user_button.setText(self.tr("Activate / deactivate"))
            self.reset_password_button.setText(self.tr("Reset password…"))
            setup_table(self.users_table, [self.tr("Username"), self.tr("Display name"), self.tr("Role"),
                                           self.tr("Active"), self.tr("Last sign-in"), self.tr("Locked until")])
            self.kind_label.setText(self.tr("Code table"))
            self.add_code_button.setText(self.tr("Add…"))
            self.relabel_code_button.setText(self.tr("Relabel…"))
            self.retire_code_button.setText(self.tr("Retire / bring back"))
            setup_table(self.codes_table, [self.tr("Code"), self.tr("Chinese label"), self.tr("English label"),
                                           self.tr("In use for new records")])
            self.audit_user_edit.setPlaceholderText(self.tr("user"))
            self.audit_from_label.setText(self.tr("from"))
            self.audit_to_label.setText(self.tr("to"))
            self.deleted_kind_label.setText(self.tr("Records"))
            self.restore_record_button.setText(self.tr("Restore selected record"))

    # --- profile -------------------------------------------------------------------------
    def load_profile(self) -> None:
        values = settings.get_all()
        for key, setting in PROFILE_KEYS.items():
            getattr(self, f"{key}_edit").setText(values.get(setting, ""))
        try:
            self.idle_minutes_edit.setValue(int(float(values.get("security.idle_lock_minutes") or 0)))
        except ValueError:
            self.idle_minutes_edit.setValue(10)
        self.hardship_threshold_edit.setText(values.get("aid.hardship_threshold", ""))
        for edit, key, default in ((self.supplement_days_edit, "aid.supplement_days", 15),
                                   (self.followup_days_edit, "aid.followup_days", 30)):
            try:
                edit.setValue(int(values.get(key) or default))
            except ValueError:
                edit.setValue(default)
        self.card_holders_exempt_check.setChecked(settings.get_bool("aid.card_holders_exempt"))
        self.working_days_check.setChecked(settings.get_bool("clocks.working_days"))

    def save_profile(self) -> bool:
        from aidstation.core.station import check_station_code

        self.profile_errors.clear()
        values = {setting: getattr(self, f"{key}_edit").text().strip() for key, setting in PROFILE_KEYS.items()}
        try:
            if not values["station.name"]:
                raise ValidationError("name", "the station needs a name", "请填写工作站名称")
            values["station.code"] = check_station_code(values["station.code"])
            values["security.idle_lock_minutes"] = str(self.idle_minutes_edit.value())
            values["aid.hardship_threshold"] = str(validation.amount(
                self.hardship_threshold_edit.text(), "hardship_threshold"))
            values["aid.supplement_days"] = str(self.supplement_days_edit.value())
            values["aid.followup_days"] = str(self.followup_days_edit.value())
            values["aid.card_holders_exempt"] = self.card_holders_exempt_check.isChecked()
            values["clocks.working_days"] = self.working_days_check.isChecked()
            settings.set_many(values, user=self.context.user)
        except ValidationError as exc:
            self.profile_errors.show(exc, self.context.lang)
            return False
        window = self.window()
        if hasattr(window, "set_idle_minutes"):
            window.set_idle_minutes(self.idle_minutes_edit.value())
        if hasattr(window, "retranslate"):
            window.retranslate()
        messages.info(self, self.tr("Settings"), self.tr("The station profile was saved."))
        return True

    # --- language ------------------------------------------------------------------------
    def _build_language(self) -> None:
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.context.lang)))
        self.apply_language_button.clicked.connect(self.switch_language)
        self.language_combo.setMaximumWidth(260)

    def switch_language(self) -> None:
        lang = self.language_combo.currentData()
        if lang != self.context.lang:
            self.context.language_changed.emit(lang)

    # --- backups -------------------------------------------------------------------------
    def _build_backups(self) -> None:
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_backup)
        self.restore_button.setVisible(self.context.is_admin)
        self.backup_now_button.setEnabled(not self.context.station.read_only)

    def load_backups(self) -> None:
        items = backup.list_backups()
        rows = [(b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), b.kind, f"{b.size / 1024:.0f} KB", b.name) for b in items]
        fill_table(self.backups_table, rows, [str(b.path) for b in items])

    def backup_now(self) -> None:
        try:
            path = backup.make_backup()
        except StationError as exc:
            messages.error(self, self.tr("Backup failed"), str(exc))
            return
        self.load_backups()
        messages.info(self, self.tr("Backup made"), self.tr("Backup written: {name}").format(name=path.name))

    def restore_backup(self) -> None:
        path = selected_key(self.backups_table)
        if not self.context.is_admin or path is None:
            return
        if not messages.confirm_dangerous(
                self, self.tr("Restore backup"),
                self.tr("Replace the station's records with this backup? Everything entered after it "
                        "will be gone (a safety copy of the current database is kept)."),
                self.tr("Restore backup")):
            return
        try:
            backup.restore(path, user=self.context.user)
        except StationError as exc:
            messages.error(self, self.tr("Restore failed"), str(exc))
            return
        messages.info(self, self.tr("Backup restored"), self.tr("The backup was restored. Please sign in again."))
        window = self.window()
        if hasattr(window, "sign_out_requested"):
            window.sign_out_requested.emit()

    # --- users (admin) ---------------------------------------------------------------------
    def _build_users(self) -> None:
        self.add_user_button.clicked.connect(self.add_user)
        self.edit_user_button.clicked.connect(self.edit_user)
        self.toggle_user_button.clicked.connect(self.toggle_user)
        self.reset_password_button.clicked.connect(self.reset_password)

    def load_users(self) -> None:
        users = accounts.list_users()
        role = {"admin": self.tr("Administrator"), "clerk": self.tr("Clerk")}
        rows = [(u.username, u.display_name, role.get(u.role, u.role), self.tr("yes") if u.active else self.tr("no"),
                 u.last_login.strftime("%Y-%m-%d %H:%M") if u.last_login else "",
                 u.locked_until.strftime("%H:%M") if u.locked_until else "") for u in users]
        fill_table(self.users_table, rows, [u.id for u in users])

    def _selected_user(self):
        from aidstation.core.models import User

        key = selected_key(self.users_table)
        return User.get_or_none(User.id == key) if key is not None else None

    def add_user(self) -> None:
        if UserDialog(self.context, self).exec() == QDialog.DialogCode.Accepted:
            self.load_users()

    def edit_user(self) -> None:
        user = self._selected_user()
        if user is not None and UserDialog(self.context, self, user).exec() == QDialog.DialogCode.Accepted:
            self.load_users()

    def toggle_user(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        try:
            accounts.set_active(user, not user.active, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Users"), exc.text(self.context.lang))
        self.load_users()

    def reset_password(self) -> None:
        user = self._selected_user()
        if user is not None and PasswordDialog(self.context, self, reset_for=user).exec():
            self.load_users()
            messages.info(self, self.tr("Users"), self.tr("The password of {name} was reset.").format(name=user.username))

    # --- code tables (admin) -------------------------------------------------------------
    def _build_codes(self) -> None:
        for kind, label in code_kinds(self.context.code_lang):
            self.kind_combo.addItem(label, kind)
        self.kind_combo.currentIndexChanged.connect(self.load_codes)
        self.add_code_button.clicked.connect(self.add_code)
        self.relabel_code_button.clicked.connect(self.relabel_code)
        self.retire_code_button.clicked.connect(self.retire_code)

    def load_codes(self) -> None:
        rows = codes.entries(self.kind_combo.currentData(), include_retired=True)
        fill_table(self.codes_table, [(c.code, c.label_zh, c.label_en, self.tr("yes") if c.active else self.tr("retired"))
                                      for c in rows], [c.id for c in rows])

    def _selected_code(self):
        from aidstation.core.models import Code

        key = selected_key(self.codes_table)
        return Code.get_or_none(Code.id == key) if key is not None else None

    def add_code(self) -> None:
        if CodeDialog(self.context, self.kind_combo.currentData(), self).exec() == QDialog.DialogCode.Accepted:
            self.load_codes()

    def relabel_code(self) -> None:
        row = self._selected_code()
        if row is not None and CodeDialog(self.context, row.kind, self, row).exec() == QDialog.DialogCode.Accepted:
            self.load_codes()

    def retire_code(self) -> None:
        row = self._selected_code()
        if row is None:
            return
        codes.set_code_active(row, not row.active, user=self.context.user)
        self.load_codes()

    # --- audit log (admin) ---------------------------------------------------------------
    def _build_audit(self) -> None:
        from aidstation.core.models import RECORD_MODELS

        self.audit_model = AuditTableModel(self)
        self.audit_view.setModel(self.audit_model)
        self._setup_view(self.audit_view)
        self.audit_action_combo.addItem(QCoreApplication.translate("settings", "All actions"), "")
        for action in AUDIT_ACTIONS:
            self.audit_action_combo.addItem(action_label(action), action)
        self.audit_entity_combo.addItem(QCoreApplication.translate("settings", "All records"), "")
        for name in ["User", "Setting", "Code", *RECORD_MODELS]:
            self.audit_entity_combo.addItem(name, name)
        for edit in (self.audit_from_edit, self.audit_to_edit):
            edit.set_optional(True)
            edit.set_date_value(None)
            edit.dateChanged.connect(self.filter_audit)
        self.audit_action_combo.currentIndexChanged.connect(self.filter_audit)
        self.audit_entity_combo.currentIndexChanged.connect(self.filter_audit)
        self.audit_user_edit.textChanged.connect(self.filter_audit)
        for column, width in enumerate([140, 80, 80, 110, 50, 200]):
            self.audit_view.setColumnWidth(column, width)

    def filter_audit(self, *_args) -> None:
        self.audit_model.set_filters(action=self.audit_action_combo.currentData(),
                                     entity=self.audit_entity_combo.currentData(),
                                     username=self.audit_user_edit.text().strip(),
                                     date_from=from_date_edit(self.audit_from_edit),
                                     date_to=from_date_edit(self.audit_to_edit))
        self.audit_count_label.setText(self.tr("{n} event(s)").format(n=self.audit_model.total))

    # --- deleted records (admin) ---------------------------------------------------------
    def _build_deleted(self) -> None:
        for name in RESTORERS:
            self.deleted_kind_combo.addItem(QCoreApplication.translate("settings", RECORD_KIND_TITLES[name]), name)
        self.deleted_model = DeletedTableModel("Consultation", self)
        self.deleted_view.setModel(self.deleted_model)
        self._setup_view(self.deleted_view)
        self.deleted_kind_combo.currentIndexChanged.connect(
            lambda: self.deleted_model.set_filters(model=self.deleted_kind_combo.currentData()))
        self.restore_record_button.clicked.connect(self.restore_record)

    def restore_record(self) -> None:
        index = self.deleted_view.currentIndex()
        record = self.deleted_model.record(index.row()) if index.isValid() else None
        if record is None:
            return
        name = self.deleted_kind_combo.currentData()
        try:
            restore_record(name, record, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Restore"), exc.text(self.context.lang))
            return
        self.deleted_model.refresh()
        self.context.notify(name)

    @staticmethod
    def _setup_view(view) -> None:
        setup_list_view(view)

    def refresh(self) -> None:
        self.load_profile()
        self.load_backups()
        if self.context.is_admin:
            self.load_users()
            self.load_codes()
            self.filter_audit()
            self.deleted_model.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if not getattr(self, "_shown", False):
            self._shown = True
            self.refresh()


PAGE = PageSpec("settings", "Settings", "settings.svg", 100, SettingsPage)
