"""The District merge page: files and folders, problems listed, merged workbook written."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from aidstation.core import records, settings
from aidstation.core.db import close_station
from aidstation.core.models import Consultation, User
from aidstation.core.station import open_station
from aidstation.excel import monthly
from aidstation.gui.kit import messages
from aidstation.gui.reporting.district_page import DistrictPage, ProblemTableModel
from aidstation.gui.shell.context import AppContext
from tests.core.test_indicators import build_fixture

SYSTEM = records.system("test")  # two stations, neither with an account


@pytest.fixture
def returns(tmp_path):
    """Two stations' March returns, a wrong-month one and a junk file, in one folder."""
    folder = tmp_path / "returns"
    open_station(tmp_path / "a")
    build_fixture()
    settings.set_many({"station.code": "DC01", "station.name": "东城站"}, user=SYSTEM)
    monthly.export_month(2026, 3, folder / "DC01-2026-03.xlsx", details=False, user=SYSTEM)
    monthly.export_month(2026, 4, folder / "DC01-2026-04.xlsx", details=False, user=SYSTEM)
    close_station()
    open_station(tmp_path / "b")
    settings.set_many({"station.code": "XC02", "station.name": "西城站"}, user=SYSTEM)
    Consultation.create(number="1", received_at=dt.datetime(2026, 3, 9, 9))
    monthly.export_month(2026, 3, folder / "XC02-2026-03.xlsx", details=False, user=SYSTEM)
    close_station()
    (folder / "notes.xlsx").write_text("not a workbook")
    return folder


@pytest.fixture
def page(returns, tmp_path, qtbot, messages_log):
    station = open_station(tmp_path / "district")
    user = User.create(username="d", password_hash="x", role="admin")
    page = DistrictPage(AppContext(station, user, "en"))
    qtbot.addWidget(page)
    yield page
    close_station()


def test_folder_checked_then_merged(page, returns, tmp_path, qtbot, monkeypatch, messages_log):
    assert not page.merge_button.isEnabled()
    monkeypatch.setattr(page, "ask_folder", lambda: str(returns))
    qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
    assert page.files() == [str(returns)]
    page.month_combo.addItem("2026-03", "2026-03")
    page.month_combo.setCurrentIndex(page.month_combo.count() - 1)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert page.model.rowCount() == 2
    problems = {page.model.data(page.model.index(r, 0)): page.model.data(page.model.index(r, 2))
                for r in range(2)}
    assert problems["notes.xlsx"] == "cannot be read: not an .xlsx workbook"
    assert problems["DC01-2026-04.xlsx"].startswith("other month (2026-04")
    assert page.summary_label.text() == "2 stations to merge for 2026-03; 2 problems."
    out = tmp_path / "district.xlsx"
    monkeypatch.setattr(page, "ask_output", lambda: str(out))
    page.result = None
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert messages.STATUS_LOG[-1].startswith(f"2 stations merged for 2026-03 into {out}.")
    assert messages.OPENED[-1] == str(out)  # the merged workbook opens at once
    assert messages_log.kinds() == []  # no box to click away
    wb = openpyxl.load_workbook(out)
    rows = {r[0]: r for r in wb["汇总"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert rows["consult.total"][4:] == (2, 1, 3)
    assert len(list(wb["问题"].iter_rows(min_row=2))) == 2


def test_files_picked_and_removed(page, returns, qtbot, monkeypatch):
    files = [str(returns / "DC01-2026-03.xlsx"), str(returns / "XC02-2026-03.xlsx")]
    monkeypatch.setattr(page, "ask_files", lambda: files + files[:1])
    qtbot.mouseClick(page.add_files_button, Qt.MouseButton.LeftButton)
    assert page.files() == files  # no duplicates
    page.file_list.item(0).setSelected(True)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.files() == files[1:]
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert page.model.rowCount() == 0
    assert "merged" in page.file_list.item(0).text() and "XC02" in page.file_list.item(0).text()
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.files() == [] and not page.check_button.isEnabled()


def test_problem_model(qtmodeltester):
    from aidstation.excel.district import Problem

    model = ProblemTableModel("zh")
    model.set_problems([Problem("a.xlsx", "DC01", "月份不符", "other month")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "月份不符"
