"""People: the list of persons, the person form and its history."""
from __future__ import annotations

from aidstation.gui.people.page import PAGE
from aidstation.gui.people.person_form import PersonForm

__all__ = ["PAGE", "PersonForm"]
