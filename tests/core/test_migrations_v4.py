"""Migration 4: a version-3 station gains the question's search index (filled from the
consultations it holds, kept by triggers from then on) and the indexes of the next case number
and of the reply clock, in one transaction."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest

from aidstation.core import consultations, migrations
from aidstation.core.db import DB_NAME, StationError, close_station, db, user_version
from aidstation.core.station import open_station
from tests.core.test_migrations import _version_1_station

QUESTIONS = {10: "老板拖欠三个月工资", 11: "离婚后子女抚养费", 12: "Wage ARREARS", 13: "工"}


@pytest.fixture
def version_3_station(tmp_path, monkeypatch):
    """A station as AidStation at version 3 left it, with four consultations (one of 张三, id
    1) and two mediation cases written by plain sqlite3; closed."""
    folder = tmp_path / "old"
    path = _version_1_station(folder)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        patch.setattr(migrations, "LATEST", 3)
        open_station(folder)
        close_station()
    with contextlib.closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 3
        for cid, question in QUESTIONS.items():
            con.execute(
                'INSERT INTO "consultation" (id, created_at, updated_at, number, received_at, channel, '
                "person_id, anonymous, identity_refused, matter, question, advice, disposition, referred_to, "
                "reply_due, documents_drafted, minutes) VALUES (?, '2024-01-03 09:00:00', "
                "'2024-01-03 09:00:00', ?, ?, 'visit', ?, 0, 0, 'wages', ?, '', 'answered', '', ?, 0, 0)",
                (cid, f"20240103{cid:02d}", f"2024-01-03 09:{cid:02d}:00", 1 if cid == 10 else None, question,
                 "2024-01-10" if cid == 11 else None))
        for case_id, seq in ((1, 1), (2, 2)):
            con.execute(
                'INSERT INTO "mediation_case" (id, created_at, updated_at, number, year, seq, received_on, '
                "source, dispute_type, title, facts, requests, amount, status, failure_route, agreement_form, "
                "agreement_terms, responsibility, performance_method, performance_status, judicial_result, "
                "prevented_crime, prevented_crime_persons, prevented_petition, prevented_petition_persons, notes) "
                "VALUES (?, '2024-01-03', '2024-01-03', ?, 2024, ?, '2024-01-03', 'party', 'other', '', '', '', "
                "0, 'received', '', '', '', '', '', '', '', 0, 0, 0, 0, '')",
                (case_id, f"（2024）人调字第{seq}号", seq))
        con.commit()
    return folder


def _plan(sql: str, params=()) -> str:
    return " | ".join(row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())


def test_a_version_3_station_upgrades_and_its_consultations_are_found(version_3_station):
    open_station(version_3_station, create=False)
    try:
        assert user_version() == migrations.LATEST >= 4
        assert [c.id for c in consultations.query("拖欠三")] == [10]
        assert [c.id for c in consultations.query("工")] == [13, 10]  # the term list: 1 character
        assert [c.id for c in consultations.query("arrears")] == [12]
        assert [c.id for c in consultations.query("zs")] == [10]  # 张三's pinyin (migration 3)
        assert db.execute_sql('SELECT count(*) FROM "consultation_search"').fetchone()[0] == 4
        assert "USING COVERING INDEX mediation_case_year_seq" in _plan(
            'SELECT max("seq") FROM "mediation_case" WHERE "year" = ?', (2024,))
        assert "USING INDEX consultation_reply_due" in _plan(
            'SELECT "id" FROM "consultation" WHERE "reply_due" IS NOT NULL AND "answered_at" IS NULL '
            'ORDER BY "reply_due"')
    finally:
        close_station()
    assert len(list((version_3_station / "backups").glob("pre-migration-v3-*.db"))) == 1


def test_an_sqlite_without_trigram_is_refused_with_the_reason(version_3_station, monkeypatch):
    monkeypatch.setattr(migrations.sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(migrations.sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(StationError, match="SQLite 3.31.1 is too old"):
        open_station(version_3_station, create=False)
    close_station()
    with contextlib.closing(sqlite3.connect(version_3_station / DB_NAME)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'consultation_search%'").fetchone() == (0,)
