"""The settings page: an administrator sets the legal-aid threshold and deadline days, a bad
value is marked and nothing saved, a clerk sees them read-only."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from aidstation.core import dates, settings
from tests.gui.conftest import type_text


def _page(qtbot, context):
    from aidstation.gui.settings.page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    return page


def test_admin_sets_threshold_days_and_working_days(qtbot, context, messages_log):

    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    page = _page(qtbot, context)
    assert (page.hardship_threshold_edit.text(), page.supplement_days_edit.value(),
            page.followup_days_edit.value(), page.working_days_check.isChecked()) == ("0", 15, 30, False)
    page.hardship_threshold_edit.clear()
    qtbot.keyClicks(page.hardship_threshold_edit, "1,520.5")
    page.supplement_days_edit.setValue(10)
    page.followup_days_edit.setValue(60)
    qtbot.mouseClick(page.card_holders_exempt_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.working_days_check, Qt.MouseButton.LeftButton)
    assert page.save_profile()
    assert [settings.get(k) for k in ("aid.hardship_threshold", "aid.supplement_days", "aid.followup_days",
                                      "aid.card_holders_exempt", "clocks.working_days")] == [
        "1520.50", "10", "60", "1", "1"]
    # Friday + 1 working day is Monday
    assert dates.add_days(dt.date(2026, 3, 6), 1) == dt.date(2026, 3, 9)


def test_a_bad_threshold_is_marked_and_nothing_saved(qtbot, context, messages_log):
    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    page = _page(qtbot, context)
    page.hardship_threshold_edit.clear()
    qtbot.keyClicks(page.hardship_threshold_edit, "-3")
    page.supplement_days_edit.setValue(10)
    assert not page.save_profile()
    assert page.hardship_threshold_edit.property("invalid") is True
    assert page.hardship_threshold_edit.text() == "-3"
    assert (settings.get("aid.hardship_threshold"), settings.get("aid.supplement_days")) == ("0", "15")


def test_a_clerk_sees_them_but_cannot_change_them(qtbot, station, admin):
    from aidstation.core import accounts
    from aidstation.gui.shell.context import AppContext

    clerk = accounts.create_user("clerk", "Clerk", "clerk", "Clerk-pass-2026", user=admin)
    page = _page(qtbot, AppContext(station, clerk, "en"))
    assert [page.supplement_days_edit.isEnabled(), page.working_days_check.isEnabled(),
            page.hardship_threshold_edit.isReadOnly()] == [False, False, True]


# --- issue 11: the profile form guarded, checked at once, saved by Ctrl+S only ----------------
def _window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.idle.stop()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts and the focus chain work in the active window
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def _profile_inputs(page):
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

    return [w for w in page.profile_body.findChildren(QWidget)
            if isinstance(w, (QLineEdit, QAbstractSpinBox)) and w.objectName().endswith("_edit")]


def test_enter_in_any_profile_field_saves_nothing(qtbot, context, messages_log):
    from aidstation.gui.kit import messages

    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    window = _window(qtbot, context)
    page = window.show_page("settings")
    type_text(qtbot, page.name_edit, "（新）")
    type_text(qtbot, page.district_edit, "朝阳区")
    status_before = list(messages.STATUS_LOG)
    for widget in _profile_inputs(page):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert (settings.get("station.name"), settings.get("station.district")) == ("幸福街道工作站", "")
    assert messages.STATUS_LOG == status_before and page.has_unsaved_changes()
    window.idle.stop()


def test_ctrl_s_saves_the_profile_and_says_so(qtbot, context, messages_log):
    from aidstation.gui.kit import messages

    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    window = _window(qtbot, context)
    page = window.show_page("settings")
    page.district_edit.setFocus()
    qtbot.keyClicks(page.district_edit, "Chaoyang")
    qtbot.keyClick(page.district_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert settings.get("station.district") == "Chaoyang"
    assert messages.STATUS_LOG[-1] == "Station profile saved"
    assert not page.has_unsaved_changes() and messages_log.kinds() == []
    window.idle.stop()


def test_leaving_the_page_with_profile_edits_asks(qtbot, context, messages_log):
    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    window = _window(qtbot, context)
    page = window.show_page("settings")
    page.hotline_edit.clear()
    qtbot.keyClicks(page.hotline_edit, "010-12348")
    type_text(qtbot, page.head_edit, "王主任")
    messages_log.answers["ask_discard"] = "cancel"
    assert window.show_page("dashboard") is None
    assert window.current_key() == "settings" and page.head_edit.text() == "王主任"
    messages_log.answers["ask_discard"] = "discard"
    assert window.show_page("dashboard") is not None
    assert (settings.get("station.hotline"), settings.get("station.head")) == ("12348", "")
    window.show_page("settings")
    assert (page.hotline_edit.text(), page.head_edit.text()) == ("12348", "")
    type_text(qtbot, page.head_edit, "王主任")
    messages_log.answers["ask_discard"] = "save"
    assert window.show_page("dashboard") is not None
    assert (settings.get("station.hotline"), settings.get("station.head")) == ("12348", "王主任")
    assert messages_log.kinds() == ["ask_discard"] * 3
    window.idle.stop()


def test_a_failed_save_keeps_the_clerk_on_the_page(qtbot, context, messages_log):
    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    window = _window(qtbot, context)
    page = window.show_page("settings")
    page.code_edit.clear()
    type_text(qtbot, page.code_edit, "幸福")
    messages_log.answers["ask_discard"] = "save"
    assert window.show_page("dashboard") is None
    assert window.current_key() == "settings" and page.profile_errors.fields_marked() == ["code"]
    assert settings.get("station.code") == "XF01"
    window.idle.stop()


def test_every_problem_of_the_profile_at_once_in_the_words_of_its_labels(qtbot, qapp, station, admin,
                                                                         messages_log):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.context import AppContext

    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=admin)
    i18n.install(qapp, "zh_CN")
    page = _page(qtbot, AppContext(station, admin, "zh_CN"))
    page.name_edit.clear()
    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, "X F")
    page.hardship_threshold_edit.clear()
    qtbot.keyClicks(page.hardship_threshold_edit, "-3")
    assert not page.save_profile()
    assert page.profile_errors.fields_marked() == ["name", "code", "hardship_threshold"]
    assert page.profile_errors.message("code") == "工作站代码为1-20个英文字母、数字、“-”或“_”"
    assert page.code_label.text() == "工作站代码"
    assert (settings.get("station.name"), settings.get("station.code")) == ("幸福街道工作站", "XF01")


def test_the_long_profile_scrolls_under_a_save_bar_that_stays_visible(qtbot, context, messages_log):
    from PySide6.QtWidgets import QScrollArea

    window = _window(qtbot, context)
    page = window.show_page("settings")
    assert window.screen().availableGeometry().contains(window.frameGeometry())
    page.name_edit.clear()
    page.code_edit.clear()
    assert not page.save_profile()  # two error rows make the form longer still
    qtbot.wait(20)
    assert isinstance(page.profile_scroll, QScrollArea) and page.profile_scroll.widgetResizable()
    assert not page.save_profile_button.visibleRegion().isEmpty()
    assert not page.profile_scroll.isAncestorOf(page.save_profile_button)
    window.idle.stop()


def test_tab_walks_the_profile_in_visual_order(qtbot, context, messages_log):
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot, context)
    page = window.show_page("settings")
    page.name_edit.setFocus()
    seen = [QApplication.focusWidget().objectName()]
    for _ in range(17):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        # a spin box's focus is its inner line edit
        seen.append(widget.parentWidget().objectName() if widget.objectName() == "qt_spinbox_lineedit"
                    else widget.objectName())
    assert seen == ["name_edit", "code_edit", "district_edit", "address_edit", "hotline_edit", "phone_edit",
                    "head_edit", "committee_edit", "aid_centre_edit", "mediation_prefix_edit", "aid_prefix_edit",
                    "idle_minutes_edit", "hardship_threshold_edit", "supplement_days_edit", "followup_days_edit",
                    "card_holders_exempt_check", "working_days_check", "save_profile_button"]
    window.idle.stop()


def test_a_clerk_has_nothing_unsaved(qtbot, station, clerk):
    from aidstation.gui.shell.context import AppContext

    page = _page(qtbot, AppContext(station, clerk, "en"))
    page.name_edit.setReadOnly(False)  # even if a field were typed into, a clerk saves nothing
    qtbot.keyClicks(page.name_edit, "x")
    assert not page.has_unsaved_changes() and not page.save_profile()
