"""Reporting: the monthly indicator catalogue and its computation, and the months sent to
the district (submissions, manual figures, corrections).

The area's public API; other areas and layers import only this package.
"""
from __future__ import annotations

from aidstation.core.reporting import explain, indicators, matrix, periods, submissions

__all__ = [
    "explain",
    "indicators",
    "matrix",
    "periods",
    "submissions",
]
