"""Soak: SIGKILL during writes, backups, exports and ledger imports; nothing saved is lost.

    .venv/bin/python benchmarks/soak.py [--trials 50] [--seed 1] [--dir DIR]

Builds a small demo station once, then runs the trials in turn (write, backup, export, import,
write, ...). In each, a child process opens the station and repeats one job, printing (flushed)
what it has finished: the person and consultation numbers it saved, the backup it wrote, the
workbook it exported, the ledger batch it imported. After a random delay the parent kills it
with SIGKILL, then opens the station as the desk would (open_station), runs `backup.check()`
(integrity, foreign keys, the audit chain) and looks for everything the child reported.

  records lost   reported finished by the child, not found after the kill (must be 0)
  torn           half a job: an import partly applied, a file at its final name that does not
                 read whole, a consultation without its group (must be 0)
  failed reopen  open_station refused the station or check() found a problem (must be 0)
  stray .part    temporary files the killed child left beside its outputs (allowed: a kill
                 runs no clean-up; they are never at a final name)

Exit status 0 when the three must-be-0 columns are 0. Not part of `make test` (about 2-3 minutes).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("write", "backup", "export", "import")
TODAY = dt.date(2026, 4, 15)  # the demo's months are 2026-01 to 2026-03
YEAR, MONTH = 2026, 3
BATCH = 150  # people per imported ledger

CHILD = textwrap.dedent(f"""
    import datetime as dt, sys
    from pathlib import Path
    from aidstation.core import records
    from aidstation.core.station import open_station

    kind, folder, out, trial = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    open_station(folder)
    actor = records.system(f"soak{{trial}}")
    print("ready", flush=True)
    i = 0
    if kind == "write":
        from aidstation.core import consultations, people
        while True:
            p = people.create(name=f"浸泡{{trial}}号{{i}}", phone=f"138{{trial:02d}}{{i:06d}}", user=actor)
            c = consultations.record(received_at=dt.datetime({YEAR}, {MONTH}, 6, 9), channel="visit",
                                     person=p, matter="wages", question="欠薪" * 50,
                                     groups=["migrant"], user=actor)
            print(p.id, c.id, flush=True)
            i += 1
    elif kind == "backup":
        from aidstation.core import backup
        while True:
            target = out / f"b{{i % 3}}.db"  # replaced in turn: a kill can land mid-replace
            backup.make_backup(target, rotate=False)
            print(target.name, flush=True)
            i += 1
    elif kind == "export":
        from aidstation.excel import monthly
        while True:
            monthly.export_month({YEAR}, {MONTH}, out / "month.xlsx", details=True, user=actor)
            print("month.xlsx", flush=True)
    elif kind == "import":
        from openpyxl import Workbook
        from aidstation.excel import ledgers
        while True:
            path = out / f"ledger{{i}}.xlsx"
            wb = Workbook()
            ws = wb.active
            ws.append(["姓名", "电话", "住址"])
            for j in range({BATCH}):
                ws.append([f"导入{{trial}}批{{i}}号{{j}}", f"139{{trial:02d}}{{i:03d}}{{j:03d}}", "幸福路" * 10])
            wb.save(path)
            report = ledgers.import_ledger("people", path, user=actor)
            if report.problems or report.written != {BATCH}:
                sys.exit(f"import refused: {{report.problems[:3]}}")
            print(i, flush=True)
            i += 1
