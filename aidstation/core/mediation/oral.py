"""Oral mediation (口头调解) in one step: the 口头调解登记表 of domain §2.5 as one service call.

Most disputes a committee settles are simple and settled on the spot. `record_oral()` records
one as a concluded case in a single transaction: the parties (existing people, or new ones
created in the same step), the case numbered as every case, one mediation session (the
mediation itself), the oral agreement when the parties agreed (人民调解法 art. 28: the mediator
records its content), and the conclusion, succeeded or failed. An oral mediation files no
dossier: its record is its line in the oral-agreement register. Any problem writes nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from aidstation.core import validation
from aidstation.core.db import atomic
from aidstation.core.mediation.agreement import record_agreement
from aidstation.core.mediation.cases import open_case
from aidstation.core.mediation.parties import PartyInput, _check_mediators, check_parties
from aidstation.core.mediation.sessions import add_session
from aidstation.core.mediation.status import _conclude
from aidstation.core.mediation.terms import MATTER_TO_DISPUTE, ROLES, _text
from aidstation.core.models import CaseMediator, Consultation, MediationCase, Person, Staff
from aidstation.core.records import require_user
from aidstation.core.validation import ValidationError, ValidationErrors

OUTCOMES = ("agreed", "not_agreed")
SUMMARY_LIMIT = 200  # one line of the register
AGREEMENT_LIMIT = 500
PARTY_FIELDS = ("name", "phone", "id_number", "community", "gender")  # a new person typed here


@dataclass
class OralParty:
    """One party: an existing `person`, or `new_person` (name, phone, …) created with the case."""
    role: str
    person: Person | None = None
    new_person: dict | None = None


def _party_field(index: int, field: str) -> str:
    """The field a problem of party `index` is reported under: 'parties.0.phone'."""
    return f"parties.{index}.{field}"


def _as_party(item) -> OralParty:
    if isinstance(item, OralParty):
        return item
    if isinstance(item, PartyInput):
        return OralParty(item.role, person=item.person)
    who, role = item[0], item[1]
    if isinstance(who, dict):
        return OralParty(role, new_person=who)
    return OralParty(role, person=who)


def _renamed(error: ValidationError, field: str) -> ValidationError:
    return ValidationError(field, error.message, getattr(error, "message_zh", "") or "")


def _create_people(parties: list[OralParty], *, user, confirm_duplicate: bool, create_person,
                   problems: validation.Problems) -> tuple[list[PartyInput], ValidationError | None]:
    """Inside the caller's transaction: the new people, created; each problem named by its
    party ('parties.1.phone'). A possible duplicate (people.DuplicateWarning) is returned, not
    raised, so the other problems are reported first."""
    out: list[PartyInput] = []
    duplicate = None
    for i, party in enumerate(parties):
        if party.role not in ROLES:
            problems.add(_party_field(i, "role"), f"'{party.role}' is not a party role",
                         f"“{party.role}”不是当事人类别")
            continue
        person = party.person
        if person is None and party.new_person:
            fields = {k: v for k, v in party.new_person.items() if k in PARTY_FIELDS and v not in (None, "")}
            if create_person is None:
                problems.add(_party_field(i, "person"), "a new person needs the people service "
                             "(create_person)", "新当事人须由人员服务登记")
                continue
            try:
                person = create_person(user=user, confirm_duplicate=confirm_duplicate, **fields)
            except ValidationErrors as many:
                problems.errors.extend(_renamed(e, _party_field(i, e.field)) for e in many.errors)
                continue
            except ValidationError as error:
                if hasattr(error, "matches"):  # people.DuplicateWarning: same name and phone
                    error.field = _party_field(i, "phone")
                    error.party_index = i
                    duplicate = duplicate or error
                else:
                    problems.errors.append(_renamed(error, _party_field(i, error.field)))
                continue
        if person is None:
            problems.add(_party_field(i, "person"), "choose a person or type a new one's name",
                         "请选择当事人或填写新当事人的姓名")
            continue
        out.append(PartyInput(person, party.role))
    return out, duplicate


def record_oral(*, user, mediated_on, parties, dispute_type: str, summary: str, outcome: str,
                agreement: str = "", mediator: Staff | None, consultation: Consultation | None = None,
                source: str = "party", failure_route: str = "", amount=0,
                create_person: Callable | None = None, confirm_duplicate: bool = False,
                today: dt.date | None = None) -> MediationCase:
    """Record an oral mediation as a concluded case; returns it.

    `parties`: OralParty, PartyInput or (person-or-dict, role) items, at least one applicant and
    one respondent; a dict creates that person here with `create_person` (pass people.create:
    core.people names mediation in a person's history, so mediation does not import people).
    `outcome` 'agreed' (the case succeeds with
    an oral agreement, `agreement` its one-line content) or 'not_agreed' (the case fails;
    `failure_route` the route the parties were told of). `consultation`: the consultation
    (disposition 转人民调解) it settles, linked to the case. Raises ValidationError(s) naming
    every field at fault, or people.DuplicateWarning (field 'parties.N.phone') for a new person
    who has the name and phone of someone on record, unless `confirm_duplicate`."""
    require_user(user)
    items = [_as_party(p) for p in parties or []]
    before = consultation.mediation_case_id if consultation is not None else None
    try:
        with atomic():
            return _record(user, mediated_on, items, dispute_type, summary, outcome, agreement,
                           mediator, consultation, source, failure_route, amount, create_person,
                           confirm_duplicate, today)
    except BaseException:
        if consultation is not None:  # rolled back: the caller's instance forgets the link too
            consultation.mediation_case_id = before
        raise


def _record(user, mediated_on, items, dispute_type, summary, outcome, agreement, mediator,
            consultation, source, failure_route, amount, create_person, confirm_duplicate,
            today) -> MediationCase:
    problems = validation.Problems()
    day = problems.check(validation.date, mediated_on, "mediated_on", allow_future=False, today=today)
    if not dispute_type:
        problems.add("dispute_type", "choose the dispute type", "请选择纠纷类型")
    else:
        problems.check(validation.code, "dispute_type", dispute_type, "dispute_type")
    summary = problems.check(validation.free_text, " ".join(str(summary or "").split()), "summary",
                             max_length=SUMMARY_LIMIT, required=True)
    agreement = " ".join(str(agreement or "").split())
    if outcome not in OUTCOMES:
        problems.add("outcome", "choose agreed or not agreed", "请选择是否达成协议")
    elif outcome == "agreed":
        agreement = problems.check(_text, agreement, "agreement", AGREEMENT_LIMIT)
        if agreement == "":
            problems.add("agreement", "an oral agreement needs its content recorded",
                         "口头协议须登记协议内容")
    else:
        if agreement:
            problems.add("agreement", "no agreement was reached: leave the agreement empty",
                         "未达成协议，协议内容应为空")
        if not failure_route:
            problems.add("failure_route", "say which route (court, arbitration, administrative) the "
                         "parties were told of", "须记录告知当事人的其他解决途径（诉讼、仲裁或行政）")
        else:
            problems.check(validation.code, "failure_route", failure_route, "failure_route")
    if mediator is None:
        problems.add("mediator", "choose the mediator", "请选择调解员")
    else:
        problems.check(_check_mediators, [mediator])
        problems.errors = [ValidationError("mediator", e.message, getattr(e, "message_zh", ""))
                           if e.field == "mediators" else e for e in problems.errors]
    if consultation is not None:
        current = Consultation.get_or_none(Consultation.id == consultation.id)
        if current is None or current.deleted_at is not None:
            problems.add("consultation", "the consultation is deleted", "该咨询已被删除")
        elif current.mediation_case_id is not None:
            problems.add("consultation", "this consultation already led to a mediation case",
                         "该咨询已转入调解案件")
        elif current.disposition != "mediation":
            problems.add("consultation", "only a consultation sent to mediation is settled by "
                         "mediation: set its disposition first",
                         "只有处理方式为“转人民调解”的咨询才能以调解了结，请先修改处理方式")
        elif day is not None and day < current.received_at.date():
            problems.add("mediated_on", "the mediation cannot be before the consultation",
                         "调解日期不能早于咨询日期")
    party_inputs, duplicate = _create_people(items, user=user, confirm_duplicate=confirm_duplicate,
                                             create_person=create_person, problems=problems)
    if not problems.errors and duplicate is None:
        problems.check(check_parties, party_inputs)
    problems.raise_any()
    if duplicate is not None:
        raise duplicate  # nothing else is wrong: the caller asks, then calls again
    case = open_case(user=user, received_on=day, parties=party_inputs, source=source,
                     dispute_type=dispute_type, facts=summary, mediators=[mediator], amount=amount,
                     consultation=consultation, today=today)
    add_session(case, user=user, held_at=_held_at(day, consultation, today), place="",
                record=summary, recorder=mediator, kind="mediation")
    if outcome == "agreed":
        record_agreement(case, user=user, form="oral", agreement_on=day, terms=agreement, today=today)
        return _conclude(case, user=user, status="succeeded", concluded_on=day, today=today,
                         dossier=False)
    return _conclude(case, user=user, status="failed", concluded_on=day, failure_route=failure_route,
                     today=today, dossier=False)


def _held_at(day: dt.date, consultation: Consultation | None, today: dt.date | None) -> dt.datetime:
    """When the mediation took place: at the consultation it settled, now when it is today,
    else the day at noon (the register keeps dates only)."""
    if consultation is not None and consultation.received_at.date() == day:
        return consultation.received_at
    now = dt.datetime.now().replace(microsecond=0)
    if day == (today or now.date()) and day == now.date():
        return now
    return dt.datetime.combine(day, dt.time(12, 0))


def last_mediator(user) -> Staff | None:
    """The mediator of the newest case `user` recorded (the oral form's default), if still
    eligible to mediate."""
    link = (CaseMediator.select(CaseMediator, MediationCase).join(MediationCase)
            .where(MediationCase.created_by == getattr(user, "id", None))
            .order_by(MediationCase.id.desc(), CaseMediator.id).first())
    if link is None:
        return None
    try:
        return _check_mediators([link.staff])[0]
    except ValidationError:
        return None


def dispute_for_matter(matter: str) -> str:
    """The dispute type a consultation's matter maps to ('other' when none does)."""
    return MATTER_TO_DISPUTE.get(matter or "", "other")


def recent_agreements(dispute_type: str = "", limit: int = 8) -> list[str]:
    """The station's latest one-line oral agreements (of `dispute_type` when given), newest
    first and each once: the form offers them, so a usual settlement takes no typing."""
    M = MediationCase
    where = M.deleted_at.is_null() & (M.agreement_form == "oral") & (M.agreement_terms != "")
    if dispute_type:
        where &= M.dispute_type == dispute_type
    out: list[str] = []
    for (terms,) in M.select(M.agreement_terms).where(where).order_by(M.id.desc()).limit(limit * 5).tuples():
        line = " ".join(terms.split())
        if line and len(line) <= AGREEMENT_LIMIT and line not in out:
            out.append(line)
        if len(out) == limit:
            break
    return out
