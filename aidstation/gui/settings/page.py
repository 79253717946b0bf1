"""Settings: station profile, language, and for administrators users, code tables, backups
with restore, ledger import, the audit log and the bin of deleted records. A clerk sees only
the profile (read-only), the language and the list of backups.

The profile is the page's one form: its edits are guarded (the main window asks Save / Discard /
Cancel on leaving the page through has_unsaved_changes/save_changes/discard_changes), Ctrl+S
saves it, and it scrolls under a Save bar that always stays visible."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QSpinBox, QWidget

from aidstation.core import accounts, backup, codes, settings, validation
from aidstation.core.db import StationError
from aidstation.core.validation import Problems, ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.guard import FormGuard
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
    backups_model,
    code_kinds,
    codes_model,
    restore_record,
    selected_record,
    users_model,
)
from aidstation.gui.settings.calendar_dialog import open_calendar
from aidstation.gui.settings.ledger_import import open_ledger_import
from aidstation.gui.settings.password_dialog import PasswordDialog
from aidstation.gui.settings.retention_dialog import open_retention

QT_TRANSLATE_NOOP("pages", "Settings")

# profile field -> setting key
PROFILE_KEYS = {
    "name": "station.name", "code": "station.code", "district": "station.district",
    "address": "station.address", "hotline": "station.hotline", "phone": "station.phone",
    "head": "station.head", "committee": "station.committee", "aid_centre": "station.aid_centre",
    "mediation_prefix": "numbers.mediation_prefix", "aid_prefix": "numbers.aid_prefix",
}


def check_profile(values: dict) -> dict:
    """The profile's values checked together: every problem at once (ValidationErrors)."""
    from aidstation.core.station import check_station_code

    problems = Problems()
    if not values["station.name"]:
        problems.add("name", "the station needs a name", "请填写工作站名称")
    try:
        values["station.code"] = check_station_code(values["station.code"])
    except ValidationError:
        # in the words of the label beside it (工作站代码), as the first-run wizard says it
        problems.add("code", "the station code has 1-20 ASCII letters, digits, '-' or '_'",
                     "工作站代码为1-20个英文字母、数字、“-”或“_”")
    threshold = problems.check(validation.amount, values["aid.hardship_threshold"], "hardship_threshold")
    problems.raise_any()
    values["aid.hardship_threshold"] = str(threshold)
    return values


RISK_LEVELS = ("red", "yellow", "blue")  # settings screening.risk_<level>

