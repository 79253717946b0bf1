"""`totals`, `export-month` and `consolidate`: the monthly return and the district merge (DESIGN §11)."""
from __future__ import annotations

import json
import sys

from aidstation.cli.errors import CommandError
from aidstation.core import dates


def add_parsers(sub) -> None:
    s = sub.add_parser("totals", help="print the indicators of a month or any period")
    s.add_argument("month", metavar="YYYY-MM", nargs="?", help="a month (or give --from/--to, --year, --quarter)")
    s.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    s.add_argument("--year", metavar="YYYY")
    s.add_argument("--quarter", metavar="YYYY-Qn")
    s.add_argument("--explain", metavar="KEY", help="list the records that make up this indicator")
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

    return indicators.format_value(value, kind)


def _date(text: str, option: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CommandError(f"{option} must be a date YYYY-MM-DD, not {text!r}") from None


def period_of(args):
    """The period the options name: a month, --from/--to, --year or --quarter (exactly one)."""
    from aidstation.core.reporting import periods
    from aidstation.core.validation import ValidationError

    given = [name for name, value in (("YYYY-MM", args.month), ("--year", args.year),
                                      ("--quarter", args.quarter),
                                      ("--from/--to", args.date_from or args.date_to)) if value]
    if len(given) != 1:
        raise CommandError("give one period: a month YYYY-MM, --from D --to D, --year YYYY or --quarter YYYY-Qn"
                           + (f" (not {' and '.join(given)})" if given else ""))
    try:
        if args.month:
            return periods.month(*_month(args.month))
        if args.year:
            if not (args.year.isdigit() and len(args.year) == 4):
                raise CommandError(f"--year must be YYYY, not {args.year!r}")
            return periods.year(int(args.year))
        if args.quarter:
            period = periods.parse(args.quarter)
            if period.kind != "quarter":
                raise CommandError(f"--quarter must be YYYY-Qn, not {args.quarter!r}")
            return period
        if not (args.date_from and args.date_to):
            raise CommandError("--from and --to go together")
        return periods.custom(_date(args.date_from, "--from"), _date(args.date_to, "--to"))
    except ValidationError as exc:
        raise CommandError(str(exc)) from None


def cmd_totals(args) -> int:
    from aidstation.core.reporting import explain, indicators

    period = period_of(args)
    _open(args)
    values = indicators.compute_period(period.start, period.end)
    if args.explain:
        return _explain(args.explain, period, values, explain)
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
        return 0
    section = None
    out = sys.stdout
    if period.kind == "month":
        out.write(f"Monthly indicators {period.label('en')}\n")
    else:
        out.write(f"Indicators {period.label('en')} ({period.start} to {period.last})\n")
    for ind in indicators.catalogue_for(values):
        if ind.section != section:
            section = ind.section
            zh, en = indicators.SECTIONS[section]
            out.write(f"\n{zh} {en}\n")
        out.write(f"  {ind.key:<34} {format_value(values[ind.key], ind.kind):>14} {ind.unit:<3} "
                  f"{ind.label_zh} / {ind.label_en}\n")
    return 0


def _explain(key: str, period, values: dict, explain) -> int:
    from aidstation.core.reporting import indicators

    ind = {i.key: i for i in indicators.catalogue_for(values)}.get(key)
    if ind is None:
        raise CommandError(f"no indicator {key!r} in {period.label('en')} (see `totals` for the keys)")
    by_hand = indicators.manual_used(period.start, period.end).get(key, [])
    if ind.kind == indicators.MANUAL and key not in indicators.SCREENING_MANUAL:
        print(f"{key} is entered by hand for the month; no records make it up")
        return 0
    items = explain.explain(key, period.start, period.end, limit=0)
    what = "concluded cases (the denominator)" if ind.kind == indicators.RATE else "records"
    print(f"{key} {ind.label_en} / {ind.label_zh}: {format_value(values[key], ind.kind)} "
          f"({period.label('en')}); {len(items)} {what}, adding up to "
          f"{format_value(explain.total(items), ind.kind if ind.kind != indicators.RATE else indicators.COUNT)}")
    for item in items:
        weight = "" if item.weight == 1 else f"  {format_value(item.weight, ind.kind)}"
        print(f"  {str(item.day or ''):<10}  {item.kind:<12} {item.number or '#' + str(item.record_id)}{weight}")
    if by_hand:  # months before the station kept the screening ledger
        print(f"  plus the figures entered by hand for {', '.join(by_hand)}")
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
