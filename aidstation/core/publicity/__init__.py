"""Publicity: activities, their figures and photos, cards handed out at them.

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.publicity.service import (
    COUNTS,
    FIELDS,
    MAX_PHOTO_BYTES,
    MAX_PHOTO_PIXELS,
    MAX_PHOTO_SIDE,
    MAX_PHOTOS,
    STORED_SIDE,
    TEXTS,
    activities,
    activity_query,
    add_photo,
    cards_issued,
    create_activity,
    delete_activity,
    issue_cards,
    month_totals,
    photo_path,
    photos_folder,
    remove_photo,
    restore_activity,
    update_activity,
)

__all__ = [
    "COUNTS",
    "TEXTS",
    "FIELDS",
    "MAX_PHOTOS",
    "MAX_PHOTO_BYTES",
    "MAX_PHOTO_PIXELS",
    "MAX_PHOTO_SIDE",
    "STORED_SIDE",
    "create_activity",
    "update_activity",
    "delete_activity",
    "restore_activity",
    "activities",
    "month_totals",
    "issue_cards",
    "photos_folder",
    "photo_path",
    "add_photo",
    "remove_photo",
    "activity_query",
    "cards_issued",
]
