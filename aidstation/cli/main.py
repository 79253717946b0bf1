"""`aidstation [COMMAND]`: parse, dispatch to the command's handler, report in one line.

Exit status: 0 success, 1 a failure explained in one line on stderr (no traceback), 2 usage.
One line whatever the message holds (SQLite's and openpyxl's messages, and file names, may
carry newlines). A month or a --data-dir that cannot be meant is a usage error, in one line too.
With no command the desk starts; the GUI is imported only then, so the commands work without
a display (and without Qt's libraries loaded).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from aidstation.cli import documents, ledgers, registers, reporting, selftest, station
from aidstation.cli import summary as summary_cli
from aidstation.cli.errors import CommandError
from aidstation.cli.parser import build_parser
from aidstation.core import dates

# command -> handler(args) -> exit status. Looked up on the module at call time, so a test can
# replace one handler.
HANDLERS = {
    "init": lambda args: station.cmd_init(args),
    "demo": lambda args: station.cmd_demo(args),
    "backup": lambda args: station.cmd_backup(args),
    "restore": lambda args: station.cmd_restore(args),
    "check": lambda args: station.cmd_check(args),
    "selftest": lambda args: selftest.cmd_selftest(args),
    "encrypt": lambda args: station.cmd_encrypt(args),
    **reporting.HANDLERS,
    **ledgers.HANDLERS,
    **documents.HANDLERS,
    **registers.HANDLERS,
    **summary_cli.HANDLERS,
}


class UsageError(Exception):
    """A command line that cannot be meant: one line on stderr, exit status 2."""


def one_line(text: str) -> str:
    """`text` on one line: each line break (and the blanks around it) becomes one space."""
    return " ".join(part.strip() for part in str(text).splitlines() if part.strip())


def _station_dir(args) -> Path:
    from aidstation.paths import default_station_dir

    folder = Path(args.data_dir) if args.data_dir else default_station_dir()
    try:
        # open_station expands ~ too; doing it here makes has_station look in the same place.
        return folder.expanduser()
    except RuntimeError:  # ~nouser: no such user, or no home folder at all
        raise UsageError(f"--data-dir {folder}: {folder.parts[0]} names no home folder") from None


def _check_usage(args) -> None:
    """What argparse cannot see: a month that is not an ASCII YYYY-MM in 1900-2100."""
    month = getattr(args, "month", None)
    if month is not None:
        try:
            dates.parse_month(month)
        except ValueError as exc:
            raise UsageError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    prog = f"aidstation {args.command}" if args.command else "aidstation"
    try:
        args.station_dir = _station_dir(args)
        _check_usage(args)
    except UsageError as exc:
        print(f"{prog}: {one_line(exc)}", file=sys.stderr)
        return 2
    if args.command is None:
        from aidstation.gui.shell.app import run_gui

        return run_gui(args.station_dir)
    from aidstation.core.db import StationError, close_station
    from aidstation.core.validation import ValidationError

    try:
        station.unlock_from_stdin(args)
        return int(HANDLERS[args.command](args) or 0)
    except BrokenPipeError:
        # `aidstation totals ... | head`: the reader left; that is not a failure of ours.
        sys.stdout = open(os.devnull, "w")
        return 0
    except (CommandError, StationError, ValidationError, OSError) as exc:
        print(f"{prog}: {one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the contract is one line on stderr, never a traceback
        print(f"{prog}: unexpected error ({type(exc).__name__}): {one_line(exc)}", file=sys.stderr)
        return 1
    finally:
        close_station()


if __name__ == "__main__":
    sys.exit(main())
