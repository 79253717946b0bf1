"""The Monthly page over any period (issue 15, points 3, 4 and 6): the period picker, the
year × month matrix and its workbook, the bars, and every figure opening the records behind it
(and each of those opening its record, as the global search does)."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aidstation.core import settings
from aidstation.core.reporting import explain, indicators, periods
from aidstation.gui.reporting.monthly_page import MonthlyPage, format_value
from tests.core.test_indicators import build_fixture


@pytest.fixture
def page(qtbot, context, messages_log):
    build_fixture()
    settings.set_many({"station.name": "东城站", "station.code": "DC01"}, user=context.user)
    page = MonthlyPage(context)
    qtbot.addWidget(page)
    page.resize(1030, 620)
    page.show()
    qtbot.waitExposed(page)
    return page


def _choose(qtbot, combo, data) -> None:
    """Pick `data` in a combo as the clerk does: focus it, then Up/Down to it."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def _column(page, col) -> dict[str, str]:
    model = page.model
    return {model.row(r)[1]: model.data(model.index(r, col)) for r in range(model.rowCount()) if not model.row(r)[0]}


def _expected(period, keys) -> dict[str, str]:
    values = indicators.compute_period(period.start, period.end)
    kinds = indicators.by_key()
    return {key: format_value(values.get(key, 0 if kinds[key].kind == indicators.COUNT else None), kinds[key].kind)
            for key in keys}


def test_choosing_a_quarter_shows_that_quarters_totals(page, qtbot):
    _choose(qtbot, page.kind_combo, "quarter")
    assert page.period_combo.isVisible() and not page.month_combo.isVisible()
    _choose(qtbot, page.period_combo, "2026-Q1")
    assert page.period == periods.quarter(2026, 1)
    shown = _column(page, 1)
    assert shown == _expected(periods.quarter(2026, 1), shown)
    assert shown["consult.total"] == "3" and shown["med.success_rate"] == "33.3"
    assert _column(page, 2) == _expected(periods.quarter(2025, 4), shown)
    assert _column(page, 4) == _expected(periods.quarter(2025, 1), shown)
    header = page.model.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in (1, 2, 4)] == \
        ["This quarter", "Previous quarter", "Same quarter last year"]
    # the return is a month's: its buttons and the figures typed by hand go while a quarter shows
    assert not page.export_button.isVisible() and not page.side.isVisible()
    assert page.state_label.text().startswith("The return to the district is monthly")


def test_half_year_year_and_custom_periods(page, qtbot):
    page.set_period(periods.month(2026, 3))
    _choose(qtbot, page.kind_combo, "half")
    assert page.period == periods.half(2026, 1)  # the half holding the month shown
    assert _column(page, 1)["consult.total"] == "4"
    _choose(qtbot, page.kind_combo, "year")
    assert page.period == periods.year(2026)
    _choose(qtbot, page.kind_combo, "custom")
    assert page.period == periods.custom(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    page.from_edit.setFocus()
    page.from_edit.set_date_value(dt.date(2026, 3, 1))
    page.to_edit.set_date_value(dt.date(2026, 3, 31))
    qtbot.waitUntil(lambda: page.period == periods.custom(dt.date(2026, 3, 1), dt.date(2026, 3, 31)), timeout=3000)
    assert _column(page, 1)["consult.total"] == "2"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "This period"
    page.to_edit.set_date_value(dt.date(2026, 2, 1))  # before the start: said, nothing changes
    qtbot.waitUntil(lambda: "before it starts" in page.period_text.text(), timeout=3000)
    assert page.period == periods.custom(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    _choose(qtbot, page.kind_combo, "month")
    assert page.month() == "2026-03" and page.side.isVisible() and page.export_button.isVisible()


def test_leaving_the_month_with_typed_figures_asks(page, qtbot, messages_log):
    from aidstation.core.models import ManualFigure

    page.set_period(periods.month(2026, 3))
    qtbot.keyClicks(page.manual_edits["med.screening.found"], "6")
    messages_log.answers["ask_discard"] = "cancel"
    page.kind_combo.setFocus()
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_Down)  # to Quarter: asked, cancelled
    assert page.kind() == "month" and page.manual_edits["med.screening.found"].text() == "6"
    messages_log.answers["ask_discard"] = "save"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("quarter"))
    assert page.kind() == "quarter"
    assert ManualFigure.get(ManualFigure.key == "med.screening.found", ManualFigure.month == "2026-03").value == 6


