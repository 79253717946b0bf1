"""The administrator's parts of Settings: users, code tables, audit log, deleted records."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from aidstation.core import (
    accounts,
    cards,
    codes,
    consultations,
    legalaid,
    masking,
    mediation,
    people,
    publicity,
    validation,
)
from aidstation.core.models import RECORD_MODELS, AuditEvent
from aidstation.core.validation import Problems, ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.guard import FormGuard, UnsavedChangesMixin
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.settings.keys import EnterMovesOn, action_keys

# model name -> the service that restores one deleted record of it
RESTORERS = {
    "Consultation": consultations.restore,
    "Person": people.restore,
    "MediationCase": mediation.restore_case,
    "AidApplication": legalaid.restore,
    "CardIssue": cards.restore_issue,
    "PublicityActivity": publicity.restore_activity,
}
RECORD_KIND_TITLES = {
    "Consultation": QT_TRANSLATE_NOOP("settings", "Consultations"),
    "Person": QT_TRANSLATE_NOOP("settings", "People"),
    "MediationCase": QT_TRANSLATE_NOOP("settings", "Mediation cases"),
    "AidApplication": QT_TRANSLATE_NOOP("settings", "Legal-aid applications"),
    "CardIssue": QT_TRANSLATE_NOOP("settings", "Contact cards issued"),
    "PublicityActivity": QT_TRANSLATE_NOOP("settings", "Publicity activities"),
}
AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("settings", "create"), "update": QT_TRANSLATE_NOOP("settings", "update"),
    "delete": QT_TRANSLATE_NOOP("settings", "delete"), "restore": QT_TRANSLATE_NOOP("settings", "restore"),
    "retire": QT_TRANSLATE_NOOP("settings", "retire"), "export": QT_TRANSLATE_NOOP("settings", "export"),
    "print": QT_TRANSLATE_NOOP("settings", "print"), "reveal": QT_TRANSLATE_NOOP("settings", "reveal"),
    "import": QT_TRANSLATE_NOOP("settings", "import"),
    "login": QT_TRANSLATE_NOOP("settings", "sign-in"), "login_failed": QT_TRANSLATE_NOOP("settings", "failed sign-in"),
}


def action_label(action: str) -> str:
    """The translated name of an audit action (unknown actions as stored)."""
    return QCoreApplication.translate("settings", AUDIT_ACTIONS[action]) if action in AUDIT_ACTIONS else action


_ROOT = QModelIndex()  # the invisible root: a flat list has no other parent


class ObjectListModel(QAbstractTableModel):
    """A short in-memory list (users, one code table, backup files) described by Column specs
    like the paged lists: `load()` returns the row objects; `refresh()` reloads them."""

    def __init__(self, columns: list[Column], load, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.load = load
        self._rows: list = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self.load())
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        obj = self.record(index.row()) if index.isValid() else None
        if obj is None or not (0 <= index.column() < len(self.columns)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].text(obj) or None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            column = self.columns[section]
            return QCoreApplication.translate(column.context, column.title)
        return None


def selected_record(view):
    """The row object under the view's current index, or None."""
    index = view.currentIndex()
    return view.model().record(index.row()) if index.isValid() else None


