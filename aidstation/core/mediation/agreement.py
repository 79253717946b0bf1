"""After mediation: the agreement reached (written or oral), its performance, judicial
confirmation, the prevention flags counted monthly, and the follow-up visits (回访)."""
from __future__ import annotations

import datetime as dt

from aidstation.core import records, validation
from aidstation.core.db import atomic
from aidstation.core.mediation.lookup import _require_live, _save
from aidstation.core.mediation.terms import (
    AGREEMENT_FORMS,
    JUDICIAL_RESULTS,
    _err,
    _text,
)
from aidstation.core.models import FollowUp, MediationCase
from aidstation.core.records import actor_id, record_write, require_user

FOLLOWED_UP = ("succeeded", "failed", "withdrawn")  # the conclusions a return visit may follow


def record_agreement(case: MediationCase, *, user, form: str, agreement_on, terms: str,
                     responsibility: str = "", performance_method: str = "",
                     performance_deadline=None, amount=None,
                     today: dt.date | None = None) -> MediationCase:
    """The agreement reached: written (协议书) or oral (口头协议登记表); both record the terms.
    Every problem at once (ValidationErrors)."""
    require_user(user)
    _require_live(case)
    if case.status in ("failed", "withdrawn"):
        raise _err("status", "a failed or withdrawn case has no agreement", "调解不成或撤回的案件没有调解协议")
    problems = validation.Problems()
    if form not in AGREEMENT_FORMS:
        problems.add("agreement_form", "choose written or oral", "请选择书面或口头协议")
    day = problems.check(validation.date, agreement_on, "agreement_on", allow_future=False, today=today)
    if day is not None and day < case.received_on:
        problems.add("agreement_on", "the agreement cannot be before the case was received",
                     "协议日期不能早于受理日期")
    terms = problems.check(_text, terms, "agreement_terms", 20000)
    if terms == "" and form in AGREEMENT_FORMS:
        what = "written agreement" if form == "written" else "oral agreement (its content must be recorded)"
        problems.add("agreement_terms", f"a {what} needs its terms",
                     "书面协议须填写协议内容" if form == "written" else "口头协议须登记协议内容")
    deadline = problems.check(validation.date, performance_deadline, "performance_deadline", required=False)
    if deadline is not None and day is not None and deadline < day:
        problems.add("performance_deadline", "the deadline cannot be before the agreement",
                     "履行期限不能早于协议日期")
    responsibility = problems.check(_text, responsibility, "responsibility", 20000)
    performance_method = problems.check(_text, performance_method, "performance_method", 2000)
    money = problems.check(validation.amount, amount, "amount") if amount is not None else None
    problems.raise_any()
    values = dict(agreement_form=form, agreement_on=day, agreement_terms=terms,
                  responsibility=responsibility, performance_method=performance_method,
                  performance_deadline=deadline)
    if amount is not None:
        values["amount"] = money
    changed = [k for k, v in values.items() if getattr(case, k) != v]
    with atomic():
        for k in changed:
            setattr(case, k, values[k])
        _save(case, user, changed or ["agreement_form"])
    return case


def record_performance(case: MediationCase, *, user, status: str) -> MediationCase:
    require_user(user)
    _require_live(case)
    if status:
        validation.code("performance_status", status, "performance_status")
        if not case.agreement_form:
            raise _err("performance_status", "there is no agreement to perform", "没有需要履行的调解协议")
    with atomic():
        case.performance_status = status
        _save(case, user, ["performance_status"])
    return case


def record_judicial(case: MediationCase, *, user, applied_on, result: str | None = None,
                    today: dt.date | None = None) -> MediationCase:
    """Judicial confirmation (司法确认) applied for on `applied_on`; applied_on None clears it.
    `result` None means pending (审查中) while a day is given; an empty result with a day is
    refused (the clerk picks it), and so is a result without the day it was applied for."""
    require_user(user)
    _require_live(case)
    if result is None:
        result = "pending" if applied_on not in (None, "") else ""
    if result not in JUDICIAL_RESULTS:
        raise _err("judicial_result", "pending, confirmed or rejected", "应为审查中、已确认或不予确认")
    problems = validation.Problems()
    day = problems.check(validation.date, applied_on, "judicial_applied_on", allow_future=False,
                         today=today, required=False)
    if day is not None:
        if case.agreement_form != "written" or case.agreement_on is None:
            problems.add("judicial_applied_on", "judicial confirmation needs a written agreement",
                         "申请司法确认须有书面调解协议")
        elif day < case.agreement_on:
            problems.add("judicial_applied_on", "the application cannot be before the agreement",
                         "申请日期不能早于协议日期")
        if not result:
            problems.add("judicial_result", "choose the result (pending, confirmed or not confirmed)",
                         "请选择审查结果（审查中、已确认或不予确认）")
    elif result and applied_on in (None, ""):
        problems.add("judicial_applied_on", "give the day judicial confirmation was applied for",
                     "请填写申请司法确认的日期")
    problems.raise_any()
    with atomic():
        case.judicial_applied_on = day
        case.judicial_result = result if day else ""
        _save(case, user, ["judicial_applied_on", "judicial_result"])
    return case


