"""The due list in a handful of queries: clocks.due_items returns exactly what the per-record
clocks returned (a frozen copy of them is the reference below), with a number of SQL statements
that does not grow with the number of records."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import clocks, masking, settings
from aidstation.core.consultations import consultation_due
from aidstation.core.db import db
from aidstation.core.due import DueItem, item_if_due
from aidstation.core.legalaid import aid_due
from aidstation.core.legalaid.service import (
    add_days,
    missing_materials,
    notice_deadline,
)
from aidstation.core.mediation import mediation_due
from aidstation.core.models import (
    AidApplication,
    AidMaterial,
    Consultation,
    FollowUp,
    MediationCase,
    Person,
)

AS_OF = dt.date(2026, 3, 16)  # a Monday
NOW = dt.datetime(2026, 3, 16, 9, 0)


# -- the reference: today's per-record clocks, frozen (they issued statements per record) --

def _old_mediation(as_of, horizon):
    M = MediationCase
    out = []
    live = M.deleted_at.is_null() & (M.received_on <= as_of)

    def add(case, kind, due, zh, en, *, never_overdue=False):
        item = item_if_due(as_of, horizon, area="mediation", kind=kind, entity="MediationCase",
                           entity_id=case.id, number=case.number, title=case.title, due_on=due,
                           label_zh=zh, label_en=en)
        if item is not None and never_overdue and item.overdue:
            return
        if item is not None:
            out.append(item)

    for case in M.select().where(live & M.status.in_(("received", "in_progress"))):
        due = case.extended_until or case.received_on + dt.timedelta(days=30)
        add(case, "conclusion", due, "调解期限届满", "Mediation time limit")
    agreed = M.select().where(live & (M.agreement_form == "written") & M.agreement_on.is_null(False)
                              & (M.agreement_on <= as_of))
    for case in agreed:
        if case.status == "succeeded":
            visited = (FollowUp.live().where((FollowUp.mediation_case == case)
                                             & (FollowUp.visited_on >= case.agreement_on)).exists())
            if not visited:
                add(case, "followup", case.agreement_on + dt.timedelta(days=30), "协议履行回访", "Follow-up visit")
        if case.judicial_applied_on is None and case.status in ("in_progress", "succeeded"):
            add(case, "judicial", case.agreement_on + dt.timedelta(days=30),
                "司法确认申请期限", "Judicial confirmation window closes", never_overdue=True)
    pending = M.select().where(live & M.performance_deadline.is_null(False)
                               & (M.performance_status != "performed")
                               & M.status.in_(("in_progress", "succeeded")))
    for case in pending:
        add(case, "performance", case.performance_deadline, "协议履行期限", "Performance deadline")
    return out


LABELS = {
    "forward": ("转交法律援助中心", "Forward to the legal-aid centre"),
    "forward_detained": ("羁押人员申请24小时内转交", "Forward within 24 hours (detained)"),
    "materials": ("补充材料期限", "Missing materials due"),
    "decision": ("中心审查决定", "Centre's decision expected"),
    "assignment": ("指派承办人员", "Assignment of a lawyer"),
    "urgent": ("先行援助期限", "Urgent (provisional aid) deadline"),
    "followup": ("结案回访", "Follow-up visit"),
}


def _old_aid(as_of, horizon):
    working = settings.get_bool("clocks.working_days")
    followup_days = int(settings.get("aid.followup_days") or 30)
    out = []

    def add(app, kind, due, *, always=False):
        if due is None or (not always and due > as_of + dt.timedelta(days=horizon)):
            return
        zh, en = LABELS[kind]
        out.append(DueItem(area="aid", kind=kind, entity="AidApplication", entity_id=app.id,
                           number=app.number, title=masking.name(app.applicant.name), due_on=due,
                           overdue=due < as_of, label_zh=zh, label_en=en))

    A = AidApplication
    for app in A.live().join(Person, on=(A.applicant == Person.id)).switch(A).where(A.received_on <= as_of):
        closed = app.closed_on is not None
        ended = app.decision in ("refused", "withdrawn", "lapsed")
        if app.forwarded_on is None and app.decision == "pending":
            if app.notice_issued_at is not None and missing_materials(app):
                add(app, "materials", notice_deadline(app))
            elif app.detained:
                add(app, "forward_detained", app.received_on + dt.timedelta(days=1))
            else:
                add(app, "forward", add_days(app.received_on, 1, working))
        elif app.decision == "pending":
            add(app, "decision", add_days(app.forwarded_on, 7, working))
        elif app.decision == "granted" and app.assigned_on is None:
            add(app, "assignment", add_days(app.decision_on, 3, working))
        if (app.urgent_deadline and not closed and not ended and app.assigned_on is None
                and (app.urgent_deadline - as_of).days < 7):
            add(app, "urgent", app.urgent_deadline, always=True)
        if closed and app.closed_on <= as_of:
            visited = FollowUp.live().where((FollowUp.aid_application == app)
                                            & (FollowUp.visited_on >= app.closed_on)).exists()
            if not visited:
                add(app, "followup", add_days(app.closed_on, followup_days, False))
    return sorted(out, key=lambda i: (i.due_on, i.kind, i.number))


def _old_consultation(as_of, horizon):
    C = Consultation
    until = as_of + dt.timedelta(days=horizon)
    query = (C.select().where(C.deleted_at.is_null() & C.reply_due.is_null(False) & C.answered_at.is_null()
                              & (C.reply_due <= until)
                              & (C.received_at < dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())))
             .order_by(C.reply_due, C.id))
    return [DueItem(area="consultation", kind="reply", entity="Consultation", entity_id=c.id,
                    number=c.number, title=" ".join((c.question or "").split())[:30], due_on=c.reply_due,
                    overdue=c.reply_due < as_of, label_zh="答复咨询", label_en="Reply to consultation")
            for c in query]


def _old_due_items(as_of, horizon=clocks.HORIZON_DAYS):
    items = _old_mediation(as_of, horizon) + _old_aid(as_of, horizon) + _old_consultation(as_of, horizon)
    return sorted(items, key=lambda i: (i.due_on, i.area, i.kind, i.number))


# -- a station with n records of every due kind (and of every near miss) --

def _build(n: int) -> None:
    """n of each: open cases (plain, extended, beyond the horizon), agreements with and without a
    counting follow-up, judicial windows, performance deadlines; applications at every stage,
    urgent ones, closed ones with and without a return visit; replies owed; deleted records."""
    tag = Person.select().count()  # a second build on the same station gets new numbers and ids
    case_base, app_base = MediationCase.select().count(), AidApplication.select().count()
    people = [Person.create(name=f"张{'三' * (1 + i % 3)}") for i in range(3)]
    cases, apps, visits, materials, replies = [], [], [], [], []

    def case(**kw):
        k = len(cases) + 1
        cases.append({"id": case_base + k, "number": f"（2026）人调字第{tag}-{k}号", "year": 2026,
                      "seq": tag * 10000 + k, "title": f"纠纷{k}", **kw})
        return case_base + k

    def app(**kw):
        k = len(apps) + 1
        apps.append({"id": app_base + k, "number": f"（2026）援申字第{tag}-{k}号",
                     "applicant": people[k % 3].id, **kw})
        return app_base + k

    for i in range(n):
        d = AS_OF - dt.timedelta(days=i % 45)  # spread: overdue, within the horizon, beyond it
        case(received_on=d - dt.timedelta(days=25), status="received")
        case(received_on=d - dt.timedelta(days=28), status="in_progress", extended_until=d + dt.timedelta(days=3))
        case(received_on=AS_OF + dt.timedelta(days=1), status="received")  # received after as_of
        case(received_on=d - dt.timedelta(days=40), status="received", deleted_at=NOW)
        for status in ("succeeded", "in_progress", "failed"):
            for form in ("written", "oral"):
                k = case(received_on=d - dt.timedelta(days=40), status=status, agreement_form=form,
                         agreement_on=d - dt.timedelta(days=26),
                         judicial_applied_on=(d if i % 4 == 0 else None),
                         performance_deadline=d + dt.timedelta(days=i % 9),
                         performance_status=("performed" if i % 5 == 0 else "partly"))
                if i % 3 == 0:  # a visit after the agreement: the follow-up is done
                    visits.append({"mediation_case": k, "visited_on": d - dt.timedelta(days=20)})
                elif i % 3 == 1:  # a visit before it, and a deleted one after it: both do not count
                    visits.append({"mediation_case": k, "visited_on": d - dt.timedelta(days=30)})
                    visits.append({"mediation_case": k, "visited_on": d, "deleted_at": NOW})
        case(received_on=d - dt.timedelta(days=40), status="succeeded", agreement_form="written",
             agreement_on=AS_OF + dt.timedelta(days=2))  # agreement after as_of

        r = d - dt.timedelta(days=i % 3)
        app(received_on=r)  # forward
        app(received_on=r, detained=True)  # forward within 24 hours
        k = app(received_on=r, notice_issued_at=dt.datetime.combine(r - dt.timedelta(days=10), dt.time(10)))
        materials.append({"application": k, "material": "id", "required": True, "received": False})
        materials.append({"application": k, "material": "income", "required": True, "received": True})
        k = app(received_on=r, notice_issued_at=dt.datetime.combine(r, dt.time(10)))  # all received: forward
        materials.append({"application": k, "material": "id", "required": True, "received": True})
        materials.append({"application": k, "material": "extra", "required": False, "received": False})
        app(received_on=r, forwarded_on=r + dt.timedelta(days=1) if r < AS_OF else r)  # decision
        app(received_on=r - dt.timedelta(days=5), forwarded_on=r - dt.timedelta(days=4), decision="granted",
            decision_on=r)  # assignment
        app(received_on=r - dt.timedelta(days=9), forwarded_on=r - dt.timedelta(days=8), decision="granted",
            decision_on=r - dt.timedelta(days=3), assigned_on=r, urgent_deadline=r + dt.timedelta(days=5))
        app(received_on=r - dt.timedelta(days=9), forwarded_on=r - dt.timedelta(days=8),
            urgent_deadline=AS_OF + dt.timedelta(days=i % 10))  # urgent, still open
        app(received_on=r - dt.timedelta(days=9), decision="refused", decision_on=r,
            urgent_deadline=AS_OF + dt.timedelta(days=1))  # ended: no urgent clock
        for visit in ("none", "after", "before", "deleted"):
            closed = d - dt.timedelta(days=24)
            k = app(received_on=closed - dt.timedelta(days=30), forwarded_on=closed - dt.timedelta(days=29),
                    decision="granted", decision_on=closed - dt.timedelta(days=25),
                    assigned_on=closed - dt.timedelta(days=24), closed_on=closed)
            if visit == "after":
                visits.append({"aid_application": k, "visited_on": closed + dt.timedelta(days=2)})
            elif visit == "before":
                visits.append({"aid_application": k, "visited_on": closed - dt.timedelta(days=1)})
            elif visit == "deleted":
                visits.append({"aid_application": k, "visited_on": closed, "deleted_at": NOW})
        app(received_on=r, deleted_at=NOW)
        app(received_on=AS_OF + dt.timedelta(days=1))  # received after as_of

        q = f"  第{i}封来信\n 问 {'很长的问题' * (i % 4)}"
        at = dt.datetime.combine(d, dt.time(9))
        for j, kw in enumerate(({}, {"answered_at": NOW}, {"deleted_at": NOW}, {"reply_due": None})):
            replies.append({"number": f"{tag}-20260316{i:04d}{j}", "received_at": at, "channel": "letter",
                            "question": q, "reply_due": d + dt.timedelta(days=i % 12), **kw})
        replies.append({"number": f"{tag}-20260317{i:04d}", "received_at": NOW + dt.timedelta(days=1),
                        "channel": "letter", "question": q, "reply_due": AS_OF})  # received tomorrow

    with db.atomic():  # row by row: insert_many would take its columns from the first row only
        for model, rows in ((MediationCase, cases), (AidApplication, apps), (AidMaterial, materials),
                            (FollowUp, visits), (Consultation, replies)):
            for row in rows:
                model.insert(row).execute()


class Statements:
    """Counts the SQL statements the database executes while active."""

    def __init__(self, monkeypatch):
        self.count = 0
        real = db.execute_sql

        def counting(sql, params=None, *args, **kw):
            self.count += 1
            return real(sql, params, *args, **kw)

        monkeypatch.setattr(db, "execute_sql", counting)


def _kinds(items):
    return sorted({(i.area, i.kind) for i in items})


ALL_KINDS = [("aid", k) for k in ("assignment", "decision", "followup", "forward", "forward_detained",
                                  "materials", "urgent")] + [
    ("consultation", "reply"),
    ("mediation", "conclusion"), ("mediation", "followup"), ("mediation", "judicial"),
    ("mediation", "performance")]


@pytest.mark.parametrize("working", [False, True])
def test_due_items_are_exactly_the_per_record_clocks(station, admin, working):
    settings.set_many({"clocks.working_days": working, "aid.followup_days": 21}, user=admin)
    _build(12)
    for as_of in (AS_OF, AS_OF - dt.timedelta(days=10), AS_OF + dt.timedelta(days=20)):
        for horizon in (0, 7, 60):
            assert clocks.due_items(as_of, horizon=horizon) == _old_due_items(as_of, horizon)
            assert mediation_due(as_of, horizon) == _old_mediation(as_of, horizon)
            assert aid_due(as_of, horizon) == _old_aid(as_of, horizon)
            assert consultation_due(as_of, horizon) == _old_consultation(as_of, horizon)
    assert _kinds(clocks.due_items(AS_OF)) == ALL_KINDS  # every kind is exercised


def test_the_statement_count_does_not_grow_with_the_records(station, admin, monkeypatch):
    counts = {}
    for n in (5, 50):
        _build(n)  # 5 of each, then 55 of each
        statements = Statements(monkeypatch)
        items = clocks.due_items(AS_OF)
        counts[n] = statements.count
        monkeypatch.undo()
        assert items == _old_due_items(AS_OF)
    assert len(items) > 500
    # 8: three mediation queries, three settings and one query of applications, one of replies
    assert counts[5] == counts[50] <= 8, counts


def test_a_grant_without_its_date_still_shows_its_assignment_clock(station):
    """A ledger row may say 给予法律援助 without the decision date: the list must not break on
    it; the assignment clock counts from the forwarding date instead."""
    person = Person.create(name="王小明")
    AidApplication.insert({"number": "（2026）援申字第900号", "applicant": person.id,
                           "received_on": dt.date(2026, 3, 2), "forwarded_on": dt.date(2026, 3, 3),
                           "decision": "granted", "decision_on": None}).execute()
    items = [i for i in aid_due(dt.date(2026, 3, 4)) if i.number == "（2026）援申字第900号"]
    assert [i.kind for i in items] == ["assignment"]
    assert items[0].due_on > dt.date(2026, 3, 3)


def test_return_visits_are_read_in_one_pass_not_once_a_record(station, monkeypatch):
    """"Visited since closing?" as a correlated EXISTS let SQLite choose the visited_on index
    and read every visit for every record when one of FollowUp's two links was mostly NULL (a
    station whose visits are all mediation ones: the legal-aid clock took 13 s at 10,000
    applications). The visits are joined once as each record's latest visit instead; the
    answers stay those of the per-record reference above."""
    _build(6)
    statements = []
    real = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", spy)
    items = clocks.due_items(AS_OF)
    monkeypatch.undo()
    on_visits = [s for s in statements if '"follow_up"' in s]
    assert len(on_visits) == 2  # the mediation clock's and the legal-aid clock's
    assert all("EXISTS" not in s.split('"follow_up"')[0][-200:] for s in on_visits)
    assert all("GROUP BY" in s and "max(" in s.lower() for s in on_visits)
    assert items == _old_due_items(AS_OF)


def test_the_clocks_read_their_rows_one_at_a_time(station, admin):
    """Holding every row of a clock's query at once (fetchall) doubled the due list's memory
    while it was read: at 200k records, 9.5 MiB at the peak for 4 MiB of due items. The rows
    come from the cursor one by one; the items are the same."""
    import tracemalloc

    from aidstation.core.due import plain_rows

    _build(60)
    rows = plain_rows(AidApplication.select(AidApplication.id, AidApplication.number))
    assert not isinstance(rows, list) and next(iter(rows))["number"]
    clocks.due_items(AS_OF)  # every module and setting read once
    tracemalloc.start()
    try:
        items = clocks.due_items(AS_OF)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert items == _old_due_items(AS_OF) and len(items) > 500
    assert peak < 1.3 * held, (peak, held)  # 1.54 with fetchall, 1.06 streamed
