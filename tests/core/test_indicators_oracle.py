"""The month's figures against a plain Python count of the same records (issue 13: the SQL reads
only the rows of the month through the date indexes, and groups consultations in one pass).

A few hundred random consultations, applications and cases around three months, with dates
missing, deleted rows and every status, each month checked key by key."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from aidstation.core.models import AidApplication, Consultation, MediationCase, MediationParty, Person
from aidstation.core.reporting import indicators

DELETED = dt.datetime(2026, 5, 1, 9, 0)
MONTHS = [(2026, 2), (2026, 3), (2026, 4)]


def _day(rng, none_share=0.25):
    if rng.random() < none_share:
        return None
    return dt.date(2026, 1, 15) + dt.timedelta(days=rng.randint(0, 120))


def _build(rng):
    people = [Person.create(name=f"人{i}") for i in range(5)]
    consults, apps, cases, parties = [], [], [], []
    for i in range(300):
        at = dt.datetime(2026, 1, 20) + dt.timedelta(minutes=rng.randint(0, 120 * 24 * 60))
        consults.append(Consultation.create(
            number=f"C{i}", received_at=at, channel=rng.choice(["visit", "phone", "hotline"]),
            matter=rng.choice(["labor", "family"]), disposition=rng.choice(["answered", "referred"]),
            documents_drafted=rng.randint(0, 2), deleted_at=DELETED if rng.random() < 0.1 else None))
    for i in range(150):
        apps.append(AidApplication.create(
            number=f"A{i}", received_on=_day(rng, 0), applicant=rng.choice(people),
            case_type=rng.choice(["civil", "criminal"]), forwarded_on=_day(rng),
            decision=rng.choice(["pending", "granted", "refused", "withdrawn", "lapsed"]),
            decision_on=_day(rng), assigned_on=_day(rng), closed_on=_day(rng),
            amount_recovered=Decimal(rng.randint(0, 99999)) / 100,
            deleted_at=DELETED if rng.random() < 0.1 else None))
    for i in range(150):
        received = _day(rng, 0)
        status = rng.choice(["received", "in_progress", "succeeded", "failed", "suspended", "withdrawn"])
        concluded = None if status in ("received", "in_progress") else _day(rng, 0.1)
        case = MediationCase.create(
            number=f"M{i}", year=2026, seq=i + 1, received_on=received,
            source=rng.choice(["party", "police"]), dispute_type=rng.choice(["family", "labor"]),
            status=status, concluded_on=concluded, amount=Decimal(rng.randint(0, 99999)) / 100,
            agreement_form=rng.choice(["", "written", "oral"]), agreement_on=_day(rng, 0.5),
            judicial_applied_on=_day(rng, 0.7), prevented_crime=rng.random() < 0.3,
            prevented_crime_persons=rng.randint(0, 5), prevented_petition=rng.random() < 0.3,
            prevented_petition_persons=rng.randint(0, 5),
            deleted_at=DELETED if rng.random() < 0.1 else None)
        cases.append(case)
        for _ in range(rng.randint(0, 3)):
            parties.append(MediationParty.create(case=case, person=rng.choice(people), role="applicant",
                                                 deleted_at=DELETED if rng.random() < 0.1 else None))
    return consults, apps, cases, parties


def _expected(start, end, consults, apps, cases, parties) -> dict:
    def within(d):
        return d is not None and start <= d < end

    e: dict = {}

    def add(key, n=1):
        e[key] = e.get(key, 0) + n

    for c in consults:
        if c.deleted_at is None and within(c.received_at.date()):
            add("consult.total")
            add("consult.documents_drafted", c.documents_drafted)
            for name in ("channel", "matter", "disposition"):
                add(f"consult.{name}.{getattr(c, name)}")
    recovered = Decimal(0)
    for a in (a for a in apps if a.deleted_at is None):
        for key, on in (("received", a.received_on), ("forwarded", a.forwarded_on),
                        ("assigned", a.assigned_on), ("closed", a.closed_on)):
            add(f"aid.{key}", within(on))
        for key, decisions in (("granted", ("granted",)), ("refused", ("refused",)),
                               ("withdrawn", ("withdrawn", "lapsed"))):
            add(f"aid.{key}", a.decision in decisions and within(a.decision_on))
        if within(a.received_on):
            add(f"aid.case_type.{a.case_type}")
        if within(a.closed_on):
            recovered += a.amount_recovered
    e["aid.amount_recovered"] = float(recovered)
    live = {m.id: m for m in cases if m.deleted_at is None}
    amount = Decimal(0)
    for m in live.values():
        done = within(m.concluded_on)
        add("med.received", within(m.received_on))
        if within(m.received_on):
            add(f"med.source.{m.source}")
            add(f"med.type.{m.dispute_type}")
        for status in ("succeeded", "failed", "suspended", "withdrawn"):
            add(f"med.{status}", m.status == status and done)
        add("med.open_at_month_end", m.received_on < end and (m.concluded_on is None or m.concluded_on >= end))
        for form in ("written", "oral"):
            add(f"med.agreement.{form}", m.agreement_form == form and within(m.agreement_on or m.concluded_on))
        add("med.judicial_confirmation", within(m.judicial_applied_on))
        add("med.prevented_crime.cases", m.prevented_crime and done)
        add("med.prevented_crime.persons", m.prevented_crime_persons if m.prevented_crime and done else 0)
        add("med.prevented_petition.cases", m.prevented_petition and done)
        add("med.prevented_petition.persons", m.prevented_petition_persons if m.prevented_petition and done else 0)
        if m.status == "succeeded" and done:
            amount += m.amount
    e["med.amount"] = float(amount)
    e["med.parties"] = sum(1 for p in parties if p.deleted_at is None and p.case_id in live
                           and within(live[p.case_id].received_on))
    return {k: int(v) if isinstance(v, bool) else v for k, v in e.items()}


def test_months_match_a_plain_count_of_the_records(station):
    rng = random.Random(13)
    records = _build(rng)
    records = ([Consultation.get_by_id(c.id) for c in records[0]], [AidApplication.get_by_id(a.id) for a in records[1]],
               [MediationCase.get_by_id(m.id) for m in records[2]], records[3])  # as stored
    for year, month in MONTHS:
        start, end = dt.date(year, month, 1), dt.date(year, month + 1, 1)
        got = indicators.compute_month(year, month)
        expected = _expected(start, end, *records)
        assert expected["med.received"] and expected["aid.closed"] and expected["med.agreement.written"]
        for key, value in expected.items():
            if key in got:
                assert got[key] == value and type(got[key]) is type(value), (year, month, key)
