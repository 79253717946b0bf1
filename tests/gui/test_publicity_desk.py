"""The Publicity page as a clerk uses it (issue 11): Enter never saves, Ctrl+S does; edits are
never lost when switching activity, starting a new one or leaving the page; the form fits a
1280×720 laptop with Save in sight; Tab follows the form; no format chosen for the clerk; every
problem at once; a status line per save; open_record for the global search."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from aidstation.core import publicity
from aidstation.core.models import CardIssue, PublicityActivity
from aidstation.gui.kit import messages
from aidstation.gui.publicity.page import PublicityPage
from tests.gui.conftest import type_text
from tests.gui.test_cards_flow import choose

PAGE_AREA = (1030, 620)  # what the main window leaves a page at 1280×720
DAY = dt.date(2026, 3, 2)


@pytest.fixture
def page(qtbot, context, messages_log):
    page = PublicityPage(context)
    qtbot.addWidget(page)
    page.resize(*PAGE_AREA)
    page.show()
    qtbot.waitExposed(page)
    return page


def _two(context):
    a = publicity.create_activity(user=context.user, held_on=DAY, format="booth", title="民法典进社区",
                                  leaflets=300)
    b = publicity.create_activity(user=context.user, held_on=DAY + dt.timedelta(days=1), format="lecture",
                                  title="反诈讲座", attendees=40)
    return a, b


def _row(page, activity_id: int) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.record_id(r) == activity_id)


def _click_row(qtbot, page, activity_id: int) -> None:
    view = page.table_view
    rect = view.visualRect(page.model.index(_row(page, activity_id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_enter_never_saves_and_ctrl_s_does(page, qtbot):
    type_text(qtbot, page.title_edit, "宪法日")
    choose(qtbot, page.format_combo, "lecture")
    for widget in page.form_holder.findChildren(QLineEdit):
        if widget.isVisible() and not widget.isReadOnly() and widget.isEnabled():
            qtbot.keyClick(widget, Qt.Key.Key_Return)
    for combo in page.form_holder.findChildren(QComboBox):
        if combo.isEnabled():
            qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert PublicityActivity.select().count() == 0
    qtbot.keyClick(page.place_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    activity = PublicityActivity.get()
    assert (activity.title, activity.format, activity.held_on) == ("宪法日", "lecture", dt.date.today())
    assert messages.STATUS_LOG[-1] == f"Activity “宪法日” of {dt.date.today().isoformat()} saved"
    assert "Ctrl+S" in page.save_button.toolTip()


def test_no_format_is_chosen_for_the_clerk_and_every_problem_shows(page, qtbot):
    assert page.format_combo.code() == ""
    page.date_edit.line_edit.clear()
    qtbot.keyClicks(page.date_edit.line_edit, "2026-02-30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.fields_marked() == ["held_on", "title", "format"]
    assert page.errors.message("format") == "pick the format of the activity"
    assert PublicityActivity.select().count() == 0


def test_a_typed_date_is_stored(page, qtbot):
    page.date_edit.line_edit.clear()
    qtbot.keyClicks(page.date_edit.line_edit, "2026.03.05")
    type_text(qtbot, page.title_edit, "讲座")
    choose(qtbot, page.format_combo, "lecture")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert PublicityActivity.get().held_on == dt.date(2026, 3, 5)


def test_switching_activity_asks_save_discard_cancel(page, qtbot, context, messages_log):
    a, b = _two(context)
    page.refresh()
    _click_row(qtbot, page, a.id)
    assert page.activity.id == a.id and not page.has_unsaved_changes()
    page.title_edit.selectAll()
    type_text(qtbot, page.title_edit, "民法典宣传周")
    # Cancel: the edits stay, so does the highlight
    messages_log.answers["ask_discard"] = "cancel"
    _click_row(qtbot, page, b.id)
    assert page.activity.id == a.id and page.title_edit.text() == "民法典宣传周"
    assert page.model.record_id(page.table_view.currentIndex().row()) == a.id
    # Discard: the other one opens, nothing is stored
    messages_log.answers["ask_discard"] = "discard"
    _click_row(qtbot, page, b.id)
    assert page.activity.id == b.id and PublicityActivity.get_by_id(a.id).title == "民法典进社区"
    # Save: exactly the edits are stored, then the clicked one opens
    _spin = page.spins["attendees"]
    _spin.selectAll()
    qtbot.keyClicks(_spin.lineEdit(), "45")
    messages_log.answers["ask_discard"] = "save"
    _click_row(qtbot, page, a.id)
    assert page.activity.id == a.id
    stored = PublicityActivity.get_by_id(b.id)
    assert (stored.title, stored.attendees, stored.format) == ("反诈讲座", 45, "lecture")
    assert messages_log.kinds().count("ask_discard") == 3


def test_new_and_page_switch_ask_too(page, qtbot, context, messages_log):
    type_text(qtbot, page.title_edit, "未保存")
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.title_edit.text() == "未保存"
    # what the main window asks on a page switch
    assert page.has_unsaved_changes()
    choose(qtbot, page.format_combo, "door")
    assert page.save_changes()
    assert PublicityActivity.get().title == "未保存" and not page.has_unsaved_changes()
    type_text(qtbot, page.place_edit, "广场")
    page.discard_changes()
    assert page.place_edit.text() == "" and PublicityActivity.get().place == ""


def test_issuing_cards_stores_the_date_on_screen_first(page, qtbot, context):
    from aidstation.core import cards

    y, first, last = cards.next_range(20)
    cards.record_print(user=context.user, year=y, serial_from=first, serial_to=last)
    a, _b = _two(context)
    page.refresh()
    _click_row(qtbot, page, a.id)
    page.date_edit.line_edit.clear()
    qtbot.keyClicks(page.date_edit.line_edit, "2026-03-01")
    qtbot.mouseClick(page.issue_cards_button, Qt.MouseButton.LeftButton)
    assert PublicityActivity.get_by_id(a.id).held_on == dt.date(2026, 3, 1)
    assert CardIssue.get().issued_on == dt.date(2026, 3, 1)


def test_the_form_fits_with_save_in_sight(page, qtbot, context):
    a, _b = _two(context)
    page.refresh()
    _click_row(qtbot, page, a.id)
    for button in (page.save_button, page.delete_button, page.new_button):
        assert not button.visibleRegion().isEmpty(), button.objectName()
    assert not page.form_scroll.isAncestorOf(page.save_button)
    # the fields fit the form's width: no field cut at the right edge
    assert page.form_holder.width() <= page.form_scroll.viewport().width()


def test_tab_follows_the_form(page, qtbot, context):
    a, _b = _two(context)
    page.refresh()
    _click_row(qtbot, page, a.id)
    page.date_edit.setFocus()
    seen = []
    for _ in range(27):
        widget = QApplication.focusWidget()
        seen.append(widget.objectName() or widget.parentWidget().objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == ["date_edit", "title_edit", "format_combo", "theme_combo", "place_edit", "partners_edit",
                    *(f"{key}_spin" for key in publicity.COUNTS), "notes_edit", "photo_list",
                    "add_photo_button", "remove_photo_button", "cards_quantity_spin",
                    "cards_households_spin", "cards_issued_by_combo", "issue_cards_button",
                    "delete_button", "save_button"]


def test_the_list_columns_show_their_titles(page, qtbot, context):
    _two(context)
    page.refresh()
    qtbot.wait(50)
    header = page.table_view.horizontalHeader()
    assert page.table_view.column_layout.key == "publicity/activities"
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, column


def test_open_record(page, qtbot, context):
    a, _b = _two(context)
    page.refresh()
    page.month_combo.setCurrentIndex(page.month_combo.findData(dt.date.today().strftime("%Y-%m")))
    assert page.open_record(a.id)
    assert page.activity.id == a.id and page.title_edit.text() == "民法典进社区"
    assert page.model.record_id(page.table_view.currentIndex().row()) == a.id
    assert not page.open_record(999_999)
