"""Dispute screening rounds (矛盾纠纷排查): a round and the disputes found, written as one.

A round is recorded with its items in one transaction; a problem anywhere names its field, and
for an item its row (`items.2.risk`, "第3行"), so the form can point at the cell. A round with
no item is a nil report (零报告). Editing a round replaces its items: an item given with its
`id` is updated, one left out is soft-deleted, one without an id is added. An item handed to
mediation opens a case through core.mediation (its first party the applicant, the others the
respondents) and stays linked to it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from aidstation.core import dates, mediation, people, records, validation
from aidstation.core.db import atomic
from aidstation.core.models import (
    MediationCase,
    Person,
    ScreeningItem,
    ScreeningParty,
    ScreeningRound,
    Staff,
    now,
)
from aidstation.core.records import actor_id, record_write, require_user
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

# what was done with a dispute found: code -> (zh, en). Fixed, not a code table: the
# indicators and the dashboard read them.
OUTCOMES: dict[str, tuple[str, str]] = {
    "resolved": ("当场化解", "Resolved on the spot"),
    "mediation": ("转人民调解", "Handed to mediation"),
    "referred": ("移交有关部门", "Referred elsewhere"),
    "watched": ("跟踪稳控", "Watched"),
}
RISKS = ("red", "yellow", "blue")  # the shipped risk codes; red and yellow are watched on the dashboard
MAX_ITEMS = 200
DESCRIPTION_LIMIT = 500


@dataclass
class ItemInput:
    """One dispute found, as the form or an import gives it. `parties`: Person instances, or
    names (a name matches the one live person of that name, else a new person is made)."""

    description: str
    dispute_type: str = "other"
    risk: str = "blue"
    outcome: str = "watched"
    parties: list = field(default_factory=list)
    referred_to: str = ""
    closed_on: dt.date | None = None
    id: int | None = None  # an existing item of the round (editing)


def _row_error(problems: validation.Problems, row: int, name: str, message: str, message_zh: str) -> None:
    problems.add(f"items.{row}.{name}", f"row {row + 1}: {message}", f"第{row + 1}行：{message_zh}")


def _check_row(problems, row: int, function, *args, name: str, **kwargs):
    try:
        return function(*args, **kwargs)
    except validation.ValidationErrors as many:
        for error in many.errors:
            _row_error(problems, row, name, error.message, error.message_zh)
    except ValidationError as error:
        _row_error(problems, row, name, error.message, error.message_zh)
    return None


def _clean_round(problems, *, held_on, area, method, screener, note, today) -> dict:
    out = {"held_on": problems.check(validation.date, held_on, "held_on", allow_future=False, today=today)}
    area = problems.check(validation.text_value, area, "area")
    if area == "":
        problems.add("area", "pick the area screened", "请选择排查区域")
    elif area is not None:
        out["area"] = problems.check(validation.code, "screening_area", area, "area")
    method = problems.check(validation.text_value, method, "method")
    if method == "":
        problems.add("method", "pick how the area was screened", "请选择排查方式")
    elif method is not None:
        out["method"] = problems.check(validation.code, "screening_method", method, "method")
    if screener is not None and not isinstance(screener, Staff):
        screener = Staff.get_or_none(Staff.id == screener)
        if screener is None:
            problems.add("screener", "no such staff member", "没有该工作人员")
    out["screener"] = screener
    out["note"] = problems.check(validation.free_text, note, "note", max_length=2000)
    return out


def _clean_item(problems, row: int, item: ItemInput, held_on: dt.date | None, today) -> dict:
    out = {"description": _check_row(problems, row, validation.free_text, item.description, "description",
                                     max_length=DESCRIPTION_LIMIT, required=True, name="description"),
           "dispute_type": _check_row(problems, row, validation.code, "dispute_type", item.dispute_type or "",
                                      "dispute_type", name="dispute_type"),
           "risk": _check_row(problems, row, validation.code, "screening_risk", item.risk or "", "risk",
                              name="risk")}
    if item.outcome not in OUTCOMES:
        _row_error(problems, row, "outcome", "pick what was done with the dispute", "请选择处理情况")
    out["outcome"] = item.outcome
    out["referred_to"] = ""
    if item.outcome == "referred" and item.referred_to:
        out["referred_to"] = _check_row(problems, row, validation.code, "referral", item.referred_to,
                                        "referred_to", name="referred_to")
    closed = None
    if item.closed_on not in (None, ""):
        if item.outcome != "watched":
            _row_error(problems, row, "closed_on", "only a watched dispute is closed", "只有跟踪稳控的纠纷需要销号")
        closed = _check_row(problems, row, validation.date, item.closed_on, "closed_on", allow_future=False,
                            today=today, name="closed_on")
        if closed and held_on and closed < held_on:
            _row_error(problems, row, "closed_on", "closed before the round was held", "销号日期早于排查日期")
    out["closed_on"] = closed
    parties = []
    for who in item.parties or []:
        if isinstance(who, Person):
            if who.id is None or who.deleted_at is not None:
                _row_error(problems, row, "parties", "each party must be a saved person", "当事人须为已登记的人员")
            elif who not in parties:
                parties.append(who)
        else:
            name = _check_row(problems, row, validation.free_text, who, "parties", max_length=50, name="parties")
            if name:
                parties.append(name)
    out["parties"] = parties
    return out


def _person(name_or_person, user) -> Person:
    """find-or-create: the one live person of that exact name, else a new one."""
    if isinstance(name_or_person, Person):
        return name_or_person
    matches = list(Person.live().where(Person.name == name_or_person).limit(2))
    if len(matches) == 1:
        return matches[0]
    return people.create(user=user, name=name_or_person, confirm_duplicate=True)


def _clean(problems, *, held_on, area, method, screener, note, items, today):
    values = _clean_round(problems, held_on=held_on, area=area, method=method, screener=screener, note=note,
                          today=today)
    items = list(items or [])
    if len(items) > MAX_ITEMS:
        problems.add("items", f"at most {MAX_ITEMS} disputes a round", f"每轮排查最多登记 {MAX_ITEMS} 件纠纷")
        items = []
    cleaned = [_clean_item(problems, row, item, values.get("held_on"), today) for row, item in enumerate(items)]
    return values, items, cleaned


def _write_items(rnd: ScreeningRound, items: list[ItemInput], cleaned: list[dict], user) -> list[str]:
    """Create or update the round's items as given (inside the caller's transaction); the
    ones left out are soft-deleted. Returns the changed field names for the audit."""
    existing = {i.id: i for i in ScreeningItem.live().where(ScreeningItem.round == rnd)}
    kept: set[int] = set()
    changed: list[str] = []
    for position, (item, values) in enumerate(zip(items, cleaned)):
        parties = [_person(p, user) for p in values.pop("parties")]
        values["position"] = position
        if item.id is not None and item.id in existing:
            row = existing[item.id]
            kept.add(row.id)
            fields = [k for k, v in values.items() if getattr(row, k) != v]
            if fields:
                for key in fields:
                    setattr(row, key, values[key])
                records.stamp(row, user)
                row.save()
        else:
            if item.id is not None:
                raise ValidationError("items", "that dispute is not one of this round's", "该纠纷不属于本轮排查")
            row = ScreeningItem.create(round=rnd, created_by=actor_id(user), updated_by=actor_id(user), **values)
            fields = sorted(values)
        old = [p.person_id for p in ScreeningParty.select().where(ScreeningParty.item == row)]
        new = [p.id for p in parties]
        if old != new:
            ScreeningParty.delete().where(ScreeningParty.item == row).execute()
            if new:
                ScreeningParty.insert_many([{"item": row.id, "person": pid} for pid in dict.fromkeys(new)]).execute()
            fields = sorted(set(fields) | {"parties"})
        if fields:
            record_write(user, "update" if row.id in kept else "create", "ScreeningItem", row.id, fields=fields)
            changed.extend(fields)
    for item_id, row in existing.items():
        if item_id not in kept:
            when = now()
            ScreeningItem.update(deleted_at=when, updated_at=when, updated_by=actor_id(user)).where(
                ScreeningItem.id == item_id).execute()
            record_write(user, "delete", "ScreeningItem", item_id)
            changed.append("items")
    return changed


def record_round(*, user, held_on, area: str, method: str = "visit", screener=None, note: str = "",
                 items=(), today: dt.date | None = None) -> ScreeningRound:
    """Record one round with the disputes found (none: a nil report), in one transaction.
    Every problem at once (ValidationErrors); an item's fields are named `items.<row>.<field>`."""
    require_user(user)
    problems = validation.Problems()
    values, items, cleaned = _clean(problems, held_on=held_on, area=area, method=method, screener=screener,
                                    note=note, items=items, today=today)
    problems.raise_any()
    with atomic():
        rnd = ScreeningRound.create(created_by=actor_id(user), updated_by=actor_id(user), **values)
        record_write(user, "create", "ScreeningRound", rnd.id, fields=sorted(values))
        _write_items(rnd, items, cleaned, user)
        submissions.note_dates([rnd.held_on])  # a month already sent changes
    return rnd


