"""Pieces shared by the mediation documents: committee name, party particulars, writing + audit.

Personal data on mediation documents (decided here, once; DESIGN §12): names, sex, ethnicity,
age, occupation and address are printed where the official form asks for them (申请书,
受理登记表, 协议书, 口头协议登记表). Phones are always masked (138****8000), on every mediation
document. The resident ID number is printed only on the 协议书, and masked there too
(110105********002X): the full value appears only in the person's own form.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from aidstation.core import codes, masking, mediation, records, settings
from aidstation.core.models import MediationCase, Person
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


def header(case: MediationCase, title: str) -> list:
    return [c.title(title), c.number_line(case.number)]


def party_table(case: MediationCase, roles=mediation.ROLES, *, with_id: bool = False,
                on: dt.date | None = None):
    """The official particulars block per party: role | 姓名 性别 民族 年龄 / 职业或职务 联系方式 /
    单位或住址 (/ 身份证号码), the phone and the ID number masked (DESIGN §12)."""
    on = on or case.received_on
    rows, spans = [], []
    for party in (p for p in mediation.parties_of(case) if p.role in roles):
        p = party.person
        role = mediation.role_label(party.role)
        if party.agent:
            role += f"（代理人：{party.agent}）"
        phone = masking.phone(p.phone)
        r = len(rows)
        rows.append([c.label(role), c.label("姓名"), p.name, c.label("性别"), GENDER.get(p.gender, ""),
                     c.label("民族"), p.ethnicity, c.label("年龄"), age(p, on)])
        rows.append(["", c.label("职业或职务"), p.occupation, c.label("联系方式"), "", phone])
        rows.append(["", c.label("单位或住址"), p.address])
        spans += [((3, r + 1), (4, r + 1)), ((5, r + 1), (8, r + 1)), ((2, r + 2), (8, r + 2))]
        if with_id:
            rows.append(["", c.label("身份证号码"), masking.id_number(p.id_number)])
            spans.append(((2, r + 3), (8, r + 3)))
        spans.append(((0, r), (0, len(rows) - 1)))
    if not rows:
        rows = [[c.label("当事人"), "", "", "", "", "", "", "", ""]]
    return c.form_table(rows, [20, 23, 0, 12, 10, 12, 15, 12, 14], spans=spans, shade=True)


def write(case: MediationCase, path, story: list, *, title: str, document: str, user,
          audit: bool = True) -> int:
    """Write the document for `case` and record the print in the audit log; returns pages.
    Refused before anything is written when `user` may not (records.require_user)."""
    if audit:
        records.require_user(user)
    pages = c.build_pdf(path, story, org=committee(), number=case.number, title=title)
    if audit:
        mediation.record_print(case, document, user=user, file_name=Path(path).name)
    return pages
