"""`import-template` and `import`: ledgers kept before AidStation, read in all or nothing (DESIGN §10)."""
from __future__ import annotations

import sys
from pathlib import Path

from aidstation.cli.errors import CommandError
from aidstation.cli.reporting import _open


KINDS = ["people", "consultations", "mediations", "aid", "cards", "publicity"]


def add_parsers(sub) -> None:
    s = sub.add_parser("import-template", help="write an empty ledger to import")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("-o", "--output", required=True, metavar="FILE")

    s = sub.add_parser("import", help="import a ledger (all or nothing)")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dry-run", action="store_true")


HANDLERS = {
    "import-template": lambda args: cmd_import_template(args),
    "import": lambda args: cmd_import(args),
}


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
    from aidstation.core import records
    from aidstation.excel import ledgers

    _open(args)
    report = ledgers.import_ledger(args.kind, args.file, user=records.system("import"),
                                   dry_run=args.dry_run)
    for row, column, message in report.problems:
        where = f"row {row}" + (f", column {column}" if column else "")
        print(f"  {where}: {message}", file=sys.stderr)
    if report.problems:
        raise CommandError(f"{len(report.problems)} problem(s) in {Path(args.file).name}; nothing was imported")
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {report.written} of {report.rows} rows "
          f"({report.people_matched} people matched, {report.people_created} new)")
    return 0
