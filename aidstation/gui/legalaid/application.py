"""The legal-aid application window: intake, live eligibility, materials, tracking, follow-ups.

Every rule lives in core/legalaid; this controller fills widgets, reads them and calls the
services, showing each problem beside the field it names.

Nothing typed is lost: Enter never saves (no default button; Ctrl+S and Save do), closing with
unsaved edits asks Save / Discard / Cancel (kit.guard), and every stage action and every print
saves the intake first, so what the centre receives is what the screen shows.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
)

from aidstation.core import codes, legalaid, settings
from aidstation.core.legalaid import clocks as aid_clocks
from aidstation.core.legalaid import eligibility as elig
from aidstation.core.models import AidApplication, Consultation
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.guard import FormGuard, UnsavedChangesMixin
from aidstation.gui.kit.widgets import FieldErrors, OptionalDateEdit

# Fields of the Progress tab, and the action that records them (for "not recorded yet").
STAGE_FIELDS = {
    "forward": ("forwarded_on_edit", "forwarded_to_edit"),
    "decide": ("decision_combo", "decision_on_edit", "decision_reason_edit"),
    "assign": ("assigned_on_edit", "assigned_to_edit"),
    "close": ("closed_on_edit", "outcome_edit", "amount_edit"),
    "followup": ("visited_on_edit", "method_combo", "reached_check", "satisfaction_combo", "fee_check",
                 "followup_notes_edit"),
}
PROGRESS_ERRORS = ("forwarded_on", "forwarded_to", "decision", "decision_on", "decision_reason",
                   "assigned_on", "assigned_to", "closed_on", "outcome", "amount_recovered",
                   "visited_on", "method", "satisfaction", "notes", "visitor")


def stage_text(stage: str, decision: str = "") -> str:
    """The stage (or, once ended, the decision) in the clerk's language."""
    if stage == "ended":
        return {"refused": QCoreApplication.translate("LegalAidApplicationDialog", "Refused by the centre"),
                "withdrawn": QCoreApplication.translate("LegalAidApplicationDialog", "Withdrawn"),
                "lapsed": QCoreApplication.translate("LegalAidApplicationDialog", "Lapsed: materials not supplied")}.get(decision, decision)
    return {"received": QCoreApplication.translate("LegalAidApplicationDialog", "Received"),
            "forwarded": QCoreApplication.translate("LegalAidApplicationDialog", "Forwarded to the centre"),
            "granted": QCoreApplication.translate("LegalAidApplicationDialog", "Aid granted"),
            "assigned": QCoreApplication.translate("LegalAidApplicationDialog", "Assigned"),
            "closed": QCoreApplication.translate("LegalAidApplicationDialog", "Closed")}.get(stage, stage)


def date_input(edit):
    """What an OptionalDateEdit holds, for a service: its date, '' when emptied, or the typed
    text that is no date (the service names the field)."""
    value = edit.date_value()
    return value if value is not None else edit.text().strip()


