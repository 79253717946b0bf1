"""Dispute screening: the ledger of rounds and the round window."""
from __future__ import annotations

from aidstation.gui.screening.page import PAGE, open_round

__all__ = ["PAGE", "open_round"]
