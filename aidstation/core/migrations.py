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

import sqlite3
from collections.abc import Callable

from aidstation import __version__
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


def _v4() -> None:
    """Search as you type at 200,000 consultations (issue 13): the question in an FTS5 index
    of trigrams, kept by triggers (so ledger imports, bulk inserts and restores keep it too)
    and filled from the existing consultations; and two indexes, the next case number of a
    year and the reply clock's consultations.

    The index is contentless (content=''): it holds the trigrams and rowids only, the text
    stays in consultation (the service re-checks every candidate with LIKE). detail=none keeps
    it a third of the size it has with positions (a search ANDs the trigrams, the LIKE checks
    their order). case_sensitive 1 over lower(): exactly LIKE's ASCII-only case rule. What is
    indexed is lower(question) and two line feeds, so every character of a question begins a
    trigram and a 1-2 character text is found by the trigrams it begins (core/consultations/
    service.py); the triggers' 'delete' repeats the very same expression.
    The trigram tokenizer needs SQLite 3.34 (2020). Python 3.11's own Windows build bundles
    SQLite 3.39.4 (3.11.0-3.11.1), 3.40.1 from 3.11.2 and 3.4x later, compiled with
    SQLITE_ENABLE_FTS5 (CPython's PCbuild/sqlite3.vcxproj); Debian 12's Python uses 3.40.1.
    A later step that rebuilds the consultation table must make these triggers again."""
    if sqlite3.sqlite_version_info < (3, 34):
        raise dbmod.StationError(f"SQLite {sqlite3.sqlite_version} is too old for this AidStation "
                                 "(its search index needs SQLite 3.34 or newer)")
    new, old, each = (f'lower({row}."question") || char(10, 10)' for row in ("new", "old", '"consultation"'))
    insert = f'INSERT INTO "consultation_search" (rowid, "question") VALUES (new."id", {new});'
    delete = (f'INSERT INTO "consultation_search" ("consultation_search", rowid, "question") '
              f"VALUES ('delete', old.\"id\", {old});")
    for statement in (
        ('CREATE VIRTUAL TABLE "consultation_search" USING fts5("question", content=\'\', '
         "tokenize='trigram case_sensitive 1', detail=none)"),
        f'CREATE TRIGGER "consultation_search_insert" AFTER INSERT ON "consultation" BEGIN {insert} END',
        (f'CREATE TRIGGER "consultation_search_update" AFTER UPDATE OF "question" ON "consultation" '
         f"BEGIN {delete} {insert} END"),
        f'CREATE TRIGGER "consultation_search_delete" AFTER DELETE ON "consultation" BEGIN {delete} END',
        f'INSERT INTO "consultation_search" (rowid, "question") SELECT "id", {each} FROM "consultation"',
        'CREATE INDEX "mediation_case_year_seq" ON "mediation_case" ("year", "seq")',
        'CREATE INDEX "consultation_reply_due" ON "consultation" ("reply_due") WHERE ("reply_due" IS NOT NULL)',
    ):
        db.execute_sql(statement)


def _v5() -> None:
    """Ledger imports as batches (issue 16): the file's SHA-256 (the same file is refused a
    second time) and the records each import wrote (an administrator can undo one)."""
    for statement in (
        ('CREATE TABLE "import_batch" ('
         '"id" INTEGER NOT NULL PRIMARY KEY, '
         '"kind" VARCHAR(255) NOT NULL, '
         '"file_name" VARCHAR(255) NOT NULL, '
         '"sha256" VARCHAR(255) NOT NULL, '
         '"imported_at" DATETIME NOT NULL, '
         '"user_id" INTEGER, '
         '"rows" INTEGER NOT NULL, '
         '"skipped" INTEGER NOT NULL, '
         '"undone_at" DATETIME, '
         '"undone_by_id" INTEGER, '
         'FOREIGN KEY ("user_id") REFERENCES "user" ("id"), '
         'FOREIGN KEY ("undone_by_id") REFERENCES "user" ("id"))'),
        'CREATE INDEX "import_batch_sha256" ON "import_batch" ("sha256")',
        'CREATE INDEX "import_batch_user_id" ON "import_batch" ("user_id")',
        'CREATE INDEX "import_batch_undone_by_id" ON "import_batch" ("undone_by_id")',
        ('CREATE TABLE "import_item" ('
         '"id" INTEGER NOT NULL PRIMARY KEY, '
         '"batch_id" INTEGER NOT NULL, '
         '"model" VARCHAR(255) NOT NULL, '
         '"record_id" INTEGER NOT NULL, '
         'FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id") ON DELETE CASCADE)'),
        'CREATE INDEX "import_item_batch_id" ON "import_item" ("batch_id")',
    ):
        db.execute_sql(statement)


