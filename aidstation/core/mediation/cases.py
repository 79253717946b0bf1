"""Mediation cases: open, edit, number, delete and restore a case (DESIGN §4)."""
from __future__ import annotations

import datetime as dt

from peewee import fn

from aidstation.core import codes, records, settings, validation
from aidstation.core.db import atomic
from aidstation.core.mediation.dossier import DOSSIER_ITEMS
from aidstation.core.mediation.lookup import (
    _require_live,
    _save,
    first_session_date,
    mediators_of,
    parties_of,
)
from aidstation.core.mediation.parties import (
    PartyInput,
    _check_mediators,
    _parties,
    check_parties,
    set_mediators,
    set_parties,
)
from aidstation.core.mediation.terms import MATTER_TO_DISPUTE, _err, _text
from aidstation.core.models import (
    CaseMediator,
    Consultation,
    DossierItem,
    FollowUp,
    MediationCase,
    MediationParty,
    now,
)
from aidstation.core.records import actor_id, record_write, require_user
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

# ---------------------------------------------------------------- numbering

def format_number(year: int, seq: int, prefix: str | None = None) -> str:
    """（2026）东人调字第3号."""
    prefix = settings.get("numbers.mediation_prefix") if prefix is None else prefix
    return f"（{year}）{prefix}人调字第{seq}号"


def _next_seq(year: int) -> int:
    # Deleted cases keep their numbers: a number is never reused.
    top = MediationCase.select(fn.MAX(MediationCase.seq)).where(MediationCase.year == year).scalar()
    return (top or 0) + 1


def _clean_case_fields(values: dict, *, received_on: dt.date | None) -> dict:
    """The case's own fields, checked; every problem at once (ValidationErrors)."""
    out = {}
    problems = validation.Problems()
    for key, val in values.items():
        out[key] = problems.check(_clean_field, key, val, received_on)
    problems.raise_any()
    return out


def _clean_field(key: str, val, received_on: dt.date | None):
    if key == "source":
        if not val:
            raise _err("source", "choose where the case came from", "请选择案件来源")
        return validation.code("mediation_source", val, "source")
    if key == "dispute_type":
        if not val:
            raise _err("dispute_type", "choose the dispute type", "请选择纠纷类型")
        return validation.code("dispute_type", val, "dispute_type")
    if key == "title":
        return _text(val, "title", 100)
    if key in ("facts", "requests", "notes"):
        return _text(val, key, 20000)
    if key == "amount":
        return validation.amount(val, "amount")
    if key == "extended_until":
        day = validation.date(val, "extended_until", required=False)
        if day is not None and received_on is not None and day <= received_on:
            raise _err("extended_until", "the extension must end after the day of receipt",
                       "延期日期应晚于受理日期")
        return day
    raise _err(key, "not a field that can be changed here", "此处不能修改该字段")


# ---------------------------------------------------------------- opening a case

def open_case(*, user, received_on, parties, source: str = "party", dispute_type: str = "other",
              title: str = "", facts: str = "", requests: str = "", amount=0, mediators=(),
              notes: str = "", consultation: Consultation | None = None, extended_until=None,
              today: dt.date | None = None) -> MediationCase:
    """Register a new case with its parties (PartyInput or (person, role[, agent]) tuples);
    every problem of the form at once (ValidationErrors)."""
    require_user(user)
    problems = validation.Problems()  # every problem of the form at once
    received_on = problems.check(validation.date, received_on, "received_on", allow_future=False,
                                 today=today)
    parties = problems.check(check_parties, parties)
    mediators = problems.check(_check_mediators, mediators)
    values = problems.check(_clean_case_fields, dict(
        source=source, dispute_type=dispute_type, title=title, facts=facts, requests=requests,
        amount=amount, notes=notes, extended_until=extended_until), received_on=received_on)
    problems.raise_any()
    if not values["title"]:
        names = "与".join(p.person.name for p in parties if p.role in ("applicant", "respondent"))
        values["title"] = f"{names}{codes.label('dispute_type', values['dispute_type'], 'zh')}纠纷"[:100]
    if consultation is not None:
        if consultation.mediation_case_id is not None:
            raise _err("consultation", "this consultation already led to a mediation case",
                       "该咨询已转入调解案件")
    with atomic():
        year = received_on.year
        seq = _next_seq(year)
        case = MediationCase.create(number=format_number(year, seq), year=year, seq=seq,
                                    received_on=received_on, status="received",
                                    created_by=actor_id(user), updated_by=actor_id(user),
                                    **values)
        for p in parties:
            MediationParty.create(case=case, person=p.person, role=p.role, agent=p.agent or "",
                                  created_by=actor_id(user), updated_by=actor_id(user))
        for s in mediators:
            CaseMediator.create(case=case, staff=s)
        DossierItem.insert_many([{"case": case.id, "item": i} for i in DOSSIER_ITEMS]).execute()
        record_write(user, "create", "MediationCase", case.id,
                     fields=["number", "received_on", "parties", "mediators", *sorted(values)])
        if consultation is not None:
            Consultation.update(mediation_case=case, updated_at=now(), updated_by=actor_id(user)).where(
                Consultation.id == consultation.id).execute()
            consultation.mediation_case = case
            record_write(user, "update", "Consultation", consultation.id, fields=["mediation_case"])
    return case


