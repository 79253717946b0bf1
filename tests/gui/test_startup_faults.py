"""Start-up faults reach the clerk in a dialog or a banner, never a traceback, a silent exit or
an empty new station: a damaged database (empty, or one whose check raises), a damaged index
that only the full integrity check finds, a backup that fails, a folder that cannot be used."""
from __future__ import annotations

import logging
import sys

import pytest

from aidstation.core.log_file import RotatingLog

from tests.fixtures import damage


def _person_count() -> int:
    from aidstation.core.models import Person

    return Person.select().count()


@pytest.fixture
def desk_of(qtbot):
    """Desk(folder) for a test; closes what it opened."""
    from aidstation.core.db import close_station
    from aidstation.gui.shell.app import Desk

    made = []

    def make(folder):
        desk = Desk(folder, "en")
        made.append(desk)
        return desk

    yield make
    for desk in made:
        if desk.backup_task is not None:
            desk.backup_task.wait(30)
        for widget in (desk.window, desk.login_dialog, desk.wizard):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
    close_station()


def _main_window(desk, qtbot, username="admin"):
    from aidstation.core import accounts
    from aidstation.gui.shell.context import AppContext

    desk.context = AppContext(desk.station, accounts.get_user(username), "en")
    desk.show_main_window()
    qtbot.addWidget(desk.window)
    return desk.window


@pytest.mark.parametrize("break_it", ["empty", "schema text"])
def test_a_damaged_database_no_one_can_sign_in_to_offers_the_newest_good_backup(
        tmp_path, qtbot, messages_log, desk_of, break_it):
    folder = tmp_path / "st"
    good = damage.station_with_records(folder)
    db_file = folder / "station.db"
    if break_it == "empty":
        db_file.write_bytes(b"")
    else:
        damage.break_schema_text(db_file)
    desk = desk_of(folder)
    assert desk.start()
    assert desk.wizard is None  # an empty file is a damaged station, not a new one
    assert messages_log.kinds() == ["confirm_dangerous", "info"]
    assert messages_log[0][1] == "The station database is damaged"
    assert messages_log[0][2].startswith("The station database is damaged and no one can sign in: station.db")
    assert good.name[len("station-"):len("station-") + 8] in messages_log[0][2].replace("-", "")
    assert not desk.station.read_only
    assert _person_count() == 60
    assert desk.login_dialog is not None and desk.login_dialog.isVisible()
    qtbot.addWidget(desk.login_dialog)


def test_damaged_and_no_good_backup_says_so_and_gives_up(tmp_path, messages_log, desk_of):
    folder = tmp_path / "st"
    good = damage.station_with_records(folder)
    good.unlink()
    (folder / "station.db").write_bytes(b"")
    desk = desk_of(folder)
    assert desk.start() is False
    assert messages_log.kinds() == ["error"]
    assert "No intact backup was found in" in messages_log[0][2]
    assert (folder / "station.db").read_bytes() == b""


def test_index_damage_found_after_start_shows_a_banner_that_repairs_it(tmp_path, qtbot, messages_log, desk_of):
    from aidstation.core import backup

    folder = tmp_path / "st"
    damage.station_with_records(folder)  # today's backup exists: no daily backup this start
    damage.break_index(folder / "station.db")
    desk = desk_of(folder)
    assert desk.open_station()
    assert not desk.station.read_only
    window = _main_window(desk, qtbot)
    # the full check runs in the background and the banner appears when it finds the damage
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert window.banner_label.text().startswith(
        "The station database is damaged: station.db: row 5 missing from index person_name.")
    assert window.repair_button.isVisible() and window.banner_button.isVisible()
    assert not window.backup_now_button.isVisible()
    window.repair_button.click()
    assert messages_log.kinds() == ["confirm_dangerous", "info"]
    assert messages_log[1][2] == "The database was repaired and passes its integrity check. A backup was made."
    assert not window.banner.isVisible()
    assert backup.check() == []