class LegalAidApplicationDialog(UnsavedChangesMixin, QDialog):
    """One application, new (app=None) or existing. Emits `application_saved(id)`."""

    help_key = "legalaid"  # F1 shows this page's guide

    application_saved = Signal(int)

    def __init__(self, context, app: AidApplication | None = None, parent=None, *,
                 consultation: Consultation | None = None):
        super().__init__(parent)
        self.context = context
        self.app = app
        self.consultation = consultation
        load_ui(self, "legalaid_application.ui")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_window(self, "legalaid/application", (1180, 660))
        lang = context.code_lang
        # Required choices start empty ("(choose)"): nothing is picked for the clerk.
        choose, none = self.tr("(choose)"), self.tr("(none)")
        for combo, kind, blank in ((self.aid_form_combo, "aid_form", none),
                                   (self.case_type_combo, "aid_case_type", choose),
                                   (self.cause_combo, "matter", choose), (self.scope_combo, "scope_item", none),
                                   (self.legal_stage_combo, "legal_stage", none),
                                   (self.art32_combo, "no_test_ground", none),
                                   (self.method_combo, "followup_method", choose),
                                   (self.satisfaction_combo, "satisfaction", none)):
            combo.set_kind(kind, lang, blank=blank)
        self.groups_list.set_kind("group", lang)
        self.decision_combo.addItem(choose, "")
        for code, text in (("granted", self.tr("Granted")), ("refused", self.tr("Refused")),
                           ("withdrawn", self.tr("Withdrawn")), ("lapsed", self.tr("Lapsed (materials not supplied)"))):
            self.decision_combo.addItem(text, code)
        self.followup_table.setColumnCount(6)
        self.followup_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Method"), self.tr("Reached"), self.tr("Satisfaction"), self.tr("Fee charged"),
             self.tr("Notes")])
        self.followup_table.verticalHeader().setVisible(False)
        self.followup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reached_check.setChecked(True)
        self.header_label.setProperty("role", "title")
        self.stage_label.setStyleSheet("QLabel { background: #e3ecf7; color: #1f4e8c; border-radius: 9px;"
                                       " padding: 3px 12px; font-weight: 600; }")
        # Enter in a finder, a combo or a line edit must only pick or confirm, never save or act:
        # no button of this window is default (a QDialog's buttons are autoDefault unless told).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.setToolTip(self.tr("Save the application (Ctrl+S)"))
        for edit in self.findChildren(OptionalDateEdit):  # a date needs no full-width field
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 90)
        self.errors = FieldErrors(self, {
            "applicant": self.applicant_finder, "agent": self.agent_finder,
            "agent_relation": self.agent_relation_edit, "received_on": self.received_on_edit,
            "aid_form": self.aid_form_combo, "case_type": self.case_type_combo, "cause": self.cause_combo,
            "scope_item": self.scope_combo, "legal_stage": self.legal_stage_combo,
            "urgent_deadline": self.urgent_deadline_edit, "monthly_income": self.income_edit,
            "art32_ground": self.art32_combo, "materials": self.materials_list,
            "forwarded_on": self.forwarded_on_edit, "forwarded_to": self.forwarded_to_edit,
            "decision": self.decision_combo, "decision_on": self.decision_on_edit,
            "decision_reason": self.decision_reason_edit, "assigned_on": self.assigned_on_edit,
            "assigned_to": self.assigned_to_edit, "closed_on": self.closed_on_edit,
            "outcome": self.outcome_edit, "amount_recovered": self.amount_edit,
            "visited_on": self.visited_on_edit, "method": self.method_combo,
            "satisfaction": self.satisfaction_combo, "notes": self.followup_notes_edit,
            "summary": self.summary_edit, "groups": self.groups_list,
        }, fallback=self.form_error)
        self.form_error.setObjectName("form_error")
        self.form_error.setVisible(False)
        self._connect()
        self._fill()
        setup_columns(self.followup_table, "legalaid/followups", stretch=5)  # sized to the visits shown
        # The intake is the record; the Progress tab's fields are what its buttons record.
        self.intake_guard = FormGuard(self.application_tab)
        self.stage_guard = FormGuard(self.progress_tab)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # ------------------------------------------------------------------ wiring
    def _connect(self) -> None:
        for combo in (self.aid_form_combo, self.case_type_combo, self.cause_combo, self.scope_combo,
                      self.legal_stage_combo, self.art32_combo):
            combo.currentIndexChanged.connect(self.update_eligibility)
        for box in (self.no_fixed_income_check, self.assistance_check, self.limited_capacity_check,
                    self.detained_check):
            box.toggled.connect(self.update_eligibility)
        self.income_edit.textChanged.connect(self.update_eligibility)
        self.groups_list.itemChanged.connect(self.update_eligibility)
        self.received_on_edit.date_changed.connect(self.update_eligibility)
        self.urgent_deadline_edit.date_changed.connect(self._show_urgent)
        self.applicant_finder.person_changed.connect(self.update_eligibility)
        self.applicant_finder.new_requested.connect(self._new_person_hint)
        self.agent_finder.new_requested.connect(self._new_person_hint)
        self.materials_list.itemChanged.connect(self._material_toggled)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.notice_button.clicked.connect(lambda: self.print_document("notice"))
        self.receipt_button.clicked.connect(lambda: self.print_document("receipt"))
        self.form_button.clicked.connect(lambda: self.print_document("form"))
        self.letter_button.clicked.connect(lambda: self.print_document("letter"))
        self.forward_button.clicked.connect(self.forward)
        self.decide_button.clicked.connect(self.decide)
        self.assign_button.clicked.connect(self.assign)
        self.close_case_button.clicked.connect(self.close_case)
        self.followup_button.clicked.connect(self.add_followup)

    def _new_person_hint(self, _text: str) -> None:
        messages.info(self, self.tr("New person"),
                      self.tr("Register the person on the People page (or at reception) first, then pick them here."))

    # ------------------------------------------------------------------ filling
    def _fill(self) -> None:
        app = self.app
        today = dt.date.today()
        if app is None:
            self.received_on_edit.set_date_value(today)
            c = self.consultation
            if c is not None:
                if c.person_id:
                    self.applicant_finder.set_person(c.person)
                self.cause_combo.set_code(c.matter)
                self.summary_edit.setPlainText(c.question or "")
                self.groups_list.set_codes([g.group for g in c.group_links])
                received = c.received_at.date() if isinstance(c.received_at, dt.datetime) else c.received_at
                self.received_on_edit.set_date_value(received or today)
        else:
            self.applicant_finder.set_person(app.applicant)
            if app.agent_id:
                self.agent_finder.set_person(app.agent)
            self.agent_relation_edit.setText(app.agent_relation)
            self.limited_capacity_check.setChecked(app.limited_capacity)
            self.groups_list.set_codes(legalaid.groups_of(app))
            self.received_on_edit.set_date_value(app.received_on)
            self.aid_form_combo.set_code(app.aid_form)
            self.case_type_combo.set_code(app.case_type)
            self.cause_combo.set_code(app.cause)
            self.scope_combo.set_code(app.scope_item)
            self.legal_stage_combo.set_code(app.legal_stage)
            self.summary_edit.setPlainText(app.summary)
            self.detained_check.setChecked(app.detained)
            self.urgent_deadline_edit.set_date_value(app.urgent_deadline)
            self.art32_combo.set_code(app.art32_ground)
            self.no_fixed_income_check.setChecked(app.no_fixed_income)
            self.assistance_check.setChecked(app.assistance_recipient)
            self.income_edit.setText("" if app.monthly_income is None else str(app.monthly_income))
        for edit in (self.forwarded_on_edit, self.decision_on_edit, self.assigned_on_edit,
                     self.closed_on_edit, self.visited_on_edit):
            edit.set_date_value(today)
        self.forwarded_to_edit.setText(settings.get("station.aid_centre"))
        self.refresh_state()
        self.update_eligibility()

    def refresh_state(self) -> None:
        """Header, materials, tracking fields and which actions are possible now."""
        app = self.app
        saved = app is not None
        if saved:
            app = self.app = AidApplication.get_by_id(app.id)
            stage = legalaid.stage(app)
            self.header_label.setText(self.tr("Application {number}").format(number=app.number))
            self.stage_label.setText(stage_text(stage, app.decision))
            self.stage_label.setVisible(True)
        else:
            self.header_label.setText(self.tr("New legal aid application"))
            self.stage_label.setVisible(False)
        self.setWindowTitle(self.header_label.text())
        self._fill_materials()
        self._fill_followups()
        pending = saved and app.decision == "pending"
        possible = {"forward": pending and not app.forwarded_on, "decide": pending,
                    "assign": saved and app.decision == "granted" and not app.assigned_on,
                    "close": saved and bool(app.assigned_on) and not app.closed_on,
                    "followup": saved and bool(app.closed_on)}
        for button, action in ((self.forward_button, "forward"), (self.decide_button, "decide"),
                               (self.assign_button, "assign"), (self.close_case_button, "close"),
                               (self.followup_button, "followup")):
            button.setEnabled(possible[action])
            # a stage already recorded (or not reached yet) cannot be typed into
            for name in STAGE_FIELDS[action]:
                field = getattr(self, name)
                field.setEnabled(possible[action])
                if isinstance(field, OptionalDateEdit):  # no clear button on a date that is final
                    field.line_edit.setClearButtonEnabled(possible[action])
        self.letter_button.setEnabled(saved and bool(app.forwarded_on))
        self.receipt_button.setEnabled(saved)
        self.form_button.setEnabled(saved)
        if saved:
            for edit, value in ((self.forwarded_on_edit, app.forwarded_on), (self.decision_on_edit, app.decision_on),
                                (self.assigned_on_edit, app.assigned_on), (self.closed_on_edit, app.closed_on)):
                if value:
                    edit.set_date_value(value)
            # only what is recorded: a stage being typed keeps the clerk's text
            if app.forwarded_on and app.forwarded_to:
                self.forwarded_to_edit.setText(app.forwarded_to)
            if app.decision != "pending":
                self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(app.decision)))
                self.decision_reason_edit.setText(app.decision_reason)
            if app.assigned_on:
                self.assigned_to_edit.setText(app.assigned_to)
            if app.closed_on:
                self.outcome_edit.setPlainText(app.outcome)
                self.amount_edit.setText(f"{app.amount_recovered:.2f}")
        self._show_urgent()

    def _fill_materials(self) -> None:
        self.materials_list.blockSignals(True)
        self.materials_list.clear()
        lang = self.context.code_lang
        if self.app is None:
            item = QListWidgetItem(self.tr("Save the application to start its materials checklist."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.materials_list.addItem(item)
            self.notice_button.setEnabled(False)
            self.notice_label.setText("")
        else:
            for m in legalaid.materials(self.app):
                text = codes.label("material", m.material, lang)
                if not m.required:
                    text += " " + self.tr("(not needed)")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.material)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if m.received else Qt.CheckState.Unchecked)
                if not m.required:
                    item.setForeground(Qt.GlobalColor.gray)
                self.materials_list.addItem(item)
            missing = legalaid.missing_materials(self.app)
            self.notice_button.setEnabled(bool(missing) and self.app.forwarded_on is None)
            if not missing:
                self.notice_label.setText(self.tr("All required materials are in."))
            elif self.app.notice_issued_at:
                due = legalaid.notice_deadline(self.app)
                self.notice_label.setText(self.tr("{n} missing; one-time notice issued {when}, to be supplied by {due}.")
                                          .format(n=len(missing), when=self.app.notice_issued_at.strftime("%Y-%m-%d"),
                                                  due=due.isoformat()))
            else:
                self.notice_label.setText(self.tr("{n} required materials missing.").format(n=len(missing)))
        self.materials_list.blockSignals(False)

    def _fill_followups(self) -> None:
        rows = legalaid.followups(self.app) if self.app is not None else []
        lang = self.context.code_lang
        self.followup_table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            fee = "" if f.fee_charged is None else (self.tr("Yes") if f.fee_charged else self.tr("No"))
            values = [f.visited_on.isoformat(), codes.label("followup_method", f.method, lang),
                      self.tr("Yes") if f.reached else self.tr("No"),
                      codes.label("satisfaction", f.satisfaction, lang) if f.satisfaction else "", fee,
                      f.notes]
            for c, v in enumerate(values):
                self.followup_table.setItem(r, c, QTableWidgetItem(v))

    def _show_urgent(self, *_):
        day = self.urgent_deadline_edit.date_value()
        if day is None:
            self.urgent_hint_label.setText(self.tr("none"))
            self.urgent_hint_label.setStyleSheet("")
            return
        left = (day - dt.date.today()).days
        text = self.tr("{n} days left").format(n=left) if left >= 0 else self.tr("passed {n} days ago").format(n=-left)
        self.urgent_hint_label.setText(text)
        soon = left < aid_clocks.URGENT_DAYS
        self.urgent_hint_label.setStyleSheet("color: #c62828; font-weight: 600;" if soon else "")

    # ------------------------------------------------------------------ reading
    def values(self) -> dict:
        """The intake fields as typed (validated by the service, not here: a date that is no
        date goes as its text, so the service names the field)."""
        return {
            "applicant": self.applicant_finder.person(),
            "agent": self.agent_finder.person(),
            "agent_relation": self.agent_relation_edit.text(),
            "limited_capacity": self.limited_capacity_check.isChecked(),
            "received_on": date_input(self.received_on_edit),
            "aid_form": self.aid_form_combo.code(),
            "case_type": self.case_type_combo.code(),
            "cause": self.cause_combo.code(),
            "scope_item": self.scope_combo.code(),
            "legal_stage": self.legal_stage_combo.code(),
            "summary": self.summary_edit.toPlainText(),
            "detained": self.detained_check.isChecked(),
            "urgent_deadline": date_input(self.urgent_deadline_edit),
            "art32_ground": self.art32_combo.code(),
            "no_fixed_income": self.no_fixed_income_check.isChecked(),
            "assistance_recipient": self.assistance_check.isChecked(),
            "monthly_income": self.income_edit.text().strip(),
        }

    def update_eligibility(self, *_):
        """Re-run the pre-check on what is typed now and show its sentence."""
        v = self.values()
        v["received_on"] = self.received_on_edit.date_value()
        v["urgent_deadline"] = self.urgent_deadline_edit.date_value()
        income = v["monthly_income"]
        try:
            v["monthly_income"] = None if not income else str(float(income.replace(",", "")))
        except ValueError:
            v["monthly_income"] = None
        try:
            result = elig.precheck(legalaid.facts_for(v, groups=self.groups_list.codes()))
        except (ValueError, ArithmeticError):
            return
        self.eligibility = result
        if self.app is None and not (v["scope_item"] or v["cause"] or v["art32_ground"]):
            self.route_label.setText(self.tr("Choose the cause and the scope item to run the pre-check."))
            self.route_label.setStyleSheet("color: #5b6776;")
            self.sentence_label.setText("")
            return
        route = {
            elig.NO_TEST: self.tr("No hardship test (Art. 32)"),
            elig.EXEMPT: self.tr("Exempt from the hardship check (Art. 42)"),
            elig.STATEMENT: self.tr("Hardship statement and integrity pledge (Art. 41)"),
            elig.OUT_OF_SCOPE: self.tr("Outside the legal-aid scope"),
        }[result.route]
        colour = {True: "#2e7d32", False: "#c62828", None: "#8a6d00"}[result.likely_eligible]
        self.route_label.setText(route)
        self.route_label.setStyleSheet(f"font-weight: 600; color: {colour};")
        self.sentence_label.setText(result.sentence(self.context.code_lang))

    # ------------------------------------------------------------------ actions
    def _run(self, fn) -> bool:
        """Call a service; show every problem beside its field. True on success."""
        self.errors.clear()
        try:
            fn()
        except ValidationError as err:
            self.errors.show(err, self.context.code_lang)
            if err.field in PROGRESS_ERRORS:
                self.tabs.setCurrentWidget(self.progress_scroll)
            elif err.field in self.errors.fields:
                self.tabs.setCurrentWidget(self.application_scroll)
            return False
        return True

    def has_unsaved_changes(self) -> bool:
        # A new application prefilled from a consultation is unsaved work even untouched.
        new_from_consultation = self.app is None and self.consultation is not None
        return new_from_consultation or self.intake_guard.is_dirty() or self.stage_guard.is_dirty()

    def save_changes(self) -> bool:
        """Save the intake; a stage typed but not recorded cannot be saved by Save: say so."""
        if (self.app is None or self.intake_guard.is_dirty()) and not self.save():
            return False
        pending = self._unrecorded_stages()
        if pending:
            self.tabs.setCurrentWidget(self.progress_scroll)
            self.form_error.setText(self.tr("Not recorded yet: {actions}. Press the button to record it, "
                                            "or close and discard.").format(actions=", ".join(pending)))
            self.form_error.setVisible(True)
            return False
        return True

    def _unrecorded_stages(self) -> list[str]:
        changed = set(self.stage_guard.changed_fields())
        buttons = {"forward": self.forward_button, "decide": self.decide_button, "assign": self.assign_button,
                   "close": self.close_case_button, "followup": self.followup_button}
        return [buttons[action].text() for action, names in STAGE_FIELDS.items() if changed & set(names)]

    def save_first(self) -> bool:
        """Before a stage action or a print: the saved application must be what the screen
        shows, so save the intake edits first; False (with the problems shown) when that failed."""
        if self.app is not None and not self.intake_guard.is_dirty():
            return True
        return self.save()

    def save(self) -> bool:
        values = self.values()
        groups = self.groups_list.codes()
        user = self.context.user
        required = legalaid.DESK_REQUIRED

        def do():
            if self.app is None:
                if self.consultation is not None:
                    self.app = legalaid.from_consultation(self.consultation, user=user, groups=groups,
                                                          require=required, **values)
                else:
                    self.app = legalaid.receive(user=user, groups=groups, require=required, **values)
            else:
                legalaid.update(self.app, user=user, groups=groups, require=required, **values)

        if not self._run(do):
            return False
        self._saved(self.tr("Application {number} saved"))
        return True

    def _saved(self, status: str = "") -> None:
        """After a write: reload, mark what is on screen as saved, tell the page and the clerk."""
        self.refresh_state()
        self.update_eligibility()
        self.intake_guard.mark_clean()
        self.stage_guard.mark_clean()
        self.context.notify("AidApplication")
        self.application_saved.emit(self.app.id)
        if status:
            messages.status(self, status.format(number=self.app.number))

    def _material_toggled(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if self.app is None or not code:
            return
        got = item.checkState() == Qt.CheckState.Checked
        if self._run(lambda: legalaid.set_materials(self.app, {code: got}, user=self.context.user)):
            self.refresh_state()  # the intake on screen stays as typed (and unsaved, if it was)
            self.context.notify("AidApplication")
            self.application_saved.emit(self.app.id)
            messages.status(self, self.tr("Materials of application {number} saved").format(number=self.app.number))

    def _stage(self, action, status: str) -> bool:
        """Save the intake first (or do nothing), then record the stage."""
        if not self.save_first():
            return False
        if not self._run(action):
            return False
        self._saved(status)
        return True

    def forward(self) -> bool:
        return self._stage(lambda: legalaid.forward(self.app, user=self.context.user,
                                                    forwarded_on=date_input(self.forwarded_on_edit),
                                                    forwarded_to=self.forwarded_to_edit.text()),
                           self.tr("Application {number} forwarded to the legal-aid centre"))

    def decide(self) -> bool:
        return self._stage(lambda: legalaid.decide(self.app, user=self.context.user,
                                                   decision=self.decision_combo.currentData() or "",
                                                   decision_on=date_input(self.decision_on_edit),
                                                   reason=self.decision_reason_edit.text()),
                           self.tr("Centre's decision on application {number} recorded"))

    def assign(self) -> bool:
        return self._stage(lambda: legalaid.assign(self.app, user=self.context.user,
                                                   assigned_on=date_input(self.assigned_on_edit),
                                                   assigned_to=self.assigned_to_edit.text()),
                           self.tr("Assignment of application {number} recorded"))

    def close_case(self) -> bool:
        return self._stage(lambda: legalaid.close(self.app, user=self.context.user,
                                                  closed_on=date_input(self.closed_on_edit),
                                                  outcome=self.outcome_edit.toPlainText(),
                                                  amount_recovered=self.amount_edit.text().strip()),
                           self.tr("Application {number} closed"))

    def add_followup(self) -> bool:
        reached = self.reached_check.isChecked()
        done = self._stage(lambda: legalaid.add_followup(
            self.app, user=self.context.user, visited_on=date_input(self.visited_on_edit),
            visitor=self.context.user.display_name or "",
            method=self.method_combo.code(), reached=reached,
            satisfaction=self.satisfaction_combo.code(), fee_charged=self.fee_check.isChecked(),
            notes=self.followup_notes_edit.text()), self.tr("Follow-up visit of application {number} recorded"))
        if done:
            self.followup_notes_edit.clear()
            self.method_combo.setCurrentIndex(0)
            self.satisfaction_combo.setCurrentIndex(0)
            self.stage_guard.mark_clean()
            self.context.notify("FollowUp")
        return done

    def document_path(self, kind: str) -> Path:
        safe = re.sub(r"[^\w\-]+", "_", self.app.number).strip("_")
        folder = self.context.station.sub("documents") / "legalaid"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return folder / f"{safe}-{kind}-{stamp}.pdf"

    def print_document(self, kind: str) -> Path | None:
        """Write one of the four documents to the station's documents folder and open it: from
        the saved application, after saving what the screen shows (nothing when that fails)."""
        from aidstation.pdf.legalaid import form as aid_form
        from aidstation.pdf.legalaid import letter as aid_letter
        from aidstation.pdf.legalaid import notice as aid_notice
        from aidstation.pdf.legalaid import receipt as aid_receipt

        if not self.save_first():
            return None
        render = {"notice": aid_notice.render_notice, "receipt": aid_receipt.render_receipt,
                  "form": aid_form.render_form, "letter": aid_letter.render_letter}[kind]
        path = self.document_path(kind)
        try:
            render(AidApplication.get_by_id(self.app.id), path, user=self.context.user)
        except (OSError, ValueError) as exc:
            messages.error(self, self.tr("Printing failed"), str(exc))
            return None
        self.refresh_state()  # the notice starts the supplement clock
        messages.document_written(self, path)
        return path


def open_application(context, app: AidApplication | None, parent=None) -> LegalAidApplicationDialog:
    dialog = LegalAidApplicationDialog(context, app, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_from_consultation(context, consultation: Consultation, parent=None) -> LegalAidApplicationDialog:
    """Open a new application prefilled from a consultation whose disposition is apply_aid
    (for the reception form); saving links the consultation to the application."""
    if consultation.aid_application_id is not None:
        return open_application(context, consultation.aid_application, parent)
    dialog = LegalAidApplicationDialog(context, None, parent, consultation=consultation)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
