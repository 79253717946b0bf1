"""Mediation clocks (natural days: the rule is "within one month", 人民调解工作若干规定 art. 33):
- conclusion: an open case (received / in progress) is due 30 days after receipt, or on the
  recorded extension (`extended_until`);
- follow-up: a succeeded case with a written agreement is due a return visit 30 days after
  the agreement, until a follow-up dated on or after the agreement is recorded;
- judicial confirmation: the 30-day window after a written agreement closes (listed while it is
  still open and closing within the horizon, never as overdue: applying is the parties' choice);
- performance: a deadline set in the agreement that passes without the status 'performed'.
"""
from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from aidstation.core.due import HORIZON_DAYS, DueItem, day, item_if_due, last_visits, plain_rows
from aidstation.core.models import FollowUp
from aidstation.core.models import MediationCase as M

MEDIATION_DAYS = 30
FOLLOWUP_DAYS = 30
JUDICIAL_DAYS = 30


def mediation_due(as_of: dt.date, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Every mediation deadline overdue or due within `horizon` days of `as_of`: three queries
    whatever the number of cases (the latest follow-up joined, not a query a case),
    read as plain rows."""
    out: list[DueItem] = []
    live = M.deleted_at.is_null() & (M.received_on <= as_of)
    shown = (M.id, M.number, M.title)

    def add(case, kind, due, zh, en, *, never_overdue=False):
        item = item_if_due(as_of, horizon, area="mediation", kind=kind, entity="MediationCase",
                            entity_id=case["id"], number=case["number"], title=case["title"], due_on=due,
                            label_zh=zh, label_en=en)
        if item is not None and never_overdue and item.overdue:
            return
        if item is not None:
            out.append(item)

    for case in plain_rows(M.select(*shown, M.received_on, M.extended_until).where(
            live & M.status.in_(("received", "in_progress")))):
        due = day(case["extended_until"]) or day(case["received_on"]) + dt.timedelta(days=MEDIATION_DAYS)
        add(case, "conclusion", due, "调解期限届满", "Mediation time limit")

    visits = last_visits(FollowUp.mediation_case)
    visited = fn.COALESCE(visits.c.last >= M.agreement_on, False)
    # only agreements some clock can list: a follow-up not yet made and due within the horizon,
    # or a judicial window still open (most of a large station's agreements are neither)
    latest_followup = as_of + dt.timedelta(days=horizon - FOLLOWUP_DAYS)
    window_open = as_of - dt.timedelta(days=JUDICIAL_DAYS)
    candidates = (((M.status == "succeeded") & (M.agreement_on <= latest_followup) & ~visited)
                  | (M.judicial_applied_on.is_null() & (M.agreement_on >= window_open)))
    agreed = (M.select(*shown, M.status, M.agreement_on, M.judicial_applied_on, visited.alias("visited"))
              .join(visits, JOIN.LEFT_OUTER, on=(visits.c.record == M.id))
              .where(live & (M.agreement_form == "written") & M.agreement_on.is_null(False)
                     & (M.agreement_on <= as_of) & candidates))
    for case in plain_rows(agreed):
        agreement_on = day(case["agreement_on"])
        if case["status"] == "succeeded" and not case["visited"]:
            add(case, "followup", agreement_on + dt.timedelta(days=FOLLOWUP_DAYS),
                "协议履行回访", "Follow-up visit")
        if case["judicial_applied_on"] is None and case["status"] in ("in_progress", "succeeded"):
            add(case, "judicial", agreement_on + dt.timedelta(days=JUDICIAL_DAYS),
                "司法确认申请期限", "Judicial confirmation window closes", never_overdue=True)

    pending = M.select(*shown, M.performance_deadline).where(
        live & M.performance_deadline.is_null(False) & (M.performance_status != "performed")
        & M.status.in_(("in_progress", "succeeded")))
    for case in plain_rows(pending):
        add(case, "performance", day(case["performance_deadline"]), "协议履行期限", "Performance deadline")
    return out
