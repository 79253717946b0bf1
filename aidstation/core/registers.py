"""Registers (台账) printed for inspection and the deadline sheet (督办单), issue 14.

Each register is a `Register`: its official columns and, for a period (both days included)
and the list page's filters, its rows — streamed from one SQL query (the lists' indexes on the
record's own date; groups, parties and mediators read by correlated subqueries inside that
query, never a query a row), so a 200,000-consultation station prints a year without holding
it. The PDF (pdf/registers) and the workbook (excel/registers.py) both write what `rows()`
yields, and `Totals` adds up the same values for the totals line.

Masked for the reader (DESIGN §12): registers go to inspectors, so names are 张*, phones
138****8000, no ID number at all, and every ID number or phone typed into free text is
masked; a case title names every party ever on the case masked (removed ones too).

`due_rows()` is the deadline sheet and the dashboard's due list alike: core/clocks.py's items
with who they concern and their title masked the same way.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, fn

from aidstation.core import (
    audit,
    cards,
    clocks,
    codes,
    consultations,
    legalaid,
    masking,
    mediation,
    screening,
    settings,
)
from aidstation.core.db import atomic
from aidstation.core.models import (
    AidApplication,
    AidGroup,
    CardIssue,
    CaseMediator,
    Consultation,
    ConsultationGroup,
    FollowUp,
    MediationCase,
    MediationParty,
    Person,
    PublicityActivity,
    ScreeningItem,
    ScreeningParty,
    ScreeningRound,
    Staff,
    User,
)

SEP = "\x1f"  # between names in a GROUP_CONCAT (a name may hold a comma or 、)
SUMMARY = 120  # characters of free text in a register cell (masked before it is cut)
CHUNK = 500  # ids per IN (...) query


@dataclass(frozen=True)
class Column:
    """One register column. kind: text, int, money (yuan, 2 decimals), date, datetime, yesno.
    `total`: summed on the totals line (yesno counts 是). `width`: millimetres on landscape A4
    (the workbook's width follows). `wrap`: long text that wraps in the PDF."""

    key: str
    zh: str
    en: str
    width: float
    kind: str = "text"
    total: bool = False
    wrap: bool = False

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "money")


def cell_text(column: Column, value) -> str:
    """How a value is printed: dates ISO, times to the minute, money with two decimals."""
    if value is None or value == "":
        return ""
    if column.kind == "money":
        return f"{Decimal(value):,.2f}"
    if column.kind == "yesno":
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def total_text(column: Column, value) -> str:
    """A totals cell: a sum as its column prints it; a yes/no column's count of 是 as a number."""
    if column.kind == "yesno":
        return str(int(value or 0))
    return cell_text(column, value)


@dataclass(frozen=True)
class Kind:
    key: str
    zh: str  # the register's title
    en: str
    unit: str  # what the count on the totals line counts: 件, 次, 场
    columns: tuple[Column, ...]
    filter_keys: tuple[str, ...]  # the list page's filters this register honours
    query: Callable  # (start, end, filters) -> peewee query, in register order
    count_query: Callable  # (start, end, filters) -> peewee query of the records counted
    row: Callable  # (plain tuple, context dict) -> register row (without 序号)


def _n(width=11):
    return Column("no", "序号", "No.", width, "int")


def _summary(text, names=(), limit: int = SUMMARY) -> str:
    """Free text on one line, every name in `names` masked, then numbers; then cut."""
    text = " ".join(mask_names(text or "", names).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mask_names(text: str, names) -> str:
    """`text` with each name in `names` masked (张三 -> 张*), ID numbers and phones too."""
    for name in sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True):
        text = text.replace(name, masking.name(name))
    return masking.free_text(text)


def _names(text: str | None) -> list[str]:
    return [n for n in (text or "").split(SEP) if n]


def _masked_list(text: str | None) -> str:
    return "、".join(masking.name(n) for n in _names(text))


def _labels(kind: str) -> dict[str, str]:
    return codes.labels(kind, "zh")


def _datetimes(start: dt.date, end: dt.date):
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


def _filtered(model, query, filters: dict, keys: tuple[str, ...], area_query: Callable):
    """`query` limited to the records the list page's filters show: the area's own list query
    (so the register holds what the list holds), as a subquery of ids — only when a filter is
    set, so an unfiltered register reads by its date index alone."""
    wanted = {k: v for k, v in (filters or {}).items() if k in keys and v not in (None, "", False)}
    if not wanted:
        return query
    return query.where(model.id.in_(area_query(wanted).select(model.id).order_by()))


# ---------------------------------------------------------------- 来访来电登记簿

