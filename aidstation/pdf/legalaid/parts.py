"""Pieces shared by the legal-aid documents: the station's letterhead, contacts and labels."""
from __future__ import annotations

import datetime as dt

from aidstation.core import codes, settings
from aidstation.core.models import AidApplication
from aidstation.pdf import common as c

GENDER = {"M": "男", "F": "女"}


def station_name() -> str:
    return settings.get("station.name") or "法律援助工作站"


def centre_name() -> str:
    return settings.get("station.aid_centre") or "区法律援助中心"


def contacts_table() -> object:
    """The station's address and telephones, for the applicant to keep."""
    phone = settings.get("station.phone")
    hotline = settings.get("station.hotline")
    return c.fields_table([
        ("工作站", (station_name(), "wide")),
        ("地址", (settings.get("station.address") or "", "wide")),
        ("联系电话", phone or ""), ("法律援助热线", hotline or "12348"),
    ], columns=2, label_mm=26, shade=True)


def label(kind: str, code: str) -> str:
    return codes.label(kind, code, "zh") if code else ""


def age_text(app: AidApplication) -> str:
    b = app.applicant.birth_date
    if b is None:
        return ""
    on = app.received_on
    return f"{on.year - b.year - ((on.month, on.day) < (b.month, b.day))}岁"


def applicant_line(app: AidApplication) -> str:
    p = app.applicant
    parts = [p.name]
    if p.gender in GENDER:
        parts.append(GENDER[p.gender])
    if age_text(app):
        parts.append(age_text(app))
    return "，".join(parts)


def applicant_table(app: AidApplication, values: c.Values) -> object:
    """Who the document is about: applicant (and agent) with ID number and phone as `values`
    shows them (the document module's FULL_VALUES)."""
    p = app.applicant
    pairs = [("申请人", applicant_line(app)), ("联系电话", values.phone(p.phone)),
             ("身份证号", (values.id_number(p.id_number), "wide"))]
    if app.agent_id:
        pairs += [("代理人", f"{app.agent.name}（{app.agent_relation}）" if app.agent_relation else app.agent.name),
                  ("联系电话", values.phone(app.agent.phone))]
    return c.fields_table(pairs, columns=2, label_mm=24, shade=True)


def today() -> dt.date:
    return dt.date.today()
