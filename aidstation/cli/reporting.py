"""`totals`, `export-month` and `consolidate`: the monthly return and the district merge (DESIGN §11)."""
from __future__ import annotations

import json
import sys

from aidstation.cli.errors import CommandError
from aidstation.core import dates


def add_parsers(sub) -> None:
    s = sub.add_parser("totals", help="print the monthly indicators")
    s.add_argument("month", metavar="YYYY-MM")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("export-month", help="write the monthly workbook")
    s.add_argument("month", metavar="YYYY-MM")
    s.add_argument("-o", "--output", metavar="FILE")
    s.add_argument("--no-details", action="store_true")

    s = sub.add_parser("consolidate", help="merge stations' monthly workbooks")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("-o", "--output", required=True, metavar="OUT")
    s.add_argument("--month", metavar="YYYY-MM")
    s.add_argument("--template", metavar="T")


HANDLERS = {
    "totals": lambda args: cmd_totals(args),
    "export-month": lambda args: cmd_export_month(args),
    "consolidate": lambda args: cmd_consolidate(args),
}


def _open(args):
    from aidstation.core.station import open_station

    return open_station(args.station_dir, create=False)


def _month(text: str) -> tuple[int, int]:
    try:
        return dates.parse_month(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def format_value(value, kind: str) -> str:
    from aidstation.core.reporting import indicators

    if value is None:
        return "—"
    if kind == indicators.AMOUNT:
        return f"{value:,.2f}"
    if kind == indicators.RATE:
        return f"{value:.1f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def cmd_totals(args) -> int:
    from aidstation.core.reporting import indicators

    year, month = _month(args.month)
    _open(args)
    values = indicators.compute_month(year, month)
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
        return 0
    section = None
    out = sys.stdout
    out.write(f"Monthly indicators {dates.month_text(year, month)}\n")
    for ind in indicators.catalogue():
        if ind.section != section:
            section = ind.section
            zh, en = indicators.SECTIONS[section]
            out.write(f"\n{zh} {en}\n")
        out.write(f"  {ind.key:<34} {format_value(values[ind.key], ind.kind):>14} {ind.unit:<3} "
                  f"{ind.label_zh} / {ind.label_en}\n")
    return 0


def cmd_export_month(args) -> int:
    from aidstation.core import records
    from aidstation.excel import monthly

    year, month = _month(args.month)
    _open(args)
    result = monthly.export_month(year, month, args.output, details=not args.no_details,
                                  user=records.system("export"))
    note = f" (correction {result.correction})" if result.correction else ""
    print(f"{result.path}{note}")
    return 0


def cmd_consolidate(args) -> int:
    from aidstation.excel import district

    if args.month:
        _month(args.month)

    try:
        result = district.consolidate(args.files, args.output, month=args.month, template=args.template)
    except district.MergeRefused as exc:
        raise CommandError(str(exc)) from None
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