def _consultation_area(start, end):
    lo, hi = _datetimes(start, end)

    def area(f):
        return consultations.query(f.get("text", ""), channel=f.get("channel"), disposition=f.get("disposition"),
                                   matter=f.get("matter"), group=f.get("group")).where(
            (Consultation.received_at >= lo) & (Consultation.received_at < hi))
    return area


def _consultations_base(start, end, filters, *columns):
    C = Consultation
    lo, hi = _datetimes(start, end)
    q = C.select(*columns).where(C.deleted_at.is_null() & (C.received_at >= lo) & (C.received_at < hi))
    return q, _consultation_area(start, end)


def _consultations_query(start, end, filters):
    C = Consultation
    groups = (ConsultationGroup.select(fn.GROUP_CONCAT(ConsultationGroup.group))
              .where(ConsultationGroup.consultation == C.id))
    q, area = _consultations_base(start, end, filters, C.id)
    q = (q.select(C.number, C.received_at, C.channel, Person.name, Person.phone, C.anonymous, C.identity_refused,
                  groups.alias("groups"), C.matter, C.question, C.disposition, C.referred_to, C.documents_drafted,
                  User.display_name, User.username)
         .join(Person, JOIN.LEFT_OUTER, on=(C.person == Person.id))
         .join_from(C, User, JOIN.LEFT_OUTER, on=(C.clerk == User.id)))
    return _filtered(C, q, filters, CONSULTATION_FILTERS, area).order_by(C.received_at, C.id)


def _consultations_count(start, end, filters):
    q, area = _consultations_base(start, end, filters, Consultation.id)
    return _filtered(Consultation, q, filters, CONSULTATION_FILTERS, area)


def _consultation_row(r, ctx):
    (number, at, channel, name, phone, anonymous, refused, groups, matter, question, disposition,
     referred, drafted, clerk_name, clerk_user) = r
    if anonymous or not name:
        who = "拒绝提供" if refused else "匿名"
    else:
        who = masking.name(name)
    handled = ctx["disposition"].get(disposition, disposition)
    if referred:
        handled += f"（{ctx['referral'].get(referred, referred)}）"
    return (number, at, ctx["channel"].get(channel, channel), who, masking.phone(phone) if phone else "",
            "、".join(ctx["group"].get(g, g) for g in (groups or "").split(",") if g),
            ctx["matter"].get(matter, matter), _summary(question, [name]), handled, drafted or 0,
            clerk_name or clerk_user or "")


CONSULTATION_FILTERS = ("text", "channel", "disposition", "matter", "group")


# ---------------------------------------------------------------- 人民调解受理登记簿

def _party_names(case_column, role: str | None):
    P = MediationParty
    where = P.case == case_column
    if role is not None:  # the case's parties now; without a role: every name it ever had
        where &= (P.role == role) & P.deleted_at.is_null()
    return P.select(fn.GROUP_CONCAT(Person.name, SEP)).join(Person).where(where)


def _mediation_area(start, end):
    def area(f):
        overdue = dt.date.today() if f.get("overdue") else None
        return mediation.query(f.get("text", ""), status=f.get("status", ""), dispute_type=f.get("type", ""),
                               overdue_on=overdue).where(
            (MediationCase.received_on >= start) & (MediationCase.received_on <= end))
    return area


def _mediations_count(start, end, filters):
    M = MediationCase
    q = M.select(M.id).where(M.deleted_at.is_null() & (M.received_on >= start) & (M.received_on <= end))
    return _filtered(M, q, filters, MEDIATION_FILTERS, _mediation_area(start, end))


def _mediations_query(start, end, filters):
    M = MediationCase
    mediators = (CaseMediator.select(fn.GROUP_CONCAT(Staff.name, SEP)).join(Staff)
                 .where(CaseMediator.case == M.id))
    q = _mediations_count(start, end, filters).select(
        M.number, M.received_on, M.source, M.dispute_type, _party_names(M.id, "applicant").alias("a"),
        _party_names(M.id, "respondent").alias("r"), _party_names(M.id, None).alias("everyone"), M.title,
        mediators.alias("m"), M.amount, M.status, M.concluded_on, M.agreement_form)
    return q.order_by(M.received_on, M.year, M.seq, M.id)


def _mediation_row(r, ctx):
    (number, received, source, dispute, applicants, respondents, everyone, title, mediators, amount,
     status, concluded, form) = r
    return (number, received, ctx["mediation_source"].get(source, source), ctx["dispute_type"].get(dispute, dispute),
            _masked_list(applicants), _masked_list(respondents), _summary(title, _names(everyone)),
            "、".join(_names(mediators)), Decimal(amount or 0), mediation.status_label(status, "zh"),
            concluded, {"written": "书面", "oral": "口头"}.get(form, ""))


MEDIATION_FILTERS = ("text", "status", "type", "overdue")


