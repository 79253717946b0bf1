"""Start-up: log file, the error dialog for unexpected exceptions, a damaged database opened
read-only with a banner that restores the newest good backup, and no station -> wizard."""
from __future__ import annotations

import logging
import sys

import pytest

from aidstation.core.log_file import RotatingLog


def test_log_file_and_excepthook_dialog(tmp_path, messages_log, monkeypatch):
    from aidstation.gui.shell import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = app.setup_logging(tmp_path)
    assert path == tmp_path / "logs" / "aidstation.log"
    app.install_excepthook(path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in path.read_text(encoding="utf-8")
    assert messages_log.kinds() == ["error"]
    title, text = messages_log[0][1], messages_log[0][2]
    assert title == "Unexpected error"
    assert text.startswith("Something went wrong: boom in a slot")
    assert str(path) in text
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            root.removeHandler(handler)
            handler.close()


def test_no_station_opens_the_wizard(qtbot, tmp_path):
    from aidstation.gui.shell.app import Desk

    desk = Desk(tmp_path / "empty", "en")
    assert desk.start()
    qtbot.addWidget(desk.wizard)
    assert desk.wizard.isVisible() and desk.login_dialog is None
    assert not (tmp_path / "empty" / "station.db").exists()
    desk.wizard.reject()
    assert desk.wizard is None


def test_damaged_database_opens_read_only_and_restores_backup(qtbot, tmp_path, messages_log):
    from aidstation.core import accounts, backup, people, records
    from aidstation.core.db import close_station
    from aidstation.core.models import Person
    from aidstation.core.station import open_station
    from aidstation.gui.shell.app import Desk
    from aidstation.gui.shell.context import AppContext

    folder = tmp_path / "st"
    open_station(folder)
    admin = accounts.create_user("admin", "Admin", "admin", "Secret-pass-1", user=records.system("init"))
    people.create(user=admin, name="韩梅梅", phone="13600001234")
    backup.make_backup()
    for i in range(300):
        people.create(user=admin, name=f"人员{i}", notes="x" * 200)
    close_station()
    db_file = folder / "station.db"
    data = bytearray(db_file.read_bytes())
    pages = len(data) // 4096
    for page in range(pages * 2 // 3, pages - 1, 2):  # person rows, not the user table
        data[page * 4096: page * 4096 + 64] = b"\xff" * 64
    db_file.write_bytes(bytes(data))

    desk = Desk(folder, "en")
    assert desk.open_station()
    assert desk.station.read_only and desk.station.problem
    desk.context = AppContext(desk.station, accounts.get_user("admin"), "en")
    desk.show_main_window()
    window = desk.window
    qtbot.addWidget(window)
    assert window.banner.isVisible()
    assert window.banner_label.text().startswith("The station database is damaged and was opened read-only")
    reception = window.page("reception")  # unreadable pages say why instead of crashing
    assert (reception.objectName() == "page_error"
            and reception.text().startswith("This page cannot be shown: database disk image is malformed")) \
        or not reception.form.save_button.isEnabled()
    window.banner_button.click()
    assert "confirm_dangerous" in messages_log.kinds()
    assert messages_log.kinds()[-1] == "info"
    assert not desk.station.read_only
    assert [p.name for p in Person.select()] == ["韩梅梅"]
    assert desk.login_dialog is not None  # signed out: sign in again on the restored data
    qtbot.addWidget(desk.login_dialog)
    close_station()


@pytest.mark.slow
def test_wizard_explores_a_demo_station(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from aidstation.core.db import close_station
    from aidstation.core.models import Consultation
    from aidstation.gui.shell.app import Desk

    desk = Desk(tmp_path / "demo", "en")
    desk.start()
    wizard = desk.wizard
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.demo_radio.setFocus()
    qtbot.keyClick(wizard.choice_page.demo_radio, Qt.Key.Key_Space)
    assert wizard.choice_page.demo_radio.isChecked()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text() == "&Start"
    try:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert wizard.mode == "demo"
        assert desk.login_dialog is not None
        qtbot.addWidget(desk.login_dialog)
        assert desk.login_dialog.username_edit.placeholderText() == "demo station: user demo, password demo"
        assert Consultation.select().count() > 100
    finally:
        close_station()


def test_failure_while_loading_the_look_is_logged_with_the_error_hook_installed(qapp, tmp_path, monkeypatch):
    """The frozen build has no console: the log and the error dialog come before anything that can fail."""
    import sys

    from aidstation.gui.shell import app as gui_app

    def broken_look(_app):
        raise RuntimeError("style sheet unreadable")

    monkeypatch.setattr(gui_app, "apply_look", broken_look)
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    with pytest.raises(RuntimeError, match="style sheet unreadable"):
        gui_app.run_gui(tmp_path / "station")
    assert sys.excepthook is not sys.__excepthook__
    assert (tmp_path / "station" / "logs" / gui_app.LOG_NAME).exists()


def test_the_error_hook_comes_before_the_log_touches_the_station_folder(qapp, tmp_path, monkeypatch):
    """setup_logging makes the station's logs/ folder: a failure there must already reach the
    error dialog, so the hook is installed first."""
    from aidstation.gui.shell import app as gui_app

    order = []

    def log_setup(folder):
        order.append("log")
        raise OSError("the station folder is on a disconnected drive")

    monkeypatch.setattr(gui_app, "install_excepthook", lambda *args: order.append("hook"))
    monkeypatch.setattr(gui_app, "setup_logging", log_setup)
    with pytest.raises(OSError):
        gui_app.run_gui(tmp_path / "station")
    assert order == ["hook", "log"]


def test_log_falls_back_to_the_per_user_folder(tmp_path, monkeypatch):
    from aidstation.gui.shell import app as gui_app

    station = tmp_path / "station"
    station.mkdir()
    (station / "logs").write_text("a file where the logs folder should be")
    monkeypatch.setattr(gui_app, "fallback_log_dir", lambda: tmp_path / "user-logs")
    try:
        path = gui_app.setup_logging(station)
        assert path == tmp_path / "user-logs" / gui_app.LOG_NAME and gui_app.log_file == path
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "the log cannot be written in" in path.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if isinstance(handler, RotatingLog):
                root.removeHandler(handler)
                handler.close()
