"""The desk's own windows (main window, login, first-run wizard) fit the 1280×720 test screen
in both languages with their buttons visible, and come back at the size the clerk left them."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWizard


def _fits(widget) -> bool:
    area = widget.screen().availableGeometry()
    assert area.size().width() == 1280 and area.size().height() <= 720  # the test screen
    return area.contains(widget.frameGeometry())


def _visible_inside(button, window) -> bool:
    top_left = button.mapTo(window, button.rect().topLeft())
    return button.isVisible() and window.rect().contains(QRect(top_left, button.size()))


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp):
    from aidstation.gui.kit import i18n

    i18n.install(qapp, request.param)
    return request.param


def test_main_window_fits(qtbot, station, admin, lang):
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    window = MainWindow(AppContext(station, admin, lang))
    qtbot.addWidget(window)
    window.show()
    assert _fits(window)
    assert window.height() < 720  # ui/main_window.ui used to open it 800 high
    assert _visible_inside(window.sign_out_button, window)
    for spec in window.specs:  # no page pushes it past the screen
        window.show_page(spec.key)
        assert _fits(window), spec.key
    window.idle.stop()


def test_main_window_comes_back_at_the_clerks_size(qtbot, station, admin):
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    first = MainWindow(AppContext(station, admin, "en"))
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 600)
    first.close()
    again = MainWindow(AppContext(station, admin, "en"))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (1000, 600)
    first.idle.stop()
    again.idle.stop()


def test_login_dialog_fits(qtbot, station, admin, lang):
    from aidstation.gui.shell.login_dialog import LoginDialog

    dialog = LoginDialog(station, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _fits(dialog)
    ok = dialog.button_box.buttons()
    assert ok and all(_visible_inside(b, dialog) for b in ok)


def test_first_run_wizard_fits_on_every_page(qtbot, tmp_path, lang):
    from aidstation.gui.shell.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "new", lang)
    qtbot.addWidget(wizard)
    wizard.show()
    for expected in (FirstRunWizard.CHOICE, FirstRunWizard.STATION, FirstRunWizard.ADMIN):
        assert wizard.currentId() == expected
        assert _fits(wizard)
        main = QWizard.WizardButton.FinishButton if expected == FirstRunWizard.ADMIN else QWizard.WizardButton.NextButton
        assert _visible_inside(wizard.button(main), wizard)
        assert _visible_inside(wizard.button(QWizard.WizardButton.CancelButton), wizard)
        if expected == FirstRunWizard.STATION:
            wizard.station_page.name_edit.setText("东湖街道法律援助工作站")
            wizard.station_page.code_edit.setText("DH01")
        if expected != FirstRunWizard.ADMIN:
            wizard.next()