# ---------------------------------------------------------------- 法律援助申请登记簿

DECISION_ZH = {"pending": "待审查", "granted": "给予援助", "refused": "不予援助", "withdrawn": "撤回申请",
               "lapsed": "视为撤回"}


def _aid_area(start, end):
    def area(f):
        return legalaid.search(f.get("text", ""), stage_name=f.get("stage", ""),
                               overdue_ids=f.get("overdue_ids")).where(
            (AidApplication.received_on >= start) & (AidApplication.received_on <= end))
    return area


def _aid_count(start, end, filters):
    A = AidApplication
    q = A.select(A.id).where(A.deleted_at.is_null() & (A.received_on >= start) & (A.received_on <= end))
    return _filtered(A, q, filters, AID_FILTERS, _aid_area(start, end))


def _aid_query(start, end, filters):
    A = AidApplication
    groups = AidGroup.select(fn.GROUP_CONCAT(AidGroup.group)).where(AidGroup.application == A.id)
    q = (_aid_count(start, end, filters)
         .select(A.number, A.received_on, Person.name, Person.gender, Person.phone, groups.alias("g"), A.case_type,
                 A.cause, A.aid_form, A.forwarded_on, A.decision, A.decision_on, A.assigned_to, A.closed_on,
                 A.amount_recovered)
         .join(Person, on=(A.applicant == Person.id)))
    return q.order_by(A.received_on, A.id)


def _aid_row(r, ctx):
    (number, received, name, gender, phone, groups, case_type, cause, aid_form, forwarded, decision,
     decided, assigned_to, closed, recovered) = r
    return (number, received, masking.name(name), {"M": "男", "F": "女"}.get(gender, ""),
            masking.phone(phone) if phone else "", "、".join(ctx["group"].get(g, g) for g in (groups or "").split(",") if g),
            ctx["aid_case_type"].get(case_type, case_type), ctx["matter"].get(cause, cause),
            ctx["aid_form"].get(aid_form, aid_form), forwarded, DECISION_ZH.get(decision, decision), decided,
            masking.free_text(assigned_to), closed, Decimal(recovered or 0))


AID_FILTERS = ("text", "stage", "overdue_ids")


# ---------------------------------------------------------------- 便民联系卡发放登记簿

def _cards_count(start, end, filters):
    I = CardIssue
    return I.select(I.id).where(I.deleted_at.is_null() & (I.issued_on >= start) & (I.issued_on <= end))


def _cards_query(start, end, filters):
    I = CardIssue
    return (_cards_count(start, end, filters)
            .select(I.issued_on, I.year, I.serial_from, I.serial_to, I.quantity, Person.name, I.recipient,
                    I.households, I.household_type, I.community, I.channel, PublicityActivity.title,
                    PublicityActivity.held_on, Staff.name.alias("staff"))
            .join(Person, JOIN.LEFT_OUTER, on=(I.person == Person.id))
            .join_from(I, PublicityActivity, JOIN.LEFT_OUTER, on=(I.activity == PublicityActivity.id))
            .join_from(I, Staff, JOIN.LEFT_OUTER, on=(I.issued_by == Staff.id))
            .order_by(I.issued_on, I.id))


def _card_row(r, ctx):
    (issued, year, first, last, quantity, name, recipient, households, household_type, community, channel,
     activity, held_on, staff) = r
    serials = ""
    if first is not None:
        serials = cards.serial_text(ctx["code"], year, first)
        if last is not None and last != first:
            serials += f" – {last:05d}"
    who = masking.name(name) if name else masking.free_text(recipient)
    event = f"{activity}（{held_on}）" if activity else (str(held_on) if held_on else "")
    return (issued, serials, quantity or 0, who, households or 0,
            ctx["household_type"].get(household_type, household_type), community,
            ctx["card_channel"].get(channel, channel), masking.free_text(event), staff or "")


# ---------------------------------------------------------------- 法治宣传活动登记簿

PUBLICITY_COUNTS = (("staff", "出动人员"), ("vehicles", "宣传车"), ("banners", "横幅"), ("boards", "展板"),
                    ("leaflets", "资料(份)"), ("booklets", "手册(册)"), ("lectures", "讲座"),
                    ("attendees", "受众(人次)"), ("consulted", "现场咨询"), ("questions", "解答问题"),
                    ("media", "媒体报道"))


def _publicity_count(start, end, filters):
    A = PublicityActivity
    return A.select(A.id).where(A.deleted_at.is_null() & (A.held_on >= start) & (A.held_on <= end))


def _publicity_query(start, end, filters):
    A = PublicityActivity
    return (_publicity_count(start, end, filters)
            .select(A.held_on, A.title, A.format, A.theme, A.place, A.partners,
                    *(getattr(A, key) for key, _zh in PUBLICITY_COUNTS))
            .order_by(A.held_on, A.id))


