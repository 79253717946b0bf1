"""A record saved into a month already sent to the district warns the clerk and flags the month."""
from __future__ import annotations

import datetime as dt

from aidstation.core import consultations
from aidstation.core.db import atomic
from aidstation.core.models import Submission


def _sent(month: str) -> Submission:
    with atomic():
        return Submission.create(month=month, file_name=f"T-{month}.xlsx", sha256="0" * 64, values="{}")


def test_write_into_sent_month_flags_it_and_queues_one_warning(station, admin, sent_warnings):
    sent_warnings.take()
    sub = _sent("2026-03")
    consultations.record(user=admin, received_at=dt.datetime(2026, 4, 2, 9, 0), channel="visit",
                         anonymous=True, matter="wages", question="工资被拖欠", advice="已当场解答",
                         disposition="answered", groups=[])
    assert sent_warnings.take() == []  # April was not sent
    assert not Submission.get_by_id(sub.id).changed_since
    consultations.record(user=admin, received_at=dt.datetime(2026, 3, 31, 23, 59), channel="phone",
                         anonymous=True, matter="wages", question="补登", advice="已当场解答",
                         disposition="answered", groups=[])
    assert Submission.get_by_id(sub.id).changed_since
    warnings = sent_warnings.take()
    assert [zh for _en, zh in warnings] == ["2026-03 月报已报送区司法局；此项修改需要重新导出月报作为更正报表。"]
    assert sent_warnings.take() == []


def test_main_window_shows_the_warning_as_soon_as_the_write_commits(qtbot, station, admin, messages_log):
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    _sent("2026-03")
    context = AppContext(station, admin, "zh_CN")
    window = MainWindow(context)
    qtbot.addWidget(window)
    consultations.record(user=admin, received_at=dt.datetime(2026, 3, 10, 10, 0), channel="visit",
                         anonymous=True, matter="family", question="离婚财产", advice="已当场解答",
                         disposition="answered", groups=[])
    # No page told the window anything: the commit itself announced the sent month.
    assert any("2026-03 月报已报送区司法局" in str(entry) for entry in messages_log)


def test_a_write_committed_in_a_worker_thread_reaches_the_window(qtbot, station, admin, messages_log):
    """The Change is announced in the writer's thread; the window's bridge brings it to the GUI
    thread (a queued signal), where the warning is shown."""
    import threading

    from aidstation.core.db import db
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    _sent("2026-03")
    window = MainWindow(AppContext(station, admin, "en"))
    qtbot.addWidget(window)
    seen_in = []

    def write():
        db.connect(reuse_if_open=True)  # a worker opens its own connection (DESIGN §12)
        try:
            seen_in.append(threading.current_thread().name)
            consultations.record(user=admin, received_at=dt.datetime(2026, 3, 12, 9, 0), channel="phone",
                                 anonymous=True, matter="family", question="抚养费", advice="已当场解答",
                                 disposition="answered", groups=[])
        finally:
            db.close()

    worker = threading.Thread(target=write, name="writer")
    worker.start()
    worker.join()
    assert seen_in == ["writer"]
    qtbot.waitUntil(lambda: any("2026-03 was already sent" in str(e) for e in messages_log), timeout=3000)
