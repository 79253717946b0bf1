"""Print a register (台账) or the deadline sheet (督办单) from the desk (issue 14).

`add_register_action(page, kind, current_filters)` gives a list page its "Print register…"
button (Ctrl+P while the page is shown): the dialog asks for the period (this month by
default, or the month the list is filtered to) and PDF or Excel, and writes the register for
what the list shows — its other filters (search text, channel, status…) apply too. The work
runs off the GUI thread with a progress dialog that can be cancelled; the file is then named
in the status bar and opened (kit.messages.document_written).

`DueSheetDialog` writes the deadline sheet for the next N days (the dashboard's button).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import clocks, registers, screening, settings
from aidstation.gui.kit import messages, tasks
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import DateEdit

KIND_NAMES = {
    "consultations": QT_TRANSLATE_NOOP("registers", "Consultation register (来访来电登记簿)"),
    "mediations": QT_TRANSLATE_NOOP("registers", "Mediation case register (人民调解受理登记簿)"),
    "aid": QT_TRANSLATE_NOOP("registers", "Legal-aid application register (法律援助申请登记簿)"),
    "cards": QT_TRANSLATE_NOOP("registers", "Contact card issue log (便民联系卡发放登记簿)"),
    "publicity": QT_TRANSLATE_NOOP("registers", "Publicity log (法治宣传活动登记簿)"),
    "followups": QT_TRANSLATE_NOOP("registers", "Follow-up register (回访登记簿)"),
    "screening": QT_TRANSLATE_NOOP("registers", "Dispute screening register (矛盾纠纷排查登记簿)"),
    "oral": QT_TRANSLATE_NOOP("registers", "Oral agreement register (人民调解口头协议登记表)"),
}
SHORTCUT = "Ctrl+P"


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("registers", KIND_NAMES[kind])


def _no_default(*buttons) -> None:
    for button in buttons:  # Enter in a date never writes a file: the button or its shortcut does
        button.setAutoDefault(False)
        button.setDefault(False)


def _user(username: str):
    from aidstation.core.models import User

    return User.get_or_none(User.username == username)


def _write_register(kind, start, end, filters, fmt, path, username, progress=None, cancelled=None):
    """Worker: the register written to `path` (own connection, plain arguments)."""
    reg = registers.register(kind, start, end, filters)
    total = reg.count()

    def step(done, of):
        progress(done, of, "")

    try:
        if fmt == "xlsx":
            from aidstation.excel import registers as register_xlsx

            rows, pages = register_xlsx.write_register(reg, path, progress=step, cancelled=cancelled, total=total), 0
        else:
            from aidstation.pdf import (
                registers as register_pdf,  # reportlab: loaded when first printing
            )

            rows, pages = register_pdf.render_register(reg, path, progress=step, cancelled=cancelled, total=total)
    except InterruptedError:
        raise tasks.Cancelled() from None
    registers.record_export(_user(username), reg, path, rows)
    return path, rows, pages


def _write_due_sheet(days, path, username):
    from aidstation.core import audit
    from aidstation.core.db import atomic
    from aidstation.pdf import registers as register_pdf

    items, pages = register_pdf.render_due_sheet(path, days=days)
    with atomic():
        audit.record_event(_user(username), "print", "DueSheet", None, detail=f"{days} days {Path(path).name}")
    return path, items, pages


def _add_count_note_and_buttons(dialog, layout) -> None:
    """What both dialogs end with: the count line, a hint, and Write / Cancel at the bottom."""
    dialog.count_label = QLabel(dialog)
    dialog.count_label.setObjectName("count_label")
    dialog.count_label.setWordWrap(True)
    layout.addWidget(dialog.count_label)
    dialog.note_label = QLabel(dialog)
    dialog.note_label.setWordWrap(True)
    set_role(dialog.note_label, "hint")
    layout.addWidget(dialog.note_label)
    layout.addStretch(1)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    dialog.write_button = QPushButton(dialog)
    dialog.write_button.setObjectName("write_button")
    dialog.cancel_button = QPushButton(dialog)
    buttons.addWidget(dialog.write_button)
    buttons.addWidget(dialog.cancel_button)
    layout.addLayout(buttons)


class RegisterDialog(QDialog):
    """The period, the format and (when opened from the dashboard) which register."""

    def __init__(self, context, kind: str | None = None, filters: dict | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("register_dialog")
        self.context = context
        self.filters = {k: v for k, v in (filters or {}).items() if k != "month"}
        self.task = None
        self.written: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        set_role(self.heading, "section")
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        for key in registers.KINDS:
            self.kind_combo.addItem(kind_name(key), key)
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_label = QLabel(self)
        self.kind_text = QLabel(self)  # a list page prints its own register: said, not offered
        self.kind_text.setObjectName("kind_text")
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.kind_text, 1)
        self.kind_combo.setVisible(kind is None)
        self.kind_text.setVisible(kind is not None)
        form.addRow(self.kind_label, kind_row)
        self.from_edit, self.to_edit = DateEdit(self), DateEdit(self)
        self.from_edit.setObjectName("from_edit")
        self.to_edit.setObjectName("to_edit")
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        self.dash = QLabel("–", self)
        period.addWidget(self.dash)
        period.addWidget(self.to_edit)
        period.addStretch(1)
        self.period_label = QLabel(self)
        form.addRow(self.period_label, period)
        quick = QHBoxLayout()
        self.this_month_button = QPushButton(self)
        self.last_month_button = QPushButton(self)
        self.this_year_button = QPushButton(self)
        for button in (self.this_month_button, self.last_month_button, self.this_year_button):
            button.setFlat(False)
            quick.addWidget(button)
        quick.addStretch(1)
        form.addRow("", quick)
        self.pdf_radio, self.xlsx_radio = QRadioButton(self), QRadioButton(self)
        self.pdf_radio.setObjectName("pdf_radio")
        self.xlsx_radio.setObjectName("xlsx_radio")
        self.pdf_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        for radio in (self.pdf_radio, self.xlsx_radio):
            self.format_group.addButton(radio)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_radio)
        formats.addWidget(self.xlsx_radio)
        formats.addStretch(1)
        self.format_label = QLabel(self)
        form.addRow(self.format_label, formats)
        self.filters_check = QCheckBox(self)
        self.filters_check.setObjectName("filters_check")
        self.filters_check.setChecked(True)
        self.filters_label = QLabel(self)
        form.addRow(self.filters_label, self.filters_check)
        self.form = form
        layout.addLayout(form)
        _add_count_note_and_buttons(self, layout)
        _no_default(self.write_button, self.cancel_button, self.this_month_button, self.last_month_button,
                    self.this_year_button)
        self.write_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.write_button.clicked.connect(self.write)
        self.cancel_button.clicked.connect(self.reject)
        self.this_month_button.clicked.connect(lambda: self.set_period(*registers.month_span()))
        self.last_month_button.clicked.connect(
            lambda: self.set_period(*registers.month_span(dt.date.today().replace(day=1) - dt.timedelta(days=1))))
        self.this_year_button.clicked.connect(
            lambda: self.set_period(dt.date(dt.date.today().year, 1, 1), dt.date(dt.date.today().year, 12, 31)))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.update_count())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.update_count())
        self.filters_check.toggled.connect(lambda _c: self.update_count())
        month = (filters or {}).get("month")
        if month:  # the list shows one month: that is the register's period
            year, mon = (int(x) for x in str(month).split("-"))
            self.set_period(*registers.month_span(dt.date(year, mon, 1)))
        else:
            self.set_period(*registers.month_span())
        self.retranslate()
        fit_window(self, "registers/print", (600, 300))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print register"))
        self.heading.setText(self.tr("Print a register for inspection"))
        self.kind_label.setText(self.tr("Register"))
        self.period_label.setText(self.tr("Period"))
        self.this_month_button.setText(self.tr("This month"))
        self.last_month_button.setText(self.tr("Last month"))
        self.this_year_button.setText(self.tr("This year"))
        self.format_label.setText(self.tr("Format"))
        self.pdf_radio.setText(self.tr("PDF (landscape A4)"))
        self.xlsx_radio.setText(self.tr("Excel workbook (.xlsx)"))
        self.filters_label.setText(self.tr("List filters"))
        self.note_label.setText(self.tr("Names and phone numbers are masked and no ID number is printed: a register "
                                        "is for inspection. The file is written, then opened."))
        self.write_button.setText(self.tr("Write…"))
        self.write_button.setToolTip(self.tr("Choose where to save the register (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.update_count()

    # ---------------------------------------------------------------- choices
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.set_date_value(day)
            edit.blockSignals(False)
        self.update_count()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_edit.date_value(), self.to_edit.date_value()

    def fmt(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "pdf"

    def applied_filters(self) -> dict:
        return dict(self.filters) if self.filters_check.isChecked() else {}

    def register(self) -> registers.Register | None:
        start, end = self.period()
        if end < start:
            return None
        return registers.register(self.kind(), start, end, self.applied_filters())

    def update_count(self) -> None:
        probe = registers.register(self.kind(), *sorted(self.period()), self.filters)
        described = probe.filter_text()
        self.filters_check.setText(self.tr("Only what the list shows: {filters}").format(filters=described))
        self.form.setRowVisible(self.filters_check, bool(described))  # no filter on the list: no question
        self.kind_text.setText(kind_name(self.kind()))
        reg = self.register()
        if reg is None:
            self.count_label.setText(self.tr("The period ends before it starts."))
            self.write_button.setEnabled(False)
            return
        n = reg.count()
        self.count_label.setText(self.tr("{n} record(s) from {start} to {end}.").format(
            n=n, start=reg.start.isoformat(), end=reg.end.isoformat()))
        self.write_button.setEnabled(True)

    # ---------------------------------------------------------------- writing
    def suggested_path(self) -> Path:
        reg = self.register()
        code = settings.get("station.code") or "station"
        name = f"{code}-{reg.title}-{reg.start:%Y%m%d}-{reg.end:%Y%m%d}.{self.fmt()}"
        return self.context.station.sub("exports") / name

    @staticmethod
    def ask_path(parent, suggested: Path, fmt: str) -> str:
        """Where to save (tests replace this)."""
        pattern = (QCoreApplication.translate("registers", "PDF (*.pdf)") if fmt == "pdf"
                   else QCoreApplication.translate("registers", "Excel workbook (*.xlsx)"))
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("registers", "Save register"),
                                              str(suggested), pattern)
        return path

    def write(self):
        reg = self.register()
        if reg is None or (self.task is not None and self.task.is_running()):
            return None
        path = self.ask_path(self, self.suggested_path(), self.fmt())
        if not path:
            return None
        suffix = f".{self.fmt()}"
        if not path.lower().endswith(suffix):
            path += suffix
        self.write_button.setEnabled(False)
        self.task = tasks.run_task(
            self, _write_register, reg.kind.key, reg.start, reg.end, reg.filters, self.fmt(), path,
            self.context.user.username, title=self.tr("Print register"),
            label=self.tr("Writing {register}…").format(register=kind_name(reg.kind.key)),
            on_result=self._written, on_error=self._failed, on_cancel=self._cancelled)
        return self.task

    def _written(self, result) -> None:
        path, rows, _pages = result
        self.written = path
        messages.document_written(self, path)
        messages.status(self, self.tr("Register written: {n} record(s) in {path}").format(n=rows, path=path))
        self.accept()

    def _failed(self, exc, details) -> None:
        self.write_button.setEnabled(True)
        messages.error(self, self.tr("Print register"), self.tr("The register could not be written: {error}")
                       .format(error=exc), details)

    def _cancelled(self) -> None:
        self.write_button.setEnabled(True)
        messages.status(self, self.tr("Register cancelled: nothing was written"))


class DueSheetDialog(QDialog):
    """The deadline sheet (督办单): how many days ahead, then where to save the PDF."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("due_sheet_dialog")
        self.context = context
        self.task = None
        self.written: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        set_role(self.heading, "section")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("days_spin")
        self.days_spin.setRange(0, 365)
        self.days_spin.setValue(clocks.HORIZON_DAYS)
        self.days_spin.setMaximumWidth(90)
        self.days_label = QLabel(self)
        form.addRow(self.days_label, self.days_spin)
        layout.addLayout(form)
        _add_count_note_and_buttons(self, layout)
        _no_default(self.write_button, self.cancel_button)
        self.write_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.write_button.clicked.connect(self.write)
        self.cancel_button.clicked.connect(self.reject)
        self.days_spin.valueChanged.connect(lambda _v: self.update_count())
        self.retranslate()
        fit_window(self, "registers/due_sheet", (480, 220))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deadline sheet"))
        self.heading.setText(self.tr("Deadline and supervision sheet (督办单)"))
        self.days_label.setText(self.tr("Look ahead (days)"))
        self.note_label.setText(self.tr("Everything overdue or due within these days, grouped by kind, with "
                                        "names masked. Printed on A4."))
        self.write_button.setText(self.tr("Write…"))
        self.write_button.setToolTip(self.tr("Choose where to save the sheet (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.update_count()

    def update_count(self) -> None:
        today, days = dt.date.today(), self.days_spin.value()
        n = len(clocks.due_items(today, horizon=days)) + len(screening.screening_due(today, days))
        self.count_label.setText(self.tr("{n} item(s) overdue or due by {date}.").format(
            n=n, date=(dt.date.today() + dt.timedelta(days=self.days_spin.value())).isoformat()))

    @staticmethod
    def ask_path(parent, suggested: Path) -> str:
        """Where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("registers", "Save deadline sheet"),
                                              str(suggested), QCoreApplication.translate("registers", "PDF (*.pdf)"))
        return path

    def write(self):
        if self.task is not None and self.task.is_running():
            return None
        code = settings.get("station.code") or "station"
        suggested = self.context.station.sub("exports") / f"{code}-督办单-{dt.date.today():%Y%m%d}.pdf"
        path = self.ask_path(self, suggested)
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.write_button.setEnabled(False)
        self.task = tasks.run_task(self, _write_due_sheet, self.days_spin.value(), path, self.context.user.username,
                                   title=self.tr("Deadline sheet"), label=self.tr("Writing the deadline sheet…"),
                                   on_result=self._written, on_error=self._failed, cancellable=False)
        return self.task

    def _written(self, result) -> None:
        path, _items, _pages = result
        self.written = path
        messages.document_written(self, path)
        self.accept()

    def _failed(self, exc, details) -> None:
        self.write_button.setEnabled(True)
        messages.error(self, self.tr("Deadline sheet"), self.tr("The sheet could not be written: {error}")
                       .format(error=exc), details)


def open_register_dialog(context, kind: str | None, filters: dict | None, parent) -> RegisterDialog:
    dialog = RegisterDialog(context, kind, filters, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def add_register_action(page: QWidget, kind: str | None, current_filters: Callable[[], dict] | None = None,
                        layout=None) -> QPushButton:
    """Give `page` a "Print register…" button (Ctrl+P while the page is shown) that opens the
    register dialog for `kind` and the list's filters as `current_filters()` gives them at
    that moment (e.g. `lambda: self.model.filters`; a 'month' filter becomes the period).

    The button goes into `layout`, else the page's filter_row / action_row / bottom_row,
    before its New… button when that row holds one. `page.register_dialog` is the dialog
    last opened (tests). Returns the button."""
    button = QPushButton(page)
    button.setObjectName("register_button")
    button.setText(QCoreApplication.translate("registers", "Print register…"))
    button.setToolTip(QCoreApplication.translate("registers", "Print the register of this list for a period, "
                                                              "as PDF or Excel ({key})").format(key=SHORTCUT))
    button.setShortcut(QKeySequence(SHORTCUT))  # a button's shortcut works only while it is shown
    _no_default(button)
    if layout is None:
        layout = next((getattr(page, n) for n in ("filter_row", "action_row", "bottom_row")
                       if getattr(page, n, None) is not None), None)
    new_button = getattr(page, "new_button", None)
    index = layout.indexOf(new_button) if layout is not None and new_button is not None else -1
    if layout is None:
        page.layout().addWidget(button)
    elif index >= 0:
        layout.insertWidget(index, button)
    else:
        layout.addWidget(button)

    def open_dialog():
        filters = dict(current_filters() or {}) if current_filters else {}
        page.register_dialog = open_register_dialog(page.context, kind, filters, page)
        return page.register_dialog

    button.clicked.connect(open_dialog)
    page.register_button = button
    return button
