"""People"s mediation: the list of cases, the case window with its tabs, printing, the oral mediation form."""
from __future__ import annotations

from aidstation.gui.mediation.case import open_case, open_from_consultation
from aidstation.gui.mediation.oral_dialog import OralMediationDialog, open_oral
from aidstation.gui.mediation.page import PAGE

__all__ = ["PAGE", "open_case", "open_from_consultation", "open_oral", "OralMediationDialog"]
