"""Benchmark of the dashboard's due list, clocks.due_items: records, SQL statements, time.

    .venv/bin/python benchmarks/due_items.py [--dir DIR] [--mix 3000] [--repeat 5]

DIR holds the station benchmarks/search.py builds and keeps (DIR/station: 200,000
consultations, 100,000 people, 6,000 cases, 3,000 applications); it is built first when missing.
It times a copy in a temporary folder: that station's 3,000 bulk-inserted grants have no
decision date (which the service never leaves, and the clocks cannot count from), so the copy
dates them on receipt; and as it has few other deadlines, --mix N adds N more records of each
due kind: open cases, written agreements (follow-up, judicial window, performance),
applications at every stage, closed ones with and without a return visit, and consultations
owing a reply (the default 3,000 gives about 25,700 due rows, the size issue 13 measured).
--mix 0 adds none.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def add_due_records(n: int, as_of: dt.date) -> None:
    """n records of each due kind, by bulk insert (every row of a batch has the same columns)."""
    from aidstation.core.db import atomic
    from aidstation.core.models import (
        AidApplication,
        Consultation,
        FollowUp,
        MediationCase,
        Person,
    )

    def insert(model, rows):
        for i in range(0, len(rows), 2000):
            model.insert_many(rows[i:i + 2000]).execute()

    people = Person.select().count()
    seq0 = MediationCase.select(MediationCase.seq).order_by(MediationCase.seq.desc()).scalar() or 0
    case0 = MediationCase.select().count()
    app0 = AidApplication.select().count()
    with atomic():
        cases, apps, visits, replies = [], [], [], []
        for i in range(2 * n):
            d = as_of - dt.timedelta(days=i % 60)
            agreed = i % 2 == 1  # half open cases, half written agreements
            cases.append({"number": f"（2026）人调字第{seq0 + i + 1}号", "year": 2026, "seq": seq0 + i + 1,
                          "received_on": d - dt.timedelta(days=40 if agreed else 25), "title": "邻里纠纷",
                          "status": "succeeded" if agreed else "in_progress",
                          "agreement_form": "written" if agreed else "",
                          "agreement_on": d - dt.timedelta(days=26) if agreed else None,
                          "performance_deadline": d if agreed else None,
                          "performance_status": "partly" if agreed else ""})
            if agreed and i % 4 == 1:
                visits.append({"mediation_case": case0 + i + 1, "aid_application": None, "visited_on": d})
        stages = [{"decision": "pending"},
                  {"decision": "pending", "forwarded_on": -1},
                  {"decision": "granted", "forwarded_on": -4, "decision_on": -1},
                  {"decision": "granted", "forwarded_on": -30, "decision_on": -28, "assigned_on": -27,
                   "closed_on": -24}]
        for i in range(4 * n):
            d = as_of - dt.timedelta(days=i % 60)
            stage = stages[i % 4]
            row = {"number": f"（2026）援申字第B{i + 1}号", "applicant": i % people + 1,
                   "received_on": d - dt.timedelta(days=31), "decision": stage["decision"],
                   "urgent_deadline": as_of + dt.timedelta(days=i % 5) if i % 8 == 0 else None}
            for key in ("forwarded_on", "decision_on", "assigned_on", "closed_on"):
                row[key] = d + dt.timedelta(days=stage[key]) if key in stage else None
            apps.append(row)
            if "closed_on" in stage and i % 8 == 3:
                visits.append({"mediation_case": None, "aid_application": app0 + i + 1, "visited_on": d})
        for i in range(n):
            d = as_of - dt.timedelta(days=i % 60)
            replies.append({"number": f"R{i:09d}", "received_at": dt.datetime.combine(d, dt.time(9)),
                            "channel": "letter", "question": "来信咨询赡养费", "reply_due": d + dt.timedelta(days=7)})
        insert(MediationCase, cases)
        insert(AidApplication, apps)
        insert(FollowUp, visits)
        insert(Consultation, replies)


def measure(repeat: int) -> tuple[int, int, float]:
    """(due items, SQL statements of one call, median seconds)."""
    from aidstation.core import clocks
    from aidstation.core.db import db

    statements = 0
    real = db.execute_sql

    def counting(sql, params=None):
        nonlocal statements
        statements += 1
        return real(sql, params)

    db.execute_sql = counting
    try:
        items = clocks.due_items()
    finally:
        del db.execute_sql  # back to the class's method
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        clocks.due_items()
        runs.append(time.perf_counter() - t)
    return len(items), statements, statistics.median(runs)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", default="/tmp/big200k", help="folder of benchmarks/search.py's station")
    p.add_argument("--mix", type=int, default=3_000, help="records of each due kind added to a copy")
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    from aidstation.core.db import close_station
    from aidstation.core.models import (
        AidApplication,
        Consultation,
        FollowUp,
        MediationCase,
    )
    from aidstation.core.station import open_station

    folder = Path(args.dir) / "station"
    if not (folder / "station.db").exists():
        import search  # benchmarks/search.py, beside this file

        search.build(folder, 200_000, 100_000)
        close_station()
    work = Path(tempfile.mkdtemp(prefix="aidstation-due-"))
    src, dst = sqlite3.connect(folder / "station.db"), sqlite3.connect(work / "station.db")
    src.backup(dst)
    dst.execute("UPDATE aid_application SET decision_on = received_on"
                " WHERE decision = 'granted' AND decision_on IS NULL")
    dst.commit()
    src.close()
    dst.close()
    try:
        open_station(work, create=False)
        if args.mix:
            add_due_records(args.mix, dt.date.today())
        records = {m.__name__: m.select().count()
                   for m in (Consultation, MediationCase, AidApplication, FollowUp)}
        items, statements, seconds = measure(args.repeat)
        print("records:", ", ".join(f"{k} {v:,}" for k, v in records.items()))
        print(f"due items: {items:,}")
        print(f"statements: {statements:,}")
        print(f"time: {seconds * 1000:.0f} ms (median of {args.repeat})")
        close_station()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
