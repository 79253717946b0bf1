"""Schema migrations: version 1 is frozen DDL, so a fresh station and a migrated one agree.

A fresh station runs every numbered step from 1; an old station runs the steps it lacks. These
tests hold the two paths to the same `sqlite_master`, show that a step adding a column works
on both (the failure a model-built version 1 would have had), and guard that the live models
still describe the latest schema, so a model changed without a migration fails here.
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from aidstation.core import migrations, schema_v1
from aidstation.core.db import DB_NAME, close_station, db, user_version
from aidstation.core.station import open_station

# sqlite_stat* are SQLite's own statistics (ANALYZE at open and close), not our schema
SCHEMA = ("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
          "ORDER BY type, name")


def _schema(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute(SCHEMA).fetchall()


def _version(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as con:
        return con.execute("PRAGMA user_version").fetchone()[0]


def _fresh_station(folder: Path) -> Path:
    open_station(folder)
    close_station()
    return folder / DB_NAME


def _version_1_station(folder: Path) -> Path:
    """A station as an AidStation at version 1 left it: the frozen DDL, user_version 1, and a
    user and a person linked by a foreign key. Built with plain sqlite3 from schema_v1, not
    through the models or migrate(), so it stays a version-1 file whatever they become."""
    folder.mkdir(parents=True)
    path = folder / DB_NAME
    with contextlib.closing(sqlite3.connect(path)) as con:
        for statement in schema_v1.STATEMENTS:
            con.execute(statement)
        con.execute(
            'INSERT INTO "user" (id, username, display_name, role, password_hash, active, '
            "failed_attempts, language, created_at) "
            "VALUES (1, 'admin', 'Admin', 'admin', 'x', 1, 0, 'en', '2024-01-02 09:00:00')")
        con.execute(
            'INSERT INTO "person" (id, created_at, created_by_id, updated_at, name, gender, '
            "ethnicity, phone, address, community, occupation, notes) "
            "VALUES (1, '2024-01-02 09:05:00', 1, '2024-01-02 09:05:00', '张三', 'M', '汉族', "
            "'13800138000', '', '', '', '')")
        con.execute("PRAGMA user_version = 1")
        con.commit()
    return path


def _migrated_station(folder: Path) -> Path:
    path = _version_1_station(folder)
    open_station(folder)
    close_station()
    return path


@pytest.fixture
def nickname_step(monkeypatch):
    """A simulated next version whose step adds a column, as a real version 2 would."""
    version = migrations.LATEST + 1

    def add_nickname() -> None:
        db.execute_sql('ALTER TABLE "person" ADD COLUMN "nickname" TEXT')

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(version, add_nickname)])
    monkeypatch.setattr(migrations, "LATEST", version)
    return version


def test_fresh_and_migrated_stations_have_the_same_schema(tmp_path):
    fresh = _fresh_station(tmp_path / "fresh")
    migrated = _migrated_station(tmp_path / "old")
    assert _schema(fresh) == _schema(migrated)
    assert _version(fresh) == _version(migrated) == migrations.LATEST


def test_a_step_adding_a_column_runs_on_fresh_and_old_stations_alike(tmp_path, nickname_step):
    # With version 1 built from the live models, a model already holding `nickname` would
    # have made the fresh station's ALTER fail ("duplicate column name"); frozen, both agree.
    fresh = _fresh_station(tmp_path / "fresh")
    migrated = _migrated_station(tmp_path / "old")
    assert _schema(fresh) == _schema(migrated)
    assert _version(fresh) == _version(migrated) == nickname_step
    with contextlib.closing(sqlite3.connect(migrated)) as con:
        columns = [r[1] for r in con.execute('PRAGMA table_info("person")')]
        assert columns[-1] == "nickname"
        assert con.execute('SELECT name, nickname FROM "person"').fetchall() == [("张三", None)]
    assert len(list((tmp_path / "old" / "backups").glob("pre-migration-v1-*.db"))) == 1


def test_migrated_station_is_at_latest_with_foreign_keys_intact(tmp_path):
    folder = tmp_path / "old"
    _version_1_station(folder)
    open_station(folder)
    try:
        assert user_version() == migrations.LATEST
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute_sql('SELECT created_by_id FROM "person"').fetchall() == [(1,)]
    finally:
        close_station()


def test_live_models_match_the_latest_schema(tmp_path):
    """A model changed without a migration step fails here. The fix is never to edit
    schema_v1.py: add the next step in migrations.py that brings old stations (and so fresh
    ones) to what `create_tables` now makes. An added column matches when its field is the
    model's last and the step is `ALTER TABLE "t" ADD COLUMN "c" <peewee's type and constraints>`;
    anything else rebuilds the table from the CREATE TABLE text shown in the failure."""
    from aidstation.core.models import ALL_MODELS

    models_path = tmp_path / "models.db"
    from_models = SqliteDatabase(str(models_path))
    with from_models.bind_ctx(ALL_MODELS):
        from_models.create_tables(ALL_MODELS)
    from_models.close()
    station = _fresh_station(tmp_path / "fresh")

    def tables_and_indexes(path: Path) -> dict[tuple[str, str], str | None]:
        # The question's search index (migration 4: FTS5 and its shadow tables) is no model
        return {(kind, name): sql for kind, name, _, sql in _schema(path)
                if kind != "trigger" and not name.startswith("consultation_search")}

    assert tables_and_indexes(station) == tables_and_indexes(models_path)
    triggers = [name for kind, name, _, _ in _schema(station) if kind == "trigger"]
    assert triggers == ["audit_event_no_delete", "audit_event_no_update", "consultation_search_delete",
                        "consultation_search_insert", "consultation_search_update"]
    search_tables = sorted(name for kind, name, _, _ in _schema(station) if name.startswith("consultation_search")
                           and kind == "table")
    assert search_tables == ["consultation_search", "consultation_search_config", "consultation_search_data",
                             "consultation_search_docsize", "consultation_search_idx"]
