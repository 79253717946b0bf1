"""The Monthly report page: the month's figures against last month and last year, manual
figures, export of the workbook, marking the month submitted, and corrections after it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from aidstation.core import dates, settings
from aidstation.core.models import User
from aidstation.core.reporting import indicators, submissions
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import guard, messages, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import FieldErrors

QT_TRANSLATE_NOOP("pages", "Monthly report")

SECTION_BRUSH = QBrush(QColor("#e6edf5"))
UP_BRUSH, DOWN_BRUSH = QBrush(QColor("#1b6e2e")), QBrush(QColor("#a12a2a"))


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def format_value(value, kind: str, lang: str = "en") -> str:
    if value is None:
        return "—"
    if kind == indicators.AMOUNT:
        return f"{value:,.2f}"
    if kind == indicators.RATE:
        return f"{value:.1f}"
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


class FiguresTableModel(RowsTableModel):
    """One row per section heading and indicator: this month, last month, change, last year."""

    COLUMNS = (QT_TRANSLATE_NOOP("FiguresTableModel", "Indicator"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "This month"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Previous month"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Change"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Same month last year"),
               QT_TRANSLATE_NOOP("FiguresTableModel", "Unit"))

    def __init__(self, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang
        # rows: (section?, key, label, kind, now, prev, last_year, unit)

    def set_values(self, current: dict, previous: dict, last_year: dict) -> None:
        self.beginResetModel()
        self._rows = []
        section = None
        for ind in indicators.catalogue():
            if ind.section != section:
                section = ind.section
                zh, en = indicators.SECTIONS[section]
                self._rows.append((True, section, zh if self.lang == "zh" else en, "", None, None, None, ""))
            unit = ind.unit if self.lang == "zh" else ind.unit_en
            self._rows.append((False, ind.key, ind.label(self.lang), ind.kind, current.get(ind.key),
                               previous.get(ind.key), last_year.get(ind.key), unit))
        self.endResetModel()

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r[0]]

    def row_of(self, key: str) -> int:
        for i, r in enumerate(self._rows):
            if not r[0] and r[1] == key:
                return i
        return -1

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
            return key
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
        self.banner.setObjectName("banner")
        self.banner.setVisible(False)
        self.month_row.setStretchFactor(self.state_label, 1)
        self.history_list.setWordWrap(True)
        self.model = FiguresTableModel(self.lang, self)
        self.figures_view.setModel(self.model)
        self.figures_view.verticalHeader().setVisible(False)
        self.figures_view.verticalHeader().setDefaultSectionSize(24)
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
        today = dt.date.today()
        y, m = shift_month(today.year, today.month, -1)
        for delta in range(36):
            yy, mm = shift_month(today.year, today.month, -delta)
            text = dates.month_text(yy, mm)
            self.month_combo.addItem(text, text)
        self.month_combo.setCurrentIndex(self.month_combo.findData(dates.month_text(y, m)))
        self.last_export = None  # ExportResult of this session, for "mark submitted"
        self.submit_button.setEnabled(context.is_admin)
        if not context.is_admin:
            self.submit_button.setToolTip(self.tr("Only an administrator can mark a month submitted."))
        for button in self.findChildren(QPushButton):  # Enter in a figure never saves
            button.setAutoDefault(False)
            button.setDefault(False)
        self.guard = guard.FormGuard(self.manual_box)
        self._shown_month = self.month()
        self.month_combo.currentIndexChanged.connect(self._month_chosen)
        self.export_button.clicked.connect(self.export)
        self.submit_button.clicked.connect(self.mark_submitted)
        self.template_button.clicked.connect(self.fill_template)
        self.save_manual_button.clicked.connect(self.save_manual)
        context.records_changed.connect(lambda _name: self.refresh())
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

    def refresh(self) -> None:
        self._shown_month = self.month()
        year, month = self.ym()
        current = indicators.compute_month(year, month)
        previous = indicators.compute_month(*shift_month(year, month, -1))
        last_year = indicators.compute_month(year - 1, month)
        self.model.set_values(current, previous, last_year)
        self.figures_view.clearSpans()
        for row in self.model.section_rows():
            self.figures_view.setSpan(row, 0, 1, self.model.columnCount())
        self.current_values = current
        if not self.guard.is_dirty():  # another clerk's save must not wipe what is typed here
            self._fill_manual()
        self._show_state()

    def _show_state(self) -> None:
        state = submissions.state(self.month())
        self.history_list.clear()
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
