"""What the desk may offer the clerk, never decide for them: the groups a person's age puts
them in (60 and over: 老年人, under 18: 未成年人), the groups of their last consultation, and
the channel of the clerk's previous consultation (for "same as last")."""
from __future__ import annotations

import datetime as dt

from aidstation.core import codes, validation
from aidstation.core.models import Consultation, ConsultationGroup, Person
from aidstation.core.records import actor_id
from aidstation.core.validation import ValidationError

ELDERLY_AGE = 60
MINOR_AGE = 18


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years on `day` (a person born on 29 February turns a year older on 1 March)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def birth_date_of(person: Person | None = None, id_number: str = "") -> dt.date | None:
    """The birth date on record, else the one a valid resident ID number carries."""
    if person is not None and person.birth_date is not None:
        return person.birth_date
    number = id_number or (person.id_number if person is not None else "") or ""
    if not number.strip():
        return None
    try:
        return validation.resident_id(number).birth_date
    except ValidationError:
        return None


def age_groups(birth: dt.date | None, day: dt.date) -> list[str]:
    """['elderly'] from 60, ['minor'] under 18, else [] (only codes still in use)."""
    if birth is None:
        return []
    age = age_on(birth, day)
    wanted = "elderly" if age >= ELDERLY_AGE else "minor" if age < MINOR_AGE else None
    return [wanted] if wanted and wanted in codes.active_codes("group") else []


def last_visit(person: Person | None, *, exclude_id: int | None = None) -> tuple[dt.date | None, list[str]]:
    """(date, group codes) of the person's latest consultation (not `exclude_id`), or (None, [])."""
    if person is None:
        return None, []
    query = Consultation.live().where(Consultation.person == person)
    if exclude_id:
        query = query.where(Consultation.id != exclude_id)
    last = query.order_by(Consultation.received_at.desc(), Consultation.id.desc()).first()
    if last is None:
        return None, []
    active = set(codes.active_codes("group"))
    groups = [g for (g,) in ConsultationGroup.select(ConsultationGroup.group)
              .where(ConsultationGroup.consultation == last.id).order_by(ConsultationGroup.id).tuples()
              if g in active]
    return last.received_at.date(), groups


def last_channel(user) -> str:
    """The channel of the latest consultation `user` recorded ('' when none)."""
    row = (Consultation.live().where(Consultation.created_by == actor_id(user))
           .order_by(Consultation.id.desc()).first())
    return row.channel if row is not None and row.channel else ""
