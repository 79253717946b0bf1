"""The monthly return on the 200k station: totals of its busiest month beside raw sqlite3, the
export with details beside openpyxl write-only of the same cells, and the district merge of 100
signed station workbooks beside a plain read-and-sum (benchmarks/monthly.py's direct ways)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from harness import Result, alternated

import monthly as bench_monthly
import station as bench_station

N_STATIONS = 100


def _busiest_month(db_path: Path) -> tuple[int, int]:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    month = con.execute("SELECT substr(received_at, 1, 7) AS m FROM consultation WHERE deleted_at IS NULL"
                        " GROUP BY m ORDER BY count(*) DESC, m DESC LIMIT 1").fetchone()[0]
    con.close()
    return int(month[:4]), int(month[5:7])


def jobs(folder: Path, work: Path) -> list[Result]:
    import openpyxl
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from aidstation.core.db import close_station
    from aidstation.core.records import system
    from aidstation.core.reporting import indicators
    from aidstation.core.station import open_station
    from aidstation.excel import district, monthly, signing

    repeat = int(os.environ.get("BENCH_REPEAT", "5"))
    copy = bench_station.copy_of(folder, work / "station")  # the export writes an audit event
    db_path = copy / "station.db"
    year, month = _busiest_month(db_path)
    open_station(copy, create=False)
    results = []

    values = indicators.compute_month(year, month)
    ours, direct = alternated(lambda: indicators.compute_month(year, month),
                              lambda: bench_monthly.raw_totals(db_path, year, month), repeat)
    results.append(Result(f"month totals ({year}-{month:02d}, {values['consult.total']:,} consultations)",
                          ours, direct, max_ratio=1.5, note="direct: 14 GROUP BY queries by plain sqlite3"))

    out, bench = work / "export.xlsx", system("bench")
    result = monthly.export_month(year, month, out, user=bench)
    cells = bench_monthly.sheet_cells(out)
    ours, direct = alternated(lambda: monthly.export_month(year, month, out, user=bench),
                              lambda: bench_monthly.write_only(cells, work / "direct.xlsx"), repeat)
    rows = sum(result.detail_counts.values())
    results.append(Result(f"export with details ({rows:,} detail rows)", ours, direct, max_ratio=1.5,
                          note="direct: openpyxl write-only of the same cells; ours also totals the month,"
                               " anchors the audit chain (audit.head) and signs"))

    base = work / "base.xlsx"
    monthly.export_month(year, month, base, details=False, user=bench)
    values = district.read_return(base).values
    close_station()
    returns = work / "returns"
    returns.mkdir()
    wb = openpyxl.load_workbook(base)
    files = []
    for i in range(N_STATIONS):  # each station signs its own copy with its own key
        rows_by_key = {row[0].value: row for row in wb["meta"].iter_rows()}
        rows_by_key["station_code"][1].value = f"S{i:03d}"
        meta = {key: row[1].value for key, row in rows_by_key.items()}
        for key, value in signing.sign_fields(meta, values, Ed25519PrivateKey.generate()).items():
            rows_by_key[key][1].value = value
        path = returns / f"S{i:03d}-{year}-{month:02d}.xlsx"
        wb.save(path)
        files.append(path)
    merged = district.consolidate([returns], work / "merged.xlsx")
    assert len(merged.merged) == N_STATIONS and not merged.problems, merged.problems[:3]
    ours, direct = alternated(lambda: district.consolidate([returns], work / "merged.xlsx"),
                              lambda: bench_monthly.direct_merge(files, work / "direct-merged.xlsx"),
                              max(3, repeat // 2))
    results.append(Result(f"merge {N_STATIONS} station workbooks", ours, direct, max_ratio=1.3,
                          note="direct: read-only load, sum the 月报 column, write-only out"))
    return results
