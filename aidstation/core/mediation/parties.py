"""The parties and mediators of a mediation case: who may be a party (at least one applicant
and one respondent, nobody twice), and replacing, adding or removing them."""
from __future__ import annotations

from dataclasses import dataclass

from aidstation.core.db import atomic
from aidstation.core.mediation.lookup import (
    _require_live,
    _save,
    mediators_of,
    parties_of,
)
from aidstation.core.mediation.terms import MEDIATOR_ROLES, ROLES, _err, _text
from aidstation.core.models import (
    CaseMediator,
    MediationCase,
    MediationParty,
    Person,
    Staff,
    now,
)
from aidstation.core.records import actor_id, require_user


@dataclass
class PartyInput:
    person: Person
    role: str
    agent: str = ""


def _parties(parties) -> list[PartyInput]:
    out = []
    for p in parties or []:
        if isinstance(p, MediationParty):
            p = PartyInput(p.person, p.role, p.agent)
        elif not isinstance(p, PartyInput):
            p = PartyInput(*p)
        out.append(PartyInput(p.person, p.role, _text(p.agent, "agent", 60)))
    return out


def check_parties(parties) -> list[PartyInput]:
    """At least one applicant and one respondent; no person twice (so never on both sides)."""
    parties = _parties(parties)
    seen: dict[int, str] = {}
    for p in parties:
        if p.role not in ROLES:
            raise _err("parties", f"'{p.role}' is not a party role", f"“{p.role}”不是当事人类别")
        if p.person is None or p.person.id is None:
            raise _err("parties", "each party must be a saved person", "每个当事人都必须是已登记的人员")
        if p.person.deleted_at is not None:
            raise _err("parties", f"{p.person.name} is in the bin", f"{p.person.name} 已被删除")
        if p.person.id in seen:
            first = seen[p.person.id]
            if {first, p.role} == {"applicant", "respondent"}:
                raise _err("parties", f"{p.person.name} cannot be both applicant and respondent",
                           f"{p.person.name} 不能既是申请人又是被申请人")
            raise _err("parties", f"{p.person.name} is listed twice", f"{p.person.name} 重复列出")
        seen[p.person.id] = p.role
        if len(p.agent or "") > 60:
            raise _err("agent", "at most 60 characters", "最多 60 个字符")
    roles = [p.role for p in parties]
    if "applicant" not in roles:
        raise _err("parties", "a case needs at least one applicant", "至少需要一名申请人")
    if "respondent" not in roles:
        raise _err("parties", "a case needs at least one respondent", "至少需要一名被申请人")
    return parties


def eligible_mediators(case: MediationCase | None = None) -> list[Staff]:
    """Who may be named a case's mediator: active staff whose role mediates, in the staff list's
    order, plus anyone already on `case` (so an old case keeps a mediator whose role changed)."""
    on_case = {s.id for s in mediators_of(case)} if case is not None and case.id is not None else set()
    return [s for s in Staff.live().where(Staff.active == True).order_by(Staff.sort, Staff.id)  # noqa: E712
            if s.role in MEDIATOR_ROLES or s.id in on_case]


def _check_mediators(mediators, case: MediationCase | None = None) -> list[Staff]:
    out = []
    allowed = None
    for s in mediators or []:
        if s is None or s.id is None or s.deleted_at is not None:
            raise _err("mediators", "each mediator must be a saved staff member", "调解员必须是已登记的工作人员")
        if allowed is None:
            allowed = {m.id for m in eligible_mediators(case)}
        if s.id not in allowed:
            raise _err("mediators", f"{s.name} does not mediate (a staff member whose role is mediator "
                       "or officer, and active, can)", f"{s.name}不是调解员（只有在岗的调解员或司法所工作人员可以调解）")
        if s.id not in {m.id for m in out}:
            out.append(s)
    return out


def set_parties(case: MediationCase, parties, *, user) -> MediationCase:
    """Replace the party list (same rules as at opening); removed rows are soft-deleted."""
    require_user(user)
    _require_live(case)
    parties = check_parties(parties)
    with atomic():
        current = list(MediationParty.live().where(MediationParty.case == case))
        wanted = {(p.person.id, p.role): p for p in parties}
        for row in current:
            key = (row.person_id, row.role)
            if key in wanted:
                p = wanted.pop(key)
                if row.agent != (p.agent or ""):
                    row.agent, row.updated_at, row.updated_by = p.agent or "", now(), actor_id(user)
                    row.save(only=["agent", "updated_at", "updated_by"])
            else:
                row.deleted_at, row.updated_at, row.updated_by = now(), now(), actor_id(user)
                row.save(only=["deleted_at", "updated_at", "updated_by"])
        for p in wanted.values():
            MediationParty.create(case=case, person=p.person, role=p.role, agent=p.agent or "",
                                  created_by=actor_id(user), updated_by=actor_id(user))
        _save(case, user, ["parties"])
    return case


def add_party(case: MediationCase, person: Person, role: str, *, user, agent: str = "") -> MediationCase:
    require_user(user)
    current = [PartyInput(r.person, r.role, r.agent) for r in parties_of(case)]
    return set_parties(case, current + [PartyInput(person, role, agent)], user=user)


def remove_party(case: MediationCase, person: Person, *, user) -> MediationCase:
    require_user(user)
    current = [PartyInput(r.person, r.role, r.agent) for r in parties_of(case)
               if r.person_id != person.id]
    return set_parties(case, current, user=user)


def set_mediators(case: MediationCase, mediators, *, user) -> MediationCase:
    require_user(user)
    _require_live(case)
    staff = _check_mediators(mediators, case)
    with atomic():
        CaseMediator.delete().where(CaseMediator.case == case).execute()
        for s in staff:
            CaseMediator.create(case=case, staff=s)
        _save(case, user, ["mediators"])
    return case
