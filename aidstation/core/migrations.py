"""Schema versions, keyed by PRAGMA user_version; a verified backup is taken before migrating.

Every step is frozen SQL, never the live models: version 1 is the fixed DDL in schema_v1.py,
and each later version is a step that changes the schema from the one before. A fresh database
runs every step from 1, just as an old one runs the steps it lacks, so there is one path to
the latest schema and a fresh station cannot differ from a migrated one (the steps being
frozen, replaying them is safe). A step that read the models instead would break the first
time a model gained a column: the fresh station would already have it when the step's ALTER
ran. So a model change ships with the step that makes it, and tests/core/test_migrations.py
fails when the live models and the latest schema disagree.
"""
from __future__ import annotations

from collections.abc import Callable

from aidstation.core import db as dbmod
from aidstation.core import schema_v1
from aidstation.core.db import StationTooNew, db


def _v1() -> None:
    """The first schema, as frozen DDL: every table and index the models had at version 1,
    and the two triggers that keep the audit table append-only through the program's own
    connection (the hash chain in core/audit.py detects tampering by anything else)."""
    for statement in schema_v1.STATEMENTS:
        db.execute_sql(statement)


def _v2() -> None:
    """Tamper evidence (issue 12): the audit chain's head recorded with each month sent (an
    anchor outside the chain, core/audit.py), and the district's registry of station signing
    keys (excel/signing.py). Frozen: what create_table made for those fields when added."""
    for statement in (
        'ALTER TABLE "submission" ADD COLUMN "audit_events" INTEGER',
        'ALTER TABLE "submission" ADD COLUMN "audit_head" VARCHAR(255)',
        (
            'CREATE TABLE "station_key" ('
            '"id" INTEGER NOT NULL PRIMARY KEY, '
            '"code" VARCHAR(255) NOT NULL, '
            '"public_key" VARCHAR(255) NOT NULL, '
            '"fingerprint" VARCHAR(255) NOT NULL, '
            '"first_seen" DATETIME NOT NULL, '
            '"last_seen" DATETIME NOT NULL)'
        ),
        'CREATE UNIQUE INDEX "station_key_code" ON "station_key" ("code")',
    ):
        db.execute_sql(statement)


def _v3() -> None:
    """Pinyin search (issue 11): each person's name in pinyin, "zhangsan zs", indexed, so
    the finders and the one search match `zs` and `zhangs` in SQL. The columns are frozen
    SQL; the backfill computes each existing name's forms with core.people's function (data,
    not schema: a later change to those forms would ship its own step that refills them)."""
    from aidstation.core import people

    db.execute_sql('ALTER TABLE "person" ADD COLUMN "name_pinyin" TEXT NOT NULL DEFAULT \'\'')
    db.execute_sql('CREATE INDEX "person_name_pinyin" ON "person" ("name_pinyin")')
    rows = db.execute_sql('SELECT "id", "name" FROM "person"').fetchall()
    db.cursor().executemany('UPDATE "person" SET "name_pinyin" = ? WHERE "id" = ?',
                            [(people.pinyin_of(name), person_id) for person_id, name in rows])


# Append only: (version, function). Never edit a released step; add the next one, as frozen
# SQL (an ALTER TABLE, or a rebuilt table), never by reading the models.
MIGRATIONS: list[tuple[int, Callable[[], None]]] = [
    (1, _v1),
    (2, _v2),
    (3, _v3),
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
