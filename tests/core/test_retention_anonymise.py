"""Retention (issue 20, part 5): records past their period are anonymised in one audited step;
the chosen records then hold no personal value, and every past month's totals are unchanged."""
from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from aidstation.core import audit, demo, masking, people, retention, settings
from aidstation.core.accounts import PermissionDenied
from aidstation.core.db import close_station
from aidstation.core.models import (
    AidApplication,
    AuditEvent,
    CardIssue,
    Consultation,
    FollowUp,
    MediationCase,
    MediationParty,
    MediationSession,
    Person,
    User,
)
from aidstation.core.reporting import indicators

TODAY = dt.date(2025, 6, 18)
MONTHS = 6
NAME = re.compile(r"^.\*+$")  # 张* / 欧阳** ...


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The demo station built once a module (4 s); each test works on its own copy."""
    folder = tmp_path_factory.mktemp("retention") / "demo"
    demo.generate(folder, seed=5, months=MONTHS, today=TODAY)
    close_station()
    return folder


@pytest.fixture
def station(tmp_path, template):
    from aidstation.core.station import open_station

    shutil.copytree(template, tmp_path / "demo")
    open_station(tmp_path / "demo", create=False)
    yield tmp_path / "demo"
    close_station()


@pytest.fixture
def admin(station):
    return User.get(User.username == "demo")


def all_months() -> dict[str, dict]:
    """The totals of every month of the demo, and of the whole range (rates from parts)."""
    out = {}
    for year, month in demo.month_list(TODAY, MONTHS):
        out[f"{year}-{month:02d}"] = indicators.compute_month(year, month)
    first, last = demo.month_list(TODAY, MONTHS)[0], demo.month_list(TODAY, MONTHS)[-1]
    out["range"] = indicators.compute_range(first, last)
    return out


def person_ids(model, ids, *columns):
    return {getattr(row, c + "_id") for row in model.select().where(model.id.in_(ids)) for c in columns
            if getattr(row, c + "_id") is not None}


def choose():
    """A mixed set: plain consultations, concluded cases, ended applications, cards to people."""
    consultations = [c.id for c in Consultation.select().where(
        Consultation.mediation_case.is_null() & Consultation.aid_application.is_null()
        & Consultation.person.is_null(False)).order_by(Consultation.id).limit(25)]
    cases = [m.id for m in MediationCase.select().where(MediationCase.concluded_on.is_null(False))
             .order_by(MediationCase.id).limit(6)]
    apps = [a.id for a in AidApplication.select().where(AidApplication.decision != "pending")
            .order_by(AidApplication.id).limit(4)]
    cards = [k.id for k in CardIssue.select().where(CardIssue.person.is_null(False)).order_by(CardIssue.id).limit(5)]
    assert len(consultations) == 25 and len(cases) == 6 and len(apps) == 4 and len(cards) == 5
    return consultations, cases, apps, cards


def plant_personal_text(consultations, cases, apps, cards):
    """Write what clerks write into free text: the person's name, ID number as typed, phone,
    address, beside a date, an amount and a number that must stay."""
    def said(p):
        idn = p.id_number or ""
        spaced = f"{idn[:6]} {idn[6:14]} {idn[14:]}" if idn else ""
        return f"{p.name}（身份证 {spaced}，电话 {p.phone}，住{p.address}）2025-03-02 借款5000元"

    c = Consultation.get_by_id(consultations[0])
    Consultation.update(question=said(c.person), advice=c.person.name + "下周再来").where(Consultation.id == c.id).execute()
    m = MediationCase.get_by_id(cases[0])
    party = m.parties[0].person
    MediationCase.update(facts=said(party), notes=said(m.parties[-1].person)).where(MediationCase.id == m.id).execute()
    MediationSession.create(case=m, held_at=dt.datetime(2025, 5, 6, 10), participants=party.name,
                            record=said(party))
    a = AidApplication.get_by_id(apps[0])
    AidApplication.update(summary=said(a.applicant), outcome=a.applicant.name + "已收到").where(
        AidApplication.id == a.id).execute()
    FollowUp.create(aid_application=a, visited_on=dt.date(2025, 5, 2), notes=said(a.applicant))
    k = CardIssue.get_by_id(cards[0])
    CardIssue.update(notes=said(k.person), recipient=k.person.name).where(CardIssue.id == k.id).execute()


def snapshot_people(ids):
    return {p.id: (p.name, p.id_number, p.phone, p.address) for p in Person.select().where(Person.id.in_(list(ids)))}


def test_anonymise_leaves_no_personal_value_and_every_month_unchanged(station, admin):
    consultations, cases, apps, cards = choose()
    case_parties = [p.person_id for p in MediationParty.select().where(MediationParty.case.in_(cases))]
    linked = [c.id for c in Consultation.select().where(
        Consultation.mediation_case.in_(cases) | Consultation.aid_application.in_(apps))]
    involved = (person_ids(Consultation, consultations + linked, "person") | set(case_parties)
                | person_ids(AidApplication, apps, "applicant", "agent") | person_ids(CardIssue, cards, "person"))
    before_people = snapshot_people(involved)
    plant_personal_text(consultations, cases, apps, cards)
    # a control: someone nobody chose keeps every value
    untouched = Person.select().where(Person.id.not_in(list(involved)) & Person.id_number.is_null(False)).first()
    untouched_before = (untouched.name, untouched.id_number, untouched.phone, untouched.address)
    # what the free texts held of the people involved, to look for afterwards
    secrets = [v for name, idn, phone, addr in before_people.values() for v in (name, idn, phone, addr)
               if v and len(v) > 1]
    totals_before = all_months()
    events_before = AuditEvent.select().count()

    result = retention.anonymise([("consultation", i) for i in consultations] + [("mediation", i) for i in cases]
                                 + [("aid", i) for i in apps] + [("card", i) for i in cards], user=admin)

    assert result.counts == {"consultation": 25 + len(set(linked)), "mediation": 6, "aid": 4, "card": 5, "person": 0}
    assert all_months() == totals_before  # every month, exactly
    assert audit.verify_chain() is None

    # every person the chosen records name now: 张*, no ID, phone, address or other detail
    now_named = (person_ids(Consultation, consultations + linked, "person")
                 | {p.person_id for p in MediationParty.select().where(MediationParty.case.in_(cases))}
                 | person_ids(AidApplication, apps, "applicant", "agent") | person_ids(CardIssue, cards, "person"))
    for p in Person.select().where(Person.id.in_(list(now_named))):
        assert NAME.match(p.name), p.name
        assert (p.id_number, p.phone, p.address, p.birth_date, p.ethnicity, p.community, p.occupation,
                p.notes, p.name_pinyin) == (None, "", "", None, "", "", "", "", "")
    assert len(now_named) == len(involved)  # one person each: in place, or one stand-in
    # a person cut off by a stand-in keeps their data for the records that still need them
    kept = [pid for pid in involved if pid not in now_named]
    for pid in kept:
        p = Person.get_by_id(pid)
        assert (p.name, p.id_number, p.phone, p.address) == before_people[pid]
    assert result.stand_ins == len(kept) and result.people == len(involved) - len(kept)
    assert (untouched.name, untouched.id_number, untouched.phone, untouched.address) == untouched_before
    assert [p.person_id is not None for p in MediationParty.select().where(MediationParty.case.in_(cases))] \
        == [True] * len(case_parties)  # every party row stays: med.parties counts them

    # the free text of every chosen record and its children holds none of their names or numbers
    texts = []
    for c in Consultation.select().where(Consultation.id.in_(consultations + linked)):
        texts += [c.question, c.advice]
    for m in MediationCase.select().where(MediationCase.id.in_(cases)):
        texts += [m.title, m.facts, m.requests, m.agreement_terms, m.responsibility, m.performance_method, m.notes]
        texts += [s.participants + s.record for s in MediationSession.select().where(MediationSession.case == m.id)]
        texts += [p.agent for p in m.parties]
    for a in AidApplication.select().where(AidApplication.id.in_(apps)):
        texts += [a.summary, a.hardship_reason, a.decision_reason, a.outcome, a.notes]
    texts += [f.performance + f.notes for f in FollowUp.select().where(
        FollowUp.mediation_case.in_(cases) | FollowUp.aid_application.in_(apps))]
    texts += [k.recipient + k.notes for k in CardIssue.select().where(CardIssue.id.in_(cards))]
    joined = "\n".join(texts)
    leaks = [s for s in secrets if s in joined]
    assert leaks == []
    assert joined.count("2025-03-02 借款5000元") == 7  # dates and amounts stay
    c = Consultation.get_by_id(consultations[0])
    assert re.fullmatch(r".\*+（身份证 \*\*\*\*，电话 (\*\*\*\*)?，住(\*\*\*\*)?）2025-03-02 借款5000元", c.question), c.question
    titles = [m.title for m in MediationCase.select().where(MediationCase.id.in_(cases))]
    assert all("*" in t for t in titles if t)  # 覃长青与胡丽娟… -> 覃**与胡**…

    # the audit log says what, never a value: one event per record and person, and a summary
    summary = AuditEvent.select().where((AuditEvent.action == "anonymise") & (AuditEvent.entity == "")).get()
    assert summary.detail == (f"consultations {25 + len(set(linked))}, mediation cases and dossiers 6, "
                              f"legal-aid applications 4, contact card hand-overs 5, people with no record "
                              f"left 0; people anonymised {result.people}, stand-ins {result.stand_ins}")
    new_events = list(AuditEvent.select().where(AuditEvent.id > events_before))
    assert len(new_events) == result.total + result.people + result.stand_ins + 1
    logged = "\n".join(e.fields + " " + e.detail for e in new_events)
    assert [s for s in secrets if s in logged] == []

    # done once: the same records again change nothing
    again = retention.anonymise([("consultation", i) for i in consultations], user=admin)
    assert again.total == 0 and all_months() == totals_before


def test_search_no_longer_finds_the_anonymised(station, admin):
    c = Consultation.select().where(Consultation.person.is_null(False) & Consultation.mediation_case.is_null()
                                    & Consultation.aid_application.is_null()).order_by(Consultation.id).first()
    person = c.person
    others = (Consultation.select().where(Consultation.person == person).count()
              + MediationParty.select().where(MediationParty.person == person).count()
              + AidApplication.select().where((AidApplication.applicant == person) | (AidApplication.agent == person)).count()
              + CardIssue.select().where(CardIssue.person == person).count())
    assert person.id in [p.id for p in people.search(person.name)]
    retention.anonymise([("consultation", c.id)], user=admin)
    found = [p.id for p in people.search(person.name)]
    if others == 1:  # in place: the name is gone from the station
        assert person.id not in found
        assert people.search(person.phone) == [] or person.id not in [p.id for p in people.search(person.phone)]
    else:  # a stand-in: the person stays for their other records, the consultation names the stand-in
        assert Consultation.get_by_id(c.id).person_id != person.id


def test_scrub_removes_names_ids_and_phones_however_typed():
    text = "张建国（身份证 110105 19491231 002X，电话 138-0013-8000）与欧阳娜娜住人民路8号3单元，2026-03-02 借款5000元"
    out = retention.scrub(text, ["张建国", "欧阳娜娜"], ["人民路8号3单元"])
    assert out == "张**（身份证 ****，电话 ****）与欧***住****，2026-03-02 借款5000元"
    assert retention.scrub("", ["张三"]) == ""
    assert retention.scrub("来电 ０７３１－８８８８１２３４") == "来电 ****"


def test_review_lists_what_is_past_its_period(station, admin):
    assert retention.due_counts(today=TODAY) == {"consultation": 0, "mediation": 0, "aid": 0, "card": 0,
                                                 "person": 0}
    later = dt.date(2029, 1, 1)  # every demo record closed before mid-2025: 3, 2, 1 years are past
    counts = retention.due_counts(today=later)
    plain = Consultation.select().where(Consultation.mediation_case.is_null() & Consultation.aid_application.is_null()).count()
    assert counts["consultation"] == plain
    assert counts["card"] == CardIssue.select().count()
    assert counts["mediation"] == 0  # 10 years
    assert counts["aid"] == 0  # 5 years
    unreferenced = Person.select().where(Person.id.not_in(retention.review.referenced_people())).count()
    assert counts["person"] == unreferenced
    settings.set_many({"retention.mediation_years": "1", "retention.card_years": "0"}, user=admin)
    counts = retention.due_counts(today=later)
    assert counts["mediation"] == MediationCase.select().where(MediationCase.concluded_on.is_null(False)).count()
    assert counts["card"] == 0  # 0 = kept for ever
    due = retention.due("mediation", today=later)
    assert [d.closed_on <= TODAY for d in due] == [True] * len(due)
    retention.anonymise(due[:3], user=admin)
    assert retention.due_counts(today=later)["mediation"] == counts["mediation"] - 3


def test_anonymise_is_for_administrators_and_all_or_nothing(station, admin):
    from argon2 import PasswordHasher

    clerk = User.create(username="clerk", display_name="Clerk", role="clerk",
                        password_hash=PasswordHasher().hash("Secret-pass-1"))
    c = Consultation.select().where(Consultation.person.is_null(False)).first()
    with pytest.raises(PermissionDenied):
        retention.anonymise([("consultation", c.id)], user=clerk)
    name = c.person.name
    with pytest.raises(ValueError):
        retention.anonymise([("consultation", c.id), ("nonsense", 1)], user=admin)
    assert Consultation.get_by_id(c.id).person.name == name
    assert not AuditEvent.select().where(AuditEvent.action == "anonymise").exists()


def test_periods_have_defaults_notes_and_a_cutoff(station, admin):
    assert retention.all_years() == {"consultation": 3, "mediation": 10, "aid": 5, "card": 2, "person": 1}
    assert [k.key for k in retention.KINDS] == ["consultation", "mediation", "aid", "card", "person"]
    assert all(k.rule("en") and k.rule("zh") and k.closes("zh") for k in retention.KINDS)
    assert "Art. 47" in retention.BY_KEY["person"].rule("en")
    assert retention.cutoff("consultation", dt.date(2028, 2, 29)) == dt.date(2025, 2, 28)
    retention.set_years({"aid": 0}, user=admin)
    assert retention.cutoff("aid", TODAY) is None
    settings.set_many({"retention.card_years": "two"}, user=admin)
    assert retention.years("card") == 0  # not a number: kept, never anonymised by mistake
    with pytest.raises(ValueError):
        retention.set_years({"aid": 101}, user=admin)
    assert masking.name("张*") == "张*"


def test_the_file_keeps_no_copy_of_an_anonymised_person(station, admin):
    """Not in the database file either, once closed: no old page, journal or index holds them."""
    c = Consultation.select().where(Consultation.person.is_null(False) & Consultation.mediation_case.is_null()
                                    & Consultation.aid_application.is_null()).order_by(Consultation.id).first()
    alone = [p for p in Person.select() if not (
        MediationParty.select().where(MediationParty.person == p).exists()
        or AidApplication.select().where((AidApplication.applicant == p) | (AidApplication.agent == p)).exists()
        or CardIssue.select().where(CardIssue.person == p).exists())
        and Consultation.select().where(Consultation.person == p).count() == 1 and p.phone and p.id_number]
    p = alone[0]
    c = Consultation.get(Consultation.person == p)
    name, phone, idn = p.name, p.phone, p.id_number
    retention.anonymise([("consultation", c.id)], user=admin)
    assert Person.get_by_id(p.id).name == masking.name(name)
    close_station()
    raw = b"".join(f.read_bytes() for f in station.glob("station.db*"))
    assert [v for v in (name, phone, idn) if v.encode() in raw] == []
    from aidstation.core.station import open_station

    open_station(station)


def test_a_run_longer_than_a_batch_is_still_one_step(station, admin, monkeypatch):
    import importlib

    module = importlib.import_module("aidstation.core.retention.anonymise")  # the function shadows it

    monkeypatch.setattr(module, "BATCH", 5)
    totals = all_months()
    chosen = [c.id for c in Consultation.select().where(Consultation.mediation_case.is_null()
                                                         & Consultation.aid_application.is_null()).limit(12)]
    seen = []
    result = retention.anonymise([("consultation", i) for i in chosen], user=admin,
                                 progress=lambda done, total: seen.append((done, total)))
    assert result.counts["consultation"] == 12 and seen[-1] == (12, 12)
    assert AuditEvent.select().where((AuditEvent.action == "anonymise") & (AuditEvent.entity == "")).count() == 1
    assert AuditEvent.select().where((AuditEvent.action == "anonymise") & (AuditEvent.entity == "Consultation")).count() == 12
    assert all(c.person_id is None or NAME.match(c.person.name)
               for c in Consultation.select().where(Consultation.id.in_(chosen)))
    assert all_months() == totals
