"""The mediation case window: parties, facts, sessions, agreement and performance, follow-ups,
dossier (checklist and printing). Every rule lives in core/mediation.py; this controller fills
widgets, reads them, calls the services and shows a ValidationError beside the field it names.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from aidstation.core import codes, masking, mediation
from aidstation.core.models import Consultation, MediationCase, Staff
from aidstation.core.validation import ValidationError
from aidstation.gui import messages
from aidstation.gui.forms import load_ui
from aidstation.gui.widgets import FieldErrors

CTX = "MediationCaseDialog"
# document key -> English button text (translated in CTX)
DOCUMENT_BUTTONS = {
    "application": QT_TRANSLATE_NOOP("MediationCaseDialog", "Application (申请书)"),
    "register": QT_TRANSLATE_NOOP("MediationCaseDialog", "Acceptance register"),
    "notice": QT_TRANSLATE_NOOP("MediationCaseDialog", "Notice of rights and duties"),
    "investigation": QT_TRANSLATE_NOOP("MediationCaseDialog", "Investigation record"),
    "record": QT_TRANSLATE_NOOP("MediationCaseDialog", "Mediation record (latest)"),
    "agreement": QT_TRANSLATE_NOOP("MediationCaseDialog", "Mediation agreement"),
    "oral": QT_TRANSLATE_NOOP("MediationCaseDialog", "Oral-agreement register"),
    "followup": QT_TRANSLATE_NOOP("MediationCaseDialog", "Follow-up record (latest)"),
    "cover": QT_TRANSLATE_NOOP("MediationCaseDialog", "Cover and contents"),
}
STATUS_COLOURS = {"received": "#5b6776", "in_progress": "#2f6fbf", "succeeded": "#2e7d32",
                  "failed": "#c62828", "suspended": "#b26a00", "withdrawn": "#6d4c41"}
TABS_BY_FIELD = {
    "parties_tab": ("received_on", "source", "dispute_type", "title", "amount", "mediators", "parties",
                    "agent", "consultation", "person", "disposition"),
    "facts_tab": ("facts", "requests", "notes", "extended_until"),
    "sessions_tab": ("held_at", "place", "participants", "record", "recorder", "kind", "session"),
    "agreement_scroll": ("agreement_form", "agreement_on", "agreement_terms", "responsibility",
                         "performance_method", "performance_deadline", "performance_status",
                         "judicial_applied_on", "judicial_result", "prevented_crime_persons",
                         "prevented_petition_persons", "concluded_on", "failure_route", "dossier",
                         "status", "agreement_amount"),
    "followups_tab": ("visited_on", "method", "satisfaction", "visitor", "followup"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def open_document(path: Path) -> None:
    """Show a written PDF in the system viewer (tests replace this function)."""
    if QGuiApplication.platformName() != "offscreen":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _table(table, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)


def _item(text, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class MediationCaseDialog(QDialog):
    """One case, new (case=None, optionally from a consultation) or existing.
    Emits `case_saved(id)` after every change written."""

    case_saved = Signal(int)

    def __init__(self, context, case: MediationCase | None = None, parent=None, *,
                 consultation: Consultation | None = None):
        super().__init__(parent)
        self.context = context
        self.case = case
        self.consultation = consultation
        self.parties: list[mediation.PartyInput] = []
        self._filling = False
        load_ui(self, "mediation_case.ui")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 720)
        self.header_label.setProperty("role", "title")
        self.status_label.setFixedHeight(26)
        self.form_error.setObjectName("form_error")
        self.form_error.setVisible(False)
        self.save_button.setDefault(True)
        self._setup_widgets()
        widgets = {
            "received_on": self.received_on_edit, "source": self.source_combo,
            "dispute_type": self.dispute_type_combo, "title": self.title_edit, "amount": self.amount_edit,
            "mediators": self.mediators_list, "parties": self.parties_table, "agent": self.agent_edit,
            "facts": self.facts_edit, "requests": self.requests_edit, "notes": self.notes_edit,
            "extended_until": self.extended_until_edit, "held_at": self.held_at_edit,
            "place": self.place_edit, "participants": self.participants_edit, "record": self.record_edit,
            "recorder": self.recorder_combo, "session": self.sessions_table,
            "agreement_form": self.agreement_form_combo, "agreement_on": self.agreement_on_edit,
            "agreement_terms": self.terms_edit, "responsibility": self.responsibility_edit,
            "performance_method": self.performance_method_edit,
            "performance_deadline": self.performance_deadline_edit,
            "agreement_amount": self.agreement_amount_edit, "performance_status": self.performance_combo,
            "judicial_applied_on": self.judicial_applied_edit, "judicial_result": self.judicial_result_combo,
            "prevented_crime_persons": self.crime_spin, "prevented_petition_persons": self.petition_spin,
            "concluded_on": self.concluded_on_edit, "failure_route": self.failure_route_combo,
            "dossier": self.conclusion_combo, "status": self.conclusion_combo,
            "visited_on": self.visited_on_edit, "method": self.method_combo,
            "satisfaction": self.satisfaction_combo, "followup": self.followups_table,
        }
        self.errors = FieldErrors(self, widgets, fallback=self.form_error)
        self._connect()
        self._fill()
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # ------------------------------------------------------------------ setup
    def _setup_widgets(self) -> None:
        lang = self.context.code_lang
        self.source_combo.set_kind("mediation_source", lang)
        self.dispute_type_combo.set_kind("dispute_type", lang)
        self.performance_combo.set_kind("performance_status", lang, blank=self.tr("(not recorded)"))
        self.failure_route_combo.set_kind("failure_route", lang, blank=self.tr("(not failed)"))
        self.method_combo.set_kind("followup_method", lang)
        self.satisfaction_combo.set_kind("satisfaction", lang, blank=self.tr("(none)"))
        for role in mediation.ROLES:
            self.role_combo.addItem(mediation.role_label(role, lang), role)
        self.session_kind_combo.addItem(self.tr("Mediation"), "mediation")
        self.session_kind_combo.addItem(self.tr("Investigation"), "investigation")
        self.agreement_form_combo.addItem(self.tr("Written (协议书)"), "written")
        self.agreement_form_combo.addItem(self.tr("Oral (口头协议)"), "oral")
        for code, text in (("pending", self.tr("Pending")), ("confirmed", self.tr("Confirmed")),
                           ("rejected", self.tr("Not confirmed"))):
            self.judicial_result_combo.addItem(text, code)
        for status in mediation.CONCLUSIONS:
            self.conclusion_combo.addItem(mediation.status_label(status, lang), status)
        for edit in (self.extended_until_edit, self.performance_deadline_edit, self.judicial_applied_edit):
            edit.set_optional(True)
            edit.set_date_value(None)
        self.reached_check.setChecked(True)
        self.recorder_combo.addItem(self.tr("(none)"), None)
        chosen = {s.id for s in mediation.mediators_of(self.case)} if self.case is not None else set()
        for s in Staff.live().where(Staff.active == True).order_by(Staff.sort, Staff.id):  # noqa: E712
            if s.role not in ("mediator", "officer") and s.id not in chosen:
                continue  # lawyers, liaison officers and volunteers do not mediate
            self.recorder_combo.addItem(s.name, s.id)
            item = QListWidgetItem(s.name, self.mediators_list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        _table(self.parties_table, [self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("Agent")])
        _table(self.sessions_table, [self.tr("Held at"), self.tr("Kind"), self.tr("Place"),
                                     self.tr("Recorder"), self.tr("Record")])
        _table(self.followups_table, [self.tr("Date"), self.tr("Method"), self.tr("Reached"),
                                      self.tr("Satisfaction"), self.tr("Visitor"), self.tr("Notes")])
        _table(self.dossier_table, [self.tr("No."), self.tr("Item"), self.tr("Required"), self.tr("Present"),
                                    self.tr("Pages"), self.tr("How")])
        self.dossier_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.dossier_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.dossier_table.horizontalHeader().setStretchLastSection(False)
        for table in (self.parties_table, self.sessions_table, self.followups_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.print_buttons: dict[str, QPushButton] = {}
        layout: QVBoxLayout = self.documents_layout
        for i, (key, text) in enumerate(DOCUMENT_BUTTONS.items()):
            button = QPushButton(tr(text), self.documents_group)
            button.setObjectName(f"print_{key}_button")
            button.clicked.connect(lambda _c=False, k=key: self.print_document(k))
            layout.insertWidget(i, button)
            self.print_buttons[key] = button
        layout.addStretch(1)
        self.print_dossier_button.setObjectName("primary_button")

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.add_party_button.clicked.connect(self.add_party)
        self.remove_party_button.clicked.connect(self.remove_party)
        self.party_finder.new_requested.connect(self.new_person)
        self.add_session_button.clicked.connect(self.add_session)
        self.print_session_button.clicked.connect(self.print_selected_session)
        self.record_agreement_button.clicked.connect(self.record_agreement)
        self.performance_button.clicked.connect(self.record_performance)
        self.judicial_button.clicked.connect(self.record_judicial)
        self.prevention_button.clicked.connect(self.record_prevention)
        self.conclude_button.clicked.connect(self.conclude)
        self.resume_button.clicked.connect(self.resume)
        self.add_followup_button.clicked.connect(self.add_followup)
        self.print_followup_button.clicked.connect(self.print_selected_followup)
        self.delete_session_button.clicked.connect(self.delete_selected_session)
        self.delete_followup_button.clicked.connect(self.delete_selected_followup)
        self.print_dossier_button.clicked.connect(lambda: self.print_document("dossier"))
        self.dossier_table.itemChanged.connect(self._dossier_changed)
        self.conclusion_combo.currentIndexChanged.connect(self._conclusion_changed)

    # ------------------------------------------------------------------ filling
    def _fill(self) -> None:
        self._filling = True
        today = dt.date.today()
        case = self.case
        if case is None:
            c = self.consultation
            received = c.received_at.date() if c is not None else today
            self.received_on_edit.set_date_value(received)
            self.source_combo.set_code("party")
            self.dispute_type_combo.set_code(mediation.MATTER_TO_DISPUTE.get(c.matter, "other") if c else "other")
            self.facts_edit.setPlainText(c.question if c is not None else "")
            self.parties = [mediation.PartyInput(c.person, "applicant")] if c is not None and c.person else []
            self.role_combo.setCurrentIndex(1 if self.parties else 0)
        else:
            self.received_on_edit.set_date_value(case.received_on)
            self.source_combo.set_code(case.source)
            self.dispute_type_combo.set_code(case.dispute_type)
            self.title_edit.setText(case.title)
            self.amount_edit.setText(f"{case.amount:.2f}" if case.amount else "")
            self.facts_edit.setPlainText(case.facts)
            self.requests_edit.setPlainText(case.requests)
            self.notes_edit.setPlainText(case.notes)
            self.extended_until_edit.set_date_value(case.extended_until)
            self.parties = [mediation.PartyInput(p.person, p.role, p.agent) for p in mediation.parties_of(case)]
            chosen = {s.id for s in mediation.mediators_of(case)}
            for i in range(self.mediators_list.count()):
                item = self.mediators_list.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)
            self._fill_agreement()
        self.held_at_edit.setDateTime(QDateTime.currentDateTime())
        self.visited_on_edit.set_date_value(today)
        self.concluded_on_edit.set_date_value(today)
        self.agreement_on_edit.set_date_value(today if case is None or case.agreement_on is None
                                              else case.agreement_on)
        self._fill_parties()
        self._conclusion_changed()
        self._filling = False
        self.refresh_state()

    def _fill_agreement(self) -> None:
        case = self.case
        if case.agreement_form:
            self.agreement_form_combo.setCurrentIndex(self.agreement_form_combo.findData(case.agreement_form))
        self.terms_edit.setPlainText(case.agreement_terms)
        self.responsibility_edit.setPlainText(case.responsibility)
        self.performance_method_edit.setText(case.performance_method)
        self.performance_deadline_edit.set_date_value(case.performance_deadline)
        self.agreement_amount_edit.setText(f"{case.amount:.2f}" if case.amount else "")
        self.performance_combo.set_code(case.performance_status)
        self.judicial_applied_edit.set_date_value(case.judicial_applied_on)
        if case.judicial_result:
            self.judicial_result_combo.setCurrentIndex(self.judicial_result_combo.findData(case.judicial_result))
        self.crime_check.setChecked(case.prevented_crime)
        self.crime_spin.setValue(case.prevented_crime_persons)
        self.petition_check.setChecked(case.prevented_petition)
        self.petition_spin.setValue(case.prevented_petition_persons)
        if case.failure_route:
            self.failure_route_combo.set_code(case.failure_route)

    def _fill_parties(self) -> None:
        lang = self.context.code_lang
        self.parties_table.setRowCount(len(self.parties))
        for row, p in enumerate(self.parties):
            self.parties_table.setItem(row, 0, _item(mediation.role_label(p.role, lang), p.person.id))
            self.parties_table.setItem(row, 1, _item(p.person.name))
            self.parties_table.setItem(row, 2, _item(masking.phone(p.person.phone)))
            self.parties_table.setItem(row, 3, _item(p.agent))

    def refresh_state(self) -> None:
        """Header, status, the record tabs and the dossier, from the saved case."""
        case = self.case
        lang = self.context.code_lang
        exists = case is not None
        for tab in (self.sessions_tab, self.agreement_scroll, self.followups_tab, self.dossier_tab):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), exists)
        if not exists:
            self.header_label.setText(self.tr("New mediation case"))
            self.status_label.setText("")
            self.due_label.setText(self.tr("Add at least one applicant and one respondent, then save."))
            self.setWindowTitle(self.tr("New mediation case"))
            return
        self.header_label.setText(f"{case.number}  {case.title}")
        self.setWindowTitle(case.number)
        self.status_label.setText(mediation.status_label(case.status, lang))
        colour = STATUS_COLOURS.get(case.status, "#5b6776")
        self.status_label.setStyleSheet(f"QLabel {{ color: white; background: {colour}; border-radius: 9px;"
                                        " padding: 3px 12px; font-weight: 600; }")
        if case.status in mediation.OPEN:
            due = mediation.conclusion_due(case)
            days = (due - dt.date.today()).days
            text = (self.tr("Time limit {date}: {n} days overdue").format(date=due.isoformat(), n=-days)
                    if days < 0 else self.tr("Time limit {date} ({n} days left)").format(date=due.isoformat(), n=days))
            self.due_label.setText(text)
            self.due_label.setStyleSheet("color: #c62828;" if days < 0 else "")
        else:
            concluded = case.concluded_on.isoformat() if case.concluded_on else ""
            self.due_label.setText(self.tr("Concluded on {date}").format(date=concluded))
            self.due_label.setStyleSheet("")
        self._fill_sessions()
        self._fill_followups()
        self._fill_dossier()
        open_case = case.status in mediation.OPEN
        self.add_session_button.setEnabled(open_case or case.status == "suspended")
        self.resume_button.setVisible(case.status == "suspended")
        self.conclude_button.setEnabled(open_case or case.status == "suspended")
        self.record_agreement_button.setEnabled(case.status not in ("failed", "withdrawn"))
        has = mediation.generated_items(case)
        self.print_buttons["record"].setEnabled(7 in has)
        self.print_buttons["agreement"].setEnabled(case.agreement_form == "written" and 8 in has)
        self.print_buttons["oral"].setEnabled(case.agreement_form == "oral" and 8 in has)
        self.print_buttons["followup"].setEnabled(10 in has)

    def _fill_sessions(self) -> None:
        rows = mediation.sessions_of(self.case)
        self.sessions_table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            kind = self.tr("Investigation") if s.kind == "investigation" else self.tr("Mediation")
            self.sessions_table.setItem(r, 0, _item(s.held_at.strftime("%Y-%m-%d %H:%M"), s.id))
            self.sessions_table.setItem(r, 1, _item(kind))
            self.sessions_table.setItem(r, 2, _item(s.place))
            self.sessions_table.setItem(r, 3, _item(s.recorder.name if s.recorder else ""))
            self.sessions_table.setItem(r, 4, _item(" ".join(s.record.split())[:60]))

    def _fill_followups(self) -> None:
        lang = self.context.code_lang
        rows = mediation.followups_of(self.case)
        self.followups_table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            self.followups_table.setItem(r, 0, _item(f.visited_on.isoformat(), f.id))
            self.followups_table.setItem(r, 1, _item(codes.label("followup_method", f.method, lang)))
            self.followups_table.setItem(r, 2, _item(self.tr("Yes") if f.reached else self.tr("No")))
            self.followups_table.setItem(r, 3, _item(codes.label("satisfaction", f.satisfaction, lang)
                                                     if f.satisfaction else ""))
            self.followups_table.setItem(r, 4, _item(f.visitor))
            self.followups_table.setItem(r, 5, _item(f.notes or f.performance))

    def _fill_dossier(self) -> None:
        lang = self.context.code_lang
        self._filling = True
        rows = mediation.checklist(self.case)
        self.dossier_table.setRowCount(len(rows))
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for r, row in enumerate(rows):
            number = _item(row.item, row.item)
            number.setFlags(editable)
            title = _item(row.title(lang))
            title.setFlags(editable)
            required = _item(self.tr("Required") if row.required else self.tr("If needed"))
            required.setFlags(editable)
            present = _item("")
            if row.auto:
                present.setFlags(editable)
                present.setText("✓" if row.present else "")
            else:
                present.setFlags(editable | Qt.ItemFlag.ItemIsUserCheckable)
                present.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
            pages = _item(row.pages if not row.auto and row.present else "")
            pages.setFlags(editable | (Qt.ItemFlag.ItemIsEditable if not row.auto else Qt.ItemFlag.NoItemFlags))
            how = _item(self.tr("Generated") if row.auto else self.tr("Filed by hand"))
            how.setFlags(editable)
            for c, item in enumerate((number, title, required, present, pages, how)):
                self.dossier_table.setItem(r, c, item)
        self.dossier_table.resizeColumnToContents(0)
        self._filling = False

    # ------------------------------------------------------------------ running services
    def _run(self, fn, *, rename: dict | None = None) -> bool:
        """Call a service; show a ValidationError beside its field. True on success."""
        self.errors.clear()
        try:
            fn()
        except ValidationError as err:
            if rename and err.field in rename:
                err = ValidationError(rename[err.field], err.message, err.message_zh)
            self.errors.show(err, self.context.code_lang)
            for tab, fields in TABS_BY_FIELD.items():
                if err.field in fields:
                    self.tabs.setCurrentWidget(getattr(self, tab))
            if self.case is not None:  # a refused save may have touched the instance
                self.case = mediation.get(self.case.id, include_deleted=True)
            return False
        if self.case is not None:
            self.case = mediation.get(self.case.id, include_deleted=True)
        self.context.notify("MediationCase")
        self.refresh_state()
        self.case_saved.emit(self.case.id)
        return True

    def _mediators(self) -> list:
        ids = [self.mediators_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.mediators_list.count())
               if self.mediators_list.item(i).checkState() == Qt.CheckState.Checked]
        return [Staff.get_by_id(i) for i in ids]

    def values(self) -> dict:
        return dict(source=self.source_combo.code(), dispute_type=self.dispute_type_combo.code(),
                    title=self.title_edit.text(), amount=self.amount_edit.text().strip(),
                    facts=self.facts_edit.toPlainText(), requests=self.requests_edit.toPlainText(),
                    notes=self.notes_edit.toPlainText())

    def save(self) -> bool:
        user = self.context.user
        values = self.values()
        received = self.received_on_edit.date_value()

        def do():
            if self.case is None:
                self.case = mediation.open_case(user=user, received_on=received, parties=self.parties,
                                                mediators=self._mediators(), consultation=self.consultation,
                                                **values)
                if self.extended_until_edit.date_value():
                    mediation.update_case(self.case, user=user,
                                          extended_until=self.extended_until_edit.date_value())
            else:
                mediation.save_case(self.case, user=user, parties=self.parties, mediators=self._mediators(),
                                    received_on=received, extended_until=self.extended_until_edit.date_value(),
                                    **values)

        ok = self._run(do)
        if ok:
            self._fill_parties()
            self.agreement_amount_edit.setText(self.amount_edit.text().strip())
            if self.consultation is not None:
                self.context.notify("Consultation")
        return ok

    # ------------------------------------------------------------------ parties
    def add_party(self) -> None:
        person = self.party_finder.person()
        self.errors.clear()
        if person is None:
            self.errors.show(ValidationError("parties", "choose a person first", "请先选择人员"),
                             self.context.code_lang)
            return
        role = self.role_combo.currentData()
        wanted = self.parties + [mediation.PartyInput(person, role, self.agent_edit.text().strip())]
        clash = [p for p in self.parties if p.person.id == person.id]
        if clash:
            try:
                mediation.check_parties(wanted)
            except ValidationError as err:
                self.errors.show(err, self.context.code_lang)
                return
        self.parties = wanted
        self._fill_parties()
        self.party_finder.clear()
        self.agent_edit.clear()
        if role == "applicant":
            self.role_combo.setCurrentIndex(1)

    def remove_party(self) -> None:
        row = self.parties_table.currentRow()
        if 0 <= row < len(self.parties):
            del self.parties[row]
            self._fill_parties()

    def new_person(self, text: str) -> None:
        """Register a new person (the People page's form in a dialog) and pick them."""
        from aidstation.gui.person_form import PersonForm

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New person"))
        layout = QVBoxLayout(dialog)
        form = PersonForm(self.context, dialog)
        layout.addWidget(form)
        if text.replace(" ", "").isdigit():
            form.phone_edit.setText(text)
        else:
            form.name_edit.setText(text)
        form.saved.connect(lambda person: (self.party_finder.set_person(person), dialog.accept()))
        dialog.resize(640, 560)
        self._person_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ records
    def add_session(self) -> None:
        held = self.held_at_edit.dateTime().toPython().replace(second=0, microsecond=0)
        recorder = self.recorder_combo.currentData()
        if self._run(lambda: mediation.add_session(
                self.case, user=self.context.user, held_at=held, place=self.place_edit.text(),
                participants=self.participants_edit.text(), record=self.record_edit.toPlainText(),
                recorder=Staff.get_by_id(recorder) if recorder else None,
                kind=self.session_kind_combo.currentData())):
            self.record_edit.clear()
            self.participants_edit.clear()

    def _selected(self, table, rows, field: str):
        row = table.currentRow()
        if row < 0:
            self.errors.show(ValidationError(field, "select a row first", "请先选择一条记录"),
                             self.context.code_lang)
            return None
        wanted = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in rows if r.id == wanted), None)

    def delete_selected_session(self) -> None:
        session = self._selected(self.sessions_table, mediation.sessions_of(self.case), "session")
        if session is not None and messages.ask_yes_no(self, self.tr("Delete record"), self.tr(
                "Delete the record of {when}?").format(when=session.held_at.strftime("%Y-%m-%d %H:%M"))):
            self._run(lambda: mediation.delete_session(session, user=self.context.user))

    def delete_selected_followup(self) -> None:
        visit = self._selected(self.followups_table, mediation.followups_of(self.case), "followup")
        if visit is not None and messages.ask_yes_no(self, self.tr("Delete record"), self.tr(
                "Delete the follow-up of {when}?").format(when=visit.visited_on.isoformat())):
            if self._run(lambda: mediation.delete_followup(visit, user=self.context.user)):
                self.context.notify("FollowUp")

    def record_agreement(self) -> None:
        self._run(lambda: mediation.record_agreement(
            self.case, user=self.context.user, form=self.agreement_form_combo.currentData(),
            agreement_on=self.agreement_on_edit.date_value(), terms=self.terms_edit.toPlainText(),
            responsibility=self.responsibility_edit.toPlainText(),
            performance_method=self.performance_method_edit.text(),
            performance_deadline=self.performance_deadline_edit.date_value(),
            amount=self.agreement_amount_edit.text().strip()), rename={"amount": "agreement_amount"})
        if self.case is not None:
            self.amount_edit.setText(f"{self.case.amount:.2f}" if self.case.amount else "")

    def record_performance(self) -> None:
        self._run(lambda: mediation.record_performance(self.case, user=self.context.user,
                                                       status=self.performance_combo.code()))

    def record_judicial(self) -> None:
        self._run(lambda: mediation.record_judicial(
            self.case, user=self.context.user, applied_on=self.judicial_applied_edit.date_value(),
            result=self.judicial_result_combo.currentData()))

    def record_prevention(self) -> None:
        self._run(lambda: mediation.set_prevention(
            self.case, user=self.context.user, crime=self.crime_check.isChecked(),
            crime_persons=self.crime_spin.value(), petition=self.petition_check.isChecked(),
            petition_persons=self.petition_spin.value()))

    def _conclusion_changed(self, *_):
        self.failure_route_combo.setEnabled(self.conclusion_combo.currentData() == "failed")

    def conclude(self) -> None:
        status = self.conclusion_combo.currentData()
        if self._run(lambda: mediation.conclude(
                self.case, user=self.context.user, status=status,
                concluded_on=self.concluded_on_edit.date_value(),
                failure_route=self.failure_route_combo.code() if status == "failed" else "")):
            self.context.notify("MediationCase")

    def resume(self) -> None:
        self._run(lambda: mediation.resume(self.case, user=self.context.user))

    def add_followup(self) -> None:
        reached = self.reached_check.isChecked()
        visitor = getattr(self.context.user, "display_name", "") or getattr(self.context.user, "username", "")
        if self._run(lambda: mediation.add_followup(
                self.case, user=self.context.user, visited_on=self.visited_on_edit.date_value(),
                visitor=visitor, method=self.method_combo.code() or "phone", reached=reached,
                performance=self.followup_performance_edit.text(),
                satisfaction=self.satisfaction_combo.code() if reached else "",
                notes=self.followup_notes_edit.text())):
            self.followup_performance_edit.clear()
            self.followup_notes_edit.clear()
            self.context.notify("FollowUp")

    def _dossier_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.case is None or item.column() not in (3, 4):
            return
        number = self.dossier_table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if item.column() == 3:
            present = item.checkState() == Qt.CheckState.Checked
            self._run(lambda: mediation.set_dossier_item(self.case, number, user=self.context.user,
                                                         present=present))
        else:
            self._run(lambda: mediation.set_dossier_item(self.case, number, user=self.context.user,
                                                         pages=item.text().strip() or 0,
                                                         present=True if item.text().strip() else None),
                      rename={"pages": "dossier"})

    # ------------------------------------------------------------------ printing
    def document_path(self, key: str) -> Path:
        safe = re.sub(r"[^\w\-]+", "_", self.case.number).strip("_")
        folder = self.context.station.sub("documents") / "mediation"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        return folder / f"{safe}-{key}-{stamp}.pdf"

    def print_document(self, key: str, *, session=None, followup=None) -> Path | None:
        """Write one document (or the whole dossier) to the station's documents folder, audited,
        and open it."""
        from aidstation.pdf import mediation_dossier

        if self.case is None and not self.save():
            return None
        path = self.document_path(key)
        name = getattr(self.context.user, "display_name", "") or ""
        if key == "dossier":  # a dozen documents: off the GUI thread, with a progress dialog
            from aidstation.gui import tasks

            user_id = self.context.user.id if self.context.user is not None else None
            self._print_task = tasks.run_task(
                self, render_dossier_job, self.case.id, str(path), user_id, name,
                title=self.tr("Print the whole dossier"), label=self.tr("Writing the dossier…"),
                cancellable=False, on_result=lambda _pages: open_document(path),
                on_error=lambda exc, details: messages.error(self, self.tr("Printing failed"), str(exc), details))
            return path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            mediation_dossier.render_document(self.case, key, path, user=self.context.user,
                                              session=session, followup=followup, filed_by=name)
        except ValidationError as err:
            self.errors.show(err, self.context.code_lang)
            return None
        except OSError as exc:
            messages.error(self, self.tr("Printing failed"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        open_document(path)
        return path

    def print_selected_session(self) -> Path | None:
        session = self._selected(self.sessions_table, mediation.sessions_of(self.case), "session")
        if session is None:
            return None
        key = "investigation" if session.kind == "investigation" else "record"
        return self.print_document(key, session=session)

    def print_selected_followup(self) -> Path | None:
        followup = self._selected(self.followups_table, mediation.followups_of(self.case), "followup")
        if followup is None:
            return None
        return self.print_document("followup", followup=followup)


def render_dossier_job(case_id: int, path: str, user_id: int | None, filed_by: str) -> int:
    """The whole dossier, for a worker thread: plain arguments, its own reads."""
    from aidstation.core.models import User
    from aidstation.pdf import mediation_dossier

    case = mediation.get(case_id)
    user = User.get_or_none(User.id == user_id) if user_id is not None else None
    return mediation_dossier.render_dossier(case, Path(path), user=user, filed_by=filed_by)


def open_case(context, case: MediationCase | None, parent=None) -> MediationCaseDialog:
    dialog = MediationCaseDialog(context, case, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_from_consultation(context, consultation: Consultation, parent=None) -> MediationCaseDialog:
    """For the reception form: a new case prefilled from a consultation sent to mediation (its
    person as applicant, its question as facts); saving links the consultation to the case.
    A consultation that already has a case opens that case."""
    if consultation.mediation_case_id is not None:
        case = mediation.get(consultation.mediation_case_id)
        if case is not None:
            return open_case(context, case, parent)
    dialog = MediationCaseDialog(context, None, parent, consultation=consultation)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
