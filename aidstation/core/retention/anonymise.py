"""Anonymising records past their period, in one audited transaction, without moving a figure.

What happens to each record:
- the people it names: the name becomes 张* (masking.name), the ID number, phone, address,
  birth date, ethnicity, community, occupation and notes are cleared (the gender stays: it
  identifies no one). A person no other record needs is anonymised in place; a person other
  records still need keeps their data there, and the anonymised records point to a stand-in
  instead (a new Person row holding only the masked name and the gender): the link is cut, but
  every MediationParty row and every applicant stays, so `med.parties` and every other count
  read the same rows as before;
- its free text is scrubbed: the names of the people involved masked (张建国 -> 张**), their
  ID numbers, phones and addresses removed, and any other ID number or phone in it
  (masking.free_text) replaced by ****; a mediation party's agent is masked like a name;
- dates, codes, groups, amounts, statuses, counts and the deleted mark are not touched: the
  indicators (core/reporting) read only those, so every month's totals stay what they were.
A mediation case takes its sessions, follow-ups, dossier notes and the consultations that led
to it along; an aid application its follow-ups, material notes and consultations.

Audit: an `anonymise` event per record and per person (field names only), a `create` of each
stand-in, and one summary event with the counts. Events already in the log are never
rewritten (the hash chain): they hold ids, field names, codes and file names, no values.
`anonymise` is not a write into a sent month (submissions.WRITE_ACTIONS): no figure moves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from aidstation.core import masking, records
from aidstation.core.db import atomic
from aidstation.core.models import (
    AidApplication,
    AidMaterial,
    AuditEvent,
    CardIssue,
    Consultation,
    DossierItem,
    FollowUp,
    MediationCase,
    MediationParty,
    MediationSession,
    Person,
    now,
)
from aidstation.core.records import actor_id, record_write
from aidstation.core.retention.periods import BY_KEY, KINDS
from aidstation.core.retention.review import ANONYMISE, ENTITY, DueRecord, screening_parties

PERSON_CLEARED = {"id_number": None, "phone": "", "address": "", "birth_date": None, "ethnicity": "",
                  "community": "", "occupation": "", "notes": "", "name_pinyin": ""}
TEXTS = {
    "Consultation": ("question", "advice"),
    "MediationCase": ("title", "facts", "requests", "agreement_terms", "responsibility",
                      "performance_method", "notes"),
    "MediationSession": ("place", "participants", "record"),
    "FollowUp": ("performance", "notes"),
    "AidApplication": ("summary", "hardship_reason", "decision_reason", "outcome", "notes"),
    "CardIssue": ("recipient", "notes"),
}
BATCH = 2000  # records per batch of one anonymisation
_MASKED_NUMBER = re.compile(r"[+0-9\-]*\*{4,}[0-9Xx\-]*")


def scrub(text: str | None, names: Iterable[str] = (), values: Iterable[str] = ()) -> str:
    """`text` without the given personal `values` (ID numbers, phones, addresses: removed
    wherever they occur), with `names` masked, and with every other ID number or phone in it
    replaced by ****."""
    text = text or ""
    if not text:
        return text
    for value in sorted({v.strip() for v in values if v and len(v.strip()) >= 4}, key=len, reverse=True):
        text = text.replace(value, "****")
    text = masking.names_in(text, names)
    text = masking.free_text(text)
    return _MASKED_NUMBER.sub(lambda m: "****" if re.search(r"\d", m.group()) else m.group(), text)


@dataclass
class Result:
    counts: dict[str, int] = field(default_factory=lambda: {k.key: 0 for k in KINDS})
    people: int = 0  # anonymised in place
    stand_ins: int = 0  # created for people other records still need

    def detail(self) -> str:
        """The summary event's text: counts only."""
        parts = [f"{BY_KEY[k].label_en.lower()} {n}" for k, n in self.counts.items()]
        return ", ".join(parts) + f"; people anonymised {self.people}, stand-ins {self.stand_ins}"

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class _Run:
    """One anonymisation: the chosen rows by table, then the people they name."""

    def __init__(self, user, chosen: dict[str, set[int]]):
        self.user = user
        self.ids = {name: set() for name in ("Consultation", "MediationCase", "AidApplication", "CardIssue", "Person")}
        for kind, ids in chosen.items():
            self.ids[ENTITY[kind]] |= ids
        # the consultations that led to a chosen case or application go with it
        for model, column in (("MediationCase", Consultation.mediation_case),
                              ("AidApplication", Consultation.aid_application)):
            if self.ids[model]:
                linked = Consultation.select(Consultation.id).where(column.in_(list(self.ids[model])))
                self.ids["Consultation"] |= {c.id for c in linked}
        already = {name: _already_of(name) for name in self.ids}
        for name in self.ids:
            self.ids[name] -= already[name]
        self.done = {name: self.ids[name] | already[name] for name in self.ids}  # records no one needs now
        self.result = Result()
        self.result.counts = {k.key: len(self.ids[ENTITY[k.key]]) for k in KINDS}
        self.replacement: dict[int, int] = {}  # person id -> the id the chosen records name now

    # -- who is named where
    def links(self) -> list[tuple[object, str, int, int]]:
        """(model, column, row id, person id) of every person link of the chosen records."""
        out = []
        c, m, a, k = (list(self.ids[n]) for n in ("Consultation", "MediationCase", "AidApplication", "CardIssue"))
        for row in Consultation.select(Consultation.id, Consultation.person).where(
                Consultation.id.in_(c) & Consultation.person.is_null(False)):
            out.append((Consultation, "person", row.id, row.person_id))
        for row in MediationParty.select(MediationParty.id, MediationParty.person).where(MediationParty.case.in_(m)):
            out.append((MediationParty, "person", row.id, row.person_id))
        for row in AidApplication.select(AidApplication.id, AidApplication.applicant, AidApplication.agent).where(
                AidApplication.id.in_(a)):
            out.append((AidApplication, "applicant", row.id, row.applicant_id))
            if row.agent_id is not None:
                out.append((AidApplication, "agent", row.id, row.agent_id))
        for row in CardIssue.select(CardIssue.id, CardIssue.person).where(
                CardIssue.id.in_(k) & CardIssue.person.is_null(False)):
            out.append((CardIssue, "person", row.id, row.person_id))
        return out

    def needed_elsewhere(self, person_id: int) -> bool:
        """Whether a record outside this run, not yet anonymised, names the person."""
        done = self.done
        checks = [
            (Consultation.id, Consultation.person == person_id, "Consultation"),
            (MediationParty.case, MediationParty.person == person_id, "MediationCase"),
            (AidApplication.id, (AidApplication.applicant == person_id) | (AidApplication.agent == person_id),
             "AidApplication"),
            (CardIssue.id, CardIssue.person == person_id, "CardIssue"),
        ]
        for column, where, name in checks:
            for (record_id,) in column.model.select(column).where(where).tuples():
                if record_id not in done[name]:
                    return True
        screening = screening_parties()  # screening items are not anonymised (yet): they need them
        return screening is not None and screening.select().where(screening.person == person_id).exists()

    # -- the writes
    def person(self, person: Person) -> int:
        """Anonymise `person` in place, or make their stand-in; the id the records name now."""
        if person.id in self.replacement:
            return self.replacement[person.id]
        masked = masking.name(person.name)
        if self.needed_elsewhere(person.id):
            stand_in = Person.create(name=masked, gender=person.gender, created_by=actor_id(self.user),
                                     updated_by=actor_id(self.user), deleted_at=person.deleted_at)
            record_write(self.user, "create", "Person", stand_in.id, fields=["name", "gender"],
                         detail="stand-in for anonymised records")
            self.result.stand_ins += 1
            self.replacement[person.id] = stand_in.id
        else:
            Person.update(name=masked, updated_at=now(), updated_by=actor_id(self.user),
                          **PERSON_CLEARED).where(Person.id == person.id).execute()
            record_write(self.user, ANONYMISE, "Person", person.id,
                         fields=["name", *[f for f in PERSON_CLEARED if f != "name_pinyin"]])
            self.result.people += 1
            self.replacement[person.id] = person.id
        return self.replacement[person.id]

    def text_fields(self, model, row_id: int, names, values) -> list[str]:
        row = model.get_by_id(row_id)
        changed = {}
        for name in TEXTS[model.__name__]:
            before = getattr(row, name) or ""
            after = scrub(before, names, values)
            if after != before:
                changed[name] = after
        if changed:
            model.update(**changed).where(model.id == row_id).execute()
        return sorted(changed)


