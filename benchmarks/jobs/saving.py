"""Saving a consultation on the 200k station, and what the desk refreshes after it.

ours: core.consultations.record (validation, the next number, the groups, the audit event, one
transaction) on a copy of the station; direct: the same two rows (consultation and audit
event) inserted with plain sqlite3 and committed. Then the refresh a save causes while the
reception page is shown: its list re-read (the dashboard only schedules a worker, which is
timed in the dashboard job).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

from harness import Result, alternated, timed
from station import ADMIN, copy_of


def jobs(folder: Path, work: Path) -> list[Result]:
    from aidstation.core import consultations
    from aidstation.core.models import User
    from aidstation.core.station import open_station

    repeat = max(int(os.environ.get("BENCH_REPEAT", "5")), 5) * 4
    copy = copy_of(folder, work / "station")
    open_station(copy, create=False)
    user = User.get(User.username == ADMIN[0])
    raw = sqlite3.connect(copy / "station.db")
    moments = iter(dt.datetime(2026, 11, 30, 8, 0) + dt.timedelta(minutes=i) for i in range(10_000))
    seq = iter(range(10_000))

    def ours():
        consultations.record(user=user, received_at=next(moments), channel="visit", matter="wages", anonymous=True,
                             question="咨询工资拖欠问题", disposition="answered", advice="已解答")

    def direct():
        n = next(seq)
        with raw:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            raw.execute("INSERT INTO consultation (created_at, updated_at, number, received_at, channel, matter,"
                        " question, advice, disposition, anonymous, identity_refused, referred_to,"
                        " documents_drafted, minutes) VALUES (?, ?, ?, ?, 'visit', 'wages', '咨询工资拖欠问题',"
                        " '已解答', 'answered', 1, 0, '', 0, 0)",
                        (stamp, stamp, f"X{n:09d}", f"2026-11-29 08:{n % 60:02d}:00"))
            raw.execute("INSERT INTO audit_event (at, username, action, entity, entity_id, fields, detail,"
                        " prev_hash, hash) VALUES (?, 'bench', 'create', 'Consultation', 1, 'question', '', '', '')",
                        (time.strftime("%Y-%m-%d %H:%M:%S"),))

    save, plain = alternated(ours, direct, repeat)
    results = [Result("save a consultation", save, plain, max_seconds=0.02,
                      note="direct: the same two rows by plain sqlite3")]

    from PySide6.QtWidgets import QApplication

    from aidstation.core.db import current_station
    from aidstation.gui.reception.page import ReceptionPage
    from aidstation.gui.shell.context import AppContext

    app = QApplication.instance() or QApplication([])
    page = ReceptionPage(AppContext(current_station(), user, "zh_CN"))
    page.resize(1280, 720)
    page.show()
    app.processEvents()

    def after_save():
        page.model.refresh()
        app.processEvents()

    seconds, _ = timed(after_save, repeat // 4)
    results.append(Result(f"reception list after a save ({page.model.total:,} rows)", seconds,
                          max_seconds=0.1, note="the list re-read and repainted"))
    raw.close()
    return results