# literal texts here, so lupdate finds them (a string passed to _tr is never extracted)
YES_NO = {True: lambda: QCoreApplication.translate("settings", "yes"),
          False: lambda: QCoreApplication.translate("settings", "no")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


ROLE_TITLES = {"admin": QT_TRANSLATE_NOOP("settings", "Administrator"),
               "clerk": QT_TRANSLATE_NOOP("settings", "Clerk")}
BACKUP_KINDS = {"station": QT_TRANSLATE_NOOP("settings", "regular"),
                "pre-restore": QT_TRANSLATE_NOOP("settings", "before a restore"),
                "pre-migration": QT_TRANSLATE_NOOP("settings", "before an upgrade"),
                "other": QT_TRANSLATE_NOOP("settings", "other")}


def users_model(parent=None) -> ObjectListModel:
    return ObjectListModel([
        Column("username", QT_TRANSLATE_NOOP("settings", "Username"), context="settings"),
        Column("display_name", QT_TRANSLATE_NOOP("settings", "Display name"), context="settings"),
        Column("role", QT_TRANSLATE_NOOP("settings", "Role"), context="settings",
               value=lambda u: _tr(ROLE_TITLES[u.role]) if u.role in ROLE_TITLES else u.role),
        Column("active", QT_TRANSLATE_NOOP("settings", "Active"), context="settings",
               value=lambda u: YES_NO[u.active]()),
        Column("last_login", QT_TRANSLATE_NOOP("settings", "Last sign-in"), context="settings"),
        Column("locked_until", QT_TRANSLATE_NOOP("settings", "Locked until"), context="settings",
               value=lambda u: u.locked_until.strftime("%H:%M") if u.locked_until else ""),
    ], accounts.list_users, parent)


def codes_model(kind_of, parent=None) -> ObjectListModel:
    """The entries of the code table `kind_of()` names, retired ones included."""
    return ObjectListModel([
        Column("code", QT_TRANSLATE_NOOP("settings", "Code"), context="settings"),
        Column("label_zh", QT_TRANSLATE_NOOP("settings", "Chinese label"), context="settings"),
        Column("label_en", QT_TRANSLATE_NOOP("settings", "English label"), context="settings"),
        Column("active", QT_TRANSLATE_NOOP("settings", "In use for new records"), context="settings",
               value=lambda c: YES_NO[True]() if c.active else QCoreApplication.translate("settings", "retired")),
    ], lambda: codes.entries(kind_of(), include_retired=True) if kind_of() else [], parent)


def backups_model(parent=None) -> ObjectListModel:
    from aidstation.core import backup

    return ObjectListModel([
        Column("taken_at", QT_TRANSLATE_NOOP("settings", "Taken at"), context="settings",
               value=lambda b: b.taken_at.strftime("%Y-%m-%d %H:%M:%S")),
        Column("kind", QT_TRANSLATE_NOOP("settings", "Kind"), context="settings",
               value=lambda b: _tr(BACKUP_KINDS.get(b.kind, "other"))),
        Column("size", QT_TRANSLATE_NOOP("settings", "Size"), context="settings",
               value=lambda b: f"{b.size / 1024:.0f} KB",
               align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column("name", QT_TRANSLATE_NOOP("settings", "File"), context="settings"),
    ], backup.list_backups, parent)


class UserDialog(UnsavedChangesMixin, EnterMovesOn, QDialog):
    """Add a user (with password) or edit display name and role of an existing one."""

    def __init__(self, context, parent=None, user=None):
        super().__init__(parent)
        load_ui(self, "user_dialog.ui")
        fit_window(self, "settings/user", (460, 260))
        self.context = context
        self.target = user
        self.saved = False
        self.error_label.setObjectName("form_error")
        self.errors = FieldErrors(self, {"username": self.username_edit, "display_name": self.display_edit,
                                         "role": self.role_combo, "password": self.password_edit,
                                         "confirm": self.confirm_edit}, self.error_label)
        self.role_combo.addItem(self.tr("Clerk"), "clerk")
        self.role_combo.addItem(self.tr("Administrator"), "admin")
        self.username_label.setText(self.tr("&Username"))
        self.display_label.setText(self.tr("&Display name"))
        self.role_label.setText(self.tr("&Role"))
        self.password_label.setText(self.tr("&Password"))
        self.confirm_label.setText(self.tr("Con&firm password"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        action_keys(self, self.button_box.button(QDialogButtonBox.StandardButton.Ok), self.accept)
        if user is None:
            self.setWindowTitle(self.tr("Add user"))
        else:
            self.setWindowTitle(self.tr("Edit user {name}").format(name=user.username))
            self.username_edit.setText(user.username)
            self.username_edit.setReadOnly(True)
            self.display_edit.setText(user.display_name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role))
            for widget in (self.password_label, self.password_edit, self.confirm_label, self.confirm_edit):
                widget.setVisible(False)
        self.guard = FormGuard(self)

    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        me = self.context.user
        try:
            if self.target is None:
                problems = Problems()
                if not self.username_edit.text().strip():
                    problems.add("username", "a username is required", "用户名不能为空")
                problems.check(accounts.check_strength, self.password_edit.text(), self.username_edit.text())
                if self.password_edit.text() != self.confirm_edit.text():
                    problems.add("confirm", "the two passwords differ", "两次输入的密码不一致")
                problems.raise_any()
                new = accounts.create_user(self.username_edit.text(), self.display_edit.text(),
                                           self.role_combo.currentData(), self.password_edit.text(), user=me)
                text = self.tr("User {name} added").format(name=new.username)
            else:
                accounts.update_user(self.target, display_name=self.display_edit.text(),
                                     role=self.role_combo.currentData(), user=me)
                text = self.tr("User {name} saved").format(name=self.target.username)
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return False
        self.saved = True
        self.guard.mark_clean()
        messages.status(self.parentWidget() or self, text)
        return True

    def accept(self) -> None:
        if self.save_changes():
            QDialog.accept(self)


class CodeDialog(UnsavedChangesMixin, EnterMovesOn, QDialog):
    """Add an entry to a code table, or relabel one (its code never changes)."""

    def __init__(self, context, kind: str, parent=None, row=None):
        super().__init__(parent)
        load_ui(self, "code_dialog.ui")
        fit_window(self, "settings/code", (460, 220))
        self.context, self.kind, self.row = context, kind, row
        self.saved = False
        self.error_label.setObjectName("form_error")
        self.errors = FieldErrors(self, {"code": self.code_edit, "label_zh": self.zh_edit,
                                         "label_en": self.en_edit}, self.error_label)
        self.code_label.setText(self.tr("&Code"))
        self.code_edit.setPlaceholderText(self.tr("short key: lower-case letters, digits, _"))
        self.zh_label.setText(self.tr("C&hinese label"))
        self.en_label.setText(self.tr("&English label"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        action_keys(self, self.button_box.button(QDialogButtonBox.StandardButton.Ok), self.accept)
        if row is None:
            self.setWindowTitle(self.tr("Add a code"))
        else:
            self.setWindowTitle(self.tr("Relabel {code}").format(code=row.code))
            self.code_edit.setText(row.code)
            self.code_edit.setReadOnly(True)
            self.zh_edit.setText(row.label_zh)
            self.en_edit.setText(row.label_en)
        self.guard = FormGuard(self)

    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        user = self.context.user
        try:
            problems = Problems()  # the labels' problems together with the code's
            if self.row is None and not self.code_edit.text().strip():
                problems.add("code", "a code is 1-30 lower-case ASCII letters, digits or '_'",
                             "代码为1-30位小写英文字母、数字或“_”")
            problems.check(validation.required_text, self.zh_edit.text(), "label_zh", max_length=100)
            problems.check(validation.required_text, self.en_edit.text(), "label_en", max_length=100)
            problems.raise_any()
            if self.row is None:
                new = codes.add_code(self.kind, self.code_edit.text(), self.zh_edit.text(), self.en_edit.text(),
                                     user=user)
                text = self.tr("Code {code} added").format(code=new.code)
            else:
                codes.relabel(self.row, self.zh_edit.text(), self.en_edit.text(), user=user)
                text = self.tr("Code {code} relabelled").format(code=self.row.code)
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return False
        self.saved = True
        self.guard.mark_clean()
        messages.status(self.parentWidget() or self, text)
        return True

    def accept(self) -> None:
        if self.save_changes():
            QDialog.accept(self)


def audit_columns() -> list[Column]:
    return [
        Column("at", QT_TRANSLATE_NOOP("columns", "When"), sort=AuditEvent.at),
        Column("username", QT_TRANSLATE_NOOP("columns", "User"), sort=AuditEvent.username),
        Column("action", QT_TRANSLATE_NOOP("columns", "Action"), sort=AuditEvent.action,
               value=lambda e: action_label(e.action)),
        Column("entity", QT_TRANSLATE_NOOP("columns", "Record"), sort=AuditEvent.entity),
        Column("entity_id", QT_TRANSLATE_NOOP("columns", "Id")),
        Column("fields", QT_TRANSLATE_NOOP("columns", "Fields")),
        Column("detail", QT_TRANSLATE_NOOP("columns", "Detail")),
    ]


def audit_query(filters: dict):
    """Audit events, newest first, filtered by action, entity, username and dates."""
    query = AuditEvent.select()
    if filters.get("action"):
        query = query.where(AuditEvent.action == filters["action"])
    if filters.get("entity"):
        query = query.where(AuditEvent.entity == filters["entity"])
    if filters.get("username"):
        query = query.where(AuditEvent.username.contains(filters["username"]))
    if filters.get("date_from"):
        query = query.where(AuditEvent.at >= dt.datetime.combine(filters["date_from"], dt.time()))
    if filters.get("date_to"):
        query = query.where(AuditEvent.at < dt.datetime.combine(filters["date_to"] + dt.timedelta(days=1), dt.time()))
    return query


class AuditTableModel(PagedTableModel):
    def __init__(self, parent=None):
        super().__init__(audit_columns(), audit_query, default_order=[AuditEvent.id.desc()], parent=parent)


def record_summary(obj) -> str:
    """A short, masked description of a deleted record for the bin."""
    for attr in ("number", "title"):
        value = getattr(obj, attr, "")
        if value:
            return str(value)
    if hasattr(obj, "name") and obj.__class__.__name__ == "Person":
        return f"{obj.name} {masking.phone(obj.phone)}".strip()
    return f"#{obj.id}"


def deleted_columns() -> list[Column]:
    return [
        Column("id", QT_TRANSLATE_NOOP("columns", "Id")),
        Column("summary", QT_TRANSLATE_NOOP("columns", "Record"), value=record_summary),
        Column("deleted_at", QT_TRANSLATE_NOOP("columns", "Deleted at")),
        Column("updated_by", QT_TRANSLATE_NOOP("columns", "Deleted by"),
               value=lambda o: o.updated_by.username if o.updated_by_id else ""),
    ]


class DeletedTableModel(PagedTableModel):
    """Soft-deleted rows of one record model (filter `model`: a name in RESTORERS)."""

    def __init__(self, model_name: str = "Consultation", parent=None):
        def factory(filters):
            model = RECORD_MODELS[filters.get("model", "Consultation")]
            return model.select().where(model.deleted_at.is_null(False)).order_by(model.deleted_at.desc())

        super().__init__(deleted_columns(), factory, parent=parent)
        self.set_filters(model=model_name)


def restore_record(model_name: str, record, *, user) -> None:
    RESTORERS[model_name](record, user=user)


def code_kinds(lang: str) -> list[tuple[str, str]]:
    """(kind, label) for every code table, in the clerk's language."""
    return [(kind, codes.KIND_LABELS.get(kind, (kind, kind))[0 if lang == "zh" else 1])
            for kind in codes.DEFAULTS]