""")


def build(folder: Path) -> None:
    from aidstation.core import demo
    from aidstation.core.db import close_station

    demo.generate(folder, seed=1, months=3, today=TODAY)
    close_station()


def run_child(kind: str, folder: Path, out: Path, trial: int, delay: float) -> tuple[list[str], str]:
    """Start the child, kill it `delay` seconds after it is ready; the lines it printed."""
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-c", CHILD, kind, str(folder), str(out), str(trial)],
                                stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT)
        try:
            ready = proc.stdout.readline()
            if ready == "ready\n":
                time.sleep(delay)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=60)
            lines = proc.stdout.read().splitlines()  # lines printed before it died were finished too
            proc.stdout.close()
        err.seek(0)
        problem = "" if ready == "ready\n" and proc.returncode == -signal.SIGKILL else \
            f"child exited {proc.returncode} before the kill: {err.read().strip()[-300:]}"
    return lines, problem


def _reads_whole(path: Path) -> bool:
    if path.suffix == ".db":
        from aidstation.core import backup

        return backup.inspect(path) == ""
    from openpyxl import load_workbook

    try:
        load_workbook(path, read_only=True).close()
    except Exception:  # noqa: BLE001 - any failure to read it is a torn file
        return False
    return True


def verify(kind: str, lines: list[str], out: Path, trial: int) -> tuple[int, int]:
    """(records lost, torn) for one trial; the station is open."""
    from aidstation.core.models import (
        AuditEvent,
        Consultation,
        ConsultationGroup,
        Person,
    )

    lost = torn = 0
    if kind == "write":
        saved = [tuple(int(x) for x in line.split()) for line in lines if len(line.split()) == 2]
        people = {p for (p,) in Person.select(Person.id).tuples()}
        cons = {c for (c,) in Consultation.select(Consultation.id).tuples()}
        for pid, cid in saved:
            lost += (pid not in people) + (cid not in cons)
            if cid in cons and not ConsultationGroup.select().where(ConsultationGroup.consultation == cid).exists():
                torn += 1
    elif kind == "backup":
        lost = sum(not (out / name).exists() or not _reads_whole(out / name) for name in lines)
        torn = sum(not _reads_whole(path) for path in out.glob("b*.db"))
    elif kind == "export":
        events = AuditEvent.select().where((AuditEvent.action == "export")
                                           & (AuditEvent.username == f"system:soak{trial}")).count()
        lost = max(0, len(lines) - events)
        target = out / "month.xlsx"
        torn = int(target.exists() and not _reads_whole(target)) + int(bool(lines) and not target.exists())
    elif kind == "import":
        done = {int(line) for line in lines}
        for i in range(max(done, default=-1) + 2):  # every batch reported, and the one cut short
            n = Person.select().where(Person.name.startswith(f"导入{trial}批{i}号")).count()
            if i in done:
                lost += BATCH - n
            elif n not in (0, BATCH):
                torn += 1
    return lost, torn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one, removed after)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.dir or Path(tmp)
        return soak(work, args.trials, args.seed)


def soak(work: Path, trials: int, seed: int) -> int:
    from aidstation.core import backup
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    rng = random.Random(seed)
    folder = work / "station"
    started = time.perf_counter()
    build(folder)
    print(f"demo station built in {time.perf_counter() - started:.1f}s; {trials} trials, seed {seed}")
    rows = defaultdict(lambda: defaultdict(int))
    problems: list[str] = []
    for trial in range(1, trials + 1):
        kind = KINDS[(trial - 1) % len(KINDS)]
        out = work / f"trial{trial:02d}"
        out.mkdir(parents=True)
        delay = rng.uniform(0.05, 1.5)
        lines, problem = run_child(kind, folder, out, trial, delay)
        row = rows[kind]
        row["trials"] += 1
        row["finished"] += len(lines)
        if problem:
            problems.append(f"trial {trial} ({kind}): {problem}")
            row["child errors"] += 1
        try:
            st = open_station(folder)
            found = backup.check()
            if found or st.read_only:
                row["failed reopen"] += 1
                problems.append(f"trial {trial} ({kind}): check after the kill: {'; '.join(found)}")
            lost, torn = verify(kind, lines, out, trial)
            row["records lost"] += lost
            row["torn"] += torn
        except Exception as exc:  # noqa: BLE001 - a refused reopen is what we are counting
            row["failed reopen"] += 1
            problems.append(f"trial {trial} ({kind}): reopen failed: {type(exc).__name__}: {exc}")
        finally:
            close_station()
        row["stray .part"] += sum(1 for _ in out.glob(".*.part")) + sum(1 for _ in (folder / "backups").glob(".*.part"))
    elapsed = time.perf_counter() - started

    columns = ["trials", "finished", "records lost", "torn", "failed reopen", "stray .part"]
    print(f"\n{'kind':<8}" + "".join(f"{c:>15}" for c in columns))
    total = defaultdict(int)
    for kind in KINDS:
        print(f"{kind:<8}" + "".join(f"{rows[kind][c]:>15}" for c in columns))
        for c in columns + ["child errors"]:
            total[c] += rows[kind][c]
    print(f"{'all':<8}" + "".join(f"{total[c]:>15}" for c in columns))
    print(f"\n'finished' counts what the children reported done: write = saved person+consultation "
          f"pairs, backup = verified backups, export = workbooks, import = ledgers of {BATCH} people.")
    for line in problems:
        print(line)
    print(f"{elapsed:.0f}s in all")
    bad = total["records lost"] + total["torn"] + total["failed reopen"] + total["child errors"]
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
