"""The monthly indicator catalogue (DESIGN §7) and its computation from the records.

One ordered catalogue is the single source for the monthly screen, the workbook, the district
merge and yearly summaries. Counting rules:
- an event counts in the period its own date falls in (received on, concluded on, forwarded
  on, decided on, issued on, held on); consultations by `received_at` (a datetime);
- deleted records never count, nor do the child rows (groups, parties, follow-ups) of a
  deleted case or application;
- counts are ints, amounts are yuan rounded to two decimals (floats), rates are percentages
  with one decimal computed from their parts, None when the denominator is zero;
- manual figures (`ManualFigure`) are None until entered.
Every figure is an SQL aggregate (GROUP BY), never a Python loop over records.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from peewee import JOIN, SQL, Case, NodeList, fn

from aidstation.core.dates import month_bounds, month_text
from aidstation.core.models import (
    AidApplication,
    AidGroup,
    CardIssue,
    Code,
    Consultation,
    ConsultationGroup,
    FollowUp,
    ManualFigure,
    MediationCase,
    MediationParty,
    PublicityActivity,
    ScreeningItem,
    ScreeningRound,
)

# kind of value: how it is stored, summed across stations and formatted
COUNT, AMOUNT, RATE, MANUAL = "count", "amount", "rate", "manual"

SECTIONS: dict[str, tuple[str, str]] = {
    "consult": ("法律咨询", "Consultations"),
    "aid": ("法律援助", "Legal aid"),
    "med": ("人民调解", "People's mediation"),
    "followup": ("回访", "Follow-up visits"),
    "cards": ("便民联系卡", "Contact cards"),
    "pub": ("法治宣传", "Publicity"),
}

UNITS_EN = {"件": "cases", "人次": "person-times", "份": "copies", "元": "yuan", "%": "%",
            "次": "times", "张": "cards", "户": "households", "场": "events", "人": "persons",
            "条": "banners", "块": "boards", "册": "booklets", "辆": "vehicles", "篇": "reports"}


@dataclass(frozen=True)
class Indicator:
    key: str
    section: str
    label_zh: str
    label_en: str
    unit: str  # Chinese unit (UNITS_EN has the English)
    compute: str  # how it is computed, in words (the SQL lives in compute_period)
    kind: str = COUNT
    # for rates: the keys summed for the numerator and for the denominator
    parts: tuple[tuple[str, ...], tuple[str, ...]] = field(default=((), ()))

    @property
    def unit_en(self) -> str:
        return UNITS_EN.get(self.unit, self.unit)

    def label(self, lang: str = "zh") -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en


# (key, label_zh, label_en, unit, compute, kind) for the fixed keys; code-driven groups are
# ("*", kind_of_code, prefix_zh, prefix_en, unit, compute).
_SPEC: list[tuple] = [
    ("consult.total", "咨询总数", "Consultations", "人次", "consultations received in the period"),
    ("*consult.channel", "channel", "咨询方式", "Channel", "人次", "consultations by channel"),
    ("*consult.group", "group", "人群", "Group", "人次", "consultations with that group (a consultation can have several)"),
    ("*consult.matter", "matter", "事项", "Matter", "人次", "consultations by matter"),
    ("*consult.disposition", "disposition", "处理", "Disposition", "人次", "consultations by disposition"),
    ("consult.documents_drafted", "代写法律文书", "Documents drafted", "份", "sum of documents drafted in consultations received in the period"),
    ("aid.received", "受理援助申请", "Applications received", "件", "applications received in the period"),
    ("aid.forwarded", "转交援助中心", "Forwarded to the centre", "件", "applications forwarded in the period"),
    ("aid.granted", "决定给予援助", "Granted", "件", "decision granted, decided in the period"),
    ("aid.refused", "决定不予援助", "Refused", "件", "decision refused, decided in the period"),
    ("aid.withdrawn", "撤回申请", "Withdrawn", "件", "decision withdrawn or lapsed (视为撤回: materials not supplied), decided in the period"),
    ("aid.assigned", "指派承办", "Assigned", "件", "applications assigned in the period"),
    ("aid.closed", "结案", "Closed", "件", "applications closed in the period"),
    ("*aid.case_type", "aid_case_type", "案件类型", "Case type", "件", "applications received in the period by case type"),
    ("*aid.group", "group", "受援人群", "Group", "件", "applications received in the period with that group"),
    ("aid.amount_recovered", "挽回经济损失", "Amount recovered", "元", "sum of amount recovered of applications closed in the period", AMOUNT),
    ("med.received", "受理纠纷", "Disputes received", "件", "cases received in the period"),
    ("*med.source", "mediation_source", "来源", "Source", "件", "cases received in the period by source"),
    ("*med.type", "dispute_type", "纠纷类型", "Dispute type", "件", "cases received in the period by dispute type"),
    ("med.succeeded", "调解成功", "Succeeded", "件", "status succeeded, concluded in the period"),
    ("med.failed", "调解不成", "Failed", "件", "status failed, concluded in the period"),
    ("med.suspended", "中止调解", "Suspended", "件", "status suspended, concluded in the period"),
    ("med.withdrawn", "撤回调解", "Withdrawn", "件", "status withdrawn, concluded in the period"),
    ("med.open_at_month_end", "期末未结", "Open at period end", "件", "received by the period's last day and not concluded by then"),
    ("med.success_rate", "调解成功率", "Success rate", "%", "succeeded / (succeeded + failed + suspended + withdrawn) × 100, one decimal", RATE),
    ("med.agreement.written", "书面协议", "Written agreements", "件", "agreement form written, agreement date (else concluded date) in the period"),
    ("med.agreement.oral", "口头协议", "Oral agreements", "件", "agreement form oral, agreement date (else concluded date) in the period"),
    ("med.amount", "协议涉及金额", "Amount in agreements", "元", "sum of amount of cases succeeded in the period", AMOUNT),
    ("med.parties", "涉及当事人", "Parties involved", "人次", "parties of cases received in the period"),
    ("med.judicial_confirmation", "申请司法确认", "Judicial confirmation applied", "件", "cases whose judicial confirmation was applied for in the period"),
    ("med.prevented_crime.cases", "防止民转刑（件）", "Prevented escalation to crime (cases)", "件", "cases concluded in the period flagged prevented escalation"),
    ("med.prevented_crime.persons", "防止民转刑（人）", "Prevented escalation to crime (persons)", "人", "persons on those cases"),
    ("med.prevented_petition.cases", "防止群体性上访（件）", "Prevented mass petition (cases)", "件", "cases concluded in the period flagged prevented mass petition"),
    ("med.prevented_petition.persons", "防止群体性上访（人）", "Prevented mass petition (persons)", "人", "persons on those cases"),
    # Screening: from the screening ledger; rounds and found may be entered by hand for a month
    # in which no round was recorded (the months before the station kept the ledger), and only then.
    ("med.screening.rounds", "矛盾纠纷排查", "Dispute screening rounds", "次", "screening rounds held in the period; a month without any round: the figure entered by hand", MANUAL),
    ("med.screening.nil", "排查零报告", "Nil reports", "次", "screening rounds held in the period that found no dispute"),
    ("med.screening.found", "排查发现纠纷", "Disputes found by screening", "件", "disputes found by rounds held in the period; a month without any round: the figure entered by hand", MANUAL),
    ("*med.screening.risk", "screening_risk", "排查发现", "Found", "件", "disputes found by rounds held in the period by risk level"),
    ("med.screening.resolved", "排查当场化解", "Resolved on the spot", "件", "disputes found by rounds held in the period and resolved on the spot"),
    ("med.screening.mediation", "排查转人民调解", "Handed to mediation", "件", "disputes found by rounds held in the period and handed to mediation"),
    ("followup.total", "回访", "Follow-up visits", "次", "follow-ups visited in the period"),
    ("followup.reached", "回访成功联系", "Reached", "次", "follow-ups in the period that reached the person"),
    ("followup.satisfied", "回访满意", "Satisfied", "次", "follow-ups in the period with satisfaction 'satisfied'"),
    ("cards.issued", "发放联系卡", "Cards issued", "张", "sum of quantity of card issues in the period"),
    ("cards.recipients", "发放户数", "Households reached", "户", "sum of households of card issues in the period"),
    ("*cards.channel", "card_channel", "发放渠道", "Channel", "张", "cards issued in the period by channel (quantity)"),
    ("*cards.household", "household_type", "户别", "Household type", "户", "households reached in the period by household type"),
    ("pub.activities", "宣传活动", "Activities", "场", "activities held in the period"),
    ("*pub.format", "pub_format", "形式", "Format", "场", "activities held in the period by format"),
    ("pub.lectures", "法治讲座", "Lectures", "场", "sum over activities held in the period"),
    ("pub.attendees", "受众", "Attendees", "人次", "sum over activities held in the period"),
    ("pub.leaflets", "发放宣传资料", "Leaflets handed out", "份", "sum over activities held in the period"),
    ("pub.booklets", "发放手册", "Booklets handed out", "册", "sum over activities held in the period"),
    ("pub.banners", "悬挂横幅", "Banners", "条", "sum over activities held in the period"),
    ("pub.boards", "展板", "Display boards", "块", "sum over activities held in the period"),
    ("pub.consulted", "现场咨询", "On-site consultations", "人次", "sum over activities held in the period"),
    ("pub.questions", "解答问题", "Questions answered", "人次", "sum over activities held in the period"),
    ("pub.vehicles", "宣传车", "Vehicles", "辆", "sum over activities held in the period"),
    ("pub.staff", "出动人员", "Staff deployed", "人次", "sum over activities held in the period"),
    ("pub.media", "媒体报道", "Media reports", "篇", "sum over activities held in the period"),
]

_RATE_PARTS = {
    "med.success_rate": (("med.succeeded",),
                         ("med.succeeded", "med.failed", "med.suspended", "med.withdrawn")),
}

# Publicity count columns summed as pub.<name>
_PUB_SUMS = ("lectures", "attendees", "leaflets", "booklets", "banners", "boards", "consulted",
             "questions", "vehicles", "staff", "media")


def _code_rows(kinds: list[str]) -> dict[str, list[tuple[str, str, str, bool]]]:
    """(code, label_zh, label_en, active) of each kind, retired ones too, in one query; the
    shipped defaults when no station is open."""
    from aidstation.core.db import db

    if db.database is not None and not db.is_closed():
        out: dict[str, list[tuple[str, str, str, bool]]] = {kind: [] for kind in kinds}
        rows = (Code.select(Code.kind, Code.code, Code.label_zh, Code.label_en, Code.active)
                .where(Code.kind.in_(kinds)).order_by(Code.sort, Code.id).tuples())
        for kind, *row in rows:
            out[kind].append(tuple(row))
        return out
    from aidstation.core.codes import DEFAULTS

    return {kind: [(*row, True) for row in DEFAULTS.get(kind, [])] for kind in kinds}


def catalogue(used=(), only=None) -> list[Indicator]:
    """Every indicator in order; code-driven rows generated from the codes.

    A code-driven row is there for each active code, and for a retired code whose key is in
    `used` (the period's records still use it: history does not move when a code is retired).
    `only` (a set of keys): code-driven rows only for those keys, active or not (the keys of a
    month already sent, so that its re-export has the very rows it had)."""
    used = set(used)
    codes = _code_rows([spec[1] for spec in _SPEC if spec[0].startswith("*")])
    result: list[Indicator] = []
    for spec in _SPEC:
        if spec[0].startswith("*"):
            prefix, code_kind, zh, en, unit, how = spec
            prefix = prefix[1:]
            section = prefix.split(".")[0]
            for code, label_zh, label_en, active in codes[code_kind]:
                key = f"{prefix}.{code}"
                wanted = key in only or key in used if only is not None else active or key in used
                if wanted:
                    result.append(Indicator(key, section, f"{zh}：{label_zh}", f"{en}: {label_en}", unit, how))
        else:
            key, zh, en, unit, how, *rest = spec
            kind = rest[0] if rest else COUNT
            result.append(Indicator(key, key.split(".")[0], zh, en, unit, how, kind,
                                    _RATE_PARTS.get(key, ((), ()))))
    return result


def catalogue_for(values: dict) -> list[Indicator]:
    """The indicators of a values dict (compute_period's), in order: retired codes it holds too."""
    return [ind for ind in catalogue(used=values) if ind.key in values]


def by_key() -> dict[str, Indicator]:
    return {ind.key: ind for ind in catalogue()}


def rate(numerator: float, denominator: float) -> float | None:
    """A percentage with one decimal; None when the denominator is zero."""
    if not denominator:
        return None
    return round(100.0 * numerator / denominator, 1)


def format_value(value, kind: str) -> str:
    """A figure as every screen, table and the command line show it, without its unit: amounts
    with two decimals, rates with one, counts with thousands separators; None is a dash."""
    if value is None:
        return "—"
    if kind == AMOUNT:
        return f"{value:,.2f}"
    if kind == RATE:
        return f"{value:.1f}"
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def money(value) -> float:
    return round(float(value or 0), 2)


def _number(value) -> int | float:
    """Manual figures are stored as floats; whole numbers come back as ints."""
    value = float(value)
    return int(value) if value.is_integer() else value


def _grouped(query) -> dict:
    return {k: v for k, v in query.tuples()}


def _unindexed(column):
    """`+column`: the same value, but SQLite will not read it through the column's index."""
    return NodeList((SQL("+"), column), glue="")


def _live(model):
    """Not deleted. Nearly every row is live, so this must never be the index SQLite picks
    over a date range (with stale statistics it did: every row looked up by rowid)."""
    return _unindexed(model.deleted_at).is_null()


def compute_period(start: dt.date, end: dt.date, sent_keys=None) -> dict[str, object]:
    """Every indicator for the half-open date range [start, end), in catalogue order.

    Code-driven rows: every active code, and every retired code the period's records use.
    `sent_keys` (the keys of a month already sent): code-driven rows for those keys and for any
    code the records use, none else, so that a re-export gives the values sent unless records
    changed (a code added or retired since moves nothing)."""
    v: dict[str, object] = {}
    t0, t1 = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())

    def in_range(f):
        return (f >= start) & (f < end)

    # consultations: one pass over the month's rows (the received_at index)
    C = Consultation
    c_where = _live(C) & (C.received_at >= t0) & (C.received_at < t1)
    v["consult.total"] = v["consult.documents_drafted"] = 0
    q = (C.select(C.channel, C.matter, C.disposition, fn.COUNT(C.id), fn.SUM(C.documents_drafted))
         .where(c_where).group_by(C.channel, C.matter, C.disposition).tuples())
    for channel, matter, disposition, n, drafted in q:
        v["consult.total"] += n
        v["consult.documents_drafted"] += int(drafted or 0)
        for key in (f"consult.channel.{channel}", f"consult.matter.{matter}",
                    f"consult.disposition.{disposition}"):
            v[key] = v.get(key, 0) + n
    q = (ConsultationGroup.select(ConsultationGroup.group, fn.COUNT(ConsultationGroup.id))
         .join(C).where(c_where).group_by(ConsultationGroup.group))
    for code, n in _grouped(q).items():
        v[f"consult.group.{code}"] = n

    # legal aid: the sums run over the rows with one of their dates in the period only (an OR
    # of indexed ranges); a row outside all of them adds nothing to any sum.
    A = AidApplication
    live = _live(A)
    counts = A.select(
        fn.SUM(in_range(A.received_on)), fn.SUM(in_range(A.forwarded_on)),
        fn.SUM((A.decision == "granted") & in_range(A.decision_on)),
        fn.SUM((A.decision == "refused") & in_range(A.decision_on)),
        fn.SUM(A.decision.in_(("withdrawn", "lapsed")) & in_range(A.decision_on)),
        fn.SUM(in_range(A.assigned_on)), fn.SUM(in_range(A.closed_on)),
        fn.SUM(Case(None, [(in_range(A.closed_on), A.amount_recovered)], None)),
    ).where(live & (in_range(A.received_on) | in_range(A.forwarded_on) | in_range(A.decision_on)
                    | in_range(A.assigned_on) | in_range(A.closed_on))).tuples()[0]
    for key, n in zip(("received", "forwarded", "granted", "refused", "withdrawn", "assigned",
                       "closed"), counts):
        v[f"aid.{key}"] = int(n or 0)
    v["aid.amount_recovered"] = money(A.amount_recovered.python_value(counts[7]))  # as SUM(field) reads
    a_where = live & in_range(A.received_on)
    for code, n in _grouped(A.select(A.case_type, fn.COUNT(A.id)).where(a_where).group_by(A.case_type)).items():
        v[f"aid.case_type.{code}"] = n
    q = AidGroup.select(AidGroup.group, fn.COUNT(AidGroup.id)).join(A).where(a_where).group_by(AidGroup.group)
    for code, n in _grouped(q).items():
        v[f"aid.group.{code}"] = n

    # mediation: the same, over the rows received, concluded or sent for confirmation in the
    # period; cases open at the period's end and agreements (their date may be any) apart.
    M = MediationCase
    live = _live(M)
    concluded = in_range(M.concluded_on)
    row = M.select(
        fn.SUM(in_range(M.received_on)),
        fn.SUM((M.status == "succeeded") & concluded), fn.SUM((M.status == "failed") & concluded),
        fn.SUM((M.status == "suspended") & concluded), fn.SUM((M.status == "withdrawn") & concluded),
        fn.SUM(in_range(M.judicial_applied_on)),
        fn.SUM((M.prevented_crime == True) & concluded),  # noqa: E712
        fn.SUM(Case(None, [((M.prevented_crime == True) & concluded, M.prevented_crime_persons)], 0)),  # noqa: E712
        fn.SUM((M.prevented_petition == True) & concluded),  # noqa: E712
        fn.SUM(Case(None, [((M.prevented_petition == True) & concluded, M.prevented_petition_persons)], 0)),  # noqa: E712
        fn.SUM(Case(None, [((M.status == "succeeded") & concluded, M.amount)], None)),
    ).where(live & (in_range(M.received_on) | concluded | in_range(M.judicial_applied_on))).tuples()[0]
    keys = ("received", "succeeded", "failed", "suspended", "withdrawn", "judicial_confirmation",
            "prevented_crime.cases", "prevented_crime.persons", "prevented_petition.cases",
            "prevented_petition.persons")
    for key, n in zip(keys, row):
        v[f"med.{key}"] = int(n or 0)
    v["med.amount"] = money(M.amount.python_value(row[10]))
    # received_on unindexed here (+): the planner takes the few open or later-concluded cases
    # from the concluded_on index instead of every case received before the end.
    v["med.open_at_month_end"] = M.select(fn.COUNT(M.id)).where(
        live & (_unindexed(M.received_on) < end) & (M.concluded_on.is_null() | (M.concluded_on >= end))).scalar()
    agreed_on = fn.COALESCE(M.agreement_on, M.concluded_on)
    v["med.agreement.written"] = v["med.agreement.oral"] = 0
    q = (M.select(M.agreement_form, fn.COUNT(M.id))
         .where(live & M.agreement_form.in_(("written", "oral")) & in_range(agreed_on))
         .group_by(M.agreement_form))
    for form, n in _grouped(q).items():
        v[f"med.agreement.{form}"] = n
    m_where = live & in_range(M.received_on)
    for name, col in (("source", M.source), ("type", M.dispute_type)):
        for code, n in _grouped(M.select(col, fn.COUNT(M.id)).where(m_where).group_by(col)).items():
            v[f"med.{name}.{code}"] = n
    v["med.parties"] = (MediationParty.select(fn.COUNT(MediationParty.id)).join(M)
                        .where(m_where & MediationParty.deleted_at.is_null()).scalar() or 0)
    v.update(_screening(start, end))

    # follow-ups: not of a deleted case or application
    F = FollowUp
    Mc, Ac = M.alias(), A.alias()
    row = (F.select(fn.COUNT(F.id), fn.SUM(F.reached == True),  # noqa: E712
                    fn.SUM(F.satisfaction == "satisfied"))
           .join(Mc, JOIN.LEFT_OUTER, on=(F.mediation_case == Mc.id))
           .switch(F).join(Ac, JOIN.LEFT_OUTER, on=(F.aid_application == Ac.id))
           .where(F.deleted_at.is_null() & in_range(F.visited_on)
                  & Mc.deleted_at.is_null() & Ac.deleted_at.is_null())
           .tuples()[0])
    v["followup.total"], v["followup.reached"], v["followup.satisfied"] = (int(n or 0) for n in row)

    # contact cards
    K = CardIssue
    k_where = K.deleted_at.is_null() & in_range(K.issued_on)
    issued, households = K.select(fn.SUM(K.quantity), fn.SUM(K.households)).where(k_where).tuples()[0]
    v["cards.issued"], v["cards.recipients"] = int(issued or 0), int(households or 0)
    for code, n in _grouped(K.select(K.channel, fn.SUM(K.quantity)).where(k_where).group_by(K.channel)).items():
        v[f"cards.channel.{code}"] = int(n or 0)
    q = K.select(K.household_type, fn.SUM(K.households)).where(k_where).group_by(K.household_type)
    for code, n in _grouped(q).items():
        v[f"cards.household.{code}"] = int(n or 0)

    # publicity
    P = PublicityActivity
    p_where = _live(P) & in_range(P.held_on)
    row = P.select(fn.COUNT(P.id), *[fn.SUM(getattr(P, n)) for n in _PUB_SUMS]).where(p_where).tuples()[0]
    v["pub.activities"] = row[0] or 0
    for name, n in zip(_PUB_SUMS, row[1:]):
        v[f"pub.{name}"] = int(n or 0)
    for code, n in _grouped(P.select(P.format, fn.COUNT(P.id)).where(p_where).group_by(P.format)).items():
        v[f"pub.format.{code}"] = n

    for key, (num, den) in _RATE_PARTS.items():
        v[key] = rate(sum(v.get(k) or 0 for k in num), sum(v.get(k) or 0 for k in den))

    used = {k for k, n in v.items() if n}
    cat = catalogue(used=used, only=None if sent_keys is None else set(sent_keys) | used)
    out: dict[str, object] = {}
    for ind in cat:
        default = None if ind.kind in (RATE, MANUAL) else (0.0 if ind.kind == AMOUNT else 0)
        out[ind.key] = v.get(ind.key, default)
    return out


def _months(start: dt.date, end: dt.date) -> list[str]:
    """The calendar months (YYYY-MM) that [start, end) touches."""
    months = []
    cursor = dt.date(start.year, start.month, 1)
    while cursor < end:
        months.append(month_text(cursor.year, cursor.month))
        cursor = dt.date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    return months


def ledger_months(months: list[str]) -> set[str]:
    """Those of `months` (YYYY-MM) in which at least one screening round was recorded: their
    screening figures come from the ledger only, whatever was entered by hand."""
    if not months:
        return set()
    R = ScreeningRound
    first = dt.date.fromisoformat(f"{min(months)}-01")
    last = dt.date.fromisoformat(f"{max(months)}-01")
    after = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1)
    month = fn.strftime("%Y-%m", R.held_on)
    query = (R.select(month).where(_live(R) & (R.held_on >= first) & (R.held_on < after))
             .group_by(month).tuples())
    return {m for (m,) in query} & set(months)


