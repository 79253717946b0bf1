"""The case window's Follow-ups tab: return visits (回访) of a saved case, added, deleted and
printed one at a time."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView

from aidstation.core import codes, mediation
from aidstation.core.models import MediationCase
from aidstation.gui.kit import messages
from aidstation.gui.mediation.tables import cell, setup_table


class MediationFollowupsTab(QObject):
    """Drives the Follow-ups tab's widgets, which belong to the case window `dialog`."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = d = dialog
        lang = d.context.code_lang
        d.method_combo.set_kind("followup_method", lang)
        d.satisfaction_combo.set_kind("satisfaction", lang, blank=self.tr("(none)"))
        d.reached_check.setChecked(True)
        setup_table(d.followups_table, [self.tr("Date"), self.tr("Method"), self.tr("Reached"),
                                        self.tr("Satisfaction"), self.tr("Visitor"), self.tr("Notes")])
        d.followups_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        d.followups_table.horizontalHeader().setStretchLastSection(True)
        d.add_followup_button.clicked.connect(self.add_followup)
        d.print_followup_button.clicked.connect(self.print_selected_followup)
        d.delete_followup_button.clicked.connect(self.delete_selected_followup)

    def refresh(self, case: MediationCase) -> None:
        d = self.dialog
        lang = d.context.code_lang
        rows = mediation.followups_of(case)
        d.followups_table.setRowCount(len(rows))
        for r, f in enumerate(rows):
            d.followups_table.setItem(r, 0, cell(f.visited_on.isoformat(), f.id))
            d.followups_table.setItem(r, 1, cell(codes.label("followup_method", f.method, lang)))
            d.followups_table.setItem(r, 2, cell(self.tr("Yes") if f.reached else self.tr("No")))
            d.followups_table.setItem(r, 3, cell(codes.label("satisfaction", f.satisfaction, lang)
                                                 if f.satisfaction else ""))
            d.followups_table.setItem(r, 4, cell(f.visitor))
            d.followups_table.setItem(r, 5, cell(f.notes or f.performance))

    def add_followup(self) -> None:
        d = self.dialog
        reached = d.reached_check.isChecked()
        visitor = getattr(d.context.user, "display_name", "") or getattr(d.context.user, "username", "")
        if d.run(lambda: mediation.add_followup(
                d.case, user=d.context.user, visited_on=d.visited_on_edit.date_value(),
                visitor=visitor, method=d.method_combo.code() or "phone", reached=reached,
                performance=d.followup_performance_edit.text(),
                satisfaction=d.satisfaction_combo.code() if reached else "",
                notes=d.followup_notes_edit.text())):
            d.followup_performance_edit.clear()
            d.followup_notes_edit.clear()
            d.context.notify("FollowUp")

    def delete_selected_followup(self) -> None:
        d = self.dialog
        visit = d.selected(d.followups_table, mediation.followups_of(d.case), "followup")
        if visit is not None and messages.ask_yes_no(d, self.tr("Delete record"), self.tr(
                "Delete the follow-up of {when}?").format(when=visit.visited_on.isoformat())):
            if d.run(lambda: mediation.delete_followup(visit, user=d.context.user)):
                d.context.notify("FollowUp")

    def print_selected_followup(self) -> Path | None:
        d = self.dialog
        followup = d.selected(d.followups_table, mediation.followups_of(d.case), "followup")
        if followup is None:
            return None
        return d.printer.print_document("followup", followup=followup)