def _publicity_row(r, ctx):
    held, title, fmt, theme, place, partners, *counts = r
    return (held, masking.free_text(title), ctx["pub_format"].get(fmt, fmt),
            ctx["pub_theme"].get(theme, theme) if theme else "", masking.free_text(place),
            masking.free_text(partners), *(n or 0 for n in counts))


# ---------------------------------------------------------------- 回访登记簿

def _followups_count(start, end, filters):
    F, M, A = FollowUp, MediationCase, AidApplication
    # a visit of a deleted case or application vanishes with it
    return (F.select(F.id)
            .join(M, JOIN.LEFT_OUTER, on=(F.mediation_case == M.id))
            .join_from(F, A, JOIN.LEFT_OUTER, on=(F.aid_application == A.id))
            .where(F.deleted_at.is_null() & (F.visited_on >= start) & (F.visited_on <= end)
                   & M.deleted_at.is_null() & A.deleted_at.is_null()))


def _followups_query(start, end, filters):
    F, M, A = FollowUp, MediationCase, AidApplication
    return (_followups_count(start, end, filters)
            .select(F.visited_on, M.number, _party_names(M.id, "applicant").alias("a"), A.number.alias("aid_number"),
                    Person.name, F.method, F.reached, F.performance, F.satisfaction, F.fee_charged, F.visitor,
                    _party_names(M.id, None).alias("everyone"))
            .join_from(A, Person, JOIN.LEFT_OUTER, on=(A.applicant == Person.id))
            .order_by(F.visited_on, F.id))


def _followup_row(r, ctx):
    visited, case_number, applicants, aid_number, applicant, method, reached, performance, satisfaction, fee, \
        visitor, everyone = r
    if case_number:
        area, number, who, names = "人民调解", case_number, _masked_list(applicants), _names(everyone)
    else:
        area, number, who, names = "法律援助", aid_number or "", masking.name(applicant or ""), [applicant]
    return (visited, area, number, who, ctx["followup_method"].get(method, method), bool(reached),
            _summary(performance, names), ctx["satisfaction"].get(satisfaction, satisfaction),
            None if fee is None else bool(fee), masking.free_text(visitor))


# ---------------------------------------------------------------- 矛盾纠纷排查登记簿

OUTCOME_ZH = {"resolved": "当场化解", "mediation": "转人民调解", "referred": "移交有关部门", "watched": "跟踪稳控"}
RISK_ZH = {"red": "红", "yellow": "黄", "blue": "蓝"}


def _screening_rows(start, end, filters, *columns):
    """A row a dispute found, and one for each nil report (零报告), of the rounds held in the
    period: rounds LEFT JOIN their live items."""
    R, I = ScreeningRound, ScreeningItem
    f = {k: v for k, v in (filters or {}).items() if v not in (None, "", False)}
    q = (R.select(*columns)
         .join(I, JOIN.LEFT_OUTER, on=((I.round == R.id) & I.deleted_at.is_null()))
         .where(R.deleted_at.is_null() & (R.held_on >= start) & (R.held_on <= end)))
    if f.get("area"):
        q = q.where(R.area == f["area"])
    if f.get("risk"):
        q = q.where(I.risk == f["risk"])
    if f.get("nil") == "nil":
        q = q.where(I.id.is_null())
    elif f.get("nil") == "found":
        q = q.where(I.id.is_null(False))
    return q


def _screening_count(start, end, filters):
    return _screening_rows(start, end, filters, ScreeningRound.id)


def _screening_query(start, end, filters):
    R, I, M = ScreeningRound, ScreeningItem, MediationCase
    parties = (ScreeningParty.select(fn.GROUP_CONCAT(Person.name, SEP)).join(Person)
               .where(ScreeningParty.item == I.id))
    return (_screening_rows(start, end, filters, R.held_on, R.area, Staff.name, R.method, I.id, I.description,
                            parties.alias("p"), I.dispute_type, I.risk, I.outcome, I.referred_to, M.number,
                            I.closed_on)
            .join_from(R, Staff, JOIN.LEFT_OUTER, on=(R.screener == Staff.id))
            .join_from(I, M, JOIN.LEFT_OUTER, on=(I.mediation_case == M.id))
            .order_by(R.held_on, R.id, I.position, I.id))


