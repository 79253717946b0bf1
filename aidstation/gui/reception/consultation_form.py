"""The consultation form of the reception desk: find-or-create the person, the matter, the
advice and the disposition. Ctrl+S saves, Ctrl+Enter saves and starts the next, Esc asks
before discarding.

After a save whose disposition is `mediation` or `apply_aid`, the form opens the window that
shell/pages.wire() registered for it in kit/handoffs (`open_from_consultation(context,
consultation, parent)` of gui/mediation or gui/legalaid), so the next record starts from this one.
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from aidstation.core import consultations, masking, people
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import handoffs, messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors, from_qdate

log = logging.getLogger(__name__)

# Dispositions whose next step is another area's record, opened from this one.
FOLLOW_ON_DISPOSITIONS = ("mediation", "apply_aid")


def follow_on_hook(disposition: str):
    """The open_from_consultation function for this disposition, or None if no area has one."""
    return handoffs.follow_on(disposition)


def _looks_like_phone(text: str) -> bool:
    digits = text.replace(" ", "").replace("-", "").lstrip("+")
    return digits.isdigit() and 7 <= len(digits) <= 13


def _looks_like_id(text: str) -> bool:
    t = text.strip().upper()
    return len(t) in (15, 18) and t[:17].isdigit()


class ConsultationForm(QWidget):
    """Edits one consultation (new when `consultation` is None). Signals `saved(consultation)`."""

    saved = Signal(object)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "consultation_form.ui")
        self.context = context
        self.consultation = None
        self._dirty = False
        self._loading = False
        lang = context.code_lang
        set_role(self.form_title, "title")
        self.error_label.setObjectName("form_error")
        self.channel_combo.set_kind("channel", lang)
        self.matter_combo.set_kind("matter", lang)
        self.disposition_combo.set_kind("disposition", lang)
        self.referral_combo.set_kind("referral", lang, blank="")
        self.groups_list.set_kind("group", lang)
        self.reply_edit.set_optional(True)
        self.errors = FieldErrors(self, {
            "person": self.person_finder.search_edit, "name": self.name_edit, "phone": self.phone_edit,
            "id_number": self.id_edit, "community": self.community_edit,
            "received_at": self.received_edit, "channel": self.channel_combo, "groups": self.groups_list,
            "matter": self.matter_combo, "question": self.question_edit, "advice": self.advice_edit,
            "disposition": self.disposition_combo, "referred_to": self.referral_combo,
            "reply_due": self.reply_edit, "documents_drafted": self.documents_spin,
            "minutes": self.minutes_spin,
        }, self.error_label)
        self._connect()
        self.retranslate()
        self.clear()
        if context.station.read_only:
            for button in (self.save_button, self.save_next_button, self.delete_button):
                button.setEnabled(False)

    # --- wiring --------------------------------------------------------------------------
    def _connect(self) -> None:
        for edit in (self.name_edit, self.phone_edit, self.id_edit, self.community_edit):
            edit.textEdited.connect(self._touched)
        for edit in (self.question_edit, self.advice_edit):
            edit.textChanged.connect(self._touched)
        for combo in (self.matter_combo, self.referral_combo):
            combo.currentIndexChanged.connect(self._touched)
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.disposition_combo.currentIndexChanged.connect(self._disposition_changed)
        self.received_edit.dateTimeChanged.connect(self._channel_changed)
        self.groups_list.changed.connect(self._touched)
        self.reply_edit.dateChanged.connect(self._touched)
        self.documents_spin.valueChanged.connect(self._touched)
        self.minutes_spin.valueChanged.connect(self._touched)
        self.anonymous_check.toggled.connect(self._anonymous_toggled)
        self.refused_check.toggled.connect(self._touched)
        self.person_finder.person_changed.connect(self._person_chosen)
        self.person_finder.new_requested.connect(self._new_person)
        self.person_finder.search_edit.textEdited.connect(self._touched)
        self.save_button.clicked.connect(self.save)
        self.save_next_button.clicked.connect(self.save_and_next)
        self.clear_button.clicked.connect(self.escape)
        self.delete_button.clicked.connect(self.delete)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Return", self.save_and_next),
                           ("Ctrl+Enter", self.save_and_next), ("Esc", self.escape)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(shortcut.context().WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.person_box.setTitle(self.tr("Person"))
        self.anonymous_check.setText(self.tr("&Anonymous caller"))
        self.refused_check.setText(self.tr("Identity &refused"))
        self.name_label.setText(self.tr("Name"))
        self.phone_label.setText(self.tr("Phone"))
        self.id_label.setText(self.tr("ID number"))
        self.community_label.setText(self.tr("Community"))
        self.matter_box.setTitle(self.tr("Consultation"))
        self.received_label.setText(self.tr("Received"))
        self.channel_label.setText(self.tr("C&hannel"))
        self.groups_label.setText(self.tr("Groups"))
        self.matter_label.setText(self.tr("&Matter"))
        self.question_label.setText(self.tr("&Question"))
        self.advice_label.setText(self.tr("Ad&vice"))
        self.disposition_label.setText(self.tr("&Disposition"))
        self.referral_label.setText(self.tr("Referred &to"))
        self.reply_label.setText(self.tr("Reply due"))
        self.documents_label.setText(self.tr("Documents drafted"))
        self.minutes_label.setText(self.tr("Minutes"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_next_button.setText(self.tr("Save and &next"))
        self.save_next_button.setToolTip(self.tr("Save and start the next consultation (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Discard"))
        self.clear_button.setToolTip(self.tr("Discard the changes (Esc)"))
        self.delete_button.setText(self.tr("Delete"))
        self.name_edit.setPlaceholderText(self.tr("new person: name"))
        self.phone_edit.setPlaceholderText(self.tr("mobile or landline with area code"))
        self.id_edit.setPlaceholderText(self.tr("18 characters; fills birth date and gender"))
        self._update_title()

    def _update_title(self) -> None:
        if self.consultation is None:
            self.form_title.setText(self.tr("New consultation"))
        else:
            self.form_title.setText(self.tr("Consultation {number}").format(number=self.consultation.number))

    # --- state ---------------------------------------------------------------------------
    def _touched(self, *_args) -> None:
        if not self._loading:
            self._dirty = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _channel_changed(self, *_args) -> None:
        """Letters and online messages get their reply clock at once (约期答复 keeps the typed date)."""
        self._touched()
        if self._loading or self.disposition_combo.code() == "appointment":
            return
        received = self.received_edit.dateTime().date()
        due = consultations.auto_reply_due(self.channel_combo.code(), from_qdate(received))
        self.reply_edit.set_date_value(due)

    def _disposition_changed(self, *_args) -> None:
        self._touched()
        referred = self.disposition_combo.code() == "referred"
        self.referral_combo.setEnabled(referred)
        if not referred and not self._loading:
            self.referral_combo.set_code("")
        if self.disposition_combo.code() != "appointment":
            self._channel_changed()

    def _anonymous_toggled(self, on: bool) -> None:
        self._touched()
        if on:
            self.person_finder.clear()
        self.person_finder.setEnabled(not on)
        self.new_person_box.setEnabled(not on)

    def _person_chosen(self, person) -> None:
        self._touched()
        self.new_person_box.setVisible(person is None)
        if person is not None:
            for edit in (self.name_edit, self.phone_edit, self.id_edit, self.community_edit):
                edit.clear()
            self.anonymous_check.setChecked(False)

    def _new_person(self, text: str) -> None:
        """'+ New person' in the finder: prefill the matching field and go there."""
        self._touched()
        self.new_person_box.setVisible(True)
        if _looks_like_id(text):
            self.id_edit.setText(text)
            self.name_edit.setFocus()
        elif _looks_like_phone(text):
            self.phone_edit.setText(text)
            self.name_edit.setFocus()
        else:
            self.name_edit.setText(text)
            self.phone_edit.setFocus()

    def clear(self) -> None:
        """An empty form for the next consultation (keeps the channel last used)."""
        channel = self.channel_combo.code()
        self._loading = True
        self.consultation = None
        self.errors.clear()
        self.anonymous_check.setChecked(False)
        self.refused_check.setChecked(False)
        self.person_finder.clear()
        self.new_person_box.setVisible(True)
        for edit in (self.name_edit, self.phone_edit, self.id_edit, self.community_edit):
            edit.clear()
        self.received_edit.setDateTime(QDateTime.currentDateTime())
        self.channel_combo.set_code(channel or "visit")
        self.groups_list.set_codes([])
        self.matter_combo.setCurrentIndex(0)
        self.question_edit.clear()
        self.advice_edit.clear()
        self.disposition_combo.set_code("answered")
        self.referral_combo.set_code("")
        self.referral_combo.setEnabled(False)
        self.reply_edit.set_date_value(consultations.auto_reply_due(self.channel_combo.code(), dt.date.today()))
        self.documents_spin.setValue(0)
        self.minutes_spin.setValue(0)
        self.delete_button.setVisible(False)
        self._loading = False
        self._dirty = False
        self._update_title()
        self.person_finder.search_edit.setFocus()

    def load(self, consultation) -> None:
        """Show an existing consultation for editing."""
        self._loading = True
        self.consultation = consultation
        self.errors.clear()
        self.anonymous_check.setChecked(bool(consultation.anonymous))
        self.refused_check.setChecked(bool(consultation.identity_refused))
        for edit in (self.name_edit, self.phone_edit, self.id_edit, self.community_edit):
            edit.clear()
        person = consultation.person
        if person is not None:
            self.person_finder.set_person(person)
            self.new_person_box.setVisible(False)
        else:
            self.person_finder.clear()
        when = consultation.received_at
        self.received_edit.setDateTime(QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second))
        self.channel_combo.set_code(consultation.channel)
        self.groups_list.set_codes(consultations.group_codes(consultation))
        self.matter_combo.set_code(consultation.matter)
        self.question_edit.setPlainText(consultation.question)
        self.advice_edit.setPlainText(consultation.advice)
        self.disposition_combo.set_code(consultation.disposition)
        self.referral_combo.set_code(consultation.referred_to)
        self.referral_combo.setEnabled(consultation.disposition == "referred")
        self.reply_edit.set_date_value(consultation.reply_due)
        self.documents_spin.setValue(consultation.documents_drafted)
        self.minutes_spin.setValue(consultation.minutes)
        self.delete_button.setVisible(True)
        self._loading = False
        self._dirty = False
        self._update_title()

    # --- actions -------------------------------------------------------------------------
    def values(self) -> dict:
        qdt = self.received_edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return {
            "received_at": dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            "channel": self.channel_combo.code(),
            "anonymous": self.anonymous_check.isChecked(),
            "identity_refused": self.refused_check.isChecked(),
            "matter": self.matter_combo.code(),
            "question": self.question_edit.toPlainText(),
            "advice": self.advice_edit.toPlainText(),
            "disposition": self.disposition_combo.code(),
            "referred_to": self.referral_combo.code(),
            "reply_due": self.reply_edit.date_value(),
            "documents_drafted": self.documents_spin.value(),
            "minutes": self.minutes_spin.value(),
        }

    def _new_person_values(self) -> dict:
        return {"name": self.name_edit.text(), "phone": self.phone_edit.text(),
                "id_number": self.id_edit.text(), "community": self.community_edit.text()}

    def _has_new_person(self) -> bool:
        return any(v.strip() for v in self._new_person_values().values())

    def save(self) -> bool:
        """Validate and save; True when saved. Errors appear beside their field."""
        user = self.context.user
        lang = self.context.lang
        values = self.values()
        groups = self.groups_list.codes()
        self.errors.clear()
        previous = self.consultation.disposition if self.consultation is not None else None
        values["person"] = None if values["anonymous"] else self.person_finder.person()
        new_person = None
        if not values["anonymous"] and values["person"] is None and self._has_new_person():
            new_person = self._new_person_values()
        confirm_duplicate = False
        # The service creates the new person with the consultation, in one transaction (kept
        # only if both save). A possible duplicate comes back before anything is written; the
        # clerk is asked here, with no transaction open, and the save is tried again.
        while True:
            try:
                if self.consultation is None:
                    saved = consultations.record(user=user, groups=groups, new_person=new_person,
                                                 confirm_duplicate=confirm_duplicate, **values)
                else:
                    saved = consultations.update(self.consultation, user=user, groups=groups,
                                                 new_person=new_person,
                                                 confirm_duplicate=confirm_duplicate, **values)
                break
            except people.DuplicateWarning as dup:
                if confirm_duplicate or new_person is None:
                    self.errors.show(dup, lang)
                    return False
                if self._use_existing(dup.matches[0]):
                    values["person"], new_person = dup.matches[0], None
                else:
                    confirm_duplicate = True
            except ValidationError as exc:
                self.errors.show(exc, lang)
                return False
        person = saved.person if not saved.anonymous else None
        self.consultation = saved
        self.delete_button.setVisible(True)
        if person is not None:
            self._loading = True
            self.person_finder.set_person(person)
            self.new_person_box.setVisible(False)
            for edit in (self.name_edit, self.phone_edit, self.id_edit, self.community_edit):
                edit.clear()
            self._loading = False
        self._dirty = False
        self._update_title()
        self.context.notify("Consultation")
        self.saved.emit(saved)
        if saved.disposition in FOLLOW_ON_DISPOSITIONS and saved.disposition != previous:
            self._follow_on(saved)
        return True

    def _use_existing(self, match) -> bool:
        """Same name and phone as someone on record: use them (Yes) or add a second person (No)."""
        return messages.ask_yes_no(
            self, self.tr("Possible duplicate"),
            self.tr("{name} with phone {phone} is already on record. Use that person?\n"
                    "(No creates a second person with the same name and phone.)").format(
                name=match.name, phone=masking.phone(match.phone)), default_yes=True)

    def _follow_on(self, consultation) -> None:
        hook = follow_on_hook(consultation.disposition)
        if hook is None:
            log.info("no follow-on hook for %s yet", consultation.disposition)
            return
        hook(self.context, consultation, self)

    def save_and_next(self) -> None:
        if self.save():
            self.clear()

    def escape(self) -> None:
        """Esc: ask before throwing edits away; without edits just start a new form."""
        if self._dirty and not messages.ask_yes_no(
                self, self.tr("Discard changes"), self.tr("Discard the changes to this consultation?")):
            return
        if self.consultation is not None and self._dirty:
            self.load(self.consultation)
        else:
            self.clear()

    def delete(self) -> None:
        if self.consultation is None:
            return
        if not messages.ask_yes_no(self, self.tr("Delete consultation"),
                                   self.tr("Delete consultation {number}? An administrator can restore it.").format(
                                       number=self.consultation.number)):
            return
        consultations.delete(self.consultation, user=self.context.user)
        self.context.notify("Consultation")
        self.clear()
