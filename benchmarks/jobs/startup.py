"""Start-up on the 200k station and on a small demo station, each beside a bare
`QApplication + QMainWindow().show()` process, alternated (benchmarks/startup.py's children):
launch to the login dialog's first paint, launch to the usable main window (login filled by a
timer; argon2's own verify, timed again alone at the end of the run, subtracted and shown in the
note), and the peak resident memory.

The 200k station is a private copy (the start writes a login audit event and the daily backup);
each of its runs is the first start of a day: today's daily backup is removed beforehand, so
the backup runs in the background while the login dialog and the main window come up.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

import startup
import station as bench_station
from harness import Result


def _first_start_of_the_day(folder: Path) -> None:
    for path in (folder / "backups").glob("station-*.db"):
        path.unlink()


def _runs(folder: Path, user: str, password: str, env: dict, repeat: int, first_of_day: bool):
    ours, bare = [], []
    startup.ours(folder, "zh_CN", user, password, env)  # compiles and caches the byte code
    startup.bare(env)
    for _ in range(repeat):
        if first_of_day:
            _first_start_of_the_day(folder)
        ours.append(startup.ours(folder, "zh_CN", user, password, env))
        bare.append(startup.bare(env))
    return ours, bare


def _results(name: str, ours: list[dict], bare: list[dict]) -> list[Result]:
    def med(runs, key):
        return statistics.median(r[key] for r in runs)

    bare_main = med(bare, "main")
    verify, alone = med(ours, "verify"), med(ours, "verify_alone")
    # argon2's own time is left out as it takes alone: a verify slowed by the backup running
    # beside it would otherwise hide that much of the start
    usable = statistics.median(r["main"] - r["verify_alone"] for r in ours)
    rss, hwm, bare_rss = med(ours, "rss") / 1024, med(ours, "hwm") / 1024, med(bare, "rss") / 1024
    still = sum(r.get("backup_running", False) for r in ours)
    return [
        Result(f"{name}: launch to login dialog", med(ours, "login"), bare_main, max_ratio=1.5,
               note="first paint; direct: a bare QMainWindow process to its first paint"),
        Result(f"{name}: launch to usable main window", usable, bare_main, max_ratio=2.5,
               note=f"argon2's verify ({alone * 1000:.0f} ms alone, {verify * 1000:.0f} ms in the flow) "
                    f"excluded; with it "
                    f"{med(ours, 'main'):.2f} s" + (f"; backup still running at {still} of {len(ours)}"
                                                   if still else "")),
        Result(f"{name}: peak memory", hwm, bare_rss, max_ratio=2.0, unit="MiB",
               note=f"without argon2's own 64 MiB buffer; with it {rss:.0f} MiB"),
    ]


def jobs(folder: Path, work: Path) -> list[Result]:
    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    env = startup.child_env(work / "pycache")
    big = bench_station.copy_of(folder, work / "station-200k")
    user, password = bench_station.ADMIN
    results = _results("200k station, first start of a day",
                       *_runs(big, user, password, env, repeat, first_of_day=True))
    demo = work / "demo"
    subprocess.run([sys.executable, "-m", "aidstation", "--data-dir", str(demo), "demo", "--months", "6"],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    results += _results("demo station", *_runs(demo, "demo", "demo", env, repeat, first_of_day=False))
    return results
