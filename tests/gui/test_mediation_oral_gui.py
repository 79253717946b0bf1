"""The oral mediation form, driven by keys: from a consultation at reception to a counted oral
agreement, from the Mediation page's shortcut, Enter never saving, Esc asking first."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aidstation.core import consultations, mediation, people
from aidstation.core.models import Consultation, MediationCase, MediationParty, Person, Staff
from aidstation.core.reporting import indicators
from aidstation.gui.mediation import OralMediationDialog
from aidstation.gui.mediation.case import MediationCaseDialog
from aidstation.gui.mediation.page import MediationPage
from aidstation.gui.reception.page import ReceptionPage
from tests.gui.conftest import type_text

TODAY = dt.date.today()
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class Keys:
    """Sends keys to whatever has the focus and counts them (a chord counts as one)."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
        target = widget or QApplication.focusWidget()
        assert target is not None, "nothing has the focus"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1

    def type(self, text, widget=None):
        target = widget or QApplication.focusWidget()
        self.qtbot.keyClicks(target, text)
        self.count += len(text)


@pytest.fixture
def cast(context):
    """A returning party (a consultation last month), the other side, a mediator, and one earlier
    oral agreement of the station (the form offers it)."""
    zhou = people.create(user=context.user, name="周桂兰", gender="F", phone="13800138000")
    wu = people.create(user=context.user, name="吴国强", gender="M", phone="13912345678")
    other = people.create(user=context.user, name="郑大海", gender="M")
    chen = Staff.create(name="陈调解", role="mediator")
    Staff.create(name="钱律师", role="lawyer")  # not offered: lawyers do not mediate
    consultations.record(user=context.user, received_at=dt.datetime.combine(TODAY.replace(day=1), dt.time(0, 5))
                         - dt.timedelta(days=20), channel="visit", person=zhou, matter="neighbor",
                         question="楼上漏水", advice="建议协商", disposition="answered")
    earlier = mediation.record_oral(user=context.user, mediated_on=TODAY, parties=[(other, "applicant"), (wu, "respondent")],
                                    dispute_type="neighbor", summary="占用楼道", outcome="agreed",
                                    agreement="双方互相谅解，今后和睦相处", mediator=chen)
    return zhou, wu, chen, earlier


