"""People: one Person row reused by every record (consultations, mediation, legal aid, cards).

Duplicates: the same resident ID number is refused outright (ValidationError on `id_number`,
also when the holder is in the bin). The same name and phone as another person is only a
warning: create()/update() raise `DuplicateWarning` (a ValidationError on `phone` carrying
`.matches`) and write nothing; call again with `confirm_duplicate=True` to save anyway, or reuse
one of the matches. `find_duplicates()` answers the same question without saving, for forms
that warn while the clerk types. A 15-digit legacy ID number is accepted; the saved person
then carries `person.warnings` (a list of English strings) for the form to show.
"""
from __future__ import annotations

import datetime as dt

from peewee import Case

from aidstation.core import records, validation
from aidstation.core.db import atomic
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    MediationCase,
    MediationParty,
    Person,
    now,
)
from aidstation.core.records import actor_id, record_write
from aidstation.core.validation import ValidationError

FIELDS = ("name", "gender", "ethnicity", "birth_date", "id_number", "phone", "address",
          "community", "occupation", "notes")
GENDERS = ("M", "F", "")


class DuplicateWarning(ValidationError):
    """Same name and phone as existing people; `.matches` lists them. Nothing was written."""

    def __init__(self, matches: list[Person]):
        super().__init__("phone", f"{len(matches)} person(s) with the same name and phone already exist",
                         f"已有 {len(matches)} 位同名同电话的人员")
        self.matches = matches


def _clean(values: dict, *, today: dt.date | None = None) -> tuple[dict, list[str]]:
    """Validate the given fields; returns cleaned values and warnings."""
    out: dict = {}
    warnings: list[str] = []
    for key in values:
        if key not in FIELDS:
            raise ValidationError(key, "not a field of a person", "不是人员信息的字段")
    if "name" in values:
        out["name"] = validation.required_text(values["name"], "name", max_length=60)
    if "gender" in values:
        gender = validation.text_value(values["gender"], "gender").upper()
        gender = {"男": "M", "女": "F"}.get(values["gender"] or "", gender)
        if gender not in GENDERS:
            raise ValidationError("gender", "gender is M, F or empty", "性别应为男、女或空")
        out["gender"] = gender
    if "birth_date" in values:
        out["birth_date"] = validation.date(values["birth_date"], "birth_date", allow_future=False,
                                            required=False, today=today)
    if "id_number" in values:
        text = validation.text_value(values["id_number"], "id_number")
        if text:
            rid = validation.resident_id(text, "id_number", today=today)
            out["id_number"] = rid.number
            out["birth_date"] = rid.birth_date
            out["gender"] = rid.gender
            if rid.warning:
                warnings.append(rid.warning)
        else:
            out["id_number"] = None
    if "phone" in values:
        out["phone"] = validation.phone(values["phone"], "phone")
    for key, limit in (("ethnicity", 20), ("address", 200), ("community", 60), ("occupation", 60),
                       ("notes", validation.NOTES_LIMIT)):
        if key in values:
            out[key] = validation.free_text(values[key], key, max_length=limit)
    return out, warnings


def find_duplicates(name: str, phone: str = "", id_number: str = "", *,
                    exclude: Person | None = None) -> list[Person]:
    """Live people with this ID number, or with this name and phone (both non-empty).

    Inputs are normalised first; unparseable phone or ID numbers match nothing.
    """
    matches: dict[int, Person] = {}
    try:
        number = validation.resident_id(id_number).number if (id_number or "").strip() else ""
    except ValidationError:
        number = ""
    try:
        phone_text = validation.phone(phone)
    except ValidationError:
        phone_text = ""
    query = Person.live()
    if exclude is not None and exclude.id:
        query = query.where(Person.id != exclude.id)
    if number:
        for p in query.where(Person.id_number == number):
            matches[p.id] = p
    name_text = validation.text_value(name, "name")
    if name_text and phone_text:
        for p in query.where((Person.name == name_text) & (Person.phone == phone_text)):
            matches.setdefault(p.id, p)
    return list(matches.values())