def test_the_bars_show_the_figure_chosen(page, qtbot):
    page.set_period(periods.month(2026, 3))
    row = page.model.row_of("consult.total")
    page.figures_view.setCurrentIndex(page.model.index(row, 1))
    assert page.chart.series == ["2026-03", "2026-02", "2025-03"]
    assert page.chart.groups == [("Consultations", [2, 1, 0])]
    page.figures_view.setCurrentIndex(page.model.index(page.model.row_of("aid.received") - 1, 0))  # its section
    labels = [label for label, _values in page.chart.groups]
    assert labels[:3] == ["Applications received", "Forwarded to the centre", "Granted"]
    assert page.chart.groups[0][1] == [2, 1, 0]
    assert not page.chart.grab().isNull()


def test_the_matrix_year_total_is_the_years_totals(page, qtbot):
    qtbot.keyClick(page.view_tabs.tabBar(), Qt.Key.Key_Right)  # the Year by month tab
    assert page.view_tabs.currentWidget() is page.matrix_tab
    _choose(qtbot, page.year_combo, 2026)
    model = page.matrix_model
    year = indicators.compute_period(*(lambda p: (p.start, p.end))(periods.year(2026)))
    kinds = indicators.by_key()
    shown = {model.row(r)[1]: model.data(model.index(r, model.YEAR_COLUMN))
             for r in range(model.rowCount()) if not model.row(r)[0]}
    assert list(shown) == list(year)
    for key, text in shown.items():
        value = year[key]
        kind = kinds[key].kind if key in kinds else indicators.COUNT
        assert text == (f"{value:,.0f}" if kind == indicators.AMOUNT else format_value(value, kind)), key
    row = model.row_of("consult.total")
    assert [model.data(model.index(row, c)) for c in range(1, 13)] == \
        ["0", "1", "2", "1", "0", "0", "0", "0", "0", "0", "0", "0"]
    titles = [title for title, _v, _t in page.multiples.panels]
    assert titles == ["Consultations", "Legal aid · Applications received", "People's mediation · Disputes received",
                      "Follow-up visits", "Contact cards · Cards issued", "Publicity · Activities"]
    assert page.multiples.panels[0][1][:4] == [0, 1, 2, 1] and page.multiples.panels[0][2] == "4"
    page.matrix_view.setCurrentIndex(model.index(model.row_of("med.succeeded"), 3))
    assert page.multiples.panels[2][0] == "People's mediation · Succeeded"
    assert not page.multiples.grab().isNull()


