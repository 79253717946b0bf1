"""Schema versions, keyed by PRAGMA user_version; a verified backup is taken before migrating."""
from __future__ import annotations

from typing import Callable

from aidstation.core import db as dbmod
from aidstation.core.db import StationTooNew, db


def _v1() -> None:
    from aidstation.core.models import ALL_MODELS

    db.create_tables(ALL_MODELS)
    # The audit table is append-only: the chain in core/audit.py detects tampering, these
    # triggers stop accidental edits through the program's own connection.
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


# Append only: (version, function). Never edit a released step; add the next one.
MIGRATIONS: list[tuple[int, Callable[[], None]]] = [
    (1, _v1),
]
LATEST = MIGRATIONS[-1][0]


def migrate(*, existed: bool, before_upgrade: Callable[[int], None] | None = None) -> int:
    """Bring the open database up to LATEST; returns the version it started at.

    `before_upgrade(version)` runs first when an existing database is older than LATEST: the
    caller's verified backup (backup.upgrade), kept out of here so migrations need not know backups.
    """
    from aidstation.core import codes, settings

    start = dbmod.user_version()
    if start > LATEST:
        raise StationTooNew(
            f"the station database is version {start}, newer than this AidStation "
            f"(which knows up to version {LATEST}); install the newer program"
        )
    if start < LATEST and existed and start > 0 and before_upgrade is not None:
        before_upgrade(start)
    if start < LATEST:
        # Foreign keys off while tables are rebuilt, so no cascade wipes child rows.
        db.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            for version, step in MIGRATIONS:
                if version > start:
                    with db.atomic("IMMEDIATE"):
                        step()
                        dbmod.set_user_version(version)
            problems = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise dbmod.StationError(f"foreign key check failed after migrating: {problems[:3]}")
        finally:
            db.execute_sql("PRAGMA foreign_keys = ON")
    codes.seed_defaults()
    settings.seed_defaults()
    return start
