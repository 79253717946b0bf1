"""`make bench`: every performance target of issue 13 on the 200k station, as one table.

    .venv/bin/python benchmarks/bench.py [--dir DIR] [--only NAME ...] [--repeat N]

Builds (or reuses) the benchmark station of benchmarks/station.py, then runs the job modules of
benchmarks/jobs/ in turn (each in a child process, so one job's caches and imports do not help
or hurt the next) and prints job, ours, direct, ratio, target and whether it was met. --only
runs the named modules (e.g. --only lists search). Exit status 0 whatever the figures: a missed
target is a line of the table, not a crash.
"""
from __future__ import annotations

import argparse
import json
import os
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from harness import Result, table  # noqa: E402

import station as bench_station  # noqa: E402


def modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE / "jobs")]) if not m.name.startswith("_"))


def run_module(name: str, folder: Path, repeat: int) -> list[Result]:
    """The Results of benchmarks/jobs/<name>.py, run in a child process."""
    with tempfile.TemporaryDirectory(prefix=f"aidstation-bench-{name}-") as work:
        code = (
            "import json, sys; from pathlib import Path; sys.path[:0] = [sys.argv[4], sys.argv[5]];"
            "import importlib, dataclasses; job = importlib.import_module('jobs.' + sys.argv[1]);"
            "out = [dataclasses.asdict(r) for r in job.jobs(Path(sys.argv[2]), Path(sys.argv[3]))];"
            "print('BENCH-RESULTS ' + json.dumps(out))"
        )
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   BENCH_REPEAT=str(repeat))
        proc = subprocess.run([sys.executable, "-c", code, name, str(folder), work, str(HERE), str(HERE.parent)],
                              capture_output=True, text=True, env=env)
        for line in proc.stdout.splitlines():
            if line.startswith("BENCH-RESULTS "):
                return [Result(**r) for r in json.loads(line.removeprefix("BENCH-RESULTS "))]
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return [Result(job=f"{name}: failed", ours=0.0, max_seconds=0.0, note=tail[0][:120])]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", default=str(bench_station.DEFAULT_DIR), help="where the station is kept")
    p.add_argument("--only", nargs="*", help="job modules to run (default: all)")
    p.add_argument("--repeat", type=int, default=5, help="runs of each timing (the median is shown)")
    args = p.parse_args(argv)
    folder = bench_station.station(args.dir)
    results: list[Result] = []
    for name in args.only or modules():
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results.extend(run_module(name, folder, args.repeat))
    print(table(results))
    missed = [r for r in results if not r.met]
    print(f"\n{len(results) - len(missed)} of {len(results)} targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
