"""The Settings dialogs and lists (issue 11): Enter in a field never presses OK, closing with typed
edits asks, every problem shows at once, each save says so, no mnemonic clash in either
language, and the lists are model/views with sized columns; the audit's optional dates are typed."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView

from aidstation.core import accounts, codes
from aidstation.core.models import Code, User
from tests.gui.conftest import type_text


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts and the focus chain work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _user_dialog(qtbot, context, user=None):
    from aidstation.gui.settings import UserDialog

    return _show(qtbot, UserDialog(context, None, user))


def _code_dialog(qtbot, context, kind="referral", row=None):
    from aidstation.gui.settings import CodeDialog

    return _show(qtbot, CodeDialog(context, kind, None, row))


def _enter_everywhere(qtbot, widgets):
    for widget in widgets:
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Enter)


def test_enter_in_the_user_dialog_adds_nobody_and_ctrl_s_does(qtbot, context, messages_log):
    from aidstation.gui.kit import messages

    dialog = _user_dialog(qtbot, context)
    qtbot.keyClicks(dialog.username_edit, "zhao")
    type_text(qtbot, dialog.display_edit, "赵敏")
    qtbot.keyClicks(dialog.password_edit, "Longer-pass-9")
    qtbot.keyClicks(dialog.confirm_edit, "Longer-pass-9")
    _enter_everywhere(qtbot, [dialog.username_edit, dialog.display_edit, dialog.role_combo,
                              dialog.password_edit, dialog.confirm_edit])
    assert dialog.isVisible() and not User.select().where(User.username == "zhao").exists()
    ok = dialog.button_box.button(dialog.button_box.StandardButton.Ok)
    assert not ok.isDefault() and "Ctrl+S" in ok.toolTip()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert User.get(User.username == "zhao").display_name == "赵敏"
    assert not dialog.isVisible() and messages.STATUS_LOG[-1] == "User zhao added"


def test_enter_moves_to_the_next_field(qtbot, context):
    dialog = _user_dialog(qtbot, context)
    dialog.username_edit.setFocus()
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.display_edit


def test_every_problem_of_a_new_user_at_once(qtbot, context, messages_log):
    dialog = _user_dialog(qtbot, context)
    qtbot.keyClicks(dialog.password_edit, "1234")
    qtbot.keyClicks(dialog.confirm_edit, "12345")
    qtbot.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.errors.fields_marked() == ["username", "password", "confirm"]
    assert [dialog.errors.message(f) for f in ("username", "password", "confirm")] == [
        "a username is required", "a password needs at least 8 characters", "the two passwords differ"]
    assert dialog.isVisible() and User.select().count() == 1


def test_closing_the_user_dialog_with_typed_edits_asks(qtbot, context, messages_log):
    dialog = _user_dialog(qtbot, context)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible() and messages_log.kinds() == []
    dialog = _user_dialog(qtbot, context)
    qtbot.keyClicks(dialog.username_edit, "qian")
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.username_edit.text() == "qian"
    qtbot.keyClicks(dialog.password_edit, "Qian-pass-2026")
    qtbot.keyClicks(dialog.confirm_edit, "Qian-pass-2026")
    messages_log.answers["ask_discard"] = "save"
    dialog.close()
    assert not dialog.isVisible() and dialog.saved
    assert User.get(User.username == "qian").role == "clerk"
    assert messages_log.kinds() == ["ask_discard", "ask_discard"]


def test_editing_a_user_saves_and_says_so(qtbot, context, clerk, messages_log):
    from aidstation.gui.kit import messages

    dialog = _user_dialog(qtbot, context, clerk)
    dialog.display_edit.clear()
    type_text(qtbot, dialog.display_edit, "钱工")
    qtbot.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert User.get_by_id(clerk.id).display_name == "钱工" and messages.STATUS_LOG[-1] == "User clerk saved"


def test_enter_in_the_code_dialog_adds_nothing_and_problems_show_together(qtbot, context, messages_log):
    from aidstation.gui.kit import messages

    dialog = _code_dialog(qtbot, context)
    _enter_everywhere(qtbot, [dialog.code_edit, dialog.zh_edit, dialog.en_edit])
    assert dialog.isVisible() and not Code.select().where(Code.code == "legal_clinic").exists()
    dialog.activateWindow()
    qtbot.keyClick(dialog.en_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.errors.fields_marked() == ["code", "label_zh", "label_en"]
    qtbot.keyClicks(dialog.code_edit, "legal_clinic")
    type_text(qtbot, dialog.zh_edit, "法律诊所")
    qtbot.keyClicks(dialog.en_edit, "Legal clinic")
    qtbot.mouseClick(dialog.button_box.button(dialog.button_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert codes.label("referral", "legal_clinic", "zh") == "法律诊所"
    assert messages.STATUS_LOG[-1] == "Code legal_clinic added"


def test_enter_in_the_password_dialog_changes_nothing(qtbot, context, messages_log):
    from aidstation.gui.kit import messages
    from aidstation.gui.settings import PasswordDialog

    dialog = _show(qtbot, PasswordDialog(context))
    qtbot.keyClicks(dialog.old_edit, "Secret-pass-1")
    qtbot.keyClicks(dialog.new_edit, "New-pass-2026")
    qtbot.keyClicks(dialog.confirm_edit, "New-pass-2026")
    _enter_everywhere(qtbot, [dialog.old_edit, dialog.new_edit, dialog.confirm_edit])
    assert dialog.isVisible() and accounts.check_password(User.get_by_id(context.user.id), "Secret-pass-1")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert accounts.check_password(User.get_by_id(context.user.id), "New-pass-2026")
    assert messages.STATUS_LOG[-1] == "Your password was changed"


def _mnemonics(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisibleTo(dialog)]
    return [m.group(1).casefold() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_mnemonic_clash_within_a_settings_dialog(qtbot, qapp, station, admin, clerk, lang):
    from aidstation.gui.kit import i18n
    from aidstation.gui.settings import CodeDialog, PasswordDialog, UserDialog
    from aidstation.gui.settings.ledger_import import LedgerImportDialog
    from aidstation.gui.shell.context import AppContext

    i18n.install(qapp, lang)
    context = AppContext(station, admin, lang)
    visit = Code.get((Code.kind == "channel") & (Code.code == "visit"))
    for dialog in (UserDialog(context), UserDialog(context, None, clerk), CodeDialog(context, "channel"),
                   CodeDialog(context, "channel", None, visit), PasswordDialog(context),
                   PasswordDialog(context, None, reset_for=clerk), LedgerImportDialog(context)):
        qtbot.addWidget(dialog)
        dialog.show()
        keys = _mnemonics(dialog)
        assert keys and len(keys) == len(set(keys)), (type(dialog).__name__, keys)
        dialog.hide()


def test_the_dialogs_fit_the_small_screen_with_their_buttons_visible(qtbot, context, clerk):
    from aidstation.gui.settings import CodeDialog, PasswordDialog, UserDialog
    from aidstation.gui.settings.ledger_import import LedgerImportDialog

    for dialog in (UserDialog(context), CodeDialog(context, "channel"), PasswordDialog(context, None, clerk),
                   LedgerImportDialog(context)):
        _show(qtbot, dialog)
        assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisibleTo(dialog):
                assert not button.visibleRegion().isEmpty(), button.text()
        dialog.hide()


# --- the lists -------------------------------------------------------------------------------
def _page(qtbot, context):
    from aidstation.gui.settings.page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_every_settings_list_is_a_model_view_with_sized_columns(qtbot, context, clerk):
    page = _page(qtbot, context)
    for name in ("users_view", "codes_view", "backups_view", "audit_view", "deleted_view"):
        view = getattr(page, name)
        assert isinstance(view, QTableView) and view.column_layout is not None, name
    users = page.users_model
    assert [users.index(r, 0).data() for r in range(users.rowCount())] == ["admin", "clerk"]
    assert [users.index(1, c).data() for c in range(4)] == ["clerk", "Clerk", "Clerk", "yes"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("channel"))
    assert page.codes_model.index(0, 0).data() == "visit"


def test_selecting_a_user_and_deactivating_says_so(qtbot, context, clerk, messages_log):
    from aidstation.gui.kit import messages

    page = _page(qtbot, context)
    page.users_view.selectRow(1)
    qtbot.mouseClick(page.toggle_user_button, Qt.MouseButton.LeftButton)
    assert not User.get_by_id(clerk.id).active
    assert messages.STATUS_LOG[-1] == "User clerk deactivated"
    assert page.users_model.index(1, 3).data() == "no"


def test_audit_dates_are_typed_and_a_wrong_one_is_named(qtbot, context):
    accounts.create_user("zhou", "周", "clerk", "Zhou-pass-2026", user=context.user)  # an event today
    today = dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    page = _page(qtbot, context)
    page.tabs.setCurrentWidget(page.audit_tab)
    total = page.audit_model.total
    assert total >= 1
    qtbot.keyClicks(page.audit_from_edit.line_edit, tomorrow.strftime("%Y%m%d"))
    assert page.audit_from_edit.date_value() == tomorrow
    assert page.audit_model.filters["date_from"] == tomorrow and page.audit_model.total == 0
    page.audit_from_edit.line_edit.selectAll()
    qtbot.keyClick(page.audit_from_edit.line_edit, Qt.Key.Key_Delete)
    assert page.audit_from_edit.date_value() is None and page.audit_model.total == total
    page.audit_to_edit.line_edit.setFocus()
    qtbot.keyClicks(page.audit_to_edit.line_edit, "2026-13-45")
    qtbot.keyClick(page.audit_to_edit.line_edit, Qt.Key.Key_Tab)
    assert page.audit_errors.fields_marked() == ["date_to"]
    assert page.audit_errors.message("date_to") == "“2026-13-45” is not a date: type it as 2026-12-15."
    page.audit_to_edit.line_edit.clear()
    qtbot.keyClicks(page.audit_to_edit.line_edit, today.strftime("%Y.%m.%d"))
    assert page.audit_errors.fields_marked() == [] and page.audit_model.total == total


def _walk(qtbot, start, steps: int) -> list[str]:
    start.setFocus()
    seen = [QApplication.focusWidget().objectName()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    return seen


def test_tab_follows_the_visual_order_of_the_dialogs(qtbot, context, messages_log):
    from aidstation.gui.settings.ledger_import import LedgerImportDialog

    dialog = _user_dialog(qtbot, context)
    assert _walk(qtbot, dialog.username_edit, 4) == [
        "username_edit", "display_edit", "role_combo", "password_edit", "confirm_edit"]
    dialog.hide()
    ledger = _show(qtbot, LedgerImportDialog(context))
    ledger.file_edit.setText("/tmp/x.xlsx")
    ledger.kind_combo.setCurrentIndex(ledger.kind_combo.findData("people"))  # check enabled
    qtbot.waitUntil(lambda: not ledger.busy())
    # the report's tabs (here only "Earlier imports") sit between the file row and the buttons
    assert _walk(qtbot, ledger.kind_combo, 7) == [
        "kind_combo", "template_button", "file_edit", "choose_button", "qt_tabwidget_tabbar",
        "batches_view", "check_button", "close_button"]
