"""Command-line handlers for the monthly return, the district merge and ledger import (DESIGN §11)."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _open(args):
    from aidstation.core.db import open_station

    return open_station(args.station_dir, create=False)


def _month(text: str) -> tuple[int, int]:
    from aidstation.cli import CommandError
    from aidstation.core import indicators

    try:
        return indicators.parse_month(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def format_value(value, kind: str) -> str:
    from aidstation.core import indicators

    if value is None:
        return "—"
    if kind == indicators.AMOUNT:
        return f"{value:,.2f}"
    if kind == indicators.RATE:
        return f"{value:.1f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def cmd_totals(args) -> int:
    from aidstation.core import indicators

    year, month = _month(args.month)
    _open(args)
    values = indicators.compute_month(year, month)
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
        return 0
    section = None
    out = sys.stdout
    out.write(f"Monthly indicators {indicators.month_text(year, month)}\n")
    for ind in indicators.catalogue():
        if ind.section != section:
            section = ind.section
            zh, en = indicators.SECTIONS[section]
            out.write(f"\n{zh} {en}\n")
        out.write(f"  {ind.key:<34} {format_value(values[ind.key], ind.kind):>14} {ind.unit:<3} "
                  f"{ind.label_zh} / {ind.label_en}\n")
    return 0


def cmd_export_month(args) -> int:
    from aidstation.excel import monthly

    year, month = _month(args.month)
    _open(args)
    result = monthly.export_month(year, month, args.output, details=not args.no_details)
    note = f" (correction {result.correction})" if result.correction else ""
    print(f"{result.path}{note}")
    return 0


def cmd_consolidate(args) -> int:
    from aidstation.excel import district

    if args.month:
        _month(args.month)
    from aidstation.cli import CommandError

    result = district.consolidate(args.files, args.output, month=args.month, template=args.template)
    for p in result.problems:
        print(f"  {p.file}: {p.en}", file=sys.stderr)
    for line in result.template_problems:
        print(f"  template: {line}", file=sys.stderr)
    if not result.merged:
        # The workbook is still written so its 问题 sheet can be read, but nothing was merged.
        raise CommandError(f"no station workbook could be merged; {len(result.problems)} problems "
                           f"are listed in {result.path}")
    print(f"{result.path}: {len(result.merged)} stations merged for {result.month}, "
          f"{len(result.problems)} problems")
    return 0


def cmd_import_template(args) -> int:
    """The drop-down lists hold the station's own codes when --data-dir names a station that
    can be opened, else the shipped defaults (no station is needed to get a template)."""
    from aidstation.core.db import StationError
    from aidstation.excel import ledgers

    if args.station_dir is not None and (Path(args.station_dir) / "station.db").is_file():
        try:
            _open(args)
        except StationError:
            pass
    print(ledgers.write_template(args.kind, args.output))
    return 0


def cmd_import(args) -> int:
    from aidstation.cli import CommandError
    from aidstation.excel import ledgers

    _open(args)
    report = ledgers.import_ledger(args.kind, args.file, dry_run=args.dry_run)
    for row, column, message in report.problems:
        where = f"row {row}" + (f", column {column}" if column else "")
        print(f"  {where}: {message}", file=sys.stderr)
    if report.problems:
        raise CommandError(f"{len(report.problems)} problem(s) in {Path(args.file).name}; nothing was imported")
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {report.written} of {report.rows} rows "
          f"({report.people_matched} people matched, {report.people_created} new)")
    return 0
