"""The Mediation page: cases with filters (status, dispute type, month, past the time limit) and
search over number, party names and title; opens the case window, and the oral mediation form
(Ctrl+Shift+N); prints the case register (Ctrl+P) and the oral-agreement register."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from aidstation.core import codes, masking, mediation
from aidstation.core.models import MediationCase
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import keep_open, set_role
from aidstation.gui.registers import add_register_action
from aidstation.gui.mediation.case import MediationCaseDialog, open_case
from aidstation.gui.mediation.oral_dialog import OralMediationDialog, open_oral

CTX = "MediationPage"
ORAL_SHORTCUT = "Ctrl+Shift+N"  # the oral mediation form, from anywhere on the page


def _parties(case: MediationCase, role: str) -> str:
    return "、".join(masking.name(p.person.name) for p in mediation.parties_of(case, role))


def _title(case: MediationCase) -> str:
    """The title with the parties' names masked, like the party columns (titles are usually
    “A与B……纠纷”)."""
    title = case.title
    for party in mediation.parties_of(case):
        if len(party.person.name) > 1:
            title = title.replace(party.person.name, masking.name(party.person.name))
    return title


def _due(case: MediationCase) -> str:
    if case.status not in mediation.OPEN:
        return case.concluded_on.isoformat() if case.concluded_on else ""
    return mediation.conclusion_due(case).isoformat()


class MediationPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.dialogs: list = []
        load_ui(self, "mediation_page.ui")
        set_role(self.title_label, "title")
        lang = context.code_lang
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in mediation.STATUSES:
            self.status_combo.addItem(mediation.status_label(status, lang), status)
        self.type_combo.addItem(self.tr("All dispute types"), "")
        for code, text in codes.labels("dispute_type", lang, include_retired=False).items():
            self.type_combo.addItem(text, code)
        self.month_combo.addItem(self.tr("All months"), "")
        y, m = dt.date.today().year, dt.date.today().month
        for _ in range(24):
            self.month_combo.addItem(f"{y}-{m:02d}", f"{y}-{m:02d}")
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        M = MediationCase
        columns = [
            Column("number", QT_TRANSLATE_NOOP("MediationPage", "Number"), sort=M.seq, context=CTX),
            Column("received_on", QT_TRANSLATE_NOOP("MediationPage", "Received"), sort=M.received_on, context=CTX),
            Column("title", QT_TRANSLATE_NOOP("MediationPage", "Title"), sort=M.title, context=CTX,
                   value=_title),
            Column("type", QT_TRANSLATE_NOOP("MediationPage", "Dispute type"), sort=M.dispute_type, context=CTX,
                   value=lambda c: codes.label("dispute_type", c.dispute_type, lang)),
            Column("applicant", QT_TRANSLATE_NOOP("MediationPage", "Applicant"), context=CTX,
                   value=lambda c: _parties(c, "applicant")),
            Column("respondent", QT_TRANSLATE_NOOP("MediationPage", "Respondent"), context=CTX,
                   value=lambda c: _parties(c, "respondent")),
            Column("status", QT_TRANSLATE_NOOP("MediationPage", "Status"), sort=M.status, context=CTX,
                   value=lambda c: mediation.status_label(c.status, lang)),
            Column("due", QT_TRANSLATE_NOOP("MediationPage", "Time limit / concluded"), context=CTX, value=_due),
        ]
        self.model = PagedTableModel(columns, self._query, parent=self)
        self.table_view.setModel(self.model)
        self.table_view.verticalHeader().setVisible(False)
        # The title stretches; when narrow, the dispute type, the day received, the respondent
        # and the time limit give way (never the status, which says where the case stands).
        setup_columns(self.table_view, "mediation/cases", stretch=2, hide_first=[3, 1, 5, 7])
        self.search_edit.textChanged.connect(self.apply_filters)
        for combo in (self.status_combo, self.type_combo, self.month_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue_check.toggled.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_case)
        self.oral_button = QPushButton(self)
        self.oral_button.setObjectName("oral_button")
        self.oral_button.setAutoDefault(False)
        self.filter_row.insertWidget(self.filter_row.indexOf(self.new_button) + 1, self.oral_button)
        self.oral_button.clicked.connect(self.new_oral)
        self.oral_shortcut = QShortcut(QKeySequence(ORAL_SHORTCUT), self, activated=self.new_oral,
                                       context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table_view.doubleClicked.connect(lambda _i: self.open_selected())
        context.records_changed.connect(self._changed)
        self.apply_filters()
        # The registers print from the bottom row (the filter row is full at 1280 px): Ctrl+P the
        # case register of this list, beside it the oral-agreement register (人民调解口头协议登记表)
        # of the month on view, with no shortcut of its own.
        oral_register = add_register_action(
            self, "oral", lambda: {"month": self.model.filters.get("month")} if self.model.filters.get("month") else {},
            layout=self.bottom_row)
        oral_register.setObjectName("oral_register_button")
        oral_register.setShortcut(QKeySequence())
        add_register_action(self, "mediations", lambda: self.model.filters, layout=self.bottom_row)  # Ctrl+P
        self.oral_register_button = oral_register
        for button in (self.register_button, oral_register):
            self.bottom_row.insertWidget(self.bottom_row.indexOf(self.delete_button), button)
        self.retranslate()

    def retranslate(self) -> None:
        self.oral_button.setText(self.tr("Oral mediation…"))
        self.oral_button.setToolTip(self.tr("Record an oral mediation (口头调解) in one short form ({key})").format(
            key=QKeySequence(ORAL_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.oral_register_button.setText(self.tr("Print oral register…"))
        self.oral_register_button.setToolTip(self.tr(
            "Print the register of oral agreements (人民调解口头协议登记表) for a period, as PDF or Excel"))

    def _query(self, filters: dict):
        overdue = dt.date.today() if filters.get("overdue") else None
        return mediation.query(filters.get("text", ""), status=filters.get("status", ""),
                               dispute_type=filters.get("type", ""), month=filters.get("month", ""),
                               overdue_on=overdue)

    def apply_filters(self, *_):
        self.model.set_filters(text=self.search_edit.text().strip(), status=self.status_combo.currentData(),
                               type=self.type_combo.currentData(), month=self.month_combo.currentData(),
                               overdue=self.overdue_check.isChecked() or None)
        self.count_label.setText(self.tr("{n} cases").format(n=self.model.total))

    def _changed(self, model_name: str) -> None:
        if model_name in ("MediationCase", "FollowUp", "Person"):
            self.apply_filters()

    def selected(self) -> MediationCase | None:
        index = self.table_view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def open_selected(self):
        case = self.selected()
        if case is None:
            return None
        return self._open(case.id)

    def open_record(self, record_id: int):
        """Show case `record_id` (the global search calls this): select it in the list — every
        filter is cleared when it hides the case — and open its window. None if no such case."""
        if mediation.get(record_id) is None:
            return None
        row = self._row_of(record_id)
        if row is None:
            self.clear_filters()
            row = self._row_of(record_id)
        if row is not None:
            self.table_view.selectRow(row)
            self.table_view.scrollTo(self.model.index(row, 0))
        return self._open(record_id)

    def _row_of(self, record_id: int) -> int | None:
        return self.model.row_of(record_id)

    def clear_filters(self) -> None:
        widgets = (self.search_edit, self.status_combo, self.type_combo, self.month_combo, self.overdue_check)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search_edit.clear()
            for combo in (self.status_combo, self.type_combo, self.month_combo):
                combo.setCurrentIndex(0)
            self.overdue_check.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filters()

    def _open(self, case_id: int):
        """The case's window: the one already open is brought forward, else a new one."""
        for dialog in self.dialogs:
            try:
                shown = dialog.isVisible() and dialog.case is not None and dialog.case.id == case_id
            except RuntimeError:  # closed and deleted already
                continue
            if shown:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return self._keep(open_case(self.context, mediation.get(case_id), self))

    def new_case(self):
        return self._keep(open_case(self.context, None, self))

    def new_oral(self):
        """The oral mediation form (Ctrl+Shift+N); the list shows the case once it is recorded."""
        return self._keep(open_oral(self.context, self))

    def delete_selected(self) -> None:
        case = self.selected()
        if case is None:
            return
        if not messages.ask_yes_no(self, self.tr("Delete case"), self.tr(
                "Move {number} to the bin? Its sessions and follow-ups stay with it and come back "
                "if an administrator restores it.").format(number=case.number)):
            return
        mediation.delete_case(mediation.get(case.id), user=self.context.user)
        self.context.notify("MediationCase")
        messages.status(self, self.tr("Case {number} moved to the bin").format(number=case.number))

    def _keep(self, dialog):
        self.dialogs = keep_open(self.dialogs, dialog)
        return dialog


def screenshot_widgets(context, parent=None) -> list:
    """The case window for `make screenshots`, on its Parties, Agreement and Sessions tabs: a
    case with a written agreement, if any."""
    case = (MediationCase.live().where(MediationCase.agreement_form == "written")
            .order_by(MediationCase.id.desc()).first()) or MediationCase.live().first()
    out = []
    for name, tab in (("mediation_case", "parties_tab"), ("mediation_case-agreement", "agreement_scroll"),
                      ("mediation_case-sessions", "sessions_tab")):
        dialog = MediationCaseDialog(context, case, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.tabs.setCurrentWidget(getattr(dialog, tab))
        out.append((name, dialog))
    oral = OralMediationDialog(context, parent)
    oral.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    out.append(("mediation_oral", oral))
    return out


PAGE = PageSpec("mediation", QT_TRANSLATE_NOOP("pages", "Mediation"), "mediation.svg", 30,
                lambda context, parent=None: MediationPage(context, parent),
                screenshots=screenshot_widgets)
