"""People: the persons every record refers to, their duplicates, their history and everything
held about one of them (own_data: PIPL Art. 45).

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.people.own_data import OwnData, file_stem, gather, record_export
from aidstation.core.people.service import (
    AID_DECISIONS,
    AID_ROLES,
    FIELDS,
    GENDERS,
    DuplicateWarning,
    HistoryItem,
    create,
    delete,
    find_duplicates,
    get,
    history,
    pinyin_of,
    query,
    restore,
    reveal_id,
    search,
    update,
)

__all__ = [
    "FIELDS",
    "GENDERS",
    "DuplicateWarning",
    "find_duplicates",
    "create",
    "update",
    "delete",
    "restore",
    "get",
    "query",
    "search",
    "pinyin_of",
    "reveal_id",
    "AID_DECISIONS",
    "AID_ROLES",
    "HistoryItem",
    "history",
    "OwnData",
    "gather",
    "file_stem",
    "record_export",
]
