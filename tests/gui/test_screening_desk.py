"""The Screening page as a clerk uses it (issue 17): Ctrl+N opens a round, typing and clicking
record disputes with their parties, Ctrl+S saves round and rows in one step, a nil report,
a bad row named, hand to mediation, Enter opens, Del deletes after asking; the window fits."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from aidstation.core import people, screening
from aidstation.core.models import MediationCase, ScreeningItem, ScreeningRound
from aidstation.gui.screening.page import ScreeningPage
from tests.gui.conftest import type_text

PAGE_AREA = (1030, 620)  # what the main window leaves a page at 1280×720


@pytest.fixture
def page(qtbot, context, messages_log):
    page = ScreeningPage(context)
    qtbot.addWidget(page)
    page.resize(*PAGE_AREA)
    page.show()
    qtbot.waitExposed(page)
    return page


def _choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def _new(qtbot, page):
    qtbot.keyClick(page.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _pick_party(qtbot, dialog, text: str) -> None:
    type_text(qtbot, dialog.finder.search_edit, text)
    dialog.finder.search_now()
    qtbot.keyClick(dialog.finder.search_edit, Qt.Key.Key_Return)


def test_a_round_with_two_disputes_typed_and_saved_with_ctrl_s(page, qtbot, context):
    zhang = people.create(user=context.user, name="张三", phone="13800138000")
    dialog = _new(qtbot, page)
    assert dialog.nil_label.isVisible()
    _choose(dialog.area_combo, "grid1")
    _choose(dialog.method_combo, "meeting")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add dispute
    assert dialog.model.rowCount() == 1
    qtbot.waitUntil(dialog.description_edit.hasFocus)
    type_text(qtbot, dialog.description_edit, "楼上漏水")
    _choose(dialog.type_combo, "neighbor")
    _choose(dialog.risk_combo, "red")
    _pick_party(qtbot, dialog, "张三")  # an existing person, found
    _pick_party(qtbot, dialog, "王小二")  # nobody of that name: "+ New person"
    assert [dialog.parties_list.item(i).text() for i in range(dialog.parties_list.count())] == ["张三", "王小二"]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.description_edit, "噪音")
    _choose(dialog.outcome_combo, "resolved")
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_Return)  # Enter never saves
    assert ScreeningRound.select().count() == 0
    qtbot.keyClick(dialog.description_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (rnd,) = ScreeningRound.select()
    assert (rnd.area, rnd.method, rnd.held_on) == ("grid1", "meeting", dt.date.today())
    items = screening.items_of(rnd)
    assert [(i.description, i.risk, i.outcome, i.dispute_type) for i in items] == [
        ("楼上漏水", "red", "watched", "neighbor"), ("噪音", "blue", "resolved", "other")]
    assert [p.name for p in screening.parties_of(items[0])] == ["张三", "王小二"]
    assert screening.parties_of(items[0])[0].id == zhang.id
    assert page.model.total == 1 and page.count_label.text() == "1 rounds"


def test_a_nil_report_and_a_bad_row(page, qtbot):
    dialog = _new(qtbot, page)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no area chosen
    assert ScreeningRound.select().count() == 0 and dialog.isVisible()
    _choose(dialog.area_combo, "grid2")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # a row left without a description
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "row 1: this field is required"
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.nil_label.isVisible()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (rnd,) = ScreeningRound.select()
    assert rnd.area == "grid2" and screening.item_count(rnd) == 0
    assert list(screening.round_query(nil=True)) == [rnd]


def test_hand_to_mediation_open_with_enter_and_delete(page, qtbot, context, messages_log):
    a, b = people.create(user=context.user, name="赵一"), people.create(user=context.user, name="钱二")
    screening.record_round(user=context.user, held_on=dt.date.today() - dt.timedelta(days=1), area="grid3",
                           method="visit", items=[screening.ItemInput("宅基地界址", "housing", "yellow",
                                                                      parties=[a, b])])
    page.refresh()
    page.table_view.setFocus()
    page.table_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table_view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.description_edit.text() == "宅基地界址"
    from aidstation.gui.shell import pages

    pages.wire()  # the shell's openers: the new case opens in its own window
    qtbot.mouseClick(dialog.mediation_button, Qt.MouseButton.LeftButton)
    (case,) = MediationCase.select()
    assert dialog.case_window is not None and dialog.case_window.case.id == case.id
    assert dialog.case_window.isVisible()
    dialog.case_window.close()
    item = ScreeningItem.get()
    assert (item.mediation_case_id, item.outcome, case.source) == (case.id, "mediation", "initiative")
    assert not dialog.mediation_button.isEnabled()
    assert case.number in dialog.model.data(dialog.model.index(0, 4))
    dialog.reject()
    page.table_view.setFocus()
    page.table_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table_view, Qt.Key.Key_Delete)
    assert messages_log.kinds() == ["ask_yes_no"]
    assert ScreeningRound.live().count() == 0 and page.model.total == 0


def test_the_round_window_fits_a_laptop(page, qtbot):
    dialog = _new(qtbot, page)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert dialog.save_button.isVisible()


def test_ctrl_p_prints_the_register_of_what_the_list_shows(page, qtbot, context):
    day = dt.date.today().replace(day=1)
    screening.record_round(user=context.user, held_on=day, area="grid1", method="visit",
                           items=[screening.ItemInput("漏水", risk="red"), screening.ItemInput("噪音")])
    screening.record_round(user=context.user, held_on=day, area="grid2", method="phone")
    page.refresh()
    _choose(page.month_combo, f"{day:%Y-%m}")
    _choose(page.result_combo, "red")
    assert page.model.total == 1
    page.table_view.setFocus()
    qtbot.keyClick(page.table_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "register_dialog", None) is not None)
    dialog = page.register_dialog
    assert dialog.kind() == "screening" and dialog.period()[0] == day
    assert dialog.filters_check.isChecked() and "风险等级：红色（高风险）" in dialog.filters_check.text()
    assert dialog.count_label.text().startswith("1 record(s)")  # the red dispute's row only
    dialog.close()


def test_the_items_model_passes_the_model_tester(page, qtbot, context, qtmodeltester):
    rnd = screening.record_round(user=context.user, held_on=dt.date.today(), area="grid1", method="visit",
                                 items=[screening.ItemInput("漏水", risk="red"), screening.ItemInput("噪音")])
    dialog = page._open(rnd)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(page.model)
    dialog.reject()


def test_the_rhythm_dialog_sets_each_areas_own(page, qtbot, context, messages_log):
    """Rhythm… (administrators): the station's days and an area's own; Enter never saves,
    Ctrl+S does; the dashboard's due areas follow."""
    from aidstation.core import settings

    assert page.schedule_button.isVisible() == context.is_admin
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    dialog = page.schedule_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.every_edit.value() == 15 and dialog.area_edits["grid2"].value() == 0
    dialog.every_edit.setFocus()
    dialog.every_edit.selectAll()
    qtbot.keyClicks(dialog.every_edit, "20")
    qtbot.keyClick(dialog.every_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and settings.get("screening.every_days") == "15"  # Enter moved on
    dialog.area_edits["grid2"].setValue(7)
    qtbot.keyClick(dialog.area_edits["grid2"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.error_label.text()
    assert settings.get("screening.every_days") == "20" and screening.own_schedule() == {"grid2": 7}
