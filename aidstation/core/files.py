"""Write files to a temporary name and move them into place, so a crash never leaves half a file;
and sweep up the temporaries a killed process left behind."""
from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

# atomic_path writes `.{stem}-{random}{suffix}.part` beside the target (backup.py writes
# `.{name}.part`): a hidden name ending in PART, never one a clerk or the program chose.
PART = ".part"


def _new_temporary(target: Path) -> Path:
    """A new empty `.{stem}-{random}{suffix}.part` beside `target`, made with mode 0o666 like
    any new file, so the umask (and a folder's default ACL) set the permissions the finished
    file keeps; mkstemp's 0600 would make every export and PDF private to its writer."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}{PART}")
        try:
            os.close(os.open(tmp, flags, 0o666))
        except FileExistsError:
            continue
        return tmp
    raise FileExistsError(f"no free temporary name beside {target}")


@contextlib.contextmanager
def atomic_path(target: Path | str):
    """Yield a temporary path beside `target`; on success it replaces `target` atomically."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = _new_temporary(target)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def is_leftover(path: Path) -> bool:
    """True for a temporary of atomic_path (or of a backup) that was never moved into place."""
    return path.name.startswith(".") and path.name.endswith(PART) and path.is_file()


def remove_leftovers(folder: Path | str) -> list[Path]:
    """Delete the temporaries a killed export, print or backup left in `folder` and below.

    Only safe while no one can be writing there: the station opens it holding its lock.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    for path in folder.rglob(f".*{PART}"):
        if is_leftover(path):
            try:
                path.unlink()
            except OSError:
                continue  # swept next time
            removed.append(path)
    return removed