def update_round(rnd: ScreeningRound, *, user, held_on, area: str, method: str, screener=None, note: str = "",
                 items=(), today: dt.date | None = None) -> ScreeningRound:
    """The round as the form now holds it (every field and every item, see the module's note)."""
    require_user(user)
    if rnd.deleted_at is not None:
        raise ValidationError("round", "the round was deleted", "该排查记录已删除")
    problems = validation.Problems()
    values, items, cleaned = _clean(problems, held_on=held_on, area=area, method=method, screener=screener,
                                    note=note, items=items, today=today)
    problems.raise_any()
    changed = [k for k, v in values.items() if getattr(rnd, k) != v]
    with atomic():
        if "held_on" in changed:
            submissions.note_dates([rnd.held_on])  # the month it leaves
        for key in changed:
            setattr(rnd, key, values[key])
        item_fields = _write_items(rnd, items, cleaned, user)
        if changed or item_fields:
            submissions.note_dates([rnd.held_on])
            records.stamp(rnd, user)
            rnd.save()
            record_write(user, "update", "ScreeningRound", rnd.id,
                         fields=sorted(set(changed) | ({"items"} if item_fields else set())))
    return rnd


def add_item(rnd: ScreeningRound, item: ItemInput, *, user, today: dt.date | None = None) -> ScreeningItem:
    """One more dispute found by a round already recorded (a ledger's next row of that round)."""
    require_user(user)
    problems = validation.Problems()
    values = _clean_item(problems, 0, item, rnd.held_on, today)
    problems.raise_any()
    with atomic():
        parties = [_person(p, user) for p in values.pop("parties")]
        values["position"] = ScreeningItem.select().where(ScreeningItem.round == rnd).count()
        row = ScreeningItem.create(round=rnd, created_by=actor_id(user), updated_by=actor_id(user), **values)
        if parties:
            ScreeningParty.insert_many([{"item": row.id, "person": p.id} for p in dict.fromkeys(parties)]).execute()
        record_write(user, "create", "ScreeningItem", row.id, fields=sorted(values) + (["parties"] if parties else []))
        submissions.note_dates([rnd.held_on])
    return row


