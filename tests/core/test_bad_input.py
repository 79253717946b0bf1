"""Odd input across the services: implausible dates, huge amounts, numbers where text
is expected, a deleted person. Each is refused naming the field, and nothing is written."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aidstation.core import (
    cards,
    consultations,
    legalaid,
    people,
    publicity,
    validation,
)
from aidstation.core.models import AuditEvent, CardIssue
from aidstation.core.validation import ValidationError


def _refused(field, call):
    before = AuditEvent.select().count()
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.field == field
    assert AuditEvent.select().count() == before


@pytest.mark.parametrize("value,iso", [("0001-01-01", "0001-01-01"), ("1899-12-31", "1899-12-31"),
                                       ("2101-01-01", "2101-01-01"), (dt.date.max, "9999-12-31")])
def test_implausible_dates_are_refused(value, iso):
    with pytest.raises(ValidationError) as err:
        validation.date(value, "held_on")
    assert (err.value.field, err.value.message, err.value.message_zh) == (
        "held_on", f"{iso} is not a plausible date (1900 to 2100)", f"{iso} 不是合理的日期（应在1900年至2100年之间）")


def test_plausible_bounds_are_kept():
    assert validation.date("1900-01-01", "d") == dt.date(1900, 1, 1)
    assert validation.date("2100-12-31", "d") == dt.date(2100, 12, 31)


def test_far_dates_refused_by_every_area(station, admin):
    p = people.create(name="张三", user=admin)
    _refused("birth_date", lambda: people.create(name="李四", birth_date="0001-01-01", user=admin))
    _refused("received_at", lambda: consultations.record(
        received_at="0001-01-01 09:00", channel="visit", matter="family", person=p, question="q", user=admin))
    _refused("reply_due", lambda: consultations.record(
        received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family", person=p,
        question="q", disposition="appointment", reply_due="9999-12-31", user=admin))
    _refused("received_on", lambda: legalaid.receive(user=admin, applicant=p, received_on="1066-10-14"))
    _refused("urgent_deadline", lambda: legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 1, 5),
                                                         urgent_deadline="9999-12-31"))
    _refused("held_on", lambda: publicity.create_activity(user=admin, held_on="0001-01-01", title="讲座"))
    _refused("issued_on", lambda: cards.issue(user=admin, issued_on="0001-01-01", quantity=1, recipient="x",
                                              allocate=False))


@pytest.mark.parametrize("value", ["1e30", Decimal("1e30"), 10**30, "123456789012345678901234567890.5"])
def test_huge_amount_is_refused_not_crashed(value):
    with pytest.raises(ValidationError) as err:
        validation.amount(value, "amount_recovered")
    assert (err.value.field, err.value.message) == ("amount_recovered", "the amount is implausibly large")


def test_huge_income_refused_by_legal_aid(station, admin):
    p = people.create(name="张三", user=admin)
    _refused("monthly_income", lambda: legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 1, 5),
                                                        monthly_income="1e30"))


def test_numbers_where_text_is_expected(station, admin):
    """A spreadsheet cell or a widget may hand over a number: kept as its digits, never a crash."""
    p = people.create(name="张三", phone=13800138000, notes=5, occupation=12.0, user=admin)
    assert (p.phone, p.notes, p.occupation) == ("13800138000", "5", "12")
    c = consultations.record(received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family",
                             person=p, question=42, advice=7, user=admin)
    assert (c.question, c.advice) == ("42", "7")
    app = legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 1, 5), summary=3)
    assert app.summary == "3"
    a = publicity.create_activity(user=admin, held_on=dt.date(2026, 1, 5), title=2026, place=None)
    assert (a.title, a.place) == ("2026", "")


@pytest.mark.parametrize("value", [object(), ["张三"], True])
def test_other_types_where_text_is_expected_are_refused(station, value, admin):
    _refused("name", lambda: people.create(name=value, user=admin))
    _refused("notes", lambda: people.create(name="张三", notes=value, user=admin))


def test_cards_are_not_issued_to_a_deleted_person(station, admin):
    p = people.create(name="张三", user=admin)
    people.delete(p, user=admin)
    for person in (p, p.id, 99999):
        _refused("person", lambda: cards.issue(user=admin, issued_on=dt.date(2026, 1, 5), quantity=1,
                                               person=person, allocate=False))
    assert CardIssue.select().count() == 0


def test_groups_as_one_code_or_a_list_and_nothing_else(station, admin):
    p = people.create(name="张三", user=admin)
    args = dict(received_at=dt.datetime(2026, 1, 5, 9), channel="visit", matter="family", person=p, question="q")
    c = consultations.record(groups="migrant", user=admin, **args)
    assert consultations.group_codes(c) == ["migrant"]
    c = consultations.record(groups=("women", "elderly", "women"), user=admin, **args)
    assert consultations.group_codes(c) == ["women", "elderly"]
    _refused("groups", lambda: consultations.update(c, groups=5, user=admin))
    _refused("groups", lambda: consultations.record(groups=[1, 2], user=admin, **args))
    _refused("groups", lambda: legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 1, 5), groups=7))
    app = legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 1, 5), groups="migrant")
    assert legalaid.groups_of(app) == ["migrant"]


def test_staff_text_fields_take_numbers_and_refuse_other_types(station, admin):
    from aidstation.core import staff

    s = staff.create(user=admin, name="王芳", title=110, community=None)
    assert (s.title, s.community) == ("110", "")
    _refused("title", lambda: staff.create(user=admin, name="李明", title=["x"]))
