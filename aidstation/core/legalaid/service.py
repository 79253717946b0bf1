"""Legal-aid applications at a workstation: receive, pre-check, materials, forward, follow through.

A workstation cannot open a legal-aid case itself: it receives the application, pre-checks it
(core/eligibility.py), tells the applicant at once everything missing (一次性告知), forwards it to
the district centre, and records the centre's decision, the assignment, the closing and the
return visits. Numbers are （YEAR）{numbers.aid_prefix}申字第N号, N counting from 1 each year by
the year of receipt.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from aidstation.core import codes, dates, records, settings, validation
from aidstation.core.db import atomic
from aidstation.core.legalaid import eligibility as elig
from aidstation.core.models import (
    AidApplication,
    AidGroup,
    AidMaterial,
    CardIssue,
    Consultation,
    FollowUp,
    Person,
    now,
)
from aidstation.core.records import actor_id, record_write, require_user
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

DECISIONS = ("granted", "refused", "withdrawn", "lapsed")
INTAKE_FIELDS = (
    "received_on", "applicant", "agent", "agent_relation", "limited_capacity", "aid_form",
    "case_type", "cause", "scope_item", "legal_stage", "summary", "detained", "urgent_deadline",
    "art32_ground", "no_fixed_income", "assistance_recipient", "monthly_income", "notes",
)
# Stages, in the order an application moves through them (see stage()).
STAGES = ("received", "forwarded", "granted", "assigned", "closed", "ended")


# ---------------------------------------------------------------- numbers, dates, stages

def next_number(year: int) -> str:
    prefix = settings.get("numbers.aid_prefix")
    head = f"（{year}）{prefix}申字第"
    pattern = re.compile(re.escape(head) + r"(\d+)号$")
    highest = 0
    # A range on the unique number index (LIKE 'head%' would scan every number): the numbers
    # starting with `head` sort from head up to head with its last character (第) one higher.
    upper = head[:-1] + chr(ord(head[-1]) + 1)
    for (number,) in AidApplication.select(AidApplication.number).where(
            (AidApplication.number >= head) & (AidApplication.number < upper)).tuples():
        match = pattern.match(number)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{head}{highest + 1}号"


def add_days(start: dt.date, days: int, working: bool | None = None) -> dt.date:
    """`start` plus natural days, or working days (China's calendar: public holidays skipped,
    make-up working days counted; core/workcalendar.py) when the station counts working days;
    see dates.add_days."""
    return dates.add_days(start, days, working=working)


def age_on(person: Person, on: dt.date) -> int | None:
    b = person.birth_date
    if b is None:
        return None
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def stage(app: AidApplication) -> str:
    if app.closed_on:
        return "closed"
    if app.assigned_on:
        return "assigned"
    if app.decision == "granted":
        return "granted"
    if app.decision in ("refused", "withdrawn", "lapsed"):
        return "ended"
    if app.forwarded_on:
        return "forwarded"
    return "received"


def groups_of(app: AidApplication) -> list[str]:
    return [g.group for g in AidGroup.select().where(AidGroup.application == app).order_by(AidGroup.id)]


# ---------------------------------------------------------------- eligibility

def facts_for(values: dict, *, groups=(), as_of: dt.date | None = None) -> elig.Facts:
    """Pre-check facts from intake values (the same keys as receive()) and the station's
    settings, code tables and the applicant's contact cards."""
    applicant = values.get("applicant")
    card_types: frozenset = frozenset()
    if isinstance(applicant, Person) and applicant.id is not None:
        card_types = frozenset(
            c.household_type for c in CardIssue.live(CardIssue.household_type)
            .where(CardIssue.person == applicant))
    labels = {}
    for kind in ("scope_item", "no_test_ground", "exempt_ground"):
        for c in codes.entries(kind, include_retired=True):
            labels[(kind, c.code)] = (c.label_zh, c.label_en)
    try:
        threshold = Decimal(settings.get("aid.hardship_threshold") or "0")
    except ArithmeticError:
        threshold = Decimal("0")
    income = values.get("monthly_income")
    return elig.Facts(
        case_type=values.get("case_type") or "civil",
        scope_item=values.get("scope_item") or "",
        cause=values.get("cause") or "",
        art32_ground=values.get("art32_ground") or "",
        birth_date=applicant.birth_date if isinstance(applicant, Person) else None,
        as_of=as_of or values.get("received_on") or dt.date.today(),
        groups=frozenset(groups),
        no_fixed_income=bool(values.get("no_fixed_income")),
        assistance_recipient=bool(values.get("assistance_recipient")),
        card_household_types=card_types,
        card_holders_exempt=settings.get_bool("aid.card_holders_exempt"),
        monthly_income=None if income in (None, "") else Decimal(str(income)),
        threshold=threshold,
        scope_items=frozenset(codes.active_codes("scope_item")),
        labels=labels,
    )