def delete_round(rnd: ScreeningRound, *, user) -> None:
    """Soft delete (its items vanish with it; a case it opened stays)."""
    with atomic():
        records.soft_delete(rnd, user=user)
        submissions.note_dates([rnd.held_on])


def restore_round(rnd: ScreeningRound, *, user) -> None:
    """Administrators only."""
    with atomic():
        records.restore(rnd, user=user)
        submissions.note_dates([rnd.held_on])


def hand_to_mediation(item: ScreeningItem, *, user, received_on=None, mediators=(), title: str = "",
                      today: dt.date | None = None) -> MediationCase:
    """Open a mediation case for this dispute (source: the committee's own initiative) and link
    it; the item's outcome becomes 'handed to mediation'. Needs two parties: the first is the
    applicant, the others the respondents."""
    require_user(user)
    item = ScreeningItem.get_by_id(item.id)
    if item.deleted_at is not None or item.round.deleted_at is not None:
        raise ValidationError("item", "the dispute was deleted", "该纠纷已删除")
    if item.mediation_case_id is not None:
        raise ValidationError("item", "this dispute was already handed to mediation", "该纠纷已转入人民调解")
    parties = parties_of(item)
    if len(parties) < 2:
        raise ValidationError("parties", "name both sides of the dispute before opening a case",
                              "请先登记纠纷双方当事人，再转人民调解")
    received_on = received_on or today or dt.date.today()
    with atomic():
        case = mediation.open_case(
            user=user, received_on=received_on, source="initiative", dispute_type=item.dispute_type,
            title=title, facts=item.description,
            parties=[mediation.PartyInput(parties[0], "applicant")]
            + [mediation.PartyInput(p, "respondent") for p in parties[1:]],
            mediators=mediators, today=today)
        ScreeningItem.update(mediation_case=case, outcome="mediation", updated_at=now(),
                             updated_by=actor_id(user)).where(ScreeningItem.id == item.id).execute()
        record_write(user, "update", "ScreeningItem", item.id, fields=["mediation_case", "outcome"])
        submissions.note_dates([item.round.held_on])
    return case


