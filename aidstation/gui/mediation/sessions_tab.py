"""The case window's Sessions tab: mediation and investigation sessions of a saved case, added,
deleted and printed one at a time. The session typed below the list is a draft: the window's
Save adds it too, and leaving the tab or closing the window with it asks."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QObject

from aidstation.core import mediation
from aidstation.core.models import MediationCase, Staff
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.mediation.tables import cell, setup_table


class MediationSessionsTab(QObject):
    """Drives the Sessions tab's widgets, which belong to the case window `dialog`."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = d = dialog
        d.session_kind_combo.addItem(self.tr("(choose)"), "")
        d.session_kind_combo.addItem(self.tr("Mediation"), "mediation")
        d.session_kind_combo.addItem(self.tr("Investigation"), "investigation")
        setup_table(d.sessions_table, [self.tr("Held at"), self.tr("Kind"), self.tr("Place"),
                                       self.tr("Recorder"), self.tr("Record")])
        setup_columns(d.sessions_table, "mediation/case_sessions", stretch=4, hide_first=[3, 2])
        d.add_session_button.clicked.connect(self.add_session)
        d.print_session_button.clicked.connect(self.print_selected_session)
        d.delete_session_button.clicked.connect(self.delete_selected_session)

    def refresh(self, case: MediationCase) -> None:
        d = self.dialog
        rows = mediation.sessions_of(case)
        d.sessions_table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            kind = self.tr("Investigation") if s.kind == "investigation" else self.tr("Mediation")
            d.sessions_table.setItem(r, 0, cell(s.held_at.strftime("%Y-%m-%d %H:%M"), s.id))
            d.sessions_table.setItem(r, 1, cell(kind))
            d.sessions_table.setItem(r, 2, cell(s.place))
            d.sessions_table.setItem(r, 3, cell(s.recorder.name if s.recorder else ""))
            d.sessions_table.setItem(r, 4, cell(" ".join(s.record.split())[:60]))
        d.add_session_button.setEnabled(case.status in mediation.OPEN or case.status == "suspended")

    def clear_draft(self) -> None:
        """The typed session is dropped: the fields as a new one starts."""
        d = self.dialog
        d.held_at_edit.setDateTime(QDateTime.currentDateTime())
        d.session_kind_combo.setCurrentIndex(0)
        d.place_edit.clear()
        d.recorder_combo.setCurrentIndex(0)
        d.participants_edit.clear()
        d.record_edit.clear()
        d.guards["session"].mark_clean()

    def add_session(self) -> bool:
        d = self.dialog
        held = d.held_at_edit.dateTime().toPython().replace(second=0, microsecond=0)
        recorder = d.recorder_combo.currentData()
        if not d.run(lambda: mediation.add_session(
                d.case, user=d.context.user, held_at=held, place=d.place_edit.text(),
                participants=d.participants_edit.text(), record=d.record_edit.toPlainText(),
                recorder=Staff.get_by_id(recorder) if recorder else None,
                kind=d.session_kind_combo.currentData())):
            return False
        d.record_edit.clear()
        d.participants_edit.clear()
        d.guards["session"].mark_clean()  # place, kind and recorder stay for the next one
        messages.status(d, self.tr("Session of {when} added to {number}").format(
            when=held.strftime("%Y-%m-%d %H:%M"), number=d.case.number))
        return True

    def delete_selected_session(self) -> None:
        d = self.dialog
        session = d.selected(d.sessions_table, mediation.sessions_of(d.case), "session")
        if session is None:
            return
        when = session.held_at.strftime("%Y-%m-%d %H:%M")
        if messages.ask_yes_no(d, self.tr("Delete record"), self.tr(
                "Delete the record of {when}?").format(when=when)):
            if d.run(lambda: mediation.delete_session(session, user=d.context.user)):
                messages.status(d, self.tr("Session of {when} deleted").format(when=when))

    def print_selected_session(self) -> Path | None:
        d = self.dialog
        session = d.selected(d.sessions_table, mediation.sessions_of(d.case), "session")
        if session is None:
            return None
        key = "investigation" if session.kind == "investigation" else "record"
        return d.printer.print_document(key, session=session)
