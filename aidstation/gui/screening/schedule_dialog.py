"""How often each area is screened (administrators): the station's rhythm, and an area's own
where it differs (a village every half-month, a market every week). The dashboard and the
deadline sheet count each area's next round from these (core/screening/due.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import codes, screening, settings
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import set_role


class ScheduleDialog(QDialog):
    """Screening rhythm: one spin box for the station, one per active area (0 = the station's)."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screening_schedule")
        self.setWindowTitle(self.tr("Screening rhythm"))
        lang = context.code_lang
        self.title_label = QLabel(self.tr("How often each area is screened"), self)
        set_role(self.title_label, "title")
        self.hint_label = QLabel(self.tr(
            "A round is due in an area this many days after its last one. An area set to 0 follows "
            "the station's rhythm."), self)
        self.hint_label.setWordWrap(True)
        set_role(self.hint_label, "hint")
        form_body = QWidget(self)
        form = QFormLayout(form_body)
        self.every_edit = QSpinBox(form_body)
        self.every_edit.setObjectName("every_edit")
        self.every_edit.setRange(1, screening.MAX_DAYS)
        self.every_edit.setSuffix(self.tr(" days"))
        self.every_edit.setMaximumWidth(220)
        self.every_label = QLabel(self.tr("&Station's rhythm"), form_body)
        self.every_label.setBuddy(self.every_edit)
        form.addRow(self.every_label, self.every_edit)
        self.area_edits: dict[str, QSpinBox] = {}
        labels = codes.labels("screening_area", lang)
        for area in codes.active_codes("screening_area"):
            edit = QSpinBox(form_body)
            edit.setObjectName(f"area_{area}")
            edit.setRange(0, screening.MAX_DAYS)
            edit.setSuffix(self.tr(" days"))
            edit.setSpecialValueText(self.tr("station's rhythm"))
            edit.setMaximumWidth(220)
            self.area_edits[area] = edit
            form.addRow(labels.get(area, area), edit)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_body)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("form_error")  # desk.qss: red
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save the rhythm (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self.load()
        fit_window(self, "screening/schedule", (520, 460))

    def load(self) -> None:
        try:
            self.every_edit.setValue(int(settings.get("screening.every_days")))
        except ValueError:
            self.every_edit.setValue(15)
        own = screening.own_schedule()
        for area, edit in self.area_edits.items():
            edit.setValue(own.get(area, 0))

    def save(self) -> bool:
        own = {area: edit.value() for area, edit in self.area_edits.items() if edit.value()}
        try:
            screening.set_schedule(self.every_edit.value(), own, user=self.context.user)
        except ValidationError as exc:
            self.error_label.setText(exc.text(self.context.lang))
            return False
        self.context.notify("ScreeningRound")  # the dashboard's due areas move
        messages.status(self.parent() or self, self.tr("Screening rhythm saved"))
        self.accept()
        return True

    def keyPressEvent(self, event):  # noqa: N802 - Qt override: Enter never saves
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
