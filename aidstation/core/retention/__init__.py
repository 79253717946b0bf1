"""Retention: how long each kind of record keeps its personal data after it closes, the
records past their period, and their anonymisation (PIPL Art. 19, 47), every past monthly
total unchanged; and the log filter that keeps personal numbers out of the log file.

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.retention.anonymise import Result, anonymise, scrub
from aidstation.core.log_masking import MaskPersonalNumbers
from aidstation.core.retention.periods import (
    BY_KEY,
    KINDS,
    MAX_YEARS,
    Kind,
    all_years,
    cutoff,
    set_years,
    years,
)
from aidstation.core.retention.review import ANONYMISE, DueRecord, due, due_counts

__all__ = [
    "KINDS",
    "MAX_YEARS",
    "BY_KEY",
    "Kind",
    "years",
    "all_years",
    "set_years",
    "cutoff",
    "DueRecord",
    "due",
    "due_counts",
    "ANONYMISE",
    "anonymise",
    "scrub",
    "Result",
    "MaskPersonalNumbers",
]