def manual_used(start: dt.date, end: dt.date) -> dict[str, list[str]]:
    """The manual figures a period's values use: key -> the months (YYYY-MM) whose figure was
    entered by hand and counted (a month without any screening round). The workbook says so."""
    months = _months(start, end)
    manual_months = sorted(set(months) - ledger_months(months))
    out: dict[str, list[str]] = {}
    if manual_months:
        query = (ManualFigure.select(ManualFigure.key, ManualFigure.month)
                 .where(ManualFigure.month.in_(manual_months)).order_by(ManualFigure.month).tuples())
        for key, month in query:
            out.setdefault(key, []).append(month)
    return out


SCREENING_MANUAL = ("med.screening.rounds", "med.screening.found")


def _screening(start: dt.date, end: dt.date) -> dict[str, object]:
    """The screening figures: derived from the rounds held in [start, end), plus, for a month in
    which no round at all was recorded, the figure entered by hand (manual before ledger); a
    month with any round never counts its manual figure. Rounds and found stay None when
    neither a round nor a manual figure says anything."""
    R, I = ScreeningRound, ScreeningItem
    v: dict[str, object] = {}
    r_where = _live(R) & (R.held_on >= start) & (R.held_on < end)
    found = I.select(I.id).where((I.round == R.id) & I.deleted_at.is_null())
    rounds, nil = R.select(fn.COUNT(R.id), fn.SUM(~fn.EXISTS(found))).where(r_where).tuples()[0]
    v["med.screening.rounds"], v["med.screening.nil"] = int(rounds or 0), int(nil or 0)
    v["med.screening.found"] = v["med.screening.resolved"] = v["med.screening.mediation"] = 0
    q = (I.select(I.risk, I.outcome, fn.COUNT(I.id)).join(R, on=(I.round == R.id))
         .where(r_where & I.deleted_at.is_null()).group_by(I.risk, I.outcome).tuples())
    for risk, outcome, n in q:
        v["med.screening.found"] += n
        v[f"med.screening.risk.{risk}"] = v.get(f"med.screening.risk.{risk}", 0) + n
        if outcome in ("resolved", "mediation"):
            v[f"med.screening.{outcome}"] += n
    months = _months(start, end)
    ledger = ledger_months(months)
    manual_months = [m for m in months if m not in ledger]
    manual = {}
    if manual_months:
        manual = _grouped(ManualFigure.select(ManualFigure.key, fn.SUM(ManualFigure.value))
                          .where(ManualFigure.month.in_(manual_months)).group_by(ManualFigure.key))
    for key in SCREENING_MANUAL:
        if key in manual:
            v[key] = _number(v[key] + float(manual[key]))
        elif not ledger:
            v[key] = None  # neither a round nor a figure entered by hand
    for key, value in manual.items():  # any other manual figure (none is declared today)
        if key not in SCREENING_MANUAL:
            v[key] = _number(value)
    return v


