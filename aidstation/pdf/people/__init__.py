"""People's documents: everything the station holds about one person, for that person
(个人信息查阅单, PIPL Art. 45).

The area's public API; other layers import only this package.
"""
from __future__ import annotations

from aidstation.pdf.people import own_data
from aidstation.pdf.people.own_data import TITLE, render_own_data

__all__ = ["TITLE", "render_own_data", "own_data"]
