"""The work summary (工作总结): a draft of any period's summary from the records, for a station
or, from the merged monthly workbooks, for a district. No Qt here; the Word and PDF writers
(aidstation/docx, aidstation/pdf/summary) lay the Draft out.

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.summary import compose, data, model, numbers, periods
from aidstation.core.summary.compose import district_draft, station_draft
from aidstation.core.summary.data import DistrictData, MergedMonth, StationData
from aidstation.core.summary.model import BLANK, Chart, Draft, Fact, Paragraph, Run, Table
from aidstation.core.summary.periods import publicity_month

__all__ = [
    "BLANK", "Chart", "DistrictData", "Draft", "Fact", "MergedMonth", "Paragraph", "Run",
    "StationData", "Table", "compose", "data", "district_draft", "model", "numbers", "periods",
    "publicity_month", "station_draft",
]
