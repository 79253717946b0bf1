"""People's mediation services: opening, parties, sessions, agreement, conclusion, dossier."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aidstation.core import mediation, settings
from aidstation.core.models import (
    AuditEvent,
    Consultation,
    DossierItem,
    FollowUp,
    MediationCase,
    MediationParty,
    MediationSession,
    Person,
    Staff,
)
from aidstation.core.validation import ValidationError

D = dt.date


@pytest.fixture
def cast(station, admin):
    """Two parties, a third person and a mediator."""
    a = Person.create(name="张三", gender="M", phone="13800138000")
    b = Person.create(name="李四", gender="F")
    c = Person.create(name="王五")
    m = Staff.create(name="赵调解", role="mediator")
    return a, b, c, m


def _open(cast, admin, **kw):
    a, b, _, m = cast
    args = dict(user=admin, received_on=D(2026, 3, 2), parties=[(a, "applicant"), (b, "respondent")],
                dispute_type="neighbor", facts="噪音", mediators=[m], today=D(2026, 6, 1))
    args.update(kw)
    return mediation.open_case(**args)


def _ready_to_succeed(case, admin, m):
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 5, 9, 30), place="调解室",
                          record="双方陈述", recorder=m)
    mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 10),
                               terms="李四赔偿张三500元", performance_method="现金",
                               performance_deadline=D(2026, 3, 20), amount="500",
                               today=D(2026, 6, 1))
    mediation.set_dossier_item(case, 3, user=admin, present=True, pages=2)


def test_numbering_restarts_each_year_with_prefix(cast, admin):
    settings.set_many({"numbers.mediation_prefix": "东"}, user=admin)
    first = _open(cast, admin)
    second = _open(cast, admin, received_on=D(2026, 4, 1))
    third = _open(cast, admin, received_on=D(2027, 1, 4), today=D(2027, 2, 1))
    assert [first.number, second.number, third.number] == [
        "（2026）东人调字第1号", "（2026）东人调字第2号", "（2027）东人调字第1号"]
    assert first.title == "张三与李四邻里纠纷"
    assert DossierItem.select().where(DossierItem.case == first).count() == 13
    assert [p.role for p in mediation.parties_of(first)] == ["applicant", "respondent"]
    assert [s.name for s in mediation.mediators_of(first)] == ["赵调解"]
    assert AuditEvent.select().where((AuditEvent.action == "create")
                                     & (AuditEvent.entity == "MediationCase")).count() == 3


def test_deleted_case_keeps_its_number(cast, admin):
    first = _open(cast, admin)
    mediation.delete_case(first, user=admin)
    second = _open(cast, admin)
    assert second.seq == 2


def test_respondent_who_is_also_applicant_is_refused(cast, admin):
    a, b, _, _ = cast
    with pytest.raises(ValidationError) as err:
        _open(cast, admin, parties=[(a, "applicant"), (a, "respondent"), (b, "respondent")])
    assert err.value.field == "parties"
    assert err.value.message == "张三 cannot be both applicant and respondent"
    assert MediationCase.select().count() == 0
    assert MediationParty.select().count() == 0


def test_needs_an_applicant_and_a_respondent(cast, admin):
    a, b, _, _ = cast
    with pytest.raises(ValidationError) as err:
        _open(cast, admin, parties=[(a, "applicant")])
    assert err.value.message == "a case needs at least one respondent"
    with pytest.raises(ValidationError) as err:
        _open(cast, admin, parties=[(b, "respondent")])
    assert err.value.message == "a case needs at least one applicant"
    case = _open(cast, admin)
    with pytest.raises(ValidationError):
        mediation.remove_party(case, b, user=admin)
    mediation.add_party(case, cast[2], "third_party", user=admin, agent="王律师")
    assert [(p.person.name, p.role, p.agent) for p in mediation.parties_of(case)] == [
        ("张三", "applicant", ""), ("李四", "respondent", ""), ("王五", "third_party", "王律师")]
    mediation.remove_party(case, cast[2], user=admin)
    assert len(mediation.parties_of(case)) == 2


@pytest.mark.parametrize("value,message", [
    ("-5", "an amount cannot be negative"),
    ("abc", "'abc' is not an amount of money"),
])
def test_bad_amount_is_refused_naming_the_field(cast, admin, value, message):
    with pytest.raises(ValidationError) as err:
        _open(cast, admin, amount=value)
    assert (err.value.field, err.value.message) == ("amount", message)
    case = _open(cast, admin)
    with pytest.raises(ValidationError) as err:
        mediation.update_case(case, user=admin, amount=value)
    assert err.value.field == "amount"
    with pytest.raises(ValidationError) as err:
        mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 4),
                                   terms="x", amount=value, today=D(2026, 6, 1))
    assert err.value.field == "amount"
    assert MediationCase.get_by_id(case.id).amount == Decimal("0.00")


def test_session_before_receipt_is_refused(cast, admin):
    case = _open(cast, admin)
    with pytest.raises(ValidationError) as err:
        mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 1, 15, 0))
    assert err.value.field == "held_at"
    assert MediationSession.select().count() == 0
    assert MediationCase.get_by_id(case.id).status == "received"
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 2, 15, 0))
    assert MediationCase.get_by_id(case.id).status == "in_progress"


def test_succeeded_without_agreement_is_refused(cast, admin):
    case = _open(cast, admin)
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 5, 9, 30))
    mediation.set_dossier_item(case, 3, user=admin, present=True)
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10),
                           today=D(2026, 6, 1))
    assert err.value.field == "agreement_form"
    assert err.value.message == "a succeeded case needs an agreement (written or oral)"
    assert MediationCase.get_by_id(case.id).status == "in_progress"


def test_written_agreement_without_terms_is_refused(cast, admin):
    case = _open(cast, admin)
    with pytest.raises(ValidationError) as err:
        mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 10),
                                   terms="  ", today=D(2026, 6, 1))
    assert (err.value.field, err.value.message) == ("agreement_terms", "a written agreement needs its terms")
    assert MediationCase.get_by_id(case.id).agreement_form == ""


def test_concluding_with_required_dossier_item_missing_is_refused(cast, admin):
    a, b, c, m = cast
    case = _open(cast, admin)
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 5, 9, 30))
    mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 10),
                               terms="赔偿500元", today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10),
                           today=D(2026, 6, 1))
    assert err.value.field == "dossier"
    assert err.value.message == "required dossier items missing: 3. Parties' proof of identity"
    assert err.value.message_zh == "卷宗缺少必备材料：3.当事人身份证明"
    assert MediationCase.get_by_id(case.id).concluded_on is None
    mediation.set_dossier_item(case, 3, user=admin, present=True, pages=2)
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10),
                       today=D(2026, 6, 1))
    saved = MediationCase.get_by_id(case.id)
    assert (saved.status, saved.concluded_on) == ("succeeded", D(2026, 3, 10))


def test_checklist_counts_generated_documents(cast, admin):
    case = _open(cast, admin)
    present = {r.item for r in mediation.checklist(case) if r.present}
    assert present == {1, 2, 13}
    _ready_to_succeed(case, admin, cast[3])
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 4, 10, 0), kind="investigation")
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10), today=D(2026, 6, 1))
    mediation.add_followup(case, user=admin, visited_on=D(2026, 4, 9), today=D(2026, 6, 1))
    rows = mediation.checklist(case)
    assert {r.item for r in rows if r.present} == {1, 2, 3, 5, 7, 8, 10, 13}
    assert {r.item for r in rows if r.auto} == {1, 2, 5, 7, 8, 10, 13}
    assert [r.pages for r in rows][2] == 2
    mediation.record_agreement(case, user=admin, form="oral", agreement_on=D(2026, 3, 10),
                               terms="口头约定", today=D(2026, 6, 1))
    assert mediation.checklist(case)[7].title_zh == "人民调解口头协议登记表"


def test_failed_needs_route_and_its_dossier(cast, admin):
    case = _open(cast, admin)
    mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 5, 9, 30))
    mediation.set_dossier_item(case, 3, user=admin, present=True)
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status="failed", concluded_on=D(2026, 3, 9),
                           today=D(2026, 6, 1))
    assert err.value.field == "failure_route"
    mediation.conclude(case, user=admin, status="failed", concluded_on=D(2026, 3, 9),
                       failure_route="court", today=D(2026, 6, 1))
    saved = MediationCase.get_by_id(case.id)
    assert (saved.status, saved.failure_route, saved.concluded_on) == ("failed", "court", D(2026, 3, 9))
    with pytest.raises(ValidationError) as err:
        mediation.record_agreement(case, user=admin, form="oral", agreement_on=D(2026, 3, 9),
                                   terms="x", today=D(2026, 6, 1))
    assert err.value.field == "status"


def test_failed_without_a_mediation_record_is_refused(cast, admin):
    case = _open(cast, admin)
    mediation.set_dossier_item(case, 3, user=admin, present=True)
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status="failed", concluded_on=D(2026, 3, 9),
                           failure_route="court", today=D(2026, 6, 1))
    assert err.value.message == "required dossier items missing: 7. Mediation record"


def test_status_transitions(cast, admin):
    case = _open(cast, admin)
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status="suspended", concluded_on=D(2026, 3, 3),
                           today=D(2026, 6, 1))
    assert err.value.field == "status"
    mediation.start(case, user=admin)
    mediation.conclude(case, user=admin, status="suspended", concluded_on=D(2026, 3, 3),
                       today=D(2026, 6, 1))
    assert (case.status, case.concluded_on) == ("suspended", D(2026, 3, 3))
    mediation.resume(case, user=admin)
    assert (case.status, case.concluded_on) == ("in_progress", None)
    with pytest.raises(ValidationError):
        mediation.conclude(case, user=admin, status="withdrawn", concluded_on=D(2026, 3, 1),
                           today=D(2026, 6, 1))
    mediation.conclude(case, user=admin, status="withdrawn", concluded_on=D(2026, 3, 4),
                       today=D(2026, 6, 1))
    assert MediationCase.get_by_id(case.id).status == "withdrawn"
    with pytest.raises(ValidationError):
        mediation.resume(case, user=admin)
    with pytest.raises(ValidationError):
        mediation.add_session(case, user=admin, held_at=dt.datetime(2026, 3, 5, 9, 0))


def test_open_from_consultation_carries_person_and_facts(cast, admin):
    a, b, _, m = cast
    c = Consultation.create(number="2026030201", received_at=dt.datetime(2026, 3, 2, 10, 0),
                            person=a, matter="wages", question="老板拖欠工资三个月",
                            disposition="mediation")
    case = mediation.open_from_consultation(c, user=admin, respondents=[b], mediators=[m],
                                            today=D(2026, 6, 1))
    assert (case.received_on, case.dispute_type, case.facts) == (D(2026, 3, 2), "labor", "老板拖欠工资三个月")
    assert [(p.person.name, p.role) for p in mediation.parties_of(case)] == [
        ("张三", "applicant"), ("李四", "respondent")]
    assert Consultation.get_by_id(c.id).mediation_case_id == case.id
    with pytest.raises(ValidationError) as err:
        mediation.open_from_consultation(c, user=admin, respondents=[b], today=D(2026, 6, 1))
    assert err.value.field == "consultation"
    other = Consultation.create(number="2026030202", received_at=dt.datetime(2026, 3, 2, 11, 0),
                                person=a, disposition="answered")
    with pytest.raises(ValidationError) as err:
        mediation.open_from_consultation(other, user=admin, respondents=[b], today=D(2026, 6, 1))
    assert err.value.field == "disposition"


def test_delete_case_alone_and_restore(cast, admin):
    case = _open(cast, admin)
    _ready_to_succeed(case, admin, cast[3])
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10),
                       today=D(2026, 6, 1))
    f = mediation.add_followup(case, user=admin, visited_on=D(2026, 4, 9), satisfaction="satisfied",
                               today=D(2026, 6, 1))
    mediation.delete_case(case, user=admin)
    assert MediationCase.live().count() == 0
    assert mediation.query().count() == 0
    assert MediationSession.get_by_id(1).deleted_at is None
    assert FollowUp.get_by_id(f.id).deleted_at is None
    assert MediationParty.live().count() == 2
    mediation.restore_case(case, user=admin)
    back = mediation.get(case.id)
    assert back.status == "succeeded"
    assert len(mediation.sessions_of(back)) == 1
    assert len(mediation.followups_of(back)) == 1
    assert len(mediation.parties_of(back)) == 2
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "MediationCase")
               .order_by(AuditEvent.id)]
    assert actions[-2:] == ["delete", "restore"]


def test_agreement_judicial_performance_prevention(cast, admin):
    case = _open(cast, admin)
    with pytest.raises(ValidationError) as err:
        mediation.record_judicial(case, user=admin, applied_on=D(2026, 3, 12), today=D(2026, 6, 1))
    assert err.value.field == "judicial_applied_on"
    _ready_to_succeed(case, admin, cast[3])
    assert (case.amount, case.performance_deadline) == (Decimal("500.00"), D(2026, 3, 20))
    with pytest.raises(ValidationError) as err:
        mediation.record_agreement(case, user=admin, form="written", agreement_on=D(2026, 3, 10),
                                   terms="x", performance_deadline=D(2026, 3, 9), today=D(2026, 6, 1))
    assert err.value.field == "performance_deadline"
    mediation.record_judicial(case, user=admin, applied_on=D(2026, 3, 12), today=D(2026, 6, 1))
    assert (case.judicial_applied_on, case.judicial_result) == (D(2026, 3, 12), "pending")
    mediation.record_performance(case, user=admin, status="performed")
    assert MediationCase.get_by_id(case.id).performance_status == "performed"
    with pytest.raises(ValidationError) as err:
        mediation.set_prevention(case, user=admin, crime=True, crime_persons=0)
    assert err.value.field == "prevented_crime_persons"
    mediation.set_prevention(case, user=admin, crime=True, crime_persons=2, petition=True,
                             petition_persons=6)
    saved = MediationCase.get_by_id(case.id)
    assert (saved.prevented_crime, saved.prevented_crime_persons, saved.prevented_petition,
            saved.prevented_petition_persons) == (True, 2, True, 6)


def test_followup_rules(cast, admin):
    case = _open(cast, admin)
    mediation.conclude(case, user=admin, status="withdrawn", concluded_on=D(2026, 3, 2), today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.add_followup(case, user=admin, visited_on=D(2026, 3, 1), today=D(2026, 6, 1))
    assert err.value.field == "visited_on"
    with pytest.raises(ValidationError) as err:
        mediation.add_followup(case, user=admin, visited_on=D(2026, 4, 1), reached=False,
                               satisfaction="satisfied", today=D(2026, 6, 1))
    assert err.value.field == "satisfaction"
    row = mediation.add_followup(case, user=admin, visited_on=D(2026, 4, 1), visitor="赵调解",
                                 method="visit", satisfaction="basic", today=D(2026, 6, 1))
    assert (row.mediation_case_id, row.method, row.reached) == (case.id, "visit", True)


def test_query_search_and_filters(cast, admin):
    a, b, c, m = cast
    one = _open(cast, admin, title="噪音纠纷")
    two = _open(cast, admin, received_on=D(2026, 4, 20), dispute_type="family",
                parties=[(c, "applicant"), (b, "respondent")])
    assert [x.id for x in mediation.query("王五")] == [two.id]
    assert [x.id for x in mediation.query("噪音")] == [one.id]
    assert [x.id for x in mediation.query("第2号")] == [two.id]
    assert [x.id for x in mediation.query(dispute_type="family")] == [two.id]
    assert [x.id for x in mediation.query(month="2026-03")] == [one.id]
    assert [x.id for x in mediation.query(overdue_on=D(2026, 4, 2))] == [one.id]
    mediation.update_case(one, user=admin, extended_until=D(2026, 4, 15))
    assert [x.id for x in mediation.query(overdue_on=D(2026, 4, 2))] == []
    assert [x.id for x in mediation.query(status="received")] == [two.id, one.id]


def test_print_is_audited(cast, admin):
    case = _open(cast, admin)
    mediation.record_print(case, "agreement", user=admin, file_name="x.pdf")
    event = AuditEvent.select().where(AuditEvent.action == "print").get()
    assert (event.entity, event.entity_id, event.detail, event.username) == (
        "MediationCase", case.id, "agreement x.pdf", "admin")


def test_save_case_is_all_or_nothing(cast, admin):
    a, b, c, m = cast
    case = _open(cast, admin)
    with pytest.raises(ValidationError) as err:
        mediation.save_case(case, user=admin, title="新标题", parties=[(a, "applicant"), (a, "respondent")])
    assert err.value.field == "parties"
    fresh = mediation.get(case.id)
    assert fresh.title == "张三与李四邻里纠纷"
    mediation.save_case(fresh, user=admin, title="新标题", received_on=D(2026, 3, 1),
                        parties=[(a, "applicant"), (c, "respondent")], mediators=[], today=D(2026, 6, 1))
    fresh = mediation.get(case.id)
    assert (fresh.title, fresh.received_on) == ("新标题", D(2026, 3, 1))
    assert [p.person.name for p in mediation.parties_of(fresh)] == ["张三", "王五"]
    assert mediation.mediators_of(fresh) == []


def test_sessions_of_a_concluded_case_cannot_be_deleted(cast, admin):
    case = _open(cast, admin)
    _ready_to_succeed(case, admin, cast[3])
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10), today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.delete_session(mediation.sessions_of(case)[0], user=admin)
    assert err.value.field == "session"
    assert len(mediation.sessions_of(case)) == 1


@pytest.mark.parametrize("form", ["written", "oral"])
@pytest.mark.parametrize("status", ["failed", "withdrawn"])
def test_a_case_with_an_agreement_cannot_fail_or_be_withdrawn(cast, admin, form, status):
    """The monthly return counts an agreement whatever the case's status (review)."""
    case = _open(cast, admin)
    _ready_to_succeed(case, admin, cast[3])
    mediation.record_agreement(case, user=admin, form=form, agreement_on=D(2026, 3, 10), terms="赔偿",
                               today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.conclude(case, user=admin, status=status, concluded_on=D(2026, 3, 12),
                           failure_route="court", today=D(2026, 6, 1))
    assert err.value.field == "status"
    assert err.value.message == (f"an agreement is recorded for this case, so it cannot be {status}: "
                                 "parties who agreed make the case succeeded")
    saved = MediationCase.get_by_id(case.id)
    assert (saved.status, saved.concluded_on, saved.failure_route, saved.agreement_form) == (
        "in_progress", None, "", form)


def test_receipt_cannot_move_after_the_agreement_the_conclusion_or_a_follow_up(cast, admin):
    """set_received_on checked only sessions (review)."""
    case = _open(cast, admin)
    mediation.record_agreement(case, user=admin, form="oral", agreement_on=D(2026, 3, 10), terms="赔偿",
                               today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.set_received_on(case, D(2026, 3, 11), user=admin, today=D(2026, 6, 1))
    assert (err.value.field, err.value.message) == ("received_on", "the agreement is dated before that day")
    # a withdrawn case: no session, no agreement, only the conclusion
    other = _open(cast, admin)
    mediation.conclude(other, user=admin, status="withdrawn", concluded_on=D(2026, 3, 3), today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.save_case(other, user=admin, received_on=D(2026, 3, 20), today=D(2026, 6, 1))
    assert (err.value.field, err.value.message) == ("received_on", "the case was concluded before that day")
    assert MediationCase.get_by_id(other.id).received_on == D(2026, 3, 2)
    # a follow-up dated before the new day (an old record: visits now come after the conclusion)
    FollowUp.create(mediation_case=other, visited_on=D(2026, 3, 2))
    with pytest.raises(ValidationError) as err:
        mediation.set_received_on(other, D(2026, 3, 3), user=admin, today=D(2026, 6, 1))
    assert (err.value.field, err.value.message) == ("received_on", "a follow-up visit is dated before that day")
    assert [MediationCase.get_by_id(c.id).received_on for c in (case, other)] == [D(2026, 3, 2)] * 2
    assert AuditEvent.select().where((AuditEvent.action == "update")
                                     & AuditEvent.fields.contains("received_on")).count() == 0


def test_restore_is_for_administrators_and_refused_while_a_party_is_deleted(cast, admin):
    """Review: a clerk could restore, and a restored case named a deleted person."""
    from aidstation.core import people
    from aidstation.core.models import User

    case = _open(cast, admin)
    mediation.delete_case(case, user=admin)
    clerk = User.create(username="clerk", role="clerk", password_hash="x")
    with pytest.raises(ValidationError) as err:
        mediation.restore_case(case, user=clerk)
    assert (err.value.field, err.value.message) == ("user", "only an administrator can restore deleted records")
    people.delete(cast[1], user=admin)
    with pytest.raises(ValidationError) as err:
        mediation.restore_case(MediationCase.get_by_id(case.id), user=admin)
    assert (err.value.field, err.value.message) == ("parties", "李四 was deleted: restore the person first")
    assert err.value.message_zh == "李四已被删除，请先恢复该人员"
    assert MediationCase.get_by_id(case.id).deleted_at is not None
    assert AuditEvent.select().where(AuditEvent.action == "restore").count() == 0
    people.restore(cast[1], user=admin)
    mediation.restore_case(MediationCase.get_by_id(case.id), user=admin)
    assert MediationCase.get_by_id(case.id).deleted_at is None


@pytest.mark.parametrize("status", ["received", "in_progress", "suspended"])
def test_a_return_visit_needs_a_concluded_case(cast, admin, status):
    """Review: a follow-up was accepted on an open case with no agreement."""
    case = _open(cast, admin)
    if status != "received":
        mediation.start(case, user=admin)
    if status == "suspended":
        mediation.conclude(case, user=admin, status="suspended", concluded_on=D(2026, 3, 3), today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.add_followup(case, user=admin, visited_on=D(2026, 4, 1), today=D(2026, 6, 1))
    assert (err.value.field, err.value.message) == (
        "visited_on", "a return visit follows a concluded case: conclude the case first")
    assert err.value.message_zh == "回访应在结案后进行，请先结案"
    assert FollowUp.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.entity == "FollowUp").count() == 0


def test_a_return_visit_is_not_before_the_conclusion(cast, admin):
    case = _open(cast, admin)
    _ready_to_succeed(case, admin, cast[3])
    mediation.conclude(case, user=admin, status="succeeded", concluded_on=D(2026, 3, 10), today=D(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        mediation.add_followup(case, user=admin, visited_on=D(2026, 3, 9), today=D(2026, 6, 1))
    assert (err.value.field, err.value.message) == ("visited_on", "the visit cannot be before the case was concluded")
    assert FollowUp.select().count() == 0
    row = mediation.add_followup(case, user=admin, visited_on=D(2026, 3, 10), today=D(2026, 6, 1))
    assert (row.mediation_case_id, row.visited_on) == (case.id, D(2026, 3, 10))
