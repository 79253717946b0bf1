"""The dashboard: what is due or overdue (DESIGN §6) and this month's figures against last
month, with a small bar chart of consultations over the last six months (plain QPainter).

The figures are read by `snapshot()`, a plain function: the page runs it on a worker thread
once it is first painted (the window comes up first) and when records change (coalesced, and
only while the page is shown: a hidden dashboard refreshes when it is next shown), so neither
opening the desk nor a save anywhere waits for it; `refresh()` runs it in place (tests, the first-run check). The due list is filled
lazily, a few hundred rows at a time as the clerk scrolls.

Double-click or Enter on a due item opens its record: a mediation case or legal-aid application
in its window (kit.handoffs), a consultation on the reception page. The dashboard is a shared
screen (DESIGN §12): names in the titles are masked as in the lists (张*), numbers in free
text too (core.registers.due_rows, which the deadline sheet and `aidstation due` read as well).
With nothing due it says so across the list; a station without any records yet offers the
first steps instead. Beside the list's title, "Deadline sheet…" prints the 督办单 and
"Print register…" (Ctrl+P) any register (gui/registers).
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from aidstation.core import codes, consultations, registers, screening, workcalendar
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    MediationCase,
    Person,
    PublicityActivity,
)
from aidstation.core.reporting import indicators
from aidstation.gui.kit import handoffs, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui, register_custom_widget
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import keep_open, set_role
from aidstation.gui.registers import DueSheetDialog, add_register_action

QT_TRANSLATE_NOOP("pages", "Dashboard")
# the figures compared month on month: indicator key -> English label (translated)
FIGURES = [
    ("consult.total", QT_TRANSLATE_NOOP("DashboardPage", "Consultations")),
    ("consult.documents_drafted", QT_TRANSLATE_NOOP("DashboardPage", "Documents drafted")),
    ("med.received", QT_TRANSLATE_NOOP("DashboardPage", "Mediation cases received")),
    ("med.succeeded", QT_TRANSLATE_NOOP("DashboardPage", "Mediations succeeded")),
    ("aid.received", QT_TRANSLATE_NOOP("DashboardPage", "Legal-aid applications")),
    ("aid.forwarded", QT_TRANSLATE_NOOP("DashboardPage", "Applications forwarded")),
    ("cards.issued", QT_TRANSLATE_NOOP("DashboardPage", "Contact cards issued")),
    ("pub.activities", QT_TRANSLATE_NOOP("DashboardPage", "Publicity activities")),
]


OVERDUE = QColor("#c62828")
SHOWN_AT_ONCE = 200  # due rows handed to the view at a time (fetchMore adds more as it scrolls)
REFRESH_DELAY_MS = 150  # saves in quick succession (a case and its parties) refresh once

log = logging.getLogger(__name__)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def has_station_data() -> bool:
    """Whether the station holds any record at all (else the dashboard offers first steps)."""
    return any(model.live().exists() for model in
               (Consultation, Person, MediationCase, AidApplication, CardIssue, PublicityActivity))


@dataclass
class Snapshot:
    """Everything the dashboard shows, read in one go (on a worker thread or in place)."""

    today: dt.date
    due: list  # (DueItem, masked title), most urgent first
    this_month: dict
    last_month: dict
    bars: list  # ("MM", consultations) for the last six months, oldest first
    first_run: bool  # no record of any kind yet: offer the first steps
    # this year and next when no working-day calendar knows them (the clocks count Monday to
    # Friday there): the page warns above the due list
    calendar_missing: list = field(default_factory=list)
    # the red and yellow disputes screening found that are still open: (OpenItem, masked text)
    risks: list = field(default_factory=list)


def open_risks() -> list:
    """Open red and yellow disputes with their description masked for a shared screen (the
    parties' names, then any number)."""
    out = []
    for item in screening.open_items():
        names = [p.name for p in screening.parties_of(item.item_id)]
        out.append((item, registers.mask_names(item.description, names)))
    return out


def snapshot(today: dt.date | None = None) -> Snapshot:
    """The dashboard's data as of `today`: no Qt, so it can run on a worker thread."""
    today = today or dt.date.today()
    due = registers.due_rows(today)  # the deadline sheet's rows and `due --json`'s, masked alike
    months = []
    y, m = today.year, today.month
    for _ in range(6):
        months.append((y, m))
        y, m = previous_month(y, m)
    return Snapshot(
        today=today,
        due=[(row.item, row.title) for row in due],
        this_month=indicators.compute_month(today.year, today.month),
        last_month=indicators.compute_month(*previous_month(today.year, today.month)),
        bars=[(f"{mm:02d}", consultations.count(month=(yy, mm))) for yy, mm in reversed(months)],
        first_run=not due and not has_station_data(),
        calendar_missing=workcalendar.missing_years(today),
        risks=open_risks())


def _load(generation: int, today: dt.date) -> tuple[int, Snapshot]:
    return generation, snapshot(today)


class DueModel(RowsTableModel):
    """Due items (core.due.DueItem) with their masked titles; overdue ones in red.
    UserRole gives the DueItem. All rows are held, but the view is given SHOWN_AT_ONCE at a
    time (canFetchMore/fetchMore), so ten thousand overdue follow-ups cost it nothing until
    the clerk scrolls to them."""

    COLUMNS = (QT_TRANSLATE_NOOP("DueModel", "Due"), QT_TRANSLATE_NOOP("DueModel", "What"),
               QT_TRANSLATE_NOOP("DueModel", "Number"), QT_TRANSLATE_NOOP("DueModel", "Title"))

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self._shown = 0

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(SHOWN_AT_ONCE, len(self._rows))
        self.endResetModel()

    @property
    def total(self) -> int:
        """All the due rows, shown to the view or not yet."""
        return len(self._rows)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent=QModelIndex()):
        if not self.canFetchMore(parent):
            return
        more = min(SHOWN_AT_ONCE, len(self._rows) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def item(self, row: int):
        return self._rows[row][0] if 0 <= row < self._shown else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._shown):
            return None
        item, title = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [item.due_on.isoformat(), item.label(self.lang), item.number, title][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


RISK_COLOURS = {"red": QColor("#c62828"), "yellow": QColor("#9a6a00")}


class RisksModel(RowsTableModel):
    """Open red and yellow disputes found by screening: (OpenItem, masked description)."""

    COLUMNS = (QT_TRANSLATE_NOOP("RisksModel", "Risk"), QT_TRANSLATE_NOOP("RisksModel", "Found on"),
               QT_TRANSLATE_NOOP("RisksModel", "Area"), QT_TRANSLATE_NOOP("RisksModel", "Dispute"),
               QT_TRANSLATE_NOOP("RisksModel", "Now"))
    NOW = {"watched": QT_TRANSLATE_NOOP("RisksModel", "Watched"),
           "mediation": QT_TRANSLATE_NOOP("RisksModel", "In mediation")}

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang

    def item(self, row: int):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            now = QCoreApplication.translate("RisksModel", self.NOW.get(item.outcome, item.outcome))
            if item.case_number:
                now += f" {item.case_number}"
            return [codes.label("screening_risk", item.risk, self.lang), item.held_on.isoformat(),
                    codes.label("screening_area", item.area, self.lang), text, now][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(RISK_COLOURS.get(item.risk, QColor("#33445a")))
        return None


class FiguresModel(RowsTableModel):
    """(label, this month, last month) rows; the numbers right-aligned."""

    COLUMNS = (QT_TRANSLATE_NOOP("FiguresModel", "Figure"), QT_TRANSLATE_NOOP("FiguresModel", "This month"),
               QT_TRANSLATE_NOOP("FiguresModel", "Last month"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None


@register_custom_widget
class MonthBars(QWidget):
    """Bars for (label, value) pairs, the last one highlighted (the current month)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: list[tuple[str, float]] = []
        self.setMinimumHeight(150)

    def set_values(self, values: list[tuple[str, float]]) -> None:
        self.values = list(values)
        self.update()

    def paintEvent(self, event):
        if not self.values:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(8, 24, -8, -24)  # room for the value above the tallest bar
        top = max(v for _l, v in self.values) or 1
        slot = rect.width() / len(self.values)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for i, (label, value) in enumerate(self.values):
            height = rect.height() * (value / top)
            x = rect.left() + i * slot + slot * 0.2
            bar = QRectF(x, rect.bottom() - height, slot * 0.6, height)
            last = i == len(self.values) - 1
            painter.fillRect(bar, QColor("#2f6fbf") if last else QColor("#9fbde3"))
            painter.setPen(QColor("#33445a"))
            painter.drawText(QRectF(x - slot * 0.2, bar.top() - 18, slot, 16),
                             Qt.AlignmentFlag.AlignCenter, f"{value:g}")
            painter.drawText(QRectF(x - slot * 0.2, rect.bottom() + 4, slot, 18),
                             Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class DashboardPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "dashboard_page.ui")
        self.context = context
        self.dialogs: list = []  # record windows opened from here (kept alive while shown)
        set_role(self.title_label, "title")
        set_role(self.date_label, "hint")
        set_role(self.empty_label, "hint")
        # the working-day calendar's warning, above the due list (shown when a year is missing)
        self.calendar_warning = QLabel(self)
        self.calendar_warning.setObjectName("calendar_warning")
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setVisible(False)
        set_role(self.calendar_warning, "hint")
        self.due_layout.insertWidget(1, self.calendar_warning)
        self._calendar_missing: list = []
        # screening: the open red and yellow disputes, below the due list (hidden when none)
        self.risks_title = QLabel(self)
        self.risks_title.setObjectName("risks_title")
        set_role(self.risks_title, "section")
        self.risks_model = RisksModel(context.code_lang, self)
        self.risks_table = QTableView(self)
        self.risks_table.setObjectName("risks_table")
        self.risks_table.setModel(self.risks_model)
        self.risks_table.setMaximumHeight(130)  # four rows; the due list keeps the room
        self.due_layout.addWidget(self.risks_title)
        self.due_layout.addWidget(self.risks_table)
        for w in (self.risks_title, self.risks_table):
            w.setVisible(False)
        for label in (self.due_title, self.figures_title, self.chart_title):
            set_role(label, "section")
        self.due_model = DueModel(context.code_lang, self)
        self.figures_model = FiguresModel(self)
        self.due_table.setModel(self.due_model)
        self.figures_table.setModel(self.figures_model)
        for table in (self.due_table, self.figures_table, self.risks_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
        # the title takes what is left (elided, never a sideways scroll); the number goes first
        # when the window is narrow, never the date or what is due
        setup_columns(self.due_table, "dashboard/due", stretch=3, hide_first=[2])
        setup_columns(self.risks_table, "dashboard/risks", stretch=3, hide_first=[2])
        self.risks_table.activated.connect(lambda index: self.open_risk(index.row()))
        header = self.figures_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures_table.setProperty("columns_fixed", True)  # eight figures, sized above
        self.figures_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.figures_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # double-click and Enter both "activate" an item
        self.due_table.activated.connect(lambda index: self.open_item(index.row()))
        self.figures_table.doubleClicked.connect(self.explain_figure)
        self.first_consultation_button.clicked.connect(lambda: self._go_to("reception"))
        self.import_button.clicked.connect(self.open_ledger_import)
        self.setup_button.clicked.connect(lambda: self._go_to("settings"))
        self.setup_button.setVisible(context.is_admin)  # users and the profile are the admin's
        # the deadline sheet (督办单) and any register, beside the due list's title
        self.due_sheet_dialog = None
        self.register_dialog = None
        self.due_sheet_button.clicked.connect(self.open_due_sheet)
        self.due_sheet_button.setAutoDefault(False)
        add_register_action(self, None, None, layout=self.due_header)
        self.loading = False  # a background refresh is under way
        self._generation = 0  # the latest refresh asked for; older results are dropped
        self._stale = False  # records changed while the page was hidden
        self._task = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh_later)
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        self.date_label.setText(self.tr("Today is {date}").format(date=dt.date.today().isoformat()))
        self.empty_label.setText(self.tr("Loading…"))
        self.first_steps.setVisible(False)
        self.due_stack.setCurrentWidget(self.empty_panel)
        # The first read starts once the page is on screen ("Loading…" until then): a worker
        # reading while the window is still being built and painted takes the interpreter from
        # it (one GIL for both threads) and the desk came up 70 ms later on the demo station. A
        # page that is not shown (a test's) starts at the next turn of the event loop.
        self.loading = True
        self._first_read_pending = True
        QTimer.singleShot(0, self._first_read)

    def explain_figure(self, index):
        """The records behind a figure of this month (column 1) or last month (column 2)."""
        from aidstation.gui.reporting import explain_figure

        today = dt.date.today()
        y, m = previous_month(today.year, today.month) if index.column() == 2 else (today.year, today.month)
        self.explain_dialog = explain_figure(self, FIGURES[index.row()][0], f"{y}-{m:02d}")
        return self.explain_dialog

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Dashboard"))
        self.due_title.setText(self.tr("Due and overdue"))
        self.figures_title.setText(self.tr("This month against last month"))
        self.chart_title.setText(self.tr("Consultations per month"))
        self.due_table.setToolTip(self.tr("Double-click or press Enter to open the record."))
        self.figures_table.setToolTip(self.tr("Double-click a figure to see the records behind it."))
        self.first_consultation_button.setText(self.tr("Record the first consultation"))
        self.import_button.setText(self.tr("Import your ledgers (Settings)"))
        self.setup_button.setText(self.tr("Set up the station and its users (Settings)"))
        self.risks_title.setText(self.tr("Open red and yellow disputes (screening)"))
        self.risks_table.setToolTip(self.tr("Double-click or press Enter to open the screening round."))
        self.due_sheet_button.setText(self.tr("Deadline sheet…"))
        self.due_sheet_button.setToolTip(self.tr("Print everything overdue or due soon (督办单) as a PDF"))
        self._show_calendar_warning(self._calendar_missing)

    # --- refreshing ------------------------------------------------------------------------
    def _first_read(self) -> None:
        if self._first_read_pending and not self.isVisible():
            self.refresh_later()  # a shown page starts from its first paint (paintEvent)

    def paintEvent(self, event):  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._first_read_pending:
            self._first_read_pending = False
            QTimer.singleShot(0, self.refresh_later)  # once this paint is on screen

    def refresh(self) -> None:
        """Read and show everything now, in the GUI thread (drops any refresh under way)."""
        self._first_read_pending = False
        self._generation += 1
        self._refresh_timer.stop()
        self.loading = False
        self._show(snapshot(dt.date.today()))

    def refresh_later(self) -> None:
        """Read everything on a worker thread and show it when it arrives; a newer refresh
        asked for meanwhile wins (the older result is dropped)."""
        self._first_read_pending = False
        self._refresh_timer.stop()
        self._generation += 1
        self.loading = True
        self._task = tasks.start(_load, self._generation, dt.date.today(),
                                 on_result=self._arrived, on_error=self._failed)

    def _arrived(self, result) -> None:
        generation, snap = result
        if generation != self._generation:
            return  # a newer refresh is under way, or refresh() ran meanwhile
        self.loading = False
        self._show(snap)

    def _failed(self, exc, details) -> None:
        # the station may have closed under it (sign-out, quit); the next refresh says more
        log.warning("dashboard refresh failed: %s\n%s", exc, details)
        self.loading = False

    def _records_changed(self, _name: str) -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh_later()

    def _show(self, snap: Snapshot) -> None:
        self.date_label.setText(self.tr("Today is {date}").format(date=snap.today.isoformat()))
        self.due_model.set_rows(snap.due)
        self._show_empty_state(bool(snap.due), snap.first_run)
        self.figures_model.set_rows([
            (QCoreApplication.translate("DashboardPage", label), f"{snap.this_month.get(key, 0):g}",
             f"{snap.last_month.get(key, 0):g}")
            for key, label in FIGURES])
        table = self.figures_table
        table.resizeRowsToContents()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + sum(table.rowHeight(i) for i in range(len(FIGURES))) + 2 * table.frameWidth())
        self.month_bars.set_values(snap.bars)
        self._show_calendar_warning(snap.calendar_missing)
        self.risks_model.set_rows(snap.risks)
        for w in (self.risks_title, self.risks_table):
            w.setVisible(bool(snap.risks))

    def _show_calendar_warning(self, missing: list) -> None:
        self._calendar_missing = list(missing)
        if len(missing) == 1:
            text = self.tr("No working-day calendar for {year} yet: deadlines in working days count Monday to "
                           "Friday there. An administrator enters its holidays and make-up working days in "
                           "Settings → Working-day calendar.").format(year=missing[0])
        elif missing:
            text = self.tr("No working-day calendar for {year} and {next} yet: deadlines in working days count "
                           "Monday to Friday there. An administrator enters their holidays and make-up working "
                           "days in Settings → Working-day calendar.").format(year=missing[0], next=missing[1])
        else:
            text = ""
        self.calendar_warning.setText(text)
        self.calendar_warning.setVisible(bool(text))

    def _show_empty_state(self, anything_due: bool, first_run: bool) -> None:
        if anything_due:
            self.due_stack.setCurrentWidget(self.due_table)
            return
        self.empty_label.setText(
            self.tr("No station data yet: record a consultation, or import your ledgers.") if first_run
            else self.tr("Nothing is due."))
        self.first_steps.setVisible(first_run)
        self.due_stack.setCurrentWidget(self.empty_panel)

    # --- printing ----------------------------------------------------------------------
    def open_due_sheet(self) -> DueSheetDialog:
        """The deadline sheet's dialog (how many days ahead, then where to save)."""
        dialog = DueSheetDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.due_sheet_dialog = dialog
        return dialog

    # --- opening what is listed ----------------------------------------------------------
    def _go_to(self, key: str):
        """Show another page of the main window (None outside one, e.g. in a bare test)."""
        window = self.window()
        return window.show_page(key) if hasattr(window, "show_page") else None

    def open_ledger_import(self):
        """The first step "Import your ledgers": the Settings page with its import dialog open."""
        page = self._go_to("settings")
        if page is not None and hasattr(page, "open_ledger_import"):
            return page.open_ledger_import()
        return None

    def open_item(self, row: int):
        """Open the record of the due item in `row`: its window, or the reception page for a
        consultation. Returns the window or page (None when nothing could open it)."""
        item = self.due_model.item(row)
        if item is None:
            return None
        if item.area == "screening":  # an area due for screening: a new round there
            page = self._go_to("screening")
            if page is not None and hasattr(page, "new_round"):
                return page.new_round(area=codes.lookup("screening_area", item.number))
            return page
        if item.area == "consultation":
            page = self._go_to("reception")
            record = consultations.get(item.entity_id)
            if page is not None and record is not None and hasattr(page, "open_record"):
                page.open_record(record.id)
            return page
        opener = handoffs.opener(item.area)
        if opener is None:
            return None
        dialog = opener(self.context, item.entity_id, parent=self)
        self.dialogs = keep_open(self.dialogs, dialog)
        return dialog


    def open_risk(self, row: int):
        """The screening round that found the open dispute in `row`, in its window."""
        item = self.risks_model.item(row)
        opener = handoffs.opener("screening") if item is not None else None
        if opener is None:
            return None
        dialog = opener(self.context, item.round_id, parent=self)
        self.dialogs = keep_open(self.dialogs, dialog)
        return dialog


PAGE = PageSpec("dashboard", "Dashboard", "dashboard.svg", 10, DashboardPage)
