"""The legal-aid window and page as issue 11 wants them: Enter never saves, nothing typed is lost,
stage actions and prints act on what is saved, the window fits 1280×720, dates are typed, no
choice is made for the clerk, every save and document says so, Tab follows the eye, and the page
opens a record by id. Driven by keys and clicks; the database is checked afterwards."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from aidstation.core import legalaid, settings
from aidstation.core.models import AidApplication, FollowUp, Person
from aidstation.gui.kit import messages
from aidstation.gui.legalaid import application as la
from aidstation.gui.legalaid.page import LegalAidPage
from tests.gui.conftest import type_text

TODAY = dt.date.today()
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def printed(monkeypatch):
    paths = []
    monkeypatch.setattr(messages, "open_path", lambda path: paths.append(str(path)) or False)
    return paths


def person(name="王秀英", phone="13800138001", birth=dt.date(1980, 4, 2)) -> Person:
    return Person.create(name=name, birth_date=birth, phone=phone, gender="F")


def received(context, **values) -> AidApplication:
    """An application received a few days ago, its materials all in (ready to forward)."""
    values.setdefault("applicant", person())
    values.setdefault("received_on", TODAY - dt.timedelta(days=3))
    values.setdefault("case_type", "civil")
    values.setdefault("cause", "support")
    app = legalaid.receive(user=context.user, **values)
    legalaid.set_materials(app, {m.material: True for m in legalaid.missing_materials(app)},
                           user=context.user, on=app.received_on)
    return AidApplication.get_by_id(app.id)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def window(qtbot, context, app=None):
    return shown(qtbot, la.LegalAidApplicationDialog(context, app))


def pick(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def field_name(widget):
    """The form field a focused widget belongs to (a finder's search line, a date's text)."""
    while widget is not None and (not widget.objectName() or widget.objectName().startswith(("person_", "qt_"))):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else None


# ---------------------------------------------------------------- point 1: Enter never saves
def test_enter_in_the_finder_and_every_field_never_saves(qtbot, context, messages_log):
    first, second = person("王一", "13800138001"), person("王二", "13800138002")
    number = legalaid.next_number(TODAY.year)
    dialog = window(qtbot, context)
    dialog.applicant_finder.setFocus()
    qtbot.keyClicks(dialog.focusWidget(), "1380013800")
    qtbot.waitUntil(dialog.applicant_finder.results.isVisible)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(dialog.focusWidget(), key)
    assert dialog.applicant_finder.person() is not None
    assert dialog.applicant_finder.person().id in (first.id, second.id)
    assert dialog.isVisible() and AidApplication.select().count() == 0
    for widget in dialog.application_tab.findChildren(QLineEdit) + dialog.application_tab.findChildren(QComboBox):
        if widget.isVisible() and widget.isEnabled():
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert dialog.isVisible()
    assert AidApplication.select().count() == 0
    assert legalaid.next_number(TODAY.year) == number  # no number used up
    # Ctrl+S is how the keyboard saves: here it is refused, naming what is missing
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert AidApplication.select().count() == 0
    assert {"case_type", "cause"} <= set(dialog.errors.fields_marked())
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))


# ---------------------------------------------------------------- point 2: nothing lost
def edit_intake(qtbot, dialog):
    """The issue's edits: cause, scope, summary and income."""
    pick(dialog.cause_combo, "wages")
    pick(dialog.scope_combo, "labor_pay")
    dialog.summary_edit.clear()
    type_text(qtbot, dialog.summary_edit, "工地拖欠工资")
    dialog.income_edit.clear()
    qtbot.keyClicks(dialog.income_edit, "800")