def _active(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _wait_search(qtbot, finder):
    finder.search_now()  # the finder's 200 ms debounce, at once


def test_reception_consultation_to_a_counted_oral_agreement(qtbot, context, cast, messages_log):
    zhou, wu, chen, earlier = cast
    before = indicators.compute_month(TODAY.year, TODAY.month)
    assert (before["med.agreement.oral"], before["med.succeeded"], before["consult.disposition.mediation"]) == (1, 1, 0)
    page = ReceptionPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 680)
    _active(qtbot, page)
    form = page.form
    keys = Keys(qtbot)
    # The consultation of the returning party: found by pinyin initials.
    keys.type("zgl", form.person_finder.search_edit)
    _wait_search(qtbot, form.person_finder)
    keys.press(Qt.Key.Key_Return, widget=form.person_finder.search_edit)
    assert form.person_finder.person().id == zhou.id
    form.channel_combo.set_code("visit")
    form.matter_combo.set_code("neighbor")
    type_text(qtbot, form.question_edit, "邻居装修噪音扰民")
    consult_keys = keys.count

    # Settled on the spot: one chord saves the consultation and opens the oral form.
    started = time.perf_counter()
    keys.press(Qt.Key.Key_N, CTRL | SHIFT, form.question_edit)
    dialog = form.oral_dialog
    assert isinstance(dialog, OralMediationDialog)
    saved = []
    dialog.case_saved.connect(saved.append)  # the dialog is deleted once closed
    _active(qtbot, dialog)
    consultation = Consultation.get(Consultation.question == "邻居装修噪音扰民")
    assert (consultation.disposition, consultation.mediation_case_id) == ("mediation", None)
    # pre-filled: the person, the matter as a dispute type, the question as the summary, the day
    assert dialog.applicant.person().id == zhou.id
    assert dialog.type_combo.code() == "neighbor"
    assert dialog.summary_edit.text() == "邻居装修噪音扰民"
    assert dialog.date_edit.date_value() == consultation.received_at.date()
    assert dialog.mediator_combo.currentText() == "陈调解"  # the one this clerk named last
    assert [dialog.mediator_combo.itemText(i) for i in range(dialog.mediator_combo.count())] == ["陈调解"]
    # the respondent, a returning person too: pinyin initials and Enter
    assert dialog.focusWidget() is dialog.respondent.finder.search_edit
    keys.type("wgq")
    _wait_search(qtbot, dialog.respondent.finder)
    keys.press(Qt.Key.Key_Return)
    assert dialog.respondent.person().id == wu.id
    # the next empty field is the agreement: Down takes the station's recent one
    assert dialog.focusWidget() is dialog.agreement_combo
    keys.press(Qt.Key.Key_Down)
    assert dialog.agreement_combo.currentText() == "双方互相谅解，今后和睦相处"
    keys.press(Qt.Key.Key_Return, CTRL)
    elapsed = time.perf_counter() - started
    oral_keys = keys.count - consult_keys

    qtbot.waitUntil(lambda: bool(saved))
    case = MediationCase.get_by_id(saved[0])
    assert (case.status, case.agreement_form, case.agreement_terms, case.concluded_on, case.facts) == (
        "succeeded", "oral", "双方互相谅解，今后和睦相处", consultation.received_at.date(), "邻居装修噪音扰民")
    assert case.number == f"（{TODAY.year}）人调字第2号"
    assert [(p.person_id, p.role) for p in MediationParty.select().where(MediationParty.case == case)
            .order_by(MediationParty.id)] == [(zhou.id, "applicant"), (wu.id, "respondent")]
    assert Consultation.get_by_id(consultation.id).mediation_case_id == case.id
    after = indicators.compute_month(TODAY.year, TODAY.month)
    assert (after["med.agreement.oral"], after["med.succeeded"], after["med.received"],
            after["consult.disposition.mediation"]) == (2, 2, 2, 1)
    # the figures of the closing note: 7 keys from the saved consultation, under 30 s
    assert oral_keys == 7
    assert elapsed < 30
    print(f"\noral mediation from a consultation: {oral_keys} keys, {elapsed:.2f} s")
    # asked again, the consultation's case opens: one consultation leads to one case
    again = form.settle_orally()
    assert isinstance(again, MediationCaseDialog) and again.case.id == case.id
    again.close()


def test_the_mediation_page_shortcut_opens_the_form_and_the_list_shows_the_case(qtbot, context, cast, messages_log):
    zhou, wu, chen, earlier = cast
    page = MediationPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    _active(qtbot, page)
    assert page.oral_button.text() == "Oral mediation…"
    assert page.model.total == 1
    qtbot.keyClick(page.table_view, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = next(d for d in page.dialogs if isinstance(d, OralMediationDialog))
    saved = []
    dialog.case_saved.connect(saved.append)
    _active(qtbot, dialog)
    assert dialog.date_edit.date_value() == TODAY
    assert dialog.focusWidget() is dialog.applicant.finder.search_edit
    keys = Keys(qtbot)
    keys.type("zgl")
    _wait_search(qtbot, dialog.applicant.finder)
    keys.press(Qt.Key.Key_Return)
    # a new respondent, typed on the spot
    type_text(qtbot, dialog.respondent.finder.search_edit, "孙小梅")
    _wait_search(qtbot, dialog.respondent.finder)
    keys.press(Qt.Key.Key_Return)  # "+ New person “孙小梅”"
    assert dialog.respondent.name_edit.text() == "孙小梅"
    assert dialog.focusWidget() is dialog.respondent.phone_edit
    keys.type("13700137000")
    dialog.type_combo.set_code("family")
    dialog.summary_edit.setText("赡养费分担争议")
    dialog.not_agreed_radio.setChecked(True)
    assert not dialog.agreement_combo.isEnabled() and dialog.route_combo.isVisible()
    dialog.route_combo.set_code("court")
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: bool(saved))
    case = MediationCase.get_by_id(saved[0])
    sun = Person.get(Person.name == "孙小梅")
    assert (case.status, case.agreement_form, case.failure_route, sun.phone) == ("failed", "", "court", "13700137000")
    v = indicators.compute_month(TODAY.year, TODAY.month)
    assert (v["med.failed"], v["med.agreement.oral"], v["med.received"]) == (1, 1, 2)
    assert page.model.total == 2  # the list was told


