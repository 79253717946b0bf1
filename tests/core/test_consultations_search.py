"""The reception list's search (consultations.query(text)) through migration 4's index: the same
rows as LIKE over the question, person and number found, any length of text, anything typed
read as text (never as LIKE or FTS5 syntax), the index kept by every kind of write, and each
part of the search read from an index rather than a scan of every consultation."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from aidstation.core import consultations, people
from aidstation.core.db import db
from aidstation.core.models import Consultation

AT = dt.datetime(2025, 3, 3, 9, 15)
QUESTIONS = [
    "老板拖欠三个月工资", "工资", "工", "离婚后子女抚养费", "Wage ARREARS of 100% pay", "a_b_c",
    'he said "hello" AND goodbye', "NEAR(x y) OR z* ^start col:value", "O'Brien's lease",
    "100%_done", "back\\slash [x] {y}", "Ünïcode ÄÖ straße", "两行\n问题", "工资拖欠的问题",
]
HOSTILE = ["%", "_", "%%", "a%", "%b", '"', '""', "'", "AND", "and", "OR", "NOT", "NEAR", "NEAR(x",
           "*", "z*", "^", "col:", ":", "(", ")", "\\", "[x]", "{y}", "-", "+", "x y", '"hello"',
           "100%", "0%_", "'; DROP TABLE consultation; --", "\u3000工资", "ÄÖ", "äö", "STRASSE"]


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in text)


@pytest.fixture
def asked(station, admin):
    """One anonymous consultation per question (no person: only the question and number match)."""
    return {consultations.record(user=admin, received_at=AT + dt.timedelta(minutes=i), channel="visit",
                                 matter="wages", question=q, anonymous=True).id: q
            for i, q in enumerate(QUESTIONS)}


def _found(text: str) -> list[int]:
    return [c.id for c in consultations.query(text)]


def _expected(asked: dict[int, str], text: str) -> list[int]:
    """What LIKE '%text%' over the question finds (ASCII letters in any case, nothing else
    folded), plus number prefixes, newest first: the search before migration 4."""
    text = text.strip()
    digits = text.replace(" ", "").replace("-", "").upper()
    found = {i for i, q in asked.items() if _ascii_lower(text) in _ascii_lower(q)}
    if digits.isdigit():
        found |= {c.id for c in Consultation.select() if c.number.startswith(digits)}
    return sorted(found, reverse=True)  # received in id order here


def test_every_fragment_of_every_question_finds_what_like_finds(asked):
    fragments = {q[i:i + n] for q in QUESTIONS for n in (1, 2, 3, 4, 7) for i in range(len(q) - n + 1)}
    fragments |= {f.upper() for f in fragments} | {f.swapcase() for f in fragments}
    fragments = {f for f in fragments if f.strip()}
    assert len(fragments) > 400
    results = {f: (_found(f), _expected(asked, f)) for f in sorted(fragments)}
    assert {f: pair for f, pair in results.items() if pair[0] != pair[1]} == {}


@pytest.mark.parametrize("text", HOSTILE)
def test_anything_typed_is_text_never_syntax(asked, text):
    assert _found(text) == _expected(asked, text)
    assert consultations.count(text) == len(_expected(asked, text))


def test_hostile_text_examples(asked):
    by_question = {q: i for i, q in asked.items()}
    assert _found("%") == [by_question["100%_done"], by_question["Wage ARREARS of 100% pay"]]
    assert _found("_") == [by_question["100%_done"], by_question["a_b_c"]]
    assert _found('"hello" and') == [by_question['he said "hello" AND goodbye']]
    assert _found("z* ^") == [by_question["NEAR(x y) OR z* ^start col:value"]]
    assert _found("arrears") == [by_question["Wage ARREARS of 100% pay"]]
    assert _found("äö") == []  # LIKE folds ASCII letters only, and so does the index
    assert Consultation.select().count() == len(QUESTIONS)


def test_short_and_long_fragments(asked):
    by_question = {q: i for i, q in asked.items()}
    wages = [by_question[q] for q in ("工资拖欠的问题", "工资", "老板拖欠三个月工资")]
    assert _found("工") == [by_question["工资拖欠的问题"], by_question["工"], by_question["工资"],
                            by_question["老板拖欠三个月工资"]]
    assert _found("工资") == wages
    assert _found("拖欠") == [by_question["工资拖欠的问题"], by_question["老板拖欠三个月工资"]]
    assert _found("个月工资") == [by_question["老板拖欠三个月工资"]]
    assert _found("工资的") == []  # its trigrams are there, not in this order
    long = "老板拖欠三个月工资" * 3
    assert _found(long) == []
    assert _found("两行\n问") == [by_question["两行\n问题"]]


def test_the_index_follows_updates_deletes_and_bulk_inserts(asked, admin):
    first = Consultation.get_by_id(min(asked))
    consultations.update(first, user=admin, question="邻居装修噪音")
    assert first.id not in _found("拖欠三个")
    assert _found("装修噪") == [first.id] and _found("噪") == [first.id]
    consultations.delete(first, user=admin)  # soft: the list leaves it out, the index keeps it
    assert _found("装修噪") == []
    assert consultations.count("装修噪", include_deleted=True) == 1
    Consultation.insert_many([{"number": f"20250310{n:02d}", "received_at": AT, "anonymous": True,
                               "question": f"批量导入{n}号"} for n in range(1, 4)]).execute()
    bulk = [c.id for c in Consultation.select().where(Consultation.number.startswith("20250310"))]
    assert _found("批量导") == sorted(bulk, reverse=True) and _found("批") == sorted(bulk, reverse=True)
    Consultation.delete().where(Consultation.id == bulk[0]).execute()  # a hard delete, as a purge
    assert _found("批量导") == sorted(bulk[1:], reverse=True)
    indexed = db.execute_sql('SELECT count(*) FROM "consultation_search"').fetchone()[0]
    assert indexed == Consultation.select().count()


def test_person_pinyin_phone_id_and_number(station, admin):
    zhang = people.create(user=admin, name="张三", phone="13800138000", id_number="11010519491231002X")
    li = people.create(user=admin, name="李四", phone="13912345678")
    a = consultations.record(user=admin, received_at=AT, channel="visit", person=zhang, matter="wages",
                             question="欠薪")
    b = consultations.record(user=admin, received_at=AT + dt.timedelta(days=1), channel="phone", person=li,
                             matter="family", question="离婚")
    assert _found("张") == [a.id] and _found("张三") == [a.id]
    assert _found("zs") == [a.id] and _found("ZhangS") == [a.id] and _found("zhang san") == [a.id]
    assert _found("ls") == [b.id] and _found("s") == []  # pinyin from its beginning or its initials
    assert _found("8000") == [a.id] and _found("1949") == [a.id] and _found("002x") == [a.id]
    assert _found("1234") == [b.id]
    assert _found("5678") == [b.id] and _found("138 0013") == [a.id]
    assert _found("20250304") == [b.id] and _found("2025030") == [b.id, a.id]
    assert _found("%") == [] and _found("*") == []


def _plan(text: str) -> list[str]:
    sql, params = consultations.query(text).select(Consultation.id).sql()
    return [row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]


@pytest.mark.parametrize("text", ["张", "工资", "工资拖欠", "13800138000", "8000", "zs", "2025030301", '"%'])
def test_no_search_reads_every_consultation(station, admin, text):
    """Each part is an index lookup (the trigram index, its term list, person's indexes, the
    number's unique index); the only scan is of person (its name index), never of consultation."""
    from aidstation.core.models import Person

    Person.insert_many([{"name": f"王{n}", "phone": f"139{n:08d}"} for n in range(500)]).execute()
    Consultation.insert_many([{"number": f"{2020 + n // 1000}0101{n % 1000:03d}", "received_at": AT,
                               "person": n % 500 + 1, "question": "咨询工资"} for n in range(3000)]).execute()
    db.execute_sql("ANALYZE")
    plan = _plan(text)
    assert "MULTI-INDEX OR" in plan
    scans = [step for step in plan if step.startswith("SCAN")]
    assert scans and all(step.startswith(("SCAN consultation_search VIRTUAL TABLE",
                                          "SCAN temp.consultation_search_terms VIRTUAL TABLE", "SCAN t2"))
                         for step in scans), plan


def test_a_station_without_the_index_is_searched_with_like(asked):
    """A station opened read-only before migration 4 (damaged or from a newer program) has no
    index: the same rows, by LIKE."""
    for name in ("consultation_search_insert", "consultation_search_update", "consultation_search_delete"):
        db.execute_sql(f'DROP TRIGGER "{name}"')
    db.execute_sql('DROP TABLE "consultation_search"')
    for text in ("工", "工资", "工资拖欠", "%", '"', "AND", "arrears"):
        assert _found(text) == _expected(asked, text)
    assert "MULTI-INDEX OR" not in _plan("工资")


def test_the_term_list_is_per_connection_and_not_in_the_station(asked):
    _found("工")
    main = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE name LIKE '%terms%'")]
    temp = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_temp_master")]
    assert main == [] and temp == ["consultation_search_terms"]


def test_long_text_uses_a_sample_of_its_trigrams(asked):
    text = "".join(itertools.islice(itertools.cycle("老板拖欠三个月工资"), 200))
    assert _found(text) == []
    assert _found(QUESTIONS[0][:8]) == [min(asked)]
