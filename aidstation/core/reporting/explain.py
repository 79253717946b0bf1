"""Which records make up a figure: `explain(key, start, end)` lists them, each with what it adds.

The rules are those of indicators.compute_period (DESIGN §7), written as one row per record
instead of one aggregate: for every indicator the weights add up to the figure (a count: one a
record, or a party, a group, a quantity; an amount: the record's yuan). A rate lists the records
of its denominator (the concluded cases), each weighing 1; a manual figure has no records (the
screening rounds and disputes found list the rounds of the months that kept the ledger; a
month's figure typed in by hand has none).
tests/core/test_period_totals.py checks the sums against compute_period for every indicator.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from aidstation.core.models import (
    AidApplication,
    AidGroup,
    CardIssue,
    Consultation,
    ConsultationGroup,
    FollowUp,
    MediationCase,
    MediationParty,
    Person,
    PublicityActivity,
    ScreeningItem,
    ScreeningRound,
)
from aidstation.core import codes, masking
from aidstation.core.reporting import indicators

LIMIT = 5_000  # rows listed at most (a year of consultations is more than anyone reads)


@dataclass(frozen=True)
class Item:
    """One record behind a figure. `kind` is the search's kind (consultation, mediation, aid,
    card, publicity), so the GUI opens it as the global search does."""

    kind: str
    record_id: int
    number: str
    day: dt.date | None
    weight: int | float
    what: str = ""  # e.g. "follow-up 2026-03-04" when the record shown is the parent


def _day(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def explain(key: str, start: dt.date, end: dt.date, limit: int = LIMIT) -> list[Item]:
    """The records behind indicator `key` over [start, end), oldest first; [] for a manual figure
    or an unknown key."""
    rows = _rows(key, start, end)
    return rows[:limit] if limit else rows


def total(items: list[Item]) -> int | float:
    return sum(item.weight for item in items)


def who(items: list[Item]) -> dict[tuple[str, int], str]:
    """(kind, record_id) -> the people of each record, masked (DESIGN §12: the list is a screen a
    clerk may share): a consultation's person, an application's applicant, a case's parties (the
    first three), a card issue's person or recipient. A few queries, not one per record."""
    ids: dict[str, set[int]] = {}
    for item in items:
        ids.setdefault(item.kind, set()).add(item.record_id)
    out: dict[tuple[str, int], str] = {}

    def chunks(values):
        values = sorted(values)
        for i in range(0, len(values), 900):  # under SQLite's bound-parameter limit
            yield values[i:i + 900]

    for part in chunks(ids.get("consultation", ())):
        q = (Consultation.select(Consultation.id, Person.name)
             .join(Person, JOIN.LEFT_OUTER, on=(Consultation.person == Person.id))
             .where(Consultation.id.in_(part)))
        out.update({("consultation", i): masking.name(n) for i, n in q.tuples() if n})
    for part in chunks(ids.get("aid", ())):
        q = (AidApplication.select(AidApplication.id, Person.name)
             .join(Person, on=(AidApplication.applicant == Person.id)).where(AidApplication.id.in_(part)))
        out.update({("aid", i): masking.name(n) for i, n in q.tuples() if n})
    for part in chunks(ids.get("mediation", ())):
        names: dict[int, list[str]] = {}
        q = (MediationParty.select(MediationParty.case, Person.name).join(Person)
             .where(MediationParty.case.in_(part) & MediationParty.deleted_at.is_null())
             .order_by(MediationParty.id))
        for case_id, n in q.tuples():
            names.setdefault(case_id, []).append(masking.name(n))
        out.update({("mediation", i): "、".join(n[:3]) + ("…" if len(n) > 3 else "") for i, n in names.items()})
    for part in chunks(ids.get("card", ())):
        q = (CardIssue.select(CardIssue.id, Person.name, CardIssue.recipient)
             .join(Person, JOIN.LEFT_OUTER, on=(CardIssue.person == Person.id)).where(CardIssue.id.in_(part)))
        for i, n, recipient in q.tuples():
            text = masking.name(n) if n else masking.free_text(recipient)
            if text:
                out[("card", i)] = text
    return out


def _in(field, start, end):
    return (field >= start) & (field < end)


def _rows(key: str, start: dt.date, end: dt.date) -> list[Item]:
    section, _, rest = key.partition(".")
    if section == "consult":
        return _consult(rest, start, end)
    if section == "aid":
        return _aid(rest, start, end)
    if section == "med" and rest.startswith("screening."):
        return _screening(rest[10:], start, end)
    if section == "med":
        return _med(rest, start, end)
    if section == "followup":
        return _followup(rest, start, end)
    if section == "cards":
        return _cards(rest, start, end)
    if section == "pub":
        return _pub(rest, start, end)
    return []


