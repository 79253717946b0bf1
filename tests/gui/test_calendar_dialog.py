"""Settings → Working-day calendar: an administrator adds a year's holidays and make-up working
days with the date picker and the keyboard, saves, and the clocks move; edits are guarded;
the district's file goes out and comes in; a clerk is told no."""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt

from aidstation.core import dates, settings, workcalendar

D = dt.date


def _dialog(qtbot, context, year: int = 2027):
    from aidstation.gui.settings.calendar_dialog import CalendarDialog

    dialog = CalendarDialog(context, year=year)
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    return dialog


def _activate(qtbot, dialog) -> None:
    dialog.windowHandle().requestActivate()  # shortcuts (Ctrl+S) reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow)


def _pick(qtbot, dialog, day: dt.date) -> None:
    """Type the date into the date picker as a clerk does: the year is the dialog's, so month
    and day (the picker moves from one to the other by itself)."""
    from PySide6.QtWidgets import QDateEdit

    edit = dialog.date_edit
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.MonthSection)
    qtbot.keyClicks(edit, day.strftime("%m%d"))
    assert edit.date_value() == day


def _items(view) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_an_administrator_adds_a_holiday_saves_and_the_clock_moves(qtbot, context, messages_log):
    """From the settings page's button: 2027 (unknown to the package) gets a holiday on Monday
    8 February and Sunday 14 February as a make-up day; Ctrl+S saves; the clocks count them."""
    from aidstation.gui.settings.page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.calendar_button.isVisible()
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    dialog = page._dialogs[-1]
    qtbot.addWidget(dialog)
    _activate(qtbot, dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Working-day calendar"
    dialog.show_year(2027)
    assert dialog.source_label.text() == "No calendar for 2027: working days count Monday to Friday."
    # Friday 5 February 2027 + 1 working day: Monday 8 while nothing is known
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 8)
    _pick(qtbot, dialog, D(2027, 2, 8))
    qtbot.mouseClick(dialog.add_holiday_button, Qt.MouseButton.LeftButton)
    _pick(qtbot, dialog, D(2027, 2, 14))
    qtbot.mouseClick(dialog.add_workday_button, Qt.MouseButton.LeftButton)
    assert _items(dialog.holidays_list) == ["2027-02-08  Mon"]
    assert _items(dialog.workdays_list) == ["2027-02-14  Sun"]
    assert dialog.has_unsaved_changes()
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 8)  # not saved yet
    qtbot.keyClick(dialog.holidays_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.has_unsaved_changes()
    assert json.loads(settings.get("calendar.years")) == {
        "2027": {"holidays": ["2027-02-08"], "workdays": ["2027-02-14"]}}
    # the clock moved: Mon 8 is off, so Fri 5 + 1 = Tue 9; + 5 reaches the make-up Sunday 14
    assert dates.add_working_days(D(2027, 2, 5), 1) == D(2027, 2, 9)
    assert dates.add_working_days(D(2027, 2, 5), 5) == D(2027, 2, 14)
    assert dialog.source_label.text() == "Entered at this station: it replaces the built-in calendar for 2027."
    assert dialog.remove_year_button.isEnabled() and dialog.remove_year_button.text() == "Remove this year"
    # the buttons fit the 1280×720 screen and show
    for button in (dialog.save_button, dialog.close_button, dialog.import_button, dialog.export_button):
        assert button.isVisible()
    assert dialog.frameGeometry().height() <= 720 and dialog.frameGeometry().width() <= 1280


def test_a_weekday_as_make_up_day_and_a_day_in_both_lists_are_refused(qtbot, context, messages_log):
    dialog = _dialog(qtbot, context)
    _pick(qtbot, dialog, D(2027, 2, 15))  # a Monday
    qtbot.mouseClick(dialog.add_workday_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == ("2027-02-15 is a weekday: a make-up working day is a Saturday "
                                         "or Sunday worked.")
    assert dialog.workdays_list.count() == 0
    _pick(qtbot, dialog, D(2027, 2, 14))
    qtbot.mouseClick(dialog.add_holiday_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_workday_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "2027-02-14 is already in the other list: remove it there first."
    # a year of make-up days alone is refused by the service, said in the dialog
    dialog.holidays_list.setCurrentRow(0)
    dialog.holidays_list.setFocus()
    qtbot.keyClick(dialog.holidays_list, Qt.Key.Key_Delete)
    assert dialog.holidays_list.count() == 0
    qtbot.mouseClick(dialog.add_workday_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_changes()
    assert dialog.error_label.text() == "enter the public holidays of 2027 (at least one)"
    assert settings.get("calendar.years") == "{}"


def test_a_package_year_is_corrected_and_given_back(qtbot, context, messages_log):
    dialog = _dialog(qtbot, context, 2026)
    assert dialog.source_label.text() == "Built in (the chinesecalendar package)."
    assert "2026-10-01  Thu  National Day" in _items(dialog.holidays_list)
    assert "2026-10-10  Sat  National Day" in _items(dialog.workdays_list)
    assert not dialog.remove_year_button.isEnabled()
    # Saturday 10 October not worked after all: select it, Delete, save
    dialog.workdays_list.setCurrentRow(_items(dialog.workdays_list).index("2026-10-10  Sat  National Day"))
    dialog.workdays_list.setFocus()
    qtbot.keyClick(dialog.workdays_list, Qt.Key.Key_Delete)
    assert dialog.save_changes()
    assert dates.add_working_days(D(2026, 9, 30), 7) == D(2026, 10, 16)
    assert dialog.remove_year_button.text() == "Use the built-in calendar"
    qtbot.mouseClick(dialog.remove_year_button, Qt.MouseButton.LeftButton)  # asked, answered yes
    assert messages_log.kinds() == ["ask_yes_no"]
    assert workcalendar.year_days(2026).source == "package"
    assert dates.add_working_days(D(2026, 9, 30), 7) == D(2026, 10, 15)


def test_leaving_a_year_with_edits_asks_and_cancel_stays(qtbot, context, messages_log):
    dialog = _dialog(qtbot, context)
    _pick(qtbot, dialog, D(2027, 1, 1))
    qtbot.mouseClick(dialog.add_holiday_button, Qt.MouseButton.LeftButton)
    messages_log.answers["ask_discard"] = "cancel"
    dialog.year_spin.setValue(2028)
    assert (dialog.year, dialog.year_spin.value(), dialog.holidays_list.count()) == (2027, 2027, 1)
    messages_log.answers["ask_discard"] = "save"
    dialog.year_spin.setValue(2028)
    assert dialog.year == 2028 and workcalendar.year_days(2027).holidays == {D(2027, 1, 1)}
    _pick(qtbot, dialog, D(2028, 1, 3))
    qtbot.mouseClick(dialog.add_holiday_button, Qt.MouseButton.LeftButton)
    messages_log.answers["ask_discard"] = "discard"
    dialog.close()
    assert not dialog.isVisible()
    assert messages_log.kinds() == ["ask_discard", "ask_discard", "ask_discard"]
    assert sorted(workcalendar.station_years()) == [2027]


def test_the_file_is_exported_and_imported_and_a_bad_one_is_refused(qtbot, context, messages_log, tmp_path):
    from aidstation.gui.kit import messages

    workcalendar.set_year(2027, [D(2027, 1, 1)], [], user=context.user)
    dialog = _dialog(qtbot, context)
    path = tmp_path / "district-2027.json"
    assert dialog.export_to(path) == [2027]
    assert json.loads(path.read_text(encoding="utf-8"))["years"] == {"2027": {"holidays": ["2027-01-01"],
                                                                               "workdays": []}}
    assert messages.STATUS_LOG[-1].endswith(str(path))
    workcalendar.remove_year(2027, user=context.user)
    assert dialog.import_from(path) == [2027]
    assert _items(dialog.holidays_list) == ["2027-01-01  Fri"]
    assert workcalendar.year_days(2027).source == "station"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "aidstation-workcalendar", "version": 1, "years": {"2028": {"holidays": '
                   '["2027-05-01"]}}}', encoding="utf-8")
    assert dialog.import_from(bad) == []
    assert messages_log[-1] == ("warn", "Import a working-day calendar",
                                "year 2028: 2027-05-01 is not in 2028")
    assert sorted(workcalendar.station_years()) == [2027]


def test_a_clerk_cannot_open_it(qtbot, station, clerk, messages_log):
    from aidstation.gui.settings.calendar_dialog import open_calendar
    from aidstation.gui.settings.page import SettingsPage
    from aidstation.gui.shell.context import AppContext

    context = AppContext(station, clerk, "en")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert not page.calendar_button.isVisible()
    assert open_calendar(context) is None
    assert messages_log[-1][2] == "Only an administrator can change the working-day calendar."


def test_the_dialog_speaks_chinese(qtbot, qapp, context, messages_log):
    from aidstation.gui.kit import i18n

    i18n.install(qapp, "zh_CN")
    context.lang = "zh_CN"
    dialog = _dialog(qtbot, context, 2026)
    assert dialog.windowTitle() == "工作日历"
    assert dialog.save_button.text() == "保存该年(&S)"
    assert "2026-10-01  周四  国庆节" in _items(dialog.holidays_list)
    dialog.holidays_list.clear()
    dialog.holidays.clear()
    dialog.workdays.clear()
    assert not dialog.save_changes()
    assert dialog.error_label.text() == "请录入2026年的法定节假日（至少一天）"