def check(app: AidApplication) -> elig.Result:
    values = {name: getattr(app, name) for name in INTAKE_FIELDS}
    return elig.precheck(facts_for(values, groups=groups_of(app)))


# ---------------------------------------------------------------- materials

def required_materials(result: elig.Result, has_agent: bool) -> dict[str, bool]:
    """Every active material code -> required? (agent's authority only with an agent; the
    hardship statement or the exemption proof depending on the route)."""
    out = {}
    for code in codes.active_codes("material"):
        if code == "agent_authority":
            out[code] = has_agent
        elif code == "hardship":
            out[code] = result.route in (elig.STATEMENT, elig.OUT_OF_SCOPE)
        elif code == "exemption":
            out[code] = result.route == elig.EXEMPT
        else:
            out[code] = True
    return out


def _sync_materials(app: AidApplication, result: elig.Result) -> None:
    wanted = required_materials(result, app.agent_id is not None)
    existing = {m.material: m for m in app.materials}
    for code, required in wanted.items():
        row = existing.get(code)
        if row is None:
            AidMaterial.create(application=app, material=code, required=required)
        elif row.required != required:
            row.required = required
            row.save()


def materials(app: AidApplication) -> list[AidMaterial]:
    order = {c: i for i, c in enumerate(codes.active_codes("material"))}
    rows = list(AidMaterial.select().where(AidMaterial.application == app))
    return sorted(rows, key=lambda m: (order.get(m.material, 99), m.id))


def missing_materials(app: AidApplication) -> list[AidMaterial]:
    return [m for m in materials(app) if m.required and not m.received]


def set_materials(app: AidApplication, received: dict[str, bool], *, user,
                  on: dt.date | None = None, copies: dict[str, int] | None = None) -> list[str]:
    """Tick or untick checklist lines; returns the material codes that changed."""
    require_user(user)
    on = validation.date(on or dt.date.today(), "received_on", allow_future=False)
    rows = {m.material: m for m in app.materials}
    for code in received:
        if code not in rows:
            raise ValidationError("materials", f"'{code}' is not on this application's checklist",
                                  f"“{code}”不在本申请的材料清单中")
    changed = []
    with atomic():
        for code, got in received.items():
            row = rows[code]
            n = validation.count((copies or {}).get(code, row.copies or (1 if got else 0)), "copies")
            if row.received != bool(got) or (copies and code in copies and row.copies != n):
                row.received = bool(got)
                row.received_on = on if got else None
                row.copies = n if got else 0
                row.save()
                changed.append(code)
        if changed:
            _touch(app, user)
            record_write(user, "update", "AidApplication", app.id, fields=["materials"],
                         detail=",".join(changed))
    return changed


def notice_deadline(app: AidApplication) -> dt.date | None:
    """The date the one-time notice gives the applicant to supply the missing materials."""
    if app.notice_issued_at is None:
        return None
    issued = app.notice_issued_at
    issued = issued.date() if isinstance(issued, dt.datetime) else dt.date.fromisoformat(str(issued)[:10])
    return supplement_deadline(issued)


def supplement_deadline(issued: dt.date) -> dt.date:
    return add_days(issued, int(settings.get("aid.supplement_days") or 15))


def record_print(app: AidApplication, document: str, *, user, file_name: str = "",
                 at: dt.datetime | None = None) -> None:
    """Audit a printed document ('form', 'notice', 'receipt', 'letter'); the notice also
    records when the applicant was told (notice_issued_at)."""
    require_user(user)
    with atomic():
        fields = []
        if document == "notice":
            app.notice_issued_at = at or now()
            fields = ["notice_issued_at"]
            _touch(app, user)
        record_write(user, "print", "AidApplication", app.id, fields=fields,
                     detail=f"{document} {file_name}".strip())


# ---------------------------------------------------------------- intake

# What the clerk must choose at the desk (the application window passes require=DESK_REQUIRED);
# imports and older callers may leave them empty (the case type then counts as civil).
DESK_REQUIRED = ("case_type", "cause")
_REQUIRED_TEXT = {
    "case_type": ("choose the case type", "请选择案件类别"),
    "cause": ("choose the cause (the matter the application is about)", "请选择申请事由"),
    "aid_form": ("choose the form of aid applied for", "请选择申请的援助形式"),
    "scope_item": ("choose the scope item", "请选择援助事项范围"),
    "legal_stage": ("choose the legal stage", "请选择所处诉讼阶段"),
}