def test_forward_after_edits_stores_them_first_and_the_letter_matches_the_screen(
        qtbot, context, messages_log, printed):
    settings.set_many({"station.aid_centre": "示范区法律援助中心", "aid.hardship_threshold": "1500"},
                      user=context.user)
    app = received(context, scope_item="", summary="旧的情况")
    assert legalaid.check(app).route == "out_of_scope"
    dialog = window(qtbot, context, app)
    edit_intake(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)  # Progress
    click(qtbot, dialog.forward_button)
    app = AidApplication.get_by_id(app.id)
    assert (app.cause, app.scope_item, app.summary, app.monthly_income) == ("wages", "labor_pay", "工地拖欠工资", 800)
    assert (app.forwarded_on, app.forwarded_to) == (TODAY, "示范区法律援助中心")
    click(qtbot, dialog.letter_button)
    text = "".join(p.extract_text() for p in PdfReader(str(printed[-1])).pages).replace(" ", "").replace("\n", "")
    assert "不属于" not in text and "申请事项属于法律援助范围" in text
    click(qtbot, dialog.close_button)  # everything is saved: no question
    assert "ask_discard" not in messages_log.kinds() and not dialog.isVisible()


def test_a_stage_action_refuses_when_the_edits_do_not_save(qtbot, context, messages_log):
    app = received(context, scope_item="support")
    dialog = window(qtbot, context, app)
    dialog.income_edit.clear()
    qtbot.keyClicks(dialog.income_edit, "about 800")
    click(qtbot, dialog.forward_button)
    app = AidApplication.get_by_id(app.id)
    assert app.forwarded_on is None and app.monthly_income is None
    assert dialog.errors.fields_marked() == ["monthly_income"]
    assert dialog.tabs.currentWidget() is dialog.application_scroll


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_with_edits_asks_save_discard_or_cancel(qtbot, context, messages_log, answer):
    app = received(context, scope_item="support", summary="旧的情况")
    dialog = window(qtbot, context, app)
    edit_intake(qtbot, dialog)
    messages_log.answers["ask_discard"] = answer
    click(qtbot, dialog.close_button)
    assert messages_log.kinds() == ["ask_discard"]
    app = AidApplication.get_by_id(app.id)
    stored = (app.cause, app.scope_item, app.summary, app.monthly_income)
    if answer == "save":
        assert stored == ("wages", "labor_pay", "工地拖欠工资", 800) and not dialog.isVisible()
    elif answer == "discard":
        assert stored == ("support", "support", "旧的情况", None) and not dialog.isVisible()
    else:
        assert stored == ("support", "support", "旧的情况", None) and dialog.isVisible()
        assert dialog.summary_edit.toPlainText() == "工地拖欠工资"


def test_escape_asks_too_and_an_untouched_window_closes_without_asking(qtbot, context, messages_log):
    app = received(context)
    dialog = window(qtbot, context, app)
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.keyClicks(dialog.agent_relation_edit, "x")
    qtbot.keyClick(dialog.agent_relation_edit, Qt.Key.Key_Escape)
    assert messages_log.kinds() == ["ask_discard"] and dialog.isVisible()
    dialog.agent_relation_edit.clear()
    qtbot.keyClick(dialog.agent_relation_edit, Qt.Key.Key_Escape)
    assert messages_log.kinds() == ["ask_discard"] and not dialog.isVisible()


