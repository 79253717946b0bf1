"""The case window's Agreement and performance tab: the agreement reached, its performance and
judicial confirmation, the prevention flags, and concluding or resuming the case."""
from __future__ import annotations

from PySide6.QtCore import QObject

from aidstation.core import mediation
from aidstation.core.models import MediationCase


class MediationAgreementTab(QObject):
    """Drives the Agreement tab's widgets, which belong to the case window `dialog`."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = d = dialog
        lang = d.context.code_lang
        d.performance_combo.set_kind("performance_status", lang, blank=self.tr("(not recorded)"))
        d.failure_route_combo.set_kind("failure_route", lang, blank=self.tr("(not failed)"))
        d.agreement_form_combo.addItem(self.tr("Written (协议书)"), "written")
        d.agreement_form_combo.addItem(self.tr("Oral (口头协议)"), "oral")
        for code, text in (("pending", self.tr("Pending")), ("confirmed", self.tr("Confirmed")),
                           ("rejected", self.tr("Not confirmed"))):
            d.judicial_result_combo.addItem(text, code)
        for status in mediation.CONCLUSIONS:
            d.conclusion_combo.addItem(mediation.status_label(status, lang), status)
        for edit in (d.performance_deadline_edit, d.judicial_applied_edit):
            edit.set_optional(True)
            edit.set_date_value(None)
        d.record_agreement_button.clicked.connect(self.record_agreement)
        d.performance_button.clicked.connect(self.record_performance)
        d.judicial_button.clicked.connect(self.record_judicial)
        d.prevention_button.clicked.connect(self.record_prevention)
        d.conclude_button.clicked.connect(self.conclude)
        d.resume_button.clicked.connect(self.resume)
        d.conclusion_combo.currentIndexChanged.connect(self.conclusion_changed)

    def fill(self, case: MediationCase) -> None:
        """The saved agreement, performance, judicial confirmation and prevention flags."""
        d = self.dialog
        if case.agreement_form:
            d.agreement_form_combo.setCurrentIndex(d.agreement_form_combo.findData(case.agreement_form))
        d.terms_edit.setPlainText(case.agreement_terms)
        d.responsibility_edit.setPlainText(case.responsibility)
        d.performance_method_edit.setText(case.performance_method)
        d.performance_deadline_edit.set_date_value(case.performance_deadline)
        d.agreement_amount_edit.setText(f"{case.amount:.2f}" if case.amount else "")
        d.performance_combo.set_code(case.performance_status)
        d.judicial_applied_edit.set_date_value(case.judicial_applied_on)
        if case.judicial_result:
            d.judicial_result_combo.setCurrentIndex(d.judicial_result_combo.findData(case.judicial_result))
        d.crime_check.setChecked(case.prevented_crime)
        d.crime_spin.setValue(case.prevented_crime_persons)
        d.petition_check.setChecked(case.prevented_petition)
        d.petition_spin.setValue(case.prevented_petition_persons)
        if case.failure_route:
            d.failure_route_combo.set_code(case.failure_route)

    def refresh(self, case: MediationCase) -> None:
        d = self.dialog
        open_case = case.status in mediation.OPEN
        d.resume_button.setVisible(case.status == "suspended")
        d.conclude_button.setEnabled(open_case or case.status == "suspended")
        d.record_agreement_button.setEnabled(case.status not in ("failed", "withdrawn"))

    def record_agreement(self) -> None:
        d = self.dialog
        d.run(lambda: mediation.record_agreement(
            d.case, user=d.context.user, form=d.agreement_form_combo.currentData(),
            agreement_on=d.agreement_on_edit.date_value(), terms=d.terms_edit.toPlainText(),
            responsibility=d.responsibility_edit.toPlainText(),
            performance_method=d.performance_method_edit.text(),
            performance_deadline=d.performance_deadline_edit.date_value(),
            amount=d.agreement_amount_edit.text().strip()), rename={"amount": "agreement_amount"})
        if d.case is not None:
            d.amount_edit.setText(f"{d.case.amount:.2f}" if d.case.amount else "")

    def record_performance(self) -> None:
        d = self.dialog
        d.run(lambda: mediation.record_performance(d.case, user=d.context.user,
                                                   status=d.performance_combo.code()))

    def record_judicial(self) -> None:
        d = self.dialog
        d.run(lambda: mediation.record_judicial(
            d.case, user=d.context.user, applied_on=d.judicial_applied_edit.date_value(),
            result=d.judicial_result_combo.currentData()))

    def record_prevention(self) -> None:
        d = self.dialog
        d.run(lambda: mediation.set_prevention(
            d.case, user=d.context.user, crime=d.crime_check.isChecked(),
            crime_persons=d.crime_spin.value(), petition=d.petition_check.isChecked(),
            petition_persons=d.petition_spin.value()))

    def conclusion_changed(self, *_):
        d = self.dialog
        d.failure_route_combo.setEnabled(d.conclusion_combo.currentData() == "failed")

    def conclude(self) -> None:
        d = self.dialog
        status = d.conclusion_combo.currentData()
        if d.run(lambda: mediation.conclude(
                d.case, user=d.context.user, status=status,
                concluded_on=d.concluded_on_edit.date_value(),
                failure_route=d.failure_route_combo.code() if status == "failed" else "")):
            d.context.notify("MediationCase")

    def resume(self) -> None:
        d = self.dialog
        d.run(lambda: mediation.resume(d.case, user=d.context.user))
