"""The command line of DESIGN §11 (a contract: tests and scripts depend on it).

Exit status: 0 success, 1 a failure explained in one line on stderr (no traceback), 2 usage.
Each subcommand is a function `cmd_x(args) -> int` or lives in the module that owns the work
(`aidstation.excel.commands` for the monthly return, merge and import).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from aidstation import __version__


class CommandError(Exception):
    """A failure to report in one line on stderr, exit status 1."""


def _station_dir(args) -> Path:
    from aidstation.paths import default_station_dir

    return Path(args.data_dir) if args.data_dir else default_station_dir()


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

    kinds = ["people", "consultations", "mediations", "aid", "cards", "publicity"]
    s = sub.add_parser("import-template", help="write an empty ledger to import")
    s.add_argument("kind", choices=kinds)
    s.add_argument("-o", "--output", required=True, metavar="FILE")

    s = sub.add_parser("import", help="import a ledger (all or nothing)")
    s.add_argument("kind", choices=kinds)
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dry-run", action="store_true")

    s = sub.add_parser("backup", help="back up the station database")
    s.add_argument("-o", "--output", metavar="FILE")
    s = sub.add_parser("restore", help="restore a backup (a safety backup is taken first)")
    s.add_argument("file", metavar="FILE")
    sub.add_parser("check", help="integrity, foreign keys and the audit chain")
    sub.add_parser("selftest", help="check this installation in a temporary folder (exit 0 = all ok)")
    return p


# command -> "module:function"; each function takes the parsed args and returns an exit code.
HANDLERS = {
    "init": "aidstation.core.commands:cmd_init",
    "demo": "aidstation.core.commands:cmd_demo",
    "backup": "aidstation.core.commands:cmd_backup",
    "restore": "aidstation.core.commands:cmd_restore",
    "check": "aidstation.core.commands:cmd_check",
    "totals": "aidstation.excel.commands:cmd_totals",
    "export-month": "aidstation.excel.commands:cmd_export_month",
    "consolidate": "aidstation.excel.commands:cmd_consolidate",
    "import-template": "aidstation.excel.commands:cmd_import_template",
    "import": "aidstation.excel.commands:cmd_import",
    "selftest": "aidstation.selftest:cmd_selftest",
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.station_dir = _station_dir(args)
    if args.command is None:
        # Imported by name: the command modules of core and excel import this module for
        # CommandError, and must not thereby depend on Qt (import-linter contract).
        run_gui = importlib.import_module("aidstation.gui.app").run_gui
        return run_gui(args.station_dir)
    module_name, func_name = HANDLERS[args.command].split(":")
    from aidstation.core.db import StationError, close_station
    from aidstation.core.validation import ValidationError

    try:
        handler = getattr(importlib.import_module(module_name), func_name)
        return int(handler(args) or 0)
    except BrokenPipeError:
        # `aidstation totals ... | head`: the reader left; that is not a failure of ours.
        sys.stdout = open(os.devnull, "w")
        return 0
    except (CommandError, StationError, ValidationError, OSError) as exc:
        print(f"aidstation {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"aidstation {args.command}: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the contract is one line on stderr, never a traceback
        print(f"aidstation {args.command}: unexpected error ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 1
    finally:
        close_station()


if __name__ == "__main__":
    sys.exit(main())
