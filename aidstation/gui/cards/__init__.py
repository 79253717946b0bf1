"""Contact cards: the list of hand-overs, printing sheets, the card design dialog."""
from __future__ import annotations

from aidstation.gui.cards.page import PAGE

__all__ = ["PAGE"]