def _v6() -> None:
    """Dispute screening (issue 17): rounds (矛盾纠纷排查, a round without items is a nil
    report), the disputes found in each, and the people named in them."""
    for statement in (
        ('CREATE TABLE "screening_round" ("id" INTEGER NOT NULL PRIMARY KEY, '
         '"created_at" DATETIME NOT NULL, "created_by_id" INTEGER, '
         '"updated_at" DATETIME NOT NULL, "updated_by_id" INTEGER, "deleted_at" DATETIME, '
         '"held_on" DATE NOT NULL, "area" VARCHAR(255) NOT NULL, "screener_id" INTEGER, '
         '"method" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, '
         'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
         'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
         'FOREIGN KEY ("screener_id") REFERENCES "staff" ("id"))'),
        'CREATE INDEX "screening_round_created_by_id" ON "screening_round" ("created_by_id")',
        'CREATE INDEX "screening_round_updated_by_id" ON "screening_round" ("updated_by_id")',
        'CREATE INDEX "screening_round_deleted_at" ON "screening_round" ("deleted_at")',
        'CREATE INDEX "screening_round_held_on" ON "screening_round" ("held_on")',
        'CREATE INDEX "screening_round_screener_id" ON "screening_round" ("screener_id")',
        ('CREATE TABLE "screening_item" ("id" INTEGER NOT NULL PRIMARY KEY, '
         '"created_at" DATETIME NOT NULL, "created_by_id" INTEGER, '
         '"updated_at" DATETIME NOT NULL, "updated_by_id" INTEGER, "deleted_at" DATETIME, '
         '"round_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, '
         '"description" TEXT NOT NULL, "dispute_type" VARCHAR(255) NOT NULL, '
         '"risk" VARCHAR(255) NOT NULL, "outcome" VARCHAR(255) NOT NULL, '
         '"referred_to" VARCHAR(255) NOT NULL, "mediation_case_id" INTEGER, '
         '"closed_on" DATE, '
         'FOREIGN KEY ("created_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
         'FOREIGN KEY ("updated_by_id") REFERENCES "user" ("id") ON DELETE SET NULL, '
         'FOREIGN KEY ("round_id") REFERENCES "screening_round" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("mediation_case_id") REFERENCES "mediation_case" ("id"))'),
        'CREATE INDEX "screening_item_created_by_id" ON "screening_item" ("created_by_id")',
        'CREATE INDEX "screening_item_updated_by_id" ON "screening_item" ("updated_by_id")',
        'CREATE INDEX "screening_item_deleted_at" ON "screening_item" ("deleted_at")',
        'CREATE INDEX "screening_item_round_id" ON "screening_item" ("round_id")',
        'CREATE INDEX "screening_item_mediation_case_id" ON "screening_item" ("mediation_case_id")',
        ('CREATE TABLE "screening_party" ("id" INTEGER NOT NULL PRIMARY KEY, '
         '"item_id" INTEGER NOT NULL, "person_id" INTEGER NOT NULL, '
         'FOREIGN KEY ("item_id") REFERENCES "screening_item" ("id") ON DELETE CASCADE, '
         'FOREIGN KEY ("person_id") REFERENCES "person" ("id"))'),
        'CREATE INDEX "screening_party_item_id" ON "screening_party" ("item_id")',
        'CREATE INDEX "screening_party_person_id" ON "screening_party" ("person_id")',
        ('CREATE UNIQUE INDEX "screening_party_item_id_person_id" ON "screening_party" ("item_id", '
         '"person_id")'),
    ):
        db.execute_sql(statement)


# Append only: (version, function). Never edit a released step; add the next one, as frozen
# SQL (an ALTER TABLE, or a rebuilt table), never by reading the models.
MIGRATIONS: list[tuple[int, Callable[[], None]]] = [
    (1, _v1),
    (2, _v2),
    (3, _v3),
    (4, _v4),
    (5, _v5),
    (6, _v6),
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
        needed = _program_that_wrote()
        raise StationTooNew(
            f"the station database is version {start}, newer than this AidStation {__version__} "
            f"(which knows up to version {LATEST}); install "
            + (f"AidStation {needed} or newer" if needed else "the newer program")
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
    _note_program()
    codes.seed_defaults()
    settings.seed_defaults()
    return start


# The newest program that opened the station, so an older one can say which to install (it
# cannot know which release brought a schema it has never seen). Not a declared setting: no
# screen shows it.
PROGRAM_KEY = "program.version"


def _version_key(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in str(text).split("."))


def _program_that_wrote() -> str:
    try:
        row = db.execute_sql('SELECT "value" FROM "setting" WHERE "key" = ?', (PROGRAM_KEY,)).fetchone()
    except Exception:  # noqa: BLE001 - a database this old program cannot read says nothing
        return ""
    return str(row[0]) if row and row[0] else ""


def _note_program() -> None:
    known = _program_that_wrote()
    if not known or _version_key(__version__) > _version_key(known):
        db.execute_sql('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)',
                       (PROGRAM_KEY, __version__))
