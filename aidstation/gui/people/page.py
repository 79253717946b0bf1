"""The people page: search everyone on record, edit a person, see their whole history.
Names, phones and ID numbers in the list are masked as on every shared list (DESIGN §12)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QWidget

from aidstation.core import masking, people
from aidstation.core.models import Person
from aidstation.gui.kit import guard
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import (
    icon,
    restore_current_row,
    set_role,
    setup_list_view,
)
from aidstation.gui.people.person_form import PersonForm

QT_TRANSLATE_NOOP("pages", "People")
GENDERS = {"M": QT_TRANSLATE_NOOP("columns", "Male"), "F": QT_TRANSLATE_NOOP("columns", "Female")}


def person_columns() -> list[Column]:
    from PySide6.QtCore import QCoreApplication

    def gender(p):
        return QCoreApplication.translate("columns", GENDERS[p.gender]) if p.gender in GENDERS else ""

    return [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), sort=Person.name,
               value=lambda p: masking.name(p.name)),
        Column("gender", QT_TRANSLATE_NOOP("columns", "Gender"), sort=Person.gender, value=gender),
        Column("birth_date", QT_TRANSLATE_NOOP("columns", "Born"), sort=Person.birth_date),
        Column("phone", QT_TRANSLATE_NOOP("columns", "Phone"), value=lambda p: masking.phone(p.phone)),
        Column("id_number", QT_TRANSLATE_NOOP("columns", "ID number"),
               value=lambda p: masking.id_number(p.id_number) if p.id_number else ""),
        Column("community", QT_TRANSLATE_NOOP("columns", "Community"), sort=Person.community),
    ]


class PersonTableModel(PagedTableModel):
    """People from core.people.query(text): exact name first, then most recently changed."""

    def __init__(self, parent=None):
        super().__init__(person_columns(), lambda f: people.query(f.get("text", "")), parent=parent)


class PeoplePage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "people_page.ui")
        self.context = context
        set_role(self.title_label, "title")
        self.model = PersonTableModel(self)
        self.table_view.setModel(self.model)
        setup_list_view(self.table_view)
        self.table_view.setSortingEnabled(False)
        self.table_view.horizontalHeader().setSectionsClickable(True)
        self.table_view.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table_view.horizontalHeader().setSortIndicatorShown(True)
        self.table_view.horizontalHeader().setSortIndicator(-1, self.table_view.horizontalHeader().sortIndicatorOrder())
        self.form = PersonForm(context, self.form_holder)
        self.form_holder_layout.addWidget(self.form)
        self.form_holder.setMinimumWidth(420)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 500])
        # the community stretches; ID number, born and gender go first when narrow
        setup_columns(self.table_view, "people/people", stretch=5, hide_first=[4, 2, 1])
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.new_button.setIcon(icon("add-dark.svg"))
        self.new_button.clicked.connect(self.new_person)
        self.table_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.form.saved.connect(lambda _p: self.refresh())
        self.form.deleted.connect(self.refresh)
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        self._update_count()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("People"))
        self.search_edit.setPlaceholderText(self.tr("Search name, phone, ID number or consultation number…"))
        self.new_button.setText(self.tr("New person"))

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_filters(text=self.search_edit.text().strip())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} person(s)").format(n=self.model.total))

    def _row_chosen(self, current, previous) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None or (self.form.person is not None and self.form.person.id == record.id):
            return
        if not guard.settle(self.form):
            restore_current_row(self.table_view, previous)
            return
        self.form.load(people.get(record.id))

    def new_person(self) -> None:
        if not guard.settle(self.form):
            return
        self.table_view.clearSelection()
        self.form.clear()
        self.form.name_edit.setFocus()

    def open_record(self, record_id: int) -> bool:
        """Show person `record_id`: selected in the list (the search cleared when it hides
        them) and open in the form. False when the clerk kept editing or they do not exist."""
        person = people.get(record_id)
        if person is None or person.deleted_at is not None:
            return False
        if self.form.person is not None and self.form.person.id == record_id:
            return True
        if not guard.settle(self.form):
            return False
        row = self._row_of(record_id)
        if row is None and self.model.filters:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.apply_filters()
            row = self._row_of(record_id)
        self.form.load(person)  # before selecting, so the row's signal finds them open
        if row is not None:
            selection = self.table_view.selectionModel()
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
            self.table_view.scrollTo(index)
        else:
            self.table_view.clearSelection()
        return True

    def _row_of(self, record_id: int) -> int | None:
        return self.model.row_of(record_id)

    def _records_changed(self, name: str) -> None:
        if name in ("Person", "Consultation", "MediationCase", "AidApplication", "CardIssue"):
            self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()
        if self.form.person is not None and not self.form.has_unsaved_changes():
            current = people.get(self.form.person.id)
            if current is not None and current.deleted_at is None:
                self.form.load(current)

    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes()

    def save_changes(self) -> bool:
        return self.form.save()

    def discard_changes(self) -> None:
        self.form.discard_changes()


PAGE = PageSpec("people", "People", "people.svg", 70, PeoplePage)
