"""The Work summary page (issue 18): choose a period (a year, half, quarter, the publicity
month or any run of days) and where the figures come from (this station, or a district's
merged monthly workbooks), read the draft with its 【待填】 blanks marked, and export it as an
editable Word file or a PDF (off the GUI thread, with a progress dialog)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QWidget

from aidstation.core import settings, summary
from aidstation.core.reporting import periods
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages, tasks
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.summary.preview import html

QT_TRANSLATE_NOOP("pages", "Work summary")

CONTEXT = "SummaryPage"
KINDS = (
    ("year", QT_TRANSLATE_NOOP("SummaryPage", "Year")),
    ("half", QT_TRANSLATE_NOOP("SummaryPage", "Half-year")),
    ("quarter", QT_TRANSLATE_NOOP("SummaryPage", "Quarter")),
    ("campaign", QT_TRANSLATE_NOOP("SummaryPage", "Publicity month (May)")),
    ("custom", QT_TRANSLATE_NOOP("SummaryPage", "From … to …")),
)
RECENT = 6  # years offered


def export_job(draft, path: str, kind: str, progress=None):
    """Runs in a worker thread: the draft (plain data) written as .docx or .pdf."""
    if progress:
        progress(0, 1, "")
    if kind == "docx":
        from aidstation.docx import write_summary

        write_summary(draft, path)
    else:
        from aidstation.pdf.summary import render_summary

        render_summary(draft, path)
    if progress:
        progress(1, 1, "")
    return Path(path)


class SummaryPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "summary_page.ui")
        self.context = context
        set_role(self.title_label, "title")
        set_role(self.state_label, "hint")
        set_role(self.source_text, "hint")
        self.period_row.addStretch(1)
        self.export_row.setStretchFactor(self.state_label, 1)
        self.source_row.setStretchFactor(self.source_text, 1)
        for combo in (self.kind_combo, self.period_combo, self.lang_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind, name in KINDS:
            self.kind_combo.addItem(QCoreApplication.translate(CONTEXT, name), kind)
        self.lang_combo.addItem("中文", "zh")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(context.code_lang))
        today = dt.date.today()
        self.from_edit.set_date_value(dt.date(today.year, 1, 1))
        self.to_edit.set_date_value(today)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.district_files: list[str] = []
        self.district = None  # DistrictData when the figures come from merged workbooks
        self.draft = None
        self.last_path: Path | None = None
        self._timer = QTimer(self)  # typing a date changes it digit by digit: wait a moment
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_edit.dateChanged.connect(lambda _d: self._timer.start())
        self.to_edit.dateChanged.connect(lambda _d: self._timer.start())
        self.district_button.clicked.connect(self.choose_district)
        self.station_button.clicked.connect(self.use_station)
        self.word_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        context.records_changed.connect(lambda _name: self.refresh() if self.district is None else None)
        self.preview.setToolTip(self.tr("The draft as it will be written. Yellow marks what you fill "
                                        "in; each bracketed number points to the sources appendix."))
        self._kind_chosen()

    # --- the period --------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def lang(self) -> str:
        return self.lang_combo.currentData()

    def _kind_chosen(self) -> None:
        kind = self.kind()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        today = dt.date.today()
        lang = self.lang()
        for year in range(today.year, today.year - RECENT, -1):
            if kind == "year":
                self.period_combo.addItem(periods.year(year).label(lang), str(year))
            elif kind == "campaign":
                self.period_combo.addItem(self.tr("{year} publicity month").format(year=year), str(year))
            elif kind == "half":
                for h in (2, 1):
                    if dt.date(year, 1 if h == 1 else 7, 1) <= today:
                        self.period_combo.addItem(periods.half(year, h).label(lang), f"{year}-H{h}")
            elif kind == "quarter":
                for q in (4, 3, 2, 1):
                    if dt.date(year, 3 * q - 2, 1) <= today:
                        self.period_combo.addItem(periods.quarter(year, q).label(lang), f"{year}-Q{q}")
        self.period_combo.blockSignals(False)
        custom = kind == "custom"
        self.period_combo.setVisible(not custom)
        for widget in (self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)
        self.refresh()

    def chosen_period(self) -> periods.Period:
        kind = self.kind()
        if kind == "custom":
            return periods.custom(self.from_edit.date_value(), self.to_edit.date_value())
        data = self.period_combo.currentData()
        if kind == "campaign":
            return summary.publicity_month(int(data))
        return periods.parse(data)

    def set_period(self, kind: str, data: str | None = None) -> None:
        """Choose a period (tests): the kind, then its entry ('2025', '2026-H1', '2026-Q2')."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if data is not None:
            index = self.period_combo.findData(data)
            if index < 0:
                self.period_combo.addItem(data, data)
                index = self.period_combo.count() - 1
            self.period_combo.setCurrentIndex(index)
        self.refresh()

    # --- where the figures come from ---------------------------------------------------------
    def ask_district_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Merged monthly workbooks"), str(self.context.station.sub("exports")),
            self.tr("Excel workbooks (*.xlsx)"))
        return paths

    def choose_district(self) -> None:
        from aidstation.docx import MergedUnreadable, read_district

        paths = self.ask_district_files()
        if not paths:
            return
        name = settings.get("station.district") or ("全区" if self.lang() == "zh" else "The district")
        try:
            self.district = read_district(paths, name)
        except MergedUnreadable as exc:
            messages.warn(self, self.tr("Merged monthly workbooks"),
                          exc.zh if self.context.code_lang == "zh" else str(exc))
            return
        self.district_files = paths
        self.refresh()

    def use_station(self) -> None:
        self.district, self.district_files = None, []
        self.refresh()

    # --- the draft ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.district is None:
            self.source_text.setText(self.tr("this station's records"))
        else:
            months = ", ".join(sorted(self.district.months))
            self.source_text.setText(self.tr("{n} merged workbooks of {name} ({months})").format(
                n=len(self.district.months), name=self.district.name, months=months))
        self.station_button.setEnabled(self.district is not None)
        try:
            period = self.chosen_period()
            if self.district is None:
                self.draft = summary.station_draft(period, self.lang())
            else:
                self.draft = summary.district_draft(self.district, period, self.lang())
        except (ValidationError, ValueError) as exc:
            self.draft = None
            text = exc.text(self.context.code_lang) if isinstance(exc, ValidationError) else str(exc)
            self.state_label.setText(self.tr("No draft: {reason}").format(reason=text))
            self.preview.setHtml("")
            self._enable()
            return
        self.preview.setHtml(html(self.draft))
        self.state_label.setText(self.tr("{figures} figures, each with its source; {blanks} blanks to fill "
                                         "(yellow); {missing} figures not entered by hand.").format(
            figures=len(self.draft.sources), blanks=len(self.draft.blanks()), missing=len(self.draft.missing)))
        self._enable()

    def _enable(self) -> None:
        for button in (self.word_button, self.pdf_button):
            button.setEnabled(self.draft is not None)

    # --- export ------------------------------------------------------------------------------
    def suggested_path(self, kind: str) -> Path:
        code = settings.get("station.code") or "station"
        period = self.draft.period
        stem = f"{code}-summary-{period.start.isoformat()}-{period.last.isoformat()}"
        return self.context.station.sub("exports") / f"{stem}.{kind}"

    def ask_path(self, kind: str) -> str:
        what = self.tr("Word documents (*.docx)") if kind == "docx" else self.tr("PDF documents (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the work summary"),
                                                    str(self.suggested_path(kind)), what)
        return path

    def export(self, kind: str) -> None:
        if self.draft is None:
            return
        path = self.ask_path(kind)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self.export_task = tasks.run_task(
            self, export_job, self.draft, path, kind, title=self.tr("Export"),
            label=self.tr("Writing the work summary…"), on_result=self._exported,
            on_error=self._failed, with_db=False)

    def _exported(self, path: Path) -> None:
        self.last_path = path
        messages.document_written(self, path)
        messages.status(self, self.tr("Work summary written to {path}").format(path=str(path)))

    def _failed(self, exc, details) -> None:
        messages.error(self, self.tr("Export"), self.tr("The work summary could not be written: {reason}")
                       .format(reason=str(exc)), details)


PAGE = PageSpec("summary", "Work summary", "summary.svg", 85, SummaryPage)
