"""The argument parser of DESIGN §11: every command, its options and their help."""
from __future__ import annotations

import argparse

from aidstation import __version__

KINDS = ["people", "consultations", "mediations", "aid", "cards", "publicity"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aidstation", description="AidStation: legal-aid workstation desk")
    p.add_argument("--version", action="version", version=f"AidStation {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="station folder (default: $AIDSTATION_DATA_DIR or the per-user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help="create a station (admin password read from stdin)")
    s.add_argument("--name", required=True)
    s.add_argument("--code", required=True)
    s.add_argument("--admin", required=True, metavar="USER")

    s = sub.add_parser("demo", help="create a realistic demo station")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--months", type=int, default=6)
    s.add_argument("--code")
    s.add_argument("--name")

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

    s = sub.add_parser("import-template", help="write an empty ledger to import")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("-o", "--output", required=True, metavar="FILE")

    s = sub.add_parser("import", help="import a ledger (all or nothing)")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dry-run", action="store_true")

    s = sub.add_parser("backup", help="back up the station database")
    s.add_argument("-o", "--output", metavar="FILE")
    s = sub.add_parser("restore", help="restore a backup (a safety backup is taken first)")
    s.add_argument("file", metavar="FILE")
    sub.add_parser("check", help="integrity, foreign keys and the audit chain")
    sub.add_parser("selftest", help="check this installation in a temporary folder (exit 0 = all ok)")
    return p
