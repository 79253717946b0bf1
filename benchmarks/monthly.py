"""Benchmark of the monthly return: totals, export with details, merging 100 station workbooks.

    .venv/bin/python benchmarks/monthly.py [--dir DIR] [--stations 100]

Builds a station with 100,000 consultations and 10,000 of each other record type (bulk
insert_many, spread over the twelve months of 2025), then times each job beside the simplest
direct way of doing the same work (raw sqlite3 aggregates; openpyxl write-only of the same
cells; openpyxl read-only sum of the same cells) and prints the ratio ours / direct.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

N_CONSULT = 100_000
N_OTHER = 10_000
YEAR, MONTH = 2025, 6


def timed(fn, repeat=3):
    runs = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs), result


def build(folder: Path) -> None:
    from aidstation.core import settings
    from aidstation.core.db import atomic
    from aidstation.core.models import (
        AidApplication,
        AidGroup,
        CardIssue,
        Consultation,
        ConsultationGroup,
        FollowUp,
        MediationCase,
        MediationParty,
        Person,
        PublicityActivity,
    )
    from aidstation.core.station import open_station

    open_station(folder)
    settings.set_many({"station.name": "基准测试站", "station.code": "BENCH"})
    rng = random.Random(7)
    start = dt.datetime(2025, 1, 1, 8, 0)

    def when(i, n):  # spread evenly over 2025
        return start + dt.timedelta(minutes=int(i * 365 * 24 * 60 / n))

    def batches(rows, size=2000):
        for i in range(0, len(rows), size):
            yield rows[i:i + size]

    channels = ["visit", "phone", "hotline", "letter", "online", "home"]
    matters = ["family", "labor", "wages", "injury", "contract", "neighbor", "other"]
    groups = ["migrant", "farmer", "elderly", "women", "disabled", "other"]
    with atomic():
        people = [{"name": f"测试{i}", "phone": f"139{i:08d}"} for i in range(N_OTHER)]
        for b in batches(people):
            Person.insert_many(b).execute()
        rows = [{"number": f"B{i:08d}", "received_at": when(i, N_CONSULT),
                 "channel": rng.choice(channels), "matter": rng.choice(matters),
                 "disposition": rng.choice(["answered", "mediation", "apply_aid", "referred"]),
                 "person": rng.randint(1, N_OTHER), "documents_drafted": rng.randint(0, 1),
                 "question": "咨询工资拖欠问题"} for i in range(N_CONSULT)]
        for b in batches(rows):
            Consultation.insert_many(b).execute()
        links = [{"consultation": i + 1, "group": rng.choice(groups)} for i in range(N_CONSULT)]
        for b in batches(links):
            ConsultationGroup.insert_many(b).execute()
        cases = []
        for i in range(N_OTHER):
            received = when(i, N_OTHER).date()
            status = rng.choice(["succeeded", "succeeded", "failed", "in_progress", "withdrawn"])
            concluded = received + dt.timedelta(days=rng.randint(1, 40)) if status != "in_progress" else None
            cases.append({"number": f"M{i}", "year": 2025, "seq": i, "received_on": received,
                          "source": "party", "dispute_type": rng.choice(["family", "neighbor", "labor"]),
                          "status": status, "concluded_on": concluded, "amount": rng.randint(0, 50000),
                          "agreement_form": "written" if status == "succeeded" else "",
                          "agreement_on": concluded if status == "succeeded" else None,
                          "title": "邻里纠纷"})
        for b in batches(cases):
            MediationCase.insert_many(b).execute()
        parties = [{"case": i + 1, "person": rng.randint(1, N_OTHER), "role": "applicant"}
                   for i in range(N_OTHER)]
        for b in batches(parties):
            MediationParty.insert_many(b).execute()
        apps = []
        for i in range(N_OTHER):
            received = when(i, N_OTHER).date()
            apps.append({"number": f"A{i}", "received_on": received, "applicant": rng.randint(1, N_OTHER),
                         "case_type": rng.choice(["civil", "criminal", "administrative"]),
                         "forwarded_on": received + dt.timedelta(days=1), "decision": "granted",
                         "decision_on": received + dt.timedelta(days=5),
                         "closed_on": received + dt.timedelta(days=60), "amount_recovered": 1000})
        for b in batches(apps):
            AidApplication.insert_many(b).execute()
        for b in batches([{"application": i + 1, "group": rng.choice(groups)} for i in range(N_OTHER)]):
            AidGroup.insert_many(b).execute()
        for b in batches([{"mediation_case": i + 1, "visited_on": when(i, N_OTHER).date(),
                           "reached": True, "satisfaction": "satisfied"} for i in range(N_OTHER)]):
            FollowUp.insert_many(b).execute()
        for b in batches([{"issued_on": when(i, N_OTHER).date(), "quantity": 5, "households": 5,
                           "channel": "home", "household_type": "general"} for i in range(N_OTHER)]):
            CardIssue.insert_many(b).execute()
        for b in batches([{"held_on": when(i, N_OTHER).date(), "format": "booth", "title": "普法宣传",
                           "attendees": 50, "leaflets": 100} for i in range(N_OTHER)]):
            PublicityActivity.insert_many(b).execute()


def raw_totals(db_path: Path, year: int = YEAR, month: int = MONTH) -> int:
    """The simplest direct approach: one connection, plain GROUP BY queries, no catalogue."""
    start = f"{year}-{month:02d}-01"
    end = f"{year + month // 12}-{month % 12 + 1:02d}-01"
    con = sqlite3.connect(db_path)
    n = 0
    q = [
        ("SELECT channel, count(*) FROM consultation WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ? GROUP BY channel", 2),
        ("SELECT matter, count(*) FROM consultation WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ? GROUP BY matter", 2),
        ("SELECT disposition, count(*), sum(documents_drafted) FROM consultation WHERE deleted_at IS NULL AND received_at >= ? AND received_at < ? GROUP BY disposition", 2),
        ("SELECT g.\"group\", count(*) FROM consultation_group g JOIN consultation c ON c.id = g.consultation_id WHERE c.deleted_at IS NULL AND c.received_at >= ? AND c.received_at < ? GROUP BY g.\"group\"", 2),
        ("SELECT case_type, count(*) FROM aid_application WHERE deleted_at IS NULL AND received_on >= ? AND received_on < ? GROUP BY case_type", 2),
        ("SELECT sum(forwarded_on >= ?1 AND forwarded_on < ?2), sum(decision_on >= ?1 AND decision_on < ?2), sum(CASE WHEN closed_on >= ?1 AND closed_on < ?2 THEN amount_recovered END) FROM aid_application WHERE deleted_at IS NULL", 2),
        ("SELECT g.\"group\", count(*) FROM aid_group g JOIN aid_application a ON a.id = g.application_id WHERE a.deleted_at IS NULL AND a.received_on >= ? AND a.received_on < ? GROUP BY g.\"group\"", 2),
        ("SELECT dispute_type, count(*) FROM mediation_case WHERE deleted_at IS NULL AND received_on >= ? AND received_on < ? GROUP BY dispute_type", 2),
        ("SELECT status, count(*), sum(amount) FROM mediation_case WHERE deleted_at IS NULL AND concluded_on >= ? AND concluded_on < ? GROUP BY status", 2),
        ("SELECT count(*) FROM mediation_case WHERE deleted_at IS NULL AND received_on < ?2 AND (concluded_on IS NULL OR concluded_on >= ?2) AND ?1 = ?1", 2),
        ("SELECT count(*) FROM mediation_party p JOIN mediation_case m ON m.id = p.case_id WHERE p.deleted_at IS NULL AND m.deleted_at IS NULL AND m.received_on >= ? AND m.received_on < ?", 2),
        ("SELECT count(*), sum(reached), sum(satisfaction = 'satisfied') FROM follow_up WHERE deleted_at IS NULL AND visited_on >= ? AND visited_on < ?", 2),
        ("SELECT channel, household_type, sum(quantity), sum(households) FROM card_issue WHERE deleted_at IS NULL AND issued_on >= ? AND issued_on < ? GROUP BY channel, household_type", 2),
        ("SELECT format, count(*), sum(attendees), sum(leaflets), sum(lectures) FROM publicity_activity WHERE deleted_at IS NULL AND held_on >= ? AND held_on < ? GROUP BY format", 2),
    ]
    for sql, _ in q:
        n += len(con.execute(sql, (start, end)).fetchall())
    con.close()
    return n


def sheet_cells(path: Path) -> dict[str, list[tuple]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    cells = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    return cells


def write_only(cells: dict[str, list[tuple]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in cells.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def direct_merge(files: list[Path], out: Path) -> None:
    """The simplest merge: read each 月报 read-only, sum numbers per key, write them out."""
    import openpyxl
    from openpyxl import Workbook

    totals: dict[str, float] = {}
    for f in files:
        wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
        for row in wb["月报"].iter_rows(min_row=9, max_col=6, values_only=True):
            if row[0] and isinstance(row[4], (int, float)):
                totals[row[0]] = totals.get(row[0], 0) + row[4]
        wb.close()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("汇总")
    for key, value in totals.items():
        ws.append([key, value])
    wb.save(out)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", help="work folder (default: a temporary folder, removed afterwards)")
    p.add_argument("--stations", type=int, default=100)
    args = p.parse_args(argv)
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="aidstation-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return run(work, args.stations)
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


def run(work: Path, n_stations: int) -> int:
    import openpyxl
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from aidstation.core.db import close_station
    from aidstation.core.records import system
    from aidstation.core.reporting import indicators
    from aidstation.excel import district, monthly, signing

    folder = work / "station"
    if folder.exists():
        shutil.rmtree(folder)
    t = time.perf_counter()
    build(folder)
    print(f"built station: {N_CONSULT:,} consultations, {N_OTHER:,} of each other record type "
          f"in {time.perf_counter() - t:.1f} s")
    db_path = folder / "station.db"
    lines = []

    ours, values = timed(lambda: indicators.compute_month(YEAR, MONTH), repeat=5)
    direct, _ = timed(lambda: raw_totals(db_path), repeat=5)
    lines.append(("totals for one month", ours, direct))
    print(f"  ({values['consult.total']:,} consultations in {YEAR}-{MONTH:02d}, {len(values)} indicators)")

    out = work / "export.xlsx"
    bench = system("bench")
    ours, result = timed(lambda: monthly.export_month(YEAR, MONTH, out, user=bench), repeat=3)
    cells = sheet_cells(out)
    direct, _ = timed(lambda: write_only(cells, work / "direct.xlsx"), repeat=3)
    lines.append(("export-month with details", ours, direct))
    print(f"  (workbook rows: {', '.join(f'{k} {v:,}' for k, v in result.detail_counts.items())})")

    base = work / "base.xlsx"
    monthly.export_month(YEAR, MONTH, base, details=False, user=bench)
    values = district.read_return(base).values
    close_station()
    returns = work / "returns"
    returns.mkdir(exist_ok=True)
    wb = openpyxl.load_workbook(base)
    files = []
    for i in range(n_stations):
        rows = {row[0].value: row for row in wb["meta"].iter_rows()}
        rows["station_code"][1].value = f"S{i:03d}"
        # Each station signs with its own key: a copy under another code is signed again.
        meta = {key: row[1].value for key, row in rows.items()}
        for key, value in signing.sign_fields(meta, values, Ed25519PrivateKey.generate()).items():
            rows[key][1].value = value
        path = returns / f"S{i:03d}-{YEAR}-{MONTH:02d}.xlsx"
        wb.save(path)
        files.append(path)
    ours, merged = timed(lambda: district.consolidate([returns], work / "merged.xlsx"), repeat=3)
    assert len(merged.merged) == n_stations and not merged.problems, merged.problems[:3]
    direct, _ = timed(lambda: direct_merge(files, work / "direct-merged.xlsx"), repeat=3)
    lines.append((f"merge {n_stations} station workbooks", ours, direct))

    print(f"\n{'job':<32}{'AidStation':>12}{'direct':>12}{'ratio':>8}")
    for name, a, b in lines:
        print(f"{name:<32}{a * 1000:>10.1f}ms{b * 1000:>10.1f}ms{a / b:>7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
