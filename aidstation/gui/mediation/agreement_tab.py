"""The case window's Agreement and performance tab: the agreement reached, its performance, the
judicial confirmation and the prevention flags — all saved by the window's one Save — then
concluding or resuming the case (a stage action, which saves first) and printing the agreement."""
from __future__ import annotations

from PySide6.QtCore import QObject

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.gui.kit import messages
from aidstation.gui.kit.guard import save_first
from aidstation.gui.mediation.tables import date_arg


class MediationAgreementTab(QObject):
    """Drives the Agreement tab's widgets, which belong to the case window `dialog`."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = d = dialog
        lang = d.context.code_lang
        choose = self.tr("(choose)")
        d.performance_combo.set_kind("performance_status", lang, blank=self.tr("(not recorded)"))
        d.failure_route_combo.set_kind("failure_route", lang, blank=choose)
        # Nothing is chosen for the clerk: no agreement form, no result, no outcome.
        d.agreement_form_combo.addItem(self.tr("(no agreement yet)"), "")
        d.agreement_form_combo.addItem(self.tr("Written (协议书)"), "written")
        d.agreement_form_combo.addItem(self.tr("Oral (口头协议)"), "oral")
        d.judicial_result_combo.addItem(choose, "")
        for code, text in (("pending", self.tr("Pending")), ("confirmed", self.tr("Confirmed")),
                           ("rejected", self.tr("Not confirmed"))):
            d.judicial_result_combo.addItem(text, code)
        d.conclusion_combo.addItem(choose, "")
        for status in mediation.CONCLUSIONS:
            d.conclusion_combo.addItem(mediation.status_label(status, lang), status)
        for edit in (d.agreement_on_edit, d.performance_deadline_edit, d.judicial_applied_edit):
            edit.set_date_value(None)
        d.conclude_button.setToolTip(self.tr("Saves what the window shows, then concludes the case"))
        d.conclude_button.clicked.connect(self.conclude)
        d.resume_button.clicked.connect(self.resume)
        d.print_agreement_button.clicked.connect(self.print_agreement)
        d.conclusion_combo.currentIndexChanged.connect(self.conclusion_changed)

    def fill(self, case: MediationCase) -> None:
        """The saved agreement, performance, judicial confirmation and prevention flags."""
        d = self.dialog
        d.agreement_form_combo.setCurrentIndex(max(d.agreement_form_combo.findData(case.agreement_form or ""), 0))
        d.agreement_on_edit.set_date_value(case.agreement_on)
        d.terms_edit.setPlainText(case.agreement_terms)
        d.responsibility_edit.setPlainText(case.responsibility)
        d.performance_method_edit.setText(case.performance_method)
        d.performance_deadline_edit.set_date_value(case.performance_deadline)
        d.agreement_amount_edit.setText(f"{case.amount:.2f}" if case.amount else "")
        d.performance_combo.set_code(case.performance_status)
        d.judicial_applied_edit.set_date_value(case.judicial_applied_on)
        d.judicial_result_combo.setCurrentIndex(max(d.judicial_result_combo.findData(case.judicial_result or ""), 0))
        d.crime_check.setChecked(case.prevented_crime)
        d.crime_spin.setValue(case.prevented_crime_persons)
        d.petition_check.setChecked(case.prevented_petition)
        d.petition_spin.setValue(case.prevented_petition_persons)
        if case.failure_route:
            d.failure_route_combo.set_code(case.failure_route)

    def changes(self, dirty: list[str]) -> dict:
        """The edited parts of the tab, as mediation.save_case_form takes them."""
        d = self.dialog
        out: dict = {}
        if "agreement" in dirty:
            amount_edited = "agreement_amount_edit" in d.guards["agreement"].changed_fields()
            out["agreement"] = dict(
                form=d.agreement_form_combo.currentData(), agreement_on=date_arg(d.agreement_on_edit),
                terms=d.terms_edit.toPlainText(), responsibility=d.responsibility_edit.toPlainText(),
                performance_method=d.performance_method_edit.text(),
                performance_deadline=date_arg(d.performance_deadline_edit),
                amount=d.agreement_amount_edit.text().strip() if amount_edited else None)
        if "performance" in dirty:  # the performance and the judicial confirmation share a box
            changed = d.guards["performance"].changed_fields()
            if "performance_combo" in changed:
                out["performance_status"] = d.performance_combo.code()
            if {"judicial_applied_edit", "judicial_result_combo"} & set(changed):
                out["judicial"] = dict(applied_on=date_arg(d.judicial_applied_edit),
                                       result=d.judicial_result_combo.currentData())
        if "prevention" in dirty:
            out["prevention"] = dict(crime=d.crime_check.isChecked(), crime_persons=d.crime_spin.value(),
                                     petition=d.petition_check.isChecked(),
                                     petition_persons=d.petition_spin.value())
        return out

    def refresh(self, case: MediationCase) -> None:
        d = self.dialog
        open_case = case.status in mediation.OPEN
        d.resume_button.setVisible(case.status == "suspended")
        d.conclude_button.setEnabled(open_case or case.status == "suspended")
        has_agreement = case.status not in ("failed", "withdrawn")
        for group in (d.agreement_group, d.performance_group):
            group.setEnabled(has_agreement)
        d.print_agreement_button.setEnabled(case.agreement_form in mediation.AGREEMENT_FORMS)
        d.print_agreement_button.setText(self.tr("Print the oral-agreement register")
                                         if case.agreement_form == "oral" else self.tr("Print the agreement"))

    def conclusion_changed(self, *_):
        d = self.dialog
        d.failure_route_combo.setEnabled(d.conclusion_combo.currentData() == "failed")

    def conclude(self) -> None:
        d = self.dialog
        if not save_first(d):  # the conclusion rests on what the screen shows
            return
        status = d.conclusion_combo.currentData()
        if d.run(lambda: mediation.conclude(
                d.case, user=d.context.user, status=status,
                concluded_on=date_arg(d.concluded_on_edit),
                failure_route=d.failure_route_combo.code() if status == "failed" else "")):
            messages.status(d, self.tr("Case {number} concluded: {outcome}").format(
                number=d.case.number, outcome=mediation.status_label(status, d.context.code_lang)))

    def resume(self) -> None:
        d = self.dialog
        if not save_first(d):
            return
        if d.run(lambda: mediation.resume(d.case, user=d.context.user)):
            messages.status(d, self.tr("Case {number} resumed").format(number=d.case.number))

    def print_agreement(self):
        d = self.dialog
        if not save_first(d) or d.case is None:  # a document never shows unsaved data
            return None
        return d.printer.print_document("oral" if d.case.agreement_form == "oral" else "agreement")