def _already_of(entity: str) -> set[int]:
    return {e.entity_id for e in AuditEvent.select(AuditEvent.entity_id).where(
        (AuditEvent.action == ANONYMISE) & (AuditEvent.entity == entity) & AuditEvent.entity_id.is_null(False))}


def _people_of(links, person_ids=()) -> dict[int, Person]:
    wanted = {pid for *_rest, pid in links} | set(person_ids)
    return {p.id: p for p in Person.select().where(Person.id.in_(list(wanted)))}


def _personal_values(people: Iterable[Person]) -> tuple[list[str], list[str]]:
    names, values = [], []
    for p in people:
        names.append(p.name)
        values += [p.id_number or "", p.phone or "", p.address or ""]
    return names, values


def anonymise(chosen: Iterable[DueRecord | tuple[str, int]], *, user,
              progress: Callable[[int, int], None] | None = None) -> Result:
    """Anonymise the chosen records (DueRecords, or (kind, id) pairs) in one transaction:
    all or nothing. Administrators only. Records already anonymised are passed over.
    `progress(done, total)` is called as the records are done (from the caller's thread)."""
    records.require_admin(user, "anonymise records", "匿名化记录")
    by_kind: dict[str, set[int]] = {}
    for item in chosen:
        kind, record_id = (item.kind, item.record_id) if isinstance(item, DueRecord) else item
        if kind not in ENTITY:
            raise ValueError(f"not a kind of record: {kind!r}")
        by_kind.setdefault(kind, set()).add(int(record_id))
    pairs = sorted((kind, i) for kind, ids in by_kind.items() for i in ids)
    total, done, result = len(pairs), 0, Result()

    def tick():
        nonlocal done
        done = min(done + 1, total)
        if progress is not None and (done % 25 == 0 or done == total):
            progress(done, total)

    with atomic():
        # batches keep every IN (...) under SQLite's limit of variables; one transaction still
        for start in range(0, total, BATCH):
            part: dict[str, set[int]] = {}
            for kind, i in pairs[start:start + BATCH]:
                part.setdefault(kind, set()).add(i)
            done_part = _batch(part, user, tick)
            for kind, n in done_part.counts.items():
                result.counts[kind] += n
            result.people += done_part.people
            result.stand_ins += done_part.stand_ins
        record_write(user, ANONYMISE, "", None, detail=result.detail())
    if progress is not None:
        progress(total, total)
    return result


