"""The reception page: the consultation register (lazy, searchable, filterable, sortable;
names, phones and numbers in the question masked as on every shared list, DESIGN §12) beside
the consultation form, with a splitter between them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QWidget

from aidstation.core import consultations, masking
from aidstation.core.models import Consultation, Person
from aidstation.gui.kit import guard
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import CodeLabels, Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import (
    icon,
    restore_current_row,
    set_role,
    setup_list_view,
)
from aidstation.gui.registers import add_register_action
from aidstation.gui.reception.consultation_form import ConsultationForm

QT_TRANSLATE_NOOP("pages", "Reception")
QUESTION_COLUMN = 7


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def consultation_columns(lang: str) -> list[Column]:
    """The register's columns; code labels in `lang` ('zh'/'en'), phones masked."""
    def label(kind, attr):
        return CodeLabels(kind, attr, lang)

    def person_name(c):
        if c.person_id is None:
            return "—"
        return masking.name(c.person.name)

    def person_phone(c):
        return masking.phone(c.person.phone) if c.person_id is not None else ""

    return [
        Column("number", QT_TRANSLATE_NOOP("columns", "Number"), sort=Consultation.number),
        Column("received_at", QT_TRANSLATE_NOOP("columns", "Received"), sort=Consultation.received_at),
        Column("person", QT_TRANSLATE_NOOP("columns", "Person"), sort=Person.name, value=person_name),
        Column("phone", QT_TRANSLATE_NOOP("columns", "Phone"), value=person_phone),
        Column("channel", QT_TRANSLATE_NOOP("columns", "Channel"), sort=Consultation.channel,
               value=label("channel", "channel")),
        Column("matter", QT_TRANSLATE_NOOP("columns", "Matter"), sort=Consultation.matter,
               value=label("matter", "matter")),
        Column("disposition", QT_TRANSLATE_NOOP("columns", "Disposition"), sort=Consultation.disposition,
               value=label("disposition", "disposition")),
        Column("question", QT_TRANSLATE_NOOP("columns", "Question"),
               value=lambda c: _short(masking.free_text(c.question)),
               tooltip=lambda c: masking.free_text(c.question)),
    ]


class ConsultationTableModel(PagedTableModel):
    """Consultations from core.consultations.query(**filters), newest first."""

    def __init__(self, lang: str, parent=None):
        super().__init__(consultation_columns(lang), lambda f: consultations.query(**f),
                         default_order=[Consultation.received_at.desc(), Consultation.id.desc()],
                         parent=parent)


class ReceptionPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "reception_page.ui")
        self.context = context
        set_role(self.title_label, "title")
        lang = context.code_lang
        self.channel_filter.set_kind("channel", lang, blank=self.tr("All channels"))
        self.disposition_filter.set_kind("disposition", lang, blank=self.tr("All dispositions"))
        self.month_combo.addItem(self.tr("All months"), "")
        today = dt.date.today()
        y, m = today.year, today.month
        for _ in range(24):
            self.month_combo.addItem(f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}")
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        self.model = ConsultationTableModel(lang, self)
        self.table_view.setModel(self.model)
        setup_list_view(self.table_view)
        self.table_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table_view.setSortingEnabled(True)
        self.table_view.horizontalHeader().setSortIndicatorShown(True)
        self.form = ConsultationForm(context, self.form_holder)
        self.form_holder_layout.addWidget(self.form)
        self.form_holder.setMinimumWidth(440)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 480])
        # never hide the disposition (what happened); phone, channel, matter, then number go first
        setup_columns(self.table_view, "reception/consultations", stretch=QUESTION_COLUMN,
                      hide_first=[3, 4, 5, 0])
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.month_combo, self.channel_filter, self.disposition_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_consultation)
        self.new_button.setIcon(icon("add-dark.svg"))
        self.table_view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.form.saved.connect(self._saved)
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        self._update_count()
        add_register_action(self, "consultations", lambda: self.model.filters)  # Ctrl+P: the register of this list

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Reception"))
        self.search_edit.setPlaceholderText(self.tr("Search number, name, phone or question…"))
        self.new_button.setText(self.tr("New consultation"))
        self.new_button.setToolTip(self.tr("Start a new consultation (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(text=self.search_edit.text().strip(), month=self.month_combo.currentData() or None,
                               channel=self.channel_filter.code() or None,
                               disposition=self.disposition_filter.code() or None)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} consultation(s)").format(n=self.model.total))

    def _row_chosen(self, current, previous) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None or (self.form.consultation is not None and self.form.consultation.id == record.id):
            return
        if not guard.settle(self.form):
            restore_current_row(self.table_view, previous)
            return
        self.form.load(consultations.get(record.id))

    def open_consultation(self, consultation) -> bool:
        """Show `consultation` in the form (from a person's history), asking about edits first."""
        return self.open_record(consultation.id)

    def open_record(self, record_id: int) -> bool:
        """Show consultation `record_id`: selected in the list (filters cleared when they hide
        it) and open in the form. False when the clerk kept editing or it does not exist."""
        consultation = consultations.get(record_id)
        if consultation is None or consultation.deleted_at is not None:
            return False
        if self.form.consultation is not None and self.form.consultation.id == record_id:
            return True
        if not guard.settle(self.form):
            return False
        row = self._row_of(record_id)
        if row is None and (self.search_edit.text() or self.model.filters):
            self._clear_filters()
            row = self._row_of(record_id)
        self.form.load(consultation)  # before selecting, so the row's signal finds it open
        if row is not None:
            index = self.model.index(row, 0)
            self.table_view.selectionModel().setCurrentIndex(
                index, self.table_view.selectionModel().SelectionFlag.ClearAndSelect
                | self.table_view.selectionModel().SelectionFlag.Rows)
            self.table_view.scrollTo(index)
        else:
            self.table_view.clearSelection()
        return True

    def _row_of(self, record_id: int) -> int | None:
        return self.model.row_of(record_id)

    def _clear_filters(self) -> None:
        for widget in (self.search_edit, self.month_combo, self.channel_filter, self.disposition_filter):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.month_combo.setCurrentIndex(0)
        self.channel_filter.set_code("")
        self.disposition_filter.set_code("")
        for widget in (self.search_edit, self.month_combo, self.channel_filter, self.disposition_filter):
            widget.blockSignals(False)
        self.apply_filters()

    def new_consultation(self) -> None:
        if not guard.settle(self.form):
            return
        self.table_view.clearSelection()
        self.form.clear()

    def _saved(self, consultation) -> None:
        self.model.refresh()
        self._update_count()

    def _records_changed(self, name: str) -> None:
        if name in ("Consultation", "Person"):
            self.model.refresh()
            self._update_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    # the main window asks these before closing
    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes()

    def save_changes(self) -> bool:
        return self.form.save()

    def discard_changes(self) -> None:
        self.form.discard_changes()


PAGE = PageSpec("reception", "Reception", "reception.svg", 20, ReceptionPage)
