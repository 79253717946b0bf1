"""The Contact cards page as a clerk uses it (issue 11): Enter never issues, Ctrl+S does; the
hand-over form asks before its edits are lost; typed dates; no pre-chosen channel; every problem
at once; the page fits a 1280×720 laptop; the list's columns; a status line per hand-over; and
open_record for the global search."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from aidstation.core import cards, masking, people
from aidstation.core.models import CardIssue, CardPrintRun
from aidstation.gui.cards.page import CardsPage
from aidstation.gui.kit import messages
from tests.gui.conftest import type_text
from tests.gui.test_cards_flow import choose

PAGE_AREA = (1030, 620)  # what the main window leaves a page at 1280×720 (navigation, status bar)


@pytest.fixture
def page(qtbot, context, messages_log):
    y, first, last = cards.next_range(30)
    cards.record_print(user=context.user, year=y, serial_from=first, serial_to=last)
    page = CardsPage(context)
    qtbot.addWidget(page)
    page.resize(*PAGE_AREA)
    page.show()
    qtbot.waitExposed(page)
    return page


def _date(qtbot, edit, text: str) -> None:
    edit.line_edit.selectAll()
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit.line_edit, text)


def _pick_second_person(qtbot, finder) -> int:
    """Type, then Down, Down, Enter: the second match is picked (its id is returned)."""
    type_text(qtbot, finder.search_edit, "张")
    finder.search_now()
    qtbot.keyClick(finder.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(finder.results, Qt.Key.Key_Down)
    wanted = finder.results.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(finder.results, Qt.Key.Key_Return)
    return wanted


def test_enter_never_issues_and_ctrl_s_does(page, qtbot, context):
    people.create(user=context.user, name="张三", phone="13900001111")
    people.create(user=context.user, name="张三丰", phone="13900002222")
    second = _pick_second_person(qtbot, page.person_finder)
    assert page.person_finder.person().id == second
    for widget in page.issue_holder.findChildren(QLineEdit):
        if widget.isVisible() and not widget.isReadOnly():
            qtbot.keyClick(widget, Qt.Key.Key_Return)
    for combo in page.issue_holder.findChildren(QComboBox):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.keyClick(page.issue_button, Qt.Key.Key_Return)
    assert CardIssue.select().count() == 0
    assert cards.stock_count() == 30  # no serial used up
    choose(qtbot, page.channel_combo, "window")
    qtbot.keyClick(page.community_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    issue = CardIssue.get()
    assert (issue.person_id, issue.channel, issue.quantity, issue.serial_from) == (second, "window", 1, 1)
    assert messages.STATUS_LOG[-1] == f"1 cards ({cards.serials_of(issue)}) issued to {masking.name(issue.person.name)}"
    assert "Ctrl+S" in page.issue_button.toolTip()


def test_no_channel_is_chosen_for_the_clerk_and_every_problem_shows(page, qtbot):
    assert page.channel_combo.code() == ""
    _date(qtbot, page.date_edit, "2026-13-45")
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert page.errors.fields_marked() == ["issued_on", "recipient", "channel"]
    assert "not a date" in page.errors.message("issued_on")
    assert page.errors.message("channel") == "say how the cards were handed out"
    assert CardIssue.select().count() == 0


def test_a_typed_date_is_stored(page, qtbot):
    _date(qtbot, page.date_edit, "20260305")
    type_text(qtbot, page.recipient_edit, "3号楼")
    choose(qtbot, page.channel_combo, "home")
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert CardIssue.get().issued_on == dt.date(2026, 3, 5)


def test_leaving_the_page_with_a_half_typed_hand_over_asks(page, qtbot, messages_log):
    assert not page.has_unsaved_changes()
    type_text(qtbot, page.recipient_edit, "5号楼")
    assert page.has_unsaved_changes()
    # Save from the question stores exactly what was typed ...
    choose(qtbot, page.channel_combo, "home")
    assert page.save_changes()
    issue = CardIssue.get()
    assert (issue.recipient, issue.channel) == ("5号楼", "home")
    assert not page.has_unsaved_changes()
    # ... Discard puts the form back and stores nothing.
    type_text(qtbot, page.recipient_edit, "6号楼")
    page.discard_changes()
    assert page.recipient_edit.text() == "" and not page.has_unsaved_changes()
    assert CardIssue.select().count() == 1
    # A refused save keeps the edits (the main window stays on the page).
    type_text(qtbot, page.recipient_edit, "7号楼")
    page.channel_combo.setCurrentIndex(0)
    assert not page.save_changes()
    assert page.has_unsaved_changes() and CardIssue.select().count() == 1


def test_the_page_fits_with_its_buttons_in_sight(page, qtbot):
    for button in (page.issue_button, page.print_button, page.reprint_button, page.delete_button,
                   page.design_button):
        assert not button.visibleRegion().isEmpty(), button.objectName()
    # The issue button stays outside the scrolling fields.
    assert not page.issue_scroll.isAncestorOf(page.issue_button)


def test_the_list_columns_show_their_titles(page, qtbot, context):
    cards.issue(user=context.user, issued_on=dt.date.today(), quantity=2, recipient="3号楼", channel="home")
    page.refresh()
    qtbot.wait(50)
    view = page.table_view
    header = view.horizontalHeader()
    assert view.column_layout.key == "cards/handovers"
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, column


def test_print_says_where_the_sheets_are_and_opens_them(page, qtbot, monkeypatch):
    monkeypatch.setattr(CardsPage, "ask_quantity", staticmethod(lambda *a: 10))
    opened = len(messages.OPENED)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages.OPENED) > opened, timeout=15000)
    run = CardPrintRun.select().order_by(CardPrintRun.id.desc()).get()
    assert messages.OPENED[-1].endswith(run.file_name)
    assert any(f"Written: {messages.OPENED[-1]}" == line for line in messages.STATUS_LOG)


def test_open_record_shows_the_hand_over(page, qtbot, context):
    today = dt.date.today()
    old = cards.issue(user=context.user, issued_on=today.replace(day=1) - dt.timedelta(days=40),
                      quantity=1, recipient="旧", channel="home")
    cards.issue(user=context.user, issued_on=today, quantity=1, recipient="新", channel="home")
    page.refresh()
    page.month_combo.setCurrentIndex(page.month_combo.findData(f"{today.year}-{today.month:02d}"))
    assert page.model.total == 1
    assert page.open_record(old.id)
    row = page.table_view.currentIndex().row()
    assert page.model.record_id(row) == old.id
    assert page.month_combo.currentIndex() == 0  # all months, so the old one is listed
    assert not page.open_record(999_999)
