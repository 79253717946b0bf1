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

__all__ = [
    "LETTER_WORKING_DAYS",
    "ONLINE_DAYS",
    "FIELDS",
    "auto_reply_due",
    "record",
    "update",
    "mark_answered",
    "delete",
    "restore",
    "group_codes",
    "get",
    "get_by_number",
    "query",
    "search",
    "count",
    "consultation_due",
]