def test_enter_walks_the_fields_and_never_saves(qtbot, context, cast, messages_log):
    dialog = OralMediationDialog(context)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    dialog.date_edit.setFocus()
    seen = []
    for _ in range(12):
        seen.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    # the fields in order (the finders' search fields), then Enter stays on the mediator
    assert seen == ["oral_date_edit", "person_search_edit", "person_search_edit", "oral_type_combo",
                    "oral_summary_edit", "oral_agreed_radio", "oral_agreement_combo",
                    "oral_mediator_combo", "oral_mediator_combo", "oral_mediator_combo",
                    "oral_mediator_combo", "oral_mediator_combo"]
    assert MediationCase.select().count() == 1
    assert dialog.isVisible() and dialog.case is None
    # filled in completely, Enter still does not save: only Ctrl+Enter does
    dialog.applicant.set_person(cast[0])
    dialog.respondent.set_person(cast[1])
    dialog.type_combo.set_code("neighbor")
    dialog.summary_edit.setText("噪音")
    dialog.agreement_combo.setEditText("互相谅解")
    dialog.mediator_combo.setFocus()
    qtbot.keyClick(dialog.mediator_combo, Qt.Key.Key_Return)
    assert MediationCase.select().count() == 1
    qtbot.keyClick(dialog.mediator_combo, Qt.Key.Key_Return, CTRL)
    assert MediationCase.select().count() == 2


def test_enter_order_is_the_visual_order(qtbot, context, cast, messages_log):
    dialog = OralMediationDialog(context)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    chain = dialog._chain()
    assert chain == [dialog.date_edit, dialog.applicant.finder.search_edit, dialog.respondent.finder.search_edit,
                     dialog.type_combo, dialog.summary_edit, dialog.agreed_radio, dialog.agreement_combo,
                     dialog.mediator_combo]
    dialog.applicant.set_person(cast[0])  # a chosen party is stepped over: Enter keeps them
    dialog.date_edit.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.respondent.finder.search_edit
    assert dialog.applicant.person().id == cast[0].id
    dialog.summary_edit.setFocus()
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.agreed_radio
    qtbot.keyClick(dialog.agreed_radio, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.agreement_combo


def test_bad_input_is_shown_beside_its_field_and_nothing_is_saved(qtbot, context, cast, messages_log):
    dialog = OralMediationDialog(context)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    dialog.respondent.set_person(cast[1])
    assert dialog.save() is False
    # (the applicant's search field answers for the party list and for the first party)
    assert dialog.errors.fields_marked() == ["parties", "parties.0.person", "dispute_type", "summary", "agreement"]
    assert dialog.errors.message("parties.0.person") == "choose a person or type a new one's name"
    assert dialog.errors.message("summary") == "this field is required"
    assert MediationCase.select().count() == 1 and dialog.isVisible()


def test_esc_asks_only_when_something_was_typed(qtbot, context, cast, messages_log):
    dialog = OralMediationDialog(context)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and messages_log.kinds() == []

    dialog = OralMediationDialog(context)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    type_text(qtbot, dialog.summary_edit, "噪音")
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and messages_log.kinds() == ["ask_discard"]
    messages_log.answers["ask_discard"] = "discard"
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and messages_log.kinds() == ["ask_discard", "ask_discard"]
    assert MediationCase.select().count() == 1


def test_in_chinese_every_string_is_translated(qtbot, context, cast, messages_log, qapp):
    from aidstation.gui.kit import i18n

    i18n.install(qapp, "zh_CN")
    dialog = OralMediationDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "口头调解"
    assert dialog.save_button.text().startswith("保存")
    assert dialog.agreed_radio.text().startswith("达成协议")


def test_the_page_prints_the_oral_register_and_ctrl_p_stays_the_case_register(qtbot, context, cast, messages_log):
    page = MediationPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    _active(qtbot, page)
    assert page.oral_register_button.text() == "Print oral register…"
    qtbot.mouseClick(page.oral_register_button, Qt.MouseButton.LeftButton)
    assert page.register_dialog.kind() == "oral"
    oral_dialog = page.register_dialog
    oral_dialog.close()
    _active(qtbot, page)
    qtbot.keyClick(page.table_view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: page.register_dialog is not oral_dialog)  # the button's animated click
    assert page.register_dialog.kind() == "mediations"
    page.register_dialog.close()
