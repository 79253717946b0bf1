"""The card design dialog (issue 11): Enter in a field never saves (nor adds a contact), Ctrl+S
and Save do; closing with edits asks Save / Discard / Cancel; it opens at 980×620 or where the
administrator left it, always inside a 1280×720 screen, with its buttons in sight; every problem
shows at once."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from aidstation.core import cards, settings
from aidstation.core import staff as staff_service
from aidstation.gui.cards.design_dialog import CardDesignDialog
from aidstation.gui.kit import messages
from aidstation.gui.kit.geometry import available_rect
from tests.gui.conftest import type_text


def _dialog(qtbot, context):
    dialog = CardDesignDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()  # shortcuts (Ctrl+S) reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_enter_never_saves_and_ctrl_s_does(qtbot, context, messages_log):
    before = staff_service.list_staff()
    dialog = _dialog(qtbot, context)
    dialog.title_edit.clear()
    type_text(qtbot, dialog.title_edit, "便民卡")
    type_text(qtbot, dialog.new_name_edit, "陈志强")
    for widget in dialog.findChildren(QLineEdit):
        if widget.isVisible() and not widget.isReadOnly():
            qtbot.keyClick(widget, Qt.Key.Key_Return)
    for combo in dialog.findChildren(QComboBox):
        qtbot.keyClick(combo, Qt.Key.Key_Enter)
    qtbot.keyClick(dialog.staff_list, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert settings.get("card.title") == "" and staff_service.list_staff() == before
    qtbot.keyClick(dialog.hotline_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert settings.get("card.title") == "便民卡"
    assert messages.STATUS_LOG[-1] == "Card design saved"


def test_closing_with_edits_asks(qtbot, context, messages_log):
    dialog = _dialog(qtbot, context)
    dialog.close()  # nothing typed: no question
    assert messages_log.kinds() == [] and not dialog.isVisible()

    dialog = _dialog(qtbot, context)
    type_text(qtbot, dialog.hours_edit, "周一至周五")
    messages_log.answers["ask_discard"] = "cancel"
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.hours_edit.text() == "周一至周五"
    messages_log.answers["ask_discard"] = "discard"
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and settings.get("card.office_hours") == ""

    dialog = _dialog(qtbot, context)
    type_text(qtbot, dialog.hours_edit, "周一至周五")
    messages_log.answers["ask_discard"] = "save"
    dialog.close()
    assert not dialog.isVisible() and settings.get("card.office_hours") == "周一至周五"
    assert messages_log.kinds() == ["ask_discard"] * 3


def test_a_refused_save_keeps_the_dialog_open_with_every_problem(qtbot, context, messages_log):
    dialog = _dialog(qtbot, context)
    type_text(qtbot, dialog.hotline_edit, "12")
    dialog.title_edit.setText("一个非常非常非常非常非常非常非常长的联系卡标题文字")
    messages_log.answers["ask_discard"] = "save"
    dialog.close()
    assert dialog.isVisible()
    assert dialog.errors.fields_marked() == ["title", "hotline"]
    assert cards.design().title == cards.DEFAULT_TITLE


def test_it_fits_the_screen_and_remembers_its_size(qtbot, context, messages_log):
    dialog = _dialog(qtbot, context)
    assert (dialog.width(), dialog.height()) == (980, 620)
    area = available_rect(dialog)
    assert area.contains(dialog.frameGeometry())
    for button in dialog.button_box.buttons() + [dialog.add_staff_button]:
        assert not button.visibleRegion().isEmpty(), button.text()
    assert not dialog.save_button.isDefault() and not dialog.save_button.autoDefault()
    dialog.resize(900, 560)
    dialog.close()
    assert QSettings().value("geometry/cards/design") is not None
    again = _dialog(qtbot, context)
    assert (again.width(), again.height()) == (900, 560)