def set_prevention(case: MediationCase, *, user, crime: bool = False, crime_persons=0,
                   petition: bool = False, petition_persons=0) -> MediationCase:
    """Prevention flags (防止民转刑 / 防止群体性上访) with the number of persons involved."""
    require_user(user)
    _require_live(case)
    problems = validation.Problems()
    crime_n = problems.check(validation.count, crime_persons, "prevented_crime_persons", maximum=100000)
    petition_n = problems.check(validation.count, petition_persons, "prevented_petition_persons",
                                maximum=100000)
    if crime and crime_n is not None and crime_n < 1:
        problems.add("prevented_crime_persons", "give the number of persons (at least 1)", "请填写人数（至少1人）")
    if petition and petition_n is not None and petition_n < 1:
        problems.add("prevented_petition_persons", "give the number of persons (at least 1)", "请填写人数（至少1人）")
    elif petition and petition_n is not None and petition_n < 5:
        # 群体性: by common practice five or more people.
        problems.add("prevented_petition_persons", "a mass petition involves at least 5 persons",
                     "群体性上访一般指5人以上")
    problems.raise_any()
    values = dict(prevented_crime=bool(crime), prevented_crime_persons=crime_n if crime else 0,
                  prevented_petition=bool(petition),
                  prevented_petition_persons=petition_n if petition else 0)
    changed = [k for k, v in values.items() if getattr(case, k) != v]
    if changed:
        with atomic():
            for k in changed:
                setattr(case, k, values[k])
            _save(case, user, changed)
    return case


# ---------------------------------------------------------------- follow-ups

def add_followup(case: MediationCase, *, user, visited_on, visitor: str = "", method: str = "phone",
                 reached: bool = True, performance: str = "", satisfaction: str = "",
                 notes: str = "", today: dt.date | None = None) -> FollowUp:
    """A return visit (回访) on how the agreement was performed: only on a concluded case
    (succeeded, failed or withdrawn), on or after the day it was concluded."""
    require_user(user)
    _require_live(case)
    day = validation.date(visited_on, "visited_on", allow_future=False, today=today)
    if day < case.received_on:
        raise _err("visited_on", "the visit cannot be before the case was received", "回访日期不能早于受理日期")
    if case.status not in FOLLOWED_UP:
        raise _err("visited_on", "a return visit follows a concluded case: conclude the case first",
                   "回访应在结案后进行，请先结案")
    if case.concluded_on is not None and day < case.concluded_on:
        raise _err("visited_on", "the visit cannot be before the case was concluded", "回访日期不能早于结案日期")
    if not method:
        raise _err("method", "choose how the visit was made", "请选择回访方式")
    validation.code("followup_method", method, "method")
    if satisfaction:
        validation.code("satisfaction", satisfaction, "satisfaction")
    if not reached and satisfaction:
        raise _err("satisfaction", "nobody was reached, so there is no satisfaction to record",
                   "未联系上当事人，不能填写满意度")
    with atomic():
        row = FollowUp.create(mediation_case=case, visited_on=day, visitor=_text(visitor, "visitor", 60),
                              method=method, reached=bool(reached),
                              performance=_text(performance, "performance", 5000),
                              satisfaction=satisfaction, notes=_text(notes, "notes", 5000),
                              created_by=actor_id(user), updated_by=actor_id(user))
        record_write(user, "create", "FollowUp", row.id,
                     fields=["mediation_case", "visited_on", "visitor", "method", "reached",
                             "performance", "satisfaction", "notes"])
    return row


def delete_followup(row: FollowUp, *, user) -> None:
    records.soft_delete(row, user=user)
