"""The Monthly report page: the figures of any period (a month, quarter, half-year, year or run
of days) against the one before and the same one last year, with bars; a year × month matrix
with small multiples per section, exportable as xlsx; every figure opens the records behind it
(double-click or Enter); and, for a month, the figures entered by hand, the export of the return,
marking it submitted and the corrections after it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from aidstation.core import dates, settings
from aidstation.core.models import User
from aidstation.core.reporting import indicators, matrix, periods, submissions
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import guard, messages, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.reporting.charts import PeriodBars, SmallMultiples
from aidstation.gui.reporting.explain_dialog import explain_figure

QT_TRANSLATE_NOOP("pages", "Monthly report")

SECTION_BRUSH = QBrush(QColor("#e6edf5"))
UP_BRUSH, DOWN_BRUSH = QBrush(QColor("#1b6e2e")), QBrush(QColor("#a12a2a"))
CONTEXT = "MonthlyPage"
KIND_NAMES = {
    "month": QT_TRANSLATE_NOOP("MonthlyPage", "Month"),
    "quarter": QT_TRANSLATE_NOOP("MonthlyPage", "Quarter"),
    "half": QT_TRANSLATE_NOOP("MonthlyPage", "Half-year"),
    "year": QT_TRANSLATE_NOOP("MonthlyPage", "Year"),
    "custom": QT_TRANSLATE_NOOP("MonthlyPage", "From … to …"),
}
# the figures' column heads for each kind of period: this, the one before, the same last year
HEADS = {
    "month": (QT_TRANSLATE_NOOP("FiguresTableModel", "This month"),
              QT_TRANSLATE_NOOP("FiguresTableModel", "Previous month"),
              QT_TRANSLATE_NOOP("FiguresTableModel", "Same month last year")),
    "quarter": (QT_TRANSLATE_NOOP("FiguresTableModel", "This quarter"),
                QT_TRANSLATE_NOOP("FiguresTableModel", "Previous quarter"),
                QT_TRANSLATE_NOOP("FiguresTableModel", "Same quarter last year")),
    "half": (QT_TRANSLATE_NOOP("FiguresTableModel", "This half-year"),
             QT_TRANSLATE_NOOP("FiguresTableModel", "Previous half-year"),
             QT_TRANSLATE_NOOP("FiguresTableModel", "Same half last year")),
    "year": (QT_TRANSLATE_NOOP("FiguresTableModel", "This year"),
             QT_TRANSLATE_NOOP("FiguresTableModel", "Previous year"),
             QT_TRANSLATE_NOOP("FiguresTableModel", "Same period last year")),
    "custom": (QT_TRANSLATE_NOOP("FiguresTableModel", "This period"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Previous period"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Same period last year")),
}
MONTH_HEADS = (QT_TRANSLATE_NOOP("MatrixTableModel", "Jan"), QT_TRANSLATE_NOOP("MatrixTableModel", "Feb"),
               QT_TRANSLATE_NOOP("MatrixTableModel", "Mar"), QT_TRANSLATE_NOOP("MatrixTableModel", "Apr"),
               QT_TRANSLATE_NOOP("MatrixTableModel", "May"), QT_TRANSLATE_NOOP("MatrixTableModel", "Jun"),
               QT_TRANSLATE_NOOP("MatrixTableModel", "Jul"), QT_TRANSLATE_NOOP("MatrixTableModel", "Aug"),
               QT_TRANSLATE_NOOP("MatrixTableModel", "Sep"), QT_TRANSLATE_NOOP("MatrixTableModel", "Oct"),
               QT_TRANSLATE_NOOP("MatrixTableModel", "Nov"), QT_TRANSLATE_NOOP("MatrixTableModel", "Dec"))
# the figure each section's small multiple shows until a row of that section is chosen
HEADLINES = {"consult": "consult.total", "aid": "aid.received", "med": "med.received",
             "followup": "followup.total", "cards": "cards.issued", "pub": "pub.activities"}
RECENT = {"month": 36, "quarter": 12, "half": 6, "year": 6}  # periods offered in the combos


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


format_value = indicators.format_value  # the figure as every screen shows it


def rows_of(cat, lang: str) -> list[tuple[bool, str, str, str, str]]:
    """(is a section, key or section, label, kind, unit) for a catalogue, a heading per section."""
    rows, section = [], None
    for ind in cat:
        if ind.section != section:
            section = ind.section
            zh, en = indicators.SECTIONS[section]
            rows.append((True, section, zh if lang.startswith("zh") else en, "", ""))
        rows.append((False, ind.key, ind.label(lang), ind.kind, ind.unit if lang.startswith("zh") else ind.unit_en))
    return rows


class FiguresTableModel(RowsTableModel):
    """One row per section heading and indicator: this period, the previous one, the change,
    the same period last year."""

    COLUMNS = (QT_TRANSLATE_NOOP("FiguresTableModel", "Indicator"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "This month"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Previous month"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Change"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Same month last year"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Unit"))
    PERIOD_COLUMNS = {1: 0, 2: 1, 4: 2}  # column -> which period (this, previous, last year)

    def __init__(self, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.kind = "month"
        # rows: (section?, key, label, kind, now, prev, last_year, unit)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 4)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section in self.PERIOD_COLUMNS:
            return QCoreApplication.translate("FiguresTableModel", HEADS[self.kind][self.PERIOD_COLUMNS[section]])
        return super().headerData(section, orientation, role)

    def set_values(self, current: dict, previous: dict, last_year: dict) -> None:
        self.beginResetModel()
        used = {k for values in (current, previous, last_year) for k, v in values.items() if v}
        self._rows = [(is_section, key, label, kind, None, None, None, unit) if is_section else
                      (False, key, label, kind, current.get(key), previous.get(key), last_year.get(key), unit)
                      for is_section, key, label, kind, unit in rows_of(indicators.catalogue(used=used), self.lang)]
        self.endResetModel()

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r[0]]

    def row_of(self, key: str) -> int:
        for i, r in enumerate(self._rows):
            if not r[0] and r[1] == key:
                return i
        return -1

    def row(self, row: int) -> tuple:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        is_section, key, label, kind, now, prev, last, unit = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if is_section:
                return label if col == 0 else None
            if col == 0:
                return label
            if col == 1:
                return format_value(now, kind)
            if col == 2:
                return format_value(prev, kind)
            if col == 3:
                if not isinstance(now, (int, float)) or not isinstance(prev, (int, float)) or now == prev:
                    return "" if now == prev else "—"
                diff = now - prev
                text = format_value(abs(diff), kind)
                return ("+" if diff > 0 else "−") + text
            if col == 4:
                return format_value(last, kind)
            if col == 5:
                return unit
            return None
        if role == Qt.ItemDataRole.ToolTipRole and not is_section:
            return QCoreApplication.translate("MonthlyPage", "{key} · double-click to see its records").format(key=key)
        if role == Qt.ItemDataRole.FontRole and (is_section or col == 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_section:
            return SECTION_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and not is_section:
            if isinstance(now, (int, float)) and isinstance(prev, (int, float)) and now != prev:
                return UP_BRUSH if now > prev else DOWN_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= col <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MatrixTableModel(RowsTableModel):
    """Indicators down, the twelve months across, then the year (as one period) and the unit."""

    COLUMNS = (QT_TRANSLATE_NOOP("MatrixTableModel", "Indicator"), *MONTH_HEADS,
               QT_TRANSLATE_NOOP("MatrixTableModel", "Year"), QT_TRANSLATE_NOOP("MatrixTableModel", "Unit"))
    YEAR_COLUMN = 13

    def __init__(self, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.matrix: matrix.Matrix | None = None

    def set_matrix(self, m: matrix.Matrix) -> None:
        self.beginResetModel()
        self.matrix = m
        self._rows = rows_of(m.catalogue, self.lang)
        self.endResetModel()

    def row(self, row: int) -> tuple:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        for i, r in enumerate(self._rows):
            if not r[0] and r[1] == key:
                return i
        return -1

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r[0]]

    def period_of(self, column: int) -> periods.Period | None:
        """The period of a column: its month, the year for the year's column, else None."""
        if self.matrix is None:
            return None
        if 1 <= column <= 12:
            return self.matrix.months[column - 1]
        return periods.year(self.matrix.year) if column == self.YEAR_COLUMN else None

    def value(self, row: int, column: int):
        is_section, key, _label, _kind, _unit = self._rows[row]
        if is_section or self.matrix is None:
            return None
        if 1 <= column <= 12:
            return self.matrix.value(key, column - 1)
        return self.matrix.total.get(key) if column == self.YEAR_COLUMN else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        is_section, key, label, kind, unit = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return label
            if is_section:
                return None
            if col == 14:
                return unit
            value = self.value(index.row(), col)
            if value is None and 1 <= col <= 12 and self.matrix.columns[col - 1] is None:
                return ""  # a month not begun
            if kind == indicators.AMOUNT and value is not None:
                return f"{value:,.0f}"  # whole yuan, as the return prints them: the months fit
            return format_value(value, kind)
        if role == Qt.ItemDataRole.ToolTipRole and not is_section:
            return QCoreApplication.translate("MonthlyPage", "{key} · double-click to see its records").format(key=key)
        if role == Qt.ItemDataRole.FontRole and (is_section or col == self.YEAR_COLUMN):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_section:
            return SECTION_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= col <= 13:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def export_job(year: int, month: int, details: bool, user_id: int | None, path: str | None = None,
               progress=None):
    """Runs in a worker thread: plain arguments in, an ExportResult (plain data) out."""
    from aidstation.excel import monthly

    user = User.get_or_none(User.id == user_id) if user_id else None
    return monthly.export_month(year, month, path, details=details, user=user,
                                progress=(lambda done, total: progress(done, total)) if progress else None)


class MonthlyPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "monthly_page.ui")
        self.context = context
        self.lang = context.code_lang
        set_role(self.title_label, "title")
        set_role(self.manual_hint, "hint")
        set_role(self.period_text, "hint")
        set_role(self.matrix_hint, "hint")
        self.banner.setObjectName("banner")
        self.banner.setVisible(False)
        self.month_row.setStretchFactor(self.state_label, 1)
        self.period_row.addStretch(1)  # the picker stays together on the left, whatever shows
        self.period_text.setWordWrap(False)
        self.matrix_row.setStretchFactor(self.matrix_hint, 1)
        self.history_list.setWordWrap(True)
        self.model = FiguresTableModel(self.lang, self)
        self.figures_view.setModel(self.model)
        self.matrix_model = MatrixTableModel(self.lang, self)
        self.matrix_view.setModel(self.matrix_model)
        for view in (self.figures_view, self.matrix_view):
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(24)
        self.chart = PeriodBars(self)
        self.chart.empty_text = self.tr("Choose a figure or a section to see it as bars.")
        self.figures_split.addWidget(self.chart)
        self.figures_split.setStretchFactor(0, 3)
        self.figures_split.setStretchFactor(1, 1)
        self.multiples = SmallMultiples(self)
        self.multiples.month_labels = [str(m) for m in range(1, 13)]
        self.matrix_split.addWidget(self.multiples)
        self.matrix_split.setStretchFactor(0, 3)
        self.matrix_split.setStretchFactor(1, 1)
        self.side.setMinimumWidth(300)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.manual_edits: dict[str, QLineEdit] = {}
        by_key = indicators.by_key()
        self.manual_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in submissions.manual_keys():
            edit = QLineEdit(self)
            edit.setObjectName(f"manual_{key.replace('.', '_')}")
            edit.setPlaceholderText(self.tr("not entered"))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumWidth(90)
            unit = by_key[key].unit if self.lang == "zh" else by_key[key].unit_en
            label = by_key[key].label(self.lang)
            self.manual_form.addRow(f"{label}（{unit}）" if self.lang == "zh" else f"{label} ({unit})", edit)
            self.manual_edits[key] = edit
        self.manual_errors = FieldErrors(self, self.manual_edits, fallback=self.manual_error)
        self.manual_error.setObjectName("form_error")
        self.manual_errors.clear()

        # the period picker: a kind, then the month, the quarter/half/year, or two dates
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in periods.KINDS:
            self.kind_combo.addItem(QCoreApplication.translate(CONTEXT, KIND_NAMES[kind]), kind)
        today = dt.date.today()
        y, m = shift_month(today.year, today.month, -1)
        for delta in range(RECENT["month"]):
            yy, mm = shift_month(today.year, today.month, -delta)
            text = dates.month_text(yy, mm)
            self.month_combo.addItem(text, text)
        self.month_combo.setCurrentIndex(self.month_combo.findData(dates.month_text(y, m)))
        self.from_edit.setDate(QDate(y, m, 1))
        self.to_edit.setDate(QDate(y, m, 1).addMonths(1).addDays(-1))
        for year in range(today.year, today.year - RECENT["year"], -1):
            self.year_combo.addItem(str(year), year)
        self._custom_timer = QTimer(self)  # typing a date changes it digit by digit: wait a moment
        self._custom_timer.setSingleShot(True)
        self._custom_timer.setInterval(300)
        self._custom_timer.timeout.connect(self.refresh)
        self.period = periods.month(y, m)

        self.last_export = None  # ExportResult of this session, for "mark submitted"
        self.last_matrix = None  # the path of the last matrix exported
        self.submit_button.setEnabled(context.is_admin)
        if not context.is_admin:
            self.submit_button.setToolTip(self.tr("Only an administrator can mark a month submitted."))
        for button in self.findChildren(QPushButton):  # Enter in a figure never saves
            button.setAutoDefault(False)
            button.setDefault(False)
        self.guard = guard.FormGuard(self.manual_box)
        self._shown_month = self.month()
        self._shown_kind = "month"
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.month_combo.currentIndexChanged.connect(self._month_chosen)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_edit.dateChanged.connect(lambda _d: self._custom_timer.start())
        self.to_edit.dateChanged.connect(lambda _d: self._custom_timer.start())
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh_matrix())
        self.view_tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.figures_view.activated.connect(self._figure_activated)  # double-click and Enter
        self.matrix_view.activated.connect(self._matrix_activated)
        self.figures_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._chart_row(cur.row()))
        self.matrix_view.selectionModel().currentChanged.connect(lambda cur, _prev: self._multiples_row(cur.row()))
        self.export_button.clicked.connect(self.export)
        self.submit_button.clicked.connect(self.mark_submitted)
        self.template_button.clicked.connect(self.fill_template)
        self.save_manual_button.clicked.connect(self.save_manual)
        self.matrix_export_button.clicked.connect(self.export_matrix)
        context.records_changed.connect(lambda _name: self._records_changed())
        self.figures_view.setToolTip(self.tr("Double-click a figure, or press Enter, to see the records behind it."))
        self.matrix_view.setToolTip(self.figures_view.toolTip())
        self.matrix_hint.setText(self.tr("The year is counted as one period: rates from its parts, "
                                         "cases open at its end."))
        self._show_kind_widgets()
        self.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self.figures_view, "column_layout", None) is None:
            # once the view has its real width (see DistrictPage.showEvent). The indicator's
            # name is sized to its text (a stretched one was squeezed to "Channel: …" by the
            # figures); the unit, then last year's figure, give way first when narrow.
            setup_columns(self.figures_view, "monthly/figures", stretch=5, hide_first=[5, 4])

    # --- state ---------------------------------------------------------------------------------
    def month(self) -> str:
        return self.month_combo.currentData()

    def ym(self) -> tuple[int, int]:
        return dates.parse_month(self.month())

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def chosen_period(self) -> periods.Period:
        """The period the picker names (raises ValidationError for dates the wrong way round)."""
        kind = self.kind()
        if kind == "month":
            return periods.month(*self.ym())
        if kind == "custom":
            return periods.custom(self.from_edit.date_value(), self.to_edit.date_value())
        return periods.parse(self.period_combo.currentData())

    def set_period(self, period: periods.Period) -> None:
        """Show `period` (tests and other pages): the picker set to it, the figures refreshed."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind))
        if period.kind == "month":
            self._select(self.month_combo, dates.month_text(period.start.year, period.start.month))
        elif period.kind == "custom":
            self.from_edit.set_date_value(period.start)
            self.to_edit.set_date_value(period.last)
        else:
            self._select(self.period_combo, self._period_key(period), period.label(self.lang))
        self._custom_timer.stop()
        self.refresh()

    @staticmethod
    def _period_key(period: periods.Period) -> str:
        y = period.start.year
        if period.kind == "quarter":
            return f"{y}-Q{(period.start.month - 1) // 3 + 1}"
        if period.kind == "half":
            return f"{y}-H{1 if period.start.month == 1 else 2}"
        return str(y)

    @staticmethod
    def _select(combo, data, text=None) -> None:
        index = combo.findData(data)
        if index < 0:  # older than the combo lists: add it
            combo.addItem(text or data, data)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _fill_periods(self, kind: str, around: periods.Period) -> None:
        """The quarters, halves or years up to today, newest first, the one holding `around`
        chosen."""
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        today = dt.date.today()
        current = {"quarter": periods.quarter(today.year, (today.month - 1) // 3 + 1),
                   "half": periods.half(today.year, 1 if today.month <= 6 else 2),
                   "year": periods.year(today.year)}[kind]
        for _ in range(RECENT[kind]):
            self.period_combo.addItem(current.label(self.lang), self._period_key(current))
            current = current.previous()
        wanted = {"quarter": lambda d: periods.quarter(d.year, (d.month - 1) // 3 + 1),
                  "half": lambda d: periods.half(d.year, 1 if d.month <= 6 else 2),
                  "year": lambda d: periods.year(d.year)}[kind](around.start)
        self._select(self.period_combo, self._period_key(wanted), wanted.label(self.lang))
        self.period_combo.blockSignals(False)

    def _show_kind_widgets(self) -> None:
        kind = self.kind()
        self.month_combo.setVisible(kind == "month")
        self.period_combo.setVisible(kind in ("quarter", "half", "year"))
        for widget in (self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(kind == "custom")
        # the return, its figures entered by hand and its submissions are a month's
        self.period_text.setVisible(kind != "custom")  # the dates say it already
        monthly = kind == "month"
        for widget in (self.side, self.details_check, self.export_button, self.submit_button,
                       self.template_button):
            widget.setVisible(monthly)

    def _kind_chosen(self, _index: int) -> None:
        """Another kind of period. Leaving the month asks about figures typed for it first."""
        kind = self.kind()
        if kind == self._shown_kind:
            return
        if self._shown_kind == "month" and not guard.settle(self):
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._shown_kind))
            self.kind_combo.blockSignals(False)
            return
        around = self.period
        if kind in ("quarter", "half", "year"):
            self._fill_periods(kind, around)
        elif kind == "custom":
            for edit, day in ((self.from_edit, around.start), (self.to_edit, around.last)):
                edit.blockSignals(True)
                edit.set_date_value(day)
                edit.blockSignals(False)
        elif kind == "month":
            self.month_combo.blockSignals(True)
            self._select(self.month_combo, dates.month_text(around.last.year, around.last.month))
            self.month_combo.blockSignals(False)
        self._shown_kind = kind
        self._show_kind_widgets()
        self.refresh()

    def _month_chosen(self, _index: int) -> None:
        """Another month: the figures typed for this one are saved or dropped first."""
        if self.month() == self._shown_month:
            return
        wanted = self.month()
        index = self.month_combo.findData(self._shown_month)
        self.month_combo.blockSignals(True)
        self.month_combo.setCurrentIndex(index)  # the question is about the month on screen
        self.month_combo.blockSignals(False)
        if not guard.settle(self):
            return
        self.month_combo.blockSignals(True)
        self.month_combo.setCurrentIndex(self.month_combo.findData(wanted))
        self.month_combo.blockSignals(False)
        self.refresh()

    # --- unsaved edits: the figures entered by hand ---------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.save_manual()

    def discard_changes(self) -> None:
        self._fill_manual()

    def _fill_manual(self) -> None:
        for key, value in submissions.manual_figures(self.month()).items():
            self.manual_edits[key].setText("" if value is None else f"{value:g}")
        self.manual_errors.clear()
        self.guard.mark_clean()

    def _records_changed(self) -> None:
        self.refresh()
        if self.matrix_model.matrix is not None:
            self.matrix_model.matrix = None  # computed again when next looked at
            if self.view_tabs.currentWidget() is self.matrix_tab:
                self.refresh_matrix()

    def refresh(self) -> None:
        try:
            period = self.chosen_period()
        except ValidationError as exc:
            self.period_text.setText(exc.text(self.lang))
            self.period_text.setVisible(True)
            return
        self.period_text.setVisible(self.kind() != "custom")
        self.period = period
        self._shown_month = self.month()
        current = indicators.compute_period(period.start, period.end)
        self.previous_period, self.last_year_period = period.previous(), period.last_year()
        previous = indicators.compute_period(self.previous_period.start, self.previous_period.end)
        last_year = indicators.compute_period(self.last_year_period.start, self.last_year_period.end)
        self.model.set_kind(period.kind)
        self.model.set_values(current, previous, last_year)
        self.figures_view.clearSpans()
        for row in self.model.section_rows():
            self.figures_view.setSpan(row, 0, 1, self.model.columnCount())
        self.current_values = current
        self.period_text.setText(self.tr("{first} to {last}").format(first=period.start.isoformat(),
                                                                       last=period.last.isoformat()))
        if period.kind == "month" and not self.guard.is_dirty():  # another clerk's save must not wipe what is typed here
            self._fill_manual()
        self._show_state()
        row = self.figures_view.currentIndex().row()
        self._chart_row(row if row >= 0 else 0)
        self._select(self.year_combo, period.last.year, str(period.last.year))  # the matrix follows

    def period_of_column(self, column: int) -> periods.Period:
        """The period a figure of the figures table belongs to."""
        return {2: self.previous_period, 4: self.last_year_period}.get(column, self.period)

    def _figure_activated(self, index) -> None:
        is_section, key = self.model.row(index.row())[:2]
        if not is_section:
            self.explain(key, self.period_of_column(index.column()))

    def _matrix_activated(self, index) -> None:
        is_section, key = self.matrix_model.row(index.row())[:2]
        period = self.matrix_model.period_of(index.column()) or periods.year(self.matrix_model.matrix.year)
        if not is_section:
            self.explain(key, period)

    def explain(self, key: str, period: periods.Period):
        """The dialog listing the records behind `key` over `period` (kept for tests)."""
        self.explain_dialog = explain_figure(self, key, period)
        return self.explain_dialog

    # --- charts --------------------------------------------------------------------------------
    def _series(self) -> list[str]:
        return [self.period.label(self.lang), self.previous_period.label(self.lang),
                self.last_year_period.label(self.lang)]

    def _chart_row(self, row: int) -> None:
        """Bars of the figure chosen (or, for a section heading, the section's main figures)."""
        if not (0 <= row < self.model.rowCount()):
            self.chart.set_data("", [], [])
            return
        is_section, key, label = self.model.row(row)[:3]
        rows = [self.model.row(r) for r in range(self.model.rowCount())]
        if is_section:
            members = [r for r in rows if not r[0] and r[1].startswith(key + ".") and r[3] == indicators.COUNT
                       and r[1].count(".") == 1]  # its own counts, not its code-by-code rows
            groups = [(r[2], [r[4], r[5], r[6]]) for r in members[:10]]
        else:
            r = rows[row]
            groups = [(label, [r[4], r[5], r[6]])]
        self.chart.set_data(label, self._series(), groups)

    def _tab_shown(self) -> None:
        if self.view_tabs.currentWidget() is self.matrix_tab and self.matrix_model.matrix is None:
            self.refresh_matrix()

    def refresh_matrix(self) -> None:
        year = self.year_combo.currentData()
        if year is None or (self.view_tabs.currentWidget() is not self.matrix_tab
                            and self.matrix_model.matrix is None):
            return  # computed when first looked at (13 passes over the records)
        self.matrix_model.set_matrix(matrix.year_matrix(year))
        self.matrix_view.clearSpans()
        for row in self.matrix_model.section_rows():
            self.matrix_view.setSpan(row, 0, 1, self.matrix_model.columnCount())
        if getattr(self.matrix_view, "column_layout", None) is None:
            setup_columns(self.matrix_view, "monthly/matrix", stretch=0, hide_first=[14])
        self._multiples_row(-1)

    def _multiples_row(self, row: int) -> None:
        """One panel per section: its headline figure by month, or the figure chosen in it."""
        m = self.matrix_model.matrix
        if m is None:
            return
        chosen = self.matrix_model.row(row) if 0 <= row < self.matrix_model.rowCount() else None
        labels = {ind.key: ind for ind in m.catalogue}
        panels = []
        for section, headline in HEADLINES.items():
            key = headline
            if chosen is not None and not chosen[0] and chosen[1].split(".")[0] == section:
                key = chosen[1]
            ind = labels.get(key) or indicators.by_key().get(key)
            if ind is None:
                continue
            zh, en = indicators.SECTIONS[section]
            name = zh if self.lang.startswith("zh") else en
            title = name if ind.label(self.lang) == name else f"{name} · {ind.label(self.lang)}"
            panels.append((title, m.row(key), format_value(m.total.get(key), ind.kind)))
        self.multiples.set_panels(panels)

    def ask_matrix_path(self, suggested: Path) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the year by month"),
                                                    str(suggested), self.tr("Excel workbooks (*.xlsx)"))
        return path

    def export_matrix(self) -> None:
        from aidstation.excel import matrix as matrix_sheet

        if self.matrix_model.matrix is None:
            self.refresh_matrix()
        m = self.matrix_model.matrix
        if m is None:
            return
        code = settings.get("station.code") or ""
        path = self.ask_matrix_path(self.context.station.sub("exports") / matrix_sheet.default_name(code, m.year))
        if not path:
            return
        try:
            self.last_matrix = matrix_sheet.export_matrix(m, path, settings.get("station.name") or "", code)
        except OSError as exc:
            messages.error(self, self.tr("Export"), self.tr("The workbook could not be written: {reason}")
                           .format(reason=str(exc)))
            return
        messages.document_written(self, self.last_matrix)

    def _show_state(self) -> None:
        self.history_list.clear()
        if self.kind() != "month":
            self.state_label.setText(self.tr("The return to the district is monthly: choose Month to "
                                             "export it, mark it submitted or correct it."))
            self.banner.setVisible(False)
            self.last_export_label.setText("")
            return
        state = submissions.state(self.month())
        if not state.submitted:
            self.state_label.setText(self.tr("Not submitted yet."))
            self.banner.setVisible(False)
        else:
            sub = state.submission
            self.state_label.setText(self.tr("Submitted {when} as {file}.").format(
                when=sub.generated_at.strftime("%Y-%m-%d %H:%M") if hasattr(sub.generated_at, "strftime")
                else str(sub.generated_at)[:16], file=sub.file_name))
            if state.changed_since:
                self.banner.setText(self.tr(
                    "Records of {month} changed after the month was sent. Export again to send "
                    "correction {n}.").format(month=state.month, n=state.next_correction))
            else:
                self.banner.setText(self.tr(
                    "{month} was already sent. A new export is correction {n}.").format(
                    month=state.month, n=state.next_correction))
            self.banner.setVisible(True)
        from aidstation.core.models import Submission

        for sub in (Submission.select().where(Submission.month == self.month())
                    .order_by(Submission.id)):
            label = self.tr("original") if not sub.correction else self.tr("correction {n}").format(n=sub.correction)
            item = QListWidgetItem(f"{str(sub.generated_at)[:16]} · {label} · {sub.file_name}")
            item.setToolTip(f"SHA-256 {sub.sha256}")
            self.history_list.addItem(item)
        export = self.last_export
        if export is not None and export.month == self.month():
            self.last_export_label.setText(self.tr("Last export: {path}").format(path=str(export.path)))
        else:
            self.last_export_label.setText("")

    # --- manual figures ------------------------------------------------------------------------
    def save_manual(self) -> bool:
        values = {key: edit.text().strip() for key, edit in self.manual_edits.items()}
        try:
            submissions.set_manual(self.month(), values, user=self.context.user)
        except ValidationError as exc:
            self.manual_errors.show(exc, self.lang)
            return False
        self.guard.mark_clean()
        self.context.notify("ManualFigure")
        self.refresh()
        messages.status(self, self.tr("Figures entered by hand for {month} saved").format(month=self.month()))
        return True

    # --- export and submission -----------------------------------------------------------------
    def ask_export_path(self, suggested: Path) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the monthly workbook"),
                                                    str(suggested), self.tr("Excel workbooks (*.xlsx)"))
        return path

    def export(self) -> None:
        from aidstation.excel import monthly

        if not guard.save_first(self):  # the workbook carries the figures typed on screen
            return
        state = submissions.state(self.month())
        if state.submitted and not messages.ask_yes_no(
                self, self.tr("Export a correction"),
                self.tr("{month} was already submitted. Export correction {n}?").format(
                    month=state.month, n=state.next_correction), default_yes=True):
            return
        path = self.ask_export_path(monthly.default_path(self.month(), state.next_correction))
        if not path:
            return
        year, month = self.ym()
        user_id = self.context.user.id if self.context.user is not None else None
        self.export_task = tasks.run_task(
            self, export_job, year, month, self.details_check.isChecked(), user_id, path,
            title=self.tr("Export"), label=self.tr("Writing the monthly workbook…"),
            on_result=self._exported, on_error=self._export_failed)

    def _exported(self, result) -> None:
        self.last_export = result
        self._show_state()
        messages.document_written(self, result.path)
        if result.correction:
            messages.status(self, self.tr("Correction {n} of {month} written to {path}").format(
                n=result.correction, month=result.month, path=str(result.path)))

    def _export_failed(self, exc, details) -> None:
        messages.error(self, self.tr("Export"), self.tr("The workbook could not be written: {reason}")
                       .format(reason=str(exc)), details)

    def mark_submitted(self) -> None:
        export = self.last_export
        if export is None or export.month != self.month():
            messages.info(self, self.tr("Mark submitted"),
                          self.tr("Export the workbook of {month} first, then mark it submitted.")
                          .format(month=self.month()))
            return
        if not messages.ask_yes_no(self, self.tr("Mark submitted"),
                                   self.tr("Record that {file} was sent to the district?")
                                   .format(file=export.path.name), default_yes=True):
            return
        try:
            submissions.mark_submitted(export.month, export.path, export.values,
                                       correction=export.correction, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Mark submitted"), exc.text(self.lang))
            return
        self.context.notify("Submission")
        self._show_state()
        messages.status(self, self.tr("{month} marked submitted ({file})").format(
            month=export.month, file=export.path.name))

    def ask_template(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("District template"), "",
                                                    self.tr("Excel workbooks (*.xlsx)"))
        return path

    def fill_template(self) -> None:
        from aidstation.excel import templates
        from aidstation.excel.safety import UnsafeWorkbook

        if not guard.save_first(self):
            return
        template = self.ask_template()
        if not template:
            return
        code = settings.get("station.code") or "station"
        target = self.context.station.sub("exports") / f"{code}-{self.month()}-{Path(template).stem}.xlsx"
        fields = {"station_name": settings.get("station.name"), "station_code": code,
                  "month": self.month()}
        try:
            problems = templates.fill(template, target, self.current_values, fields)
        except UnsafeWorkbook as exc:
            messages.warn(self, self.tr("District template"),
                          self.tr("The template cannot be used: {reason}").format(
                              reason=exc.zh if self.lang == "zh" else str(exc)))
            return
        messages.document_written(self, target)
        if problems:
            text = self.tr("The filled template was written to {path}.").format(path=str(target))
            text += "\n\n" + self.tr("Placeholders not recognised:") + "\n" + "\n".join(problems)
            messages.warn(self, self.tr("District template"), text)


PAGE = PageSpec("monthly", "Monthly report", "monthly.svg", 80, MonthlyPage)