def _check_id_free(number: str | None, exclude_id: int | None) -> None:
    if not number:
        return
    query = Person.select().where(Person.id_number == number)
    if exclude_id:
        query = query.where(Person.id != exclude_id)
    holder = query.first()
    if holder is None:
        return
    if holder.deleted_at is not None:
        raise ValidationError("id_number", "a deleted person holds this ID number: restore that person instead",
                              "已删除的人员中有此身份证号码，请恢复该人员")
    raise ValidationError("id_number", "another person already has this ID number",
                          "已有人员使用此身份证号码")


def _check_name_phone(values: dict, exclude: Person | None, confirm: bool) -> None:
    if confirm or not values.get("name") or not values.get("phone"):
        return
    query = Person.live().where((Person.name == values["name"]) & (Person.phone == values["phone"]))
    if exclude is not None:
        query = query.where(Person.id != exclude.id)
    matches = list(query)
    if matches:
        raise DuplicateWarning(matches)


def create(*, user, confirm_duplicate: bool = False, today: dt.date | None = None,
           **fields) -> Person:
    """A new person. Raises ValidationError, or DuplicateWarning unless confirm_duplicate."""
    records.require_user(user)
    values, warnings = _clean(fields, today=today)
    if "name" not in values:
        raise ValidationError("name", "this field is required", "此项为必填")
    _check_id_free(values.get("id_number"), None)
    _check_name_phone(values, None, confirm_duplicate)
    with atomic():
        person = Person.create(created_by=actor_id(user), updated_by=actor_id(user), **values)
        record_write(user, "create", "Person", person.id, fields=sorted(values))
    person.warnings = warnings
    return person


def update(person: Person, *, user, confirm_duplicate: bool = False,
           today: dt.date | None = None, **fields) -> Person:
    """Change the given fields; only fields whose value changes are written and audited."""
    records.require_user(user)
    values, warnings = _clean(fields, today=today)
    current = Person.get_by_id(person.id)
    changed = {k: v for k, v in values.items() if getattr(current, k) != v}
    if "id_number" in changed:
        _check_id_free(changed["id_number"], current.id)
    merged = {"name": values.get("name", current.name), "phone": values.get("phone", current.phone)}
    if "name" in changed or "phone" in changed:
        _check_name_phone(merged, current, confirm_duplicate)
    if changed:
        with atomic():
            changed_at = now()
            Person.update(updated_at=changed_at, updated_by=actor_id(user), **changed).where(
                Person.id == current.id).execute()
            record_write(user, "update", "Person", current.id, fields=sorted(changed))
        for key, value in changed.items():
            setattr(person, key, value)
        person.updated_at, person.updated_by = changed_at, actor_id(user)
    person.warnings = warnings
    return person


def _live_references(person: Person) -> int:
    return (Consultation.live().where(Consultation.person == person).count()
            + MediationParty.live().join(MediationCase).where(
                (MediationParty.person == person) & MediationCase.deleted_at.is_null()).count()
            + AidApplication.live().where(
                (AidApplication.applicant == person) | (AidApplication.agent == person)).count()
            + CardIssue.live().where(CardIssue.person == person).count())


def _not_named(current: Person) -> None:
    used = _live_references(current)
    if used:
        raise ValidationError("person", f"{used} record(s) still name this person: delete them first",
                              f"仍有 {used} 条记录涉及此人，请先删除这些记录")


def delete(person: Person, *, user) -> None:
    """Soft delete; refused while a live record still names the person."""
    records.soft_delete(person, user=user, check=_not_named)


def restore(person: Person, *, user) -> None:
    """Bring a deleted person back (administrators only)."""
    records.restore(person, user=user)


def get(person_id: int) -> Person | None:
    return Person.get_or_none(Person.id == person_id)