def _consult(rest, start, end):
    C = Consultation
    t0, t1 = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
    where = C.deleted_at.is_null() & (C.received_at >= t0) & (C.received_at < t1)
    weight = None
    if rest == "total":
        pass
    elif rest == "documents_drafted":
        where &= C.documents_drafted > 0
        weight = C.documents_drafted
    elif rest.startswith("group."):
        q = (C.select(C.id, C.number, C.received_at, fn.COUNT(ConsultationGroup.id))
             .join(ConsultationGroup).where(where & (ConsultationGroup.group == rest[6:]))
             .group_by(C.id).order_by(C.received_at, C.id))
        return [Item("consultation", i, n, _day(d), w) for i, n, d, w in q.tuples()]
    else:
        name, _, code = rest.partition(".")
        if name not in ("channel", "matter", "disposition") or not code:
            return []
        where &= getattr(C, name) == code
    q = C.select(C.id, C.number, C.received_at, weight if weight is not None else C.id).where(where)
    return [Item("consultation", i, n, _day(d), 1 if weight is None else w)
            for i, n, d, w in q.order_by(C.received_at, C.id).tuples()]


_AID_DATES = {"received": "received_on", "forwarded": "forwarded_on", "assigned": "assigned_on",
              "closed": "closed_on"}
_DECISIONS = {"granted": ("granted",), "refused": ("refused",), "withdrawn": ("withdrawn", "lapsed")}


def _aid(rest, start, end):
    A = AidApplication
    live = A.deleted_at.is_null()
    weight = None
    if rest in _AID_DATES:
        day = getattr(A, _AID_DATES[rest])
        where = live & _in(day, start, end)
    elif rest in _DECISIONS:
        day = A.decision_on
        where = live & _in(day, start, end) & A.decision.in_(_DECISIONS[rest])
    elif rest == "amount_recovered":
        day = A.closed_on
        where = live & _in(day, start, end) & (A.amount_recovered > 0)
        weight = A.amount_recovered
    elif rest.startswith("case_type."):
        day = A.received_on
        where = live & _in(day, start, end) & (A.case_type == rest[10:])
    elif rest.startswith("group."):
        day = A.received_on
        q = (A.select(A.id, A.number, day, fn.COUNT(AidGroup.id)).join(AidGroup)
             .where(live & _in(day, start, end) & (AidGroup.group == rest[6:]))
             .group_by(A.id).order_by(day, A.id))
        return [Item("aid", i, n, d, w) for i, n, d, w in q.tuples()]
    else:
        return []
    q = A.select(A.id, A.number, day, weight if weight is not None else A.id).where(where).order_by(day, A.id)
    return [Item("aid", i, n, d, 1 if weight is None else indicators.money(w))
            for i, n, d, w in q.tuples()]


def _med(rest, start, end):
    M = MediationCase
    live = M.deleted_at.is_null()
    concluded = _in(M.concluded_on, start, end)
    day, weight = M.received_on, None
    if rest == "received":
        where = live & _in(M.received_on, start, end)
    elif rest in ("succeeded", "failed", "suspended", "withdrawn"):
        day, where = M.concluded_on, live & concluded & (M.status == rest)
    elif rest == "success_rate":  # its denominator: the cases concluded in the period
        day = M.concluded_on
        where = live & concluded & M.status.in_(("succeeded", "failed", "suspended", "withdrawn"))
    elif rest == "open_at_month_end":
        where = live & (M.received_on < end) & (M.concluded_on.is_null() | (M.concluded_on >= end))
    elif rest in ("agreement.written", "agreement.oral"):
        day = fn.COALESCE(M.agreement_on, M.concluded_on)
        where = live & (M.agreement_form == rest.split(".")[1]) & _in(day, start, end)
    elif rest == "amount":
        day, weight = M.concluded_on, M.amount
        where = live & concluded & (M.status == "succeeded") & (M.amount > 0)
    elif rest == "parties":
        q = (M.select(M.id, M.number, M.received_on, fn.COUNT(MediationParty.id)).join(MediationParty)
             .where(live & _in(M.received_on, start, end) & MediationParty.deleted_at.is_null())
             .group_by(M.id).order_by(M.received_on, M.id))
        return [Item("mediation", i, n, d, w) for i, n, d, w in q.tuples()]
    elif rest == "judicial_confirmation":
        day, where = M.judicial_applied_on, live & _in(M.judicial_applied_on, start, end)
    elif rest in ("prevented_crime.cases", "prevented_crime.persons",
                  "prevented_petition.cases", "prevented_petition.persons"):
        flag, what = rest.split(".")
        day, where = M.concluded_on, live & concluded & (getattr(M, flag) == True)  # noqa: E712
        if what == "persons":
            weight = getattr(M, f"{flag}_persons")
            where &= weight > 0
    elif rest.startswith(("source.", "type.")):
        name, code = rest.split(".", 1)
        where = live & _in(M.received_on, start, end) & ((M.source if name == "source" else M.dispute_type) == code)
    else:
        return []  # the manual figures (screening)
    q = M.select(M.id, M.number, day, weight if weight is not None else M.id).where(where).order_by(day, M.id)
    out = []
    for i, n, d, w in q.tuples():
        if weight is None:
            w = 1
        elif rest == "amount":
            w = indicators.money(w)
        out.append(Item("mediation", i, n, d if isinstance(d, dt.date) or d is None else dt.date.fromisoformat(str(d)[:10]), w))
    return out


