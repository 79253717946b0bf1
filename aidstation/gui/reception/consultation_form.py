"""The consultation form of the reception desk: find-or-create the person, the matter, the
advice and the disposition. Ctrl+S saves, Ctrl+Enter saves and starts the next, Esc asks
Save / Discard / Cancel before throwing edits away.

Nothing is chosen for the clerk: channel, matter and disposition start on "(choose)"; "Same as
last" (Alt+L) repeats the channel of the clerk's previous consultation when asked. Choosing a
person ticks the groups their age puts them in and the groups of their last consultation,
marked as such, for the clerk to keep or untick. Picking the person moves on to the first
field still empty, so a returning caller takes a few keys.

After a save whose disposition is `mediation` or `apply_aid`, the form opens the window that
shell/pages.wire() registered for it in kit/handoffs (`open_from_consultation(context,
consultation, parent)` of gui/mediation or gui/legalaid), so the next record starts from this one.
"Settled by oral mediation…" (Ctrl+Shift+N) is for a dispute the committee settles there and
then: the consultation is saved as sent to mediation and the same hook opens the short oral
mediation form (`oral=True`), pre-filled from it and linked to it.
"""
from __future__ import annotations

import datetime as dt
import itertools
import logging

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from aidstation.core import codes, consultations, people, validation
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import guard, handoffs, messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.guard import FormGuard
from aidstation.gui.kit.person_finder import ask_use_existing
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors, from_qdate

log = logging.getLogger(__name__)

# Dispositions whose next step is another area's record, opened from this one.
FOLLOW_ON_DISPOSITIONS = ("mediation", "apply_aid")

# The form's Tab order, which is its visual order (tests walk it).
TAB_ORDER = ("person_finder", "anonymous_check", "refused_check", "name_edit", "phone_edit", "id_edit",
             "community_edit", "groups_list", "received_edit", "channel_combo", "matter_combo",
             "question_edit", "disposition_combo", "referral_combo", "advice_edit", "reply_edit",
             "documents_spin", "minutes_spin", "delete_button", "oral_button", "clear_button",
             "save_next_button", "save_button")
