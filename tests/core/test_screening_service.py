"""Dispute screening: a round with its items in one step, errors naming the row, editing,
deleting, handing a dispute to mediation, and what screening owes (schedule, open risks)."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import screening, settings, staff
from aidstation.core.models import (
    AuditEvent,
    MediationCase,
    MediationParty,
    Person,
    ScreeningItem,
    ScreeningParty,
    ScreeningRound,
)
from aidstation.core.validation import ValidationError, ValidationErrors

DAY = dt.date(2026, 3, 10)
Item = screening.ItemInput


def _round(user, items=(), **kw):
    args = dict(held_on=DAY, area="grid1", method="visit", note="入户走访", today=DAY) | kw
    return screening.record_round(user=user, items=items, **args)


def test_a_round_with_items_is_one_write(admin):
    mediator = staff.create(user=admin, name="王调解")
    rnd = _round(admin, screener=mediator, items=[
        Item("邻里漏水纠纷", "neighbor", "yellow", "watched", parties=["张三", "李四"]),
        Item("拖欠工资", "labor", "red", "referred", referred_to="hrss"),
        Item("噪音", "neighbor", "blue", "resolved"),
    ])
    items = screening.items_of(rnd)
    assert [(i.description, i.risk, i.outcome, i.position) for i in items] == [
        ("邻里漏水纠纷", "yellow", "watched", 0), ("拖欠工资", "red", "referred", 1), ("噪音", "blue", "resolved", 2)]
    assert items[1].referred_to == "hrss"
    assert [p.name for p in screening.parties_of(items[0])] == ["张三", "李四"]
    assert rnd.screener.name == "王调解"
    # the same name again is the same person (find, then create)
    second = _round(admin, held_on=DAY - dt.timedelta(days=1), items=[Item("又漏水", parties=["张三"])])
    assert Person.select().where(Person.name == "张三").count() == 1
    assert screening.parties_of(screening.items_of(second)[0])[0].id == screening.parties_of(items[0])[0].id
    creates = [e.entity for e in AuditEvent.select().where(AuditEvent.action == "create")]
    assert creates.count("ScreeningRound") == 2 and creates.count("ScreeningItem") == 4


def test_a_bad_row_names_its_field_and_row_and_writes_nothing(admin):
    with pytest.raises(ValidationErrors) as caught:
        _round(admin, area="", items=[Item("好的"), Item("", risk="purple"), Item("x", outcome="lost")])
    fields = [e.field for e in caught.value.errors]
    assert fields == ["area", "items.1.description", "items.1.risk", "items.2.outcome"]
    assert caught.value.errors[1].message_zh == "第2行：此项为必填"
    assert ScreeningRound.select().count() == ScreeningItem.select().count() == Person.select().count() == 0
    with pytest.raises(ValidationError) as one:
        _round(admin, held_on=DAY + dt.timedelta(days=1))
    assert one.value.field == "held_on"


def test_nil_report_edit_and_delete(admin):
    rnd = _round(admin)  # nothing found: a nil report
    assert screening.item_count(rnd) == 0
    assert list(screening.round_query(nil=True)) == [rnd]
    screening.update_round(rnd, user=admin, held_on=DAY, area="grid1", method="phone", today=DAY,
                           items=[Item("新发现", risk="red")])
    assert list(screening.round_query(nil=True)) == []
    assert list(screening.round_query(risk="red")) == [rnd]
    first = screening.items_of(rnd)[0]
    # editing keeps the item given by id and drops the one left out
    screening.update_round(rnd, user=admin, held_on=DAY, area="grid1", method="phone", today=DAY,
                           items=[Item("新发现（已核实）", risk="red", id=first.id), Item("另一件")])
    items = screening.items_of(rnd)
    assert [(i.id == first.id, i.description) for i in items] == [(True, "新发现（已核实）"), (False, "另一件")]
    screening.update_round(rnd, user=admin, held_on=DAY, area="grid1", method="phone", today=DAY,
                           items=[Item("另一件", id=items[1].id)])
    assert ScreeningItem.get_by_id(first.id).deleted_at is not None
    assert ScreeningRound.get_by_id(rnd.id).method == "phone"
    screening.delete_round(rnd, user=admin)
    assert list(screening.round_query()) == [] and screening.get(rnd.id) is None
    screening.restore_round(rnd, user=admin)
    assert screening.get(rnd.id) is not None


def test_hand_to_mediation_opens_a_linked_case(admin):
    rnd = _round(admin, items=[Item("宅基地界址纠纷", "housing", "red", "watched", parties=["赵一", "钱二"]),
                               Item("只有一方", parties=["孙三"])])
    item, lonely = screening.items_of(rnd)
    case = screening.hand_to_mediation(item, user=admin, received_on=DAY, today=DAY)
    assert (case.source, case.dispute_type, case.facts, case.status) == ("initiative", "housing", "宅基地界址纠纷",
                                                                        "received")
    roles = [(p.person.name, p.role) for p in MediationParty.select().where(MediationParty.case == case)]
    assert roles == [("赵一", "applicant"), ("钱二", "respondent")]
    item = ScreeningItem.get_by_id(item.id)
    assert (item.outcome, item.mediation_case_id) == ("mediation", case.id)
    with pytest.raises(ValidationError):
        screening.hand_to_mediation(item, user=admin, today=DAY)
    with pytest.raises(ValidationError) as caught:
        screening.hand_to_mediation(lonely, user=admin, today=DAY)
    assert caught.value.field == "parties"
    assert MediationCase.select().count() == 1
    # open while the case is not concluded, red first
    assert [o.item_id for o in screening.open_items()] == [item.id]
    MediationCase.update(concluded_on=DAY, status="succeeded").execute()
    assert screening.open_items() == []


def test_open_items_and_closing_a_watched_one(admin):
    rnd = _round(admin, items=[Item("黄一", risk="yellow"), Item("红一", risk="red"), Item("蓝一", risk="blue"),
                               Item("红二已化解", risk="red", outcome="resolved")])
    yellow, red, _blue, _done = screening.items_of(rnd)
    assert [(o.risk, o.description) for o in screening.open_items()] == [("red", "红一"), ("yellow", "黄一")]
    screening.close_item(red, user=admin, closed_on=DAY, today=DAY)
    assert [o.item_id for o in screening.open_items()] == [yellow.id]


def test_areas_due_by_the_schedule(admin):
    assert screening.areas_due(DAY) == [] and screening.screening_due(DAY) == []  # no ledger kept
    settings.set_many({"screening.every_days": "15", "screening.schedule": '{"grid2": 30}'}, user=admin)
    _round(admin, held_on=dt.date(2026, 3, 1), area="grid1")
    _round(admin, held_on=dt.date(2026, 3, 5), area="community")
    due = {a.area: (a.last_on, a.due_on) for a in screening.areas_due(DAY)}
    assert due == {"grid1": (dt.date(2026, 3, 1), dt.date(2026, 3, 16)),
                   "community": (dt.date(2026, 3, 5), dt.date(2026, 3, 20)),
                   "grid2": (None, dt.date(2026, 3, 31)),  # never screened: from the first round
                   "grid3": (None, dt.date(2026, 3, 16))}
    items = screening.screening_due(dt.date(2026, 3, 18), horizon=3)
    assert [(i.number, i.due_on, i.overdue) for i in items] == [
        ("第一网格", dt.date(2026, 3, 16), True), ("第三网格", dt.date(2026, 3, 16), True),
        ("本社区", dt.date(2026, 3, 20), False)]
    assert ScreeningParty.select().count() == 0


def test_a_person_named_in_a_live_round_cannot_be_deleted(admin):
    from aidstation.core import people

    rnd = _round(admin, items=[Item("邻里漏水纠纷", "neighbor", "yellow", "watched", parties=["赵六"])])
    person = Person.get(Person.name == "赵六")
    with pytest.raises(ValidationError) as refused:
        people.delete(person, user=admin)
    assert str(refused.value) == "person: 1 record(s) still name this person: delete them first"
    screening.delete_round(rnd, user=admin)
    people.delete(Person.get_by_id(person.id), user=admin)
    assert Person.get_by_id(person.id).deleted_at is not None


def test_the_rhythm_set_per_area_is_what_the_due_dates_count(admin, clerk):
    from aidstation.core.accounts import PermissionDenied

    screening.set_schedule(10, {"grid2": 30, "grid3": 10, "community": 0}, user=admin)
    assert settings.get("screening.every_days") == "10"
    assert screening.own_schedule() == {"grid2": 30}  # 0 and the station's own rhythm are not kept
    assert screening.schedule()["grid2"] == 30 and screening.schedule()["grid1"] == 10
    _round(admin, held_on=dt.date(2026, 3, 1), area="grid2")
    assert {a.area: a.due_on for a in screening.areas_due(DAY)}["grid2"] == dt.date(2026, 3, 31)
    with pytest.raises(ValidationError) as bad:
        screening.set_schedule(10, {"grid9": 7}, user=admin)
    assert str(bad.value) == "schedule: no such screening area: grid9"
    with pytest.raises(ValidationError) as bad:
        screening.set_schedule(0, {}, user=admin)
    assert str(bad.value) == "every_days: 0 is not a number of days from 1 to 366"
    with pytest.raises(PermissionDenied):
        screening.set_schedule(7, {}, user=clerk)
    assert screening.own_schedule() == {"grid2": 30} and settings.get("screening.every_days") == "10"
