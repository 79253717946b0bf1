"""The core subcommands of DESIGN §11: init, demo, backup, restore, check.

Each takes the parsed arguments (with `station_dir`) and returns the exit status; a failure is
raised as CommandError (or a StationError / ValidationError), which cli.main prints as one
line on stderr with exit status 1.
"""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

from aidstation.cli.errors import CommandError
from aidstation.core.db import StationDamaged, close_station
from aidstation.core.station import check_station_code, has_station, open_station
from aidstation.excel import signing


def _error(message: str) -> CommandError:
    return CommandError(message)


def _read_password() -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Administrator password: ")
        if getpass.getpass("Repeat the password: ") != first:
            raise _error("the two passwords differ")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def cmd_init(args) -> int:
    """Create a station with its profile and first administrator (password on stdin)."""
    from aidstation.core import accounts, records, settings
    from aidstation.core.validation import required_text

    folder = Path(args.station_dir)
    if has_station(folder):
        raise _error(f"{folder} already holds a station; choose another --data-dir")
    name = required_text(args.name, "name", max_length=100)
    code = check_station_code(args.code)
    password = _read_password()
    if not password:
        raise _error("no password on stdin: pipe the administrator's password in")
    accounts.check_strength(password, args.admin)
    open_station(folder)
    actor = records.system("init")  # no account exists yet: the program makes the first one
    settings.set_many({"station.name": name, "station.code": code}, user=actor)
    accounts.create_user(args.admin, args.admin, "admin", password, user=actor)
    signing.ensure_key()  # the station's key for signing its monthly returns (DESIGN §12)
    print(f"Created station {name} ({code}) in {folder}; administrator: {args.admin}")
    return 0


def cmd_demo(args) -> int:
    """A new demo station filled with realistic records; prints how many of each it holds."""
    from aidstation.core import demo

    folder = Path(args.station_dir)
    if has_station(folder):
        raise _error(f"{folder} already holds a station; a demo needs an empty folder")
    if not 1 <= args.months <= 60:
        raise _error("--months must be between 1 and 60")
    if args.code is not None:
        check_station_code(args.code)
    counts = demo.generate(folder, seed=args.seed, months=args.months, code=args.code, name=args.name)
    signing.ensure_key()
    from aidstation.core import settings

    print(f"Demo station {settings.get('station.name')} ({settings.get('station.code')}) in {folder}")
    print("Log in as demo / demo.")
    width = max(len(k) for k in counts)
    for kind, n in counts.items():
        print(f"  {kind:<{width}}  {n:>6}")
    return 0


def _open_existing(folder: Path):
    if not has_station(folder):
        raise _error(f"no station in {folder}")
    return open_station(folder, create=False)


def cmd_backup(args) -> int:
    from aidstation.core import backup

    folder = Path(args.station_dir)
    try:
        _open_existing(folder)
    except StationDamaged as damaged:
        # Reading may still be possible; the copy is then verified like any other, and a
        # damaged or empty one is refused, so it never pushes a good backup out of backups/.
        close_station()
        open_station(folder, read_only=True, create=False)
        try:
            target = backup.make_backup(Path(args.output) if args.output else None)
        except backup.BackupError as exc:
            raise _error(f"{damaged}; no backup was written ({exc})") from None
    else:
        target = backup.make_backup(Path(args.output) if args.output else None)
    print(f"Backup written and verified: {target}")
    return 0


def cmd_restore(args) -> int:
    from aidstation.core import backup, records

    folder = Path(args.station_dir)
    source = Path(args.file)
    problem = backup.inspect(source)
    if problem:
        raise _error(f"refused: {problem}")
    if has_station(folder):
        try:
            open_station(folder, create=False)
        except StationDamaged:
            open_station(folder, read_only=True, create=False)
    else:
        open_station(folder)
    safety = backup.restore(source, user=records.system("restore"))
    print(f"Restored {source.name}; the previous database was saved as {safety}")
    return 0


def cmd_check(args) -> int:
    """Integrity, foreign keys and the audit chain; exit 1 naming the first problems."""
    from aidstation.core import backup
    from aidstation.core.db import user_version
    from aidstation.core.models import AuditEvent

    folder = Path(args.station_dir)
    if not has_station(folder):
        raise _error(f"no station in {folder}")
    station = open_station(folder, read_only=True, create=False)
    problems = [station.problem] if station.problem else backup.check()
    if problems:
        raise _error("; ".join(problems))
    events = AuditEvent.select().count()
    print(f"ok: schema version {user_version()}; integrity, foreign keys and the audit chain "
          f"({events} events) verified")
    return 0
