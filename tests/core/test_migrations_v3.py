"""Migration 3: a version-2 station gains Person.name_pinyin, every existing person's filled in,
in one transaction (a failure part-way leaves the station at version 2, untouched)."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest

from aidstation.core import migrations, people
from aidstation.core.db import DB_NAME, close_station, db, user_version
from aidstation.core.station import open_station
from tests.core.test_migrations import _version_1_station


@pytest.fixture
def version_2_station(tmp_path, monkeypatch):
    """A station as AidStation at version 2 left it (migrated from version 1 by the program's
    own first two steps), with three people; closed."""
    folder = tmp_path / "old"
    path = _version_1_station(folder)  # holds 张三 (id 1)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        patch.setattr(migrations, "LATEST", 2)
        open_station(folder)
        close_station()
    with contextlib.closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 2
        for person_id, name in ((2, "单雄信"), (3, "Zsolt Kovacs")):
            con.execute(
                'INSERT INTO "person" (id, created_at, updated_at, name, gender, ethnicity, phone, '
                "address, community, occupation, notes) VALUES (?, '2024-01-03 09:00:00', "
                "'2024-01-03 09:00:00', ?, '', '', '', '', '', '', '')", (person_id, name))
        con.commit()
    return folder


def test_a_version_2_station_upgrades_and_every_person_gets_pinyin(version_2_station):
    open_station(version_2_station, create=False)  # and on to the latest version
    try:
        assert user_version() == migrations.LATEST
        rows = db.execute_sql('SELECT id, name_pinyin, updated_at FROM "person" ORDER BY id').fetchall()
        assert [r[:2] for r in rows] == [
            (1, "zhangsan zs"),
            (2, "danxiongxin dxx chanxiongxin cxx shanxiongxin sxx"),
            (3, "zsoltkovacs zk"),
        ]
        assert [str(r[2]) for r in rows] == ["2024-01-02 09:05:00", "2024-01-03 09:00:00",
                                             "2024-01-03 09:00:00"]  # not a change by anyone
        assert [p.name for p in people.search("sxx")] == ["单雄信"]
        assert [p.name for p in people.search("zs")] == ["Zsolt Kovacs", "张三"]
        indexes = [r[1] for r in db.execute_sql('PRAGMA index_list("person")').fetchall()]
        assert "person_name_pinyin" in indexes
    finally:
        close_station()
    assert len(list((version_2_station / "backups").glob("pre-migration-v2-*.db"))) == 1


def test_a_failing_backfill_leaves_the_station_at_version_2(version_2_station, monkeypatch):
    calls = []

    def failing(name):
        calls.append(name)
        if len(calls) == 2:
            raise RuntimeError("pinyin broke")
        return "x"

    monkeypatch.setattr(people, "pinyin_of", failing)
    with pytest.raises(RuntimeError, match="pinyin broke"):
        open_station(version_2_station, create=False)
    close_station()
    with contextlib.closing(sqlite3.connect(version_2_station / DB_NAME)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 2
        columns = [r[1] for r in con.execute('PRAGMA table_info("person")')]
        assert "name_pinyin" not in columns
        assert con.execute('SELECT count(*) FROM "person"').fetchone()[0] == 3
    monkeypatch.undo()
    open_station(version_2_station, create=False)  # the next start upgrades it
    try:
        assert user_version() == migrations.LATEST
        assert db.execute_sql('SELECT count(*) FROM "person" WHERE name_pinyin = \'\'').fetchone()[0] == 0
    finally:
        close_station()