def _validate_intake(values: dict, groups, require=()) -> dict:
    """The intake values as stored; every problem at once (ValidationErrors when several)."""
    v = dict(values)
    problems = validation.Problems()
    applicant = v.get("applicant")
    if not isinstance(applicant, Person) or applicant.deleted_at is not None:
        problems.add("applicant", "choose the applicant", "请选择申请人")
        applicant = None
    received = v.get("received_on")
    v["received_on"] = problems.check(validation.date, dt.date.today() if received is None else received,
                                      "received_on", allow_future=False)
    agent = v.get("agent")
    if agent is not None:
        if not isinstance(agent, Person) or agent.deleted_at is not None:
            problems.add("agent", "choose the agent", "请选择代理人")
        elif applicant is not None and agent.id == applicant.id:
            problems.add("agent", "the agent cannot be the applicant", "代理人不能是申请人本人")
        if problems.check(validation.text_value, v.get("agent_relation"), "agent_relation") == "":
            problems.add("agent_relation", "say how the agent is related to the applicant",
                         "请填写代理人与申请人的关系")
    else:
        v["agent_relation"] = ""
        age = age_on(applicant, v["received_on"] or dt.date.today()) if applicant is not None else None
        if age is not None and age < elig.ADULT_AGE:
            problems.add("agent", f"the applicant is a minor ({age}): a legal representative "
                                  "must apply for them (Legal Aid Law Art. 40)",
                         f"申请人为未成年人（{age}岁），应由其法定代理人代为申请（《法律援助法》第四十条）")
        elif v.get("limited_capacity"):
            problems.add("agent", "the applicant lacks full civil capacity: a legal representative "
                                  "must apply for them (Legal Aid Law Art. 40)",
                         "申请人无完全民事行为能力，应由其法定代理人代为申请（《法律援助法》第四十条）")
    for kind, name in (("aid_form", "aid_form"), ("aid_case_type", "case_type"), ("matter", "cause"),
                       ("legal_stage", "legal_stage"), ("scope_item", "scope_item"),
                       ("no_test_ground", "art32_ground")):
        if v.get(name):
            problems.check(validation.code, kind, v[name], name)
        elif name in require:
            problems.add(name, *_REQUIRED_TEXT[name])
    if not v.get("case_type"):
        v["case_type"] = "civil"
    income = v.get("monthly_income")
    v["monthly_income"] = (None if income in (None, "")
                           else problems.check(validation.amount, income, "monthly_income"))
    v["urgent_deadline"] = problems.check(validation.date, v.get("urgent_deadline"), "urgent_deadline",
                                          required=False)
    for g in groups:
        problems.check(validation.code, "group", g, "groups")
    # The summary is carried over from a consultation's question: it takes as much.
    for name, limit in (("agent_relation", 60), ("summary", 4000), ("notes", validation.NOTES_LIMIT)):
        v[name] = problems.check(validation.free_text, v.get(name), name, max_length=limit)
    problems.raise_any()
    return v


def _derived_groups(applicant: Person, on: dt.date, groups) -> list[str]:
    """The clerk's groups plus minor/elderly derived from the birth date (counted in aid.group.*)."""
    out = list(dict.fromkeys(groups))
    age = age_on(applicant, on)
    if age is not None and age < elig.ADULT_AGE and "minor" not in out:
        out.append("minor")
    if age is not None and age >= elig.ELDERLY_AGE and "elderly" not in out:
        out.append("elderly")
    return out


def _apply_route(app: AidApplication, result: elig.Result) -> None:
    app.hardship_route = "" if result.route == elig.OUT_OF_SCOPE else result.route
    app.hardship_ground = result.ground
    app.hardship_reason = result.sentence_zh


def _touch(app: AidApplication, user) -> None:
    records.stamp(app, user)
    app.save()


