"""The core subcommands of DESIGN §11: init, demo, backup, restore, check, encrypt; and the
unlocking of an encrypted station (--user U with the password on stdin, --recovery-key-stdin)
before any command that opens one.

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
from aidstation.core.station import check_station_code, has_station, open_station, provide_key
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


def _read_secret(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def unlock_from_stdin(args) -> None:
    """--user U / --recovery-key-stdin: unwrap the encrypted station's data key from what stdin
    gives, so that the command's own open_station opens it. Nothing to do for a plain station
    (where --user only names the administrator, for `encrypt`)."""
    from aidstation.core import encryption, keys
    from aidstation.core.accounts import LoginError

    username = getattr(args, "user", None)
    recovery = getattr(args, "recovery_key_stdin", False)
    if not username and not recovery:
        return
    folder = Path(args.station_dir)
    if not has_station(folder):
        raise _error(f"no station in {folder}")
    if not keys.is_encrypted(folder):
        if recovery:
            raise _error(f"the station in {folder} is not encrypted: there is nothing to unlock")
        return
    try:
        if username:
            secret = _read_secret(f"Password for {username}: ")
            if not secret:
                raise _error(f"no password on stdin: pipe the password of {username} in")
            try:
                key = encryption.unlock(folder, username, secret)
            except encryption.UnlockRefused as exc:
                raise _error(LoginError(exc.reason, exc.minutes_remaining).message) from None
        else:
            secret = _read_secret("Recovery key: ")
            if not secret:
                raise _error("no recovery key on stdin: pipe the recovery key in")
            key = keys.unlock_recovery(folder, secret)
    except keys.KeyFileError as exc:
        raise _error(str(exc)) from None
    provide_key(folder, key)


def _recovery_sheet(path: str, recovery: str) -> Path:
    from aidstation.core import settings
    from aidstation.pdf.security import render_recovery_sheet

    target = Path(path)
    render_recovery_sheet(target, station_name=settings.get("station.name") or "",
                          station_code=settings.get("station.code") or "", recovery_key=recovery)
    return target


def _show_recovery(args, recovery: str) -> None:
    print(f"Recovery key (shown once; print it, keep it locked away): {recovery}")
    if getattr(args, "recovery_sheet", None):
        print(f"Recovery sheet written: {_recovery_sheet(args.recovery_sheet, recovery)}")


def cmd_encrypt(args) -> int:
    """Turn encryption on for a plain station: an administrator (--user, password on stdin)."""
    from aidstation.core import accounts, encryption, keys

    folder = Path(args.station_dir)
    if not has_station(folder):
        raise _error(f"no station in {folder}")
    if keys.is_encrypted(folder):
        raise _error(f"the station in {folder} is encrypted already")
    if not args.user:
        raise _error("name the administrator who turns encryption on: --user U, password on stdin")
    password = _read_secret(f"Password for {args.user}: ")
    open_station(folder, create=False)
    try:
        user = accounts.authenticate(args.user, password)
    except accounts.LoginError as exc:
        raise _error(exc.message) from None
    plain, recovery = encryption.encrypt_station(user=user, password=password)
    print(f"Encrypted the station in {folder}; the plain backup taken first is {plain} "
          "(delete it once the encrypted station has been checked)")
    waiting = [u.username for u in encryption.accounts_without_wrap()]
    if waiting:
        print(f"These accounts sign in once an administrator sets them a new password: {', '.join(waiting)}")
    _show_recovery(args, recovery)
    return 0


def cmd_init(args) -> int:
    """Create a station with its profile and first administrator (password on stdin);
    encrypted with --encrypt."""
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
    if args.recovery_sheet and not args.encrypt:
        raise _error("--recovery-sheet needs --encrypt")
    recovery = ""
    if args.encrypt:
        from aidstation.core.station import create_encrypted

        _, recovery = create_encrypted(folder, {"station.name": name})
    else:
        open_station(folder)
    actor = records.system("init")  # no account exists yet: the program makes the first one
    settings.set_many({"station.name": name, "station.code": code}, user=actor)
    accounts.create_user(args.admin, args.admin, "admin", password, user=actor)
    signing.ensure_key()  # the station's key for signing its monthly returns (DESIGN §12)
    print(f"Created station {name} ({code}) in {folder}; administrator: {args.admin}"
          + ("; encrypted" if recovery else ""))
    if recovery:
        _show_recovery(args, recovery)
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
    # an encrypted station's backup can be read only once the station is open (its key)
    problem = backup.inspect(source) if not has_station(folder) else ""
    if problem:
        raise _error(f"refused: {problem}")
    if has_station(folder):
        try:
            open_station(folder, create=False)
        except StationDamaged:
            open_station(folder, read_only=True, create=False)
        problem = backup.inspect(source)
        if problem:
            raise _error(f"refused: {problem}")
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
