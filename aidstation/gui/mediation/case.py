"""The mediation case window: a header with the case's status and time limit over six tabs.

One Save (the button, Ctrl+S) writes what the Parties, Facts and Agreement tabs show — the case,
its agreement, the agreement's performance, the judicial confirmation and the prevention flags —
in one transaction (core mediation.save_case_form), then a session or follow-up typed on its tab
but not yet added. Enter never saves (no button is default). Closing with unsaved edits asks
Save / Discard / Cancel, and so does leaving the Sessions or Follow-ups tab with a record typed
but not added; concluding and printing save first. The tabs have their controllers beside it
(sessions_tab, agreement_tab, followups_tab, dossier_tab), printing is printing.py; every rule
lives in core/mediation and every problem is shown beside its field.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPushButton, QVBoxLayout

from aidstation.core import masking, mediation
from aidstation.core.models import Consultation, MediationCase, Staff
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.guard import FormGuard, UnsavedChangesMixin
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.mediation.agreement_tab import MediationAgreementTab
from aidstation.gui.mediation.dossier_tab import MediationDossierTab
from aidstation.gui.mediation.followups_tab import MediationFollowupsTab
from aidstation.gui.mediation.oral_dialog import open_oral
from aidstation.gui.mediation.printing import MediationPrinter
from aidstation.gui.mediation.sessions_tab import MediationSessionsTab
from aidstation.gui.mediation.tables import cell, date_arg, setup_table

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
DEFAULT_SIZE = (1180, 660)  # fits a 1280×720 laptop with its title bar


def no_default_buttons(root) -> None:
    """Enter in a field or list of a dialog must never press a button: none is (auto)default."""
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


class MediationCaseDialog(UnsavedChangesMixin, QDialog):
    """One case, new (case=None, optionally from a consultation) or existing.
    Emits `case_saved(id)` after every change written."""

    help_key = "mediation"  # F1 shows this page's guide

    case_saved = Signal(int)

    def __init__(self, context, case: MediationCase | None = None, parent=None, *,
                 consultation: Consultation | None = None):
        super().__init__(parent)
        self.context = context
        self.case = case
        self.consultation = consultation
        self.parties: list[mediation.PartyInput] = []
        self._quiet_tabs = False
        load_ui(self, "mediation_case.ui")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_window(self, "mediation/case", DEFAULT_SIZE)
        self.header_label.setProperty("role", "title")
        self.status_label.setFixedHeight(26)
        self.form_error.setObjectName("form_error")
        self.form_error.setVisible(False)
        self.agreement_hint.setProperty("role", "hint")
        self._setup_widgets()
        self.printer = MediationPrinter(self)
        self.tab_sessions = MediationSessionsTab(self)
        self.tab_agreement = MediationAgreementTab(self)
        self.tab_followups = MediationFollowupsTab(self)
        self.tab_dossier = MediationDossierTab(self)
        self.print_buttons = self.tab_dossier.print_buttons
        widgets = {
            "received_on": self.received_on_edit, "source": self.source_combo,
            "dispute_type": self.dispute_type_combo, "title": self.title_edit, "amount": self.amount_edit,
            "mediators": self.mediators_list, "parties": self.parties_table, "agent": self.agent_edit,
            "facts": self.facts_edit, "requests": self.requests_edit, "notes": self.notes_edit,
            "extended_until": self.extended_until_edit, "held_at": self.held_at_edit,
            "place": self.place_edit, "participants": self.participants_edit, "record": self.record_edit,
            "recorder": self.recorder_combo, "kind": self.session_kind_combo, "session": self.sessions_table,
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
        # What the window's Save writes, part by part (a part is sent only when edited), and
        # the two records typed on their tabs but not added yet.
        self.guards = {
            "case": FormGuard(self.case_group), "facts": FormGuard(self.facts_content),
            "agreement": FormGuard(self.agreement_group),
            "performance": FormGuard(self.performance_group),  # and the judicial confirmation
            "prevention": FormGuard(self.prevention_group),
            "session": FormGuard(self.session_group), "followup": FormGuard(self.followup_group),
        }
        self._connect()
        self._fill()
        self.mark_clean()
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.save_button.setToolTip(self.tr("Save the case, its agreement and what you typed (Ctrl+S)"))
        no_default_buttons(self)
        self._tab_index = self.tabs.currentIndex()
        self.agreement_hint.setVisible(self.tabs.currentWidget() is self.agreement_scroll)

    # ------------------------------------------------------------------ setup
    def _setup_widgets(self) -> None:
        lang = self.context.code_lang
        choose = self.tr("(choose)")
        self.source_combo.set_kind("mediation_source", lang, blank=choose)
        self.dispute_type_combo.set_kind("dispute_type", lang, blank=choose)
        for role in mediation.ROLES:
            self.role_combo.addItem(mediation.role_label(role, lang), role)
        self.extended_until_edit.set_date_value(None)
        self.recorder_combo.addItem(self.tr("(none)"), None)
        for s in mediation.eligible_mediators(self.case):
            self.recorder_combo.addItem(s.name, s.id)
            item = QListWidgetItem(s.name, self.mediators_list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        setup_table(self.parties_table, [self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("Agent")])
        setup_columns(self.parties_table, "mediation/case_parties", stretch=3)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.add_party_button.clicked.connect(self.add_party)
        self.remove_party_button.clicked.connect(self.remove_party)
        self.party_finder.new_requested.connect(self.new_person)
        self.tabs.currentChanged.connect(self._tab_changed)

    # ------------------------------------------------------------------ filling
    def _fill(self) -> None:
        today = dt.date.today()
        case = self.case
        if case is None:
            c = self.consultation
            self.received_on_edit.set_date_value(c.received_at.date() if c is not None else today)
            # Honest defaults: what the consultation says, else the clerk chooses.
            self.source_combo.set_code("party" if c is not None else "")
            self.dispute_type_combo.set_code(mediation.MATTER_TO_DISPUTE.get(c.matter, "") if c else "")
            self.facts_edit.setPlainText(c.question if c is not None else "")
            self.parties = [mediation.PartyInput(c.person, "applicant")] if c is not None and c.person else []
            self.role_combo.setCurrentIndex(1 if self.parties else 0)
            self._fill_parties()
        else:
            self.fill_record(case)
        self.held_at_edit.setDateTime(QDateTime.currentDateTime())
        self.visited_on_edit.set_date_value(today)
        self.concluded_on_edit.set_date_value(today)
        self.tab_agreement.conclusion_changed()
        self.refresh_state()

    def fill_record(self, case: MediationCase) -> None:
        """What the window's Save writes, as saved: the case, its parties and mediators, the
        agreement part."""
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
        self.tab_agreement.fill(case)
        self._fill_parties()

    def _fill_parties(self) -> None:
        lang = self.context.code_lang
        self.parties_table.setRowCount(len(self.parties))
        for row, p in enumerate(self.parties):
            self.parties_table.setItem(row, 0, cell(mediation.role_label(p.role, lang), p.person.id))
            self.parties_table.setItem(row, 1, cell(p.person.name))
            self.parties_table.setItem(row, 2, cell(masking.phone(p.person.phone)))
            self.parties_table.setItem(row, 3, cell(p.agent))

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
        self.tab_sessions.refresh(case)
        self.tab_agreement.refresh(case)
        self.tab_followups.refresh(case)
        self.tab_dossier.refresh(case)

    # ------------------------------------------------------------------ unsaved changes
    def _party_keys(self) -> list:
        return [(p.person.id, p.role, p.agent or "") for p in self.parties]

    def _mediator_ids(self) -> list:
        return [self.mediators_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.mediators_list.count())
                if self.mediators_list.item(i).checkState() == Qt.CheckState.Checked]

    def mark_clean(self, *parts: str) -> None:
        """The given parts (all when none) now match what is saved."""
        for name in parts or self.guards:
            self.guards[name].mark_clean()
        if not parts or "case" in parts:
            self._clean_parties = self._party_keys()
            self._clean_mediators = self._mediator_ids()

    def dirty_parts(self) -> list[str]:
        parts = [name for name, guard in self.guards.items() if guard.is_dirty()]
        if "case" not in parts and (self._party_keys() != self._clean_parties
                                    or self._mediator_ids() != self._clean_mediators):
            parts.insert(0, "case")
        return parts

    def has_unsaved_changes(self) -> bool:
        return bool(self.dirty_parts())

    def save_changes(self) -> bool:
        return self.save()

    def _tab_changed(self, index: int) -> None:
        """Leaving the Sessions or Follow-ups tab with a record typed but not added asks."""
        self.agreement_hint.setVisible(self.tabs.widget(index) is self.agreement_scroll)
        previous, self._tab_index = self._tab_index, index
        if self._quiet_tabs or previous == index:
            return
        left = self.tabs.widget(previous)
        draft = {self.sessions_tab: "session", self.followups_tab: "followup"}.get(left)
        if draft is None or not self.guards[draft].is_dirty():
            return
        text = (self.tr("The session you typed has not been added to the case.") if draft == "session"
                else self.tr("The follow-up you typed has not been added to the case."))
        answer = messages.ask_discard(self, text)
        if answer == "discard":
            (self.tab_sessions if draft == "session" else self.tab_followups).clear_draft()
            return
        if answer == "save":
            self._quiet_tabs = True
            try:
                added = (self.tab_sessions.add_session() if draft == "session"
                         else self.tab_followups.add_followup())
            finally:
                self._quiet_tabs = False
            if added:
                return
        self._show_tab(left)  # cancelled, or adding failed: back to the record, with its problems

    def _show_tab(self, widget) -> None:
        self._quiet_tabs = True
        try:
            self.tabs.setCurrentWidget(widget)
            self._tab_index = self.tabs.currentIndex()
        finally:
            self._quiet_tabs = False

    # ------------------------------------------------------------------ running services
    def run(self, fn, *, rename: dict | None = None) -> bool:
        """Call a service; show every problem beside its field. True on success."""
        self.errors.clear()
        try:
            fn()
        except ValidationError as err:
            if rename and err.field in rename:
                err = ValidationError(rename[err.field], err.message, err.message_zh)
            for tab, fields in TABS_BY_FIELD.items():
                if err.field in fields:
                    self._show_tab(getattr(self, tab))
            self.errors.show(err, self.context.code_lang)
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
        return [Staff.get_by_id(i) for i in self._mediator_ids()]

    def values(self) -> dict:
        return dict(source=self.source_combo.code(), dispute_type=self.dispute_type_combo.code(),
                    title=self.title_edit.text(), amount=self.amount_edit.text().strip(),
                    facts=self.facts_edit.toPlainText(), requests=self.requests_edit.toPlainText(),
                    notes=self.notes_edit.toPlainText(),
                    extended_until=date_arg(self.extended_until_edit))

    def save(self) -> bool:
        """The window's one Save: the case and its agreement part, then a session or follow-up
        typed but not added yet. False (the problems shown) when anything was refused."""
        if not self._save_record():
            return False
        if self.guards["session"].is_dirty() and not self.tab_sessions.add_session():
            return False
        if self.guards["followup"].is_dirty() and not self.tab_followups.add_followup():
            return False
        return True

    def _save_record(self) -> bool:
        user = self.context.user
        values = self.values()
        received = date_arg(self.received_on_edit)
        dirty = self.dirty_parts()
        new = self.case is None

        def do():
            if self.case is None:
                self.case = mediation.open_case(user=user, received_on=received, parties=self.parties,
                                                mediators=self._mediators(), consultation=self.consultation,
                                                **values)
            else:
                mediation.save_case_form(
                    self.case, user=user,
                    case_fields=dict(parties=self.parties, mediators=self._mediators(),
                                     received_on=received, **values),
                    **self.tab_agreement.changes(dirty))

        if not self.run(do):
            return False
        self.fill_record(self.case)  # what was stored, normalised (amounts, dates)
        self.mark_clean("case", "facts", "agreement", "performance", "prevention")
        messages.status(self, (self.tr("Case {number} opened") if new else
                               self.tr("Case {number} saved")).format(number=self.case.number))
        if self.consultation is not None:
            self.context.notify("Consultation")
        return True

    def selected(self, table, rows, field: str):
        row = table.currentRow()
        if row < 0:
            self.errors.show(ValidationError(field, "select a row first", "请先选择一条记录"),
                             self.context.code_lang)
            return None
        wanted = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        return next((r for r in rows if r.id == wanted), None)

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
        from aidstation.gui.people import PersonForm

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
        fit_window(dialog, "mediation/new_person", (640, 560))
        no_default_buttons(dialog)  # Enter in the person form must not press its first button
        self._person_dialog = dialog
        dialog.open()


def open_case(context, case: MediationCase | None, parent=None) -> MediationCaseDialog:
    dialog = MediationCaseDialog(context, case, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_from_consultation(context, consultation: Consultation, parent=None, *, oral: bool = False):
    """For the reception form: a new case prefilled from a consultation sent to mediation (its
    person as applicant, its question as facts); saving links the consultation to the case.
    `oral`: the dispute was settled on the spot, so the oral mediation form opens instead,
    prefilled the same way. A consultation that already has a case opens that case."""
    if consultation.mediation_case_id is not None:
        case = mediation.get(consultation.mediation_case_id)
        if case is not None:
            return open_case(context, case, parent)
    if oral:
        return open_oral(context, parent, consultation=consultation)
    dialog = MediationCaseDialog(context, None, parent, consultation=consultation)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