def _screening(rest, start, end):
    """Rounds (kind 'screening', the round's id) behind a screening figure: one a round for
    rounds and nil reports, else the round with the number of its disputes that count."""
    R, I = ScreeningRound, ScreeningItem
    where = R.deleted_at.is_null() & _in(R.held_on, start, end)
    areas = codes.labels("screening_area", "zh")
    found = I.select(I.id).where((I.round == R.id) & I.deleted_at.is_null())
    if rest in ("rounds", "nil"):
        if rest == "nil":
            where &= ~fn.EXISTS(found)
        q = R.select(R.id, R.held_on, R.area, R.id).where(where)
    else:
        item_where = I.deleted_at.is_null()
        if rest.startswith("risk."):
            item_where &= I.risk == rest[5:]
        elif rest in ("resolved", "mediation"):
            item_where &= I.outcome == rest
        elif rest != "found":
            return []
        q = (R.select(R.id, R.held_on, R.area, fn.COUNT(I.id)).join(I, on=(I.round == R.id))
             .where(where & item_where).group_by(R.id))
    return [Item("screening", i, f"{d} {areas.get(a, a)}", d, 1 if rest in ("rounds", "nil") else w)
            for i, d, a, w in q.order_by(R.held_on, R.id).tuples()]


def _followup(rest, start, end):
    F = FollowUp
    Mc, Ac = MediationCase.alias(), AidApplication.alias()
    where = (F.deleted_at.is_null() & _in(F.visited_on, start, end)
             & Mc.deleted_at.is_null() & Ac.deleted_at.is_null())
    if rest == "reached":
        where &= F.reached == True  # noqa: E712
    elif rest == "satisfied":
        where &= F.satisfaction == "satisfied"
    elif rest != "total":
        return []
    q = (F.select(F.id, F.visited_on, Mc.id, Mc.number, Ac.id, Ac.number)
         .join(Mc, JOIN.LEFT_OUTER, on=(F.mediation_case == Mc.id))
         .switch(F).join(Ac, JOIN.LEFT_OUTER, on=(F.aid_application == Ac.id))
         .where(where).order_by(F.visited_on, F.id))
    out = []
    for fid, day, mid, mnum, aid, anum in q.tuples():
        kind, rid, number = ("mediation", mid, mnum) if mid else ("aid", aid, anum) if aid else ("followup", fid, "")
        out.append(Item(kind, rid, number or "", day, 1, what=f"followup {day}"))
    return out


def _cards(rest, start, end):
    K = CardIssue
    where = K.deleted_at.is_null() & _in(K.issued_on, start, end)
    if rest == "issued":
        weight = K.quantity
    elif rest == "recipients":
        weight = K.households
    elif rest.startswith("channel."):
        weight, where = K.quantity, where & (K.channel == rest[8:])
    elif rest.startswith("household."):
        weight, where = K.households, where & (K.household_type == rest[10:])
    else:
        return []
    q = K.select(K.id, K.year, K.serial_from, K.serial_to, K.issued_on, weight).where(where & (weight != 0))
    out = []
    for i, year, first, last, day, w in q.order_by(K.issued_on, K.id).tuples():
        number = f"{year}-{first:05d}" if year and first else str(i)
        if year and first and last and last != first:
            number += f"…{last:05d}"
        out.append(Item("card", i, number, day, w))
    return out


def _pub(rest, start, end):
    P = PublicityActivity
    where = P.deleted_at.is_null() & _in(P.held_on, start, end)
    weight = None
    if rest == "activities":
        pass
    elif rest.startswith("format."):
        where &= P.format == rest[7:]
    elif rest in indicators._PUB_SUMS:
        weight = getattr(P, rest)
        where &= weight != 0
    else:
        return []
    q = P.select(P.id, P.title, P.held_on, weight if weight is not None else P.id).where(where)
    return [Item("publicity", i, title or str(i), d, 1 if weight is None else w)
            for i, title, d, w in q.order_by(P.held_on, P.id).tuples()]
