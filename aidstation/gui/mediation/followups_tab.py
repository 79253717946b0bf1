"""The case window's Follow-ups tab: return visits (回访) of a saved case, added, deleted and
printed one at a time. The visit typed below the list is a draft: the window's Save adds it too,
and leaving the tab or closing the window with it asks."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

from aidstation.core import codes, mediation
from aidstation.core.models import MediationCase
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.mediation.tables import cell, date_arg, setup_table


class MediationFollowupsTab(QObject):
    """Drives the Follow-ups tab's widgets, which belong to the case window `dialog`."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = d = dialog
        lang = d.context.code_lang
        d.method_combo.set_kind("followup_method", lang, blank=self.tr("(choose)"))
        d.satisfaction_combo.set_kind("satisfaction", lang, blank=self.tr("(none)"))
        # A satisfaction can only come from someone reached: picking one ticks Reached.
        d.satisfaction_combo.currentIndexChanged.connect(
            lambda _i: d.satisfaction_combo.code() and d.reached_check.setChecked(True))
        setup_table(d.followups_table, [self.tr("Date"), self.tr("Method"), self.tr("Reached"),
                                        self.tr("Satisfaction"), self.tr("Visitor"), self.tr("Notes")])
        setup_columns(d.followups_table, "mediation/case_followups", stretch=5, hide_first=[4, 2])
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

    def clear_draft(self) -> None:
        d = self.dialog
        d.visited_on_edit.set_date_value(dt.date.today())
        d.method_combo.setCurrentIndex(0)
        d.reached_check.setChecked(False)
        d.satisfaction_combo.setCurrentIndex(0)
        d.followup_performance_edit.clear()
        d.followup_notes_edit.clear()
        d.guards["followup"].mark_clean()

    def add_followup(self) -> bool:
        d = self.dialog
        reached = d.reached_check.isChecked()
        visitor = getattr(d.context.user, "display_name", "") or getattr(d.context.user, "username", "")
        visited = date_arg(d.visited_on_edit)
        if not d.run(lambda: mediation.add_followup(
                d.case, user=d.context.user, visited_on=visited,
                visitor=visitor, method=d.method_combo.code(), reached=reached,
                performance=d.followup_performance_edit.text(),
                satisfaction=d.satisfaction_combo.code(),
                notes=d.followup_notes_edit.text())):
            return False
        self.clear_draft()
        d.context.notify("FollowUp")
        messages.status(d, self.tr("Follow-up of {date} added to {number}").format(
            date=str(visited), number=d.case.number))
        return True

    def delete_selected_followup(self) -> None:
        d = self.dialog
        visit = d.selected(d.followups_table, mediation.followups_of(d.case), "followup")
        if visit is not None and messages.ask_yes_no(d, self.tr("Delete record"), self.tr(
                "Delete the follow-up of {when}?").format(when=visit.visited_on.isoformat())):
            if d.run(lambda: mediation.delete_followup(visit, user=d.context.user)):
                d.context.notify("FollowUp")
                messages.status(d, self.tr("Follow-up of {date} deleted").format(
                    date=visit.visited_on.isoformat()))

    def print_selected_followup(self) -> Path | None:
        d = self.dialog
        followup = d.selected(d.followups_table, mediation.followups_of(d.case), "followup")
        if followup is None:
            return None
        return d.printer.print_document("followup", followup=followup)
