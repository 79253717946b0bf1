"""Pieces shared by the legal-aid documents: the station's letterhead, contacts and labels."""
from __future__ import annotations

import datetime as dt

from aidstation.core import codes, masking, settings
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


def id_masked(person) -> str:
    return masking.id_number(person.id_number) if person.id_number else ""


def phone_masked(person) -> str:
    return masking.phone(person.phone) if person.phone else ""


def today() -> dt.date:
    return dt.date.today()
