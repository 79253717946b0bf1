"""The dashboard: what is due or overdue (DESIGN §6) and this month's figures against last
month, with a small bar chart of consultations over the last six months (plain QPainter)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from aidstation.core import clocks, consultations
from aidstation.core.reporting import indicators
from aidstation.gui.kit.forms import load_ui, register_custom_widget
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.ui_helpers import set_role

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


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


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

    def paintEvent(self, event):  # noqa: N802 - Qt override
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
        set_role(self.title_label, "title")
        set_role(self.date_label, "hint")
        for label in (self.due_title, self.figures_title, self.chart_title):
            set_role(label, "section")
        for table in (self.due_table, self.figures_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.figures_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        context.records_changed.connect(lambda _name: self.refresh())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Dashboard"))
        self.due_title.setText(self.tr("Due and overdue"))
        self.figures_title.setText(self.tr("This month against last month"))
        self.chart_title.setText(self.tr("Consultations per month"))
        self.due_table.setColumnCount(4)
        self.due_table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("Number"), self.tr("Title")])
        self.figures_table.setColumnCount(3)
        self.figures_table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("This month"), self.tr("Last month")])

    def due_rows(self, today: dt.date) -> list[tuple]:
        """(due date, overdue, what, number, title) for deadlines and open replies."""
        lang = self.context.code_lang
        rows = [(i.due_on, i.overdue, i.label(lang), i.number, i.title) for i in clocks.due_items(today)]
        return sorted(rows, key=lambda r: (r[0], r[3]))

    def refresh(self) -> None:
        today = dt.date.today()
        self.date_label.setText(self.tr("Today is {date}").format(date=today.isoformat()))
        rows = self.due_rows(today)
        self.due_table.setRowCount(len(rows))
        for r, (due, overdue, what, number, title) in enumerate(rows):
            for c, value in enumerate([due.isoformat(), what, number, title]):
                item = QTableWidgetItem(value)
                if overdue:
                    item.setForeground(QColor("#c62828"))
                self.due_table.setItem(r, c, item)
        if not rows:
            self.due_table.setRowCount(1)
            self.due_table.setItem(0, 1, QTableWidgetItem(self.tr("Nothing is due this week.")))
        this = indicators.compute_month(today.year, today.month)
        last = indicators.compute_month(*previous_month(today.year, today.month))
        self.figures_table.setRowCount(len(FIGURES))
        for r, (key, label) in enumerate(FIGURES):
            values = [QCoreApplication.translate("DashboardPage", label), f"{this.get(key, 0):g}", f"{last.get(key, 0):g}"]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures_table.setItem(r, c, item)
        table = self.figures_table
        table.resizeRowsToContents()
        table.setFixedHeight(table.horizontalHeader().height() + sum(table.rowHeight(i) for i in range(table.rowCount())) + 4)
        months = []
        y, m = today.year, today.month
        for _ in range(6):
            months.append((y, m))
            y, m = previous_month(y, m)
        bars = [(f"{mm:02d}", consultations.count(month=(yy, mm))) for yy, mm in reversed(months)]
        self.month_bars.set_values(bars)


PAGE = PageSpec("dashboard", "Dashboard", "dashboard.svg", 10, DashboardPage)
