"""One search across the station (core/search.py): numbers, people by name, pinyin, phone or ID
tail, and their records; masked titles; indexed lookups."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import cards, consultations, legalaid, mediation, people, publicity, search, settings
from aidstation.core.db import db
from aidstation.core.models import Staff

D = dt.date
ID = "11010519491231002X"


@pytest.fixture
def desk(station, admin):
    """A small station: two people named 张, a consultation, a case, an application, cards."""
    settings.set_many({"station.code": "GL01"}, user=admin)
    zhang = people.create(user=admin, name="张三", phone="13800138000", id_number=ID)
    zhao = people.create(user=admin, name="赵森", phone="13912345678")
    li = people.create(user=admin, name="李四", phone="02088886666")
    c = consultations.record(user=admin, received_at=dt.datetime(2026, 3, 4, 9, 30), channel="visit",
                             person=zhang, matter="wages", question="欠薪")
    m = Staff.create(name="钱调解", role="mediator")
    case = mediation.open_case(user=admin, received_on=D(2026, 3, 5),
                               parties=[(zhang, "applicant"), (li, "respondent")],
                               dispute_type="neighbor", facts="噪音", mediators=[m], today=D(2026, 3, 6))
    app = legalaid.receive(user=admin, applicant=zhao, received_on=D(2026, 3, 6), scope_item="support",
                           cause="support", aid_form="litigation")
    y, first, last = cards.next_range(20, 2026)
    cards.record_print(user=admin, year=y, serial_from=first, serial_to=last, file_name="sheet.pdf")
    card = cards.issue(user=admin, issued_on=D(2026, 3, 7), quantity=2, person=zhang, today=D(2026, 3, 8))
    act = publicity.create_activity(user=admin, held_on=D(2026, 3, 9), format="booth", theme="civil_code",
                                    title="民法典进社区", place="文化广场", today=D(2026, 3, 10))
    return dict(zhang=zhang, zhao=zhao, li=li, c=c, case=case, app=app, card=card, act=act)


def _found(text, **kw):
    return [(h.kind, h.record_id) for h in search.search(text, **kw)]


def test_pinyin_initials_find_the_person_then_offer_their_records(desk):
    z = desk
    hits = search.search("zs")
    assert [(h.kind, h.record_id) for h in hits] == [
        ("person", z["zhao"].id), ("person", z["zhang"].id),  # both are "zs"; newest first
        ("aid", z["app"].id),  # 赵森's application
        ("card", z["card"].id), ("mediation", z["case"].id), ("consultation", z["c"].id),  # 张三's, newest first
    ]
    assert [h.title for h in hits[:2]] == ["赵* · 139****5678", "张* · 138****8000 · 110105********002X"]
    assert hits[2].person_id == z["zhao"].id and hits[3].person_id == z["zhang"].id
    assert _found("zhangs") == [("person", z["zhang"].id), ("card", z["card"].id),
                                ("mediation", z["case"].id), ("consultation", z["c"].id)]


def test_titles_are_masked_and_dated(desk):
    z = desk
    by_kind = {h.kind: h for h in search.search("张三")}
    assert by_kind["consultation"].title == f"{z['c'].number} · 张* · 劳动报酬"
    assert by_kind["consultation"].date == D(2026, 3, 4)
    assert by_kind["mediation"].title == f"{z['case'].number} · 张*、李* · 邻里"
    assert by_kind["card"].title == "GL01-2026-00001 – GL01-2026-00002 · 张* · × 2"
    assert by_kind["card"].date == D(2026, 3, 7)
    english = {h.kind: h for h in search.search("张三", lang="en")}
    assert english["consultation"].title.endswith(" · Unpaid wages")
    for hit in search.search("zs") + search.search("8000"):
        assert "张三" not in hit.title and "13800138000" not in hit.title and ID not in hit.title


def test_numbers_find_their_records_first(desk):
    z = desk
    assert _found(z["c"].number)[0] == ("consultation", z["c"].id)
    assert _found("20260304")[0] == ("consultation", z["c"].id)  # the day's consultations
    assert _found(z["case"].number) == [("mediation", z["case"].id)]
    assert _found(z["app"].number) == [("aid", z["app"].id)]
    assert _found("GL01-2026-00002") == [("card", z["card"].id)]
    assert _found("2026-00001") == [("card", z["card"].id)]
    assert _found("GL01-2026-00003") == []  # printed, not handed out
    # year and number typed loosely: the case, the application and the card of that year
    assert _found("2026-1") == [("mediation", z["case"].id), ("aid", z["app"].id), ("card", z["card"].id)]
    assert _found("1号") == [("mediation", z["case"].id), ("aid", z["app"].id)]


def test_phone_and_id_tail_find_people(desk):
    z = desk
    assert _found("8000")[0] == ("person", z["zhang"].id)
    assert _found("002X")[0] == ("person", z["zhang"].id)
    assert _found("６６６６")[0] == ("person", z["li"].id)  # full-width digits, as an input method types them
    assert _found("文化广场") == [("publicity", z["act"].id)]
    assert search.search("") == [] and search.search("   ") == []
    assert search.search("不存在的人") == []


def test_deleted_records_are_not_found(desk, admin):
    z = desk
    consultations.delete(z["c"], user=admin)
    assert ("consultation", z["c"].id) not in _found("张三")
    assert _found(z["c"].number) == []


def test_limit_caps_the_hits(desk, admin):
    for i in range(8):
        people.create(user=admin, name=f"张{i}号")
    assert len(search.search("张", limit=5)) == 5


def _plan(sql_and_params) -> str:
    sql, params = sql_and_params
    return " | ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())


def test_number_lookups_use_the_unique_indexes(desk, monkeypatch):
    """Every number lookup is a search on an index, never a scan of the big tables."""
    seen = []
    original = db.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params or ()))
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", recording)
    search.search(desk["c"].number)
    monkeypatch.undo()
    plans = [_plan(q) for q in seen]
    consultation = [p for q, p in zip(seen, plans) if 'FROM "consultation"' in q[0]]
    assert consultation and "SEARCH t1 USING INDEX consultation_number (number>? AND number<?)" in consultation[0]
    assert not any("SCAN t1" in p for p in consultation)
    # the person search: the consultations a person came to are found through the same index
    person = [p for q, p in zip(seen, plans) if q[0].lstrip().startswith('SELECT "t1"."id", "t1"."created_at"')
              and 'FROM "person"' in q[0]]
    assert person and "USING INDEX consultation_number" in person[0]


def test_a_persons_date_is_their_last_consultation(desk, admin):
    z = desk
    consultations.record(user=admin, received_at=dt.datetime(2026, 4, 1, 9, 0), channel="phone",
                         person=z["zhang"], matter="family", question="离婚")
    dates = {(h.kind, h.record_id): h.date for h in search.search("zs")}
    assert dates[("person", z["zhang"].id)] == D(2026, 4, 1)
    assert dates[("person", z["zhao"].id)] == z["zhao"].created_at.date()  # never consulted