def test_failed_daily_backup_stays_on_screen_until_a_backup_succeeds(tmp_path, qtbot, messages_log, desk_of):
    folder = tmp_path / "st"
    good = damage.station_with_records(folder)
    good.unlink()  # no backup today: the start makes one
    damage.break_index(folder / "station.db")
    desk = desk_of(folder)
    assert desk.open_station()
    window = _main_window(desk, qtbot)
    # the daily backup runs in the background; its failure reaches the banner when it ends
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
    assert window.banner_label.text().endswith("Backups fail until it is repaired.")
    assert list((folder / "backups").glob("*.db")) == []

    # the same for a clerk, without the administrator's buttons
    from aidstation.core import accounts, records

    accounts.create_user("clerk", "Clerk", "clerk", damage.ADMIN_PASSWORD, user=records.system("test"))
    clerk_window = _main_window(desk, qtbot, "clerk")
    assert clerk_window.banner_label.text().endswith("Ask an administrator to repair it.")
    assert not clerk_window.repair_button.isVisible() and not clerk_window.banner_button.isVisible()


def test_backup_failure_banner_offers_a_new_backup(tmp_path, qtbot, messages_log, desk_of):
    folder = tmp_path / "st"
    damage.station_with_records(folder).unlink()
    desk = desk_of(folder)
    with damage.read_only_folder(folder / "backups"):  # the backups folder cannot be written
        assert desk.open_station()
        window = _main_window(desk, qtbot)
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10000)
        qtbot.waitUntil(lambda: not window.backup_bar.isVisible())
        assert window.banner_label.text().startswith("The last backup failed: the backup could not be written")
        assert window.backup_now_button.isVisible() and not window.repair_button.isVisible()
        window.backup_now_button.click()
        assert messages_log.kinds() == ["error"] and window.banner.isVisible()  # still failing
    window.backup_now_button.click()
    assert messages_log.kinds()[-1] == "info"
    assert not window.banner.isVisible()
    assert len(list((folder / "backups").glob("station-*.db"))) == 1


# --- the folder itself -----------------------------------------------------------------------
@pytest.fixture
def gui_run(tmp_path, monkeypatch, messages_log):
    """run_gui as the frozen build runs it; the per-user log folder is a temporary one."""
    from aidstation.gui.shell import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # Restyling the whole application under the suite's other widgets can crash Qt; the look
    # has nothing to do with these faults.
    monkeypatch.setattr(app, "apply_look", lambda _app: None)
    user_logs = tmp_path / "user-logs"
    monkeypatch.setattr(app, "fallback_log_dir", lambda: user_logs, raising=False)

    def run(folder):
        return app.run_gui(folder)

    run.user_log = user_logs / app.LOG_NAME
    yield run
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingLog):
            root.removeHandler(handler)
            handler.close()


def _one_error(messages_log) -> str:
    assert messages_log.kinds() == ["error"]
    assert messages_log[0][1] == "Cannot open the station"
    return messages_log[0][2]


def test_read_only_station_folder_shows_a_dialog_and_logs_elsewhere(tmp_path, gui_run, messages_log):
    folder = tmp_path / "st"
    damage.station_with_records(folder)
    for item in (folder / "logs").iterdir():
        item.unlink()
    (folder / "logs").rmdir()
    with damage.read_only_folder(folder):
        assert gui_run(folder) == 1
    text = _one_error(messages_log)
    assert f"the station folder {folder} cannot be written (" in text
    assert str(gui_run.user_log) in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "cannot open station" in gui_run.user_log.read_text(encoding="utf-8")
    assert not (folder / "logs").exists()


@pytest.mark.parametrize("name", ["station.lock", "station.db"])
def test_lock_or_database_that_is_a_folder_shows_a_dialog(tmp_path, gui_run, messages_log, name):
    folder = tmp_path / "st"
    damage.station_with_records(folder)
    (folder / name).unlink()
    (folder / name).mkdir()
    assert gui_run(folder) == 1
    text = _one_error(messages_log)
    assert f"{folder / name} is a folder" in text
    assert str(folder / "logs" / "aidstation.log") in text


def test_unreadable_database_shows_a_dialog(tmp_path, gui_run, messages_log, monkeypatch):
    folder = tmp_path / "st"
    damage.station_with_records(folder)
    with damage.unreadable_file(folder / "station.db", monkeypatch):
        assert gui_run(folder) == 1
    assert f"{folder / 'station.db'} cannot be read (Permission denied)" in _one_error(messages_log)


def test_station_folder_that_is_a_file_shows_a_dialog(tmp_path, gui_run, messages_log):
    folder = tmp_path / "st"
    folder.write_text("not a folder")
    assert gui_run(folder) == 1
    assert f"{folder} is a file, not a folder" in _one_error(messages_log)
    assert gui_run.user_log.exists()  # logs/ could not be made in it: the per-user folder
