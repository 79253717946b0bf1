"""One search across the station: what a clerk types (a name, its pinyin or initials, a phone
or its last digits, an ID number's tail, a consultation, case or application number, a card
serial, an activity's title) and the records it names, best first.

The result is a list a clerk may share on screen, so its titles are masked as every list is
(DESIGN §12: 张*, 138****8000, 110105********002X). Every lookup is SQL with a LIMIT; the
numbers go through their unique indexes, people through core.people.search (one query).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import JOIN, fn

from aidstation.core import cards, codes, masking, people, validation
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    MediationCase,
    MediationParty,
    Person,
    PublicityActivity,
)

KINDS = ("person", "consultation", "mediation", "aid", "card", "publicity")
PEOPLE_WITH_RECORDS = 3  # a search naming this few people also offers their records
RECORDS_PER_PERSON = 5

_HALF = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                       **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                       **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
                       "\uff0d": "-", "\u3000": " "})
_HAN = re.compile(r"[\u3400-\u9fff]")
# 2026-12, 2026 12, (2026)12: a year, then a case or application's number (never 0-padded:
# 2026-00012 is a card serial)
_YEAR_SEQ = re.compile(r"\D*((?:19|20)\d\d)\D+([1-9]\d{0,4})\D*")
# 第12号, 12号: a number in any year
_SEQ_ONLY = re.compile(r"第?([1-9]\d{0,4})号")
# GL01-2026-00012 (the station code optional): one card's serial
_SERIAL = re.compile(r"(?:[A-Za-z0-9_-]+-)?((?:19|20)\d\d)-(\d{1,5})")


@dataclass(frozen=True)
class Hit:
    """One search result: `kind` (KINDS), the record's id, a masked title line and a date (the
    record's own; a person's last consultation, else the day they were first recorded);
    `person_id` when the record is offered because its person matched."""

    kind: str
    record_id: int
    title: str
    date: dt.date | None
    person_id: int | None = None


def search(text: str, limit: int = 30, *, lang: str = "zh") -> list[Hit]:
    """Records matching `text`, at most `limit`: number matches first (what the clerk typed is
    that record's number), then people (ranked as core.people.search ranks them), then the
    records of those people when they are few, then publicity activities."""
    text = validation.text_value(text, "text").translate(_HALF).strip()
    if not text:
        return []
    labels = _Labels(lang)
    hits: list[Hit] = []
    hits += _consultation_numbers(text, limit, labels)
    hits += _mediation_numbers(text, limit, labels)
    hits += _aid_numbers(text, limit, labels)
    hits += _card_serials(text, limit)
    found = people.search(text, limit=limit)
    seen_on = _last_visits(found)
    hits += [Hit("person", p.id, _person_title(p), seen_on.get(p.id) or _day(p.created_at)) for p in found]
    if found and len(found) <= PEOPLE_WITH_RECORDS and len(hits) < limit:
        hits += _records_of(found, labels)
    hits += _publicity(text, limit)
    seen: set[tuple[str, int]] = set()
    out = []
    for hit in hits:
        if (hit.kind, hit.record_id) not in seen:
            seen.add((hit.kind, hit.record_id))
            out.append(hit)
    return out[:limit]


class _Labels:
    """Code labels in the search's language, each kind read once."""

    def __init__(self, lang: str):
        self.lang = lang
        self._kinds: dict[str, dict[str, str]] = {}

    def __call__(self, kind: str, code: str) -> str:
        if kind not in self._kinds:
            self._kinds[kind] = codes.labels(kind, self.lang)
        return self._kinds[kind].get(code, code) if code else ""


def _line(*parts) -> str:
    return " · ".join(str(p) for p in parts if p)


def _person_title(p: Person) -> str:
    return _line(masking.name(p.name), masking.phone(p.phone) if p.phone else "",
                 masking.id_number(p.id_number) if p.id_number else "")


def _day(value) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _last_visits(found: list[Person]) -> dict[int, dt.date]:
    """Each person's last consultation day (one grouped query on the person index)."""
    if not found:
        return {}
    C = Consultation
    rows = (C.select(C.person, fn.MAX(C.received_at)).where(C.person.in_([p.id for p in found]) & _live(C))
            .group_by(C.person).tuples())
    return {person_id: _day(C.received_at.python_value(last)) for person_id, last in rows}


def _masked_name(person: Person | None) -> str:
    return masking.name(person.name) if person is not None else ""


# ---------------------------------------------------------------- numbers

def _live(model):
    """Not deleted, written so that SQLite keeps to the number's index: without statistics it
    takes the deleted_at index for selective, and every live row has deleted_at NULL (at 200,000
    consultations that read them all). `+ 0` on the column keeps its index out of the plan."""
    return (model.deleted_at + 0).is_null()


def _digits(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def _consultation_numbers(text: str, limit: int, labels) -> list[Hit]:
    """YYYYMMDDNN, or its first eight digits or more (a day's consultations): a range on the
    number's unique index."""
    digits = _digits(text)
    if not (digits.isdigit() and 8 <= len(digits) <= 10):
        return []
    C = Consultation
    rows = (C.select(C, Person).join(Person, JOIN.LEFT_OUTER)
            .where(_live(C) & (C.number >= digits) & (C.number < digits + ":"))
            .order_by(C.number).limit(limit))
    return [_consultation_hit(c, c.person if c.person_id is not None else None, labels) for c in rows]


def _consultation_hit(c: Consultation, person: Person | None, labels, person_id=None) -> Hit:
    who = _masked_name(person)
    return Hit("consultation", c.id, _line(c.number, who, labels("matter", c.matter)),
               c.received_at.date() if isinstance(c.received_at, dt.datetime) else c.received_at,
               person_id)


def _loose_number(text: str) -> tuple[int | None, int] | None:
    """(year, number) from a number typed loosely, with no words: 2026-12 or 2026 12 gives
    (2026, 12); 第12号 or 12号 gives (None, 12). None for anything else (a full number with
    its words, 人调字 or 援申字, is matched as text: it names its kind)."""
    if _HAN.search(text.replace("第", "").replace("号", "")):
        return None
    match = _YEAR_SEQ.fullmatch(text)
    if match:
        return int(match.group(1)), int(match.group(2))
    match = _SEQ_ONLY.fullmatch(text)
    return (None, int(match.group(1))) if match else None


def _mediation_numbers(text: str, limit: int, labels) -> list[Hit]:
    M = MediationCase
    loose = _loose_number(text)
    if loose:
        year, seq = loose
        cond = (M.seq == seq) if year is None else (M.year == year) & (M.seq == seq)
    elif _HAN.search(text):
        cond = M.number.contains(text)  # the whole number, or a part: 人调字第12号
    else:
        return []
    rows = list(M.live().where(cond).order_by(M.year.desc(), M.seq.desc()).limit(limit))
    return _mediation_hits(rows, labels)


def _mediation_hits(rows: list[MediationCase], labels, person_id=None) -> list[Hit]:
    parties: dict[int, list[str]] = {}
    if rows:
        query = (MediationParty.live().join(Person)
                 .where(MediationParty.case.in_([r.id for r in rows]))
                 .order_by(MediationParty.id))
        for party in query:
            parties.setdefault(party.case_id, []).append(masking.name(party.person.name))
    return [Hit("mediation", r.id, _line(r.number, "、".join(parties.get(r.id, [])[:3]),
                                         labels("dispute_type", r.dispute_type)),
                r.received_on, person_id) for r in rows]


def _aid_numbers(text: str, limit: int, labels) -> list[Hit]:
    A = AidApplication
    loose = _loose_number(text)
    if loose:  # （2026）援申字第12号
        year, seq = loose
        cond = A.number.endswith(f"第{seq}号")
        if year is not None:
            cond &= A.number.startswith(f"（{year}）")
    elif _HAN.search(text):
        cond = A.number.contains(text)
    else:
        return []
    rows = (A.select(A, Person).join(Person, on=A.applicant).where(A.deleted_at.is_null() & cond)
            .order_by(A.received_on.desc(), A.id.desc()).limit(limit))
    return [_aid_hit(a, labels) for a in rows]


def _aid_hit(a: AidApplication, labels, person_id=None) -> Hit:
    return Hit("aid", a.id, _line(a.number, masking.name(a.applicant.name), labels("matter", a.cause)),
               a.received_on, person_id)


def _card_serials(text: str, limit: int) -> list[Hit]:
    match = _SERIAL.fullmatch(text)
    if not match:
        return []
    year, n = int(match.group(1)), int(match.group(2))
    I = CardIssue  # noqa: E741
    rows = (I.select(I, Person).join(Person, JOIN.LEFT_OUTER)
            .where(I.deleted_at.is_null() & (I.year == year) & (I.serial_from <= n) & (I.serial_to >= n))
            .order_by(I.issued_on.desc()).limit(limit))
    return [_card_hit(row, row.person if row.person_id is not None else None) for row in rows]


def _card_hit(row: CardIssue, person: Person | None, person_id=None) -> Hit:
    who = _masked_name(person) if person is not None else masking.free_text(row.recipient)
    return Hit("card", row.id, _line(cards.serials_of(row), who, f"× {row.quantity}"),
               row.issued_on, person_id)


# ---------------------------------------------------------------- a person's records

def _records_of(found: list[Person], labels) -> list[Hit]:
    """The newest records of each person found (at most RECORDS_PER_PERSON of each kind),
    person by person, newest first."""
    hits: list[Hit] = []
    for person in found:
        per = RECORDS_PER_PERSON
        mine: list[Hit] = []
        rows = (Consultation.live().where(Consultation.person == person)
                .order_by(Consultation.received_at.desc()).limit(per))
        mine += [_consultation_hit(c, person, labels, person.id) for c in rows]
        cases = (MediationCase.live().join(MediationParty)
                 .where(MediationParty.person == person, MediationParty.deleted_at.is_null())
                 .order_by(MediationCase.received_on.desc()).distinct().limit(per))
        mine += _mediation_hits(list(cases), labels, person.id)
        apps = (AidApplication.live()
                .where((AidApplication.applicant == person) | (AidApplication.agent == person))
                .order_by(AidApplication.received_on.desc()).limit(per))
        mine += [_aid_hit(a, labels, person.id) for a in apps]
        issued = (CardIssue.live().where(CardIssue.person == person)
                  .order_by(CardIssue.issued_on.desc()).limit(per))
        mine += [_card_hit(row, person, person.id) for row in issued]
        hits += sorted(mine, key=lambda h: h.date or dt.date.min, reverse=True)
    return hits


def _publicity(text: str, limit: int) -> list[Hit]:
    if len(text) < 2 or _digits(text).isdigit():
        return []
    P = PublicityActivity
    rows = (P.live().where(P.title.contains(text) | P.place.contains(text))
            .order_by(P.held_on.desc()).limit(limit))
    return [Hit("publicity", a.id, _line(a.title, a.place), a.held_on) for a in rows]