def receive(*, user, groups=(), consultation: Consultation | None = None, require=(),
            **values) -> AidApplication:
    """Register a new application; raises ValidationError naming the bad field (ValidationErrors
    naming each when several). `require`: intake fields that must be chosen (DESK_REQUIRED)."""
    require_user(user)
    unknown = set(values) - set(INTAKE_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    groups = validation.code_list("group", groups, "groups")
    v = _validate_intake(values, groups, require)
    groups = _derived_groups(v["applicant"], v["received_on"], groups)
    result = elig.precheck(facts_for(v, groups=groups))
    with atomic():
        app = AidApplication(number=next_number(v["received_on"].year), **v)
        app.created_by = app.updated_by = actor_id(user)
        _apply_route(app, result)
        app.save(force_insert=True)
        for g in groups:
            AidGroup.create(application=app, group=g)
        _sync_materials(app, result)
        record_write(user, "create", "AidApplication", app.id,
                     fields=sorted(k for k in v if v[k] not in (None, "", False)) + ["groups"])
        if consultation is not None:
            Consultation.update(aid_application=app, updated_at=now(), updated_by=actor_id(user)).where(
                Consultation.id == consultation.id).execute()
            consultation.aid_application = app
            record_write(user, "update", "Consultation", consultation.id, fields=["aid_application"])
    return app


def from_consultation(consultation: Consultation, *, user, require=(), **values) -> AidApplication:
    """Receive an application from a consultation whose disposition was apply_aid: its person,
    matter and groups are carried over and the consultation is linked to the application."""
    require_user(user)
    if consultation.disposition != "apply_aid":
        raise ValidationError("consultation", "only a consultation guided to apply for legal aid can start "
                                              "an application", "只有“指导申请法律援助”的咨询才能转为援助申请")
    if consultation.person_id is None:
        raise ValidationError("applicant", "the consultation has no identified person", "该咨询没有登记当事人身份")
    if consultation.aid_application_id is not None:
        raise ValidationError("consultation", "this consultation already has an application",
                              "该咨询已登记法律援助申请")
    values.setdefault("applicant", consultation.person)
    values.setdefault("cause", consultation.matter)
    values.setdefault("summary", consultation.question)
    groups = values.pop("groups", None)
    if groups is None:
        groups = [g.group for g in consultation.group_links]
    return receive(user=user, groups=groups, consultation=consultation, require=require, **values)


def update(app: AidApplication, *, user, groups=None, require=(), **changes) -> list[str]:
    """Change intake fields; re-runs the pre-check and the checklist. Returns changed names.
    `require` as for receive()."""
    require_user(user)
    unknown = set(changes) - set(INTAKE_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    values = {name: getattr(app, name) for name in INTAKE_FIELDS}
    values.update(changes)
    if groups is not None:
        groups = validation.code_list("group", groups, "groups")
    old_groups = groups_of(app)
    v = _validate_intake(values, old_groups if groups is None else groups, require)
    if app.forwarded_on and v["received_on"] > app.forwarded_on:
        raise ValidationError("received_on", "received after it was forwarded", "接收日期晚于转交日期")
    if app.decision_on and v["received_on"] > app.decision_on:
        raise ValidationError("received_on", "received after the decision", "接收日期晚于决定日期")
    new_groups = _derived_groups(v["applicant"], v["received_on"], old_groups if groups is None else groups)
    changed = [k for k in INTAKE_FIELDS if _differs(getattr(app, k), v[k])]
    old_received = app.received_on
    if new_groups != old_groups:
        changed.append("groups")
    if not changed:
        return []
    result = elig.precheck(facts_for(v, groups=new_groups))
    with atomic():
        for k in INTAKE_FIELDS:
            setattr(app, k, v[k])
        _apply_route(app, result)
        _touch(app, user)
        if "received_on" in changed:
            submissions.note_dates([old_received])
        if new_groups != old_groups:
            AidGroup.delete().where(AidGroup.application == app).execute()
            for g in new_groups:
                AidGroup.create(application=app, group=g)
        _sync_materials(app, result)
        record_write(user, "update", "AidApplication", app.id, fields=changed)
    return changed


def _differs(old, new) -> bool:
    if isinstance(old, Person) or isinstance(new, Person):
        return getattr(old, "id", None) != getattr(new, "id", None)
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return (None if old is None else Decimal(old)) != (None if new is None else Decimal(new))
    return old != new


# ---------------------------------------------------------------- tracking

def _on(value, field: str, *, after: dt.date | None, after_name: tuple[str, str]) -> dt.date:
    """The day of a stage: None means today; '' (a field the clerk emptied) is refused."""
    day = validation.date(dt.date.today() if value is None else value, field, allow_future=False)
    if after is not None and day < after:
        raise ValidationError(field, f"{day.isoformat()} is before the {after_name[0]} ({after.isoformat()})",
                              f"{day.isoformat()} 早于{after_name[1]}（{after.isoformat()}）")
    return day


def forward(app: AidApplication, *, user, forwarded_on=None, forwarded_to: str = "",
            forwarded_at: dt.datetime | None = None) -> None:
    """Forward to the legal-aid centre; refused while a required material is missing."""
    require_user(user)
    if app.decision != "pending" or app.forwarded_on:
        raise ValidationError("forwarded_on", "this application has already been forwarded or decided",
                              "该申请已转交或已有决定")
    problems = validation.Problems()
    missing = missing_materials(app)
    if missing:
        names_en = "; ".join(codes.label("material", m.material, "en") for m in missing)
        names_zh = "；".join(codes.label("material", m.material, "zh") for m in missing)
        problems.add("materials", f"required materials are missing: {names_en}", f"尚缺必需材料：{names_zh}")
    day = problems.check(_on, forwarded_on, "forwarded_on", after=app.received_on,
                         after_name=("day it was received", "接收日期"))
    to = problems.check(validation.free_text, forwarded_to or settings.get("station.aid_centre"),
                        "forwarded_to")
    if to == "":
        problems.add("forwarded_to", "name the legal-aid centre it goes to", "请填写接收的法律援助中心")
    problems.raise_any()
    with atomic():
        app.forwarded_on, app.forwarded_to = day, to
        app.forwarded_at = forwarded_at or (now() if day == dt.date.today()
                                            else dt.datetime.combine(day, dt.time(17, 0)))
        _touch(app, user)
        record_write(user, "update", "AidApplication", app.id,
                     fields=["forwarded_on", "forwarded_at", "forwarded_to"])


def decide(app: AidApplication, *, user, decision: str, decision_on=None, reason: str = "") -> None:
    """Record the centre's decision (granted, refused, withdrawn, lapsed)."""
    require_user(user)
    if app.decision != "pending":
        raise ValidationError("decision", "a decision is already recorded", "已记录决定")
    problems = validation.Problems()
    if not decision:
        problems.add("decision", "choose the centre's decision", "请选择中心的审查决定")
    elif decision not in DECISIONS:
        problems.add("decision", f"'{decision}' is not a decision", f"“{decision}”不是有效的决定")
    elif decision in ("granted", "refused") and not app.forwarded_on:
        problems.add("decision", "the centre decides only after the application is forwarded",
                     "申请转交法律援助中心后才有审查决定")
    reason = problems.check(validation.free_text, reason, "decision_reason", max_length=validation.NOTES_LIMIT)
    if decision == "refused" and reason == "":
        problems.add("decision_reason", "give the centre's reason for refusing", "请填写不予援助的理由")
    if app.forwarded_on:
        day = problems.check(_on, decision_on, "decision_on", after=app.forwarded_on,
                             after_name=("day it was forwarded", "转交日期"))
    else:
        day = problems.check(_on, decision_on, "decision_on", after=app.received_on,
                             after_name=("day it was received", "接收日期"))
    problems.raise_any()
    with atomic():
        app.decision, app.decision_on, app.decision_reason = decision, day, reason
        _touch(app, user)
        record_write(user, "update", "AidApplication", app.id,
                     fields=["decision", "decision_on"] + (["decision_reason"] if reason else []))


def assign(app: AidApplication, *, user, assigned_on=None, assigned_to: str) -> None:
    require_user(user)
    if app.decision != "granted":
        raise ValidationError("assigned_on", "a lawyer is assigned only after the centre grants aid",
                              "中心决定给予法律援助后才能指派")
    if app.assigned_on:
        raise ValidationError("assigned_on", "already assigned", "已指派")
    problems = validation.Problems()
    day = problems.check(_on, assigned_on, "assigned_on", after=app.decision_on,
                         after_name=("decision", "决定日期"))
    to = problems.check(validation.required_text, assigned_to, "assigned_to")
    problems.raise_any()
    with atomic():
        app.assigned_on, app.assigned_to = day, to
        _touch(app, user)
        record_write(user, "update", "AidApplication", app.id, fields=["assigned_on", "assigned_to"])


def close(app: AidApplication, *, user, closed_on=None, outcome: str, amount_recovered=0) -> None:
    require_user(user)
    if not app.assigned_on:
        raise ValidationError("closed_on", "a case is closed only after it has been assigned",
                              "案件指派后才能结案")
    if app.closed_on:
        raise ValidationError("closed_on", "already closed", "已结案")
    problems = validation.Problems()
    day = problems.check(_on, closed_on, "closed_on", after=app.assigned_on,
                         after_name=("assignment", "指派日期"))
    text = problems.check(validation.required_text, outcome, "outcome", max_length=2000)
    money = problems.check(validation.amount, amount_recovered, "amount_recovered")
    problems.raise_any()
    with atomic():
        app.closed_on, app.outcome, app.amount_recovered = day, text, money
        _touch(app, user)
        record_write(user, "update", "AidApplication", app.id,
                     fields=["closed_on", "outcome", "amount_recovered"])


def add_followup(app: AidApplication, *, user, visited_on=None, visitor: str = "", method: str = "phone",
                 reached: bool = True, satisfaction: str = "", fee_charged: bool | None = False,
                 notes: str = "") -> FollowUp:
    """A return visit after the case is closed: reached? satisfied? was any fee charged?"""
    require_user(user)
    if not app.closed_on:
        raise ValidationError("visited_on", "a return visit follows the closing of the case",
                              "结案后才能回访")
    problems = validation.Problems()
    day = problems.check(_on, visited_on, "visited_on", after=app.closed_on,
                         after_name=("closing", "结案日期"))
    visitor = problems.check(validation.free_text, visitor, "visitor", max_length=60)
    notes = problems.check(validation.free_text, notes, "notes", max_length=validation.NOTES_LIMIT)
    if not method:
        problems.add("method", "choose how the visit was made", "请选择回访方式")
    else:
        problems.check(validation.code, "followup_method", method, "method")
    if satisfaction:
        problems.check(validation.code, "satisfaction", satisfaction, "satisfaction")
    problems.raise_any()
    if not reached:
        satisfaction, fee_charged = "", None
    with atomic():
        row = FollowUp.create(aid_application=app, visited_on=day, visitor=visitor,
                              method=method, reached=bool(reached), satisfaction=satisfaction,
                              fee_charged=fee_charged, notes=notes,
                              created_by=actor_id(user), updated_by=actor_id(user))
        record_write(user, "create", "FollowUp", row.id,
                     fields=["aid_application", "visited_on", "method", "reached", "satisfaction",
                             "fee_charged"])
    return row


def followups(app: AidApplication) -> list[FollowUp]:
    return list(FollowUp.live().where(FollowUp.aid_application == app).order_by(FollowUp.visited_on))


def delete(app: AidApplication, *, user) -> None:
    records.soft_delete(app, user=user)


def restore(app: AidApplication, *, user) -> None:
    """Administrators only; refused while the applicant or the agent is deleted, so no live
    record ever names a deleted person."""
    records.restore(app, user=user, persons=("applicant", "agent"))


# ---------------------------------------------------------------- lists

def stage_condition(name: str):
    A = AidApplication
    return {
        "received": A.forwarded_on.is_null() & (A.decision == "pending"),
        "forwarded": A.forwarded_on.is_null(False) & (A.decision == "pending"),
        "granted": (A.decision == "granted") & A.assigned_on.is_null(),
        "assigned": A.assigned_on.is_null(False) & A.closed_on.is_null(),
        "closed": A.closed_on.is_null(False),
        "ended": A.decision.in_(["refused", "withdrawn", "lapsed"]),
    }[name]


def search(text: str = "", *, stage_name: str = "", month: str = "", overdue_ids=None):
    """A query over live applications: text in number, applicant name or phone; a stage; a
    month (YYYY-MM of receipt); overdue_ids limits to those ids. Newest first."""
    A = AidApplication
    query = A.live().join(Person, on=(A.applicant == Person.id))
    text = validation.text_value(text, "text")  # search text, cleaned as stored text is
    if text:
        query = query.where(A.number.contains(text) | Person.name.contains(text)
                            | Person.phone.contains(text) | A.summary.contains(text))
    if stage_name:
        query = query.where(stage_condition(stage_name))
    if month:
        year, mon = (int(x) for x in month.split("-"))
        first = dt.date(year, mon, 1)
        nxt = dt.date(year + mon // 12, mon % 12 + 1, 1)
        query = query.where((A.received_on >= first) & (A.received_on < nxt))
    if overdue_ids is not None:
        query = query.where(A.id.in_(list(overdue_ids) or [0]))
    return query.order_by(A.received_on.desc(), A.id.desc())


def of_person(person: Person) -> list[AidApplication]:
    """The person's applications (as applicant or agent), newest first, for their history."""
    A = AidApplication
    return list(A.live().where((A.applicant == person) | (A.agent == person))
                .order_by(A.received_on.desc(), A.id.desc()))
