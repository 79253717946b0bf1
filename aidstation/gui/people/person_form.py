"""The person form: details, ID number that fills birth date and gender, duplicate warnings,
the audited "show" of the full ID number, the person's whole history, and "Everything we hold
about this person…": one PDF for the person (PIPL Art. 45), audited, named by the person's
number (never their name: documents/ may be seen by others).

The fields scroll; Save and Delete stay below them, always visible. Ctrl+S saves; the page
asks Save / Discard / Cancel before another person, a new one or another page replaces edits.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidgetItem, QWidget

from aidstation.core import masking, people, validation
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import handoffs, messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.guard import FormGuard, save_first
from aidstation.gui.kit.ui_helpers import icon, set_role
from aidstation.gui.kit.widgets import FieldErrors

HISTORY_KINDS = {
    "consultation": QT_TRANSLATE_NOOP("PersonForm", "Consultation"),
    "mediation": QT_TRANSLATE_NOOP("PersonForm", "Mediation"),
    "aid": QT_TRANSLATE_NOOP("PersonForm", "Legal aid"),
    "card": QT_TRANSLATE_NOOP("PersonForm", "Contact card"),
}


# history kind -> (module, function, model) that opens the record: function(context, record, parent)
def history_kind_label(kind: str) -> str:
    return QCoreApplication.translate("PersonForm", HISTORY_KINDS.get(kind, kind))


class PersonForm(QWidget):
    """Edits one person (new when None). Signals `saved(person)` and `deleted()`."""

    saved = Signal(object)
    deleted = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "person_form.ui")
        self.context = context
        self.person = None
        self._loading = False
        self._id_revealed = False
        set_role(self.form_title, "title")
        set_role(self.history_title, "section")
        self.error_label.setObjectName("form_error")
        self.duplicate_label.setObjectName("banner")
        self.show_id_button.setIcon(icon("eye-dark.svg"))
        self.errors = FieldErrors(self, {
            "name": self.name_edit, "id_number": self.id_edit, "gender": self.gender_combo,
            "birth_date": self.birth_edit, "phone": self.phone_edit, "ethnicity": self.ethnicity_edit,
            "address": self.address_edit, "community": self.community_edit,
            "occupation": self.occupation_edit, "notes": self.notes_edit}, self.error_label)
        self.history_table.setColumnCount(5)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.name_edit.textEdited.connect(self._check_duplicates)
        self.phone_edit.textEdited.connect(self._check_duplicates)
        self.id_edit.textEdited.connect(self._id_typed)
        self.show_id_button.clicked.connect(self.reveal_id)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.own_data_button = QPushButton(self)
        self.own_data_button.setObjectName("own_data_button")
        self.button_row.insertWidget(1, self.own_data_button)
        self.own_data_button.clicked.connect(self.print_own_data)
        self.history_table.itemDoubleClicked.connect(lambda item: self.open_history_row(item.row()))
        for button in self.findChildren(QPushButton):  # Enter never saves (issue 11)
            button.setAutoDefault(False)
            button.setDefault(False)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self._history: list = []
        self.retranslate()
        # sized to content, the summary stretching; the role goes first when narrow
        setup_columns(self.history_table, "people/history", stretch=4, hide_first=[3])
        self.guard = FormGuard(self.fields_widget)
        # the scrolled fields lie on the form's own background, not a grey panel
        self.fields_scroll.viewport().setAutoFillBackground(False)
        self.fields_widget.setAutoFillBackground(False)
        self.clear()
        if context.station.read_only:
            self.save_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            self.own_data_button.setEnabled(False)  # printing is audited: a write

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("&Name"))
        self.id_label.setText(self.tr("&ID number"))
        self.show_id_button.setText(self.tr("Show"))
        self.show_id_button.setToolTip(self.tr("Show the full ID number (the reveal is recorded in the audit log)"))
        self.gender_label.setText(self.tr("&Gender"))
        self.gender_combo.clear()
        for text, code in ((self.tr("—"), ""), (self.tr("Male"), "M"), (self.tr("Female"), "F")):
            self.gender_combo.addItem(text, code)
        self.birth_label.setText(self.tr("&Born"))
        self.phone_label.setText(self.tr("&Phone"))
        self.ethnicity_label.setText(self.tr("&Ethnicity"))
        self.address_label.setText(self.tr("&Address"))
        self.community_label.setText(self.tr("&Community"))
        self.occupation_label.setText(self.tr("&Occupation"))
        self.notes_label.setText(self.tr("No&tes"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.delete_button.setText(self.tr("Delete"))
        self.own_data_button.setText(self.tr("Everything we &hold…"))
        self.own_data_button.setToolTip(self.tr(
            "Everything the station holds about this person, as one PDF to hand to them "
            "(full values; recorded in the audit log)"))
        self.history_title.setText(self.tr("History"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Number"), self.tr("Role"), self.tr("Summary")])
        self.id_edit.setPlaceholderText(self.tr("18 characters; fills birth date and gender"))

    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        """Back to the saved person (or an empty form for a new one)."""
        current = people.get(self.person.id) if self.person is not None else None
        if current is not None and current.deleted_at is None:
            self.load(current)
        else:
            self.clear()

    # --- fill ----------------------------------------------------------------------------
    def clear(self) -> None:
        self._loading = True
        self.person = None
        self._id_revealed = True  # a new person's ID is typed in full
        self.errors.clear()
        for edit in (self.name_edit, self.id_edit, self.phone_edit, self.ethnicity_edit,
                     self.address_edit, self.community_edit, self.occupation_edit):
            edit.clear()
        self.id_edit.setReadOnly(False)
        self.show_id_button.setVisible(False)
        self.notes_edit.clear()
        self.gender_combo.setCurrentIndex(0)
        self.birth_edit.set_date_value(None)
        self.duplicate_label.setVisible(False)
        self.delete_button.setVisible(False)
        self.own_data_button.setVisible(False)
        self.history_table.setRowCount(0)
        self.history_title.setVisible(False)
        self.history_table.setVisible(False)
        self.form_title.setText(self.tr("New person"))
        self._loading = False
        self.guard.mark_clean()
        self.fields_scroll.verticalScrollBar().setValue(0)

    def load(self, person) -> None:
        self._loading = True
        self.person = person
        self.errors.clear()
        self.name_edit.setText(person.name)
        self._id_revealed = not person.id_number
        self.id_edit.setText(masking.id_number(person.id_number) if person.id_number else "")
        self.id_edit.setReadOnly(bool(person.id_number))
        self.show_id_button.setVisible(bool(person.id_number))
        self.show_id_button.setEnabled(True)
        self.phone_edit.setText(person.phone)
        self.ethnicity_edit.setText(person.ethnicity)
        self.address_edit.setText(person.address)
        self.community_edit.setText(person.community)
        self.occupation_edit.setText(person.occupation)
        self.notes_edit.setPlainText(person.notes)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(person.gender or "")))
        self.birth_edit.set_date_value(person.birth_date)
        self.duplicate_label.setVisible(False)
        self.delete_button.setVisible(True)
        self.own_data_button.setVisible(True)
        self.form_title.setText(person.name)
        self.load_history()
        self._loading = False
        self.guard.mark_clean()
        self.fields_scroll.verticalScrollBar().setValue(0)

    def load_history(self) -> None:
        items = people.history(self.person, lang=self.context.code_lang) if self.person else []
        self._history = items
        self.history_table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = [item.date.isoformat() if item.date else "", history_kind_label(item.kind),
                      item.number, item.role, item.summary]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)  # the summary may be cut by the stretching column
                self.history_table.setItem(row, col, cell)
        self.history_title.setVisible(True)
        self.history_table.setVisible(True)
        self.history_title.setText(self.tr("History ({n})").format(n=len(items)))

    def open_history_row(self, row: int) -> None:
        """Double-click: a consultation opens in the reception form, a case or an application
        in its own dialog (when that area is installed)."""
        if not (0 <= row < len(self._history)):
            return
        item = self._history[row]
        window = self.window()
        if item.kind == "consultation" and hasattr(window, "show_page"):
            page = window.show_page("reception")
            if page is not None and hasattr(page, "open_record"):
                page.open_record(item.record_id)
            return
        opener = handoffs.opener(item.kind)
        if opener is not None:
            opener(self.context, item.record_id, self)

    # --- live helpers --------------------------------------------------------------------
    def _id_typed(self, text: str) -> None:
        """A valid ID number fills birth date and gender at once."""
        self._check_duplicates()
        try:
            rid = validation.resident_id(text)
        except ValidationError:
            return
        self.birth_edit.set_date_value(rid.birth_date)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(rid.gender)))

    def _check_duplicates(self, *_args) -> None:
        id_text = self.id_edit.text() if self._id_revealed else ""
        matches = people.find_duplicates(self.name_edit.text(), self.phone_edit.text(), id_text,
                                         exclude=self.person)
        if not matches:
            self.duplicate_label.setVisible(False)
            return
        names = "; ".join(f"{p.name} · {masking.phone(p.phone)}" for p in matches[:3])
        self.duplicate_label.setText(self.tr("Possible duplicate: {people}").format(people=names))
        self.duplicate_label.setVisible(True)

    def reveal_id(self) -> None:
        """Show the full ID number (audited) and allow editing it."""
        if self.person is None or self._id_revealed:
            return
        full = people.reveal_id(self.person, user=self.context.user)
        was_dirty = self.guard.is_dirty()
        self._loading = True
        self.id_edit.setText(full)
        self._loading = False
        self.id_edit.setReadOnly(False)
        self._id_revealed = True
        self.show_id_button.setEnabled(False)
        if not was_dirty:  # showing the number is no edit
            self.guard.mark_clean()

    # --- save ----------------------------------------------------------------------------
    def values(self) -> dict:
        values = {
            "name": self.name_edit.text(), "gender": self.gender_combo.currentData() or "",
            # text that is no date goes to core as typed, so the refusal names the field
            "birth_date": self.birth_edit.text() if self.birth_edit.problem() else self.birth_edit.date_value(),
            "phone": self.phone_edit.text(),
            "ethnicity": self.ethnicity_edit.text(), "address": self.address_edit.text(),
            "community": self.community_edit.text(), "occupation": self.occupation_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self._id_revealed:  # a masked number is never written back
            values["id_number"] = self.id_edit.text()
        return values

    def save(self) -> bool:
        values = self.values()
        self.errors.clear()
        try:
            try:
                person = self._write(values, confirm=False)
            except people.DuplicateWarning as dup:
                names = "; ".join(f"{p.name} · {masking.phone(p.phone)}" for p in dup.matches[:3])
                if not messages.ask_yes_no(self, self.tr("Possible duplicate"), self.tr(
                        "Already on record with the same name and phone: {people}.\n"
                        "Save this person anyway?").format(people=names)):
                    return False
                person = self._write(values, confirm=True)
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return False
        self.context.notify("Person")
        self.load(person)
        messages.status(self, self.tr("Person {name} saved").format(name=person.name))
        self.saved.emit(person)
        if getattr(person, "warnings", None):
            messages.warn(self, self.tr("Check the ID number"),
                          self.tr("This is a 15-digit legacy ID number: ask for the 18-digit number."))
        return True

    def _write(self, values: dict, *, confirm: bool):
        if self.person is None:
            return people.create(user=self.context.user, confirm_duplicate=confirm, **values)
        return people.update(self.person, user=self.context.user, confirm_duplicate=confirm, **values)

    def own_data_path(self) -> Path:
        folder = self.context.station.sub("documents") / "people"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return folder / f"{people.file_stem(self.person)}-{stamp}.pdf"

    def print_own_data(self) -> Path | None:
        """Everything held about the person, as the PDF they may take away (saved edits first)."""
        from aidstation.pdf.people import render_own_data

        if self.person is None or not save_first(self):
            return None
        path = self.own_data_path()
        try:
            render_own_data(people.get(self.person.id), path, user=self.context.user)
        except (OSError, ValueError) as exc:
            messages.error(self, self.tr("Printing failed"), str(exc))
            return None
        self.context.notify("Person")
        messages.document_written(self, path)
        return path

    def delete(self) -> None:
        if self.person is None:
            return
        if not messages.ask_yes_no(self, self.tr("Delete person"), self.tr(
                "Delete {name}? An administrator can restore the record.").format(name=self.person.name)):
            return
        try:
            people.delete(self.person, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Cannot delete"), exc.text(self.context.lang))
            return
        name = self.person.name
        self.context.notify("Person")
        self.clear()
        messages.status(self, self.tr("Person {name} deleted").format(name=name))
        self.deleted.emit()