def test_a_stage_typed_but_not_recorded_is_not_lost_silently(qtbot, context, messages_log):
    app = received(context)
    legalaid.forward(app, user=context.user, forwarded_on=TODAY, forwarded_to="中心")
    dialog = window(qtbot, context, AidApplication.get_by_id(app.id))
    pick(dialog.decision_combo, "granted")
    messages_log.answers["ask_discard"] = "save"
    click(qtbot, dialog.close_button)
    assert dialog.isVisible() and "Record decision" in dialog.form_error.text()
    assert AidApplication.get_by_id(app.id).decision == "pending"
    click(qtbot, dialog.decide_button)
    assert AidApplication.get_by_id(app.id).decision == "granted"
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_every_stage_saves_the_intake_first(qtbot, context, messages_log):
    app = received(context, scope_item="support")
    legalaid.forward(app, user=context.user, forwarded_on=TODAY, forwarded_to="中心")
    dialog = window(qtbot, context, AidApplication.get_by_id(app.id))
    steps = [
        (lambda: pick(dialog.decision_combo, "granted"), dialog.decide_button, "decision", "granted"),
        (lambda: type_text(qtbot, dialog.assigned_to_edit, "明德律师事务所"), dialog.assign_button,
         "assigned_to", "明德律师事务所"),
        (lambda: type_text(qtbot, dialog.outcome_edit, "调解结案"), dialog.close_case_button, "outcome", "调解结案"),
    ]
    for n, (fill, button, field, value) in enumerate(steps):
        dialog.agent_relation_edit.clear()  # no agent: the relation is not kept; the summary is
        dialog.summary_edit.clear()
        type_text(qtbot, dialog.summary_edit, f"第{n}次修改")
        fill()
        click(qtbot, button)
        app = AidApplication.get_by_id(app.id)
        assert (getattr(app, field), app.summary) == (value, f"第{n}次修改")
    dialog.summary_edit.clear()
    type_text(qtbot, dialog.summary_edit, "回访前修改")
    pick(dialog.method_combo, "phone")
    click(qtbot, dialog.followup_button)
    assert FollowUp.select().count() == 1
    assert AidApplication.get_by_id(app.id).summary == "回访前修改"
    assert not dialog.has_unsaved_changes()


# ---------------------------------------------------------------- point 3: fits 1280×720
@pytest.mark.parametrize("stage", ["new", "closed"])
def test_the_window_fits_the_small_screen_with_its_buttons_visible(qtbot, context, messages_log, stage):
    app = None
    if stage == "closed":
        app = received(context, scope_item="support")
        legalaid.forward(app, user=context.user, forwarded_on=TODAY, forwarded_to="中心")
        legalaid.decide(app, user=context.user, decision="granted", decision_on=TODAY)
        legalaid.assign(app, user=context.user, assigned_on=TODAY, assigned_to="律师")
        legalaid.close(app, user=context.user, closed_on=TODAY, outcome="结案")
    dialog = window(qtbot, context, app)
    area = dialog.screen().availableGeometry()
    assert (area.width(), area.height()) == (1280, 720)
    assert dialog.width() + 16 <= area.width() and dialog.height() + 40 <= area.height()
    assert area.contains(dialog.frameGeometry())
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        for button in (dialog.save_button, dialog.close_button):
            assert not button.visibleRegion().isEmpty()


def test_the_window_remembers_its_size(qtbot, context, messages_log):
    dialog = window(qtbot, context)
    dialog.resize(1000, 600)
    dialog.close()
    again = window(qtbot, context)
    assert (again.width(), again.height()) == (1000, 600)


# ---------------------------------------------------------------- point 4: typed dates
def test_the_urgent_deadline_is_typed_cleared_and_checked(qtbot, context, messages_log):
    app = received(context, scope_item="support")
    dialog = window(qtbot, context, app)
    deadline = TODAY + dt.timedelta(days=20)
    qtbot.keyClicks(dialog.urgent_deadline_edit.line_edit, deadline.strftime("%Y%m%d"))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert AidApplication.get_by_id(app.id).urgent_deadline == deadline
    assert dialog.urgent_hint_label.text() == "20 days left"
    edit = dialog.urgent_deadline_edit.line_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    click(qtbot, dialog.save_button)
    assert AidApplication.get_by_id(app.id).urgent_deadline is None
    qtbot.keyClicks(edit, "2026-13-45")
    click(qtbot, dialog.save_button)
    assert dialog.errors.fields_marked() == ["urgent_deadline"]
    assert "2026-13-45" in dialog.errors.message("urgent_deadline")
    assert AidApplication.get_by_id(app.id).urgent_deadline is None


