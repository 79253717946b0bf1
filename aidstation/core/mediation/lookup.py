"""Reading a mediation case's records (parties, mediators, sessions, follow-ups, the case list),
and the live-case check and audited save every mediation write shares."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aidstation.core import validation
from aidstation.core.mediation.terms import CONCLUSION_DAYS, OPEN, ROLES, _err
from aidstation.core.models import (
    CaseMediator,
    FollowUp,
    MediationCase,
    MediationParty,
    MediationSession,
    Person,
    Staff,
)
from aidstation.core.records import record_write, stamp


def _require_live(case: MediationCase) -> None:
    if case.deleted_at is not None:
        raise _err("case", "the case is in the bin", "该案件已删除")


def _save(case: MediationCase, user, changed: list[str], action: str = "update") -> MediationCase:
    stamp(case, user)
    columns = [c for c in changed if c in MediationCase._meta.fields]  # 'parties' is a table
    case.save(only=[*columns, "updated_at", "updated_by"])
    record_write(user, action, "MediationCase", case.id, fields=changed)
    return case



def get(case_id: int, *, include_deleted: bool = False) -> MediationCase | None:
    query = MediationCase.select() if include_deleted else MediationCase.live()
    return query.where(MediationCase.id == case_id).first()


def parties_of(case: MediationCase, role: str | None = None) -> list[MediationParty]:
    query = (MediationParty.live().join(Person).where(MediationParty.case == case)
             .order_by(MediationParty.id))
    rows = list(query)
    order = {r: i for i, r in enumerate(ROLES)}
    rows.sort(key=lambda r: order.get(r.role, 9))
    return [r for r in rows if role is None or r.role == role]


def mediators_of(case: MediationCase) -> list[Staff]:
    return list(Staff.select().join(CaseMediator).where(CaseMediator.case == case)
                .order_by(CaseMediator.id))


def sessions_of(case: MediationCase, kind: str | None = None) -> list[MediationSession]:
    query = MediationSession.live().where(MediationSession.case == case)
    if kind:
        query = query.where(MediationSession.kind == kind)
    return list(query.order_by(MediationSession.held_at, MediationSession.id))


def first_session_date(case: MediationCase) -> dt.date | None:
    first = (MediationSession.live().where(MediationSession.case == case)
             .order_by(MediationSession.held_at).first())
    return first.held_at.date() if first else None


def followups_of(case: MediationCase) -> list[FollowUp]:
    return list(FollowUp.live().where(FollowUp.mediation_case == case)
                .order_by(FollowUp.visited_on, FollowUp.id))


def conclusion_due(case: MediationCase) -> dt.date:
    """The 30-day conclusion date, or the recorded extension."""
    return case.extended_until or case.received_on + dt.timedelta(days=CONCLUSION_DAYS)


def query(text: str = "", *, status: str = "", dispute_type: str = "", month: str = "",
          overdue_on: dt.date | None = None, include_deleted: bool = False):
    """Cases for the list, newest first: search over number, title and party names; filter by
    status, dispute type, month received (YYYY-MM) and open past the conclusion date."""
    M = MediationCase
    q = M.select() if include_deleted else M.live()
    text = validation.text_value(text, "text")  # search text, cleaned as stored text is
    if text:
        like = f"%{text}%"
        names = (MediationParty.select(MediationParty.case).join(Person)
                 .where(MediationParty.deleted_at.is_null() & Person.name ** like))
        q = q.where((M.number ** like) | (M.title ** like) | M.id.in_(names))
    if status:
        q = q.where(M.status == status)
    if dispute_type:
        q = q.where(M.dispute_type == dispute_type)
    if month:
        year, mon = (int(x) for x in month.split("-"))
        first = dt.date(year, mon, 1)
        nxt = dt.date(year + mon // 12, mon % 12 + 1, 1)
        q = q.where((M.received_on >= first) & (M.received_on < nxt))
    if overdue_on is not None:
        limit = overdue_on - dt.timedelta(days=CONCLUSION_DAYS)
        q = q.where(M.status.in_(OPEN) & (
            (M.extended_until.is_null() & (M.received_on < limit))
            | (M.extended_until.is_null(False) & (M.extended_until < overdue_on))))
    return q.order_by(M.received_on.desc(), M.seq.desc())


def party_names(case: MediationCase, role: str) -> str:
    return "、".join(r.person.name for r in parties_of(case, role))


def amount_text(value) -> str:
    value = Decimal(value or 0)
    return f"{value:,.2f}"

