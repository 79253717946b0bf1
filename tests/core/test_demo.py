"""The demo station: reproducible, realistic, covering every code of the reception desk."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import codes, demo, settings, validation
from aidstation.core.db import close_station
from aidstation.core.models import Consultation, ConsultationGroup, Person, Staff, User

TODAY = dt.date(2025, 6, 18)
AREAS = ("people", "consultations")


def _snapshot():
    persons = [(p.name, p.gender, p.birth_date, p.id_number, p.phone, p.address, p.community)
               for p in Person.select().order_by(Person.id)]
    consults = [(c.number, c.received_at, c.channel, c.person_id, c.matter, c.disposition, c.question,
                 c.reply_due, c.answered_at) for c in Consultation.select().order_by(Consultation.id)]
    groups = [(g.consultation_id, g.group) for g in ConsultationGroup.select().order_by(ConsultationGroup.id)]
    staff = [(s.name, s.role, s.phone) for s in Staff.select().order_by(Staff.id)]
    return persons, consults, groups, staff


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory):
    """One demo station shared by the read-only tests of this module."""
    folder = tmp_path_factory.mktemp("demo") / "a"
    demo.generate(folder, seed=7, months=4, today=TODAY, areas=AREAS)
    close_station()
    yield folder


@pytest.fixture
def opened(demo_station):
    from aidstation.core.station import open_station

    open_station(demo_station)
    yield demo_station
    close_station()


def test_same_seed_same_data(tmp_path):
    demo.generate(tmp_path / "a", seed=3, months=2, today=TODAY, areas=AREAS)
    first = _snapshot()
    close_station()
    demo.generate(tmp_path / "b", seed=3, months=2, today=TODAY, areas=AREAS)
    assert _snapshot() == first
    close_station()
    demo.generate(tmp_path / "c", seed=4, months=2, today=TODAY, areas=("people",))
    assert _snapshot()[0] != first[0]
    close_station()


def test_station_profile_and_account(opened):
    assert settings.get("station.demo") == "1"
    assert settings.get("station.code") == "DEMO7"
    assert settings.get("station.name") == "龙泉镇法律援助工作站（演示）"
    assert [(u.username, u.role) for u in User.select()] == [("demo", "admin")]
    from aidstation.core import accounts

    assert accounts.authenticate("demo", "demo").username == "demo"


def test_people_are_valid_and_plenty(opened):
    persons = list(Person.select())
    assert len(persons) == 300
    with_id = [p for p in persons if p.id_number]
    assert len(with_id) > 230
    for p in with_id:
        rid = validation.resident_id(p.id_number, today=TODAY)
        assert (rid.birth_date, rid.gender) == (p.birth_date, p.gender)
    for p in persons:
        if p.phone:
            assert validation.phone(p.phone) == p.phone
        assert 2 <= len(p.name) <= 4
    roles = {s.role for s in Staff.select()}
    assert {"officer", "mediator", "liaison", "lawyer"} <= roles


def test_consultations_cover_every_code_over_the_months(opened):
    rows = list(Consultation.select())
    months = {(c.received_at.year, c.received_at.month) for c in rows}
    assert months == {(2025, 3), (2025, 4), (2025, 5), (2025, 6)}
    for year, month in [(2025, 3), (2025, 4), (2025, 5)]:
        n = sum(1 for c in rows if (c.received_at.year, c.received_at.month) == (year, month))
        assert 60 <= n <= 120
    assert max(c.received_at for c in rows).date() <= TODAY
    assert {c.channel for c in rows} == set(codes.active_codes("channel"))
    assert {c.matter for c in rows} == set(codes.active_codes("matter"))
    assert {c.disposition for c in rows} == set(codes.active_codes("disposition"))
    used_groups = {g.group for g in ConsultationGroup.select()}
    assert used_groups == set(codes.active_codes("group"))
    assert any(c.anonymous for c in rows) and any(c.identity_refused for c in rows)
    assert all(c.referred_to for c in rows if c.disposition == "referred")
    assert all(c.reply_due for c in rows if c.channel in ("letter", "online") or c.disposition == "appointment")
    assert sum(c.documents_drafted for c in rows) > 0
    numbers = [c.number for c in rows]
    assert len(set(numbers)) == len(numbers)
    assert all(c.number.startswith(c.received_at.strftime("%Y%m%d")) for c in rows)


def test_fill_an_open_empty_station(station):
    counts = demo.generate(station, seed=2, months=1, today=TODAY, areas=("people",))
    assert counts["people"] == 255
    assert settings.get("station.code") == "DEMO2"
    with pytest.raises(Exception) as exc:
        demo.generate(station, seed=2, months=1, today=TODAY, areas=("people",))
    assert str(exc.value).endswith("already holds records; a demo needs an empty station")
