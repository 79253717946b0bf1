"""Backups, the health check and opening, on a private copy of the 200k station (all three write:
backups/, the clean-close marker), each beside the direct way with plain sqlite3.

- backup: core.backup.make_backup() as `aidstation backup` runs it (stepped copy in one read
  transaction, quick_check + page and row counts of the copy, fsync, anchor, rotation) vs the
  backup API in one call plus one quick_check of the copy;
- daily backup: backup_if_due's full verification vs the backup API plus integrity_check;
- check: core.backup.check() vs the same checks by plain sqlite3 (integrity_check,
  foreign_key_check, the triggers, hashing every audit row as core/audit.py's _digest does, one
  pass over the chain for the anchors beside the backups); the audit chain alone vs the hashing;
- open: open_station to ready vs sqlite3.connect plus the station's pragmas (a later start of
  the day), and with quick_check on both (the day's first start, or after an unclean close).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import statistics
import time
from pathlib import Path

from harness import Result, alternated
from station import copy_of


def _chain_ok(con: sqlite3.Connection) -> bool:
    """The audit chain hashed by plain sqlite3, as core/audit.py's _digest does."""
    prev = ""
    for at, user, action, entity, entity_id, fields, detail, prev_hash, digest in con.execute(
            "SELECT at, username, action, entity, entity_id, fields, detail, prev_hash, hash "
            "FROM audit_event ORDER BY id"):
        text = "\x1f".join([prev, at, user, action, entity, "" if entity_id is None else str(entity_id),
                            fields, detail])
        if prev_hash != prev or hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            return False
        prev = digest
    return True


def _open_times(folder: Path, db_path: Path, repeat: int, *, first_of_day: bool) -> tuple[float, float]:
    """Median seconds of open_station (closed again untimed) and of the direct connect, in turn."""
    from aidstation.core.db import CLEAN_NAME, PRAGMAS, close_station
    from aidstation.core.station import open_station

    ours, direct = [], []
    for _ in range(repeat):
        if first_of_day:
            (folder / CLEAN_NAME).unlink(missing_ok=True)
        start = time.perf_counter()
        open_station(folder, create=False)
        ours.append(time.perf_counter() - start)
        close_station()
        start = time.perf_counter()
        con = sqlite3.connect(db_path)
        for name, value in PRAGMAS.items():
            con.execute(f"PRAGMA {name} = {value}")
        if first_of_day:
            con.execute("PRAGMA quick_check").fetchall()
        direct.append(time.perf_counter() - start)
        con.close()
    return statistics.median(ours), statistics.median(direct)


def jobs(folder: Path, work: Path) -> list[Result]:
    from aidstation.core import audit, backup
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    st = copy_of(folder, work / "station")
    db_path = st / "station.db"
    open_station(st, create=False)
    raw = sqlite3.connect(db_path)
    events = raw.execute("SELECT COUNT(*) FROM audit_event").fetchone()[0]
    mb = db_path.stat().st_size / 1e6
    results = []

    def direct_copy(check: str):
        def run():
            target = work / "direct.db"
            target.unlink(missing_ok=True)
            dest = sqlite3.connect(target)
            raw.backup(dest)
            dest.close()
            ro = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            assert ro.execute(f"PRAGMA {check}").fetchall() == [("ok",)]
            ro.close()
        return run

    ours, direct = alternated(backup.make_backup, direct_copy("quick_check"), repeat)
    results.append(Result(f"backup ({mb:.0f} MB)", ours, direct, max_ratio=2.0,
                          note="direct: backup API + quick_check of the copy"))

    def daily():
        for item in backup.list_backups():
            if item.taken_at.date() == dt.date.today():
                item.path.unlink()  # so that one is due
        assert backup.backup_if_due() is not None

    ours, direct = alternated(daily, direct_copy("integrity_check"), max(1, repeat // 2))
    results.append(Result("daily backup, fully verified", ours, direct,
                          note="direct: backup API + integrity_check; on a worker thread; no target"))

    anchors = sorted((st / "backups").glob("*" + audit.ANCHOR_SUFFIX))

    def direct_check():
        problems = [r for r in raw.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += raw.execute("PRAGMA foreign_key_check").fetchall()
        raw.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_event'").fetchall()
        assert _chain_ok(raw) and not problems
        wanted = {json.loads(p.read_text())["audit_events"] for p in anchors}
        for n, (digest, action, entity, at) in enumerate(raw.execute(
                "SELECT hash, action, entity, at FROM audit_event ORDER BY id"), start=1):
            if n in wanted:
                wanted.discard(n)

    ours, direct = alternated(lambda: backup.check() == [] or 1 / 0, direct_check, repeat)
    results.append(Result(f"check ({events:,} audit events, {len(anchors)} anchors)", ours, direct,
                          max_ratio=1.5, note="direct: the same checks by plain sqlite3"))
    ours, direct = alternated(lambda: audit.verify_chain() is None or 1 / 0, lambda: _chain_ok(raw), repeat)
    results.append(Result(f"audit chain verify ({events:,} events)", ours, direct, max_ratio=1.5,
                          note="direct: hashing the rows with plain sqlite3"))
    raw.close()
    close_station()

    ours, direct = _open_times(st, db_path, repeat, first_of_day=False)
    results.append(Result("open, a later start of the day", ours, direct,
                          note="direct: sqlite3.connect + the pragmas; no target"))
    ours, direct = _open_times(st, db_path, repeat, first_of_day=True)
    results.append(Result("open, first start of the day (quick_check)", ours, direct,
                          note="direct: connect + pragmas + quick_check; no target"))
    return results
