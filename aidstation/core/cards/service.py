"""Convenience contact cards (便民联系卡): the design, printed serials, stock and hand-overs.

Serials are `{station.code}-{YYYY}-{NNNNN}`, numbered from 1 each year. Printing N new cards
reserves the next N serials of the year (a CardPrintRun); a reprint of a printed range is
recorded and audited but reserves nothing. Stock is every printed serial not yet in a live
CardIssue. An issue either names its serial range or gives a quantity, which takes the
lowest free serials in stock (or, with allocate=False, records cards without serials).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from aidstation.core import dates, records, settings, validation
from aidstation.core.db import atomic
from aidstation.core.models import (
    CardIssue,
    CardPrintRun,
    Person,
    PublicityActivity,
    Staff,
)
from aidstation.core.records import actor_id, record_write, require_user
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

MAX_PRINT = 5000  # cards in one print run
DEFAULT_TITLE = "法律服务便民联系卡"
DEFAULT_SERVICES = [
    "法律咨询 · 代写法律文书",
    "人民调解 · 矛盾纠纷排查",
    "法律援助申请受理与转交",
    "矛盾隐患举报 · 预约上门服务",
]


# ---------------------------------------------------------------- design
@dataclass
class CardDesign:
    """Everything printed on a card, read from the settings (card.*, station.*)."""

    title: str
    subtitle: str
    services: list[str]
    staff: list[Staff]
    office_hours: str
    qr_text: str
    double_sided: bool
    hotline: str
    address: str
    station_name: str
    station_code: str
    staff_ids: list[int] = field(default_factory=list)


def _ids(text: str) -> list[int]:
    return [int(p) for p in (text or "").replace("，", ",").split(",") if p.strip().isdigit()]


def design() -> CardDesign:
    """The current card design; empty settings fall back to sensible printed defaults."""
    values = settings.get_all()
    ids = _ids(values["card.staff_ids"])
    by_id = {s.id: s for s in Staff.live().where(Staff.id.in_(ids))} if ids else {}
    services = [line.strip() for line in values["card.services"].splitlines() if line.strip()]
    return CardDesign(
        title=values["card.title"].strip() or DEFAULT_TITLE,
        subtitle=values["card.subtitle"].strip(),
        services=services or list(DEFAULT_SERVICES),
        staff=[by_id[i] for i in ids if i in by_id],
        office_hours=values["card.office_hours"].strip(),
        qr_text=values["card.qr_text"].strip(),
        double_sided=settings.get_bool("card.double_sided"),
        hotline=values["station.hotline"].strip(),
        address=values["station.address"].strip(),
        station_name=values["station.name"].strip(),
        station_code=values["station.code"].strip() or "STATION",
        staff_ids=[i for i in ids if i in by_id],
    )


MAX_CONTACTS = 6  # what fits legibly on a 90 x 54 mm card


def _text(value, field_name: str, limit: int) -> str:
    return validation.free_text(value, field_name, max_length=limit)


def save_design(*, user, title: str, subtitle: str = "", services: list[str] | str = (),
                staff_ids: list[int] = (), office_hours: str = "", qr_text: str = "",
                double_sided: bool = True, hotline: str = "", address: str = "") -> None:
    """Validate and store the card design (admin's Settings); every problem is raised at once."""
    records.require_admin(user, "change the card design", "修改联系卡设计")
    problems = validation.Problems()
    if isinstance(services, str):
        services = services.splitlines()
    services = [line for line in (problems.check(validation.text_value, s, "services")
                                  for s in services if s) if line]
    if len(services) > 8:
        problems.add("services", "at most 8 service lines fit on the back", "背面最多可印 8 行服务项目")
    else:
        for line in services:
            if problems.check(_text, line, "services", 30) is None:
                break  # one message for the field is enough
    ids = [int(i) for i in staff_ids]
    if len(ids) > MAX_CONTACTS:
        problems.add("staff_ids", f"at most {MAX_CONTACTS} contacts fit on a card",
                     f"一张卡最多印 {MAX_CONTACTS} 位联系人")
    elif len(set(ids)) != len(ids):
        problems.add("staff_ids", "a contact is listed twice", "联系人重复")
    else:
        found = {s.id for s in Staff.live().where(Staff.id.in_(ids))} if ids else set()
        if set(ids) - found:
            problems.add("staff_ids", "a chosen contact no longer exists", "所选联系人不存在")
    hotline_text = (hotline or "").strip()
    if hotline_text:
        hotline_text = problems.check(validation.phone, hotline_text, "hotline")
    values = {
        "card.title": problems.check(_text, title, "title", 20),
        "card.subtitle": problems.check(_text, subtitle, "subtitle", 40),
        "card.services": "\n".join(services),
        "card.staff_ids": ",".join(str(i) for i in ids),
        "card.office_hours": problems.check(_text, office_hours, "office_hours", 40),
        "card.qr_text": problems.check(_text, qr_text, "qr_text", 120),
        "card.double_sided": bool(double_sided),
        "station.hotline": hotline_text,
        "station.address": problems.check(_text, address, "address", 60),
    }
    problems.raise_any()
    settings.set_many(values, user=user)


# ---------------------------------------------------------------- serials and printing
def serial_text(code: str, year: int, n: int) -> str:
    return f"{code}-{year}-{n:05d}"


def printed_upto(year: int) -> int:
    """The highest serial printed (reserved) in `year`; 0 when none."""
    value = (CardPrintRun.select(fn.MAX(CardPrintRun.serial_to))
             .where((CardPrintRun.year == year) & (CardPrintRun.reprint == False))  # noqa: E712
             .scalar())
    return int(value or 0)


def next_range(quantity, year: int | None = None) -> tuple[int, int, int]:
    """(year, first, last) of the serials the next print run of `quantity` would take."""
    n = validation.count(quantity, "quantity", maximum=MAX_PRINT)
    if n < 1:
        raise ValidationError("quantity", "print at least one card", "至少打印一张")
    year = year or dt.date.today().year
    first = printed_upto(year) + 1
    return year, first, first + n - 1


def record_print(*, user, year: int, serial_from: int, serial_to: int,
                 file_name: str = "") -> CardPrintRun:
    """Reserve serial_from..serial_to of `year` for a sheet just written.

    The range must start right after the last printed serial, so two clerks cannot reserve
    the same serials; call next_range() first, render, then this.
    """
    require_user(user)
    with atomic():
        expected = printed_upto(year) + 1
        if serial_from != expected or serial_to < serial_from:
            raise ValidationError("serial_from",
                                  f"serials from {expected} are the next to print, not {serial_from}",
                                  f"下一批应从 {expected} 号开始，而不是 {serial_from} 号")
        if serial_to - serial_from + 1 > MAX_PRINT:
            raise ValidationError("quantity", f"at most {MAX_PRINT} cards in one run",
                                  f"一次最多打印 {MAX_PRINT} 张")
        run = CardPrintRun.create(year=year, serial_from=serial_from, serial_to=serial_to,
                                  reprint=False, username=user.username,
                                  file_name=file_name)
        record_write(user, "print", "CardPrintRun", run.id, fields=["serial_from", "serial_to"],
                     detail=f"{year} {serial_from}-{serial_to} {file_name}".strip())
    return run


def check_reprint(year, serial_from, serial_to) -> tuple[int, int, int]:
    """Validate a range to reprint: it must already have been printed."""
    year = validation.count(year, "year", maximum=9999)
    first = validation.count(serial_from, "serial_from")
    last = validation.count(serial_to, "serial_to")
    if first < 1 or last < first:
        raise ValidationError("serial_to", "the range is empty or reversed", "号段为空或起止颠倒")
    if last - first + 1 > MAX_PRINT:
        raise ValidationError("serial_to", f"at most {MAX_PRINT} cards in one run",
                              f"一次最多打印 {MAX_PRINT} 张")
    top = printed_upto(year)
    if last > top:
        raise ValidationError("serial_to",
                              f"serials above {top} of {year} were never printed: print new cards instead",
                              f"{year} 年只印到 {top} 号，超出部分请打印新卡")
    return year, first, last


def record_reprint(*, user, year, serial_from, serial_to, reason: str = "",
                   file_name: str = "") -> CardPrintRun:
    """Record (and audit) a reprint of an already printed range; reserves nothing new."""
    require_user(user)
    year, first, last = check_reprint(year, serial_from, serial_to)
    reason = _text(reason, "reason", 100)
    with atomic():
        run = CardPrintRun.create(year=year, serial_from=first, serial_to=last, reprint=True,
                                  username=user.username, file_name=file_name)
        record_write(user, "print", "CardPrintRun", run.id, fields=["serial_from", "serial_to"],
                     detail=f"reprint {year} {first}-{last} {file_name}".strip())
    return run


def print_runs() -> list[CardPrintRun]:
    return list(CardPrintRun.select().order_by(CardPrintRun.printed_at.desc(), CardPrintRun.id.desc()))


# ---------------------------------------------------------------- stock
def _issued_ranges(year: int, exclude_id: int | None = None) -> list[tuple[int, int]]:
    query = (CardIssue.live().where((CardIssue.year == year) & CardIssue.serial_from.is_null(False)))
    if exclude_id is not None:
        query = query.where(CardIssue.id != exclude_id)
    return sorted((i.serial_from, i.serial_to) for i in query)


def free_ranges(year: int, exclude_id: int | None = None) -> list[tuple[int, int]]:
    """Printed-but-not-issued serial ranges of `year`, lowest first."""
    top = printed_upto(year)
    out, cursor = [], 1
    for first, last in _issued_ranges(year, exclude_id):
        if first > cursor:
            out.append((cursor, min(first - 1, top)))
        cursor = max(cursor, last + 1)
    if cursor <= top:
        out.append((cursor, top))
    return [(a, b) for a, b in out if a <= b]


@dataclass
class StockRange:
    year: int
    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


def stock() -> list[StockRange]:
    """Every free serial range of every year, oldest year first."""
    years = [r.year for r in CardPrintRun.select(CardPrintRun.year).distinct().order_by(CardPrintRun.year)]
    return [StockRange(y, a, b) for y in years for a, b in free_ranges(y)]


def stock_count() -> int:
    return sum(r.count for r in stock())


# ---------------------------------------------------------------- issuing
def _allocate(quantity: int, exclude_id: int | None = None) -> tuple[int, int, int]:
    """The lowest contiguous free block of `quantity` serials, oldest year first."""
    ranges = stock() if exclude_id is None else [
        StockRange(y, a, b) for y in sorted({r.year for r in CardPrintRun.select(CardPrintRun.year)})
        for a, b in free_ranges(y, exclude_id)]
    for r in ranges:
        if r.count >= quantity:
            return r.year, r.first, r.first + quantity - 1
    total = sum(r.count for r in ranges)
    if total >= quantity:
        raise ValidationError("quantity",
                              f"no {quantity} consecutive serials are in stock: give the serial range",
                              f"库存中没有连续 {quantity} 个号码，请填写起止号码")
    raise ValidationError("quantity", f"only {total} printed cards are in stock: print more first",
                          f"库存只有 {total} 张已印制的卡，请先打印")


def _check_range(year, first, last, exclude_id: int | None) -> tuple[int, int, int]:
    year = validation.count(year, "year", maximum=9999)
    first = validation.count(first, "serial_from")
    last = validation.count(last, "serial_to")
    if first < 1 or last < first:
        raise ValidationError("serial_to", "the serial range is empty or reversed", "号段为空或起止颠倒")
    top = printed_upto(year)
    if last > top:
        raise ValidationError("serial_to", f"serials above {top} of {year} have not been printed",
                              f"{year} 年的卡只印到 {top} 号，超出的号码尚未印制")
    for a, b in _issued_ranges(year, exclude_id):
        if a <= last and first <= b:
            raise ValidationError("serial_from",
                                  f"serials {a}-{b} of {year} were already issued",
                                  f"{year} 年 {a}-{b} 号已经发放过")
    return year, first, last


def _clean_issue(values: dict, exclude_id: int | None = None) -> dict:
    """The hand-over as stored; every bad field is raised at once (ValidationErrors)."""
    today = values.pop("today", None)
    problems = validation.Problems()
    check = problems.check
    out = {}
    out["issued_on"] = check(validation.date, values.get("issued_on"), "issued_on",
                             allow_future=False, today=today)
    person = values.get("person")
    if person is not None:
        found = Person.get_or_none(Person.id == getattr(person, "id", person))
        if found is None or found.deleted_at is not None:
            problems.add("person", "this person does not exist or was deleted", "该人员不存在或已删除")
        person = found if isinstance(person, int) else person
    recipient = check(_text, values.get("recipient"), "recipient", 100)
    if person is None and not recipient and "recipient" not in problems.fields():
        problems.add("recipient", "name the person or describe the recipients (e.g. 3号楼 12户)",
                     "请选择领卡人或描述领取对象（如“3号楼 12户”）")
    out["person"], out["recipient"] = person, recipient or ""
    out["households"] = check(validation.count, values.get("households", 1), "households", maximum=100_000)
    channel = values.get("channel")
    channel = "window" if channel is None else str(channel).strip()  # None: the API's default
    if not channel:
        problems.add("channel", "say how the cards were handed out", "请选择发放方式")
    else:
        out["channel"] = check(validation.code, "card_channel", channel, "channel")
    household_type = (values.get("household_type") or "").strip()
    out["household_type"] = (check(validation.code, "household_type", household_type, "household_type")
                             if household_type else "")
    out["community"] = check(_text, values.get("community"), "community", 60)
    activity = values.get("activity")
    if isinstance(activity, int):
        activity = PublicityActivity.live().where(PublicityActivity.id == activity).first()
    kept = values.get("kept_activity_id")  # an edit may keep the event it was handed out at
    if activity is not None and activity.deleted_at is not None and activity.id != kept:
        problems.add("activity", "the activity was deleted", "该宣传活动已删除")
    out["activity"] = activity
    issued_by = values.get("issued_by")
    if isinstance(issued_by, int):
        issued_by = Staff.live().where(Staff.id == issued_by).first()
    out["issued_by"] = issued_by
    out["notes"] = check(_text, values.get("notes"), "notes", 500)

    first, last = values.get("serial_from"), values.get("serial_to")
    quantity = values.get("quantity")
    if first not in (None, "") or last not in (None, ""):
        if first in (None, ""):
            first = last
        if last in (None, ""):
            last = first
        year = values.get("year") or (out["issued_on"] or today or dt.date.today()).year
        checked = check(_check_range, year, first, last, exclude_id)
        if checked is not None:
            year, first, last = checked
            if quantity not in (None, "") and check(validation.count, quantity, "quantity") not in (
                    None, last - first + 1):
                problems.add("quantity", "the quantity does not match the serial range",
                             "数量与起止号码不一致")
            out.update(year=year, serial_from=first, serial_to=last, quantity=last - first + 1)
    else:
        n = check(validation.count, quantity, "quantity", maximum=MAX_PRINT)
        if n is not None and n < 1:
            problems.add("quantity", "issue at least one card", "至少发放一张")
        elif n is not None and values.get("allocate", True):
            allocated = check(_allocate, n, exclude_id)
            if allocated is not None:
                year, first, last = allocated
                out.update(year=year, serial_from=first, serial_to=last, quantity=n)
        elif n is not None:
            out.update(year=None, serial_from=None, serial_to=None, quantity=n)
    problems.raise_any()
    return out


def issue(*, user, issued_on, quantity=None, year=None, serial_from=None, serial_to=None,
          person: Person | int | None = None, recipient: str = "", households=1,
          household_type: str = "", community: str = "", channel: str = "window",
          activity: PublicityActivity | int | None = None, issued_by: Staff | int | None = None,
          notes: str = "", allocate: bool = True, today: dt.date | None = None) -> CardIssue:
    """Record one hand-over of cards; raises ValidationError naming the bad field."""
    require_user(user)
    with atomic():
        # Validated inside the write lock, so two clerks cannot take the same serials.
        values = _clean_issue(dict(
            issued_on=issued_on, quantity=quantity, year=year, serial_from=serial_from,
            serial_to=serial_to, person=person, recipient=recipient, households=households,
            household_type=household_type, community=community, channel=channel,
            activity=activity, issued_by=issued_by, notes=notes, allocate=allocate, today=today))
        row = CardIssue.create(created_by=actor_id(user), updated_by=actor_id(user), **values)
        record_write(user, "create", "CardIssue", row.id, fields=sorted(values))
    return row


EDITABLE = ("issued_on", "quantity", "year", "serial_from", "serial_to", "person", "recipient",
            "households", "household_type", "community", "channel", "activity", "issued_by", "notes")


def update_issue(row: CardIssue, *, user, today: dt.date | None = None, **changes) -> CardIssue:
    """Change an issue; the serial range is re-checked against every other issue."""
    require_user(user)
    for key in changes:
        if key not in EDITABLE:
            raise ValidationError(key, f"unknown field {key!r}", f"未知字段 {key!r}")
    current = {k: getattr(row, k) for k in EDITABLE}
    merged = {**current, **changes}
    if "quantity" in changes and not ({"serial_from", "serial_to"} & set(changes)):
        merged["serial_from"] = merged["serial_to"] = None  # re-allocate for the new quantity
        merged["allocate"] = row.serial_from is not None
    elif {"serial_from", "serial_to"} & set(changes) and "quantity" not in changes:
        merged["quantity"] = None  # follows the new range
    # Cards recorded without serials (allocate=False, ledger imports) stay without them.
    merged.setdefault("allocate", row.serial_from is not None)
    with atomic():
        values = _clean_issue({**merged, "today": today, "kept_activity_id": row.activity_id},
                              exclude_id=row.id)
        changed = [k for k, v in values.items() if getattr(row, k) != v]
        if changed:
            if "issued_on" in changed:
                submissions.note_dates([row.issued_on])
            for key in changed:
                setattr(row, key, values[key])
            records.stamp(row, user)
            row.save()
            record_write(user, "update", "CardIssue", row.id, fields=sorted(changed))
    return row


def delete_issue(row: CardIssue, *, user) -> None:
    """Soft delete: the serials return to stock."""
    records.soft_delete(row, user=user)


def restore_issue(row: CardIssue, *, user) -> None:
    """Undo a delete (administrators only), unless its serials were issued again meanwhile or
    its recipient was deleted."""
    records.restore(row, user=user, persons=("person",), check=_serials_free)


def _serials_free(current: CardIssue) -> None:
    if current.serial_from is not None:
        _check_range(current.year, current.serial_from, current.serial_to, exclude_id=current.id)


def serials_of(row: CardIssue, code: str | None = None) -> str:
    """'GL01-2026-00001 – GL01-2026-00012', or '' for cards without serials."""
    if row.serial_from is None:
        return ""
    code = code or settings.get("station.code") or "STATION"
    first = serial_text(code, row.year, row.serial_from)
    if row.serial_to == row.serial_from:
        return first
    return f"{first} – {serial_text(code, row.year, row.serial_to)}"


def issues(*, year: int | None = None, month: int | None = None, person: Person | None = None,
           activity: PublicityActivity | None = None) -> list[CardIssue]:
    """Live issues, newest first, optionally of one month, person or activity."""
    query = CardIssue.live()
    if year and month:
        start, end = dates.month_bounds(year, month)
        query = query.where((CardIssue.issued_on >= start) & (CardIssue.issued_on < end))
    if person is not None:
        query = query.where(CardIssue.person == person)
    if activity is not None:
        query = query.where(CardIssue.activity == activity)
    return list(query.order_by(CardIssue.issued_on.desc(), CardIssue.id.desc()))


def person_issues(person: Person) -> list[CardIssue]:
    """A person's card history (via Person.card_issues), newest first."""
    return list(person.card_issues.where(CardIssue.deleted_at.is_null())
                .order_by(CardIssue.issued_on.desc(), CardIssue.id.desc()))


def month_totals(year: int, month: int) -> dict[str, int]:
    """Cards issued in the month: issued, households, per channel and household type."""
    rows = issues(year=year, month=month)
    out = {"issued": sum(r.quantity for r in rows), "households": sum(r.households for r in rows),
           "handovers": len(rows)}
    for r in rows:
        out[f"channel.{r.channel}"] = out.get(f"channel.{r.channel}", 0) + r.quantity
        if r.household_type:
            key = f"household.{r.household_type}"
            out[key] = out.get(key, 0) + r.households
    return out


def issue_query(*, year: int | None = None, month: int | None = None):
    """The live issues (optionally of one month) as a query, for paged lists."""
    query = CardIssue.live()
    if year and month:
        start, end = dates.month_bounds(year, month)
        query = query.where((CardIssue.issued_on >= start) & (CardIssue.issued_on < end))
    return query


def stock_text(code: str | None = None) -> str:
    """'YL03-2026-00013 – 00020, YL03-2026-00031' — the free serials, shortly."""
    code = code or settings.get("station.code") or "STATION"
    parts = []
    for r in stock():
        first = serial_text(code, r.year, r.first)
        parts.append(first if r.count == 1 else f"{first} – {r.last:05d}")
    return ", ".join(parts)
