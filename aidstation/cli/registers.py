"""`register KIND` and `due`: registers for inspection and the deadline sheet (issue 14).

    aidstation register KIND --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.pdf|FILE.xlsx
    aidstation due [--days N] [--json] [-o FILE.pdf]

KIND: consultations, mediations, aid, cards, publicity, followups. The file's suffix picks the
format. `due --json` prints one JSON object a line per item, the items the dashboard lists.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from aidstation.cli.errors import CommandError
from aidstation.cli.reporting import _open

KINDS = ("consultations", "mediations", "aid", "cards", "publicity", "followups", "screening", "oral")  # core.registers.KINDS
FORMATS = (".pdf", ".xlsx")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_parsers(sub) -> None:
    s = sub.add_parser("register", help="write a register (台账) for a period, as PDF or Excel")
    s.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    s.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    s.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")

    s = sub.add_parser("due", help="what is due or overdue (the deadline sheet)")
    s.add_argument("--days", type=int, default=7, metavar="N", help="look N days ahead (default 7)")
    s.add_argument("--json", action="store_true", help="one JSON object a line per item")
    s.add_argument("-o", "--output", metavar="FILE.pdf", help="write the deadline sheet (督办单)")
    s.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)  # tests and scripts


HANDLERS = {
    "register": lambda args: cmd_register(args),
    "due": lambda args: cmd_due(args),
}


def cmd_register(args) -> int:
    from aidstation.core import records, registers

    target = Path(args.output)
    if target.suffix.lower() not in FORMATS:
        raise CommandError(f"-o {args.output}: the file must end in .pdf or .xlsx")
    if args.end < args.start:
        raise CommandError(f"--to {args.end} is before --from {args.start}")
    _open(args)
    reg = registers.register(args.kind, args.start, args.end)
    if target.suffix.lower() == ".pdf":
        from aidstation.pdf import registers as register_pdf

        rows, pages = register_pdf.render_register(reg, target)
        note = f"{rows} rows, {pages} pages"
    else:
        from aidstation.excel import registers as register_xlsx

        rows = register_xlsx.write_register(reg, target)
        note = f"{rows} rows"
    registers.record_export(records.system("register"), reg, target, rows)
    print(f"{target}: {reg.kind.en} {args.start}..{args.end}, {note}")
    return 0


def cmd_due(args) -> int:
    from aidstation.core import registers

    if args.days < 0:
        raise CommandError(f"--days {args.days}: give 0 or more days")
    if args.output and Path(args.output).suffix.lower() != ".pdf":
        raise CommandError(f"-o {args.output}: the deadline sheet is a PDF (FILE.pdf)")
    _open(args)
    as_of = args.as_of or dt.date.today()
    rows = registers.due_rows(as_of, horizon=args.days)
    out = sys.stdout
    if args.json:
        for row in rows:
            out.write(json.dumps(row.as_json(as_of), ensure_ascii=False) + "\n")
    elif not args.output:
        out.write(f"Due or overdue as of {as_of} (next {args.days} days): {len(rows)}\n")
        for row in rows:
            i = row.item
            out.write(f"  {i.due_on}  {registers.days_text(row.days_left(as_of)):<8} {i.label_zh:<12} "
                      f"{i.number}  {row.who}\n")
    if args.output:
        from aidstation.pdf import registers as register_pdf

        items, pages = register_pdf.render_due_sheet(args.output, as_of=as_of, days=args.days, rows=rows)
        print(f"{args.output}: {items} items, {pages} pages", file=sys.stderr if args.json else sys.stdout)
    return 0
