"""The mediation case window and list, as a clerk meets them (issue 11): Enter never saves,
nothing typed is lost, the window fits 1280×720, optional dates are typed, no choice is made
for the clerk, the agreement tab has one Save, columns show their content, names are masked,
records open by id, and Tab follows the form."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from aidstation.core import masking, mediation
from aidstation.core.models import (
    AuditEvent,
    MediationCase,
    MediationSession,
    Person,
    Staff,
)
from aidstation.gui.kit import messages
from aidstation.gui.mediation import case as mc
from aidstation.gui.mediation.page import MediationPage
from tests.gui.conftest import type_text

TODAY = dt.date.today()
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter(qtbot, widget):
    qtbot.keyClick(getattr(widget, "line_edit", widget), Qt.Key.Key_Return)  # a date: its text


@pytest.fixture
def people(context):
    Staff.create(name="陈调解", role="mediator")
    return [Person.create(name=n, phone=p) for n, p in
            (("周桂兰", "13800138000"), ("周国强", "13912345678"), ("吴大海", "13700001111"))]


@pytest.fixture
def case(context, people):
    return mediation.open_case(user=context.user, received_on=TODAY, title="噪音纠纷", dispute_type="neighbor",
                               parties=[(people[0], "applicant"), (people[1], "respondent")])


@pytest.fixture
def agreed(context, case):
    """A case in progress with a written agreement and its dossier complete."""
    mediation.add_session(case, user=context.user, held_at=dt.datetime.combine(TODAY, dt.time(0, 1)),
                          record="第一次调解")
    mediation.record_agreement(case, user=context.user, form="written", agreement_on=TODAY, terms="赔偿2000元")
    mediation.set_dossier_item(case, 3, user=context.user, present=True, pages=2)
    return mediation.get(case.id)


def window(qtbot, context, case=None):
    dialog = mc.MediationCaseDialog(context, case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # Ctrl+S and the focus chain work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def updates(case) -> int:
    return AuditEvent.select().where((AuditEvent.entity == "MediationCase") & (AuditEvent.entity_id == case.id)
                                     & (AuditEvent.action == "update")).count()


# ---------------------------------------------------------------- 1. Enter never saves

def test_enter_in_the_finder_and_every_field_saves_nothing(qtbot, context, people, messages_log):
    dialog = window(qtbot, context)
    # A complete new case on screen: one Enter in the wrong place would open it.
    type_text(qtbot, dialog.party_finder.search_edit, "周")
    dialog.party_finder.search_now()
    qtbot.keyClick(dialog.party_finder.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.party_finder.results, Qt.Key.Key_Down)
    second = dialog.party_finder.results.currentItem().data(Qt.ItemDataRole.UserRole)
    enter(qtbot, dialog.party_finder.results)
    assert dialog.party_finder.person().id == second  # Enter picked, nothing else
    click(qtbot, dialog.add_party_button)
    type_text(qtbot, dialog.party_finder.search_edit, "吴大海")
    dialog.party_finder.search_now()
    enter(qtbot, dialog.party_finder.search_edit)
    pick(dialog.role_combo, "respondent")
    click(qtbot, dialog.add_party_button)
    pick(dialog.source_combo, "party")
    pick(dialog.dispute_type_combo, "neighbor")
    assert [p.role for p in dialog.parties] == ["applicant", "respondent"]
    for widget in (dialog.received_on_edit, dialog.source_combo, dialog.dispute_type_combo,
                   dialog.title_edit, dialog.amount_edit, dialog.mediators_list, dialog.parties_table,
                   dialog.role_combo, dialog.agent_edit, dialog.extended_until_edit):
        enter(qtbot, widget)
    assert MediationCase.select().count() == 0
    assert not [b.objectName() for b in dialog.findChildren(QPushButton) if b.isDefault() or b.autoDefault()]


def test_enter_in_the_tabs_of_a_saved_case_saves_nothing(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    before = updates(agreed), MediationSession.select().count()
    type_text(qtbot, dialog.title_edit, "改")
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    for widget in (dialog.agreement_form_combo, dialog.agreement_on_edit, dialog.performance_method_edit,
                   dialog.performance_deadline_edit, dialog.agreement_amount_edit,
                   dialog.performance_combo, dialog.judicial_applied_edit, dialog.judicial_result_combo,
                   dialog.crime_spin, dialog.conclusion_combo, dialog.concluded_on_edit):
        enter(qtbot, widget)
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    for widget in (dialog.held_at_edit, dialog.session_kind_combo, dialog.place_edit, dialog.recorder_combo,
                   dialog.participants_edit, dialog.sessions_table):
        enter(qtbot, widget)
    assert (updates(agreed), MediationSession.select().count()) == before
    assert MediationCase.get_by_id(agreed.id).title == "噪音纠纷"


# ---------------------------------------------------------------- 2. nothing lost

def test_closing_with_edits_asks_and_save_writes_exactly_them(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    type_text(qtbot, dialog.title_edit, "（二）")
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    qtbot.keyClick(dialog.terms_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, dialog.terms_edit, "，分两期")
    messages_log.answers["ask_discard"] = "cancel"
    click(qtbot, dialog.close_button)
    assert dialog.isVisible() and dialog.title_edit.text() == "噪音纠纷（二）"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    messages_log.answers["ask_discard"] = "save"
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    saved = MediationCase.get_by_id(agreed.id)
    assert (saved.title, saved.agreement_terms, saved.agreement_form) == ("噪音纠纷（二）", "赔偿2000元，分两期", "written")
    assert messages_log.kinds() == ["ask_discard", "ask_discard", "ask_discard"]


def test_discard_leaves_the_database_as_it_was(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    before = updates(agreed)
    qtbot.keyClicks(dialog.amount_edit, "9")
    click(qtbot, dialog.close_button)  # messages_log answers "discard"
    assert not dialog.isVisible()
    assert updates(agreed) == before and MediationCase.get_by_id(agreed.id).amount == Decimal(0)


def test_closing_untouched_asks_nothing(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    dialog.tabs.setCurrentWidget(dialog.followups_tab)
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible() and messages_log.kinds() == []


def test_leaving_the_sessions_tab_with_a_typed_session_asks(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    pick(dialog.session_kind_combo, "mediation")
    type_text(qtbot, dialog.record_edit, "第二次调解")
    messages_log.answers["ask_discard"] = "cancel"
    dialog.tabs.setCurrentWidget(dialog.dossier_tab)
    assert dialog.tabs.currentWidget() is dialog.sessions_tab
    assert dialog.record_edit.toPlainText() == "第二次调解"
    messages_log.answers["ask_discard"] = "save"
    dialog.tabs.setCurrentWidget(dialog.dossier_tab)
    assert dialog.tabs.currentWidget() is dialog.dossier_tab
    assert [s.record for s in mediation.sessions_of(agreed)] == ["第一次调解", "第二次调解"]
    assert messages_log.kinds() == ["ask_discard", "ask_discard"]
    # Discard drops a typed follow-up... (the case must be concluded to have one)
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    type_text(qtbot, dialog.record_edit, "草稿")
    messages_log.answers["ask_discard"] = "discard"
    dialog.tabs.setCurrentWidget(dialog.facts_tab)
    assert dialog.tabs.currentWidget() is dialog.facts_tab and dialog.record_edit.toPlainText() == ""
    assert len(mediation.sessions_of(agreed)) == 2


def test_conclude_saves_the_edits_first(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    qtbot.keyClicks(dialog.performance_method_edit, "bank transfer")
    pick(dialog.conclusion_combo, "succeeded")
    click(qtbot, dialog.conclude_button)
    saved = MediationCase.get_by_id(agreed.id)
    assert (saved.status, saved.performance_method, saved.concluded_on) == ("succeeded", "bank transfer", TODAY)
    assert messages.STATUS_LOG[-2:] == [f"Case {saved.number} saved", f"Case {saved.number} concluded: Succeeded"]
    assert messages_log.kinds() == []


def test_conclude_refused_when_the_edits_cannot_be_saved(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    dialog.terms_edit.clear()
    pick(dialog.conclusion_combo, "succeeded")
    click(qtbot, dialog.conclude_button)
    assert dialog.errors.fields_marked() == ["agreement_terms"]
    assert MediationCase.get_by_id(agreed.id).status == "in_progress"


def test_printing_saves_first_and_never_prints_unsaved_data(qtbot, context, agreed, messages_log):
    messages.OPENED.clear()
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    dialog.terms_edit.clear()
    type_text(qtbot, dialog.terms_edit, "周国强赔偿周桂兰3000元")
    click(qtbot, dialog.print_agreement_button)
    assert MediationCase.get_by_id(agreed.id).agreement_terms == "周国强赔偿周桂兰3000元"
    (path,) = messages.OPENED
    text = "".join(p.extract_text() for p in PdfReader(path).pages).replace(" ", "")
    assert "周国强赔偿周桂兰3000元" in text
    assert messages.STATUS_LOG[-1] == f"Written: {path}"
    assert not dialog.has_unsaved_changes()


# ---------------------------------------------------------------- 3. fits 1280×720

def test_the_window_fits_the_laptop_screen_with_its_buttons_visible(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    for tab in (dialog.parties_tab, dialog.facts_tab, dialog.sessions_tab, dialog.agreement_scroll,
                dialog.followups_tab, dialog.dossier_tab):
        dialog.tabs.setCurrentWidget(tab)
        qtbot.wait(10)
        for button in (dialog.save_button, dialog.close_button):
            assert not button.visibleRegion().isEmpty(), (tab.objectName(), button.objectName())
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    dialog.agreement_scroll.ensureWidgetVisible(dialog.conclude_button)
    qtbot.wait(10)
    assert not dialog.conclude_button.visibleRegion().isEmpty()


# ---------------------------------------------------------------- 4. optional dates you can type

def test_optional_dates_are_typed_cleared_and_checked(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    deadline = TODAY + dt.timedelta(days=30)
    qtbot.keyClicks(dialog.performance_deadline_edit.line_edit, deadline.strftime("%Y.%m.%d"))
    qtbot.keyClicks(dialog.judicial_applied_edit.line_edit, TODAY.strftime("%Y%m%d"))
    pick(dialog.judicial_result_combo, "pending")
    dialog.tabs.setCurrentWidget(dialog.facts_tab)
    qtbot.keyClicks(dialog.extended_until_edit.line_edit, (TODAY + dt.timedelta(days=45)).isoformat())
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = MediationCase.get_by_id(agreed.id)
    assert (saved.performance_deadline, saved.judicial_applied_on, saved.judicial_result, saved.extended_until) == (
        deadline, TODAY, "pending", TODAY + dt.timedelta(days=45))
    # Delete clears: empty means empty (NULL), not 1901-01-01.
    line = dialog.performance_deadline_edit.line_edit
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    click(qtbot, dialog.save_button)
    assert MediationCase.get_by_id(agreed.id).performance_deadline is None
    # Up on an empty field gives today; the calendar opens on today.
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert dialog.performance_deadline_edit.date_value() == TODAY
    line.clear()
    dialog.performance_deadline_edit.show_calendar()
    assert dialog.performance_deadline_edit.calendar.selectedDate().toPython() == TODAY
    dialog.performance_deadline_edit._popup.close()
    # Text that is no date is named beside its field, with every other problem.
    qtbot.keyClicks(line, "2026-13-01")
    dialog.extended_until_edit.clear()
    qtbot.keyClicks(dialog.extended_until_edit.line_edit, "someday")
    click(qtbot, dialog.save_button)
    assert dialog.errors.fields_marked() == ["extended_until", "performance_deadline"]
    assert dialog.tabs.currentWidget() is dialog.facts_tab  # the first problem's tab
    assert dialog.errors.message("extended_until") == "'someday' is not a date (use YYYY-MM-DD)"
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    assert "2026-13-01" in dialog.errors.message("performance_deadline")
    assert MediationCase.get_by_id(agreed.id).extended_until == TODAY + dt.timedelta(days=45)


# ---------------------------------------------------------------- 6. honest defaults

def test_nothing_is_chosen_for_the_clerk(qtbot, context, agreed, messages_log):
    new = window(qtbot, context)
    assert (new.source_combo.code(), new.dispute_type_combo.code()) == ("", "")
    dialog = window(qtbot, context, mediation.get(agreed.id))
    assert dialog.judicial_result_combo.currentData() == ""
    assert dialog.conclusion_combo.currentData() == ""
    assert dialog.session_kind_combo.currentData() == ""
    assert dialog.method_combo.code() == ""
    assert dialog.judicial_applied_edit.date_value() is None
    # A confirmation date without its result is refused, naming the result.
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    qtbot.keyClicks(dialog.judicial_applied_edit.line_edit, TODAY.isoformat())
    click(qtbot, dialog.save_button)
    assert dialog.errors.fields_marked() == ["judicial_result"]
    assert MediationCase.get_by_id(agreed.id).judicial_applied_on is None


def test_a_new_case_names_every_missing_choice_at_once(qtbot, context, people, messages_log):
    dialog = window(qtbot, context)
    click(qtbot, dialog.save_button)
    assert dialog.errors.fields_marked() == ["source", "dispute_type", "parties"]
    assert dialog.errors.message("dispute_type") == "choose the dispute type"
    assert MediationCase.select().count() == 0


# ---------------------------------------------------------------- 7. one save path, feedback

def test_the_agreement_tab_has_one_save_path(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    buttons = sorted(b.objectName() for b in dialog.agreement_tab.findChildren(QPushButton))
    assert buttons == ["conclude_button", "print_agreement_button", "resume_button"]
    dialog.tabs.setCurrentWidget(dialog.agreement_scroll)
    # Every problem at once, each beside its field.
    qtbot.keyClicks(dialog.performance_deadline_edit.line_edit, (TODAY - dt.timedelta(days=1)).isoformat())
    qtbot.keyClicks(dialog.judicial_applied_edit.line_edit, TODAY.isoformat())
    dialog.petition_check.setChecked(True)
    dialog.petition_spin.setValue(3)
    qtbot.keyClick(dialog.terms_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors.fields_marked() == ["performance_deadline", "judicial_result",
                                             "prevented_petition_persons"]
    assert updates(agreed) == 2  # nothing written (agreement and dossier item only, from the fixture)
    # Fixed, one Save stores the agreement, its performance, the confirmation and the flags.
    dialog.performance_deadline_edit.clear()
    qtbot.keyClicks(dialog.performance_deadline_edit.line_edit, (TODAY + dt.timedelta(days=5)).isoformat())
    pick(dialog.judicial_result_combo, "confirmed")
    dialog.petition_spin.setValue(6)
    pick(dialog.performance_combo, "performed")
    qtbot.keyClick(dialog.terms_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = MediationCase.get_by_id(agreed.id)
    assert (saved.performance_deadline, saved.judicial_applied_on, saved.judicial_result,
            saved.prevented_petition, saved.prevented_petition_persons, saved.performance_status) == (
        TODAY + dt.timedelta(days=5), TODAY, "confirmed", True, 6, "performed")
    assert messages.STATUS_LOG[-1] == f"Case {saved.number} saved"
    assert dialog.errors.fields_marked() == [] and not dialog.has_unsaved_changes()


def test_sessions_and_follow_ups_say_what_was_saved(qtbot, context, agreed, messages_log):
    dialog = window(qtbot, context, agreed)
    dialog.tabs.setCurrentWidget(dialog.sessions_tab)
    pick(dialog.session_kind_combo, "investigation")
    type_text(qtbot, dialog.record_edit, "走访邻居")
    click(qtbot, dialog.add_session_button)
    assert messages.STATUS_LOG[-1].startswith("Session of ") and agreed.number in messages.STATUS_LOG[-1]
    mediation.conclude(mediation.get(agreed.id), user=context.user, status="succeeded", concluded_on=TODAY)
    dialog.case = mediation.get(agreed.id)
    dialog.refresh_state()
    dialog.tabs.setCurrentWidget(dialog.followups_tab)
    click(qtbot, dialog.add_followup_button)
    assert dialog.errors.fields_marked() == ["method"]
    pick(dialog.method_combo, "phone")
    click(qtbot, dialog.add_followup_button)
    assert messages.STATUS_LOG[-1] == f"Follow-up of {TODAY.isoformat()} added to {agreed.number}"
    assert not dialog.has_unsaved_changes()


# ---------------------------------------------------------------- 5. columns

def test_columns_show_their_content(qtbot, context, agreed, messages_log):
    page = MediationPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    layout = page.table_view.column_layout
    assert layout.stretch == 2 and 6 not in layout.hide_first  # the status is never hidden
    header = page.table_view.horizontalHeader()
    for column in range(page.model.columnCount()):
        if column != layout.stretch and not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column)
    dialog = window(qtbot, context, agreed)
    for table in (dialog.parties_table, dialog.sessions_table, dialog.followups_table, dialog.dossier_table):
        assert table.column_layout is not None and not table.tabKeyNavigation()


# ---------------------------------------------------------------- 13. masking

def test_the_list_masks_names_as_core_masking_does(qtbot, context, people, messages_log):
    mediation.open_case(user=context.user, received_on=TODAY, dispute_type="neighbor",
                        parties=[(people[0], "applicant"), (people[2], "respondent")])
    page = MediationPage(context)
    qtbot.addWidget(page)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[4] == masking.name("周桂兰") == "周**" and texts[5] == masking.name("吴大海")
    assert "周桂兰" not in texts[2] and "周**" in texts[2]


# ---------------------------------------------------------------- area.md 9: open by id

def test_open_record_selects_and_opens_the_case(qtbot, context, people, messages_log):
    one = mediation.open_case(user=context.user, received_on=TODAY, dispute_type="neighbor", title="甲案",
                              parties=[(people[0], "applicant"), (people[1], "respondent")])
    two = mediation.open_case(user=context.user, received_on=TODAY, dispute_type="family", title="乙案",
                              parties=[(people[2], "applicant"), (people[1], "respondent")])
    page = MediationPage(context)
    qtbot.addWidget(page)
    type_text(qtbot, page.search_edit, "乙案")
    assert page.model.total == 1
    dialog = page.open_record(one.id)
    qtbot.addWidget(dialog)
    assert dialog.case.id == one.id and dialog.isVisible()
    assert page.selected().id == one.id and page.search_edit.text() == ""
    assert page.open_record(one.id) is dialog  # its window, brought forward
    assert page.open_record(two.id).case.id == two.id
    assert page.open_record(999999) is None


# ---------------------------------------------------------------- Tab follows the form

FIRST_TAB = ["received_on_edit", "source_combo", "dispute_type_combo", "title_edit", "amount_edit",
             "mediators_list", "parties_table", "party_finder", "role_combo", "agent_edit",
             "remove_party_button", "add_party_button", "close_button", "save_button"]


def _named(widget) -> str:
    """The field the focus is in (a date's or the finder's inner line edit counts as its field)."""
    start = widget
    while widget is not None and widget.objectName() not in FIRST_TAB:
        widget = widget.parentWidget()
    return (widget or start).objectName()


def test_tab_order_follows_the_first_tab(qtbot, context, people, messages_log):
    dialog = window(qtbot, context)
    dialog.received_on_edit.setFocus()
    seen = [_named(dialog.focusWidget())]
    for _ in range(len(FIRST_TAB) - 1):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_named(dialog.focusWidget()))
    assert seen == FIRST_TAB