def _screening_row(r, ctx):
    held, area, screener, method, item_id, description, parties, dispute, risk, outcome, referred, case, closed = r
    place = (ctx["screening_area"].get(area, area), screener or "", ctx["screening_method"].get(method, method))
    if item_id is None:
        return (held, *place, 0, "零报告（未发现矛盾纠纷）", "", "", "", "", True)
    handled = OUTCOME_ZH.get(outcome, outcome)
    if outcome == "mediation" and case:
        handled += f"（{case}）"
    elif outcome == "referred" and referred:
        handled += f"（{ctx['referral'].get(referred, referred)}）"
    elif outcome == "watched":
        handled += f"（{closed} 销号）" if closed else "（未销号）"
    names = _names(parties)
    return (held, *place, 1, _summary(description, names), _masked_list(parties),
            ctx["dispute_type"].get(dispute, dispute), RISK_ZH.get(risk, ctx["screening_risk"].get(risk, risk)),
            handled, False)


SCREENING_FILTERS = ("area", "risk", "nil")


# ---------------------------------------------------------------- 人民调解口头协议登记表

def _oral_day():
    return fn.COALESCE(MediationCase.agreement_on, MediationCase.concluded_on)


def _oral_count(start, end, filters):
    M = MediationCase
    day = _oral_day()
    return M.select(M.id).where(M.deleted_at.is_null() & (M.agreement_form == "oral") & M.concluded_on.is_null(False)
                                & (day >= start) & (day <= end))


def _oral_query(start, end, filters):
    M = MediationCase
    mediators = (CaseMediator.select(fn.GROUP_CONCAT(Staff.name, SEP)).join(Staff)
                 .where(CaseMediator.case == M.id))
    return (_oral_count(start, end, filters)
            .select(M.number, _oral_day().alias("day"), _party_names(M.id, "applicant").alias("a"),
                    _party_names(M.id, "respondent").alias("r"), _party_names(M.id, None).alias("everyone"),
                    M.dispute_type, M.title, M.facts, M.status, M.agreement_terms, M.performance_status,
                    mediators.alias("m"))
            .order_by(_oral_day(), M.year, M.seq, M.id))


def _oral_row(r, ctx):
    (number, day, applicants, respondents, everyone, dispute, title, facts, status, terms, performance,
     mediators) = r
    names = _names(everyone)
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return (number, day, _masked_list(applicants), _masked_list(respondents), ctx["dispute_type"].get(dispute, dispute),
            _summary(facts or title, names), "达成" if status == "succeeded" else "未达成", _summary(terms, names),
            ctx["performance_status"].get(performance, performance) if performance else "",
            "、".join(_names(mediators)))


# ---------------------------------------------------------------- the catalogue

KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("consultations", "来访来电登记簿", "Consultation register", "件", (
        _n(), Column("number", "编号", "Number", 19), Column("received_at", "接待时间", "Received", 26, "datetime"),
        Column("channel", "方式", "Channel", 17), Column("person", "姓名", "Name", 12),
        Column("phone", "联系电话", "Phone", 23), Column("groups", "人群类别", "Groups", 20, wrap=True),
        Column("matter", "咨询事项", "Matter", 17, wrap=True), Column("question", "主要问题", "Question", 57, wrap=True),
        Column("disposition", "处理情况", "Disposition", 28, wrap=True),
        Column("drafted", "代写文书", "Documents drafted", 12, "int", total=True),
        Column("clerk", "接待人", "Clerk", 17, wrap=True)),
        CONSULTATION_FILTERS, _consultations_query, _consultations_count, _consultation_row),
    Kind("mediations", "人民调解受理登记簿", "Mediation case register", "件", (
        _n(), Column("number", "案号", "Number", 40, wrap=True), Column("received_on", "受理日期", "Received", 19, "date"),
        Column("source", "案件来源", "Source", 22, wrap=True), Column("type", "纠纷类型", "Dispute type", 17, wrap=True),
        Column("applicants", "申请人", "Applicants", 16, wrap=True),
        Column("respondents", "被申请人", "Respondents", 16, wrap=True),
        Column("title", "纠纷名称", "Dispute", 38, wrap=True), Column("mediators", "人民调解员", "Mediators", 20, wrap=True),
        Column("amount", "涉及金额(元)", "Amount (yuan)", 20, "money", total=True),
        Column("status", "调解结果", "Outcome", 15), Column("concluded_on", "结案日期", "Concluded", 19, "date"),
        Column("agreement", "协议形式", "Agreement", 12)),
        MEDIATION_FILTERS, _mediations_query, _mediations_count, _mediation_row),
    Kind("aid", "法律援助申请登记簿", "Legal-aid application register", "件", (
        _n(), Column("number", "编号", "Number", 34, wrap=True), Column("received_on", "受理日期", "Received", 19, "date"),
        Column("applicant", "申请人", "Applicant", 13), Column("gender", "性别", "Sex", 8),
        Column("phone", "联系电话", "Phone", 23), Column("groups", "人群类别", "Groups", 18, wrap=True),
        Column("case_type", "案件类型", "Case type", 12), Column("cause", "案由", "Cause", 16, wrap=True),
        Column("aid_form", "援助形式", "Form of aid", 28, wrap=True),
        Column("forwarded_on", "转交日期", "Forwarded", 19, "date"),
        Column("decision", "审查结果", "Decision", 15), Column("decision_on", "决定日期", "Decided", 19, "date"),
        Column("assigned_to", "承办人员", "Assigned to", 20, wrap=True),
        Column("closed_on", "结案日期", "Closed", 19, "date"),
        Column("recovered", "挽回金额(元)", "Recovered (yuan)", 19, "money", total=True)),
        AID_FILTERS, _aid_query, _aid_count, _aid_row),
    Kind("cards", "便民联系卡发放登记簿", "Contact card issue log", "次", (
        _n(), Column("issued_on", "发放日期", "Issued", 19, "date"), Column("serials", "卡号", "Serials", 40, wrap=True),
        Column("quantity", "数量(张)", "Cards", 14, "int", total=True),
        Column("recipient", "领取人", "Recipient", 30, wrap=True),
        Column("households", "户数", "Households", 12, "int", total=True),
        Column("household_type", "户别", "Household type", 18, wrap=True),
        Column("community", "社区(村)", "Community", 24, wrap=True), Column("channel", "发放方式", "Channel", 18),
        Column("activity", "关联活动", "Publicity activity", 40, wrap=True),
        Column("issued_by", "发放人", "Issued by", 15, wrap=True)),
        (), _cards_query, _cards_count, _card_row),
    Kind("publicity", "法治宣传活动登记簿", "Publicity log", "场", (
        _n(), Column("held_on", "日期", "Date", 19, "date"), Column("title", "活动名称", "Activity", 38, wrap=True),
        Column("format", "形式", "Format", 14, wrap=True), Column("theme", "主题", "Theme", 16, wrap=True),
        Column("place", "地点", "Place", 25, wrap=True), Column("partners", "联合单位", "Partners", 22, wrap=True),
        *(Column(key, zh, key.capitalize(), 10.5, "int", total=True) for key, zh in PUBLICITY_COUNTS)),
        (), _publicity_query, _publicity_count, _publicity_row),
    Kind("followups", "回访登记簿", "Follow-up register", "次", (
        _n(), Column("visited_on", "回访日期", "Visited", 19, "date"), Column("area", "类别", "Area", 16),
        Column("number", "案号/编号", "Number", 34, wrap=True), Column("who", "被回访人", "Visited party", 20, wrap=True),
        Column("method", "回访方式", "Method", 15), Column("reached", "联系上", "Reached", 13, "yesno", total=True),
        Column("performance", "回访情况", "What was found", 70, wrap=True),
        Column("satisfaction", "满意度", "Satisfaction", 16), Column("fee", "是否收费", "Fee charged", 14, "yesno"),
        Column("visitor", "回访人", "Visitor", 17, wrap=True)),
        (), _followups_query, _followups_count, _followup_row),
    Kind("screening", "矛盾纠纷排查登记簿", "Dispute screening register", "条", (
        _n(), Column("held_on", "排查日期", "Date", 19, "date"), Column("area", "排查区域", "Area", 22, wrap=True),
        Column("screener", "排查人", "Screened by", 15, wrap=True), Column("method", "排查方式", "Method", 14),
        Column("found", "发现(件)", "Found", 12, "int", total=True),
        Column("description", "矛盾纠纷简要情况", "Dispute found", 62, wrap=True),
        Column("parties", "当事人", "Parties", 22, wrap=True), Column("type", "纠纷类型", "Dispute type", 17, wrap=True),
        Column("risk", "风险等级", "Risk", 12), Column("handled", "处理情况", "What was done", 40, wrap=True),
        Column("nil", "零报告", "Nil report", 12, "yesno", total=True)),
        SCREENING_FILTERS, _screening_query, _screening_count, _screening_row),
    Kind("oral", "人民调解口头协议登记表", "Oral mediation agreement register", "件", (
        _n(), Column("number", "编号", "Number", 40, wrap=True), Column("day", "调解日期", "Date", 19, "date"),
        Column("applicants", "申请人", "Applicants", 16, wrap=True),
        Column("respondents", "被申请人", "Respondents", 16, wrap=True),
        Column("type", "纠纷类型", "Dispute type", 17, wrap=True),
        Column("facts", "纠纷简要情况", "The dispute", 50, wrap=True), Column("result", "调解结果", "Outcome", 14),
        Column("terms", "口头协议内容", "Agreement", 50, wrap=True),
        Column("performance", "履行情况", "Performance", 15), Column("mediators", "人民调解员", "Mediators", 20, wrap=True)),
        (), _oral_query, _oral_count, _oral_row),
)}


