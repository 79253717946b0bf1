"""The encrypted station (issue 20) beside the same plain one: month totals, the reception list's
first screenful and saving a consultation, on copies of the 200k station.

ours: the encrypted copy (SQLCipher 4, raw 256-bit key, the same pragmas); direct: the plain
copy it was made from. Each workload is timed in rounds, plain then encrypted then plain then
encrypted, each round on a freshly opened station (the one database of the program is global),
and the medians of all rounds compared: target ≤ 1.3×. The encrypted copy is made with
core.backup.export_encrypted, as turning encryption on does, and opened through the key file.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from pathlib import Path

from harness import Result
from station import ADMIN, copy_of

ROUNDS = 4  # plain and encrypted in turn, so a busy moment of the machine falls on both
SCREEN = 30


def _busiest_month(db_path: Path) -> tuple[int, int]:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        month = con.execute("SELECT substr(received_at, 1, 7) AS m FROM consultation WHERE deleted_at IS NULL"
                            " GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    finally:
        con.close()
    return int(month[:4]), int(month[5:7])


def _encrypted_copy(plain: Path, target: Path) -> bytes:
    from aidstation.core import backup, keys

    target.mkdir(parents=True, exist_ok=True)
    key = keys.new_data_key()
    backup.export_encrypted(plain / "station.db", target / "station.db", key)
    keys.create(target, key, keys.new_recovery_key())
    keys.set_user(target, key, ADMIN[0], ADMIN[1])
    return key


def _workloads(year: int, month: int, repeat: int, moments) -> dict[str, list[float]]:
    """Open station: run each workload `repeat` times; seconds per run."""
    from PySide6.QtWidgets import QApplication

    from aidstation.core import consultations
    from aidstation.core.models import User
    from aidstation.core.reporting import indicators
    from aidstation.gui.reception.page import ConsultationTableModel

    app = QApplication.instance() or QApplication([])
    user = User.get(User.username == ADMIN[0])

    def totals():
        indicators.compute_month(year, month)

    def screenful():
        model = ConsultationTableModel("zh")
        return [model.index(r, c).data() for r in range(SCREEN) for c in range(model.columnCount())]

    def save():
        consultations.record(user=user, received_at=next(moments), channel="visit", matter="wages",
                             anonymous=True, question="咨询工资拖欠问题", disposition="answered",
                             advice="已解答")

    out = {}
    for name, fn, n in (("totals", totals, repeat), ("list", screenful, repeat * 2), ("save", save, repeat * 4)):
        fn()  # warm: the first run reads the pages into SQLite's cache
        runs = []
        for _ in range(n):
            start = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - start)
        out[name] = runs
    app.processEvents()
    return out


def jobs(folder: Path, work: Path) -> list[Result]:
    from aidstation.core import encryption
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    plain = copy_of(folder, work / "plain")
    started = time.perf_counter()
    _encrypted_copy(plain, work / "encrypted")
    made = time.perf_counter() - started
    year, month = _busiest_month(plain / "station.db")
    moments = iter(dt.datetime(2026, 11, 30, 8, 0) + dt.timedelta(seconds=i) for i in range(100_000))
    runs: dict[str, dict[str, list[float]]] = {"plain": {}, "encrypted": {}}
    for _ in range(ROUNDS):
        for kind in ("plain", "encrypted"):
            if kind == "plain":
                open_station(plain, create=False)
            else:
                encryption.open_signed_in(work / "encrypted", *ADMIN)
            for name, seconds in _workloads(year, month, repeat, moments).items():
                runs[kind].setdefault(name, []).extend(seconds)
            close_station()
    label = {"totals": f"month totals {year}-{month:02d}", "list": "reception list, first screenful",
             "save": "save a consultation"}
    results = [Result(f"encrypted: {label[name]}", statistics.median(runs["encrypted"][name]),
                      statistics.median(runs["plain"][name]), max_ratio=1.3,
                      note="direct: the same plain station")
               for name in ("totals", "list", "save")]
    size = (work / "encrypted" / "station.db").stat().st_size / 2**20
    results.append(Result(f"encrypted: turning it on ({size:.0f} MiB, sqlcipher_export + checks)", made,
                          note="export, integrity check, row counts"))
    return results