def query(text: str = "", *, include_deleted: bool = False):
    """The peewee query behind search(), for paged table models: newest changes first."""
    base = Person.select() if include_deleted else Person.live()
    text = validation.text_value(text, "text")  # search text, cleaned as stored text is
    if text:
        digits = text.replace(" ", "").replace("-", "").upper()
        cond = Person.name.contains(text)
        if any(ch.isdigit() for ch in digits):
            cond |= Person.phone.contains(digits) | Person.id_number.contains(digits)
            consulted = Consultation.select(Consultation.person).where(
                Consultation.number.startswith(digits) & Consultation.person.is_null(False))
            cond |= Person.id.in_(consulted)
        base = base.where(cond)
        # Exact name matches first, then the rest by most recent change.
        return base.order_by(Case(None, [(Person.name == text, 0)], 1), Person.updated_at.desc(), Person.id.desc())
    return base.order_by(Person.updated_at.desc(), Person.id.desc())


def search(text: str = "", limit: int = 50, *, include_deleted: bool = False) -> list[Person]:
    """People whose name contains `text`, or whose phone / ID number contains its digits, or
    who came to a consultation whose number starts with it."""
    return list(query(text, include_deleted=include_deleted).limit(limit))


def reveal_id(person: Person, *, user) -> str:
    """The full ID number, for the person's own form; every reveal is audited."""
    records.require_user(user)
    current = Person.get_by_id(person.id)
    with atomic():
        record_write(user, "reveal", "Person", current.id, fields=["id_number"])
    return current.id_number or ""


AID_DECISIONS = {"pending": ("待决定", "Pending"), "granted": ("准予援助", "Granted"),
                 "refused": ("不予援助", "Refused"), "withdrawn": ("撤回", "Withdrawn"),
                 "lapsed": ("视为撤回", "Lapsed")}


AID_ROLES = {"applicant": ("申请人", "Applicant"), "agent": ("代理人", "Agent")}


class HistoryItem(tuple):
    """(date, kind, number, summary) with `.record_id` for opening the record and `.role`, the
    person's part in it in the history's language (申请人 / 被申请人 / 第三人 in a mediation
    case, 申请人 / 代理人 in an aid application; '' for consultations and cards).

    kind is consultation | mediation | aid | card.
    """

    def __new__(cls, date, kind, number, summary, record_id, role=""):
        item = super().__new__(cls, (date, kind, number, summary))
        item.record_id = record_id
        item.role = role
        return item

    date = property(lambda self: self[0])
    kind = property(lambda self: self[1])
    number = property(lambda self: self[2])
    summary = property(lambda self: self[3])


def _short(text: str, limit: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def history(person: Person, *, lang: str = "zh") -> list[HistoryItem]:
    """Everything on record for this person, newest first (deleted records left out)."""
    from aidstation.core import cards, codes
    from aidstation.core.mediation import role_label, status_label

    items: list[HistoryItem] = []
    for c in Consultation.live().where(Consultation.person == person):
        day = c.received_at.date() if isinstance(c.received_at, dt.datetime) else c.received_at
        summary = f"{codes.label('matter', c.matter, lang)}: {_short(c.question)}"
        items.append(HistoryItem(day, "consultation", c.number, summary, c.id))
    parties = (MediationParty.live().join(MediationCase)
               .where((MediationParty.person == person) & MediationCase.deleted_at.is_null()))
    for party in parties:
        case = party.case
        summary = (f"{_short(case.title) or codes.label('dispute_type', case.dispute_type, lang)}"
                   f" ({status_label(case.status, lang)})")
        items.append(HistoryItem(case.received_on, "mediation", case.number, summary, case.id,
                                 role_label(party.role, lang)))
    apps = AidApplication.live().where((AidApplication.applicant == person) | (AidApplication.agent == person))
    for app in apps:
        zh, en = AID_DECISIONS.get(app.decision, (app.decision, app.decision))
        decision = zh if lang.startswith("zh") else en
        summary = f"{codes.label('matter', app.cause, lang) if app.cause else ''} ({decision})".strip()
        zh, en = AID_ROLES["applicant" if app.applicant_id == person.id else "agent"]
        items.append(HistoryItem(app.received_on, "aid", app.number, summary, app.id,
                                 zh if lang.startswith("zh") else en))
    for card in CardIssue.live().where(CardIssue.person == person):
        number = cards.serials_of(card)
        items.append(HistoryItem(card.issued_on, "card", number, f"× {card.quantity}", card.id))
    items.sort(key=lambda i: (i[0], i[2]), reverse=True)
    return items
