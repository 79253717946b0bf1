"""The records behind one figure (issue 15, point 4): double-click a figure on the Monthly page
(or the dashboard's) and see the list that makes it up; Enter or a double-click on a row opens
that record as the global search does (a case or an application in its window, anything else
on its page). Names are masked: the list is a screen a clerk may share (DESIGN §12).

    explain_figure(parent, "consult.total", periods.month(2026, 3))   # or "2026-03", "2026-Q1"
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from aidstation.core.reporting import explain, indicators, periods
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import set_role

KINDS = {
    "consultation": QT_TRANSLATE_NOOP("ExplainDialog", "Consultation"),
    "mediation": QT_TRANSLATE_NOOP("ExplainDialog", "Mediation case"),
    "aid": QT_TRANSLATE_NOOP("ExplainDialog", "Legal-aid application"),
    "card": QT_TRANSLATE_NOOP("ExplainDialog", "Contact cards"),
    "publicity": QT_TRANSLATE_NOOP("ExplainDialog", "Publicity activity"),
    "followup": QT_TRANSLATE_NOOP("ExplainDialog", "Follow-up visit"),
}


format_value = indicators.format_value


class ExplainModel(RowsTableModel):
    """(Item, who) rows: record, number, date, people (masked), what it adds."""

    COLUMNS = (QT_TRANSLATE_NOOP("ExplainModel", "Record"), QT_TRANSLATE_NOOP("ExplainModel", "Number"),
               QT_TRANSLATE_NOOP("ExplainModel", "Date"), QT_TRANSLATE_NOOP("ExplainModel", "People"),
               QT_TRANSLATE_NOOP("ExplainModel", "Counts"))

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind  # the indicator's kind: an amount's weights are yuan

    def item(self, row: int) -> explain.Item:
        return self._rows[row][0]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item, who = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return QCoreApplication.translate("ExplainDialog", KINDS.get(item.kind, item.kind))
            if col == 1:
                return item.number or f"#{item.record_id}"
            if col == 2:
                return item.day.isoformat() if item.day else ""
            if col == 3:
                return who
            if col == 4:
                kind = indicators.COUNT if self.kind == indicators.RATE else self.kind
                return format_value(item.weight, kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _as_period(period) -> periods.Period:
    return period if isinstance(period, periods.Period) else periods.parse(str(period))


def _context(widget):
    while widget is not None:
        context = getattr(widget, "context", None)
        if context is not None and hasattr(context, "code_lang"):
            return context
        widget = widget.parentWidget()
    return None


class ExplainDialog(QDialog):
    """The records behind indicator `key` over `period`. `opened` keeps what the last opening
    returned (the record window or the page), for tests."""

    def __init__(self, key: str, period, parent=None):
        super().__init__(parent)
        self.setObjectName("explain_dialog")
        self.key = key
        self.period = _as_period(period)
        context = _context(parent)
        self.lang = context.code_lang if context is not None else "en"
        self.opened = None
        values = indicators.compute_period(self.period.start, self.period.end)
        self.indicator = {i.key: i for i in indicators.catalogue_for(values)}.get(key) or indicators.by_key().get(key)
        kind = self.indicator.kind if self.indicator else indicators.COUNT
        label = self.indicator.label(self.lang) if self.indicator else key
        unit = "" if self.indicator is None else (self.indicator.unit if self.lang.startswith("zh")
                                                   else self.indicator.unit_en)
        self.value = values.get(key)
        self.setWindowTitle(self.tr("Records behind a figure"))

        self.title_label = QLabel(self)
        self.title_label.setObjectName("title_label")
        set_role(self.title_label, "title")
        self.title_label.setText(self.tr("{indicator}: {value} {unit}").format(
            indicator=label, value=format_value(self.value, kind), unit=unit).strip())
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        set_role(self.summary_label, "hint")

        # Screening figures are the ledger's rounds, or a month's figure typed before the ledger.
        by_hand = indicators.manual_used(self.period.start, self.period.end).get(key, [])
        typed_only = kind == indicators.MANUAL and key not in indicators.SCREENING_MANUAL
        rows = [] if typed_only else explain.explain(key, self.period.start, self.period.end,
                                                     limit=explain.LIMIT + 1)
        more = len(rows) > explain.LIMIT
        rows = rows[:explain.LIMIT]
        people = explain.who(rows)
        self.items = rows
        self.model = ExplainModel(kind, self)
        self.model.set_rows([(item, people.get((item.kind, item.record_id), "")) for item in rows])
        period_text = self.period.label(self.lang)
        if typed_only or (by_hand and not rows):
            summary = self.tr("{period} · this figure is entered by hand for the month; no records make it up.")
        elif kind == indicators.RATE:
            summary = self.tr("{period} · the rate is worked out from the cases concluded in the period: "
                              "{n} cases (the denominator).")
        elif all(item.weight == 1 for item in rows):
            summary = self.tr("{period} · records: {n}.")
        else:
            summary = self.tr("{period} · records: {n}, adding up to {total}.")
        total = format_value(explain.total(rows), indicators.COUNT if kind == indicators.RATE else kind)
        summary = summary.format(period=period_text, n=f"{len(rows):,}", total=total)
        gap = "" if self.lang.startswith("zh") else " "
        if more:
            summary += gap + self.tr("Only the first {limit} are listed.").format(limit=f"{explain.LIMIT:,}")
        if by_hand and rows:
            summary += gap + self.tr("Also counted: the figures entered by hand for {months}.").format(
                months=", ".join(by_hand))
        if rows:
            summary += gap + self.tr("Double-click or press Enter to open a record.")
        self.summary_label.setText(summary)

        self.table = QTableView(self)
        self.table.setObjectName("records_view")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.activated.connect(lambda index: self.open_row(index.row()))  # Enter, double-click
        setup_columns(self.table, "reporting/explain", stretch=3, hide_first=[0])
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open record"), self)
        self.open_button.setObjectName("open_button")
        self.open_button.setEnabled(bool(rows))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_button")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.open_button, self.close_button):  # Enter opens the row, nothing else
            button.setAutoDefault(False)
            button.setDefault(False)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        fit_window(self, "reporting/explain", (760, 520))
        self.table.setFocus()

    def open_row(self, row: int):
        """Open the record of `row` through the global search's route; returns what opened it."""
        if not (0 <= row < self.model.rowCount()):
            return None
        from aidstation.core import search
        from aidstation.gui.shell.search_dialog import open_hit

        item = self.model.item(row)
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if window is None or not hasattr(window, "show_page"):
            return None  # not inside the main window (nothing to open it on)
        self.opened = open_hit(window, search.Hit(item.kind, item.record_id, "", None))
        return self.opened


def explain_figure(parent, key: str, period) -> ExplainDialog:
    """Show the records behind indicator `key` over `period` (a periods.Period, or its text:
    "2026-03", "2026-Q1", "2026-H2", "2026") over `parent`; the dialog stays open beside the
    records it opens."""
    dialog = ExplainDialog(key, period, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
