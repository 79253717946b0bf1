"""Settings → Working-day calendar (administrators): one year's public holidays and make-up
working days (调休), as the chinesecalendar package has them or as the station entered them.

The administrator picks a year, adds a date with the date picker as a holiday or a make-up
working day, removes one with Delete, and saves the year (Ctrl+S): from then on the station's
year replaces the package's and every working-day clock counts with it. Leaving a year or the
dialog with edits asks Save / Discard / Cancel. Import and Export read and write the small
JSON file a district hands its stations (core/workcalendar.py checks it)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from aidstation.core import settings, workcalendar
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.guard import UnsavedChangesMixin, settle
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import DateEdit
from aidstation.gui.settings.keys import EnterMovesOn, action_keys

FOLDER_KEY = "settings/calendar_folder"
WEEKDAYS = (QT_TRANSLATE_NOOP("CalendarDialog", "Mon"), QT_TRANSLATE_NOOP("CalendarDialog", "Tue"),
            QT_TRANSLATE_NOOP("CalendarDialog", "Wed"), QT_TRANSLATE_NOOP("CalendarDialog", "Thu"),
            QT_TRANSLATE_NOOP("CalendarDialog", "Fri"), QT_TRANSLATE_NOOP("CalendarDialog", "Sat"),
            QT_TRANSLATE_NOOP("CalendarDialog", "Sun"))
# the package's English holiday names, translated for the list
HOLIDAY_NAMES = {
    "New Year's Day": QT_TRANSLATE_NOOP("CalendarDialog", "New Year's Day"),
    "Spring Festival": QT_TRANSLATE_NOOP("CalendarDialog", "Spring Festival"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("CalendarDialog", "Tomb-sweeping Day"),
    "Labour Day": QT_TRANSLATE_NOOP("CalendarDialog", "Labour Day"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("CalendarDialog", "Dragon Boat Festival"),
    "National Day": QT_TRANSLATE_NOOP("CalendarDialog", "National Day"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("CalendarDialog", "Mid-autumn Festival"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("CalendarDialog", "Anti-Fascist 70th Day"),
}


def day_text(day: dt.date) -> str:
    """'2026-10-01  Thu  National Day' (the name where the package knows the day)."""
    translate = QCoreApplication.translate
    name = workcalendar.holiday_name(day)
    parts = [day.isoformat(), translate("CalendarDialog", WEEKDAYS[day.weekday()])]
    if name:
        parts.append(translate("CalendarDialog", HOLIDAY_NAMES.get(name, name)))
    return "  ".join(parts)


class CalendarDialog(UnsavedChangesMixin, EnterMovesOn, QDialog):
    def __init__(self, context, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("CalendarDialog")
        self.context = context
        self.year = 0
        self.holidays: set[dt.date] = set()
        self.workdays: set[dt.date] = set()
        self._clean: tuple[frozenset, frozenset] = (frozenset(), frozenset())
        self._build()
        fit_window(self, "settings/calendar", (820, 600))
        self.retranslate()
        missing = workcalendar.missing_years()
        self.show_year(year or (missing[0] if missing else dt.date.today().year))

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self)
        set_role(self.title_label, "title")
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        set_role(self.hint_label, "hint")
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)

        year_row = QHBoxLayout()
        self.year_label = QLabel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("year_spin")
        self.year_spin.setRange(workcalendar.FIRST_YEAR, workcalendar.LAST_YEAR)
        self.year_label.setBuddy(self.year_spin)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year_spin)
        year_row.addSpacing(12)
        year_row.addWidget(self.source_label, 1)
        layout.addLayout(year_row)

        lists = QGridLayout()
        self.holidays_label, self.workdays_label = QLabel(self), QLabel(self)
        self.holidays_list, self.workdays_list = QListWidget(self), QListWidget(self)
        self.remove_holiday_button, self.remove_workday_button = QPushButton(self), QPushButton(self)
        for column, (label, view, button) in enumerate(
                ((self.holidays_label, self.holidays_list, self.remove_holiday_button),
                 (self.workdays_label, self.workdays_list, self.remove_workday_button))):
            set_role(label, "section")
            label.setBuddy(view)
            lists.addWidget(label, 0, column)
            lists.addWidget(view, 1, column)
            lists.addWidget(button, 2, column, Qt.AlignmentFlag.AlignLeft)
            QShortcut(QKeySequence(Qt.Key.Key_Delete), view, activated=lambda v=view: self.remove_selected(v),
                      context=Qt.ShortcutContext.WidgetShortcut)
        lists.setRowStretch(1, 1)
        layout.addLayout(lists, 1)

        add_row = QHBoxLayout()
        self.date_label = QLabel(self)
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("date_edit")
        self.date_label.setBuddy(self.date_edit)
        self.add_holiday_button, self.add_workday_button = QPushButton(self), QPushButton(self)
        for widget in (self.date_label, self.date_edit, self.add_holiday_button, self.add_workday_button):
            add_row.addWidget(widget)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("form_error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.import_button, self.export_button, self.remove_year_button = (QPushButton(self) for _ in range(3))
        self.save_button, self.close_button = QPushButton(self), QPushButton(self)
        for button in (self.import_button, self.export_button, self.remove_year_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.year_spin.valueChanged.connect(self._year_changed)
        self.add_holiday_button.clicked.connect(lambda: self.add_date("holiday"))
        self.add_workday_button.clicked.connect(lambda: self.add_date("workday"))
        self.remove_holiday_button.clicked.connect(lambda: self.remove_selected(self.holidays_list))
        self.remove_workday_button.clicked.connect(lambda: self.remove_selected(self.workdays_list))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.remove_year_button.clicked.connect(self.remove_year)
        self.save_button.clicked.connect(self.save_changes)
        self.close_button.clicked.connect(self.close)
        action_keys(self, self.save_button, self.save_changes)

    def retranslate(self) -> None:
        low, high = workcalendar.package_range()
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.title_label.setText(self.tr("Working-day calendar"))
        self.hint_label.setText(self.tr(
            "Deadlines counted in working days skip the public holidays and count the weekend days worked "
            "in their place (make-up working days). AidStation knows {first}-{last}; enter a later year "
            "when the State Council announces it (each November), or correct a year. A year saved here "
            "replaces the built-in one.").format(first=low, last=high))
        self.year_label.setText(self.tr("&Year"))
        self.holidays_label.setText(self.tr("&Public holidays (days off)"))
        self.workdays_label.setText(self.tr("&Make-up working days (weekend days worked)"))
        self.remove_holiday_button.setText(self.tr("Remove holiday"))
        self.remove_workday_button.setText(self.tr("Remove make-up day"))
        self.remove_holiday_button.setToolTip(self.tr("Remove the selected date (Delete)"))
        self.remove_workday_button.setToolTip(self.tr("Remove the selected date (Delete)"))
        self.date_label.setText(self.tr("&Date"))
        self.add_holiday_button.setText(self.tr("Add as &holiday"))
        self.add_workday_button.setText(self.tr("Add as make-up &working day"))
        self.import_button.setText(self.tr("&Import file…"))
        self.export_button.setText(self.tr("&Export file…"))
        self.save_button.setText(self.tr("&Save year"))
        self.close_button.setText(self.tr("Close"))

    # --- one year ------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        """Load `year` as the clocks see it (its source said beside it); the edits start clean."""
        days = workcalendar.year_days(year)
        self.year = year
        self.holidays, self.workdays = set(days.holidays), set(days.workdays)
        self._clean = (frozenset(self.holidays), frozenset(self.workdays))
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        current = self.date_edit.date_value() or dt.date.today()
        self.date_edit.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        day = min(current.day, 28) if current.month == 2 else current.day
        self.date_edit.set_date_value(dt.date(year, current.month, day))
        self.date_edit.setCurrentSection(QDateEdit.Section.MonthSection)  # the year is given: type month, day
        self._source = days.source
        self._fill()

    def _fill(self) -> None:
        for view, days in ((self.holidays_list, self.holidays), (self.workdays_list, self.workdays)):
            view.clear()
            for day in sorted(days):
                item = QListWidgetItem(day_text(day))
                item.setData(Qt.ItemDataRole.UserRole, day)
                view.addItem(item)
        self._say_source()

    def _say_source(self) -> None:
        dirty = self.has_unsaved_changes()
        if dirty:
            text = self.tr("Edited: Save year to use it for the deadlines.")
        elif self._source == "station":
            text = self.tr("Entered at this station: it replaces the built-in calendar for {year}.")
        elif self._source == "package":
            text = self.tr("Built in (the chinesecalendar package).")
        else:
            text = self.tr("No calendar for {year}: working days count Monday to Friday.")
        self.source_label.setText(text.format(year=self.year))
        set_role(self.source_label, "hint" if dirty or self._source else "section")
        low, high = workcalendar.package_range()
        self.remove_year_button.setText(self.tr("Use the built-in calendar") if low <= self.year <= high
                                        else self.tr("Remove this year"))
        self.remove_year_button.setEnabled(self._source == "station")
        self.export_button.setEnabled(bool(workcalendar.station_years()))

    def _year_changed(self, year: int) -> None:
        if year == self.year:
            return
        if not settle(self):  # Cancel: stay on the year being edited
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self.year)
            self.year_spin.blockSignals(False)
            return
        self.show_year(year)

    def _error(self, text: str = "") -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def add_date(self, kind: str) -> bool:
        day = self.date_edit.date_value()
        self._error()
        if day is None or day.year != self.year:
            return False
        if kind == "workday" and day.weekday() < 5:
            self._error(self.tr("{date} is a weekday: a make-up working day is a Saturday or Sunday worked.")
                        .format(date=day.isoformat()))
            return False
        mine, other = (self.holidays, self.workdays) if kind == "holiday" else (self.workdays, self.holidays)
        if day in other:
            self._error(self.tr("{date} is already in the other list: remove it there first.")
                        .format(date=day.isoformat()))
            return False
        mine.add(day)
        self._fill()
        return True

    def remove_selected(self, view: QListWidget) -> None:
        item = view.currentItem()
        if item is None:
            return
        row = view.currentRow()
        day = item.data(Qt.ItemDataRole.UserRole)
        (self.holidays if view is self.holidays_list else self.workdays).discard(day)
        self._fill()
        view.setCurrentRow(min(row, view.count() - 1))

    # --- saving (UnsavedChangesMixin) ----------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return (frozenset(self.holidays), frozenset(self.workdays)) != self._clean

    def save_changes(self) -> bool:
        self._error()
        if not self.has_unsaved_changes():
            return True
        try:
            workcalendar.set_year(self.year, self.holidays, self.workdays, user=self.context.user)
        except ValidationError as exc:
            self._error(exc.text(self.context.lang))
            return False
        self.show_year(self.year)
        messages.status(self.parentWidget() or self,
                        self.tr("Working-day calendar for {year} saved").format(year=self.year))
        return True

    def discard_changes(self) -> None:
        self._error()
        self.show_year(self.year)

    def remove_year(self) -> None:
        if self._source != "station" or not messages.ask_yes_no(
                self, self.tr("Working-day calendar"),
                self.tr("Forget the calendar this station entered for {year}?").format(year=self.year)):
            return
        try:
            workcalendar.remove_year(self.year, user=self.context.user)
        except ValidationError as exc:
            self._error(exc.text(self.context.lang))
            return
        self.show_year(self.year)
        messages.status(self.parentWidget() or self,
                        self.tr("Working-day calendar for {year} removed").format(year=self.year))

    # --- the district's file -------------------------------------------------------------
    def _folder(self) -> str:
        return str(QSettings().value(FOLDER_KEY, "") or "")

    def choose_import(self) -> None:
        if not settle(self):
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a working-day calendar"), self._folder(),
                                                    self.tr("Working-day calendar (*.json)"))
        if path:
            self.import_from(path)

    def import_from(self, path) -> list[int]:
        """Import the file; the years it held (also said in the status bar), [] when refused."""
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self._error()
        try:
            years = workcalendar.import_file(path, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Import a working-day calendar"), exc.text(self.context.lang))
            return []
        self.show_year(self.year if self.year in years else years[0])
        messages.status(self.parentWidget() or self, self.tr("Working-day calendar imported: {years}").format(
            years=", ".join(map(str, years))))
        return years

    def choose_export(self) -> None:
        if not settle(self):
            return
        code = settings.get("station.code") or "station"
        start = str(Path(self._folder() or Path.home()) / f"working-day-calendar-{code}.json")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the working-day calendar"), start,
                                                    self.tr("Working-day calendar (*.json)"))
        if path:
            self.export_to(path)

    def export_to(self, path) -> list[int]:
        """Write the station's own years to `path`; the years written, [] when it failed."""
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        try:
            years = workcalendar.export_file(path, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Export the working-day calendar"), exc.text(self.context.lang))
            return []
        messages.document_written(self.parentWidget() or self, path, open_it=False)
        return years


def open_calendar(context, parent=None) -> CalendarDialog | None:
    """Open the dialog (window-modal, not blocking) and return it; None, and why, for a clerk
    or a station opened read-only."""
    if not context.is_admin or context.station.read_only:
        translate = QCoreApplication.translate
        messages.warn(parent, translate("CalendarDialog", "Working-day calendar"),
                      translate("CalendarDialog", "Only an administrator can change the working-day calendar.")
                      if not context.is_admin else
                      translate("CalendarDialog", "The station is open read-only: restore a backup first."))
        return None
    dialog = CalendarDialog(context, parent)
    dialog.open()
    return dialog
