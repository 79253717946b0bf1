"""Two small charts drawn with QPainter (no chart library): grouped bars of a period against the
one before and the same one last year, and small multiples (one panel per section) of a year's
months."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

SERIES_COLOURS = (QColor("#2f6fbf"), QColor("#9fbde3"), QColor("#d9a441"))
INK, GRID_INK, MUTED = QColor("#33445a"), QColor("#d5dce6"), QColor("#7a8799")


def _number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def _small(font: QFont, delta: float = 1.0) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - delta))
    return small


class PeriodBars(QWidget):
    """Groups of bars: for each figure (a group), one bar per series (this period, previous,
    same period last year). `set_data(title, series, groups)`: series names, groups as
    (label, [value per series]); values of None draw no bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("period_bars")
        self.title = ""
        self.series: list[str] = []
        self.groups: list[tuple[str, list]] = []
        self.empty_text = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, series: list[str], groups: list[tuple[str, list]]) -> None:
        self.title, self.series, self.groups = title, list(series), [(label, list(v)) for label, v in groups]
        self.update()

    def paintEvent(self, event):  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(10, 6, -10, -6)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        line = QFontMetrics(bold).height()
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width() * 0.5, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, int(rect.width() * 0.5)))
        small = _small(self.font())
        painter.setFont(small)
        metrics = QFontMetrics(small)
        # the legend, right-aligned on the title's line
        x = rect.right()
        for i in reversed(range(len(self.series))):
            name = self.series[i]
            w = metrics.horizontalAdvance(name)
            x -= w
            painter.setPen(INK)
            painter.drawText(QRectF(x, rect.top(), w + 2, line), Qt.AlignmentFlag.AlignVCenter, name)
            x -= 14
            painter.fillRect(QRectF(x, rect.top() + line / 2 - 5, 10, 10), SERIES_COLOURS[i % 3])
            x -= 14
        values = [v for _label, vs in self.groups for v in vs if isinstance(v, (int, float))]
        if not self.groups or not values:
            painter.setPen(MUTED)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        top = max(values) or 1
        plot = rect.adjusted(0, line + 6 + metrics.height(), 0, -2 * metrics.height() - 6)
        painter.setPen(GRID_INK)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / len(self.groups)
        n = max(1, len(self.series))
        bar = min(40.0, slot * 0.75 / n)
        for g, (label, vs) in enumerate(self.groups):
            left = plot.left() + g * slot + (slot - bar * n) / 2
            for i, value in enumerate(vs[:n]):
                if not isinstance(value, (int, float)):
                    continue
                height = plot.height() * (value / top) if value > 0 else 0
                box = QRectF(left + i * bar, plot.bottom() - height, bar - 2, height)
                painter.fillRect(box, SERIES_COLOURS[i % 3])
                painter.setPen(INK)
                painter.drawText(QRectF(box.center().x() - 40, box.top() - metrics.height() - 1, 80, metrics.height()),
                                 Qt.AlignmentFlag.AlignCenter, _number(value))
            painter.setPen(INK)
            text_rect = QRectF(plot.left() + g * slot + 2, plot.bottom() + 3, slot - 4, 2 * metrics.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, label)
        painter.end()


class SmallMultiples(QWidget):
    """One small panel per section: its figure's twelve months as bars (`set_panels([(title,
    [12 values or None], total text)])`), laid out in a grid of up to three columns."""

    COLUMNS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("small_multiples")
        self.panels: list[tuple[str, list, str]] = []
        self.month_labels = [str(m) for m in range(1, 13)]
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_panels(self, panels: list[tuple[str, list, str]]) -> None:
        self.panels = [(title, list(values), total) for title, values, total in panels]
        self.update()

    def paintEvent(self, event):  # noqa: N802 - Qt override
        if not self.panels:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols = min(self.COLUMNS, len(self.panels))
        rows = -(-len(self.panels) // cols)
        area = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        w, h = area.width() / cols, area.height() / rows
        small = _small(self.font())
        tiny = _small(self.font(), 2.0)
        bold = QFont(small)
        bold.setBold(True)
        for n, (title, values, total) in enumerate(self.panels):
            cell = QRectF(area.left() + (n % cols) * w, area.top() + (n // cols) * h, w, h).adjusted(6, 4, -6, -4)
            painter.setFont(bold)
            painter.setPen(INK)
            line = QFontMetrics(bold).height()
            head = QRectF(cell.left(), cell.top(), cell.width(), line)
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight,
                                                           int(cell.width() - QFontMetrics(bold).horizontalAdvance(total) - 8)))
            painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, total)
            painter.setFont(tiny)
            tiny_h = QFontMetrics(tiny).height()
            plot = QRectF(cell.left(), cell.top() + line + 4, cell.width(), cell.height() - line - 6 - tiny_h)
            numbers = [v for v in values if isinstance(v, (int, float))]
            top = max(numbers) if numbers else 0
            painter.setPen(GRID_INK)
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            slot = plot.width() / 12
            for i in range(12):
                value = values[i] if i < len(values) else None
                if isinstance(value, (int, float)) and value > 0 and top:
                    height = plot.height() * value / top
                    painter.fillRect(QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - height,
                                            slot * 0.7, height), SERIES_COLOURS[0])
                painter.setPen(MUTED if value is None else INK)
                painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 1, slot, tiny_h),
                                 Qt.AlignmentFlag.AlignCenter, self.month_labels[i])
        painter.end()
