"""Reception: the list of consultations and the form at the desk."""
from __future__ import annotations

from aidstation.gui.reception.page import PAGE

__all__ = ["PAGE"]
