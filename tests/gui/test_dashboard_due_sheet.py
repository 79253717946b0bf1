"""The dashboard's deadline sheet (督办单) and register buttons (issue 14), and `due --json`
listing exactly what the dashboard lists on a demo station."""
from __future__ import annotations

import argparse
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_dashboard import _loaded, _row_texts


@pytest.fixture
def demo_context(station):
    """The open station filled as `aidstation demo` fills it, signed in as its admin."""
    from aidstation.core import demo
    from aidstation.core.models import User
    from aidstation.gui.shell.context import AppContext

    demo.generate(station, seed=4, months=3)
    return AppContext(station, User.get(User.username == "demo"), "en")


def test_due_json_lists_exactly_what_the_dashboard_lists(qtbot, demo_context, monkeypatch, capsys):
    from aidstation.cli import registers as cli_registers
    from aidstation.gui.dashboard.page import DashboardPage

    page = _loaded(qtbot, DashboardPage(demo_context))
    qtbot.addWidget(page)
    page.due_model.fetchMore()
    while page.due_model.canFetchMore():
        page.due_model.fetchMore()
    shown = [(row[0], row[1], row[2]) for row in _row_texts(page)]
    assert len(shown) == page.due_model.total > 5
    monkeypatch.setattr(cli_registers, "_open", lambda args: None)  # the station is open already
    cli_registers.cmd_due(argparse.Namespace(days=7, json=True, output=None, as_of=None))
    items = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(i["due"], i["what_en"], i["number"]) for i in items] == shown
    overdue = {(r, page.due_model.item(r).number) for r in range(page.due_model.rowCount())
               if page.due_model.item(r).overdue}
    assert {(r, i["number"]) for r, i in enumerate(items) if i["overdue_days"] > 0} == overdue


def test_the_deadline_sheet_button_writes_what_the_dashboard_lists(qtbot, demo_context, monkeypatch, tmp_path):
    from aidstation.gui.dashboard.page import DashboardPage
    from aidstation.gui.kit import messages
    from aidstation.gui.registers import DueSheetDialog
    from tests.pdf.test_registers import check_pdf_file, pdf_pages

    page = _loaded(qtbot, DashboardPage(demo_context))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.due_sheet_button.visibleRegion().isEmpty()
    qtbot.mouseClick(page.due_sheet_button, Qt.MouseButton.LeftButton)
    dialog = page.due_sheet_dialog
    assert dialog.isVisible() and dialog.days_spin.value() == 7
    assert dialog.count_label.text().startswith(f"{page.due_model.total} item(s)")
    target = tmp_path / "督办单.pdf"
    monkeypatch.setattr(DueSheetDialog, "ask_path", staticmethod(lambda parent, suggested: str(target)))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(target) in messages.OPENED, timeout=20_000)
    check_pdf_file(target)
    text = "".join("".join(p.split()) for p in pdf_pages(target))
    numbers = [page.due_model.index(r, 2).data() for r in range(page.due_model.rowCount())]
    assert numbers and all(n in text for n in numbers)
    assert f"合计{page.due_model.total}项" in text


def test_ctrl_p_on_the_dashboard_prints_any_register(qtbot, demo_context, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from aidstation.core import registers
    from aidstation.gui.dashboard.page import DashboardPage
    from aidstation.gui.kit import messages
    from aidstation.gui.registers import RegisterDialog

    page = _loaded(qtbot, DashboardPage(demo_context))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.register_dialog is not None)
    dialog = page.register_dialog
    assert dialog.kind_combo.isVisible()  # from the dashboard the clerk picks the register
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("cards"))
    qtbot.mouseClick(dialog.last_month_button, Qt.MouseButton.LeftButton)
    start, end = dialog.period()
    assert start == (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    dialog.xlsx_radio.setChecked(True)
    target = tmp_path / "cards.xlsx"
    monkeypatch.setattr(RegisterDialog, "ask_path", staticmethod(lambda parent, suggested, fmt: str(target)))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(target) in messages.OPENED, timeout=20_000)
    expected = registers.register("cards", start, end).count()
    ws = load_workbook(target).active
    assert ws["A1"].value == "便民联系卡发放登记簿"
    assert ws.cell(row=4 + expected, column=1).value == "合计"
    assert ws.cell(row=4 + expected, column=2).value == f"{expected} 次"


def test_double_clicking_a_dashboard_figure_lists_its_records(qtbot, demo_context):
    """This month's and last month's consultations open the records behind them (issue 15)."""
    from aidstation.core.reporting import explain
    from aidstation.gui.dashboard.page import FIGURES, DashboardPage, previous_month

    page = _loaded(qtbot, DashboardPage(demo_context))
    row = [key for key, _label in FIGURES].index("consult.total")
    today = dt.date.today()
    for column, (y, m) in ((1, (today.year, today.month)), (2, previous_month(today.year, today.month))):
        index = page.figures_model.index(row, column)
        view = page.figures_table
        page.explain_dialog = None
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        dialog = page.explain_dialog
        assert dialog is not None
        start = dt.date(y, m, 1)
        end = dt.date(y + (m == 12), m % 12 + 1, 1)
        assert dialog.items == explain.explain("consult.total", start, end)
        assert len(dialog.items) == int(float(page.figures_model.index(row, column).data()))
        dialog.close()