# ---------------------------------------------------------------- a register

FILTER_NAMES = {"text": "检索", "channel": "方式", "disposition": "处理", "matter": "事项", "group": "人群",
                "status": "状态", "type": "纠纷类型", "overdue": "已超期", "stage": "阶段", "overdue_ids": "有逾期期限",
                "area": "排查区域", "risk": "风险等级", "nil": "排查结果"}


@dataclass
class Register:
    """One register for a period; `rows()` may be read more than once (each time a query)."""

    kind: Kind
    start: dt.date
    end: dt.date
    filters: dict = field(default_factory=dict)

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.kind.columns

    @property
    def title(self) -> str:
        return self.kind.zh

    @property
    def station(self) -> str:
        if self.kind.key in ("mediations", "oral", "screening"):
            return settings.get("station.committee") or settings.get("station.name")
        return settings.get("station.name")

    @property
    def period_text(self) -> str:
        return f"{_cn(self.start)}至{_cn(self.end)}"

    @property
    def applied_filters(self) -> dict:
        return {k: v for k, v in (self.filters or {}).items()
                if k in self.kind.filter_keys and v not in (None, "", False)}

    def filter_text(self) -> str:
        """The list filters the register honours, in Chinese ('' when none)."""
        parts = []
        tables = {"channel": "channel", "disposition": "disposition", "matter": "matter", "group": "group",
                  "type": "dispute_type", "area": "screening_area", "risk": "screening_risk"}
        for key, value in self.applied_filters.items():
            if key in tables:
                value = codes.label(tables[key], value, "zh")
            elif key == "status":
                value = mediation.status_label(value, "zh")
            elif key in ("overdue", "overdue_ids"):
                value = "是"
            elif key == "stage":
                value = STAGE_ZH.get(value, value)
            elif key == "nil":
                value = {"nil": "零报告", "found": "发现纠纷"}.get(value, value)
            else:
                value = f"“{masking.free_text(str(value))}”"
            parts.append(f"{FILTER_NAMES.get(key, key)}：{value}")
        return "；".join(parts)

    def count(self) -> int:
        return self.kind.count_query(self.start, self.end, self.filters).count()

    def rows(self) -> Iterator[tuple]:
        """The register's rows in order, 序号 first, as `Column.kind` says (dates as dates,
        money as Decimal, yesno as bool or None), masked. Streamed from one query."""
        ctx = _context()
        query = self.kind.query(self.start, self.end, self.filters).tuples()
        for i, r in enumerate(query.iterator(), 1):
            yield (i, *self.kind.row(r, ctx))


STAGE_ZH = {"received": "已受理", "forwarded": "已转交", "granted": "已给予援助", "assigned": "已指派",
            "closed": "已结案", "ended": "不予援助、撤回或失效"}


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _context() -> dict:
    ctx = {kind: _labels(kind) for kind in (
        "channel", "matter", "disposition", "group", "referral", "mediation_source", "dispute_type", "aid_case_type",
        "aid_form", "household_type", "card_channel", "pub_format", "pub_theme", "followup_method", "satisfaction",
        "screening_area", "screening_method", "screening_risk", "performance_status")}
    ctx["code"] = settings.get("station.code") or "STATION"
    return ctx


def register(kind: str, start: dt.date, end: dt.date, filters: dict | None = None) -> Register:
    """The register `kind` (a key of KINDS) for start..end, both included."""
    if kind not in KINDS:
        raise ValueError(f"unknown register {kind!r}: one of {', '.join(KINDS)}")
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    return Register(KINDS[kind], start, end, dict(filters or {}))


class Totals:
    """The totals line: the count of rows and the sum of each `total` column, added up from
    the very rows written."""

    def __init__(self, columns):
        self.columns = tuple(columns)
        self.count = 0
        self.sums = {i: (Decimal(0) if c.kind == "money" else 0) for i, c in enumerate(self.columns) if c.total}

    def add(self, row) -> None:
        self.count += 1
        for i in self.sums:
            value = row[i]
            if value:
                self.sums[i] += 1 if self.columns[i].kind == "yesno" else value

    def values(self, unit: str) -> list:
        """The line as cells: 合计 under 序号, the count beside it, sums under their columns."""
        out = [""] * len(self.columns)
        out[0] = "合计"
        out[1] = f"{self.count} {unit}"
        for i, value in self.sums.items():
            out[i] = value
        return out


def record_export(user, reg: Register, path, rows: int) -> None:
    """Writing a register is an export of personal data (masked): an audit event naming the
    register, period and file (never a value)."""
    from pathlib import Path

    with atomic():
        audit.record_event(user, "export", "Register", None,
                           detail=f"{reg.kind.key} {reg.start}..{reg.end} {rows} rows {Path(path).name}")


