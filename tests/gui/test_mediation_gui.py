"""Mediation page and case window, driven through their widgets, from a reception record."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from aidstation.core import mediation, settings
from aidstation.core.models import (
    AuditEvent,
    Consultation,
    FollowUp,
    MediationCase,
    Person,
    Staff,
)
from aidstation.core.reporting import indicators
from aidstation.gui.kit import messages
from aidstation.gui.mediation import case as mc
from aidstation.gui.mediation.page import MediationPage
from aidstation.gui.reception.consultation_form import ConsultationForm
from tests.gui.conftest import type_text

TODAY = dt.date.today()
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

KEYS = ("med.received", "med.succeeded", "med.agreement.written", "med.amount", "med.parties",
        "med.open_at_month_end", "followup.total", "followup.reached", "followup.satisfied")


def totals():
    v = indicators.compute_month(TODAY.year, TODAY.month)
    return tuple(v[k] for k in KEYS)


@pytest.fixture
def printed():
    """The documents written and opened (kit.messages.document_written records them)."""
    messages.OPENED.clear()
    return messages.OPENED


def pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(str(path)).pages).replace(" ", "")


def find_person(qtbot, finder, text):
    type_text(qtbot, finder.search_edit, text)
    finder.search_now()
    qtbot.keyClick(finder.search_edit, Qt.Key.Key_Return)


def test_reception_to_concluded_case_with_agreement_and_follow_up(qtbot, context, printed, messages_log):
    settings.set_many({"station.committee": "南门街道人民调解委员会", "numbers.mediation_prefix": "南"}, user=context.user)
    applicant = Person.create(name="周桂兰", gender="F", phone="13800138000", address="南门街道幸福社区3栋")
    Person.create(name="吴国强", gender="M", phone="13912345678", address="南门街道幸福社区5栋")
    mediator = Staff.create(name="陈调解", role="mediator")
    assert totals() == (0, 0, 0, 0.0, 0, 0, 0, 0, 0)

    # Reception: the visitor is found by phone and sent to people's mediation.
    form = ConsultationForm(context)
    qtbot.addWidget(form)
    form.received_edit.setDateTime(QDateTime(QDate(TODAY.year, TODAY.month, TODAY.day), QTime(0, 1)))
    find_person(qtbot, form.person_finder, "13800138000")
    pick(form.channel_combo, "visit")
    pick(form.matter_combo, "neighbor")
    type_text(qtbot, form.question_edit, "邻居装修噪音扰民")
    pick(form.disposition_combo, "mediation")
    click(qtbot, form.save_button)
    consultation = Consultation.get()
    dialog = form.findChild(mc.MediationCaseDialog)  # opened by the reception form's hook
    assert dialog is not None and dialog.isVisible()
    assert [(p.person.id, p.role) for p in dialog.parties] == [(applicant.id, "applicant")]
    assert dialog.facts_edit.toPlainText() == "邻居装修噪音扰民"
    assert dialog.dispute_type_combo.code() == "neighbor"

    # Saving with no respondent is refused beside the parties list.
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("parties") == "a case needs at least one respondent"
    assert MediationCase.select().count() == 0

    # The respondent, found by name; a mediator; save.
    find_person(qtbot, dialog.party_finder, "吴国强")
    pick(dialog.role_combo, "respondent")
    click(qtbot, dialog.add_party_button)
    pick(dialog.source_combo, "party")
    dialog.mediators_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.amount_edit, "-5")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("amount") == "an amount cannot be negative"
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "2000")
    click(qtbot, dialog.save_button)
    case = MediationCase.get()
    assert case.number == f"（{TODAY.year}）南人调字第1号"
    assert Consultation.get_by_id(consultation.id).mediation_case_id == case.id
    assert [s.name for s in mediation.mediators_of(case)] == ["陈调解"]
    assert totals() == (1, 0, 0, 0.0, 2, 1, 0, 0, 0)

    # A session dated before receipt is refused; then today's session.
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    dialog.held_at_edit.setDateTime(QDateTime(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-1), QTime(9, 0)))
    click(qtbot, dialog.add_session_button)
    assert dialog.errors.message("held_at").startswith("the session cannot be before the case was received")
    dialog.held_at_edit.setDateTime(QDateTime(QDate(TODAY.year, TODAY.month, TODAY.day), QTime(0, 5)))
    qtbot.keyClicks(dialog.place_edit, "Mediation room")
    pick(dialog.session_kind_combo, "mediation")
    pick(dialog.recorder_combo, mediator.id)
    type_text(qtbot, dialog.record_edit, "双方陈述，调解员释法")
    click(qtbot, dialog.add_session_button)
    assert MediationCase.get_by_id(case.id).status == "in_progress"
    assert dialog.sessions_table.rowCount() == 1

    # Concluding without an agreement is refused; a written agreement without date and terms
    # too, both problems at once.
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    pick(dialog.conclusion_combo, "succeeded")
    click(qtbot, dialog.conclude_button)
    assert dialog.errors.message("agreement_form") == "a succeeded case needs an agreement (written or oral)"
    pick(dialog.agreement_form_combo, "written")
    click(qtbot, dialog.save_button)
    assert dialog.errors.fields_marked() == ["agreement_on", "agreement_terms"]
    assert dialog.errors.message("agreement_terms") == "a written agreement needs its terms"
    qtbot.keyClicks(dialog.agreement_on_edit.line_edit, TODAY.strftime("%Y%m%d"))
    type_text(qtbot, dialog.terms_edit, "吴国强每日施工时间限于8时至18时，并赔偿周桂兰2000元")
    qtbot.keyClicks(dialog.performance_method_edit, "cash")
    qtbot.keyClicks(dialog.performance_deadline_edit.line_edit, (TODAY + dt.timedelta(days=10)).isoformat())
    dialog.agreement_amount_edit.clear()
    qtbot.keyClicks(dialog.agreement_amount_edit, "abc")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("agreement_amount") == "'abc' is not an amount of money"
    dialog.agreement_amount_edit.clear()
    qtbot.keyClicks(dialog.agreement_amount_edit, "2000")
    click(qtbot, dialog.save_button)
    case = MediationCase.get_by_id(case.id)
    assert (case.agreement_form, case.agreement_on, case.amount, case.performance_deadline) == (
        "written", TODAY, Decimal("2000.00"), TODAY + dt.timedelta(days=10))
    assert messages.STATUS_LOG[-1] == f"Case {case.number} saved"
    assert dialog.amount_edit.text() == "2000.00"

    # The dossier lacks the parties' ID copies: concluding is refused with the reason.
    click(qtbot, dialog.conclude_button)
    assert dialog.errors.message("dossier") == "required dossier items missing: 3. Parties' proof of identity"
    assert MediationCase.get_by_id(case.id).status == "in_progress"
    dialog.tabs.setCurrentWidget(dialog.dossier_tab)
    dialog.dossier_table.item(2, 3).setCheckState(Qt.CheckState.Checked)
    dialog.dossier_table.item(2, 4).setText("2")
    rows = {r.item: r for r in mediation.checklist(case)}
    assert (rows[3].present, rows[3].pages) == (True, 2)
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    click(qtbot, dialog.conclude_button)
    case = MediationCase.get_by_id(case.id)
    assert (case.status, case.concluded_on) == ("succeeded", TODAY)
    assert dialog.status_label.text() == "Succeeded"
    assert totals() == (1, 1, 1, 2000.0, 2, 0, 0, 0, 0)

    # Print the agreement and the whole dossier.
    click(qtbot, dialog.print_buttons["agreement"])
    click(qtbot, dialog.print_dossier_button)  # written in a worker thread
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=20000)
    agreement = pdf_text(printed[0])
    assert "人民调解协议书" in agreement and case.number in agreement and "吴国强每日施工时间限于8时至18时" in agreement
    dossier = pdf_text(printed[1])
    assert "卷内目录" in dossier and "人民调解记录" in dossier and "周桂兰" in dossier
    assert [e.detail.split()[0] for e in AuditEvent.select().where(AuditEvent.action == "print")] == [
        "agreement", "dossier"]

    # A follow-up visit.
    dialog.tabs.setCurrentWidget(dialog.followups_tab)
    pick(dialog.method_combo, "visit")
    pick(dialog.satisfaction_combo, "satisfied")
    assert dialog.reached_check.isChecked()
    qtbot.keyClicks(dialog.followup_performance_edit, "paid in full")
    click(qtbot, dialog.add_followup_button)
    visit = FollowUp.get()
    assert (visit.mediation_case_id, visit.visited_on, visit.method, visit.satisfaction) == (
        case.id, TODAY, "visit", "satisfied")
    assert dialog.followups_table.rowCount() == 1
    assert totals() == (1, 1, 1, 2000.0, 2, 0, 1, 1, 1)


@pytest.fixture
def two_cases(context):
    a, b, c = (Person.create(name=n) for n in ("甲一", "乙二", "丙三"))
    one = mediation.open_case(user=context.user, received_on=TODAY - dt.timedelta(days=40), title="噪音纠纷",
                              parties=[(a, "applicant"), (b, "respondent")], dispute_type="neighbor")
    two = mediation.open_case(user=context.user, received_on=TODAY, dispute_type="family",
                              parties=[(c, "applicant"), (b, "respondent")])
    return one, two


def test_page_filters_search_and_delete(qtbot, context, two_cases, messages_log):
    one, two = two_cases
    page = MediationPage(context)
    qtbot.addWidget(page)
    assert page.model.total == 2
    type_text(qtbot, page.search_edit, "噪音")
    assert [page.model.record(r).id for r in range(page.model.rowCount())] == [one.id]
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "丙三")
    assert [page.model.record(r).id for r in range(page.model.rowCount())] == [two.id]
    page.search_edit.clear()
    pick(page.type_combo, "family")
    assert page.model.total == 1
    pick(page.type_combo, "")
    page.overdue_check.setChecked(True)
    assert [page.model.record(r).id for r in range(page.model.rowCount())] == [one.id]
    page.overdue_check.setChecked(False)
    pick(page.month_combo, f"{TODAY.year}-{TODAY.month:02d}")
    assert two.id in [page.model.record(r).id for r in range(page.model.rowCount())]
    pick(page.month_combo, "")
    pick(page.status_combo, "received")
    assert page.model.total == 2
    page.table_view.selectRow([page.model.record(r).id for r in range(2)].index(one.id))
    click(qtbot, page.delete_button)
    assert messages_log.kinds() == ["ask_yes_no"]
    assert page.model.total == 1
    assert MediationCase.get_by_id(one.id).deleted_at is not None
    mediation.restore_case(MediationCase.get_by_id(one.id), user=context.user)
    context.notify("MediationCase")
    assert page.model.total == 2


def test_respondent_who_is_also_applicant_is_refused_in_the_window(qtbot, context, two_cases):
    one, _ = two_cases
    dialog = mc.MediationCaseDialog(context, one)
    qtbot.addWidget(dialog)
    find_person(qtbot, dialog.party_finder, "甲一")
    pick(dialog.role_combo, "respondent")
    click(qtbot, dialog.add_party_button)
    assert dialog.errors.message("parties") == "甲一 cannot be both applicant and respondent"
    assert len(dialog.parties) == 2


def test_open_from_consultation_opens_the_existing_case(qtbot, context, two_cases):
    one, _ = two_cases
    c = Consultation.create(number="1", received_at=dt.datetime.now(), disposition="mediation",
                            mediation_case=one, person=one.parties[0].person)
    dialog = mc.open_from_consultation(context, c, None)
    qtbot.addWidget(dialog)
    assert dialog.case.id == one.id
    assert dialog.header_label.text().startswith(one.number)


def test_new_respondent_registered_from_the_window(qtbot, context, messages_log):
    dialog = mc.MediationCaseDialog(context, None)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.party_finder.search_edit, "郑新人")
    dialog.party_finder.search_now()
    qtbot.keyClick(dialog.party_finder.search_edit, Qt.Key.Key_Return)  # only "+ New person" is listed
    from aidstation.gui.people.person_form import PersonForm

    person_form = dialog._person_dialog.findChild(PersonForm)
    assert person_form.name_edit.text() == "郑新人"
    click(qtbot, person_form.save_button)
    person = Person.get(Person.name == "郑新人")
    assert dialog.party_finder.person().id == person.id
    assert not dialog._person_dialog.isVisible()


def test_sessions_print_and_delete(qtbot, context, two_cases, printed, messages_log):
    one, _ = two_cases
    mediation.add_session(one, user=context.user, held_at=dt.datetime.combine(TODAY, dt.time(9)),
                          record="第一次调解")
    dialog = mc.MediationCaseDialog(context, one)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    click(qtbot, dialog.print_session_button)
    assert dialog.errors.message("session") == "select a row first"
    dialog.sessions_table.selectRow(0)
    click(qtbot, dialog.print_session_button)
    assert "人民调解记录" in pdf_text(printed[0]) and "第一次调解" in pdf_text(printed[0])
    click(qtbot, dialog.delete_session_button)
    assert messages_log.kinds() == ["ask_yes_no"]
    assert dialog.sessions_table.rowCount() == 0
    assert mediation.sessions_of(one) == []
