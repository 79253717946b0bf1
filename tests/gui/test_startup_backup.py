"""The first start of a day backs the station up in the background: the login and the main
window do not wait for it, its progress shows in the main window's status bar until it ends,
and quitting while it runs waits for it, so no half backup is ever left."""
from __future__ import annotations

import threading

import pytest

from tests.fixtures import damage


class SlowBackup:
    """core.backup.backup_if_due held at two gates: before it starts, and after reporting
    1 of 4 (when `with_progress`, as core.backup's does once it reports progress)."""

    def __init__(self, with_progress: bool):
        from aidstation.core import backup

        self.real = backup.backup_if_due
        self.started, self.gate, self.half = threading.Event(), threading.Event(), threading.Event()
        self.done = threading.Event()  # the real backup returned
        self.with_progress = with_progress

    def install(self, monkeypatch):
        from aidstation.core import backup

        if self.with_progress:
            def fake(progress=None):
                self.started.set()
                assert self.gate.wait(20)
                progress(1, 4, "copying")
                assert self.half.wait(20)
                return self._real()
        else:
            def fake():
                self.started.set()
                assert self.gate.wait(20)
                assert self.half.wait(20)
                return self._real()
        monkeypatch.setattr(backup, "backup_if_due", fake)

    def _real(self):
        try:
            return self.real()
        finally:
            self.done.set()

    def release(self):
        self.gate.set()
        self.half.set()


@pytest.fixture
def desk(tmp_path, qtbot):
    """A Desk on a station whose backups/ holds none from today; closes what it opened."""
    from aidstation.core.db import close_station
    from aidstation.gui.shell.app import Desk

    folder = tmp_path / "st"
    damage.station_with_records(folder).unlink()  # no backup today: the start makes one
    made = Desk(folder, "en")
    yield made
    if made.backup_task is not None:
        made.backup_task.wait(30)
    for widget in (made.window, made.login_dialog, made.finishing_dialog):
        if widget is not None:
            widget.hide()
            widget.deleteLater()
    close_station()


def _main_window(desk, qtbot):
    from aidstation.core import accounts
    from aidstation.gui.shell.context import AppContext

    desk.context = AppContext(desk.station, accounts.get_user("admin"), "en")
    desk.show_main_window()
    qtbot.addWidget(desk.window)
    return desk.window


def _backups(desk) -> tuple[list[str], list[str]]:
    """(the daily backups in backups/, any file left half written)."""
    folder = desk.folder / "backups"
    return (sorted(p.name for p in folder.glob("station-*.db")),
            sorted(p.name for p in folder.iterdir() if p.name.endswith(".part")))


@pytest.mark.parametrize("with_progress", [True, False])
def test_the_daily_backup_runs_behind_the_window_with_its_progress_in_the_status_bar(
        desk, qtbot, monkeypatch, messages_log, with_progress):
    from aidstation.core import backup

    slow = SlowBackup(with_progress)
    slow.install(monkeypatch)
    try:
        assert desk.start()  # the login dialog opens while the backup runs
        assert desk.login_dialog.isVisible()
        qtbot.addWidget(desk.login_dialog)
        assert slow.started.wait(10) and desk.backup_running()
        assert _backups(desk) == ([], [])
        window = _main_window(desk, qtbot)
        assert window.backup_status.isVisible() and window.backup_bar.isVisible()
        assert window.backup_status.text() == "Backing up…"
        assert not window.month_status.isVisible()  # it takes the month's place meanwhile
        assert window.minimumSizeHint().width() <= 1280  # and the window still fits the screen
        assert window.backup_bar.maximum() == 0  # busy until it says how far it is
        slow.gate.set()
        if with_progress:
            qtbot.waitUntil(lambda: window.backup_bar.maximum() == 4)
            assert window.backup_bar.value() == 1
        slow.half.set()
        qtbot.waitUntil(lambda: not window.backup_bar.isVisible(), timeout=10000)
    finally:
        slow.release()
    assert not window.backup_status.isVisible() and window.month_status.isVisible()
    daily, partial = _backups(desk)
    assert len(daily) == 1 and partial == []
    assert backup.inspect(desk.folder / "backups" / daily[0]) == ""
    assert not window.banner.isVisible()
    assert messages_log.kinds() == []


def test_a_window_opened_after_the_backup_ended_shows_no_progress(desk, qtbot, monkeypatch):
    assert desk.open_station()
    desk.backup_task.wait(20)
    qtbot.waitUntil(lambda: not desk.backup_running())
    window = _main_window(desk, qtbot)
    assert not window.backup_bar.isVisible() and not window.backup_status.isVisible()
    assert len(_backups(desk)[0]) == 1


def test_quitting_during_the_daily_backup_waits_for_it(desk, qtbot, monkeypatch, messages_log):
    from aidstation.core import backup

    slow = SlowBackup(with_progress=True)
    slow.install(monkeypatch)
    ended = []
    desk.finished.connect(ended.append)
    try:
        assert desk.open_station()
        assert slow.started.wait(10)
        window = _main_window(desk, qtbot)
        window.close()  # the clerk quits
        assert not window.isVisible()
        assert ended == []  # not yet: the backup is still being made
        assert desk.finishing_dialog is not None and desk.finishing_dialog.isVisible()
        assert desk.finishing_dialog.labelText() == "Finishing today's backup…"
        assert _backups(desk) == ([], [])
        slow.release()
        qtbot.waitUntil(lambda: ended == [0], timeout=10000)
    finally:
        slow.release()
    assert desk.finishing_dialog is None
    daily, partial = _backups(desk)
    assert len(daily) == 1 and partial == []
    assert backup.inspect(desk.folder / "backups" / daily[0]) == ""
    qtbot.wait(50)
    assert ended == [0]  # once


def test_shutdown_waits_for_a_running_daily_backup(desk, qtbot, monkeypatch):
    """A quit that does not go through the window (the session ends) still never cuts a
    backup short: shutdown waits for it before its own backup and closing the station."""
    from aidstation.core import backup

    slow = SlowBackup(with_progress=False)
    slow.install(monkeypatch)
    real_make = backup.make_backup
    exit_backups = []  # for each backup made in this (the GUI) thread: had the daily one ended?

    def make_backup(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            exit_backups.append(slow.done.is_set())
        return real_make(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", make_backup)
    assert desk.open_station()
    assert slow.started.wait(10)
    timer = threading.Timer(0.3, slow.release)
    timer.start()
    try:
        desk.shutdown()
    finally:
        slow.release()
        timer.cancel()
    assert not desk.backup_running()
    assert exit_backups == [True]  # the backup on exit came after the daily one had ended
    daily, partial = _backups(desk)
    assert daily and partial == []


def test_a_restore_waits_for_the_daily_backup(desk, qtbot, monkeypatch, messages_log):
    slow = SlowBackup(with_progress=False)
    slow.install(monkeypatch)
    try:
        assert desk.open_station()
        assert slow.started.wait(10)
        _main_window(desk, qtbot)
        desk.restore_newest_backup()
        assert messages_log.kinds() == ["info"]
        assert messages_log[0][1] == "Backup in progress"
    finally:
        slow.release()
