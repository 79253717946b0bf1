"""Everything the station holds about one person (PIPL Art. 45: a person may see and copy their
personal information): the person, every consultation, mediation case they are a party to,
aid application (as applicant or agent), card hand-over and follow-up, records in the bin
included (they are still held), and the audit events about the person and those records.

The reader is the person: values are in full. Handing it over is audited (`record_export`).
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field
from functools import reduce

from aidstation.core import records
from aidstation.core.db import atomic
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
)
from aidstation.core.records import record_write

EXPORT_ACTION = "print"


@dataclass
class OwnData:
    person: Person
    consultations: list[Consultation] = field(default_factory=list)
    parties: list[MediationParty] = field(default_factory=list)  # with .case; the person's part in each
    sessions: dict[int, list[MediationSession]] = field(default_factory=dict)  # case id -> sessions
    applications: list[tuple[AidApplication, str]] = field(default_factory=list)  # (application, applicant|agent)
    cards: list[CardIssue] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    events: list[AuditEvent] = field(default_factory=list)
    screenings: list = field(default_factory=list)  # dispute screening items naming them (issue 17)

    def counts(self) -> dict[str, int]:
        return {"consultations": len(self.consultations), "mediation": len(self.parties),
                "aid": len(self.applications), "cards": len(self.cards),
                "followups": len(self.followups), "screenings": len(self.screenings),
                "events": len(self.events)}


def gather(person: Person) -> OwnData:
    """Everything about `person`, oldest first within each kind."""
    person = Person.get_by_id(person.id)
    data = OwnData(person)
    data.consultations = list(Consultation.select().where(Consultation.person == person)
                              .order_by(Consultation.received_at, Consultation.id))
    data.parties = list(MediationParty.select(MediationParty, MediationCase).join(MediationCase)
                        .where(MediationParty.person == person)
                        .order_by(MediationCase.received_on, MediationCase.id))
    case_ids = [p.case_id for p in data.parties]
    for session in (MediationSession.select().where(MediationSession.case.in_(case_ids))
                    .order_by(MediationSession.held_at, MediationSession.id)):
        data.sessions.setdefault(session.case_id, []).append(session)
    apps = (AidApplication.select().where((AidApplication.applicant == person) | (AidApplication.agent == person))
            .order_by(AidApplication.received_on, AidApplication.id))
    data.applications = [(a, "applicant" if a.applicant_id == person.id else "agent") for a in apps]
    app_ids = [a.id for a, _role in data.applications]
    data.cards = list(CardIssue.select().where(CardIssue.person == person).order_by(CardIssue.issued_on, CardIssue.id))
    data.followups = list(FollowUp.select().where(FollowUp.mediation_case.in_(case_ids)
                                                  | FollowUp.aid_application.in_(app_ids))
                          .order_by(FollowUp.visited_on, FollowUp.id))
    data.screenings = _screenings(person)
    about = {"ScreeningItem": [i.id for i in data.screenings], "Person": [person.id], "Consultation": [c.id for c in data.consultations],
             "MediationCase": case_ids, "MediationParty": [p.id for p in data.parties],
             "MediationSession": [s.id for rows in data.sessions.values() for s in rows],
             "AidApplication": app_ids, "CardIssue": [k.id for k in data.cards],
             "FollowUp": [f.id for f in data.followups]}
    conditions = [(AuditEvent.entity == entity) & AuditEvent.entity_id.in_(ids) for entity, ids in about.items() if ids]
    data.events = list(AuditEvent.select().where(reduce(operator.or_, conditions)).order_by(AuditEvent.id))
    return data


def _screenings(person: Person) -> list:
    """The screening items naming the person, when this schema has them (with .round)."""
    from aidstation.core import models

    party = getattr(models, "ScreeningParty", None)
    if party is None:
        return []
    item = models.ScreeningItem
    return list(item.select().join(party).where(party.person == person).order_by(item.id))


def file_stem(person: Person) -> str:
    """The file's name without the person's name (it may lie in a folder others see)."""
    return f"person-{person.id}-own-data"


def record_export(person: Person, *, user, file_name: str = "") -> None:
    """Audit the hand-over of a person's own data (full values), by file name."""
    records.require_user(user)
    with atomic():
        record_write(user, EXPORT_ACTION, "Person", person.id, detail=f"own data {file_name}".strip())
