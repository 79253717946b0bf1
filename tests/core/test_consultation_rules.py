"""Issue 11 rules of a consultation, in core so every path (desk, import, scripts) keeps them:
当场解答 needs the advice, every problem comes back at once, and the suggestions the desk offers
(groups by age, the last visit's groups, the clerk's last channel)."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import consultations, people
from aidstation.core.models import Consultation, Person
from aidstation.core.validation import ValidationError, ValidationErrors

WHEN = dt.datetime(2026, 3, 2, 9, 30)


def _record(admin, **kw):
    base = {"received_at": WHEN, "channel": "phone", "matter": "wages", "question": "工资被拖欠", "anonymous": True}
    base.update(kw)
    return consultations.record(user=admin, **base)


def test_answered_on_the_spot_needs_the_advice(admin):
    with pytest.raises(ValidationError) as caught:
        _record(admin, disposition="answered", advice="  ")
    assert (caught.value.field, caught.value.message_zh) == ("advice", "当场解答须填写解答意见")
    assert Consultation.select().count() == 0
    saved = _record(admin, disposition="answered", advice="可申请劳动仲裁")
    assert saved.advice == "可申请劳动仲裁"
    assert _record(admin, disposition="apply_aid").advice == ""  # other dispositions: optional


def test_a_ledger_row_answered_on_the_spot_needs_no_advice(admin):
    """Old paper ledgers seldom kept the advice: their rows import without it."""
    saved = _record(admin, disposition="answered", from_ledger=True)
    assert (saved.disposition, saved.advice) == ("answered", "")


def test_an_update_cannot_leave_an_answered_consultation_without_advice(admin):
    saved = _record(admin, disposition="apply_aid")
    with pytest.raises(ValidationError) as caught:
        consultations.update(saved, user=admin, disposition="answered")
    assert caught.value.field == "advice"
    with pytest.raises(ValidationError):
        consultations.update(_record(admin, disposition="answered", advice="可仲裁"), user=admin, advice="")
    assert consultations.update(saved, user=admin, disposition="answered", advice="可仲裁").disposition == "answered"


def test_every_problem_comes_back_at_once_in_the_forms_order(admin):
    with pytest.raises(ValidationErrors) as caught:
        consultations.record(user=admin, received_at=WHEN, channel="", matter="", question="",
                             disposition="", advice="", reply_due="2026-13-45")
    assert [e.field for e in caught.value.errors] == [
        "person", "channel", "matter", "question", "disposition", "reply_due"]
    with pytest.raises(ValidationErrors) as caught:
        consultations.record(user=admin, received_at=WHEN, channel="phone", matter="", question="问题",
                             disposition="answered", advice="", new_person={"name": "", "phone": "13800138000"})
    assert [e.field for e in caught.value.errors] == ["name", "matter", "advice"]
    assert (Person.select().count(), Consultation.select().count()) == (0, 0)


def test_a_duplicate_is_asked_only_once_the_rest_is_valid(admin):
    people.create(user=admin, name="李四", phone="13800138000")
    with pytest.raises(ValidationError) as caught:
        consultations.record(user=admin, received_at=WHEN, channel="phone", matter="", question="问题",
                             disposition="apply_aid", new_person={"name": "李四", "phone": "13800138000"})
    assert not isinstance(caught.value, people.DuplicateWarning) and caught.value.field == "matter"
    with pytest.raises(people.DuplicateWarning):
        consultations.record(user=admin, received_at=WHEN, channel="phone", matter="wages", question="问题",
                             disposition="apply_aid", new_person={"name": "李四", "phone": "13800138000"})


@pytest.mark.parametrize("birth, groups", [
    (dt.date(1966, 3, 2), ["elderly"]),  # 60 today
    (dt.date(1966, 3, 3), []),  # 60 tomorrow
    (dt.date(2008, 3, 3), ["minor"]),  # 18 tomorrow
    (dt.date(2008, 3, 2), []),
    (None, []),
])
def test_groups_by_age(birth, groups):
    assert consultations.age_groups(birth, WHEN.date()) == groups


def test_birth_date_from_the_record_or_the_id_number(admin):
    assert consultations.birth_date_of(id_number="11010519491231002X") == dt.date(1949, 12, 31)
    assert consultations.birth_date_of(id_number="123") is None
    person = people.create(user=admin, name="王五", birth_date=dt.date(2012, 5, 1))
    assert consultations.birth_date_of(person) == dt.date(2012, 5, 1)


def test_the_last_visit_and_the_last_channel(admin, clerk):
    person = people.create(user=admin, name="赵六")
    assert consultations.last_visit(person) == (None, [])
    assert consultations.last_channel(admin) == ""
    first = _record(admin, person=person, anonymous=False, groups=["migrant", "women"], disposition="apply_aid")
    _record(clerk, channel="letter", disposition="apply_aid")
    assert consultations.last_visit(person) == (WHEN.date(), ["migrant", "women"])
    assert consultations.last_visit(person, exclude_id=first.id) == (None, [])
    assert consultations.last_channel(admin) == "phone" and consultations.last_channel(clerk) == "letter"
