"""The recovery key, shown once: save or print the recovery sheet, then promise to keep it.

Shown after the wizard made an encrypted station, after encryption was turned on, and after
a new recovery key was made. The key is on screen only here; the dialog closes once the clerk
ticks that the sheet is printed or saved and will be kept locked away.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from aidstation.gui.kit import messages
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import set_role


class RecoverySheetDialog(QDialog):
    """The recovery key of the station in `folder` (its name and code for the sheet)."""

    def __init__(self, parent, recovery_key: str, station_name: str, station_code: str, folder):
        super().__init__(parent)
        self.setObjectName("RecoverySheetDialog")
        self.recovery_key = recovery_key
        self.station_name, self.station_code = station_name, station_code
        self.folder = Path(folder)
        self.saved: Path | None = None
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recovery_key_label")
        font = QFont(self.key_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self.save_sheet)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.where_label = QLabel(self)
        self.where_label.setWordWrap(True)
        set_role(self.where_label, "hint")
        layout.addWidget(self.where_label)
        self.kept_check = QCheckBox(self)
        self.kept_check.setObjectName("kept_check")
        self.kept_check.toggled.connect(self._kept_toggled)
        layout.addWidget(self.kept_check)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.button_box.rejected.connect(self.reject)
        layout.addWidget(self.button_box)
        self._kept_toggled(False)
        self.retranslate()
        fit_window(self, "settings/recovery_sheet", (600, 340))
        self.save_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The station's recovery key"))
        self.intro_label.setText(self.tr(
            "The station is encrypted. This recovery key is the only way in if every administrator "
            "forgets their password. It is shown only now: save the recovery sheet and print it."))
        self.save_button.setText(self.tr("&Save the recovery sheet (PDF)…"))
        self.where_label.setText(self.tr(
            "Print the sheet, seal it in an envelope and lock it away from this PC (for example in "
            "the judicial office's safe). Do not keep the PDF on this PC, a phone or a cloud drive: "
            "delete it once printed."))
        self.kept_check.setText(self.tr("I have &printed or saved the recovery sheet and will keep it locked away"))

    def _kept_toggled(self, on: bool) -> None:
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setEnabled(on)

    @classmethod
    def ask_path(cls, parent, suggested: str) -> str:
        """Where to write the sheet ('' = cancelled); tests replace it."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("RecoverySheetDialog", "Save the recovery sheet"),
            suggested, QCoreApplication.translate("RecoverySheetDialog", "PDF files (*.pdf)"))
        return path

    def save_sheet(self) -> Path | None:
        from aidstation.pdf.security import render_recovery_sheet

        suggested = str(Path.home() / f"{self.station_code or 'station'}-recovery-{dt.date.today():%Y%m%d}.pdf")
        chosen = self.ask_path(self, suggested)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            render_recovery_sheet(path, station_name=self.station_name, station_code=self.station_code,
                                  recovery_key=self.recovery_key)
        except OSError as exc:
            messages.error(self, self.tr("The sheet could not be written"), str(exc))
            return None
        self.saved = path
        messages.document_written(self, path)  # opened, to print
        return path

    def reject(self) -> None:
        if not self.kept_check.isChecked():
            self.kept_check.setFocus()  # Esc cannot lose the key before it is kept
            return
        super().reject()