def test_stage_dates_are_typed_and_an_emptied_one_is_named(qtbot, context, messages_log):
    app = received(context, received_on=TODAY - dt.timedelta(days=5))
    dialog = window(qtbot, context, app)
    edit = dialog.forwarded_on_edit.line_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    click(qtbot, dialog.forward_button)
    assert dialog.errors.fields_marked() == ["forwarded_on", "forwarded_to"]  # no centre set either
    assert AidApplication.get_by_id(app.id).forwarded_on is None
    type_text(qtbot, dialog.forwarded_to_edit, "示范区法律援助中心")
    day = TODAY - dt.timedelta(days=2)
    qtbot.keyClicks(edit, day.strftime("%Y.%m.%d"))
    click(qtbot, dialog.forward_button)
    assert AidApplication.get_by_id(app.id).forwarded_on == day
    assert not dialog.forwarded_on_edit.isEnabled()  # recorded: no longer typed into


def test_the_received_date_is_typed(qtbot, context, messages_log):
    person(phone="13800138009")
    dialog = window(qtbot, context)
    dialog.applicant_finder.setFocus()
    qtbot.keyClicks(dialog.focusWidget(), "13800138009")
    dialog.applicant_finder.search_now()
    qtbot.keyClick(dialog.applicant_finder.search_edit, Qt.Key.Key_Return)
    pick(dialog.case_type_combo, "civil")
    pick(dialog.cause_combo, "support")
    day = TODAY - dt.timedelta(days=4)
    dialog.received_on_edit.line_edit.selectAll()
    qtbot.keyClicks(dialog.received_on_edit.line_edit, day.isoformat())
    click(qtbot, dialog.save_button)
    assert AidApplication.get().received_on == day


# ---------------------------------------------------------------- point 6: honest defaults
def test_no_choice_is_made_for_the_clerk(qtbot, context, messages_log):
    app = received(context)
    legalaid.forward(app, user=context.user, forwarded_on=TODAY, forwarded_to="中心")
    new = window(qtbot, context)
    for combo in (new.case_type_combo, new.cause_combo, new.aid_form_combo, new.scope_combo,
                  new.legal_stage_combo, new.art32_combo, new.decision_combo, new.method_combo,
                  new.satisfaction_combo):
        assert combo.currentIndex() == 0 and (combo.currentData() or "") == "", combo.objectName()
    dialog = window(qtbot, context, AidApplication.get_by_id(app.id))
    assert dialog.decision_combo.currentData() == "" and dialog.decision_combo.currentText() == "(choose)"
    click(qtbot, dialog.decide_button)
    assert dialog.errors.fields_marked() == ["decision"]
    assert AidApplication.get_by_id(app.id).decision == "pending"


def test_every_problem_of_the_intake_shows_at_once(qtbot, context, messages_log):
    dialog = window(qtbot, context)
    qtbot.keyClicks(dialog.income_edit, "lots")
    qtbot.keyClicks(dialog.urgent_deadline_edit.line_edit, "tomorrow")
    click(qtbot, dialog.save_button)
    assert set(dialog.errors.fields_marked()) == {"applicant", "urgent_deadline", "monthly_income", "case_type",
                                                  "cause"}
    assert AidApplication.select().count() == 0


# ---------------------------------------------------------------- point 7: feedback
def test_saves_and_documents_say_what_happened(qtbot, context, messages_log, printed):
    settings.set_many({"station.aid_centre": "示范区法律援助中心"}, user=context.user)
    app = received(context, scope_item="support")
    dialog = window(qtbot, context, app)
    del messages.STATUS_LOG[:]
    click(qtbot, dialog.save_button)
    assert messages.STATUS_LOG[-1] == f"Application {app.number} saved"
    click(qtbot, dialog.receipt_button)
    assert len(printed) == 1 and str(printed[0]).endswith(".pdf")
    assert messages.STATUS_LOG[-1] == f"Written: {printed[0]}"
    click(qtbot, dialog.forward_button)
    assert messages.STATUS_LOG[-1] == f"Application {app.number} forwarded to the legal-aid centre"