def month_span(day: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last day of `day`'s month (today's by default)."""
    day = day or dt.date.today()
    first = day.replace(day=1)
    nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# ---------------------------------------------------------------- the deadline sheet

AREA_ZH = {"mediation": "人民调解", "aid": "法律援助", "consultation": "咨询答复", "screening": "矛盾纠纷排查"}
AREA_EN = {"mediation": "Mediation", "aid": "Legal aid", "consultation": "Consultations",
           "screening": "Dispute screening"}


@dataclass(frozen=True)
class DueRow:
    item: clocks.DueItem
    who: str  # the people it concerns, masked
    title: str  # the item's title, names and numbers masked

    def days_left(self, as_of: dt.date) -> int:
        return self.item.days_left(as_of)

    def as_json(self, as_of: dt.date) -> dict:
        i = self.item
        left = i.days_left(as_of)
        return {"area": i.area, "kind": i.kind, "what": i.label_zh, "what_en": i.label_en, "entity": i.entity,
                "record": i.entity_id, "number": i.number, "who": self.who, "due": i.due_on.isoformat(),
                "days_left": left, "overdue_days": max(0, -left)}


def _chunks(ids: list[int]):
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def due_rows(as_of: dt.date | None = None, *, horizon: int = clocks.HORIZON_DAYS) -> list[DueRow]:
    """Everything overdue or due within `horizon` days of `as_of` (clocks.due_items), most
    urgent first, with who it concerns and its title masked for a shared screen or a printed
    sheet: a case title ("张三与李四邻里纠纷") with every party's name masked, removed parties
    included (§12), a consultation's question with its person's name masked; numbers masked in
    both. The names are read in a few IN (...) queries, never one a row."""
    as_of = as_of or dt.date.today()
    # the areas whose screening round is due by the station's schedule (core.screening) too
    items = sorted(clocks.due_items(as_of, horizon=horizon) + screening.screening_due(as_of, horizon),
                   key=lambda i: (i.due_on, i.number))
    by_entity: dict[str, set[int]] = {}
    for item in items:
        by_entity.setdefault(item.entity, set()).add(item.entity_id)
    everyone: dict[tuple[str, int], list[str]] = {}
    current: dict[tuple[str, int], list[str]] = {}
    order = {"applicant": 0, "respondent": 1, "third_party": 2}
    for ids in _chunks(sorted(by_entity.get("MediationCase", ()))):
        P = MediationParty
        query = (P.select(P.case, Person.name, P.role, P.deleted_at.is_null().alias("live")).join(Person)
                 .where(P.case.in_(ids)).order_by(P.case, P.id).tuples())
        rows = list(query)
        for case_id, name, role, live in sorted(rows, key=lambda r: (r[0], order.get(r[2], 3))):
            everyone.setdefault(("MediationCase", case_id), []).append(name)
            if live:
                current.setdefault(("MediationCase", case_id), []).append(name)
    for ids in _chunks(sorted(by_entity.get("Consultation", ()))):
        query = (Consultation.select(Consultation.id, Person.name).join(Person)
                 .where(Consultation.id.in_(ids)).tuples())
        for consultation_id, name in query:
            everyone[("Consultation", consultation_id)] = current[("Consultation", consultation_id)] = [name]
    out = []
    for i in items:
        key = (i.entity, i.entity_id)
        if i.area == "aid":
            who = i.title  # core's legal-aid title is the applicant's name, masked already
        elif i.area == "consultation" and key not in current:
            who = "匿名"
        else:
            who = "、".join(masking.name(n) for n in current.get(key, ()))
        out.append(DueRow(i, who, mask_names(i.title or "", everyone.get(key, ()))))
    return out


def due_groups(rows: list[DueRow]) -> list[tuple[str, str, list[DueRow]]]:
    """The sheet's sections: (area, kind, rows) by area (mediation, aid, consultation) and
    then by the first deadline of each kind; rows most urgent first."""
    groups: dict[tuple[str, str], list[DueRow]] = {}
    for row in rows:
        groups.setdefault((row.item.area, row.item.kind), []).append(row)
    areas = list(AREA_ZH)
    keys = sorted(groups, key=lambda k: (areas.index(k[0]) if k[0] in areas else 9, groups[k][0].item.due_on, k[1]))
    return [(area, kind, groups[(area, kind)]) for area, kind in keys]


def days_text(days_left: int) -> str:
    """逾期 3 天 / 今日到期 / 还剩 2 天."""
    if days_left < 0:
        return f"逾期 {-days_left} 天"
    if days_left == 0:
        return "今日到期"
    return f"还剩 {days_left} 天"
