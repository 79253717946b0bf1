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

from peewee import Case, Value

from aidstation.core import records, validation
from aidstation.core.db import atomic
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    MediationCase,
    MediationParty,
    Person,
    ScreeningItem,
    ScreeningParty,
    ScreeningRound,
    now,
)
from aidstation.core.people import pinyin
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
    """Validate the given fields; returns cleaned values and warnings. Every problem is
    reported at once (ValidationErrors when there are several), so the form marks them all."""
    out: dict = {}
    warnings: list[str] = []
    problems = validation.Problems()
    for key in values:
        if key not in FIELDS:
            raise ValidationError(key, "not a field of a person", "不是人员信息的字段")

    def keep(key, function, *args, **kwargs):
        value = problems.check(function, *args, **kwargs)
        if key not in problems.fields():
            out[key] = value

    if "name" in values:
        keep("name", validation.required_text, values["name"], "name", max_length=60)
    if "gender" in values:
        gender = validation.text_value(values["gender"], "gender").upper()
        gender = {"男": "M", "女": "F"}.get(values["gender"] or "", gender)
        if gender not in GENDERS:
            problems.add("gender", "gender is M, F or empty", "性别应为男、女或空")
        else:
            out["gender"] = gender
    if "birth_date" in values:
        keep("birth_date", validation.date, values["birth_date"], "birth_date", allow_future=False,
             required=False, today=today)
    if "id_number" in values:
        text = validation.text_value(values["id_number"], "id_number")
        if text:
            rid = problems.check(validation.resident_id, text, "id_number", today=today)
            if rid is not None:
                out["id_number"] = rid.number
                out["birth_date"] = rid.birth_date
                out["gender"] = rid.gender
                if rid.warning:
                    warnings.append(rid.warning)
        else:
            out["id_number"] = None
    if "phone" in values:
        keep("phone", validation.phone, values["phone"], "phone")
    for key, limit in (("ethnicity", 20), ("address", 200), ("community", 60), ("occupation", 60),
                       ("notes", validation.NOTES_LIMIT)):
        if key in values:
            keep(key, validation.free_text, values[key], key, max_length=limit)
    problems.raise_any()
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
        person = Person.create(created_by=actor_id(user), updated_by=actor_id(user),
                               name_pinyin=pinyin.column(values["name"]), **values)
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
            derived = {"name_pinyin": pinyin.column(changed["name"])} if "name" in changed else {}
            Person.update(updated_at=changed_at, updated_by=actor_id(user), **changed, **derived).where(
                Person.id == current.id).execute()
            record_write(user, "update", "Person", current.id, fields=sorted(changed))
        for key, value in {**changed, **derived}.items():
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
            + CardIssue.live().where(CardIssue.person == person).count()
            + ScreeningParty.select().join(ScreeningItem).join(ScreeningRound).where(
                (ScreeningParty.person == person) & ScreeningRound.deleted_at.is_null()).count())


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


def pinyin_of(name: str) -> str:
    """What Person.name_pinyin holds for `name`: "zhangsan zs" (core/people/pinyin.py)."""
    return pinyin.column(name)


# Ranks of a match, best first: what the clerk typed is the name or the phone, then it begins
# the name or ends the phone (a caller gives the last digits), then it is inside them, then
# the name's pinyin, then the ID number's tail, then a consultation number.
RANKS = ("exact", "prefix", "inside", "pinyin_word", "pinyin_prefix", "id_tail", "consultation")
ID_TAIL_MIN = 4  # 身份证后四位; fewer digits would match a tenth of everyone
# Digits and Latin letters as a Chinese input method may type them (１３８, ｚｓ)
_HALFWIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                            *range(0xFF41, 0xFF5B)]})