# ---------------------------------------------------------------- point 8: Tab order
def test_tab_walks_the_first_tab_in_visual_order(qtbot, context, messages_log):
    dialog = window(qtbot, context)
    dialog.applicant_finder.setFocus()
    seen = []
    for _ in range(20):
        seen.append(field_name(dialog.focusWidget()))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        "applicant_finder", "agent_finder", "agent_relation_edit", "limited_capacity_check", "groups_list",
        "received_on_edit", "aid_form_combo", "case_type_combo", "cause_combo", "scope_combo",
        "legal_stage_combo", "summary_edit", "detained_check", "urgent_deadline_edit", "art32_combo",
        "no_fixed_income_check", "assistance_check", "income_edit", "materials_list", "save_button"]


# ---------------------------------------------------------------- point 5: columns
def test_list_and_follow_up_columns_are_sized_to_their_content(qtbot, context, messages_log):
    received(context, scope_item="support")
    page = LegalAidPage(context)
    qtbot.addWidget(page)
    page.resize(1900, 700)
    page.show()
    qtbot.waitExposed(page)
    layout = page.table_view.column_layout
    assert layout.stretch == 7 and 6 not in layout.hide_first  # the stage never hides
    header = page.table_view.horizontalHeader()
    for column in range(7):
        assert not header.isSectionHidden(column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # no cut title
    dialog = window(qtbot, context)
    assert dialog.followup_table.column_layout.stretch == 5


# ---------------------------------------------------------------- area point 9: open by id
def test_open_record_selects_the_application_and_opens_it_once(qtbot, context, messages_log):
    apps = [received(context, applicant=person(f"申请人{i}", f"1390000{i:04d}")) for i in range(7)]
    target = apps[0]  # the oldest: beyond the first page below
    legalaid.decide(target, user=context.user, decision="withdrawn", decision_on=TODAY)
    page = LegalAidPage(context)
    qtbot.addWidget(page)
    page.model.page_size = 3
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("received"))  # hides the target
    dialog = page.open_record(target.id)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.app.id == target.id
    assert page.stage_combo.currentData() == ""  # the filter was cleared to show it
    assert page.selected().id == target.id
    assert page.open_record(target.id) is dialog  # the open window comes to the front
    assert page.open_record(999999) is None


def test_page_filters_combine(qtbot, context, messages_log):
    a = received(context, applicant=person("李强", "13700001111"), received_on=TODAY.replace(day=1))
    b = received(context, applicant=person("赵敏", "13700002222"))
    legalaid.forward(b, user=context.user, forwarded_on=TODAY, forwarded_to="中心")
    page = LegalAidPage(context)
    qtbot.addWidget(page)
    ids = lambda: [page.model.record(r).id for r in range(page.model.rowCount())]
    assert sorted(ids()) == sorted([a.id, b.id]) and page.count_label.text() == "2 applications"
    page.stage_combo.setCurrentIndex(page.stage_combo.findData("forwarded"))
    assert ids() == [b.id] and page.count_label.text() == "1 application"
    qtbot.keyClicks(page.search_edit, "1111")
    assert ids() == []
    page.stage_combo.setCurrentIndex(0)
    assert ids() == [a.id]
    page.search_edit.clear()
    page.month_combo.setCurrentIndex(page.month_combo.findData(f"{TODAY:%Y-%m}"))
    assert sorted(ids()) == sorted([x.id for x in (a, b) if x.received_on.month == TODAY.month])


def test_enter_on_a_row_opens_its_window_once(qtbot, context, messages_log):
    app = received(context)
    page = LegalAidPage(context)
    qtbot.addWidget(page)
    page.show()
    page.table_view.selectRow(0)
    page.table_view.setFocus()
    qtbot.keyClick(page.table_view, Qt.Key.Key_Return)  # Enter on a row opens it
    dialog = page.dialogs[-1]
    qtbot.addWidget(dialog)
    assert dialog.app.id == app.id and dialog.isVisible()
    assert page.open_selected() is dialog  # a second double-click brings the same window forward
