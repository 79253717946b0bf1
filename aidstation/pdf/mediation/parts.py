"""Pieces shared by the mediation documents: committee name, party particulars, writing + audit.

Personal data on mediation documents (DESIGN §12, masking follows the reader): names, sex,
ethnicity, age, occupation and address are printed where the official form asks for them
(申请书, 受理登记表, 协议书, 口头协议登记表). Each document module declares FULL_VALUES: the
application and the agreement (the parties sign them; a court may confirm the agreement) show
phones and ID numbers in full, every other mediation document masks them (138****8000,
110105********002X); common.Values applies it. A party removed from the case is masked where
the case title still names them (case_title).
"""
from __future__ import annotations

import datetime as dt

from aidstation.core import codes, masking, mediation, records, settings
from aidstation.core.models import MediationCase, MediationParty, Person
from aidstation.pdf import common as c

GENDER = {"M": "男", "F": "女"}


def committee() -> str:
    """The committee's name for headers and seals: station.committee, else the station name."""
    name = settings.get("station.committee").strip()
    if name:
        return name
    station = settings.get("station.name").strip()
    return f"{station}人民调解委员会" if station else "人民调解委员会"


def age(person: Person, on: dt.date) -> str:
    born = person.birth_date
    if not born:
        return ""
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return str(years)


def dispute_label(case: MediationCase) -> str:
    return codes.label("dispute_type", case.dispute_type, "zh")


def names(case: MediationCase, role: str | None = None) -> str:
    return "、".join(p.person.name for p in mediation.parties_of(case, role))


def mediator_names(case: MediationCase) -> str:
    return "、".join(s.name for s in mediation.mediators_of(case))


def removed_names(case: MediationCase) -> set[str]:
    """Names of people taken off the case (a replaced or removed party) who are not parties now."""
    live = {p.person_id for p in mediation.parties_of(case)}
    rows = (MediationParty.select(MediationParty.person, Person.name).join(Person)
            .where((MediationParty.case == case) & MediationParty.deleted_at.is_null(False)))
    return {row.person.name for row in rows if row.person_id not in live}


def case_title(case: MediationCase) -> str:
    """The case title as documents print it: a removed party's name masked (DESIGN §12)."""
    return masking.names_in(case.title, removed_names(case))


def header(case: MediationCase, title: str, *, number: bool = True) -> list:
    """The title and, unless number=False, the case number under it."""
    return [c.title(title)] + ([c.number_line(case.number)] if number else [c.spacer(3)])


def party_table(case: MediationCase, roles=mediation.ROLES, *, values: c.Values,
                with_id: bool = False, on: dt.date | None = None, label=None, label_mm: float = 20):
    """The official particulars block per party: role | 姓名 性别 民族 年龄 / 职业或职务 联系方式 /
    单位或住址 (/ 身份证号码); phone and ID number as `values` shows them (the document's reader).
    `label(party)` gives the first column (default: the role, and the agent if any), label_mm wide."""
    on = on or case.received_on
    rows, spans = [], []
    for party in (p for p in mediation.parties_of(case) if p.role in roles):
        p = party.person
        role = label(party) if label else mediation.role_label(party.role)
        if party.agent and not label:
            role += f"（代理人：{party.agent}）"
        phone = values.phone(p.phone)
        r = len(rows)
        rows.append([c.label(role), c.label("姓名"), p.name, c.label("性别"), GENDER.get(p.gender, ""),
                     c.label("民族"), p.ethnicity, c.label("年龄"), age(p, on)])
        rows.append(["", c.label("职业或职务"), p.occupation, c.label("联系方式"), "", phone])
        rows.append(["", c.label("单位或住址"), p.address])
        spans += [((3, r + 1), (4, r + 1)), ((5, r + 1), (8, r + 1)), ((2, r + 2), (8, r + 2))]
        if with_id:
            rows.append(["", c.label("身份证号码"), values.id_number(p.id_number)])
            spans.append(((2, r + 3), (8, r + 3)))
        spans.append(((0, r), (0, len(rows) - 1)))
    if not rows:
        rows = [[c.label("当事人"), "", "", "", "", "", "", "", ""]]
    return c.form_table(rows, [label_mm, 23, 0, 12, 10, 12, 15, 12, 14], spans=spans, shade=True)


def write(case: MediationCase, path, story: list, *, title: str, document: str, user,
          full: bool, audit: bool = True, number: bool = True) -> int:
    """Write the document for `case` and record the print in the audit log; returns pages.
    Refused before anything is written when `user` may not (records.require_user). A document
    with full values (`full`, its module's FULL_VALUES) is always audited, marked as such.
    number=False: no case number in the running header (a form written before acceptance, or
    one that prints the number once, under its title)."""
    audit = audit or full
    if audit:
        records.require_user(user)
    pages = c.build_pdf(path, story, org=committee(), number=case.number if number else "", title=title)
    if audit:
        mediation.record_print(case, document, user=user, file_name=c.print_note(path, full))
    return pages