def close_item(item: ScreeningItem, *, user, closed_on=None, today: dt.date | None = None) -> ScreeningItem:
    """A watched dispute no longer needs watching (销号) on `closed_on` (today by default)."""
    require_user(user)
    if item.outcome != "watched":
        raise ValidationError("closed_on", "only a watched dispute is closed", "只有跟踪稳控的纠纷需要销号")
    closed_on = validation.date(closed_on or today or dt.date.today(), "closed_on", allow_future=False, today=today)
    with atomic():
        ScreeningItem.update(closed_on=closed_on, updated_at=now(), updated_by=actor_id(user)).where(
            ScreeningItem.id == item.id).execute()
        record_write(user, "update", "ScreeningItem", item.id, fields=["closed_on"])
    item.closed_on = closed_on
    return item


# ---------------------------------------------------------------- reading

def get(round_id: int) -> ScreeningRound | None:
    return ScreeningRound.live().where(ScreeningRound.id == round_id).first()


def items_of(rnd: ScreeningRound) -> list[ScreeningItem]:
    return list(ScreeningItem.live().where(ScreeningItem.round == rnd)
                .order_by(ScreeningItem.position, ScreeningItem.id))


def parties_of(item: ScreeningItem | int) -> list[Person]:
    """The people named in a dispute (an item or its id), in the order given."""
    return list(Person.select().join(ScreeningParty).where(ScreeningParty.item == item)
                .order_by(ScreeningParty.id))


def round_query(*, year: int | None = None, month: int | None = None, area: str = "", nil: bool | None = None,
                risk: str = ""):
    """The live rounds (newest first), optionally of one month, one area, only nil reports
    (nil=True) or only rounds that found something (nil=False), or with an item of `risk`."""
    R, I = ScreeningRound, ScreeningItem
    query = R.live()
    if year and month:
        start, end = dates.month_bounds(year, month)
        query = query.where((R.held_on >= start) & (R.held_on < end))
    if area:
        query = query.where(R.area == area)
    found = I.select(I.id).where((I.round == R.id) & I.deleted_at.is_null())
    if nil is True:
        query = query.where(~fn.EXISTS(found))
    elif nil is False:
        query = query.where(fn.EXISTS(found))
    if risk:
        query = query.where(fn.EXISTS(found.where(I.risk == risk)))
    return query.order_by(R.held_on.desc(), R.id.desc())


def item_count(rnd: ScreeningRound) -> int:
    return ScreeningItem.live().where(ScreeningItem.round == rnd).count()
