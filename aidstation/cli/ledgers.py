"""`import-template`, `import`, `import-batches` and `import-undo`: ledgers kept before
AidStation, read in all or nothing (DESIGN §10, issue 16)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from aidstation.cli.errors import CommandError
from aidstation.cli.reporting import _open

KINDS = ["people", "consultations", "mediations", "aid", "cards", "publicity", "screening"]


def add_parsers(sub) -> None:
    s = sub.add_parser("import-template", help="write an empty ledger to import")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("-o", "--output", required=True, metavar="FILE")

    s = sub.add_parser("import", help="import a ledger: .xlsx, .xls, .ods or .csv (all or nothing)")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dry-run", action="store_true")
    s.add_argument("--map", metavar="MAP.json", dest="map_file",
                   help='{"columns": {"file header": "field key" or ""}, "values": {"field key": {"text": "code"}}}; '
                        "saved for this file layout once the import is done")
    s.add_argument("--show-mapping", action="store_true", help="print how each column of the file is read")
    s.add_argument("--marked", metavar="FILE.xlsx", help="write the ledger with its problem cells highlighted")

    s = sub.add_parser("import-synonym", help="teach every import a word for a code (e.g. group 困难户 lowincome)")
    s.add_argument("code_kind", metavar="CODE_TABLE")
    s.add_argument("word")
    s.add_argument("code")

    sub.add_parser("import-batches", help="list the ledger imports (batches)")
    s = sub.add_parser("import-undo", help="undo an import batch (its records go to the bin)")
    s.add_argument("batch", type=int, metavar="BATCH")


HANDLERS = {
    "import-template": lambda args: cmd_import_template(args),
    "import": lambda args: cmd_import(args),
    "import-synonym": lambda args: cmd_import_synonym(args),
    "import-batches": lambda args: cmd_import_batches(args),
    "import-undo": lambda args: cmd_import_undo(args),
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


def _read_map(name: str | None) -> dict | None:
    if not name:
        return None
    try:
        value = json.loads(Path(name).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot read the mapping {name}: {exc}") from None
    if not isinstance(value, dict) or not all(isinstance(value.get(k, {}), dict) for k in ("columns", "values")):
        raise CommandError(f'{name}: expected {{"columns": {{...}}, "values": {{...}}}}')
    return value


def cmd_import(args) -> int:
    from aidstation.core import records
    from aidstation.excel import ledgers

    mapping = _read_map(args.map_file)
    _open(args)
    report = ledgers.import_ledger(args.kind, args.file, user=records.system("import"),
                                   dry_run=args.dry_run, mapping=mapping, remember=mapping is not None,
                                   marked_copy=args.marked)
    name = Path(args.file).name
    if args.show_mapping:
        print(f"{name}: {report.format}" + (f" ({report.encoding})" if report.encoding else "")
              + (f", header row {'+'.join(map(str, report.header_rows))}" if report.header_rows else ""))
        for line in report.mapping_lines():
            print(f"  {line}")
    if report.stopped_at is not None:
        print(f"  stopped at row {report.stopped_at[0]} ({report.stopped_at[1]}): the rows below are not read")
    for row, message in report.duplicates:
        print(f"  row {row}: duplicate, skipped: {message}")
    for p in report.problems:
        where = f"row {p.row}" + (f", column {p.column}" if p.column else "")
        extra = (f" [value: {p.value}]" if p.value else "") + (f" expected: {p.expected}" if p.expected else "")
        print(f"  {where}: {p.message}{extra}", file=sys.stderr)
    if args.marked and report.problems:
        print(f"  marked copy: {args.marked}", file=sys.stderr)
    if report.problems:
        raise CommandError(f"{len(report.problems)} problem(s) in {name}; nothing was imported")
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {report.written} of {report.rows} rows "
          f"({report.people_matched} people matched, {report.people_created} new"
          + (f", {len(report.duplicates)} duplicates skipped" if report.duplicates else "") + ")"
          + (f"; batch {report.batch_id}" if report.batch_id else ""))
    return 0


def cmd_import_batches(args) -> int:
    from aidstation.core import imports

    _open(args)
    for b in imports.batches():
        state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "imported"
        print(f"{b.id}\t{b.imported_at:%Y-%m-%d %H:%M}\t{b.kind}\t{b.rows} rows\t{b.skipped} skipped\t{state}\t{b.file_name}")
    return 0


def cmd_import_undo(args) -> int:
    from aidstation.core import imports, records
    from aidstation.core.validation import ValidationError

    _open(args)
    try:
        done = imports.undo(args.batch, user=records.system("import"))
    except ValidationError as exc:
        raise CommandError(exc.message) from None
    print(f"batch {args.batch} undone: " + (", ".join(f"{n} {m}" for m, n in sorted(done.items())) or "nothing left to delete"))
    return 0


def cmd_import_synonym(args) -> int:
    """The administrator's words for a code table, beside the shipped ones (ledger_values.SYNONYMS)."""
    from aidstation.core import imports, records
    from aidstation.core.validation import ValidationError

    _open(args)
    try:
        imports.add_synonym(args.code_kind, args.word, args.code, user=records.system("import"))
    except ValidationError as exc:
        raise CommandError(exc.message) from None
    print(f"{args.code_kind}: “{args.word}” now means {args.code} in every ledger import")
    return 0
