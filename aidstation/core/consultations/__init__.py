"""Reception: consultations at the desk and on the 12348 hotline (DESIGN §4, §6), and the
replies they still owe.

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.consultations.clocks import (
    consultation_due,
)
from aidstation.core.consultations.service import (
    FIELDS,
    LETTER_WORKING_DAYS,
    ONLINE_DAYS,
    auto_reply_due,
    count,
    delete,
    get,
    get_by_number,
    group_codes,
    mark_answered,
    query,
    record,
    restore,
    search,
    update,
)
from aidstation.core.consultations.suggest import (
    ELDERLY_AGE,
    MINOR_AGE,
    age_groups,
    age_on,
    birth_date_of,
    last_channel,
    last_visit,
)

__all__ = [
    "ELDERLY_AGE",
    "FIELDS",
    "LETTER_WORKING_DAYS",
    "MINOR_AGE",
    "ONLINE_DAYS",
    "age_groups",
    "age_on",
    "auto_reply_due",
    "birth_date_of",
    "consultation_due",
    "count",
    "delete",
    "get",
    "get_by_number",
    "group_codes",
    "last_channel",
    "last_visit",
    "mark_answered",
    "query",
    "record",
    "restore",
    "search",
    "update",
]
