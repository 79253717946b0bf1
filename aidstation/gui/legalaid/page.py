"""The Legal aid page: applications with filters (stage, overdue, month) and search.

`open_record(application_id)` shows one application (the global search calls it): it is
selected in the list (the filters are cleared when they hide it) and its window opens, or comes
to the front when it is open already.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from aidstation.core import legalaid, masking
from aidstation.core.legalaid import clocks as aid_clocks
from aidstation.core.models import AidApplication, Person
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import CodeLabels, Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import keep_open, set_role
from aidstation.gui.registers import add_register_action
from aidstation.gui.legalaid.application import (
    LegalAidApplicationDialog,
    open_application,
    stage_text,
)


def _due_text(item, lang: str) -> str:
    if item is None:
        return ""
    return f"{item.due_on.isoformat()} {item.label(lang)}"  # the date first: a cut text keeps it


class LegalAidPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.dialogs: list[LegalAidApplicationDialog] = []
        load_ui(self, "legalaid_page.ui")
        set_role(self.title_label, "title")
        self._due: dict[int, object] = {}
        self.stage_combo.addItem(self.tr("All stages"), "")
        for code in legalaid.STAGES:
            self.stage_combo.addItem(stage_text(code) if code != "ended" else self.tr("Refused, withdrawn or lapsed"),
                                     code)
        self.month_combo.addItem(self.tr("All months"), "")
        y, m = dt.date.today().year, dt.date.today().month
        for _ in range(24):
            self.month_combo.addItem(f"{y}-{m:02d}", f"{y}-{m:02d}")
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        lang = context.code_lang
        A = AidApplication
        columns = [
            Column("number", QT_TRANSLATE_NOOP("LegalAidPage", "Number"), sort=A.id, context="LegalAidPage"),
            Column("received_on", QT_TRANSLATE_NOOP("LegalAidPage", "Received"), sort=A.received_on,
                   context="LegalAidPage"),
            Column("applicant", QT_TRANSLATE_NOOP("LegalAidPage", "Applicant"), sort=Person.name,
                   value=lambda a: masking.name(a.applicant.name), context="LegalAidPage"),
            Column("phone", QT_TRANSLATE_NOOP("LegalAidPage", "Phone"),
                   value=lambda a: masking.phone(a.applicant.phone), context="LegalAidPage"),
            Column("cause", QT_TRANSLATE_NOOP("LegalAidPage", "Cause"), sort=A.cause,
                   value=CodeLabels("matter", "cause", lang), context="LegalAidPage"),
            Column("case_type", QT_TRANSLATE_NOOP("LegalAidPage", "Case type"), sort=A.case_type,
                   value=CodeLabels("aid_case_type", "case_type", lang), context="LegalAidPage"),
            Column("stage", QT_TRANSLATE_NOOP("LegalAidPage", "Stage"),
                   value=lambda a: stage_text(legalaid.stage(a), a.decision), context="LegalAidPage"),
            Column("due", QT_TRANSLATE_NOOP("LegalAidPage", "Next deadline"),
                   value=lambda a: _due_text(self._due.get(a.id), lang), context="LegalAidPage"),
        ]
        # id breaks ties, so pages of equal dates neither repeat nor skip a row
        self.model = PagedTableModel(columns, self._query, default_order=[A.id.desc()], parent=self)
        self.table_view.setModel(self.model)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest received first
        # the deadline says what is next (stretches); phone, case type, received go first when narrow
        setup_columns(self.table_view, "legalaid/applications", stretch=7, hide_first=[3, 5, 1, 4])
        self.search_edit.textChanged.connect(self.apply_filters)
        self.stage_combo.currentIndexChanged.connect(self.apply_filters)
        self.month_combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue_check.toggled.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_application)
        self.open_button.clicked.connect(self.open_selected)
        self.table_view.activated.connect(lambda _i: self.open_selected())  # double-click or Enter
        context.records_changed.connect(self._changed)
        self.apply_filters()
        add_register_action(self, "aid", lambda: self.model.filters)  # Ctrl+P: the register of this list

    def _query(self, filters: dict):
        return legalaid.search(filters.get("text", ""), stage_name=filters.get("stage", ""),
                               month=filters.get("month", ""), overdue_ids=filters.get("overdue_ids"))

    def apply_filters(self, *_):
        due = aid_clocks.aid_due(horizon=3660)  # the next deadline, however far
        self._due = {}
        for item in due:  # the earliest deadline per application
            self._due.setdefault(item.entity_id, item)
        overdue = {i.entity_id for i in due if i.overdue} if self.overdue_check.isChecked() else None
        self.model.set_filters(text=self.search_edit.text().strip(), stage=self.stage_combo.currentData(),
                               month=self.month_combo.currentData(), overdue_ids=overdue)
        total = self.model.total
        self.count_label.setText(self.tr("1 application") if total == 1
                                 else self.tr("{n} applications").format(n=total))

    def _changed(self, model_name: str) -> None:
        if model_name in ("AidApplication", "FollowUp", "Person"):
            self.apply_filters()

    def selected(self) -> AidApplication | None:
        index = self.table_view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def open_selected(self) -> LegalAidApplicationDialog | None:
        app = self.selected()
        if app is None:
            return None
        return self._open(app.id)

    def open_record(self, record_id: int) -> LegalAidApplicationDialog | None:
        """Select application `record_id` in the list and open its window (None if no such
        live application)."""
        if AidApplication.live().where(AidApplication.id == record_id).first() is None:
            return None
        row = self._row_of(record_id)
        if row is None:  # hidden by the filters: show every application again
            self.clear_filters()
            row = self._row_of(record_id)
        if row is not None:
            self.table_view.selectRow(row)
            self.table_view.scrollTo(self.model.index(row, 0))
        return self._open(record_id)

    def _row_of(self, record_id: int) -> int | None:
        return self.model.row_of(record_id)

    def clear_filters(self) -> None:
        widgets = (self.search_edit, self.stage_combo, self.month_combo, self.overdue_check)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search_edit.clear()
            self.stage_combo.setCurrentIndex(0)
            self.month_combo.setCurrentIndex(0)
            self.overdue_check.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filters()

    def _open(self, record_id: int) -> LegalAidApplicationDialog:
        """The application's window: the one already open (brought to the front), else a new one."""
        for dialog in self.dialogs:
            try:
                shown = dialog.isVisible() and dialog.app is not None and dialog.app.id == record_id
            except RuntimeError:  # closed and deleted meanwhile
                continue
            if shown:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return self._keep(open_application(self.context, AidApplication.get_by_id(record_id), self))

    def new_application(self) -> LegalAidApplicationDialog:
        return self._keep(open_application(self.context, None, self))

    def _keep(self, dialog):
        self.dialogs = keep_open(self.dialogs, dialog)
        return dialog


def screenshot_widgets(context, parent=None) -> list:
    """The application window for `make screenshots`: the most advanced application, if any."""
    app = (AidApplication.live().where(AidApplication.closed_on.is_null(False))
           .order_by(AidApplication.id.desc()).first()) or AidApplication.live().first()
    dialog = LegalAidApplicationDialog(context, app, parent)
    return [("legalaid_application", dialog)]


PAGE = PageSpec("legalaid", QT_TRANSLATE_NOOP("pages", "Legal aid"), "legalaid.svg", 40,
                lambda context, parent=None: LegalAidPage(context, parent),
                screenshots=screenshot_widgets)