def open_from_consultation(consultation: Consultation, *, user, respondents, received_on=None,
                           third_parties=(), mediators=(), source: str = "party",
                           dispute_type: str | None = None, title: str = "",
                           today: dt.date | None = None) -> MediationCase:
    """Open a case from a consultation whose disposition is mediation: its person becomes the
    applicant, its question the facts, its matter the dispute type (unless given)."""
    require_user(user)
    if consultation.disposition != "mediation":
        raise _err("disposition", "only a consultation sent to mediation can open a case",
                   "只有处理方式为“转人民调解”的咨询才能转为调解案件")
    if consultation.person_id is None:
        raise _err("person", "the consultation has no person: record who came first",
                   "该咨询没有登记当事人，请先登记来访人")
    parties = [PartyInput(consultation.person, "applicant")]
    parties += [PartyInput(p, "respondent") for p in respondents or []]
    parties += [PartyInput(p, "third_party") for p in third_parties or []]
    received = consultation.received_at
    if received_on is None:
        received_on = received.date() if isinstance(received, dt.datetime) else received
    return open_case(
        user=user, received_on=received_on, parties=parties, source=source,
        dispute_type=dispute_type or MATTER_TO_DISPUTE.get(consultation.matter, "other"),
        title=title, facts=consultation.question or "", mediators=mediators,
        consultation=consultation, today=today)


def update_case(case: MediationCase, *, user, **changes) -> MediationCase:
    """Change source, dispute_type, title, facts, requests, amount, notes or extended_until."""
    require_user(user)
    _require_live(case)
    values = _clean_case_fields(changes, received_on=case.received_on)
    changed = [k for k, v in values.items() if getattr(case, k) != v]
    if not changed:
        return case
    with atomic():
        for k in changed:
            setattr(case, k, values[k])
        _save(case, user, changed)
    return case


def set_received_on(case: MediationCase, received_on, *, user, today=None) -> MediationCase:
    """Correct the day of receipt (the number keeps its year). Refused when a session, the
    agreement, the conclusion or a follow-up visit is dated before the new day."""
    require_user(user)
    _require_live(case)
    day = validation.date(received_on, "received_on", allow_future=False, today=today)
    first = first_session_date(case)
    if first is not None and first < day:
        raise _err("received_on", "a session is dated before that day", "已有调解记录早于该日期")
    if case.agreement_on is not None and case.agreement_on < day:
        raise _err("received_on", "the agreement is dated before that day", "调解协议日期早于该日期")
    if case.concluded_on is not None and case.concluded_on < day:
        raise _err("received_on", "the case was concluded before that day", "结案日期早于该日期")
    if FollowUp.live().where((FollowUp.mediation_case == case) & (FollowUp.visited_on < day)).exists():
        raise _err("received_on", "a follow-up visit is dated before that day", "已有回访日期早于该日期")
    old = case.received_on
    with atomic():
        case.received_on = day
        _save(case, user, ["received_on"])
        submissions.note_dates([old])  # the month it leaves changes too, if already sent
    return case


def save_case(case: MediationCase, *, user, parties=None, mediators=None, received_on=None,
              today: dt.date | None = None, **fields) -> MediationCase:
    """The case form's Save: day of receipt, case fields, parties and mediators in ONE
    transaction (a refusal anywhere writes nothing). Unchanged parts are not rewritten."""
    require_user(user)
    _require_live(case)
    problems = validation.Problems()  # every problem at once; any problem writes nothing
    with atomic():
        day = problems.check(validation.date, received_on, "received_on",
                             required=False) if received_on is not None else None
        if day is not None and day != case.received_on:
            problems.check(set_received_on, case, day, user=user, today=today)
        if fields:
            problems.check(update_case, case, user=user, **fields)
        if parties is not None:
            wanted = {(p.person.id, p.role, p.agent or "") for p in _parties(parties)}
            current = {(r.person_id, r.role, r.agent) for r in parties_of(case)}
            if wanted != current:
                problems.check(set_parties, case, parties, user=user)
        if mediators is not None:
            if [s.id for s in mediators] != [s.id for s in mediators_of(case)]:
                problems.check(set_mediators, case, mediators, user=user)
        problems.raise_any()
    return case


# ---------------------------------------------------------------- printing and the bin

def record_print(case: MediationCase, document: str, *, user, file_name: str = "") -> None:
    """Audit the printing of a document carrying personal data."""
    require_user(user)
    with atomic():
        record_write(user, "print", "MediationCase", case.id,
                     detail=f"{document} {file_name}".strip())


def delete_case(case: MediationCase, *, user) -> None:
    """Soft delete the case alone: its parties, sessions and follow-ups stay untouched, so a
    restore brings everything back (and lists and totals skip them through the case)."""
    records.soft_delete(case, user=user)


def _parties_live(case: MediationCase) -> None:
    for party in parties_of(case):
        if party.person.deleted_at is not None:
            who = party.person
            raise ValidationError("parties", f"{who.name} was deleted: restore the person first",
                                  f"{who.name}已被删除，请先恢复该人员")


def restore_case(case: MediationCase, *, user) -> None:
    """Administrators only; refused while a party's person is deleted, so no live case ever
    names a deleted person."""
    records.restore(case, user=user, check=_parties_live)
