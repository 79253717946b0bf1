"""Records past their period: what `anonymise` is due to take, kind by kind, in SQL.

A record is anonymised once; the audit log says so (an `anonymise` event on the record), so no
column marks it and the schema stays as it is. Records in the bin count as well: they hold
personal data just the same. Open records are never due (a case not concluded, an application
pending or granted and not closed).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Case, fn

from aidstation.core.models import (
    AidApplication,
    AuditEvent,
    CardIssue,
    Consultation,
    FollowUp,
    MediationCase,
    MediationParty,
    Person,
)
from aidstation.core.retention.periods import KINDS, cutoff

ANONYMISE = "anonymise"  # the audit action
ENTITY = {"consultation": "Consultation", "mediation": "MediationCase", "aid": "AidApplication",
          "card": "CardIssue", "person": "Person"}
_ENDED = ("refused", "withdrawn", "lapsed")  # an application that ends with its decision


@dataclass(frozen=True)
class DueRecord:
    kind: str  # a periods.KINDS key
    record_id: int
    number: str  # as the desk shows it; a person by their number (never by name)
    closed_on: dt.date | None
    deleted: bool = False


def anonymised(entity: str):
    """The ids of `entity` rows already anonymised (a sub-select of the audit log)."""
    return AuditEvent.select(AuditEvent.entity_id).where(
        (AuditEvent.action == ANONYMISE) & (AuditEvent.entity == entity) & AuditEvent.entity_id.is_null(False))


def _day(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _later(*days) -> dt.date | None:
    found = [d for d in (_day(x) for x in days) if d is not None]
    return max(found) if found else None


def _last_visits(column, ids: list[int]) -> dict[int, object]:
    """The last follow-up of each record, in one grouped query (a correlated MAX per record
    read the whole visited_on index each time: 9 s for 5,000 applications)."""
    if not ids:
        return {}
    q = (FollowUp.select(column, fn.MAX(FollowUp.visited_on)).where(column.in_(ids))
         .group_by(column).tuples())
    return dict(q)


def _visited_since(column, since: dt.date):
    """Rows of `column`'s table visited on `since` or later (their period runs again)."""
    return FollowUp.select(column).where(column.is_null(False) & (FollowUp.visited_on >= since))


def _consultations(since: dt.date, limit):
    C = Consultation
    t = dt.datetime.combine(since, dt.time())
    q = (C.select(C.id, C.number, C.received_at, C.answered_at, C.deleted_at)
         .where((C.received_at < t) & (C.answered_at.is_null() | (C.answered_at < t))
                & C.mediation_case.is_null() & C.aid_application.is_null()
                & C.id.not_in(anonymised("Consultation")))
         .order_by(C.received_at, C.id).limit(limit))
    return [DueRecord("consultation", i, n, _later(r, a), d is not None) for i, n, r, a, d in q.tuples()]


def _mediation(since: dt.date, limit):
    M = MediationCase
    q = (M.select(M.id, M.number, M.concluded_on, M.deleted_at)
         .where(M.concluded_on.is_null(False) & (M.concluded_on < since)
                & M.id.not_in(_visited_since(FollowUp.mediation_case, since))
                & M.id.not_in(anonymised("MediationCase")))
         .order_by(M.concluded_on, M.id).limit(limit))
    rows = list(q.tuples())
    last = _last_visits(FollowUp.mediation_case, [r[0] for r in rows])
    return [DueRecord("mediation", i, n, _later(c, last.get(i)), d is not None) for i, n, c, d in rows]


def _aid(since: dt.date, limit):
    A = AidApplication
    ended = fn.COALESCE(A.closed_on, Case(None, [(A.decision.in_(_ENDED), A.decision_on)], None))
    q = (A.select(A.id, A.number, A.closed_on, A.decision_on, A.deleted_at)
         .where(ended.is_null(False) & (ended < since)
                & A.id.not_in(_visited_since(FollowUp.aid_application, since))
                & A.id.not_in(anonymised("AidApplication")))
         .order_by(ended, A.id).limit(limit))
    rows = list(q.tuples())
    last = _last_visits(FollowUp.aid_application, [r[0] for r in rows])
    return [DueRecord("aid", i, n, _later(closed if closed is not None else decided, last.get(i)), d is not None)
            for i, n, closed, decided, d in rows]


def _cards(since: dt.date, limit):
    from aidstation.core import cards

    K = CardIssue
    q = (K.select().where((K.issued_on < since) & K.id.not_in(anonymised("CardIssue")))
         .order_by(K.issued_on, K.id).limit(limit))
    return [DueRecord("card", k.id, cards.serials_of(k) or f"#{k.id}", _day(k.issued_on),
                      k.deleted_at is not None) for k in q]


def screening_parties():
    """The people named by dispute screening items (issue 17), when this schema has them: no
    retention kind of their own yet, but a person they name is never "with no record left"."""
    from aidstation.core import models

    return getattr(models, "ScreeningParty", None)


def referenced_people():
    """Every person some record names (live or in the bin): a union of sub-selects."""
    query = (Consultation.select(Consultation.person).where(Consultation.person.is_null(False))
             | MediationParty.select(MediationParty.person)
             | AidApplication.select(AidApplication.applicant)
             | AidApplication.select(AidApplication.agent).where(AidApplication.agent.is_null(False))
             | CardIssue.select(CardIssue.person).where(CardIssue.person.is_null(False)))
    screening = screening_parties()
    return query | screening.select(screening.person) if screening is not None else query


def _people(since: dt.date, limit):
    P = Person
    t = dt.datetime.combine(since, dt.time())
    q = (P.select(P.id, P.updated_at, P.deleted_at)
         .where((P.updated_at < t) & P.id.not_in(referenced_people()) & P.id.not_in(anonymised("Person")))
         .order_by(P.updated_at, P.id).limit(limit))
    return [DueRecord("person", i, f"#{i}", _day(u), d is not None) for i, u, d in q.tuples()]


_QUERIES = {"consultation": _consultations, "mediation": _mediation, "aid": _aid, "card": _cards,
            "person": _people}


def due(kind: str | None = None, *, today: dt.date | None = None, limit: int | None = None) -> list[DueRecord]:
    """Records past their period, oldest first; of one kind, or of every kind in KINDS order.
    A kind kept for ever (period 0) has none."""
    out: list[DueRecord] = []
    for k in KINDS:
        if kind is not None and k.key != kind:
            continue
        since = cutoff(k.key, today)
        if since is not None:
            out.extend(_QUERIES[k.key](since, limit))
    return out


def due_counts(*, today: dt.date | None = None) -> dict[str, int]:
    """How many records of each kind are past their period (KINDS order)."""
    counts = {k.key: 0 for k in KINDS}
    for record in due(today=today):
        counts[record.kind] += 1
    return counts
