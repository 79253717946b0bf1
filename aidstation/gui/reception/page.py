"""The reception page: the consultation register (lazy, searchable, filterable, sortable, with
masked phones) beside the consultation form."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QWidget

from aidstation.core import codes, consultations, masking
from aidstation.core.models import Consultation, Person
from aidstation.gui.kit import messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import (
    icon,
    restore_current_row,
    set_role,
    setup_list_view,
)
from aidstation.gui.reception.consultation_form import ConsultationForm

QT_TRANSLATE_NOOP("pages", "Reception")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def consultation_columns(lang: str) -> list[Column]:
    """The register's columns; code labels in `lang` ('zh'/'en'), phones masked."""
    def label(kind, attr):
        return lambda c: codes.label(kind, getattr(c, attr), lang)

    def person_name(c):
        if c.person_id is None:
            return "—"
        return c.person.name

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
        Column("question", QT_TRANSLATE_NOOP("columns", "Question"), value=lambda c: _short(c.question),
               tooltip=lambda c: c.question),
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
        self.form_scroll.setMinimumWidth(460)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 500])
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
        self._resize_columns()
        self._update_count()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Reception"))
        self.search_edit.setPlaceholderText(self.tr("Search number, name, phone or question…"))
        self.new_button.setText(self.tr("New consultation"))
        self.new_button.setToolTip(self.tr("Start a new consultation (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")

    def _resize_columns(self) -> None:
        widths = [96, 128, 64, 98, 84, 110, 130]
        for column, width in enumerate(widths):
            self.table_view.setColumnWidth(column, width)

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
        if not messages.settle_unsaved(self, self.form):
            restore_current_row(self.table_view, previous)
            return
        self.form.load(consultations.get(record.id))

    def open_consultation(self, consultation) -> None:
        """Show `consultation` in the form (from a person's history), asking about edits first."""
        if self.form.has_unsaved_changes() and not messages.ask_yes_no(
                self, self.tr("Discard changes"), self.tr("Discard the changes to this consultation?")):
            return
        self.table_view.clearSelection()
        self.form.load(consultation)

    def new_consultation(self) -> None:
        if self.form.has_unsaved_changes() and not messages.ask_yes_no(
                self, self.tr("Discard changes"), self.tr("Discard the changes to this consultation?")):
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
        self.form.clear()


PAGE = PageSpec("reception", "Reception", "reception.svg", 20, ReceptionPage)
