"""The argument parser of DESIGN §11: the station commands here, each area's beside its handlers."""
from __future__ import annotations

import argparse

from aidstation import __version__
from aidstation.cli import documents, ledgers, registers, reporting
from aidstation.cli import summary as summary_cli

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aidstation", description="AidStation: legal-aid workstation desk")
    p.add_argument("--version", action="version", version=f"AidStation {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="station folder (default: $AIDSTATION_DATA_DIR or the per-user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help="create a station (admin password read from stdin)")
    s.add_argument("--name", required=True)
    s.add_argument("--code", required=True)
    s.add_argument("--admin", required=True, metavar="USER")
    s.add_argument("--encrypt", action="store_true",
                   help="encrypt the station (prints its recovery key once)")
    s.add_argument("--recovery-sheet", metavar="FILE", help="with --encrypt: the recovery sheet PDF")

    s = sub.add_parser("demo", help="create a realistic demo station")
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--months", type=int, default=6)
    s.add_argument("--code")
    s.add_argument("--name")

    # Each area's commands are declared beside their handlers (cli/<module>.py add_parsers).
    reporting.add_parsers(sub)
    ledgers.add_parsers(sub)
    documents.add_parsers(sub)
    registers.add_parsers(sub)
    summary_cli.add_parsers(sub)

    s = sub.add_parser("backup", help="back up the station database")
    s.add_argument("-o", "--output", metavar="FILE")
    s = sub.add_parser("restore", help="restore a backup (a safety backup is taken first)")
    s.add_argument("file", metavar="FILE")
    sub.add_parser("check", help="integrity, foreign keys and the audit chain")
    sub.add_parser("selftest", help="check this installation in a temporary folder (exit 0 = all ok)")
    s = sub.add_parser("encrypt", help="turn encryption on (an administrator: --user, password on stdin)")
    s.add_argument("--recovery-sheet", metavar="FILE", help="write the recovery sheet PDF too")
    add_key_options(sub)
    return p


# Commands that never open a station (consolidate reads workbooks only) take no key options.
NO_STATION = {"init", "demo", "consolidate", "import-template", "selftest"}


def add_key_options(sub) -> None:
    """--user U (password on stdin) and --recovery-key-stdin on every command that opens a
    station: an encrypted one opens only so (cli/main.py unlocks it before the command runs)."""
    for name, command in sub.choices.items():
        if name in NO_STATION:
            continue
        group = command.add_mutually_exclusive_group()
        group.add_argument("--user", metavar="U",
                           help="an encrypted station: sign in as U, the password read from stdin")
        group.add_argument("--recovery-key-stdin", action="store_true",
                           help="an encrypted station: open it with the recovery key read from stdin")
