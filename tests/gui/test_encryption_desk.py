"""The encrypted station at the desk (issue 20): sign in unlocks it, the recovery key at the
login, the wizard encrypts by default and hands over the recovery sheet, Settings turns
encryption on for a plain station, and the status bar says which it is."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from tests.gui.conftest import type_text


@pytest.fixture
def encrypted_folder(tmp_path):
    """A closed encrypted station with the administrator boss / Secret-pass-1; (folder, key)."""
    from aidstation.core import accounts, records, settings
    from aidstation.core.db import close_station
    from aidstation.core.station import create_encrypted

    station, recovery = create_encrypted(tmp_path / "enc")
    settings.set_many({"station.name": "东湖街道法律援助工作站", "station.code": "DH01"},
                      user=records.system("init"))
    accounts.create_user("boss", "Boss", "admin", "Secret-pass-1", user=records.system("init"))
    close_station()
    return station.folder, recovery


def _desk(qtbot, folder):
    from aidstation.gui.shell.app import Desk

    desk = Desk(folder, "en")
    assert desk.start()
    qtbot.addWidget(desk.login_dialog)
    return desk


def test_sign_in_unlocks_the_encrypted_station(qtbot, encrypted_folder, messages_log):
    from aidstation.core import encryption
    from aidstation.core.db import close_station

    folder, _ = encrypted_folder
    desk = _desk(qtbot, folder)
    try:
        login = desk.login_dialog
        assert desk.station is None and login.station is None  # nothing opened before the password
        assert login.station_label.text() == "东湖街道法律援助工作站"  # from the key file
        assert login.recovery_button.isVisible()
        qtbot.keyClicks(login.username_edit, "boss")
        qtbot.keyClicks(login.password_edit, "wrong-password")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        assert login.error_label.text() == "Wrong username or password."
        assert desk.station is None and login.password_edit.text() == ""
        qtbot.keyClicks(login.password_edit, "Secret-pass-1")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
        qtbot.addWidget(desk.window)
        assert desk.station.encrypted
        assert desk.window.encryption_status.text() == "Encrypted"
        assert desk.window.windowTitle() == "AidStation — 东湖街道法律援助工作站"
        from aidstation.core.models import AuditEvent

        assert [e.action for e in AuditEvent.select().order_by(AuditEvent.id)][-2:] == \
            ["login_failed", "login"]
        desk.window.idle.stop()
    finally:
        encryption._failures.clear()
        close_station()


def test_the_recovery_key_sets_a_new_administrator_password(qtbot, encrypted_folder, messages_log):
    from aidstation.core.db import close_station
    from aidstation.gui.shell.recovery_dialog import RecoveryDialog

    folder, recovery = encrypted_folder
    desk = _desk(qtbot, folder)
    try:
        desk.login_dialog.recovery_button.click()
        dialog = desk.recovery_dialog
        assert isinstance(dialog, RecoveryDialog)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.key_edit, "Z" * 30)
        qtbot.keyClicks(dialog.username_edit, "boss")
        qtbot.keyClicks(dialog.password_edit, "Brand-new-pass-1")
        qtbot.keyClicks(dialog.confirm_edit, "Brand-new-pass-1")
        dialog.accept()
        assert dialog.errors.message("recovery_key") == "this is not the station's recovery key"
        dialog.key_edit.clear()
        qtbot.keyClicks(dialog.key_edit, recovery.lower())
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert messages_log.kinds() == ["info"]
        login = desk.login_dialog
        assert login.station is desk.station and desk.station.encrypted
        assert login.username_edit.text() == "boss"
        qtbot.keyClicks(login.password_edit, "Brand-new-pass-1")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
        qtbot.addWidget(desk.window)
        desk.window.idle.stop()
    finally:
        if desk.backup_task is not None:
            desk.backup_task.wait()
        close_station()


def test_the_wizard_encrypts_and_hands_over_the_recovery_sheet(qtbot, tmp_path, messages_log, monkeypatch):
    from aidstation.core import keys
    from aidstation.core.db import close_station
    from aidstation.gui.kit import messages
    from aidstation.gui.settings.recovery_sheet import RecoverySheetDialog
    from aidstation.gui.shell.app import Desk

    sheet = tmp_path / "sheet.pdf"
    monkeypatch.setattr(RecoverySheetDialog, "ask_path", classmethod(lambda cls, parent, s: str(sheet)))
    monkeypatch.setattr(messages, "document_written", lambda parent, path: None)
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
        assert page.encrypt_check.isChecked()  # encrypted unless the administrator says otherwise
        page.username_edit.clear()
        type_text(qtbot, page.username_edit, "wang")
        type_text(qtbot, page.password_edit, "Desk-pass-2026")
        type_text(qtbot, page.confirm_edit, "Desk-pass-2026")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: desk.login_dialog is not None)
        assert keys.is_encrypted(tmp_path / "station") and desk.station.encrypted
        login = desk.login_dialog
        qtbot.addWidget(login)
        qtbot.keyClicks(login.password_edit, "Desk-pass-2026")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
        qtbot.addWidget(desk.window)
        dialog = desk.recovery_dialog
        assert isinstance(dialog, RecoverySheetDialog) and dialog.isVisible()
        assert dialog.key_label.text() == dialog.recovery_key
        close = dialog.button_box.buttons()[0]
        assert not close.isEnabled()
        dialog.reject()  # Esc: the key is not lost before it is kept
        assert dialog.isVisible()
        dialog.save_button.click()
        assert dialog.saved == sheet and sheet.read_bytes().startswith(b"%PDF")
        dialog.kept_check.setChecked(True)
        close.click()
        assert not dialog.isVisible()
        key = keys.unlock_recovery(tmp_path / "station", dialog.recovery_key)
        assert key == desk.station.key
        desk.window.idle.stop()
    finally:
        if desk.backup_task is not None:
            desk.backup_task.wait()
        close_station()


def test_settings_turns_encryption_on_for_a_plain_station(qtbot, station, admin, messages_log, monkeypatch):
    from aidstation.core import backup, encryption
    from aidstation.core.db import current_station
    from aidstation.gui.settings import encryption as panel_module
    from aidstation.gui.settings.page import SettingsPage
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    context = AppContext(station, admin, "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.encryption_status.text() == "Not encrypted"
    assert window.windowTitle() == "AidStation — (unnamed station) (not encrypted)"
    window.idle.stop()
    backup.make_backup()
    page = SettingsPage(context)
    qtbot.addWidget(page)
    panel = page.encryption_panel
    assert panel.status_label.text() == ("Not encrypted: anyone who copies station.db or a backup "
                                         "can read every record.")
    assert not panel.encrypt_button.isHidden() and panel.renew_button.isHidden()
    shown = []

    def fake_exec(dialog):
        if isinstance(dialog, panel_module.EncryptionDialog):
            dialog.password_edit.setText("wrong")
            dialog.accept()
            assert dialog.errors.message("password") == "the password is wrong"
            dialog.password_edit.setText("Secret-pass-1")
            dialog.accept()
            return dialog.result()
        shown.append(dialog.recovery_key)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    panel.turn_on()
    assert current_station().encrypted and context.station.encrypted
    assert len(shown) == 1 and len(shown[0]) == 35
    assert messages_log.kinds() == ["info"]
    assert "are not encrypted" in messages_log.texts()
    panel.refresh()
    assert panel.status_label.text() == ("Encrypted: the station database and its backups cannot "
                                         "be read without a password or the recovery key. 2 backups "
                                         "from before encryption are NOT encrypted.")
    assert not panel.delete_plain_button.isHidden()
    assert panel.delete_plain_button.text() == "Delete the unencrypted backups (2)…"
    panel.delete_plain()
    assert encryption.plain_backups() == [] and panel.delete_plain_button.isHidden()
    assert not panel.renew_button.isHidden()


def test_quitting_the_first_login_still_shows_the_recovery_key(qtbot, tmp_path, messages_log):
    from aidstation.core.db import close_station
    from aidstation.gui.settings.recovery_sheet import RecoverySheetDialog
    from aidstation.gui.shell.app import Desk

    desk = Desk(tmp_path / "station", "en")
    ended = []
    desk.finished.connect(ended.append)
    try:
        assert desk.start()
        wizard = desk.wizard
        qtbot.addWidget(wizard)
        wizard.button(QWizard.WizardButton.NextButton).click()
        type_text(qtbot, wizard.station_page.name_edit, "东湖街道法律援助工作站")
        type_text(qtbot, wizard.station_page.code_edit, "DH01")
        wizard.button(QWizard.WizardButton.NextButton).click()
        page = wizard.admin_page
        type_text(qtbot, page.password_edit, "Desk-pass-2026")
        type_text(qtbot, page.confirm_edit, "Desk-pass-2026")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: desk.login_dialog is not None)
        desk.login_dialog.reject()  # Quit
        sheet = desk.recovery_dialog
        assert isinstance(sheet, RecoverySheetDialog) and sheet.isVisible() and ended == []
        sheet.kept_check.setChecked(True)
        sheet.button_box.buttons()[0].click()
        assert ended == [0]
    finally:
        close_station()
