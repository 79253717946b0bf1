"""A mediation case's status: received -> in_progress (on the first session, or `start()`) ->
succeeded / failed / suspended / withdrawn (`conclude()`); a suspended case may resume (`resume()`);
a received case may also fail (one party refuses mediation, 人民调解法 art. 17) or be withdrawn.
`concluded_on` is set by every conclusion, suspension included, and cleared on resume. There is
no status history: resuming takes the case out of the month it was suspended in (med.suspended),
and a withdrawal later than the suspension moves it to another month; either way the month it
leaves is flagged if already sent to the district (submissions.note_dates).
"""
from __future__ import annotations

import datetime as dt

from aidstation.core import validation
from aidstation.core.db import atomic
from aidstation.core.mediation.dossier import DOSSIER_ITEMS, missing_for
from aidstation.core.mediation.lookup import _require_live, _save
from aidstation.core.mediation.terms import (
    AGREEMENT_FORMS,
    CONCLUSIONS,
    OPEN,
    _err,
    _text,
    status_label,
)
from aidstation.core.models import MediationCase
from aidstation.core.records import require_user
from aidstation.core.reporting import submissions


def start(case: MediationCase, *, user) -> MediationCase:
    require_user(user)
    _require_live(case)
    if case.status != "received":
        raise _err("status", "only a received case can be started", "只有已受理的案件才能开始调解")
    with atomic():
        case.status = "in_progress"
        _save(case, user, ["status"])
    return case


def resume(case: MediationCase, *, user) -> MediationCase:
    """A suspended case continues: back in progress, concluded_on cleared."""
    require_user(user)
    _require_live(case)
    if case.status != "suspended":
        raise _err("status", "only a suspended case can resume", "只有中止的案件才能恢复调解")
    old = case.concluded_on
    with atomic():
        case.status, case.concluded_on = "in_progress", None
        _save(case, user, ["status", "concluded_on"])
        # That month's suspension is no longer counted (there is no status history): if the
        # month was already sent to the district, it is flagged for a correction.
        submissions.note_dates([old])
    return case


def conclude(case: MediationCase, *, user, status: str, concluded_on, failure_route: str = "",
             reason: str = "", today: dt.date | None = None) -> MediationCase:
    """Conclude as succeeded, failed, suspended or withdrawn, checking the rules:
    succeeded needs an agreement (a written one with terms) and the dossier; failed needs the
    route the parties were told of (court, arbitration, administrative); a case with an
    agreement recorded cannot fail or be withdrawn (nothing removes an agreement)."""
    return _conclude(case, user=user, status=status, concluded_on=concluded_on,
                     failure_route=failure_route, reason=reason, today=today, dossier=True)


def _conclude(case: MediationCase, *, user, status: str, concluded_on, failure_route: str = "",
              reason: str = "", today: dt.date | None = None, dossier: bool) -> MediationCase:
    """conclude(); `dossier=False` for an oral mediation (oral.py), which files no dossier:
    its record is its line in the oral-agreement register (人民调解法 art. 28)."""
    require_user(user)
    _require_live(case)
    if not status:
        raise _err("status", "choose the outcome", "请选择结案方式")
    if status not in CONCLUSIONS:
        raise _err("status", f"'{status}' is not a conclusion", f"“{status}”不是结案方式")
    allowed = {"succeeded": ("in_progress",), "failed": OPEN, "suspended": ("in_progress",),
               "withdrawn": OPEN + ("suspended",)}[status]
    if case.status not in allowed:
        raise _err("status", f"a case that is {case.status} cannot become {status}",
                   f"“{status_label(case.status)}”的案件不能改为“{status_label(status)}”")
    day = validation.date(concluded_on, "concluded_on", allow_future=False, today=today)
    if day < case.received_on:
        raise _err("concluded_on", "the case cannot be concluded before it was received",
                   "结案日期不能早于受理日期")
    if status in ("failed", "withdrawn") and case.agreement_form:
        # The monthly return counts the agreement whatever the status: a failed or withdrawn
        # case keeping one would be counted as an agreement reached.
        raise _err("status", f"an agreement is recorded for this case, so it cannot be {status}: "
                   "parties who agreed make the case succeeded",
                   f"该案件已记录调解协议，不能以“{status_label(status)}”结案；达成协议的应以调解成功结案")
    changed = ["status", "concluded_on"]
    extra: dict = {}
    if status == "succeeded":
        if case.agreement_form not in AGREEMENT_FORMS:
            raise _err("agreement_form", "a succeeded case needs an agreement (written or oral)",
                       "调解成功须记录调解协议（书面或口头）")
        if not case.agreement_terms.strip():
            raise _err("agreement_terms", "the agreement has no terms", "调解协议没有协议内容")
        if case.agreement_on and day < case.agreement_on:
            raise _err("concluded_on", "the case cannot be concluded before the agreement",
                       "结案日期不能早于协议日期")
    if status == "failed":
        route = validation.code("failure_route", failure_route, "failure_route") if failure_route else ""
        if not route:
            raise _err("failure_route", "say which route (court, arbitration, administrative) the "
                       "parties were told of", "须记录告知当事人的其他解决途径（诉讼、仲裁或行政）")
        extra["failure_route"] = route
    missing = missing_for(case, status) if dossier else []
    if missing:
        names_en = "; ".join(f"{i}. {DOSSIER_ITEMS[i][1]}" for i in missing)
        names_zh = "；".join(f"{i}.{DOSSIER_ITEMS[i][0]}" for i in missing)
        raise _err("dossier", f"required dossier items missing: {names_en}", f"卷宗缺少必备材料：{names_zh}")
    if reason:
        extra["notes"] = (case.notes + "\n" if case.notes else "") + _text(reason, "reason", 500)
    old = case.concluded_on  # a suspended case's day of suspension
    with atomic():
        case.status, case.concluded_on = status, day
        for key, val in extra.items():
            setattr(case, key, val)
        _save(case, user, changed + sorted(extra))
        if old is not None and old != day:
            submissions.note_dates([old])
    return case
