"""Printing from the mediation case window: one document, or the whole dossier off the GUI
thread, written to the station's documents folder (audited by the PDF code), said where and
opened. The window's edits are saved first: a document never shows unsaved data."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from aidstation.core import mediation
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.guard import save_first


class MediationPrinter(QObject):
    """Prints the case of the case window `dialog` (saving its edits first)."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog

    def document_path(self, key: str) -> Path:
        d = self.dialog
        safe = re.sub(r"[^\w\-]+", "_", d.case.number).strip("_")
        folder = d.context.station.sub("documents") / "mediation"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        return folder / f"{safe}-{key}-{stamp}.pdf"

    def print_document(self, key: str, *, session=None, followup=None) -> Path | None:
        """Save the window's edits, then write one document (or the whole dossier) to the
        station's documents folder, audited; say where it went and open it."""
        from aidstation.pdf.mediation import dossier as mediation_dossier

        d = self.dialog
        if not save_first(d) or d.case is None:
            return None
        path = self.document_path(key)
        name = getattr(d.context.user, "display_name", "") or ""
        if key == "dossier":  # a dozen documents: off the GUI thread, with a progress dialog
            from aidstation.gui.kit import tasks

            user_id = d.context.user.id if d.context.user is not None else None
            self._print_task = tasks.run_task(
                d, render_dossier_job, d.case.id, str(path), user_id, name,
                title=self.tr("Print the whole dossier"), label=self.tr("Writing the dossier…"),
                cancellable=False, on_result=lambda _pages: messages.document_written(d, path),
                on_error=lambda exc, details: messages.error(d, self.tr("Printing failed"), str(exc), details))
            return path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            mediation_dossier.render_document(d.case, key, path, user=d.context.user,
                                              session=session, followup=followup, filed_by=name)
        except ValidationError as err:
            d.errors.show(err, d.context.code_lang)
            return None
        except OSError as exc:
            messages.error(d, self.tr("Printing failed"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        messages.document_written(d, path)
        return path


def render_dossier_job(case_id: int, path: str, user_id: int | None, filed_by: str) -> int:
    """The whole dossier, for a worker thread: plain arguments, its own reads."""
    from aidstation.core.models import User
    from aidstation.pdf.mediation import dossier as mediation_dossier

    case = mediation.get(case_id)
    user = User.get_or_none(User.id == user_id) if user_id is not None else None
    return mediation_dossier.render_dossier(case, Path(path), user=user, filed_by=filed_by)