def _batch(by_kind: dict[str, set[int]], user, tick) -> Result:
    """One batch of anonymise(), inside its transaction."""
    run = _Run(user, by_kind)
    links = run.links()
    people = _people_of(links, run.ids["Person"])
    # the names and numbers of everyone each record names, read before anyone is anonymised
    named: dict[tuple[str, int], list[Person]] = {}
    parent_of_party = {p.id: p.case_id for p in MediationParty.select(MediationParty.id, MediationParty.case)
                       .where(MediationParty.case.in_(list(run.ids["MediationCase"])))}
    for model, _column, row_id, pid in links:
        key = ("MediationCase", parent_of_party[row_id]) if model is MediationParty else (model.__name__, row_id)
        named.setdefault(key, []).append(people[pid])
    agents = {}
    for party in MediationParty.select().where(MediationParty.case.in_(list(run.ids["MediationCase"]))):
        if party.agent:
            agents.setdefault(party.case_id, []).append(party.agent)
    case_of_consultation = {c.id: (c.mediation_case_id, c.aid_application_id) for c in Consultation.select(
        Consultation.id, Consultation.mediation_case, Consultation.aid_application).where(
        Consultation.id.in_(list(run.ids["Consultation"])))}

    def who(key):
        names, values = _personal_values(named.get(key, []))
        if key[0] == "MediationCase":
            names += agents.get(key[1], [])
        return names, values

    # texts first, while every name and number is still known
    for case_id in sorted(run.ids["MediationCase"]):
        names, values = who(("MediationCase", case_id))
        fields = run.text_fields(MediationCase, case_id, names, values)
        for session in MediationSession.select(MediationSession.id).where(MediationSession.case == case_id):
            if run.text_fields(MediationSession, session.id, names, values):
                fields.append("sessions")
        fields += _children(run, case_id, names, values, FollowUp.mediation_case, DossierItem, DossierItem.case,
                            "dossier")
        for party in MediationParty.select().where((MediationParty.case == case_id) & (MediationParty.agent != "")):
            MediationParty.update(agent=masking.name(party.agent)).where(MediationParty.id == party.id).execute()
            fields.append("agent")
        _done(run, MediationCase, case_id, fields + ["parties"])
        tick()
    for app_id in sorted(run.ids["AidApplication"]):
        names, values = who(("AidApplication", app_id))
        fields = run.text_fields(AidApplication, app_id, names, values)
        fields += _children(run, app_id, names, values, FollowUp.aid_application, AidMaterial,
                            AidMaterial.application, "materials")
        _done(run, AidApplication, app_id, fields + ["applicant"])
        tick()
    for consultation_id in sorted(run.ids["Consultation"]):
        names, values = who(("Consultation", consultation_id))
        case_id, app_id = case_of_consultation.get(consultation_id, (None, None))
        for key in (("MediationCase", case_id), ("AidApplication", app_id)):
            if key[1] is not None:
                more_names, more_values = who(key)
                names, values = names + more_names, values + more_values
        fields = run.text_fields(Consultation, consultation_id, names, values)
        _done(run, Consultation, consultation_id, fields + ["person"])
        tick()
    for card_id in sorted(run.ids["CardIssue"]):
        names, values = who(("CardIssue", card_id))
        _done(run, CardIssue, card_id, run.text_fields(CardIssue, card_id, names, values) + ["person"])
        tick()
    # then the people: in place, or a stand-in the chosen records point to
    for model, column, row_id, pid in links:
        new_id = run.person(people[pid])
        if new_id != pid:
            model.update(**{column: new_id}).where(model.id == row_id).execute()
    for pid in sorted(run.ids["Person"] - set(run.replacement)):
        if run.needed_elsewhere(pid):  # chosen by id, but a record still needs them: kept
            run.result.counts["person"] -= 1
        else:
            run.person(Person.get_by_id(pid))
        tick()
    return run.result


def _children(run, parent_id, names, values, followup_column, child_model, child_column, label) -> list[str]:
    """Scrub the follow-ups and the notes of the checklist rows (dossier items, materials)."""
    fields = []
    for f in FollowUp.select(FollowUp.id).where(followup_column == parent_id):
        if run.text_fields(FollowUp, f.id, names, values):
            fields.append("followups")
    for row in child_model.select().where((child_column == parent_id) & (child_model.note != "")):
        after = scrub(row.note, names, values)
        if after != row.note:
            child_model.update(note=after).where(child_model.id == row.id).execute()
            fields.append(label)
    return sorted(set(fields))


def _done(run, model, row_id: int, fields) -> None:
    model.update(updated_at=now(), updated_by=actor_id(run.user)).where(model.id == row_id).execute()
    record_write(run.user, ANONYMISE, model.__name__, row_id, fields=sorted(set(fields)))