def test_export_matrix_writes_the_workbook(page, qtbot, monkeypatch, tmp_path):
    from aidstation.gui.kit import messages

    page.view_tabs.setCurrentWidget(page.matrix_tab)
    _choose(qtbot, page.year_combo, 2026)
    monkeypatch.setattr(page, "ask_matrix_path", lambda suggested: str(tmp_path / suggested.name))
    qtbot.mouseClick(page.matrix_export_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "DC01-2026-逐月统计.xlsx"
    assert page.last_matrix == path and messages.OPENED[-1] == str(path)
    ws = openpyxl.load_workbook(path)["逐月统计"]
    rows = {row[15]: row for row in ws.iter_rows(min_row=4, values_only=True) if row[15]}
    assert rows["consult.total"][1:14] == (0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4)
    assert ws.freeze_panes == "B4"


def _double_click(qtbot, view, index) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("key", ["consult.total", "med.parties", "aid.amount_recovered", "followup.total",
                                 "med.success_rate"])
def test_double_clicking_a_figure_lists_exactly_its_records(page, qtbot, key):
    page.set_period(periods.month(2026, 3))
    _double_click(qtbot, page.figures_view, page.model.index(page.model.row_of(key), 1))
    dialog = page.explain_dialog
    qtbot.waitExposed(dialog)
    expected = explain.explain(key, dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert dialog.items == expected
    model = dialog.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == \
        [item.number or f"#{item.record_id}" for item in expected]
    assert [model.data(model.index(r, 2)) for r in range(model.rowCount())] == [str(i.day) for i in expected]
    if key == "consult.total":
        assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == ["2026000001", "2026000002"]
    if key == "med.parties":  # the parties masked, the weight their number
        rows = [(model.data(model.index(r, 3)), model.data(model.index(r, 4))) for r in range(model.rowCount())]
        assert rows == [("张*、李*", "2"), ("王*", "1"), ("张*、李*", "2")]
    if key == "aid.amount_recovered":
        assert dialog.summary_label.text().startswith("2026-03 · records: 1, adding up to 1,500.50. ")
    if key == "med.success_rate":
        assert "the cases concluded in the period: 3 cases" in dialog.summary_label.text()
    dialog.close()


def test_a_figure_of_last_year_and_of_the_matrix_explain_their_own_period(page, qtbot):
    page.set_period(periods.quarter(2026, 2))
    _double_click(qtbot, page.figures_view, page.model.index(page.model.row_of("consult.total"), 2))
    assert page.explain_dialog.period == periods.quarter(2026, 1)
    assert [i.number for i in page.explain_dialog.items] == ["2026000005", "2026000001", "2026000002"]
    page.explain_dialog.close()
    page.view_tabs.setCurrentWidget(page.matrix_tab)
    _choose(qtbot, page.year_combo, 2026)
    model = page.matrix_model
    _double_click(qtbot, page.matrix_view, model.index(model.row_of("consult.total"), 4))  # April
    assert page.explain_dialog.period == periods.month(2026, 4)
    assert [i.number for i in page.explain_dialog.items] == ["2026000003"]
    page.explain_dialog.close()
    _double_click(qtbot, page.matrix_view, model.index(model.row_of("consult.total"), model.YEAR_COLUMN))
    assert page.explain_dialog.period == periods.year(2026)
    assert len(page.explain_dialog.items) == 4
    page.explain_dialog.close()


def test_a_manual_figure_has_no_records(page, qtbot):
    page.set_period(periods.month(2026, 3))
    _double_click(qtbot, page.figures_view, page.model.index(page.model.row_of("med.screening.rounds"), 1))
    dialog = page.explain_dialog
    assert dialog.model.rowCount() == 0 and not dialog.open_button.isEnabled()
    assert "entered by hand" in dialog.summary_label.text()
    dialog.close()


@pytest.fixture
def window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    build_fixture()
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.idle.stop()
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()


def test_enter_on_a_record_opens_it_through_the_search_route(qtbot, window, messages_log):
    from aidstation.core.models import Consultation, MediationCase
    from aidstation.gui.mediation.case import MediationCaseDialog

    page = window.show_page("monthly")
    page.set_period(periods.month(2026, 3))
    _double_click(qtbot, page.figures_view, page.model.index(page.model.row_of("consult.total"), 1))
    dialog = page.explain_dialog
    qtbot.waitExposed(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the second: 2026000002
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter opened the record, it did not close the list
    assert window.current_key() == "reception"
    assert window.page("reception").form.consultation.id == Consultation.get(Consultation.number == "2026000002").id
    dialog.close()

    window.show_page("monthly")
    _double_click(qtbot, page.figures_view, page.model.index(page.model.row_of("med.succeeded"), 1))
    dialog = page.explain_dialog
    _double_click(qtbot, dialog.table, dialog.model.index(0, 1))
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MediationCaseDialog) and w.isVisible()]
    assert len(opened) == 1 and opened[0].case.id == MediationCase.get(MediationCase.seq == 1).id
    assert dialog.opened is opened[0]


def test_explain_figure_for_the_dashboard(qtbot, window):
    from aidstation.gui.reporting import explain_figure

    dialog = explain_figure(window.page("dashboard") or window, "aid.received", "2026-03")
    qtbot.waitExposed(dialog)
    assert dialog.period == periods.month(2026, 3)
    assert [i.number for i in dialog.items] == ["援1", "援3"]
    assert dialog.title_label.text() == "Applications received: 2 cases"
    dialog.close()


def test_the_explain_dialog_fits_with_its_buttons_in_sight(page, qtbot):
    page.set_period(periods.month(2026, 3))
    dialog = page.explain("consult.total", page.period)
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry())
    for button in (dialog.open_button, dialog.close_button):
        assert not button.visibleRegion().isEmpty() and not button.autoDefault()
    dialog.close()
