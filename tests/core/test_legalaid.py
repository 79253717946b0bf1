"""Legal-aid application services: intake, checklist, forwarding, decision, assignment, closing."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aidstation.core import legalaid, records, settings
from aidstation.core.models import (
    AidApplication,
    AuditEvent,
    CardIssue,
    Consultation,
    FollowUp,
    Person,
)
from aidstation.core.validation import ValidationError

SYSTEM = records.system("test")  # the program writing fixture data, no account

TODAY = dt.date.today()


def person(name="王芳", birth=dt.date(1980, 3, 1), **kw) -> Person:
    return Person.create(name=name, birth_date=birth, **kw)


def apply(applicant=None, **kw) -> AidApplication:
    kw.setdefault("received_on", TODAY - dt.timedelta(days=20))
    kw.setdefault("scope_item", "support")
    kw.setdefault("cause", "support")
    kw.setdefault("aid_form", "litigation")
    return legalaid.receive(user=SYSTEM, applicant=applicant or person(), **kw)


def complete(app):
    legalaid.set_materials(app, {m.material: True for m in legalaid.missing_materials(app)}, user=SYSTEM,
                           on=app.received_on)


def test_receive_numbers_per_year_and_builds_the_checklist(station, admin):
    a = legalaid.receive(user=admin, applicant=person(), received_on=dt.date(2025, 12, 30),
                         scope_item="support", groups=["women"])
    b = legalaid.receive(user=admin, applicant=person("李强"), received_on=dt.date(2026, 1, 2),
                         scope_item="pension")
    c = legalaid.receive(user=admin, applicant=person("赵敏"), received_on=dt.date(2026, 1, 3),
                         scope_item="pension")
    assert [a.number, b.number, c.number] == ["（2025）援申字第1号", "（2026）援申字第1号", "（2026）援申字第2号"]
    assert a.hardship_route == "statement"
    req = {m.material: m.required for m in legalaid.materials(a)}
    assert req == {"form": True, "id": True, "agent_authority": False, "hardship": True,
                   "exemption": False, "case_materials": True}
    assert legalaid.groups_of(a) == ["women"]
    ev = AuditEvent.select().where((AuditEvent.entity == "AidApplication") & (AuditEvent.entity_id == a.id)).get()
    assert ev.action == "create" and ev.username == "admin" and "王芳" not in ev.fields


def test_number_uses_the_station_prefix(station, admin):
    settings.set_many({"numbers.aid_prefix": "朝援"}, user=admin)
    assert apply(received_on=dt.date(2026, 3, 1)).number == "（2026）朝援申字第1号"


def test_minor_without_agent_is_refused_naming_the_agent_field(station):
    child = person("小明", birth=TODAY.replace(year=TODAY.year - 12) - dt.timedelta(days=60))
    with pytest.raises(ValidationError) as err:
        apply(child)
    assert err.value.field == "agent"
    assert "minor (12)" in err.value.message and "未成年人（12岁）" in err.value.message_zh
    assert AidApplication.select().count() == 0


def test_limited_capacity_without_agent_is_refused(station):
    with pytest.raises(ValidationError) as err:
        apply(limited_capacity=True)
    assert err.value.field == "agent"


def test_minor_with_agent_makes_the_authority_required_and_is_counted_a_minor(station):
    child = person("小明", birth=TODAY.replace(year=TODAY.year - 12) - dt.timedelta(days=60))
    mother = person("李红")
    app = apply(child, agent=mother, agent_relation="母亲", no_fixed_income=True)
    assert legalaid.groups_of(app) == ["minor"]
    assert app.hardship_route == "exempt" and app.hardship_ground == "no_income"
    req = {m.material: m.required for m in legalaid.materials(app)}
    assert req["agent_authority"] is True and req["exemption"] is True and req["hardship"] is False


def test_agent_needs_a_relation_and_cannot_be_the_applicant(station):
    p = person()
    with pytest.raises(ValidationError) as err:
        apply(p, agent=person("李红"))
    assert err.value.field == "agent_relation"
    with pytest.raises(ValidationError) as err:
        apply(p, agent=p, agent_relation="本人")
    assert err.value.field == "agent"


def test_from_consultation_carries_person_matter_and_groups(station, admin):
    from aidstation.core import consultations

    p = person()
    c = consultations.record(user=admin, received_at=dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(9, 0)),
                             channel="visit", person=p, matter="wages", question="老板拖欠工资三个月",
                             disposition="apply_aid", groups=["migrant"])
    app = legalaid.from_consultation(c, user=admin, scope_item="labor_pay", received_on=TODAY)
    assert (app.applicant_id, app.cause, app.summary) == (p.id, "wages", "老板拖欠工资三个月")
    assert legalaid.groups_of(app) == ["migrant"]
    assert app.hardship_route == "exempt" and app.hardship_ground == "migrant_wages"
    assert Consultation.get_by_id(c.id).aid_application_id == app.id
    with pytest.raises(ValidationError) as err:
        legalaid.from_consultation(Consultation.get_by_id(c.id), user=admin, scope_item="labor_pay")
    assert err.value.field == "consultation"


def test_from_consultation_needs_the_apply_aid_disposition(station, admin):
    from aidstation.core import consultations

    c = consultations.record(user=admin, received_at=dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(9, 0)),
                             channel="visit", person=person(), matter="family", question="离婚",
                             disposition="answered", advice="可协议离婚，也可起诉")
    with pytest.raises(ValidationError) as err:
        legalaid.from_consultation(c, user=admin, scope_item="support")
    assert err.value.field == "consultation"


def test_card_holder_counts_as_assistance_only_with_the_setting(station, admin):
    p = person()
    CardIssue.create(issued_on=TODAY, person=p, household_type="lowincome")
    assert apply(p).hardship_route == "statement"
    settings.set_many({"aid.card_holders_exempt": True}, user=admin)
    app = apply(p)
    assert (app.hardship_route, app.hardship_ground) == ("exempt", "assistance")
    assert "联系卡" in app.hardship_reason


def test_update_reruns_the_check_and_the_checklist(station, admin):
    app = apply()
    assert legalaid.update(app, user=admin, art32_ground="abuse") == ["art32_ground"]
    app = AidApplication.get_by_id(app.id)
    assert app.hardship_route == "no_test"
    req = {m.material: m.required for m in legalaid.materials(app)}
    assert req["hardship"] is False and req["exemption"] is False
    assert legalaid.update(app, user=admin, art32_ground="abuse") == []


def test_forwarding_with_required_materials_missing_is_refused_with_the_list(station, admin):
    app = apply()
    legalaid.set_materials(app, {"form": True, "id": True}, user=admin, on=app.received_on)
    with pytest.raises(ValidationError) as err:
        legalaid.forward(app, user=admin, forwarded_to="区法律援助中心")
    assert err.value.field == "materials"
    assert err.value.message == ("required materials are missing: Hardship statement and integrity pledge; "
                                 "Evidence relating to the matter")
    assert err.value.message_zh == "尚缺必需材料：经济困难状况说明表及个人诚信承诺书；与所申请法律援助事项有关的证据材料"
    assert AidApplication.get_by_id(app.id).forwarded_on is None


def test_decision_dated_before_forwarding_is_refused(station, admin):
    app = apply()
    complete(app)
    legalaid.forward(app, user=admin, forwarded_on=app.received_on + dt.timedelta(days=1), forwarded_to="区中心")
    with pytest.raises(ValidationError) as err:
        legalaid.decide(app, user=admin, decision="granted", decision_on=app.received_on)
    assert err.value.field == "decision_on"
    assert "before the day it was forwarded" in err.value.message
    assert AidApplication.get_by_id(app.id).decision == "pending"


def test_grant_or_refusal_needs_forwarding_and_refusal_needs_a_reason(station, admin):
    app = apply()
    with pytest.raises(ValidationError) as err:
        legalaid.decide(app, user=admin, decision="granted")
    assert err.value.field == "decision"
    complete(app)
    legalaid.forward(app, user=admin, forwarded_on=app.received_on, forwarded_to="区中心")
    with pytest.raises(ValidationError) as err:
        legalaid.decide(app, user=admin, decision="refused")
    assert err.value.field == "decision_reason"


def test_assignment_without_a_grant_is_refused(station, admin):
    app = apply()
    complete(app)
    legalaid.forward(app, user=admin, forwarded_on=app.received_on, forwarded_to="区中心")
    with pytest.raises(ValidationError) as err:
        legalaid.assign(app, user=admin, assigned_to="某律师事务所 张律师")
    assert err.value.field == "assigned_on" and "only after the centre grants aid" in err.value.message
    legalaid.decide(app, user=admin, decision="refused", decision_on=app.received_on + dt.timedelta(days=2),
                    reason="经济状况不符合条件")
    with pytest.raises(ValidationError):
        legalaid.assign(app, user=admin, assigned_to="某律师事务所 张律师")


def test_closing_without_an_assignment_is_refused(station, admin):
    app = apply()
    complete(app)
    legalaid.forward(app, user=admin, forwarded_on=app.received_on, forwarded_to="区中心")
    legalaid.decide(app, user=admin, decision="granted", decision_on=app.received_on + dt.timedelta(days=3))
    with pytest.raises(ValidationError) as err:
        legalaid.close(app, user=admin, outcome="调解结案")
    assert err.value.field == "closed_on" and "only after it has been assigned" in err.value.message


def test_the_whole_path_and_follow_up(station, admin):
    r = TODAY - dt.timedelta(days=20)
    app = apply(received_on=r)
    complete(app)
    assert legalaid.stage(app) == "received"
    legalaid.forward(app, user=admin, forwarded_on=r + dt.timedelta(days=1), forwarded_to="区法律援助中心")
    assert legalaid.stage(app) == "forwarded"
    legalaid.decide(app, user=admin, decision="granted", decision_on=r + dt.timedelta(days=4))
    assert legalaid.stage(app) == "granted"
    legalaid.assign(app, user=admin, assigned_on=r + dt.timedelta(days=5), assigned_to="甲律师事务所 张律师")
    with pytest.raises(ValidationError) as err:
        legalaid.close(app, user=admin, closed_on=r + dt.timedelta(days=4), outcome="调解结案")
    assert err.value.field == "closed_on"
    legalaid.close(app, user=admin, closed_on=r + dt.timedelta(days=15), outcome="调解结案，对方支付赡养费",
                   amount_recovered="12000")
    assert legalaid.stage(app) == "closed"
    app = AidApplication.get_by_id(app.id)
    assert app.amount_recovered == Decimal("12000.00")
    f = legalaid.add_followup(app, user=admin, visited_on=r + dt.timedelta(days=18), visitor="刘联络员",
                              method="phone", reached=True, satisfaction="satisfied", fee_charged=False)
    assert FollowUp.get_by_id(f.id).fee_charged is False
    assert [x.id for x in legalaid.followups(app)] == [f.id]
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity_id == app.id,
                                                            AuditEvent.entity == "AidApplication")]
    assert actions == ["create", "update", "update", "update", "update", "update"]


def test_followup_before_closing_is_refused(station, admin):
    with pytest.raises(ValidationError) as err:
        legalaid.add_followup(apply(), user=admin, visited_on=TODAY)
    assert err.value.field == "visited_on"


def test_notice_print_records_the_time_and_an_audit_event(station, admin):
    settings.set_many({"aid.supplement_days": "10"}, user=admin)
    app = apply()
    legalaid.record_print(app, "notice", user=admin, file_name="x.pdf")
    app = AidApplication.get_by_id(app.id)
    assert app.notice_issued_at is not None
    assert legalaid.notice_deadline(app) == app.notice_issued_at.date() + dt.timedelta(days=10)
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.entity, ev.entity_id, ev.fields) == ("print", "AidApplication", app.id, "notice_issued_at")


def test_working_days_skip_weekends(station):
    friday = dt.date(2026, 3, 6)  # a March week without holidays or make-up days
    assert legalaid.add_days(friday, 1, working=False) == dt.date(2026, 3, 7)
    assert legalaid.add_days(friday, 1, working=True) == dt.date(2026, 3, 9)
    assert legalaid.add_days(friday, 7, working=True) == dt.date(2026, 3, 17)


def test_working_days_follow_the_new_year_break_and_its_make_up_sunday(station):
    """2026: 1-3 January off, Sunday 4 January worked in their place (调休)."""
    new_years_eve = dt.date(2025, 12, 31)
    assert legalaid.add_days(new_years_eve, 1, working=True) == dt.date(2026, 1, 4)
    # from Friday 2 January: Sun 4, Mon 5 ... Fri 9, Mon 12 are the seven
    assert legalaid.add_days(dt.date(2026, 1, 2), 7, working=True) == dt.date(2026, 1, 12)


def test_search_by_stage_text_and_month(station, admin):
    a = apply(person("王芳", phone="13800138000"), received_on=dt.date(2026, 1, 5))
    b = apply(person("李强"), received_on=dt.date(2026, 2, 5))
    complete(b)
    legalaid.forward(b, user=admin, forwarded_on=dt.date(2026, 2, 5), forwarded_to="区中心")
    ids = lambda q: [x.id for x in q]
    assert ids(legalaid.search("王")) == [a.id]
    assert ids(legalaid.search("8000")) == [a.id]
    assert ids(legalaid.search(stage_name="forwarded")) == [b.id]
    assert ids(legalaid.search(month="2026-01")) == [a.id]
    assert ids(legalaid.search(overdue_ids=[b.id])) == [b.id]
    legalaid.delete(a, user=admin)
    assert ids(legalaid.search()) == [b.id]
    assert [x.id for x in legalaid.of_person(b.applicant)] == [b.id]
