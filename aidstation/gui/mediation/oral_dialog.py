"""The oral mediation form (口头调解登记表, domain §2.5): one short form built for speed.

Date (today), applicant and respondent (find-or-create: name, pinyin initials, phone, ID tail),
dispute type, a one-line summary, agreed / not agreed, the agreement in one line (the station's
recent oral agreements of that dispute type are offered: Alt+Down), the mediator (the one the
clerk named last). Enter moves to the next field and never saves; Ctrl+Enter or Ctrl+S saves;
Esc cancels, asking first when something was typed. Opened from the Mediation page
(Ctrl+Shift+N) or from a consultation settled on the spot (pre-filled, and linked to it).
core mediation.record_oral() writes it all in one transaction.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import mediation, people
from aidstation.core.models import Consultation, Staff
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.guard import FormGuard, UnsavedChangesMixin
from aidstation.gui.kit.person_finder import ask_use_existing
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import CodeComboBox, DateEdit, FieldErrors
from aidstation.gui.mediation.oral_party import PartySlot

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DEFAULT_SIZE = (640, 560)


class OralMediationDialog(UnsavedChangesMixin, QDialog):
    """Records one oral mediation; emits `case_saved(id)` and closes once it is written."""

    help_key = "mediation"
    case_saved = Signal(int)

    def __init__(self, context, parent=None, *, consultation: Consultation | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("OralMediationDialog")
        self.context = context
        self.consultation = consultation
        self.case = None
        self._build(today or dt.date.today())
        fit_window(self, "mediation/oral", DEFAULT_SIZE)
        self.retranslate()
        self._fill_mediators()
        if consultation is not None:
            self._prefill(consultation)
        self.guard = FormGuard(self)
        self._outcome_changed()
        for button in self.findChildren(QPushButton):  # Enter never presses a button by itself
            button.setAutoDefault(False)
            button.setDefault(False)
        self._first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        if getattr(context.station, "read_only", False):  # a damaged station opens read-only
            self.save_button.setEnabled(False)

    # ------------------------------------------------------------------ building
    def _build(self, today: dt.date) -> None:
        lang = self.context.code_lang
        self.title_label = QLabel(self)
        set_role(self.title_label, "title")
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("oral_date_edit")
        self.date_edit.set_date_value(today)
        self.applicant = PartySlot(self, "applicant")
        self.respondent = PartySlot(self, "respondent")
        self.type_combo = CodeComboBox(self)
        self.type_combo.setObjectName("oral_type_combo")
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setObjectName("oral_summary_edit")
        self.summary_edit.setMaxLength(mediation.ORAL_SUMMARY_LIMIT)
        self.agreed_radio = QRadioButton(self)
        self.agreed_radio.setObjectName("oral_agreed_radio")
        self.not_agreed_radio = QRadioButton(self)
        self.not_agreed_radio.setObjectName("oral_not_agreed_radio")
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.agreed_radio)
        self.outcome_group.addButton(self.not_agreed_radio)
        self.agreed_radio.setChecked(True)  # what an oral mediation usually ends in; shown
        self.route_label = QLabel(self)
        self.route_combo = CodeComboBox(self)
        self.route_combo.setObjectName("oral_route_combo")
        outcome_row = QHBoxLayout()
        outcome_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.agreed_radio, self.not_agreed_radio):
            outcome_row.addWidget(widget)
        outcome_row.addSpacing(12)
        outcome_row.addWidget(self.route_label)
        outcome_row.addWidget(self.route_combo)
        outcome_row.addStretch(1)
        self.outcome_box = QWidget(self)
        self.outcome_box.setLayout(outcome_row)
        self.agreement_combo = QComboBox(self)
        self.agreement_combo.setObjectName("oral_agreement_combo")
        self.agreement_combo.setEditable(True)
        self.agreement_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agreement_combo.lineEdit().setMaxLength(mediation.ORAL_AGREEMENT_LIMIT)
        self.agreement_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agreement_combo.setMinimumContentsLength(20)
        self.mediator_combo = QComboBox(self)
        self.mediator_combo.setObjectName("oral_mediator_combo")
        self.link_label = QLabel(self)
        set_role(self.link_label, "hint")
        self.link_label.setWordWrap(True)
        self.hint_label = QLabel(self)
        set_role(self.hint_label, "hint")
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("form_error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.form = QFormLayout()
        self.labels = {}
        for key, widget in (("date", self.date_edit), ("applicant", self.applicant),
                            ("respondent", self.respondent), ("type", self.type_combo),
                            ("summary", self.summary_edit), ("outcome", self.outcome_box),
                            ("agreement", self.agreement_combo), ("mediator", self.mediator_combo)):
            label = QLabel(self)
            label.setBuddy(widget.focus_widget() if isinstance(widget, PartySlot) else widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("oral_save_button")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("oral_cancel_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.link_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.type_combo.set_kind("dispute_type", lang, blank="")
        self.route_combo.set_kind("failure_route", lang, blank="")
        self.errors = FieldErrors(self, {
            "mediated_on": self.date_edit, "parties": self.applicant.finder.search_edit,
            "parties.0.person": self.applicant.finder.search_edit, "parties.0.name": self.applicant.name_edit,
            "parties.0.phone": self.applicant.phone_edit,
            "parties.1.person": self.respondent.finder.search_edit, "parties.1.name": self.respondent.name_edit,
            "parties.1.phone": self.respondent.phone_edit,
            "dispute_type": self.type_combo, "summary": self.summary_edit, "outcome": self.outcome_box,
            "agreement": self.agreement_combo, "failure_route": self.outcome_box,  # the message under the row
            "mediator": self.mediator_combo,
        }, self.error_label)
        # The Enter chain: the fields in their visual order (a slot's new-person fields when shown).
        self.applicant.picked.connect(self._focus_next_empty)
        self.respondent.picked.connect(self._focus_next_empty)
        self.applicant.passed.connect(self._move_on)
        self.respondent.passed.connect(self._move_on)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.outcome_group.buttonToggled.connect(lambda *_: self._outcome_changed())
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Oral mediation"))
        self.title_label.setText(self.tr("Oral mediation (口头调解)"))
        texts = {"date": self.tr("&Date"), "applicant": self.tr("&Applicant"),
                 "respondent": self.tr("&Respondent"), "type": self.tr("Dispute &type"),
                 "summary": self.tr("S&ummary"), "outcome": self.tr("Outcome"),
                 "agreement": self.tr("A&greement"), "mediator": self.tr("&Mediator")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.type_combo.setItemText(0, self.tr("(choose)"))
        self.route_combo.setItemText(0, self.tr("(choose)"))
        self.summary_edit.setPlaceholderText(self.tr("the dispute in one line"))
        self.agreement_combo.lineEdit().setPlaceholderText(
            self.tr("what the parties agreed, in one line (Alt+Down: recent agreements)"))
        self.agreed_radio.setText(self.tr("Agr&eed"))
        self.not_agreed_radio.setText(self.tr("&Not agreed"))
        self.route_label.setText(self.tr("parties told of:"))
        self.route_combo.setToolTip(self.tr("The route the parties were told of (court, arbitration, "
                                            "administrative)"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Record the oral mediation (Ctrl+Enter or Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without recording (Esc)"))
        self.hint_label.setText(self.tr("Enter: next field · Ctrl+Enter: save · Esc: cancel"))
        for slot in (self.applicant, self.respondent):
            slot.retranslate()
        if self.consultation is not None:
            self.link_label.setText(self.tr("Settles consultation {number}; it is linked to the case.").format(
                number=self.consultation.number))
        self.link_label.setVisible(self.consultation is not None)

    # ------------------------------------------------------------------ filling
    def _fill_mediators(self) -> None:
        eligible = mediation.eligible_mediators()
        for staff in eligible:
            self.mediator_combo.addItem(staff.name, staff.id)
        if not eligible:
            self.mediator_combo.addItem(self.tr("(no mediator on the staff list: add one in Settings)"), None)
        default = self._default_mediator(eligible)
        if default is not None:
            self.mediator_combo.setCurrentIndex(max(self.mediator_combo.findData(default.id), 0))

    def _default_mediator(self, eligible: list[Staff]) -> Staff | None:
        """The mediator the clerk named last, else the staff member with the clerk's name."""
        user = self.context.user
        last = mediation.last_mediator(user)
        if last is not None:
            return last
        name = (getattr(user, "display_name", "") or "").strip()
        return next((s for s in eligible if name and s.name == name), eligible[0] if eligible else None)

    def _prefill(self, consultation: Consultation) -> None:
        """From a consultation settled on the spot: its day, person, matter and question."""
        self.date_edit.set_date_value(consultation.received_at.date())
        if consultation.person_id is not None:
            self.applicant.set_person(consultation.person)
        self.type_combo.set_code(mediation.dispute_for_matter(consultation.matter))
        self.summary_edit.setText(" ".join((consultation.question or "").split())[:mediation.ORAL_SUMMARY_LIMIT])

    def _type_changed(self, *_args) -> None:
        """The recent oral agreements of the chosen dispute type, offered in the agreement list."""
        text = self.agreement_combo.currentText()
        self.agreement_combo.blockSignals(True)
        self.agreement_combo.clear()
        self.agreement_combo.addItems(mediation.recent_agreements(self.type_combo.code()))
        self.agreement_combo.setCurrentIndex(-1)  # offered, not chosen: Down takes the newest
        self.agreement_combo.setEditText(text)
        self.agreement_combo.blockSignals(False)

    def _outcome_changed(self) -> None:
        agreed = self.agreed_radio.isChecked()
        self.agreement_combo.setEnabled(agreed)
        self.route_combo.setVisible(not agreed)
        self.route_label.setVisible(not agreed)

    # ------------------------------------------------------------------ keys
    def _chain(self) -> list[QWidget]:
        """The fields Enter walks through, in order (hidden or disabled ones skipped)."""
        out = [self.date_edit, *self.applicant.chain(), *self.respondent.chain(), self.type_combo,
               self.summary_edit, self.agreed_radio if self.agreed_radio.isChecked() else self.not_agreed_radio]
        if not self.agreed_radio.isChecked():
            out.append(self.route_combo)
        else:
            out.append(self.agreement_combo)
        out.append(self.mediator_combo)
        return [w for w in out if w.isVisibleTo(self) and w.isEnabled()]

    def _first_focus(self) -> QWidget:
        for widget, empty in self._empties():
            if empty:
                return widget
        return self.agreement_combo

    def _empties(self):
        return ((self.applicant.focus_widget(), self.applicant.party() is None),
                (self.respondent.focus_widget(), self.respondent.party() is None),
                (self.type_combo, not self.type_combo.code()),
                (self.summary_edit, not self.summary_edit.text().strip()),
                (self.agreement_combo, self.agreed_radio.isChecked() and not self.agreement_combo.currentText().strip()))

    def _focus_next_empty(self) -> None:
        """After a party is picked: the first field still to fill (a returning party's next key)."""
        for widget, empty in self._empties():
            if empty and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.mediator_combo.setFocus(Qt.FocusReason.TabFocusReason)

    def _owner_in_chain(self, focus: QWidget | None, chain: list[QWidget]) -> int:
        while focus is not None:
            if focus in chain:
                return chain.index(focus)
            focus = focus.parentWidget()
        return -1

    def _move_on(self, focus: QWidget | None) -> None:
        """Enter: the next field of the chain; on the last one nothing (Enter never saves)."""
        chain = self._chain()
        at = self._owner_in_chain(focus, chain)
        if 0 <= at < len(chain) - 1:
            chain[at + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            messages.status(self, self.tr("Ctrl+Enter saves"))

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        if event.key() in ENTER_KEYS and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()  # a button the clerk moved to with Tab
            else:
                self._move_on(focus)
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ saving
    def has_unsaved_changes(self) -> bool:
        return self.case is None and self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.save()

    def values(self) -> dict:
        mediator_id = self.mediator_combo.currentData()
        return dict(
            mediated_on=self.date_edit.date_value(),
            parties=[mediation.OralParty("applicant", *self.applicant.party_args()),
                     mediation.OralParty("respondent", *self.respondent.party_args())],
            dispute_type=self.type_combo.code(), summary=self.summary_edit.text(),
            outcome="agreed" if self.agreed_radio.isChecked() else "not_agreed",
            agreement=self.agreement_combo.currentText() if self.agreed_radio.isChecked() else "",
            failure_route="" if self.agreed_radio.isChecked() else self.route_combo.code(),
            mediator=Staff.get_or_none(Staff.id == mediator_id) if mediator_id is not None else None,
            consultation=self.consultation)

    def save(self) -> bool:
        """Record it; True when written (the dialog then closes). Problems appear beside their field."""
        if self.case is not None:
            return True
        if not self.save_button.isEnabled():
            return False
        values = self.values()
        self.errors.clear()
        confirm = False
        while True:
            try:
                case = mediation.record_oral(user=self.context.user, create_person=people.create,
                                             confirm_duplicate=confirm, **values)
                break
            except people.DuplicateWarning as dup:
                index = getattr(dup, "party_index", 0)
                slot = (self.applicant, self.respondent)[index]
                if not confirm and self._use_existing(dup.matches[0]):
                    slot.set_person(dup.matches[0])
                    values["parties"][index] = mediation.OralParty(slot.role, dup.matches[0])
                elif not confirm:
                    confirm = True
                else:
                    self.errors.show(dup, self.context.code_lang)
                    return False
            except ValidationError as exc:
                self.errors.show(exc, self.context.code_lang)
                return False
        self.case = case
        self.context.notify("MediationCase")
        if self.consultation is not None:
            self.context.notify("Consultation")
        what = self.tr("agreed") if case.status == "succeeded" else self.tr("not agreed")
        messages.status(self.parent() or self, self.tr("Oral mediation {number} recorded ({what})").format(
            number=case.number, what=what))
        self.case_saved.emit(case.id)
        self.accept()
        return True

    def _use_existing(self, match) -> bool:
        return ask_use_existing(self, match)


def open_oral(context, parent=None, *, consultation: Consultation | None = None) -> OralMediationDialog:
    """Show the oral mediation form (non-modal, deleted on close)."""
    dialog = OralMediationDialog(context, parent, consultation=consultation)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
