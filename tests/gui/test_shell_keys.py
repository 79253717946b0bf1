"""The main window's keys: Ctrl+1…Ctrl+9 open the pages of the navigation, Ctrl+PgDown/PgUp
the next/previous one (wrapping), each asking about unsaved edits like a click; every key is
named in the navigation's tooltips and none is taken twice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6,
          Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9]


@pytest.fixture
def window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.idle.stop()


def test_ctrl_digit_opens_each_page(qtbot, window, messages_log):
    keys = [s.key for s in window.specs]
    assert keys == ["dashboard", "reception", "mediation", "screening", "legalaid", "cards", "publicity",
                    "people", "monthly", "summary", "district", "settings"]
    for row, key in enumerate(DIGITS):
        focus = window.focusWidget() or window
        qtbot.keyClick(focus, key, CTRL)
        assert window.current_key() == keys[row]
        assert window.nav_list.currentRow() == row
        assert window.page_stack.currentWidget() is window.page(keys[row])
    assert messages_log.kinds() == []


def test_ctrl_page_down_and_up_step_through_the_pages_and_wrap(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_key() == "reception"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert window.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert window.current_key() == "dashboard"


def test_the_page_keys_ask_about_unsaved_edits(qtbot, window, messages_log):
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    form = window.current_page().form
    type_text(qtbot, form.question_edit, "工资被拖欠")
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.keyClick(form.question_edit, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(form.question_edit, Qt.Key.Key_1, CTRL)
    assert messages_log.kinds() == ["ask_discard", "ask_discard"]
    assert window.current_key() == "reception" and window.nav_list.currentRow() == 1
    assert form.question_edit.toPlainText() == "工资被拖欠"
    messages_log.answers["ask_discard"] = "discard"
    qtbot.keyClick(form.question_edit, Qt.Key.Key_1, CTRL)
    assert window.current_key() == "dashboard"


def test_navigation_tooltips_name_the_keys(window):
    tips = [window.nav_list.item(r).toolTip() for r in range(window.nav_list.count())]
    assert tips[:2] == ["Dashboard (Ctrl+1)", "Reception (Ctrl+2)"]
    assert tips[8] == "Monthly report (Ctrl+9)"
    assert tips[9:] == ["Work summary", "District merge", "Settings"]


def test_no_key_is_taken_twice(qtbot, window):
    """Every page open at once: each key sequence of the window (actions, shortcuts, button
    shortcuts) belongs to one command only, and the window's own keys to no page."""
    for spec in window.specs:
        window.page(spec.key)
    own = {}
    for action in window.actions():
        for seq in action.shortcuts():
            own.setdefault(seq.toString(), []).append(action)
    assert {k for k, v in own.items() if len(v) > 1} == set()
    assert {"Ctrl+1", "Ctrl+9", "Ctrl+PgDown", "Ctrl+PgUp", "F1", "Ctrl+L"} <= set(own)
    taken_by_pages = set()
    for spec in window.specs:
        page = window.page(spec.key)
        for action in page.findChildren(QAction):
            taken_by_pages.update(s.toString() for s in action.shortcuts())
        for shortcut in page.findChildren(QShortcut):
            taken_by_pages.add(shortcut.key().toString())
        for button in page.findChildren(QAbstractButton):  # shortcuts beyond the &-mnemonic
            keys = button.shortcut()
            if not keys.isEmpty() and keys != QKeySequence.mnemonic(button.text()):
                taken_by_pages.add(keys.toString())
    assert taken_by_pages & set(own) == set()
