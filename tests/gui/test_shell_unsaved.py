"""Nothing typed is lost by leaving it: switching page, quitting and signing out ask Save /
Discard / Cancel about the page and every open record window; the idle lock hides the windows
and gives them back, edits and all."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from tests.gui.conftest import type_text


class RecordWindow(QDialog):
    """A record window as the areas build them: saving creates a person named as typed."""

    def __init__(self, user):
        super().__init__()
        self.user = user
        self.name_edit = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.name_edit)
        self.saved_name = ""

    def has_unsaved_changes(self) -> bool:
        return self.name_edit.text() != self.saved_name

    def save_changes(self) -> bool:
        from aidstation.core import people

        people.create(user=self.user, name=self.name_edit.text())
        self.saved_name = self.name_edit.text()
        return True


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


@pytest.fixture
def record_window(qtbot, context):
    dialog = RecordWindow(context.user)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(window, key: str) -> int:
    return [s.key for s in window.specs].index(key)


def _click_nav(qtbot, window, key: str) -> None:
    nav = window.nav_list
    rect = nav.visualItemRect(nav.item(_row(window, key)))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _edit_reception(qtbot, window) -> object:
    page = window.show_page("reception")
    type_text(qtbot, page.form.question_edit, "邻居装修噪音扰民")
    assert page.has_unsaved_changes()
    return page


def test_leaving_a_page_with_edits_asks_and_cancel_stays(qtbot, window, messages_log):
    from aidstation.core.models import Consultation

    page = _edit_reception(qtbot, window)
    messages_log.answers["ask_discard"] = "cancel"
    _click_nav(qtbot, window, "mediation")
    assert messages_log.kinds() == ["ask_discard"]
    qtbot.wait(10)  # the highlight is put back once the mouse press is over
    assert window.current_key() == "reception" and window.page_stack.currentWidget() is page
    assert window.nav_list.currentRow() == _row(window, "reception")
    assert window.nav_list.selectedItems() == [window.nav_list.item(_row(window, "reception"))]
    assert page.form.question_edit.toPlainText() == "邻居装修噪音扰民"

    messages_log.answers["ask_discard"] = "discard"
    _click_nav(qtbot, window, "mediation")
    assert window.current_key() == "mediation"
    assert window.page_stack.currentWidget() is window.page("mediation")
    assert page.form.question_edit.toPlainText() == ""
    assert Consultation.select().count() == 0


def test_a_failed_save_keeps_the_page(qtbot, window, messages_log):
    from aidstation.core.models import Consultation

    page = _edit_reception(qtbot, window)
    messages_log.answers["ask_discard"] = "save"
    page.form.question_edit.setFocus()
    qtbot.keyClick(page.form.question_edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert messages_log.kinds() == ["ask_discard"]
    # the form is incomplete (no channel, matter or caller): the save is refused, nothing lost
    assert Consultation.select().count() == 0
    assert window.current_key() == "reception"
    assert page.form.question_edit.toPlainText() == "邻居装修噪音扰民"


def test_a_page_without_edits_is_left_without_asking(qtbot, window, messages_log):
    _click_nav(qtbot, window, "people")
    assert window.current_key() == "people" and messages_log.kinds() == []


def test_quitting_asks_the_open_record_window(qtbot, window, record_window, messages_log):
    from aidstation.core.models import Person

    type_text(qtbot, record_window.name_edit, "韩梅梅")
    closed = []
    window.closed.connect(lambda: closed.append(True))
    messages_log.answers["ask_discard"] = "cancel"
    window.close()
    assert messages_log.kinds() == ["ask_discard"]
    assert window.isVisible() and record_window.isVisible() and not closed
    messages_log.answers["ask_discard"] = "save"
    window.close()
    assert closed and not window.isVisible()
    assert [p.name for p in Person.select()] == ["韩梅梅"]


def test_quitting_asks_the_pages_then_the_record_windows(qtbot, window, record_window, messages_log):
    from aidstation.core.models import Consultation, Person

    _edit_reception(qtbot, window)
    window.show_page("dashboard")  # asks (discard is the fixture's answer): the page is clean again
    assert messages_log.kinds() == ["ask_discard"]
    page = _edit_reception(qtbot, window)
    type_text(qtbot, record_window.name_edit, "李雷")
    messages_log.answers["ask_discard"] = "discard"
    window.close()
    assert messages_log.kinds() == ["ask_discard"] * 3
    assert not window.isVisible()
    assert page.form.question_edit.toPlainText() == ""
    assert Consultation.select().count() == 0 and Person.select().count() == 0


def test_signing_out_asks_the_record_window_and_closes_it(qtbot, window, record_window, messages_log):
    from aidstation.core.models import Person

    type_text(qtbot, record_window.name_edit, "李雷")
    signed_out = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert not signed_out and record_window.isVisible()
    messages_log.answers["ask_discard"] = "save"
    qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
    assert signed_out
    assert not record_window.isVisible()  # the next clerk does not find it open
    assert [p.name for p in Person.select()] == ["李雷"]


def test_the_idle_lock_keeps_the_edits_of_a_record_window(qtbot, window, record_window, messages_log):
    page = _edit_reception(qtbot, window)
    type_text(qtbot, record_window.name_edit, "韩梅梅")
    window.idle.idle.emit()  # what the idle timer does after the set minutes
    assert window.locked and not record_window.isVisible()
    assert window.root_stack.currentWidget() is window.lock_screen
    assert messages_log.kinds() == []  # locking asks nothing and loses nothing
    qtbot.keyClicks(window.lock_password_edit, "wrong-password")
    qtbot.keyClick(window.lock_password_edit, Qt.Key.Key_Return)
    assert window.locked and not record_window.isVisible()
    qtbot.keyClicks(window.lock_password_edit, "Secret-pass-1")
    qtbot.keyClick(window.lock_password_edit, Qt.Key.Key_Return)
    assert not window.locked and record_window.isVisible()
    assert record_window.name_edit.text() == "韩梅梅" and record_window.has_unsaved_changes()
    assert page.form.question_edit.toPlainText() == "邻居装修噪音扰民"


def test_ctrl_l_locks_and_the_page_keys_do_nothing_while_locked(qtbot, window, messages_log):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    qtbot.keyClick(window.lock_password_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    assert window.root_stack.currentWidget() is window.lock_screen
