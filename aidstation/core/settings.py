"""Every station setting declared once, with its default; stored in the Setting table.

Business settings live in the database so they travel with backups; window geometry and
last-used folders are the GUI's business (QSettings).
"""
from __future__ import annotations

from aidstation.core.db import atomic
from aidstation.core.models import Setting

# key -> default (all values are stored as text; bools as '1'/'0').
DECLARED: dict[str, str] = {
    "station.name": "",
    "station.code": "",
    "station.district": "",
    "station.address": "",
    "station.hotline": "12348",
    "station.phone": "",
    "station.head": "",
    "station.committee": "",  # 人民调解委员会 name printed on mediation documents
    "station.aid_centre": "",  # the district legal-aid centre applications go to
    "station.demo": "0",
    "numbers.mediation_prefix": "",  # the {prefix} of （2026）{prefix}人调字第N号
    "numbers.aid_prefix": "援",
    "aid.hardship_threshold": "0",  # yuan per head per month; 0 = not set
    "aid.card_holders_exempt": "0",  # low-income card holders count as social assistance
    "aid.supplement_days": "15",  # days the one-time notice gives to supply missing materials
    "aid.followup_days": "30",  # return visit due this many days after an aid case is closed
    "clocks.working_days": "0",  # count deadlines in working days instead of natural days
    # the station's own holidays and make-up working days, JSON by year (core/workcalendar.py);
    # a year here replaces the chinesecalendar package's
    "calendar.years": "{}",
    "import.synonyms": "{}",  # JSON {code table: {word: code}}: words an administrator taught the import
    "import.layouts": "{}",  # JSON {header hash: mapping}: how each ledger layout was mapped
    "security.idle_lock_minutes": "10",
    "card.title": "",
    "card.subtitle": "",
    "card.services": "",  # one service per line, printed on the back
    "card.staff_ids": "",  # comma-separated Staff ids in print order
    "card.office_hours": "",
    "card.qr_text": "tel:12348",
    "card.double_sided": "1",
    # --- dispute screening (issue 17): keys below this line are the screening area's ---
    "screening.every_days": "15",  # a round is due in each active area this many days after its last
    "screening.schedule": "{}",  # JSON {area code: days}: areas screened on another rhythm
    "screening.risk_red": "可能激化为刑事案件、群体性事件或极端事件，需立即上报并落实稳控",
    "screening.risk_yellow": "矛盾较突出、有激化苗头，需限期化解并持续跟踪",
    "screening.risk_blue": "一般矛盾纠纷，可就地化解或纳入日常调解",
    # --- retention of personal data (issue 20): keys below this line are core/retention's ---
    # years a record is kept after it closes, then anonymised (0 = kept for ever); the rule
    # behind each default is in core/retention/periods.py
    "retention.consultation_years": "3",
    "retention.mediation_years": "10",
    "retention.aid_years": "5",
    "retention.card_years": "2",
    "retention.person_years": "1",
}


def get(key: str) -> str:
    if key not in DECLARED:
        raise KeyError(f"undeclared setting {key!r}")
    row = Setting.get_or_none(Setting.key == key)
    return DECLARED[key] if row is None else row.value


def get_bool(key: str) -> bool:
    return get(key).strip() in ("1", "true", "yes")


def get_all() -> dict[str, str]:
    values = dict(DECLARED)
    for row in Setting.select():
        if row.key in DECLARED:
            values[row.key] = row.value
    return values


def set_many(values: dict[str, object], *, user) -> None:
    """Store several settings in one transaction (administrators only), audited by key name
    (never by value)."""
    from aidstation.core.accounts import require_admin
    from aidstation.core.audit import record_event

    require_admin(user, "change settings", "修改设置")
    for key in values:
        if key not in DECLARED:
            raise KeyError(f"undeclared setting {key!r}")
    with atomic():
        for key, value in values.items():
            text = ("1" if value else "0") if isinstance(value, bool) else str(value)
            Setting.insert(key=key, value=text).on_conflict_replace().execute()
        record_event(user, "update", "Setting", None, fields=sorted(values))


def seed_defaults() -> None:
    """Nothing to store: undeclared rows fall back to DECLARED. Kept for symmetry with codes."""
    return None
