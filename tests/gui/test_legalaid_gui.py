"""Legal aid window and page, driven through their widgets."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from aidstation.core import legalaid, settings
from aidstation.core.legalaid import clocks as aid_clocks
from aidstation.core.models import AidApplication, Consultation, FollowUp, Person
from aidstation.core.reporting import indicators
from aidstation.gui.kit import messages
from aidstation.gui.legalaid import application as la
from aidstation.gui.legalaid.page import LegalAidPage
from aidstation.gui.reception.consultation_form import ConsultationForm
from tests.gui.conftest import type_text

TODAY = dt.date.today()

# The offscreen platform warns when a shown window gets size hints from its layout.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def printed(monkeypatch):
    """The documents the window wrote and asked to open (kit.messages.document_written)."""
    paths = []
    monkeypatch.setattr(messages, "open_path", lambda path: paths.append(str(path)) or False)
    return paths


def pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def tick(dialog, *codes):
    lst = dialog.materials_list
    for row in range(lst.count()):
        item = lst.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def clocks():
    return [(i.kind, i.due_on) for i in aid_clocks.aid_due(TODAY, horizon=60)]


def totals():
    v = indicators.compute_month(TODAY.year, TODAY.month)
    keys = ("aid.received", "aid.forwarded", "aid.granted", "aid.assigned", "aid.closed",
            "aid.amount_recovered", "followup.total", "followup.reached", "followup.satisfied")
    return tuple(v[k] for k in keys)


def test_reception_to_follow_up(qtbot, context, printed, messages_log):
    settings.set_many({"station.aid_centre": "示范区法律援助中心", "station.phone": "0571-88886666",
                       "aid.supplement_days": "15"}, user=context.user)
    person = Person.create(name="王秀英", birth_date=dt.date(1980, 4, 2), phone="13800138000", gender="F")
    assert totals() == (0, 0, 0, 0, 0, 0.0, 0, 0, 0)

    # Reception: a returning visitor found by phone, guided to apply for legal aid.
    form = ConsultationForm(context)
    qtbot.addWidget(form)
    form.received_edit.setDateTime(QDateTime(QDate(TODAY.year, TODAY.month, TODAY.day), QTime(0, 1)))
    qtbot.keyClicks(form.person_finder.search_edit, "13800138000")
    form.person_finder.search_now()
    qtbot.keyClick(form.person_finder.search_edit, Qt.Key.Key_Return)
    form.groups_list.set_codes(["women"])
    pick(form.channel_combo, "visit")
    pick(form.matter_combo, "support")
    type_text(qtbot, form.question_edit, "子女拒付赡养费")
    pick(form.disposition_combo, "apply_aid")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    consultation = Consultation.get()
    assert (consultation.person_id, consultation.disposition) == (person.id, "apply_aid")
    dialog = form.findChild(la.LegalAidApplicationDialog)  # opened by the reception form's hook
    assert dialog is not None and dialog.isVisible()
    assert dialog.applicant_finder.person().id == person.id
    assert dialog.cause_combo.code() == "support"
    assert dialog.summary_edit.toPlainText() == "子女拒付赡养费"
    assert dialog.case_type_combo.code() == ""  # the clerk picks it
    pick(dialog.case_type_combo, "civil")
    pick(dialog.scope_combo, "support")
    pick(dialog.aid_form_combo, "litigation")
    qtbot.keyClicks(dialog.income_edit, "900")
    settings.set_many({"aid.hardship_threshold": "1500"}, user=context.user)
    dialog.update_eligibility()
    assert dialog.sentence_label.text().endswith("within the local standard of 1500.00 yuan, so the hardship "
                                                 "condition is met.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    app = AidApplication.get()
    assert Consultation.get_by_id(consultation.id).aid_application_id == app.id
    assert (app.applicant_id, app.cause, app.scope_item, app.monthly_income) == (person.id, "support", "support", 900)
    assert legalaid.groups_of(app) == ["women"]
    assert clocks() == [("forward", TODAY + dt.timedelta(days=1))]
    assert totals() == (1, 0, 0, 0, 0, 0.0, 0, 0, 0)

    # Forwarding now is refused: the reason shows beside the checklist.
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.forward_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("materials").startswith("required materials are missing:")
    assert AidApplication.get_by_id(app.id).forwarded_on is None

    tick(dialog, "form", "id")
    qtbot.mouseClick(dialog.notice_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    text = "".join(p.extract_text() for p in PdfReader(str(printed[0])).pages).replace(" ", "")
    for name in ("经济困难状况说明表及个人诚信承诺书", "与所申请法律援助事项有关的证据材料"):
        assert name in text
    for name in ("法律援助申请表\n", "居民身份证或户口簿", "代理人资格证明", "免予核查经济困难状况的证明材料"):
        assert name not in text
    assert "共2项" in text and "0571-88886666" in text
    assert AidApplication.get_by_id(app.id).notice_issued_at is not None
    assert clocks() == [("materials", TODAY + dt.timedelta(days=15))]

    tick(dialog, "hardship", "case_materials")
    assert legalaid.missing_materials(AidApplication.get_by_id(app.id)) == []
    assert clocks() == [("forward", TODAY + dt.timedelta(days=1))]
    qtbot.mouseClick(dialog.forward_button, Qt.MouseButton.LeftButton)
    app = AidApplication.get_by_id(app.id)
    assert (app.forwarded_on, app.forwarded_to) == (TODAY, "示范区法律援助中心")
    assert clocks() == [("decision", TODAY + dt.timedelta(days=7))]
    assert totals() == (1, 1, 0, 0, 0, 0.0, 0, 0, 0)

    pick(dialog.decision_combo, "granted")
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert AidApplication.get_by_id(app.id).decision == "granted"
    assert clocks() == [("assignment", TODAY + dt.timedelta(days=3))]
    assert totals() == (1, 1, 1, 0, 0, 0.0, 0, 0, 0)

    qtbot.keyClicks(dialog.assigned_to_edit, "Mingde Law Firm, Zhang")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert AidApplication.get_by_id(app.id).assigned_to == "Mingde Law Firm, Zhang"
    assert clocks() == []
    assert totals() == (1, 1, 1, 1, 0, 0.0, 0, 0, 0)

    type_text(qtbot, dialog.outcome_edit, "调解结案，子女按月支付赡养费")
    qtbot.keyClicks(dialog.amount_edit, "12000")
    qtbot.mouseClick(dialog.close_case_button, Qt.MouseButton.LeftButton)
    app = AidApplication.get_by_id(app.id)
    assert (app.closed_on, app.outcome, app.amount_recovered) == (TODAY, "调解结案，子女按月支付赡养费", 12000)
    assert clocks() == [("followup", TODAY + dt.timedelta(days=30))]
    assert totals() == (1, 1, 1, 1, 1, 12000.0, 0, 0, 0)

    pick(dialog.method_combo, "phone")  # no method is picked for the clerk
    pick(dialog.satisfaction_combo, "satisfied")
    qtbot.mouseClick(dialog.followup_button, Qt.MouseButton.LeftButton)
    f = FollowUp.get()
    assert (f.aid_application_id, f.reached, f.satisfaction, f.fee_charged) == (app.id, True, "satisfied", False)
    assert dialog.followup_table.rowCount() == 1
    assert clocks() == []
    assert totals() == (1, 1, 1, 1, 1, 12000.0, 1, 1, 1)
    assert dialog.stage_label.text() == "Closed"
    assert messages_log.kinds() == []  # no error box on the whole path


def test_minor_without_agent_is_refused_beside_the_agent_field(qtbot, context, printed, messages_log):
    Person.create(name="小明", birth_date=TODAY.replace(year=TODAY.year - 10), phone="13912345678")
    dialog = la.LegalAidApplicationDialog(context, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.applicant_finder.search_edit, "13912345678")
    dialog.applicant_finder.search_now()
    qtbot.keyClick(dialog.applicant_finder.search_edit, Qt.Key.Key_Return)
    assert dialog.applicant_finder.person().name == "小明"
    pick(dialog.scope_combo, "support")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "minor" in dialog.errors.message("agent")
    assert AidApplication.select().count() == 0


def test_eligibility_panel_follows_the_fields(qtbot, context, messages_log):
    dialog = la.LegalAidApplicationDialog(context, None)
    qtbot.addWidget(dialog)
    assert dialog.eligibility.route == "out_of_scope"
    pick(dialog.scope_combo, "labor_pay")
    assert dialog.eligibility.route == "statement"
    dialog.groups_list.set_codes(["migrant"])
    assert dialog.eligibility.route == "exempt"
    pick(dialog.art32_combo, "abuse")
    assert dialog.eligibility.route == "no_test"
    assert dialog.sentence_label.text().startswith("The matter falls under Article 32")


def test_page_filters_and_model(qtbot, context, qtmodeltester):
    p = Person.create(name="李强", birth_date=dt.date(1980, 1, 1), phone="13700001111")
    a = legalaid.receive(user=context.user, applicant=p, received_on=TODAY - dt.timedelta(days=5), scope_item="support")
    b = legalaid.receive(user=context.user, applicant=Person.create(name="赵敏", birth_date=dt.date(1985, 1, 1)),
                         received_on=TODAY, scope_item="pension")
    legalaid.decide(b, user=context.user, decision="withdrawn", decision_on=TODAY)
    page = LegalAidPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert page.model.total == 2
    qtbot.keyClicks(page.search_edit, "1111")
    assert [page.model.record(r).id for r in range(page.model.rowCount())] == [a.id]
    page.search_edit.clear()
    page.overdue_check.setChecked(True)  # a's forward clock ran out 4 days ago
    assert [page.model.record(r).id for r in range(page.model.rowCount())] == [a.id]
    page.overdue_check.setChecked(False)
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("ended"))
    assert [page.model.record(r).id for r in range(page.model.rowCount())] == [b.id]
    assert page.count_label.text() == "1 application"
