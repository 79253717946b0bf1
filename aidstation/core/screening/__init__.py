"""Dispute screening (矛盾纠纷排查): rounds, the disputes found, what screening owes.

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.screening.due import (
    MAX_DAYS,
    WATCHED_RISKS,
    AreaDue,
    OpenItem,
    areas_due,
    open_items,
    own_schedule,
    schedule,
    screening_due,
    set_schedule,
)
from aidstation.core.screening.service import (
    OUTCOMES,
    RISKS,
    ItemInput,
    add_item,
    close_item,
    delete_round,
    get,
    hand_to_mediation,
    item_count,
    items_of,
    parties_of,
    record_round,
    restore_round,
    round_query,
    update_round,
)

__all__ = [
    "OUTCOMES",
    "RISKS",
    "WATCHED_RISKS",
    "ItemInput",
    "record_round",
    "add_item",
    "update_round",
    "delete_round",
    "restore_round",
    "hand_to_mediation",
    "close_item",
    "get",
    "items_of",
    "parties_of",
    "item_count",
    "round_query",
    "schedule",
    "own_schedule",
    "MAX_DAYS",
    "set_schedule",
    "AreaDue",
    "areas_due",
    "screening_due",
    "OpenItem",
    "open_items",
]
