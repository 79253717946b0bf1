"""Legal-aid clocks (DESIGN §6) as DueItem rows: `aid_due(as_of)`.

- forward to the centre within 1 day of receipt (natural or working days per the station
  setting clocks.working_days; working days follow China's calendar, core/workcalendar.py);
  a detained applicant's application within 24 hours (Art. 39), always natural time,
  counted from the day of receipt (records carry a date, so "24 hours" = the next day);
- while a one-time notice is out and materials are missing, the forwarding clock stops
  (supplementing is not counted) and the supplement deadline is due instead;
- the centre's decision is expected within 7 days of forwarding; assignment within 3 days of a
  grant;
- an urgent (先行援助) deadline is listed while fewer than 7 days remain (or it has passed) and
  the application is still open;
- a return visit is due aid.followup_days after closing until one is recorded.
"""
from __future__ import annotations

import datetime as dt

from peewee import JOIN, SQL, fn

from aidstation.core import masking, settings
from aidstation.core.due import HORIZON_DAYS, DueItem, day, last_visits, plain_rows
from aidstation.core.legalaid.service import add_days
from aidstation.core.models import AidApplication, AidMaterial, FollowUp, Person

FORWARD_DAYS = 1
DECISION_DAYS = 7
ASSIGN_DAYS = 3
URGENT_DAYS = 7

LABELS = {
    "forward": ("转交法律援助中心", "Forward to the legal-aid centre"),
    "forward_detained": ("羁押人员申请24小时内转交", "Forward within 24 hours (detained)"),
    "materials": ("补充材料期限", "Missing materials due"),
    "decision": ("中心审查决定", "Centre's decision expected"),
    "assignment": ("指派承办人员", "Assignment of a lawyer"),
    "urgent": ("先行援助期限", "Urgent (provisional aid) deadline"),
    "followup": ("结案回访", "Follow-up visit"),
}


def aid_due(as_of: dt.date | None = None, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Every legal-aid deadline overdue or due within `horizon` days of `as_of`: one query over
    the applications (with the applicant's name, a correlated EXISTS for missing materials and
    the latest return visit joined) plus the settings, whatever the number of applications."""
    as_of = as_of or dt.date.today()
    working = settings.get_bool("clocks.working_days")
    followup_days = int(settings.get("aid.followup_days") or 30)
    followup_span = dt.timedelta(days=followup_days)
    supplement_days = int(settings.get("aid.supplement_days") or 15)
    out: list[DueItem] = []

    last_day = as_of + dt.timedelta(days=horizon)

    def add(app, kind, due, *, always=False):
        if due is None or (not always and due > last_day):
            return
        zh, en = LABELS[kind]
        # positional: DueItem's own order (area, kind, entity, entity_id, number, title, due_on,
        # overdue, label_zh, label_en), ten thousand times a refresh at a large station
        out.append(DueItem("aid", kind, "AidApplication", app["id"], app["number"],
                           masking.name(app["applicant_name"]), due, due < as_of, zh, en))

    A = AidApplication
    missing = fn.EXISTS(AidMaterial.select(SQL("1")).where(
        (AidMaterial.application == A.id) & (AidMaterial.required == True)
        & (AidMaterial.received == False)))
    visits = last_visits(FollowUp.aid_application)
    visited = fn.COALESCE(visits.c.last >= A.closed_on, False)
    # Only applications some clock below can list: pending, granted and unassigned, urgent and
    # open, or closed without a return visit since.
    candidates = ((A.decision == "pending") | ((A.decision == "granted") & A.assigned_on.is_null())
                  | (A.urgent_deadline.is_null(False) & A.closed_on.is_null() & A.assigned_on.is_null())
                  | (A.closed_on.is_null(False) & (A.closed_on <= as_of) & ~visited))
    query = (A.select(A.id, A.number, A.received_on, A.detained, A.urgent_deadline, A.notice_issued_at,
                      A.forwarded_on, A.decision, A.decision_on, A.assigned_on, A.closed_on,
                      missing.alias("missing"), visited.alias("visited"), Person.name.alias("applicant_name"))
             .join(Person, on=(A.applicant == Person.id))
             .join_from(A, visits, JOIN.LEFT_OUTER, on=(visits.c.record == A.id))
             .where(A.deleted_at.is_null() & (A.received_on <= as_of) & candidates)
             )
    for app in plain_rows(query):  # plain rows: converting every value cost more than the query
        # dates read as a clock needs them: most rows of a large station are closed
        # applications owing a return visit, which need only the closing date
        forwarded_on, assigned_on, closed_on = day(app["forwarded_on"]), app["assigned_on"], day(app["closed_on"])
        received_on = day(app["received_on"]) if forwarded_on is None or app["decision"] == "granted" else None
        closed = closed_on is not None
        ended = app["decision"] in ("refused", "withdrawn", "lapsed")
        if forwarded_on is None and app["decision"] == "pending":
            if app["notice_issued_at"] is not None and app["missing"]:
                add(app, "materials", _supplement_due(app["notice_issued_at"], supplement_days, working))
            elif app["detained"]:
                add(app, "forward_detained", received_on + dt.timedelta(days=FORWARD_DAYS))
            else:
                add(app, "forward", add_days(received_on, FORWARD_DAYS, working))
        elif app["decision"] == "pending":
            add(app, "decision", add_days(forwarded_on, DECISION_DAYS, working))
        elif app["decision"] == "granted" and assigned_on is None:
            # an imported ledger row may say granted without the date: count from the
            # earliest date the record has, so it shows (early) instead of breaking the list
            decided = day(app["decision_on"]) or forwarded_on or received_on
            add(app, "assignment", add_days(decided, ASSIGN_DAYS, working))
        urgent = day(app["urgent_deadline"])
        if (urgent and not closed and not ended and assigned_on is None
                and (urgent - as_of).days < URGENT_DAYS):
            add(app, "urgent", urgent, always=True)
        if closed and closed_on <= as_of and not app["visited"]:
            add(app, "followup", closed_on + followup_span)  # natural days, as a return visit counts
    return sorted(out, key=lambda i: (i.due_on, i.kind, i.number))


def _supplement_due(issued, supplement_days: int, working: bool) -> dt.date:
    """service.notice_deadline with its two settings read once, not once an application."""
    issued = issued.date() if isinstance(issued, dt.datetime) else dt.date.fromisoformat(str(issued)[:10])
    return add_days(issued, supplement_days, working)


def overdue_ids(as_of: dt.date | None = None) -> set[int]:
    """Ids of applications with at least one overdue clock (the list's "overdue" filter)."""
    return {i.entity_id for i in aid_due(as_of) if i.overdue}


def urgent_soon(app: AidApplication, as_of: dt.date | None = None) -> bool:
    """True when the urgent deadline is fewer than 7 days away (shown in red)."""
    as_of = as_of or dt.date.today()
    return app.urgent_deadline is not None and (app.urgent_deadline - as_of).days < URGENT_DAYS