ORAL_SHORTCUT = "Ctrl+Shift+N"


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
        self._loading = False
        self._follow_on_enabled = True  # off while "Settled by oral mediation" saves
        self.oral_dialog = None
        self.oral_button = QPushButton(self)
        self.oral_button.setObjectName("oral_button")
        self.button_row.insertWidget(self.button_row.indexOf(self.delete_button) + 1, self.oral_button)
        self._suggested: set[str] = set()  # groups ticked by a suggestion, not by the clerk
        self._last_channel = consultations.last_channel(context.user)
        lang = context.code_lang
        set_role(self.form_title, "title")
        set_role(self.groups_hint, "hint")
        self.error_label.setObjectName("form_error")
        self.retranslate()
        choose = self.tr("(choose)")
        self.channel_combo.set_kind("channel", lang, blank=choose)
        self.matter_combo.set_kind("matter", lang, blank=choose)
        self.disposition_combo.set_kind("disposition", lang, blank=choose)
        self.referral_combo.set_kind("referral", lang, blank=choose)
        self.groups_list.set_kind("group", lang)
        self.groups_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups_list.installEventFilter(self)  # its height follows its wrapped rows
        # Out of the Tab chain (Alt+L reaches it), so Tab goes from the channel to the matter.
        self.same_channel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.errors = FieldErrors(self, {
            "person": self.person_finder.search_edit, "name": self.name_edit, "phone": self.phone_edit,
            "id_number": self.id_edit, "community": self.community_edit, "groups": self.groups_list,
            "received_at": self.received_edit, "channel": self.channel_box,
            "matter": self.matter_combo, "question": self.question_edit,
            "disposition": self.disposition_combo, "referred_to": self.referral_combo,
            "advice": self.advice_edit, "reply_due": self.reply_edit,
            "documents_drafted": self.documents_spin, "minutes": self.minutes_spin,
        }, self.error_label)
        for button in self.findChildren(QPushButton):  # Enter never saves (issue 11)
            button.setAutoDefault(False)
            button.setDefault(False)
        for first, second in itertools.pairwise(TAB_ORDER):
            QWidget.setTabOrder(getattr(self, first), getattr(self, second))
        self.guard = FormGuard(self)
        # the scrolled fields lie on the form's own background, not a grey panel
        self.fields_scroll.viewport().setAutoFillBackground(False)
        self.fields_widget.setAutoFillBackground(False)
        self._connect()
        self.clear()
        if context.station.read_only:
            for button in (self.save_button, self.save_next_button, self.delete_button, self.oral_button):
                button.setEnabled(False)

    def eventFilter(self, obj, event):
        if obj is self.groups_list and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_groups)
        return super().eventFilter(obj, event)

    def _fit_groups(self) -> None:
        """The groups list as high as its wrapped rows (no inner scroll bar, no empty rows)."""
        rows = [self.groups_list.visualItemRect(self.groups_list.item(i)).bottom()
                for i in range(self.groups_list.count())]
        height = max(rows, default=0) + 2 * self.groups_list.frameWidth() + 6
        if height != self.groups_list.height() and height > 10:
            self.groups_list.setFixedHeight(height)

    # --- wiring --------------------------------------------------------------------------
    def _connect(self) -> None:
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.disposition_combo.currentIndexChanged.connect(self._disposition_changed)
        self.received_edit.dateTimeChanged.connect(self._channel_changed)
        self.same_channel_button.clicked.connect(self.same_channel_as_last)
        self.anonymous_check.toggled.connect(self._anonymous_toggled)
        self.id_edit.textEdited.connect(self._id_typed)
        self.groups_list.itemChanged.connect(self._group_ticked)
        self.person_finder.person_changed.connect(self._person_chosen)
        self.person_finder.new_requested.connect(self._new_person)
        self.save_button.clicked.connect(self.save)
        self.save_next_button.clicked.connect(self.save_and_next)
        self.clear_button.clicked.connect(self.escape)
        self.delete_button.clicked.connect(self.delete)
        self.oral_button.clicked.connect(self.settle_orally)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Return", self.save_and_next),
                           ("Ctrl+Enter", self.save_and_next), ("Esc", self.escape),
                           (ORAL_SHORTCUT, self.settle_orally)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.person_box.setTitle(self.tr("Person"))
        self.anonymous_check.setText(self.tr("&Anonymous caller"))
        self.refused_check.setText(self.tr("Identity &refused"))
        self.name_label.setText(self.tr("Name"))
        self.phone_label.setText(self.tr("Phone"))
        self.id_label.setText(self.tr("ID number"))
        self.community_label.setText(self.tr("Community"))
        self.groups_label.setText(self.tr("Groups"))
        self.matter_box.setTitle(self.tr("Consultation"))
        self.received_label.setText(self.tr("Received"))
        self.channel_label.setText(self.tr("C&hannel"))
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
        self.oral_button.setText(self.tr("Settled by &oral mediation…"))
        self.oral_button.setToolTip(self.tr(
            "The dispute was settled here by mediation: save this consultation as sent to mediation "
            "and record the oral mediation in one short form ({key})").format(
                key=QKeySequence(ORAL_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.name_edit.setPlaceholderText(self.tr("new person: name"))
        self.phone_edit.setPlaceholderText(self.tr("mobile or landline with area code"))
        self.id_edit.setPlaceholderText(self.tr("18 characters; fills birth date and gender"))
        self.advice_edit.setPlaceholderText(self.tr("required when answered on the spot"))
        self._update_same_channel()
        self._update_title()

    def _update_title(self) -> None:
        if self.consultation is None:
            self.form_title.setText(self.tr("New consultation"))
        else:
            self.form_title.setText(self.tr("Consultation {number}").format(number=self.consultation.number))

    def _update_same_channel(self) -> None:
        last = self._last_channel
        self.same_channel_button.setText(self.tr("Same as &last"))
        self.same_channel_button.setEnabled(bool(last))
        if last:
            label = codes.label("channel", last, self.context.code_lang)
            self.same_channel_button.setToolTip(
                self.tr("The channel of your previous consultation: {channel} (Alt+L)").format(channel=label))
        else:
            self.same_channel_button.setToolTip(self.tr("No previous consultation of yours yet"))

    # --- state ---------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        """Back to the saved record (or an empty form for a new one)."""
        current = consultations.get(self.consultation.id) if self.consultation is not None else None
        if current is not None and current.deleted_at is None:
            self.load(current)
        else:
            self.clear()

    def same_channel_as_last(self) -> None:
        """The clerk asked for the channel of their previous consultation."""
        if self._last_channel:
            self.channel_combo.set_code(self._last_channel)

    def _channel_changed(self, *_args) -> None:
        """Letters and online messages get their reply clock at once (约期答复 keeps the typed date)."""
        if self._loading or self.disposition_combo.code() == "appointment":
            return
        received = self.received_edit.dateTime().date()
        due = consultations.auto_reply_due(self.channel_combo.code(), from_qdate(received))
        self.reply_edit.set_date_value(due)

    def _disposition_changed(self, *_args) -> None:
        referred = self.disposition_combo.code() == "referred"
        self.referral_combo.setEnabled(referred)
        if not referred and not self._loading:
            self.referral_combo.set_code("")
        if self.disposition_combo.code() != "appointment":
            self._channel_changed()

    def _anonymous_toggled(self, on: bool) -> None:
        if on:
            self.person_finder.clear()
        self.person_finder.setEnabled(not on)
        self.new_person_box.setEnabled(not on)

    def _person_chosen(self, person) -> None:
        if self._loading:
            return
        self.new_person_box.setVisible(person is None)
        if person is not None:
            for edit in (self.name_edit, self.phone_edit, self.id_edit, self.community_edit):
                edit.clear()
            self.anonymous_check.setChecked(False)
        self._offer_groups(person)
        if person is not None:
            self._focus_next_empty()

    def _focus_next_empty(self) -> None:
        """After the person: the first field still to fill (a returning caller's next key)."""
        for widget, empty in ((self.channel_combo, not self.channel_combo.code()),
                              (self.matter_combo, not self.matter_combo.code()),
                              (self.question_edit, not self.question_edit.toPlainText().strip()),
                              (self.disposition_combo, not self.disposition_combo.code())):
            if empty:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _id_typed(self, text: str) -> None:
        """A new person's valid ID number gives their age, so their age group is offered."""
        try:
            validation.resident_id(text)
        except ValidationError:
            return
        self._offer_groups(None, id_number=text)

    # --- groups offered --------------------------------------------------------------------
    def _offer_groups(self, person, *, id_number: str = "") -> None:
        """Tick the groups of the person's age and of their last consultation, marked as
        offered; withdraw earlier offers that no longer apply (the clerk's own ticks stay)."""
        day = from_qdate(self.received_edit.dateTime().date()) or dt.date.today()
        birth = consultations.birth_date_of(person, id_number)
        by_age = consultations.age_groups(birth, day)
        exclude = self.consultation.id if self.consultation is not None else None
        last_date, last_groups = consultations.last_visit(person, exclude_id=exclude)
        wanted = list(dict.fromkeys(by_age + last_groups))
        ticked = set(self.groups_list.codes())
        self._loading = True
        try:
            for code in self._suggested - set(wanted):
                self.groups_list.set_code_checked(code, False)
            for code in wanted:
                if code not in ticked:
                    self.groups_list.set_code_checked(code, True)
        finally:
            self._loading = False
        self._suggested = {c for c in wanted if c not in ticked} | (self._suggested & set(wanted))
        self._mark_offered(by_age, last_groups, last_date, birth, day)

    def _mark_offered(self, by_age, last_groups, last_date, birth, day) -> None:
        """Offered groups in italics, with why in their tooltip and in the hint below."""
        names = codes.labels("group", self.context.code_lang)
        comma = self.tr(", ", "between group names")

        def listed(groups):
            return comma.join(names.get(g, g) for g in groups)

        notes = []
        if last_groups:
            notes.append(self.tr("from the last visit ({date}): {groups}").format(
                date=last_date.isoformat(), groups=listed(last_groups)))
        if by_age:
            notes.append(self.tr("by age ({age}): {groups}").format(
                age=consultations.age_on(birth, day), groups=listed(by_age)))
        why = self.tr("; ", "between reasons").join(notes)
        self._set_offered_look(self._suggested, self.tr("Offered: {why}").format(why=why))
        if notes and self._suggested:
            self.groups_hint.setText(
                self.tr("Ticked for you, {why}. Untick what no longer applies.").format(why=why))
        self.groups_hint.setVisible(bool(notes and self._suggested))

    def _set_offered_look(self, offered: set[str], tooltip: str = "") -> None:
        self._loading = True  # a font change is an itemChanged too: not the clerk's tick
        try:
            for i in range(self.groups_list.count()):
                item = self.groups_list.item(i)
                mine = item.data(Qt.ItemDataRole.UserRole) in offered
                font = item.font()
                font.setItalic(mine)
                item.setFont(font)
                item.setToolTip(tooltip if mine else "")
        finally:
            self._loading = False

    def _group_ticked(self, item) -> None:
        """A group the clerk ticks or unticks is theirs, no longer an offer."""
        if self._loading:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        if code in self._suggested:
            self._suggested.discard(code)
            tooltip = next((self.groups_list.item(i).toolTip() for i in range(self.groups_list.count())
                            if self.groups_list.item(i).data(Qt.ItemDataRole.UserRole) in self._suggested), "")
            self._set_offered_look(self._suggested, tooltip)
            if not self._suggested:
                self.groups_hint.setVisible(False)

    def _new_person(self, text: str) -> None:
        """'+ New person' in the finder: prefill the matching field and go there."""
        self.new_person_box.setVisible(True)
        if _looks_like_id(text):
            self.id_edit.setText(text)
            self._id_typed(text)
            self.name_edit.setFocus()
        elif _looks_like_phone(text):
            self.phone_edit.setText(text)
            self.name_edit.setFocus()
        else:
            self.name_edit.setText(text)
            self.phone_edit.setFocus()

    def _clear_offers(self) -> None:
        self._suggested = set()
        self.groups_hint.setVisible(False)
        self._set_offered_look(set())

    def _to_top(self) -> None:
        self.fields_scroll.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """An empty form for the next consultation: nothing chosen for the clerk."""
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
        self.channel_combo.set_code("")
        self.groups_list.set_codes([])
        self._clear_offers()
        self.matter_combo.set_code("")
        self.question_edit.clear()
        self.advice_edit.clear()
        self.disposition_combo.set_code("")
        self.referral_combo.set_code("")
        self.referral_combo.setEnabled(False)
        self.reply_edit.set_date_value(None)
        self.documents_spin.setValue(0)
        self.minutes_spin.setValue(0)
        self.delete_button.setVisible(False)
        self._loading = False
        self.guard.mark_clean()
        self._update_title()
        self._to_top()
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
            self.new_person_box.setVisible(True)
        self.person_finder.setEnabled(not consultation.anonymous)
        self.new_person_box.setEnabled(not consultation.anonymous)
        when = consultation.received_at
        self.received_edit.setDateTime(QDateTime(when.year, when.month, when.day, when.hour, when.minute, when.second))
        self.channel_combo.set_code(consultation.channel)
        self.groups_list.set_codes(consultations.group_codes(consultation))
        self._clear_offers()
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
        self.guard.mark_clean()
        self._update_title()
        self._to_top()

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
            # text that is no date goes to core as typed, so the refusal names the field
            "reply_due": self.reply_edit.text() if self.reply_edit.problem() else self.reply_edit.date_value(),
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
        self._clear_offers()
        self._last_channel = saved.channel
        self._update_same_channel()
        self.guard.mark_clean()
        self._update_title()
        messages.status(self, self.tr("Consultation {number} saved").format(number=saved.number))
        self.context.notify("Consultation")
        self.saved.emit(saved)
        if (saved.disposition in FOLLOW_ON_DISPOSITIONS and saved.disposition != previous
                and self._follow_on_enabled):
            self._follow_on(saved)
        return True

    def _use_existing(self, match) -> bool:
        return ask_use_existing(self, match)

    def _follow_on(self, consultation) -> None:
        hook = follow_on_hook(consultation.disposition)
        if hook is None:
            log.info("no follow-on hook for %s yet", consultation.disposition)
            return
        hook(self.context, consultation, self)

    def settle_orally(self):
        """The dispute was settled on the spot by mediation: the consultation is saved as sent to
        mediation (转人民调解), then the oral mediation form opens pre-filled from it. Returns
        that form (None when saving failed or no area handles it)."""
        if self.consultation is not None and self.consultation.mediation_case_id is not None:
            hook = follow_on_hook("mediation")  # it already led to a case: that case opens
            return hook(self.context, self.consultation, self) if hook is not None else None
        if self.disposition_combo.code() != "mediation":
            self.disposition_combo.set_code("mediation")
        if self.consultation is None or self.has_unsaved_changes():
            self._follow_on_enabled = False  # the oral form, not the full case window, follows
            try:
                if not self.save():
                    return None
            finally:
                self._follow_on_enabled = True
        hook = follow_on_hook("mediation")
        if hook is None:
            log.info("no follow-on hook for mediation yet")
            return None
        self.oral_dialog = hook(self.context, self.consultation, self, oral=True)
        return self.oral_dialog

    def save_and_next(self) -> None:
        if self.save():
            self.clear()

    def escape(self) -> None:
        """Esc: edits are saved, discarded or kept as the clerk answers; without edits a new form."""
        if not self.has_unsaved_changes():
            self.clear()
            return
        guard.settle(self)

    def delete(self) -> None:
        if self.consultation is None:
            return
        if not messages.ask_yes_no(self, self.tr("Delete consultation"),
                                   self.tr("Delete consultation {number}? An administrator can restore it.").format(
                                       number=self.consultation.number)):
            return
        number = self.consultation.number
        consultations.delete(self.consultation, user=self.context.user)
        messages.status(self, self.tr("Consultation {number} deleted").format(number=number))
        self.context.notify("Consultation")
        self.clear()
