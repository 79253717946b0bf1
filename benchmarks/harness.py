"""What every benchmark job reports, and how it is timed.

A job module in benchmarks/jobs/ has `def jobs(folder: Path, work: Path) -> Iterator[Result]`:
`folder` is the 200k station of benchmarks/station.py (read it, or `copy_of` it into `work` to
write), `work` a temporary folder of its own. Each Result is one line of `make bench`'s table:

    job                                  ours      direct   ratio   target   met
    reception list, page at row 150,000  3.1 ms    2.4 ms   1.3×    < 50 ms  yes

`ours` is the program's way, `direct` the simplest direct way of doing the same work (raw
sqlite3, openpyxl write-only, a bare reportlab canvas, a bare QMainWindow), timed alternately
with ours (`alternated`) so a busy moment of the machine falls on both. A target is either a
ratio (ours ≤ k × direct) or an absolute time (ours < t), whichever the issue sets.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable


@dataclass
class Result:
    job: str
    ours: float  # seconds (median)
    direct: float | None = None  # seconds (median), None when there is no direct way to compare
    max_ratio: float | None = None  # target: ours <= max_ratio * direct
    max_seconds: float | None = None  # target: ours < max_seconds
    note: str = ""  # what the figure counts, or why a target is missed
    unit: str = "s"  # "s" (ours/direct in seconds) or "MiB" (a memory figure)

    @property
    def ratio(self) -> float | None:
        return None if not self.direct else self.ours / self.direct

    @property
    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}×")
        if self.max_seconds is not None:
            parts.append(f"< {self.show(self.max_seconds)}")
        return " and ".join(parts) or "-"

    def show(self, value: float) -> str:
        return f"{value:.0f} MiB" if self.unit == "MiB" else duration(value)

    @property
    def met(self) -> bool:
        ok = True
        if self.max_ratio is not None:
            ok = ok and self.ratio is not None and self.ratio <= self.max_ratio
        if self.max_seconds is not None:
            ok = ok and self.ours < self.max_seconds
        return ok


def duration(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.3g} ms" if seconds * 1000 < 100 else f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    """(median seconds of `repeat` calls, the last call's result)."""
    runs, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), result


def alternated(ours: Callable[[], object], direct: Callable[[], object],
               repeat: int = 5) -> tuple[float, float]:
    """Median seconds of ours and of direct, run in turn (ours, direct, ours, direct, ...)."""
    a, b = [], []
    for _ in range(repeat):
        for fn, runs in ((ours, a), (direct, b)):
            start = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def table(results: list[Result]) -> str:
    """The results as one aligned text table (what `make bench` prints)."""
    head = ("job", "ours", "direct", "ratio", "target", "met")
    rows = [(r.job, r.show(r.ours), r.show(r.direct) if r.direct else "-",
             f"{r.ratio:.2f}×" if r.ratio is not None else "-", r.target,
             ("yes" if r.met else "NO") + (f"  ({r.note})" if r.note else "")) for r in results]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(head, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
