"""Monthly indicators on a small hand-built station, with hand-computed expected values."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aidstation.core.models import (
    AidApplication,
    AidGroup,
    CardIssue,
    Consultation,
    ConsultationGroup,
    FollowUp,
    ManualFigure,
    MediationCase,
    MediationParty,
    Person,
    PublicityActivity,
)
from aidstation.core.reporting import indicators

D = dt.date
DELETED = dt.datetime(2026, 4, 2, 9, 0)


def _consult(n, at, channel, matter, disposition, groups=(), drafted=0, deleted=False, text=""):
    c = Consultation.create(number=f"2026{n:06d}", received_at=at, channel=channel, matter=matter,
                            disposition=disposition, documents_drafted=drafted, question=text,
                            deleted_at=DELETED if deleted else None)
    for g in groups:
        ConsultationGroup.create(consultation=c, group=g)
    return c


def build_fixture() -> dict:
    """A station with records around March 2026; returns the people and cases made."""
    zhang = Person.create(name="张三", id_number="11010519491231002X", phone="13800138000",
                          address="北京市东城区1号")
    li = Person.create(name="李四", phone="13912345678")
    wang = Person.create(name="王五")

    _consult(1, dt.datetime(2026, 3, 5, 10, 0), "visit", "labor", "answered", ["migrant", "women"], 2,
             text="=SUM(A1:A3) 工资被拖欠，电话13912345678")
    _consult(2, dt.datetime(2026, 3, 31, 23, 59), "phone", "family", "mediation", ["elderly"], 1)
    _consult(3, dt.datetime(2026, 4, 1, 0, 0), "visit", "labor", "answered")
    _consult(4, dt.datetime(2026, 3, 10, 9, 0), "visit", "labor", "answered", ["migrant"], 5, deleted=True)
    _consult(5, dt.datetime(2026, 2, 28, 23, 59, 59), "hotline", "other", "answered")

    def aid(n, received, case_type, groups=(), deleted=False, **kw):
        a = AidApplication.create(number=f"援{n}", received_on=received, applicant=zhang,
                                  case_type=case_type, deleted_at=DELETED if deleted else None, **kw)
        for g in groups:
            AidGroup.create(application=a, group=g)
        return a

    a1 = aid(1, D(2026, 3, 2), "civil", ["migrant"], forwarded_on=D(2026, 3, 3), decision="granted",
             decision_on=D(2026, 3, 9), assigned_on=D(2026, 3, 12), closed_on=D(2026, 3, 30),
             amount_recovered=Decimal("1500.50"), summary="+86 工伤")
    aid(2, D(2026, 2, 20), "criminal", forwarded_on=D(2026, 2, 21), decision="refused",
        decision_on=D(2026, 3, 1))
    aid(3, D(2026, 3, 15), "administrative", ["elderly", "disabled"], forwarded_on=D(2026, 4, 1))
    aid(4, D(2026, 3, 10), "civil", ["migrant"], deleted=True, closed_on=D(2026, 3, 20),
        amount_recovered=Decimal("999"))
    aid(5, D(2026, 1, 10), "civil", decision="withdrawn", decision_on=D(2026, 3, 31))

    def case(n, received, source, dtype, status="received", concluded=None, deleted=False,
             parties=(), **kw):
        m = MediationCase.create(number=f"（2026）人调字第{n}号", year=2026, seq=n,
                                 received_on=received, source=source, dispute_type=dtype,
                                 status=status, concluded_on=concluded,
                                 deleted_at=DELETED if deleted else None, **kw)
        for person, role, gone in parties:
            MediationParty.create(case=m, person=person, role=role,
                                  deleted_at=DELETED if gone else None)
        return m

    m1 = case(1, D(2026, 3, 3), "party", "neighbor", "succeeded", D(2026, 3, 20),
              parties=[(zhang, "applicant", False), (li, "respondent", False), (wang, "third_party", True)],
              agreement_form="written", agreement_on=D(2026, 3, 20), amount=Decimal("8000"),
              judicial_applied_on=D(2026, 3, 25), prevented_crime=True, prevented_crime_persons=3,
              title="-邻里漏水")
    case(2, D(2026, 3, 28), "police", "family", "succeeded", D(2026, 4, 5),
         parties=[(zhang, "applicant", False), (li, "respondent", False)],
         agreement_form="oral", agreement_on=D(2026, 4, 5), amount=Decimal("1000"))
    m3 = case(3, D(2026, 2, 10), "party", "labor", "failed", D(2026, 3, 15),
              prevented_petition=True, prevented_petition_persons=12)
    m4 = case(4, D(2026, 3, 5), "party", "neighbor", "succeeded", D(2026, 3, 6), deleted=True,
              parties=[(wang, "applicant", False)], amount=Decimal("500"), agreement_form="written")
    case(5, D(2026, 1, 5), "party", "contract", "in_progress")
    case(6, D(2026, 3, 10), "initiative", "contract", "withdrawn", D(2026, 3, 31),
         parties=[(wang, "applicant", False)])

    FollowUp.create(mediation_case=m1, visited_on=D(2026, 3, 25), reached=True, satisfaction="satisfied")
    FollowUp.create(aid_application=a1, visited_on=D(2026, 3, 31), reached=True, satisfaction="basic")
    FollowUp.create(mediation_case=m4, visited_on=D(2026, 3, 10), reached=True, satisfaction="satisfied")
    FollowUp.create(mediation_case=m1, visited_on=D(2026, 3, 26), reached=True,
                    satisfaction="satisfied", deleted_at=DELETED)
    FollowUp.create(mediation_case=m3, visited_on=D(2026, 3, 20), reached=False, satisfaction="")

    CardIssue.create(issued_on=D(2026, 3, 1), quantity=10, households=10, channel="home",
                     household_type="lowincome", recipient="@3号楼")
    CardIssue.create(issued_on=D(2026, 3, 31), quantity=5, households=1, channel="window",
                     household_type="general", person=li)
    CardIssue.create(issued_on=D(2026, 3, 15), quantity=100, households=100, channel="event",
                     household_type="general", deleted_at=DELETED)
    CardIssue.create(issued_on=D(2026, 4, 1), quantity=7, households=7, channel="event")

    PublicityActivity.create(held_on=D(2026, 3, 12), format="booth", title="=HYPERLINK(\"x\")",
                             attendees=200, leaflets=500, booklets=50, banners=2, boards=4,
                             consulted=30, questions=45, vehicles=1, staff=6, media=1)
    PublicityActivity.create(held_on=D(2026, 3, 20), format="lecture", title="民法典讲座", lectures=1,
                             attendees=80, leaflets=100, banners=1, consulted=10, questions=12, staff=3)
    PublicityActivity.create(held_on=D(2026, 3, 21), format="lecture", lectures=1, attendees=1000,
                             deleted_at=DELETED)

    ManualFigure.create(month="2026-03", key="med.screening.rounds", value=4)
    ManualFigure.create(month="2026-02", key="med.screening.found", value=9)
    return {"zhang": zhang, "m1": m1, "a1": a1}


def zeros() -> dict:
    out = {}
    for ind in indicators.catalogue():
        out[ind.key] = {"count": 0, "amount": 0.0}.get(ind.kind)
    return out


MARCH = {
    "consult.total": 2, "consult.channel.visit": 1, "consult.channel.phone": 1,
    "consult.group.migrant": 1, "consult.group.women": 1, "consult.group.elderly": 1,
    "consult.matter.labor": 1, "consult.matter.family": 1,
    "consult.disposition.answered": 1, "consult.disposition.mediation": 1,
    "consult.documents_drafted": 3,
    "aid.received": 2, "aid.forwarded": 1, "aid.granted": 1, "aid.refused": 1, "aid.withdrawn": 1,
    "aid.assigned": 1, "aid.closed": 1, "aid.case_type.civil": 1, "aid.case_type.administrative": 1,
    "aid.group.migrant": 1, "aid.group.elderly": 1, "aid.group.disabled": 1,
    "aid.amount_recovered": 1500.5,
    "med.received": 3, "med.source.party": 1, "med.source.police": 1, "med.source.initiative": 1,
    "med.type.neighbor": 1, "med.type.family": 1, "med.type.contract": 1,
    "med.succeeded": 1, "med.failed": 1, "med.withdrawn": 1, "med.open_at_month_end": 2,
    "med.success_rate": 33.3, "med.agreement.written": 1, "med.amount": 8000.0, "med.parties": 5,
    "med.judicial_confirmation": 1, "med.prevented_crime.cases": 1, "med.prevented_crime.persons": 3,
    "med.prevented_petition.cases": 1, "med.prevented_petition.persons": 12,
    "med.screening.rounds": 4,
    "followup.total": 3, "followup.reached": 2, "followup.satisfied": 1,
    "cards.issued": 15, "cards.recipients": 11, "cards.channel.home": 10, "cards.channel.window": 5,
    "cards.household.lowincome": 10, "cards.household.general": 1,
    "pub.activities": 2, "pub.format.booth": 1, "pub.format.lecture": 1, "pub.lectures": 1,
    "pub.attendees": 280, "pub.leaflets": 600, "pub.booklets": 50, "pub.banners": 3, "pub.boards": 4,
    "pub.consulted": 40, "pub.questions": 57, "pub.vehicles": 1, "pub.staff": 9, "pub.media": 1,
}


def test_catalogue_order_and_code_driven_keys(station):
    keys = [ind.key for ind in indicators.catalogue()]
    assert len(keys) == len(set(keys))
    assert keys[:3] == ["consult.total", "consult.channel.visit", "consult.channel.phone"]
    assert keys.index("consult.documents_drafted") < keys.index("aid.received")
    assert keys[-1] == "pub.media"
    assert "cards.household.fiveguarantee" in keys and "med.type.property" in keys
    ind = indicators.by_key()["med.success_rate"]
    assert (ind.kind, ind.unit, ind.section) == ("rate", "%", "med")
    assert indicators.by_key()["consult.channel.hotline"].label_zh == "咨询方式：12348热线"


def test_retired_code_leaves_the_catalogue(station):
    from aidstation.core.models import Code

    Code.update(active=False).where((Code.kind == "channel") & (Code.code == "home")).execute()
    assert "consult.channel.home" not in indicators.by_key()


def test_march_matches_hand_count(station):
    build_fixture()
    expected = zeros() | MARCH
    got = indicators.compute_month(2026, 3)
    assert list(got) == list(expected)
    assert got == expected


def test_april_counts_the_mediation_concluded_next_month(station):
    build_fixture()
    got = indicators.compute_month(2026, 4)
    assert got["consult.total"] == 1
    assert got["med.received"] == 0
    assert got["med.succeeded"] == 1
    assert got["med.agreement.oral"] == 1
    assert got["med.amount"] == 1000.0
    assert got["med.success_rate"] == 100.0
    assert got["med.open_at_month_end"] == 1  # m5 still open
    assert got["aid.forwarded"] == 1
    assert got["cards.issued"] == 7 and got["cards.channel.event"] == 7
    assert got["med.screening.rounds"] is None


def test_zero_denominator_rate_is_none(station):
    build_fixture()
    got = indicators.compute_month(2026, 5)
    assert got["med.success_rate"] is None
    assert got["consult.total"] == 0 and got["aid.amount_recovered"] == 0.0


def test_february_edges(station):
    build_fixture()
    got = indicators.compute_month(2026, 2)
    assert got["consult.total"] == 1 and got["consult.channel.hotline"] == 1  # 23:59:59 on the 28th
    assert got["med.screening.found"] == 9
    assert got["aid.received"] == 1 and got["aid.refused"] == 0


def test_range_sums_months(station):
    build_fixture()
    q1 = indicators.compute_range((2026, 1), (2026, 3))
    assert q1["consult.total"] == 3
    assert q1["med.received"] == 5
    assert q1["med.screening.found"] == 9 and q1["med.screening.rounds"] == 4
    assert q1["med.success_rate"] == 33.3


def test_combine_recomputes_rates():
    a = {"med.succeeded": 1, "med.failed": 1, "med.suspended": 0, "med.withdrawn": 0,
         "med.success_rate": 50.0, "med.amount": 10.1, "med.screening.rounds": None, "new.key": 2}
    b = {"med.succeeded": 2, "med.failed": 0, "med.suspended": 0, "med.withdrawn": 0,
         "med.success_rate": 100.0, "med.amount": 0.2, "med.screening.rounds": None, "new.key": 3}
    got = indicators.combine([a, b])
    assert got["med.success_rate"] == 75.0  # 3 of 4 concluded
    assert got["med.amount"] == 10.3
    assert got["med.screening.rounds"] is None
    assert got["new.key"] == 5
    assert list(got)[-1] == "new.key"
