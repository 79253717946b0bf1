"""Deadlines (DESIGN §6): what is due or overdue as of a date, for the dashboard and the
printable deadline sheet.

`due_items(as_of)` concatenates one function per area (`_mediation_due`, `_aid_due`, `_consultation_due`),
each returning DueItem rows; the list comes back sorted by due date (overdue first). An item
is listed when it is overdue or falls due within `horizon` days.

Mediation clocks (natural days: the rule is "within one month", 人民调解工作若干规定 art. 33):
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
from dataclasses import dataclass

from aidstation.core import settings

HORIZON_DAYS = 7
MEDIATION_DAYS = 30
FOLLOWUP_DAYS = 30
JUDICIAL_DAYS = 30


@dataclass(frozen=True)
class DueItem:
    area: str  # mediation | aid | consultation
    kind: str  # e.g. conclusion, followup, judicial, performance
    entity: str  # model name, e.g. MediationCase
    entity_id: int
    number: str  # the record's number, for display
    title: str  # short description (no personal data beyond the case title)
    due_on: dt.date
    overdue: bool
    label_zh: str  # what is due, e.g. 调解期限届满
    label_en: str

    def days_left(self, as_of: dt.date) -> int:
        """Negative when overdue."""
        return (self.due_on - as_of).days

    def label(self, lang: str = "zh") -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en


def add_days(start: dt.date, days: int, *, working: bool | None = None) -> dt.date:
    """`start` plus `days` natural days, or working days (Mon–Fri) when the station counts
    working days (setting clocks.working_days) or working=True."""
    if working is None:
        working = settings.get_bool("clocks.working_days")
    if not working:
        return start + dt.timedelta(days=days)
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def _item(as_of, horizon, **kw) -> DueItem | None:
    due = kw["due_on"]
    if due > as_of + dt.timedelta(days=horizon):
        return None
    return DueItem(overdue=due < as_of, **kw)


def _mediation_due(as_of: dt.date, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    from aidstation.core.models import FollowUp, MediationCase as M

    out: list[DueItem] = []
    live = M.deleted_at.is_null() & (M.received_on <= as_of)

    def add(case, kind, due, zh, en, *, never_overdue=False):
        item = _item(as_of, horizon, area="mediation", kind=kind, entity="MediationCase",
                     entity_id=case.id, number=case.number, title=case.title, due_on=due,
                     label_zh=zh, label_en=en)
        if item is not None and never_overdue and item.overdue:
            return
        if item is not None:
            out.append(item)

    for case in M.select().where(live & M.status.in_(("received", "in_progress"))):
        due = case.extended_until or case.received_on + dt.timedelta(days=MEDIATION_DAYS)
        add(case, "conclusion", due, "调解期限届满", "Mediation time limit")

    agreed = M.select().where(live & (M.agreement_form == "written") & M.agreement_on.is_null(False)
                              & (M.agreement_on <= as_of))
    for case in agreed:
        if case.status == "succeeded":
            visited = (FollowUp.live().where((FollowUp.mediation_case == case)
                                             & (FollowUp.visited_on >= case.agreement_on)).exists())
            if not visited:
                add(case, "followup", case.agreement_on + dt.timedelta(days=FOLLOWUP_DAYS),
                    "协议履行回访", "Follow-up visit")
        if case.judicial_applied_on is None and case.status in ("in_progress", "succeeded"):
            add(case, "judicial", case.agreement_on + dt.timedelta(days=JUDICIAL_DAYS),
                "司法确认申请期限", "Judicial confirmation window closes", never_overdue=True)

    pending = M.select().where(live & M.performance_deadline.is_null(False)
                               & (M.performance_status != "performed")
                               & M.status.in_(("in_progress", "succeeded")))
    for case in pending:
        add(case, "performance", case.performance_deadline, "协议履行期限", "Performance deadline")
    return out


def _aid_due(as_of: dt.date, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Legal-aid clocks (forwarding, decision, assignment, urgent deadlines, follow-ups)."""
    # Imported here: aid_clocks imports DueItem from this module.
    from aidstation.core.aid_clocks import aid_due

    return aid_due(as_of, horizon)


def _consultation_due(as_of: dt.date, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Replies owed (DESIGN §6): a letter within 7 working days, online within 1 day, 约期答复
    on the agreed date — every unanswered consultation with a reply date within the horizon."""
    from aidstation.core.models import Consultation as C

    until = as_of + dt.timedelta(days=horizon)
    query = (C.select().where(C.deleted_at.is_null() & C.reply_due.is_null(False) & C.answered_at.is_null()
                              & (C.reply_due <= until)
                              & (C.received_at < dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())))
             .order_by(C.reply_due, C.id))
    return [DueItem(area="consultation", kind="reply", entity="Consultation", entity_id=c.id,
                    number=c.number, title=" ".join((c.question or "").split())[:30], due_on=c.reply_due,
                    overdue=c.reply_due < as_of, label_zh="答复咨询", label_en="Reply to consultation")
            for c in query]


AREAS = (_mediation_due, _aid_due, _consultation_due)


def due_items(as_of: dt.date | None = None, *, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Everything due within `horizon` days of `as_of` or overdue, most urgent first."""
    as_of = as_of or dt.date.today()
    items: list[DueItem] = []
    for area in AREAS:
        items.extend(area(as_of, horizon))
    return sorted(items, key=lambda i: (i.due_on, i.area, i.kind, i.number))