def compute_month(year: int, month: int, sent_keys=None) -> dict[str, object]:
    """Every indicator for one calendar month, in catalogue order (`sent_keys`: see compute_period)."""
    return compute_period(*month_bounds(year, month), sent_keys=sent_keys)


def compute_range(first: tuple[int, int], last: tuple[int, int]) -> dict[str, object]:
    """Indicators over whole months first..last inclusive (e.g. a yearly summary).

    `med.open_at_month_end` is then the figure at the end of the last month.
    """
    start = month_bounds(*first)[0]
    end = month_bounds(*last)[1]
    return compute_period(start, end)


class Totals:
    """Running sums for `combine`, one station's (or month's) values at a time, in linear time.

    `add` is all or nothing: a values dict that cannot be summed (a total that would not be a
    finite number) raises ValueError and leaves the sums as they were, so the district merge can
    leave that one file out and go on. Booleans, text and None are not numbers and are skipped.
    """

    def __init__(self, cat: list[Indicator] | None = None):
        cat = cat if cat is not None else catalogue()
        self._known = {ind.key: ind for ind in cat}
        self._order: dict[str, None] = dict.fromkeys(ind.key for ind in cat)  # an ordered set
        self._sums: dict[str, int | float] = {}

    def add(self, values: dict[str, object]) -> None:
        staged: dict[str, int | float] = {}
        for key, val in values.items():
            if not isinstance(val, (int, float)) or isinstance(val, bool):
                continue
            ind = self._known.get(key)
            if ind is not None and ind.kind == RATE:
                continue
            total = staged.get(key, self._sums.get(key, 0)) + val
            if isinstance(total, float) and not math.isfinite(total):
                raise ValueError(f"{key}: the sum is not a finite number")
            staged[key] = total
        self._sums.update(staged)
        for key in values:
            if key not in self._order:
                self._order[key] = None

    def result(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key in self._order:
            ind = self._known.get(key)
            if ind is not None and ind.kind == RATE:
                continue
            total = self._sums.get(key)
            if total is None:
                out[key] = None
            elif ind is not None and ind.kind == AMOUNT:
                out[key] = money(total)
            else:
                out[key] = round(total, 2) if isinstance(total, float) else total
        for key in self._order:
            ind = self._known.get(key)
            if ind is not None and ind.kind == RATE:
                num, den = ind.parts
                out[key] = rate(sum(out.get(k) or 0 for k in num), sum(out.get(k) or 0 for k in den))
        return {key: out[key] for key in self._order}


def combine(values_list: list[dict[str, object]], cat: list[Indicator] | None = None) -> dict[str, object]:
    """Sum several stations' (or months') values key by key, recomputing rates from their parts.

    A key missing (or None) everywhere stays None; keys unknown to the catalogue are summed
    when numeric and kept after the catalogue's keys, in the order first seen. Linear in the
    number of values (see `Totals`).
    """
    totals = Totals(cat)
    for values in values_list:
        totals.add(values)
    return totals.result()
