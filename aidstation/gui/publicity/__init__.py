"""Publicity: activities, their figures and photos."""
from __future__ import annotations

from aidstation.gui.publicity.page import PAGE

__all__ = ["PAGE"]