class SettingsPage(QWidget):
    ADMIN_TABS = ("users_tab", "codes_tab", "ledgers_tab", "audit_tab", "deleted_tab")

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "settings_page.ui")
        self.context = context
        self.admin = context.is_admin and not context.station.read_only
        self._dialogs: list = []
        set_role(self.title_label, "title")
        set_role(self.profile_hint, "hint")
        set_role(self.backups_hint, "hint")
        set_role(self.ledgers_hint, "hint")
        # the scrolling profile reads as part of its tab, not as a grey panel
        self.profile_scroll.viewport().setAutoFillBackground(False)
        self.profile_body.setAutoFillBackground(False)
        for hint in (self.backups_hint, self.ledgers_hint):
            hint.setMaximumWidth(760)  # a readable line, even on a wide screen
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
            self.import_ledgers_button.clicked.connect(self.open_ledger_import)
        self.save_profile_button.clicked.connect(self.save_profile)
        QShortcut(QKeySequence.StandardKey.Save, self.profile_tab, activated=self._save_shortcut,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        # the working-day calendar (holidays, make-up days) beside the working-days switch
        self.calendar_button = QPushButton(self.profile_body)
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setAutoDefault(False)
        self.calendar_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.profile_form.addRow("", self.calendar_button)
        self.calendar_button.setVisible(self.admin)
        self.calendar_button.clicked.connect(self.open_calendar)
        self._build_screening_fields()
        # how long personal data is kept, and the review of records past their period (issue 20)
        self.retention_button = QPushButton(self.profile_body)
        self.retention_button.setObjectName("retention_button")
        self.retention_button.setAutoDefault(False)
        self.retention_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.profile_form.addRow("", self.retention_button)
        self.retention_button.setVisible(self.admin)
        self.retention_button.clicked.connect(self.open_retention)
        if context.is_admin and context.station.read_only:  # a damaged station: look, restore only
            for button in (self.add_user_button, self.edit_user_button, self.toggle_user_button,
                           self.reset_password_button, self.add_code_button, self.relabel_code_button,
                           self.retire_code_button, self.restore_record_button, self.import_ledgers_button):
                button.setEnabled(False)
        self.retranslate()
        self.load_profile()
        self.guard = FormGuard(self.profile_body)

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
        self.working_days_check.setText(
            self.tr("Count deadlines in working days (skipping public holidays, with make-up working days)"))
        self.calendar_button.setText(self.tr("Working-day calendar…"))
        self.retention_button.setText(self.tr("Retention of personal data…"))
        self.screening_days_label.setText(self.tr("Dispute screening due every (days)"))
        for level, text in (("red", self.tr("Red risk means")), ("yellow", self.tr("Yellow risk means")),
                            ("blue", self.tr("Blue risk means"))):
            getattr(self, f"risk_{level}_label").setText(text)
        self.idle_minutes_edit.setSpecialValueText(self.tr("never"))
        self.profile_hint.setText("" if self.admin else self.tr("Only an administrator can change the profile."))
        self.profile_hint.setVisible(bool(self.profile_hint.text()))
        self.save_profile_button.setText(self.tr("&Save profile"))
        self.save_profile_button.setToolTip(self.tr("Save the station profile (Ctrl+S)"))
        self.language_label.setText(self.tr("Language of the program"))
        self.apply_language_button.setText(self.tr("Switch language"))
        self.backups_hint.setText(self.tr("A backup is made every day and when AidStation closes; "
                                          "30 daily and 12 monthly copies are kept in the backups folder."))
        self.backup_now_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore selected backup…"))
        if self.context.is_admin:
            t.setTabText(t.indexOf(self.users_tab), self.tr("Users"))
            t.setTabText(t.indexOf(self.codes_tab), self.tr("Code tables"))
            t.setTabText(t.indexOf(self.ledgers_tab), self.tr("Ledger import"))
            t.setTabText(t.indexOf(self.audit_tab), self.tr("Audit log"))
            t.setTabText(t.indexOf(self.deleted_tab), self.tr("Deleted records"))
            self.add_user_button.setText(self.tr("Add user…"))
            self.edit_user_button.setText(self.tr("Edit…"))
            self.toggle_user_button.setText(self.tr("Activate / deactivate"))
            self.reset_password_button.setText(self.tr("Reset password…"))
            self.kind_label.setText(self.tr("Code table"))
            self.add_code_button.setText(self.tr("Add…"))
            self.relabel_code_button.setText(self.tr("Relabel…"))
            self.retire_code_button.setText(self.tr("Retire / bring back"))
            self.ledgers_hint.setText(self.tr(
                "Bring in the ledgers the station kept before AidStation (people, consultations, mediation "
                "cases, legal-aid applications, contact cards, publicity), one Excel workbook at a time. "
                "Every row is checked first and you see what would be imported before anything is written."))
            self.import_ledgers_button.setText(self.tr("Import ledgers…"))
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
        try:
            self.screening_days_edit.setValue(int(values.get("screening.every_days") or 15))
        except ValueError:
            self.screening_days_edit.setValue(15)
        for level in RISK_LEVELS:
            getattr(self, f"risk_{level}_edit").setText(values.get(f"screening.risk_{level}", ""))
        self.card_holders_exempt_check.setChecked(settings.get_bool("aid.card_holders_exempt"))
        self.working_days_check.setChecked(settings.get_bool("clocks.working_days"))
        if hasattr(self, "guard"):
            self.guard.mark_clean()

    def save_profile(self) -> bool:
        if not self.admin:
            return False
        self.profile_errors.clear()
        values = {setting: getattr(self, f"{key}_edit").text().strip() for key, setting in PROFILE_KEYS.items()}
        values["aid.hardship_threshold"] = self.hardship_threshold_edit.text()
        try:
            values = check_profile(values)
            values["security.idle_lock_minutes"] = str(self.idle_minutes_edit.value())
            values["aid.supplement_days"] = str(self.supplement_days_edit.value())
            values["aid.followup_days"] = str(self.followup_days_edit.value())
            values["screening.every_days"] = str(self.screening_days_edit.value())
            for level in RISK_LEVELS:
                values[f"screening.risk_{level}"] = getattr(self, f"risk_{level}_edit").text().strip()
            values["aid.card_holders_exempt"] = self.card_holders_exempt_check.isChecked()
            values["clocks.working_days"] = self.working_days_check.isChecked()
            settings.set_many(values, user=self.context.user)
        except ValidationError as exc:
            self.tabs.setCurrentWidget(self.profile_tab)  # show the clerk what is wrong
            self.profile_errors.show(exc, self.context.lang)
            return False
        self.load_profile()  # what was stored, normalised (and the guard clean)
        window = self.window()
        if hasattr(window, "set_idle_minutes"):
            window.set_idle_minutes(self.idle_minutes_edit.value())
        if hasattr(window, "retranslate"):
            window.retranslate()
        messages.status(self, self.tr("Station profile saved"))
        return True

    def _save_shortcut(self) -> None:
        if self.admin:
            self.save_profile()

    # the main window asks these when the clerk leaves the page, signs out or quits
    def has_unsaved_changes(self) -> bool:
        return self.admin and self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.save_profile()

    def discard_changes(self) -> None:
        self.profile_errors.clear()
        self.load_profile()

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
        from aidstation.gui.settings.encryption import EncryptionPanel

        # whether the station is encrypted, and (administrators) turning it on: issue 20
        self.encryption_panel = EncryptionPanel(self.context, self.backups_tab)
        self.backups_tab.layout().insertWidget(1, self.encryption_panel)
        self.backups_model = backups_model(self)
        self.backups_view.setModel(self.backups_model)
        setup_list_view(self.backups_view)
        setup_columns(self.backups_view, "settings/backups", stretch=3, hide_first=[2, 1])
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_backup)
        self.restore_button.setVisible(self.context.is_admin)
        self.backup_now_button.setEnabled(not self.context.station.read_only)

    def load_backups(self) -> None:
        self.backups_model.refresh()

    def backup_now(self) -> None:
        try:
            path = backup.make_backup()
        except StationError as exc:
            messages.error(self, self.tr("Backup failed"), str(exc))
            return
        self.load_backups()
        messages.status(self, self.tr("Backup written: {name}").format(name=path.name))

    def restore_backup(self) -> None:
        chosen = selected_record(self.backups_view)
        if not self.context.is_admin or chosen is None:
            return
        if not messages.confirm_dangerous(
                self, self.tr("Restore backup"),
                self.tr("Replace the station's records with this backup? Everything entered after it "
                        "will be gone (a safety copy of the current database is kept)."),
                self.tr("Restore backup")):
            return
        try:
            backup.restore(chosen.path, user=self.context.user)
        except StationError as exc:
            messages.error(self, self.tr("Restore failed"), str(exc))
            return
        messages.info(self, self.tr("Backup restored"), self.tr("The backup was restored. Please sign in again."))
        window = self.window()
        if hasattr(window, "sign_out_requested"):
            window.sign_out_requested.emit()

    # --- ledger import (admin) -----------------------------------------------------------
    def open_ledger_import(self):
        """The ledger import dialog (also the dashboard's first-run "Import your ledgers");
        returns it, or None when this user may not import (and says why)."""
        dialog = open_ledger_import(self.context, self.window() or self)
        if dialog is not None:
            self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog

    def open_retention(self):
        """Retention periods and the review of records past them (administrators); or None."""
        dialog = open_retention(self.context, self.window() or self)
        if dialog is not None:
            self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog

    def _build_screening_fields(self) -> None:
        """Dispute screening (issue 17): the rhythm rounds are due at, and what each risk level
        means at this station (shown beside the risk in the round window)."""
        self.screening_days_label = QLabel(self.profile_body)
        self.screening_days_edit = QSpinBox(self.profile_body)
        self.screening_days_edit.setObjectName("screening_days_edit")
        self.screening_days_edit.setRange(1, 366)
        self.screening_days_edit.setMaximumWidth(120)
        self.screening_days_edit.setEnabled(self.admin)
        self.screening_days_label.setBuddy(self.screening_days_edit)
        self.profile_form.addRow(self.screening_days_label, self.screening_days_edit)
        for level in RISK_LEVELS:
            label, edit = QLabel(self.profile_body), QLineEdit(self.profile_body)
            edit.setObjectName(f"risk_{level}_edit")
            edit.setMaxLength(200)
            edit.setMaximumWidth(560)
            edit.setReadOnly(not self.admin)
            label.setBuddy(edit)
            setattr(self, f"risk_{level}_label", label)
            setattr(self, f"risk_{level}_edit", edit)
            self.profile_form.addRow(label, edit)

    def open_calendar(self):
        """The working-day calendar dialog (administrators); returns it, or None."""
        dialog = open_calendar(self.context, self.window() or self)
        if dialog is not None:
            self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog

    # --- users (admin) ---------------------------------------------------------------------
    def _build_users(self) -> None:
        self.users_model = users_model(self)
        self.users_view.setModel(self.users_model)
        setup_list_view(self.users_view)
        setup_columns(self.users_view, "settings/users", stretch=1, hide_first=[5, 4])
        self.users_view.doubleClicked.connect(self.edit_user)
        self.add_user_button.clicked.connect(self.add_user)
        self.edit_user_button.clicked.connect(self.edit_user)
        self.toggle_user_button.clicked.connect(self.toggle_user)
        self.reset_password_button.clicked.connect(self.reset_password)

    def load_users(self) -> None:
        self.users_model.refresh()

    def add_user(self) -> None:
        UserDialog(self.context, self).exec()
        self.load_users()

    def edit_user(self, *_args) -> None:
        user = selected_record(self.users_view)
        if user is not None:
            UserDialog(self.context, self, user).exec()
            self.load_users()

    def toggle_user(self) -> None:
        user = selected_record(self.users_view)
        if user is None:
            return
        try:
            accounts.set_active(user, not user.active, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Users"), exc.text(self.context.lang))
        else:
            messages.status(self, (self.tr("User {name} activated") if user.active
                                   else self.tr("User {name} deactivated")).format(name=user.username))
        self.load_users()

    def reset_password(self) -> None:
        user = selected_record(self.users_view)
        if user is not None and PasswordDialog(self.context, self, reset_for=user).exec():
            self.load_users()

    # --- code tables (admin) -------------------------------------------------------------
    def _build_codes(self) -> None:
        for kind, label in code_kinds(self.context.code_lang):
            self.kind_combo.addItem(label, kind)
        self.codes_model = codes_model(self.kind_combo.currentData, self)
        self.codes_view.setModel(self.codes_model)
        setup_list_view(self.codes_view)
        setup_columns(self.codes_view, "settings/codes", stretch=2, hide_first=[0])
        self.codes_view.doubleClicked.connect(self.relabel_code)
        self.kind_combo.currentIndexChanged.connect(self.load_codes)
        self.add_code_button.clicked.connect(self.add_code)
        self.relabel_code_button.clicked.connect(self.relabel_code)
        self.retire_code_button.clicked.connect(self.retire_code)

    def load_codes(self) -> None:
        self.codes_model.refresh()

    def add_code(self) -> None:
        CodeDialog(self.context, self.kind_combo.currentData(), self).exec()
        self.load_codes()

    def relabel_code(self, *_args) -> None:
        row = selected_record(self.codes_view)
        if row is not None:
            CodeDialog(self.context, row.kind, self, row).exec()
            self.load_codes()

    def retire_code(self) -> None:
        row = selected_record(self.codes_view)
        if row is None:
            return
        codes.set_code_active(row, not row.active, user=self.context.user)
        messages.status(self, (self.tr("Code {code} is in use again") if row.active
                               else self.tr("Code {code} retired")).format(code=row.code))
        self.load_codes()

    # --- audit log (admin) ---------------------------------------------------------------
    def _build_audit(self) -> None:
        from aidstation.core.models import RECORD_MODELS

        self.audit_model = AuditTableModel(self)
        self.audit_view.setModel(self.audit_model)
        setup_list_view(self.audit_view)
        setup_columns(self.audit_view, "settings/audit", stretch=6, hide_first=[4, 5])
        self.audit_action_combo.addItem(QCoreApplication.translate("settings", "All actions"), "")
        for action in AUDIT_ACTIONS:
            self.audit_action_combo.addItem(action_label(action), action)
        self.audit_entity_combo.addItem(QCoreApplication.translate("settings", "All records"), "")
        for name in ["User", "Setting", "Code", *RECORD_MODELS]:
            self.audit_entity_combo.addItem(name, name)
        self.audit_errors = FieldErrors(self, {"date_from": self.audit_from_edit, "date_to": self.audit_to_edit},
                                        self.audit_count_label)
        for edit in (self.audit_from_edit, self.audit_to_edit):
            edit.setMaximumWidth(edit.sizeHint().width() + 24)  # the user filter takes the room
            edit.date_changed.connect(self.filter_audit)
            edit.line_edit.editingFinished.connect(self.filter_audit)
        self.audit_action_combo.currentIndexChanged.connect(self.filter_audit)
        self.audit_entity_combo.currentIndexChanged.connect(self.filter_audit)
        self.audit_user_edit.textChanged.connect(self.filter_audit)

    def filter_audit(self, *_args) -> None:
        """Filter the log; a from/to text that is no date is named beside its field (and not used)."""
        problems = Problems()
        for key, edit in (("date_from", self.audit_from_edit), ("date_to", self.audit_to_edit)):
            if edit.problem():
                problems.add(key, edit.problem(), edit.problem())
        self.audit_model.set_filters(action=self.audit_action_combo.currentData(),
                                     entity=self.audit_entity_combo.currentData(),
                                     username=self.audit_user_edit.text().strip(),
                                     date_from=self.audit_from_edit.date_value(),
                                     date_to=self.audit_to_edit.date_value())
        self.audit_errors.clear()
        try:
            problems.raise_any()
        except ValidationError as exc:
            self.audit_errors.show(exc, self.context.lang)
        self.audit_count_label.setText(self.tr("{n} event(s)").format(n=self.audit_model.total))
        self.audit_count_label.setVisible(True)

    # --- deleted records (admin) ---------------------------------------------------------
    def _build_deleted(self) -> None:
        for name in RESTORERS:
            self.deleted_kind_combo.addItem(QCoreApplication.translate("settings", RECORD_KIND_TITLES[name]), name)
        self.deleted_model = DeletedTableModel("Consultation", self)
        self.deleted_view.setModel(self.deleted_model)
        setup_list_view(self.deleted_view)
        setup_columns(self.deleted_view, "settings/deleted", stretch=1, hide_first=[0])
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
        messages.status(self, self.tr("Record restored"))

    def refresh(self) -> None:
        """Shown again: reload the lists; the profile only when it holds no edits of the clerk."""
        if not self.has_unsaved_changes():
            self.load_profile()
        self.load_backups()
        self.encryption_panel.refresh()
        if self.context.is_admin:
            self.load_users()
            self.load_codes()
            self.filter_audit()
            self.deleted_model.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        if not getattr(self, "_shown", False):
            self._shown = True
            self.refresh()


def screenshots(context, parent) -> list:
    """The Settings windows besides the page, for `make screenshots`."""
    from aidstation.excel.ledgers import ImportReport, Problem
    from aidstation.gui.settings.ledger_import import LedgerImportDialog

    ready = LedgerImportDialog(context, parent)
    ready.kind_combo.setCurrentIndex(ready.kind_combo.findData("consultations"))
    ready.file_edit.setText("/home/clerk/台账/2025 咨询登记.xlsx")
    ready._checked(ImportReport("consultations", rows=248, written=248, people_matched=31,
                                people_created=190, dry_run=True))
    refused = LedgerImportDialog(context, parent)
    refused.kind_combo.setCurrentIndex(refused.kind_combo.findData("consultations"))
    refused.file_edit.setText("/home/clerk/台账/2024 咨询登记.xlsx")
    channels = "one of 来访, 来电, 12348热线, 来信, 网络, 上门, or their codes (可填：来访、来电、12348热线、来信、网络、上门)"
    refused._checked(ImportReport("consultations", rows=312, problems=[
        Problem(14, "咨询方式", "unknown code 飞鸽传书 (代码表中没有“飞鸽传书”)", "飞鸽传书", channels, 1),
        Problem(27, "咨询时间", "not a date and time: 3月5日 (不是日期时间：3月5日)", "3月5日",
                "a date such as 2025-3-5, 2025年3月5日 (日期，如 2025-3-5、2025年3月5日)", 0),
        Problem(27, "电话", "not a valid phone number (电话号码无效)", "1380013800",
                "a mobile of 11 digits, or a landline with its area code (11位手机号或带区号的固定电话)", 3),
        Problem(27, "事项类别", "this field is required (此项为必填)", "", "a value (必填)", 6)],
        header_rows=[3, 4], first_row=5, stopped_at=(316, "合计"), format="xlsx", dry_run=True,
        columns=[("A", "序号", "", "ignored"), ("B", "咨询日期", "received_at", "header"),
                 ("C", "方式", "channel", "header"), ("D", "当事人 / 姓名", "name", "header"),
                 ("E", "联系电话", "phone", "header"), ("F", "备注", "", "unknown")],
        unknown_values={"channel": ["飞鸽传书"]}))
    from aidstation.gui.settings.calendar_dialog import CalendarDialog
    from aidstation.gui.settings.retention_dialog import RetentionDialog

    calendar = CalendarDialog(context, parent, year=2026)
    return [("ledger-import-ready", ready), ("ledger-import-refused", refused),
            ("working-day-calendar", calendar), ("retention", RetentionDialog(context, parent))]


PAGE = PageSpec("settings", "Settings", "settings.svg", 100, SettingsPage, screenshots=screenshots)
