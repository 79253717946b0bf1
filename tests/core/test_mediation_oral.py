"""Oral mediation (口头调解) in one service call: numbering, the monthly counts, refusals."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import consultations, mediation, people, settings
from aidstation.core.models import (
    AuditEvent,
    CaseMediator,
    Consultation,
    MediationCase,
    MediationParty,
    MediationSession,
    Person,
    Staff,
)
from aidstation.core.reporting import indicators
from aidstation.core.validation import ValidationError

D = dt.date
TODAY = D(2026, 6, 20)


@pytest.fixture
def cast(station, admin):
    settings.set_many({"numbers.mediation_prefix": "东"}, user=admin)
    a = Person.create(name="张三", gender="M", phone="13800138000")
    b = Person.create(name="李四", gender="F")
    m = Staff.create(name="赵调解", role="mediator")
    return a, b, m


def _oral(admin, cast, **kw):
    a, b, m = cast
    args = dict(user=admin, mediated_on=D(2026, 5, 12), parties=[(a, "applicant"), (b, "respondent")],
                dispute_type="neighbor", summary="楼上漏水致楼下天花板受损", outcome="agreed",
                agreement="李四三日内修复防水层并赔偿300元", mediator=m, create_person=people.create,
                today=TODAY)
    args.update(kw)
    return mediation.record_oral(**args)


def _counts():
    return (MediationCase.select().count(), MediationParty.select().count(),
            MediationSession.select().count(), CaseMediator.select().count(), Person.select().count(),
            AuditEvent.select().count())


def test_an_agreed_oral_mediation_is_a_succeeded_case_with_an_oral_agreement(cast, admin):
    a, b, m = cast
    case = _oral(admin, cast)
    case = MediationCase.get_by_id(case.id)
    assert (case.number, case.status, case.agreement_form, case.agreement_on, case.concluded_on) == (
        "（2026）东人调字第1号", "succeeded", "oral", D(2026, 5, 12), D(2026, 5, 12))
    assert case.agreement_terms == "李四三日内修复防水层并赔偿300元"
    assert case.facts == "楼上漏水致楼下天花板受损"
    assert case.title == "张三与李四邻里纠纷"
    assert [(p.person.name, p.role) for p in mediation.parties_of(case)] == [
        ("张三", "applicant"), ("李四", "respondent")]
    assert [s.name for s in mediation.mediators_of(case)] == ["赵调解"]
    sessions = mediation.sessions_of(case)
    assert [(s.kind, s.held_at.date(), s.recorder_id) for s in sessions] == [("mediation", D(2026, 5, 12), m.id)]


def test_oral_mediations_are_numbered_as_every_case(cast, admin):
    a, b, m = cast
    first = mediation.open_case(user=admin, received_on=D(2026, 5, 2), parties=[(a, "applicant"), (b, "respondent")],
                                today=TODAY)
    oral = _oral(admin, cast)
    later = _oral(admin, cast, mediated_on=D(2027, 1, 3), today=D(2027, 1, 5))
    assert [first.number, oral.number, later.number] == [
        "（2026）东人调字第1号", "（2026）东人调字第2号", "（2027）东人调字第1号"]


def test_counted_in_med_agreement_oral_for_that_month_exactly(cast, admin):
    _oral(admin, cast, mediated_on=D(2026, 5, 12))
    _oral(admin, cast, mediated_on=D(2026, 5, 31))
    _oral(admin, cast, mediated_on=D(2026, 6, 1))
    may, june, april = (indicators.compute_month(2026, m) for m in (5, 6, 4))
    assert (may["med.agreement.oral"], may["med.agreement.written"], may["med.succeeded"],
            may["med.received"], may["med.failed"], may["med.parties"]) == (2, 0, 2, 2, 0, 4)
    assert (june["med.agreement.oral"], june["med.succeeded"]) == (1, 1)
    assert (april["med.agreement.oral"], april["med.received"]) == (0, 0)
    assert may["med.type.neighbor"] == 2
    assert may["med.open_at_month_end"] == 0


def test_not_agreed_is_a_failed_case_with_no_agreement(cast, admin):
    case = _oral(admin, cast, outcome="not_agreed", agreement="", failure_route="court")
    case = MediationCase.get_by_id(case.id)
    assert (case.status, case.agreement_form, case.failure_route, case.concluded_on) == (
        "failed", "", "court", D(2026, 5, 12))
    may = indicators.compute_month(2026, 5)
    assert (may["med.failed"], may["med.succeeded"], may["med.agreement.oral"], may["med.received"]) == (1, 0, 0, 1)


def test_new_parties_are_created_in_the_same_step(cast, admin):
    a, _, m = cast
    case = _oral(admin, cast, parties=[(a, "applicant"),
                                       ({"name": "王五", "phone": "139 0013 9000"}, "respondent")])
    wang = Person.get(Person.name == "王五")
    assert wang.phone == "13900139000"
    assert wang.name_pinyin  # found by pinyin like everyone else
    assert [p.person_id for p in mediation.parties_of(case, "respondent")] == [wang.id]


def test_bad_input_saves_nothing_and_names_every_field(cast, admin):
    a, _, m = cast
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        _oral(admin, cast, mediated_on=D(2026, 7, 1), dispute_type="", summary=" ", agreement="",
              parties=[(a, "applicant"), ({"name": "王五", "phone": "12345"}, "respondent")])
    fields = sorted(e.field for e in caught.value.errors)
    assert fields == ["agreement", "dispute_type", "mediated_on", "parties.1.phone", "summary"]
    assert _counts() == before
    assert Person.select().where(Person.name == "王五").count() == 0


def test_a_failure_late_in_the_step_rolls_back_the_new_person_and_the_case(cast, admin, monkeypatch):
    a, _, m = cast
    before = _counts()

    def broken(*args, **kwargs):
        raise ValidationError("agreement_terms", "refused late", "")

    monkeypatch.setattr("aidstation.core.mediation.oral.record_agreement", broken)
    with pytest.raises(ValidationError):
        _oral(admin, cast, parties=[(a, "applicant"), ({"name": "王五"}, "respondent")])
    assert _counts() == before


@pytest.mark.parametrize("change, field", [
    (dict(outcome=""), "outcome"),
    (dict(outcome="not_agreed", agreement="", failure_route=""), "failure_route"),
    (dict(outcome="not_agreed", agreement="赔偿", failure_route="court"), "agreement"),
    (dict(mediator=None), "mediator"),
    (dict(summary="长" * 201), "summary"),
    (dict(parties=[]), "parties"),
])
def test_each_refusal_names_its_field(cast, admin, change, field):
    before = _counts()
    with pytest.raises(ValidationError) as caught:
        _oral(admin, cast, **change)
    assert caught.value.field == field
    assert _counts() == before


def test_a_lawyer_cannot_mediate(cast, admin):
    lawyer = Staff.create(name="钱律师", role="lawyer")
    with pytest.raises(ValidationError) as caught:
        _oral(admin, cast, mediator=lawyer)
    assert caught.value.field == "mediator"


def test_a_duplicate_new_person_is_asked_about_before_anything_is_written(cast, admin):
    a, _, m = cast
    before = _counts()
    with pytest.raises(Exception) as caught:
        _oral(admin, cast, parties=[({"name": "张三", "phone": "13800138000"}, "applicant"),
                                    ({"name": "王五"}, "respondent")])
    assert caught.value.field == "parties.0.phone" and caught.value.matches == [a]
    assert _counts() == before
    _oral(admin, cast, parties=[({"name": "张三", "phone": "13800138000"}, "applicant"),
                                ({"name": "王五"}, "respondent")], confirm_duplicate=True)
    assert Person.select().where(Person.name == "张三").count() == 2


def _consultation(admin, person, disposition="mediation"):
    return consultations.record(user=admin, received_at=dt.datetime(2026, 5, 12, 10, 15), channel="visit",
                                person=person, matter="neighbor", question="楼上漏水", disposition=disposition)


def test_the_consultation_it_settles_is_linked(cast, admin):
    a, b, m = cast
    c = _consultation(admin, a)
    case = _oral(admin, cast, consultation=c)
    assert Consultation.get_by_id(c.id).mediation_case_id == case.id
    assert mediation.sessions_of(case)[0].held_at == dt.datetime(2026, 5, 12, 10, 15)
    with pytest.raises(ValidationError) as caught:  # a consultation leads to one case
        _oral(admin, cast, consultation=c)
    assert caught.value.field == "consultation"


def test_a_refused_step_leaves_the_consultation_unlinked(cast, admin):
    a, b, m = cast
    c = _consultation(admin, a)
    with pytest.raises(ValidationError):
        _oral(admin, cast, consultation=c, summary="")
    assert c.mediation_case_id is None and Consultation.get_by_id(c.id).mediation_case_id is None
    case = _oral(admin, cast, consultation=c)  # the same instance, tried again
    assert Consultation.get_by_id(c.id).mediation_case_id == case.id


def test_only_a_consultation_sent_to_mediation_and_not_before_it(cast, admin):
    a, b, m = cast
    answered = consultations.record(user=admin, received_at=dt.datetime(2026, 5, 12, 10, 15), channel="visit",
                                    person=a, matter="neighbor", question="楼上漏水", advice="建议协商",
                                    disposition="answered")
    with pytest.raises(ValidationError) as caught:
        _oral(admin, cast, consultation=answered)
    assert caught.value.field == "consultation"
    c = _consultation(admin, a)
    with pytest.raises(ValidationError) as caught:
        _oral(admin, cast, consultation=c, mediated_on=D(2026, 5, 11))
    assert caught.value.field == "mediated_on"


def test_last_mediator_and_the_matter_mapping(cast, admin):
    a, b, m = cast
    assert mediation.last_mediator(admin) is None
    other = Staff.create(name="孙调解", role="mediator")
    _oral(admin, cast, mediator=other)
    assert mediation.last_mediator(admin).id == other.id
    assert [mediation.dispute_for_matter(x) for x in ("wages", "neighbor", "criminal", "")] == [
        "labor", "neighbor", "other", "other"]


def test_recent_agreements_are_offered_newest_first_each_once(cast, admin):
    _oral(admin, cast, agreement="双方互相谅解")
    _oral(admin, cast, agreement="李四赔偿300元")
    _oral(admin, cast, agreement="双方互相谅解")
    _oral(admin, cast, dispute_type="family", agreement="子女每月支付赡养费600元")
    assert mediation.recent_agreements("neighbor") == ["双方互相谅解", "李四赔偿300元"]
    assert mediation.recent_agreements() == ["子女每月支付赡养费600元", "双方互相谅解", "李四赔偿300元"]
    assert mediation.recent_agreements("labor") == []


def test_a_new_person_needs_the_people_service(cast, admin):
    a, _, m = cast
    with pytest.raises(ValidationError) as caught:
        _oral(admin, cast, parties=[(a, "applicant"), ({"name": "王五"}, "respondent")], create_person=None)
    assert caught.value.field == "parties.1.person"
    assert Person.select().where(Person.name == "王五").count() == 0