def _conditions(M, text: str) -> dict[str, list[tuple[str, object]]]:
    """What the text can match, by the column read: column -> [(rank, condition over M)], the
    widest last. Only the kinds of match the text can make: a number (digits, spaces, dashes,
    an ID's final X) matches phones, ID numbers and consultation numbers; other text the
    name, and, when it is all Latin letters, the pinyin."""
    digits = text.replace(" ", "").replace("-", "").upper()
    numeric = digits.isdigit() or (digits[:-1].isdigit() and digits.endswith("X"))  # 002X
    key = pinyin.query_key(text)
    out: dict[str, list] = {}
    if not numeric:  # names hold no numbers, phones nothing else
        out["name"] = [("exact", M.name == text), ("prefix", M.name.startswith(text)),
                       ("inside", M.name.contains(text))]
    if numeric:
        out["phone"] = [("exact", M.phone == digits), ("prefix", M.phone.endswith(digits)),
                        ("inside", M.phone.contains(digits))]
        out["id_number"] = [("exact", M.id_number == digits)]
        if len(digits) >= ID_TAIL_MIN:
            out["id_number"].append(("id_tail", M.id_number.endswith(digits)))
    if key:
        # GLOB: case-sensitive (the forms are lower case) and cheaper than LIKE
        out["name_pinyin"] = [("pinyin_word", Value(" ").concat(M.name_pinyin).concat(" ") % f"* {key} *"),
                              ("pinyin_prefix", (M.name_pinyin % f"{key}*") | (M.name_pinyin % f"* {key}*"))]
    if digits.isdigit() and len(digits) >= 6:
        out["consultation"] = [("consultation", M.id.in_(_consulted(digits)))]
    return out


def _consulted(digits: str):
    """The people who came to a consultation whose number starts with `digits`: a range on
    the number's unique index (LIKE 'x%' would read every consultation). `+ 0`: without
    statistics SQLite would rather read the deleted_at index, where every live row is NULL."""
    return Consultation.select(Consultation.person).where(
        (Consultation.number >= digits) & (Consultation.number < digits + ":")
        & (Consultation.deleted_at + 0).is_null() & Consultation.person.is_null(False))


def _any(conds):
    out = conds[0]
    for cond in conds[1:]:
        out |= cond
    return out


def query(text: str = "", *, include_deleted: bool = False):
    """The peewee query behind search(), for paged table models: best match first (RANKS),
    then the most recently changed.

    The candidates come from one sub-select per column, each reading only that column's
    index (name, phone, name_pinyin, id_number: a covering index scan, a fraction of the
    table); the few rows found are then ranked. At 100,000 people that is about three times
    faster than testing every condition on every row of the table."""
    base = Person.select() if include_deleted else Person.select().where((Person.deleted_at + 0).is_null())
    text = validation.text_value(text, "text").translate(_HALFWIDTH)  # cleaned as stored text is
    if not text:
        base = Person.select() if include_deleted else Person.live()
        return base.order_by(Person.updated_at.desc(), Person.id.desc())
    inner = Person.alias()
    candidates = None
    for column, pairs in _conditions(inner, text).items():
        if column == "consultation":
            sub = _consulted(text.replace(" ", "").replace("-", ""))
        else:
            sub = inner.select(inner.id).where(pairs[-1][1])  # the widest holds the others
        candidates = sub if candidates is None else candidates + sub  # UNION ALL
    ranked = sorted(((RANKS.index(rank), cond) for pairs in _conditions(Person, text).values()
                     for rank, cond in pairs), key=lambda pair: pair[0])
    order = Case(None, [(cond, rank) for rank, cond in ranked], len(RANKS))
    return (base.where(Person.id.in_(candidates))
            .order_by(order, Person.updated_at.desc(), Person.id.desc()))


def search(text: str = "", limit: int = 50, *, include_deleted: bool = False) -> list[Person]:
    """People matching `text`, best first: by name (exact, beginning, inside), phone (exact,
    last digits, inside), pinyin (`zs` or `zhangs` for 张三: the beginning of the full pinyin
    or of the initials), the last digits of the ID number (at least four), or the number of a
    consultation they came to (its first six digits or more). One SQL query, LIMIT `limit`."""
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
