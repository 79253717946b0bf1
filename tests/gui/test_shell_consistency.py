"""The desk's own dialogs speak with one voice: no two controls of a dialog share an
Alt-mnemonic (名称(N) vs 下一步(N)), the wizard's errors use its labels' words (工作站代码), the
login names the administrator just created, and Qt's own file dialog reads Chinese."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QWizard

from tests.gui.conftest import type_text

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window) -> dict[str, list[str]]:
    """letter -> texts of the visible controls of `window` that take Alt+letter."""
    found: dict[str, list[str]] = {}
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [label.text() for label in window.findChildren(QLabel)
              if label.isVisibleTo(window) and label.buddy() is not None]
    for text in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def clashes(window) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(window).items() if len(v) > 1}


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp):
    from aidstation.gui.kit import i18n

    i18n.install(qapp, request.param)
    return request.param


def test_no_mnemonic_is_taken_twice_in_the_wizard(qtbot, tmp_path, lang):
    from aidstation.gui.shell.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new", lang)
    qtbot.addWidget(wizard)
    wizard.show()
    assert clashes(wizard) == {}
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.STATION
    next_text = wizard.button(QWizard.WizardButton.NextButton).text()
    assert MNEMONIC.search(next_text).group(1).lower() == "n"  # Qt's own 下一步(N) / Next
    assert "n" in mnemonics(wizard) and clashes(wizard) == {}
    wizard.station_page.name_edit.setText("东湖街道法律援助工作站")
    wizard.station_page.code_edit.setText("DH01")
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.ADMIN
    assert clashes(wizard) == {}


def test_no_mnemonic_is_taken_twice_in_the_login(qtbot, station, admin, lang):
    from aidstation.gui.shell.login_dialog import LoginDialog

    dialog = LoginDialog(station, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(dialog) == {}
    assert sorted(mnemonics(dialog)) == ["l", "p", "u"]


def test_no_mnemonic_is_taken_twice_in_the_main_window_frame(qtbot, station, admin, lang):
    """The window's own controls (status bar, banner, lock screen), whatever page is shown."""
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    window = MainWindow(AppContext(station, admin, lang))
    qtbot.addWidget(window)
    window.show()
    own = [w for w in (window.status_bar, window.banner, window.lock_screen)]
    letters = {}
    for part in own:
        for letter, texts in mnemonics(part).items():
            letters.setdefault(letter, []).extend(texts)
    assert {k: v for k, v in letters.items() if len(v) > 1} == {}
    window.idle.stop()


def test_the_station_code_error_uses_the_labels_words(qtbot, qapp, tmp_path):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.first_run_wizard import FirstRunWizard

    i18n.install(qapp, "zh_CN")
    wizard = FirstRunWizard(tmp_path / "new", "zh_CN")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.station_page
    type_text(qtbot, page.name_edit, "东湖街道法律援助工作站")
    type_text(qtbot, page.code_edit, "东湖")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == FirstRunWizard.STATION
    assert page.code_label.text() == "工作站代码(&C)"
    assert page.errors.message("code").startswith("工作站代码")
    assert page.name_label.text() == "工作站名称(&T)"


def test_the_login_names_the_administrator_just_created(qtbot, tmp_path, messages_log):
    from aidstation.core.db import close_station
    from aidstation.gui.shell.app import Desk

    desk = Desk(tmp_path / "station", "en")
    try:
        assert desk.start()
        wizard = desk.wizard
        qtbot.addWidget(wizard)
        wizard.button(QWizard.WizardButton.NextButton).click()
        type_text(qtbot, wizard.station_page.name_edit, "东湖街道法律援助工作站")
        type_text(qtbot, wizard.station_page.code_edit, "DH01")
        wizard.button(QWizard.WizardButton.NextButton).click()
        page = wizard.admin_page
        page.username_edit.clear()
        type_text(qtbot, page.username_edit, "wang")
        type_text(qtbot, page.password_edit, "Desk-pass-2026")
        type_text(qtbot, page.confirm_edit, "Desk-pass-2026")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: desk.login_dialog is not None)
        login = desk.login_dialog
        qtbot.addWidget(login)
        assert login.username_edit.text() == "wang"
        qtbot.waitUntil(lambda: login.password_edit.hasFocus())
    finally:
        close_station()


def test_qt_file_dialog_reads_chinese(qtbot, qapp):
    """The non-native file dialog (Linux) showed “Look in:” and “Files of type:” in English:
    qtbase_zh_CN lacks their Qt 6 wording, so the desk catalogue carries them."""
    from aidstation.gui.kit import i18n

    i18n.install(qapp, "zh_CN")
    dialog = QFileDialog(None, "", "", "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："
    english = [text for text in labels.values() if re.search(r"[A-Za-z]{3}", text.replace("Excel", ""))]
    assert english == []
