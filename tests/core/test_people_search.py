"""Finding a person as clerks type: name, phone (or its last digits), pinyin or its initials,
the ID number's tail; ranked, in one SQL query."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import people
from aidstation.core.db import db
from aidstation.core.models import Person
from aidstation.core.people import pinyin
from aidstation.core.validation import id_check_digit


def _id_ending(tail3: str, check: str) -> str:
    """A valid resident ID number ending in tail3 + check (the birth date varied to fit)."""
    day = dt.date(1980, 1, 1)
    while True:
        first17 = f"110105{day:%Y%m%d}{tail3}"
        if id_check_digit(first17) == check:
            return first17 + check
        day += dt.timedelta(days=1)


@pytest.mark.parametrize("name, column", [
    ("张三", "zhangsan zs"),
    ("欧阳修", "ouyangxiu oyx"),  # a compound surname read as a phrase
    ("吕布", "lvbu lb"),  # ü typed as v
    ("单雄信", "danxiongxin dxx chanxiongxin cxx shanxiongxin sxx"),  # 单 as a surname is shàn
    ("曾国藩", "cengguofan cgf zengguofan zgf"),
    ("解缙", "jiejin jj xiejin xj"),
    ("ZHANG Wei", "zhangwei zw"),
    ("阿依古丽·买买提", "ayigulimaimaiti ayglmmt"),  # each character's common reading
    ("方婷婷", "fangtingting ftt"),  # not 方's rare readings (wáng, páng)
    ("于玲", "yuling yl"),
    ("123", ""),
])
def test_pinyin_forms_of_a_name(name, column):
    assert pinyin.column(name) == people.pinyin_of(name) == column


@pytest.mark.parametrize("text, key", [("zs", "zs"), ("Zhang S", "zhangs"), ("张s", ""), ("138", ""),
                                       ("zs1", ""), ("", "")])
def test_pinyin_query_key(text, key):
    assert pinyin.query_key(text) == key


def test_create_and_update_keep_the_pinyin(station, admin):
    p = people.create(user=admin, name="张三")
    assert Person.get_by_id(p.id).name_pinyin == p.name_pinyin == "zhangsan zs"
    people.update(p, user=admin, address="幸福路1号")
    assert Person.get_by_id(p.id).name_pinyin == "zhangsan zs"
    people.update(p, user=admin, name="曾小明")
    assert Person.get_by_id(p.id).name_pinyin == p.name_pinyin == "cengxiaoming cxm zengxiaoming zxm"


def test_pinyin_initials_and_prefixes_find_the_person(station, admin):
    zhang = people.create(user=admin, name="张三")
    zhao = people.create(user=admin, name="赵森")
    feng = people.create(user=admin, name="张三丰")
    zeng = people.create(user=admin, name="曾小明")
    latin = people.create(user=admin, name="Zsolt Kovacs")
    ids = {zhang.id: "张三", zhao.id: "赵森", feng.id: "张三丰", zeng.id: "曾小明", latin.id: "Zsolt"}

    def names(text):
        return [ids[p.id] for p in people.search(text)]

    # The name itself first (Zsolt begins with "zs"), then whole initials (newest first), then
    # initials that only begin the name's.
    assert names("zs") == ["Zsolt", "赵森", "张三", "张三丰"]
    assert names("zhangs") == ["张三丰", "张三"]
    assert names("ZhangSan") == ["张三", "张三丰"]  # all of 张三's pinyin, then the start of 张三丰's
    assert names("zhangsanf") == ["张三丰"]
    assert names("zx") == ["曾小明"]  # 曾 as a surname reads zēng
    assert names("cxm") == ["曾小明"]
    assert names("sx") == []  # the given name's syllables are not the start of a form
    assert names("张三") == ["张三", "张三丰"]  # the exact name, then the name it begins


def test_name_and_phone_rank_above_the_id_tail(station, admin):
    tail = people.create(user=admin, name="王五", phone="13912341234")  # phone ends 1234
    inside = people.create(user=admin, name="李四", phone="13812345678")  # 1234 inside
    holder = people.create(user=admin, name="赵六", id_number=_id_ending("123", "4"))
    exact = people.create(user=admin, name="周七", phone="13800001234")
    found = [p.id for p in people.search("1234")]
    assert found == [exact.id, tail.id, inside.id, holder.id]
    assert [p.id for p in people.search("13912341234")] == [tail.id]  # the whole phone
    assert [p.id for p in people.search("234")] == [exact.id, tail.id, inside.id]  # no ID tail under 4
    assert [p.id for p in people.search(holder.id_number)] == [holder.id]
    assert people.search(holder.id_number[6:14]) == []  # the birth date inside an ID matches nothing


def test_search_is_one_query_with_a_limit(station, admin, monkeypatch):
    for i in range(12):
        people.create(user=admin, name=f"张{i}", phone=f"1380013{i:04d}")
    statements = []
    original = db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    assert len(people.search("zhang", limit=5)) == 5
    assert len(statements) == 1 and statements[0].rstrip().endswith("LIMIT ?")
    statements.clear()
    assert len(people.search("138001300", limit=8)) == 8
    assert len(statements) == 1 and "LIMIT" in statements[0]


def test_deleted_people_are_not_found(station, admin):
    p = people.create(user=admin, name="张三")
    people.delete(p, user=admin)
    assert people.search("zs") == []
    assert [q.id for q in people.search("zs", include_deleted=True)] == [p.id]
