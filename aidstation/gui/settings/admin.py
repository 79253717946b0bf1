"""The administrator's parts of Settings: users, code tables, audit log, deleted records."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

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
)
from aidstation.core.models import RECORD_MODELS, AuditEvent
from aidstation.core.validation import ValidationError
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import setup_list_view
from aidstation.gui.kit.widgets import FieldErrors, from_qdate

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
    "login": QT_TRANSLATE_NOOP("settings", "sign-in"), "login_failed": QT_TRANSLATE_NOOP("settings", "failed sign-in"),
}


def action_label(action: str) -> str:
    """The translated name of an audit action (unknown actions as stored)."""
    return QCoreApplication.translate("settings", AUDIT_ACTIONS[action]) if action in AUDIT_ACTIONS else action


def setup_table(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    setup_list_view(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def fill_table(table: QTableWidget, rows: list[tuple], ids: list) -> None:
    table.setRowCount(len(rows))
    for r, (values, key) in enumerate(zip(rows, ids)):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)


def selected_key(table: QTableWidget):
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class UserDialog(QDialog):
    """Add a user (with password) or edit display name and role of an existing one."""

    def __init__(self, context, parent=None, user=None):
        super().__init__(parent)
        load_ui(self, "user_dialog.ui")
        self.context = context
        self.target = user
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

    def accept(self) -> None:
        me = self.context.user
        try:
            if self.target is None:
                if self.password_edit.text() != self.confirm_edit.text():
                    raise ValidationError("confirm", "the two passwords differ", "两次输入的密码不一致")
                accounts.create_user(self.username_edit.text(), self.display_edit.text(),
                                     self.role_combo.currentData(), self.password_edit.text(), user=me)
            else:
                accounts.update_user(self.target, display_name=self.display_edit.text(),
                                     role=self.role_combo.currentData(), user=me)
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return
        super().accept()


class CodeDialog(QDialog):
    """Add an entry to a code table, or relabel one (its code never changes)."""

    def __init__(self, context, kind: str, parent=None, row=None):
        super().__init__(parent)
        load_ui(self, "code_dialog.ui")
        self.context, self.kind, self.row = context, kind, row
        self.error_label.setObjectName("form_error")
        self.errors = FieldErrors(self, {"code": self.code_edit, "label_zh": self.zh_edit,
                                         "label_en": self.en_edit}, self.error_label)
        self.code_label.setText(self.tr("&Code"))
        self.code_edit.setPlaceholderText(self.tr("short key: lower-case letters, digits, _"))
        self.zh_label.setText(self.tr("&Chinese label"))
        self.en_label.setText(self.tr("&English label"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        if row is None:
            self.setWindowTitle(self.tr("Add a code"))
        else:
            self.setWindowTitle(self.tr("Relabel {code}").format(code=row.code))
            self.code_edit.setText(row.code)
            self.code_edit.setReadOnly(True)
            self.zh_edit.setText(row.label_zh)
            self.en_edit.setText(row.label_en)

    def accept(self) -> None:
        try:
            if self.row is None:
                codes.add_code(self.kind, self.code_edit.text(), self.zh_edit.text(), self.en_edit.text(),
                               user=self.context.user)
            else:
                codes.relabel(self.row, self.zh_edit.text(), self.en_edit.text(), user=self.context.user)
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return
        super().accept()


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


def from_date_edit(edit):
    return from_qdate(edit.date()) if edit.date() != edit.NO_DATE else None
