"""The Monthly report page: figures, manual figures, export off the GUI thread, submission."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from aidstation.core import settings
from aidstation.core.models import Consultation, ManualFigure, Submission
from aidstation.core.reporting import submissions
from aidstation.gui.reporting.monthly_page import FiguresTableModel, MonthlyPage
from tests.core.test_indicators import build_fixture


@pytest.fixture
def page(qtbot, context, messages_log, monkeypatch, tmp_path):
    build_fixture()
    settings.set_many({"station.name": "东城站", "station.code": "DC01"}, user=context.user)
    page = MonthlyPage(context)
    qtbot.addWidget(page)
    index = page.month_combo.findData("2026-03")
    if index < 0:  # the combo lists the last 36 months; add the fixture month if older
        page.month_combo.addItem("2026-03", "2026-03")
        index = page.month_combo.count() - 1
    page.month_combo.setCurrentIndex(index)
    monkeypatch.setattr(page, "ask_export_path", lambda suggested: str(tmp_path / suggested.name))
    return page


def _cell(page, key, col):
    model = page.model
    return model.data(model.index(model.row_of(key), col))


def test_figures_against_previous_month(page):
    assert _cell(page, "consult.total", 1) == "2"
    assert _cell(page, "consult.total", 2) == "1"  # February
    assert _cell(page, "consult.total", 3) == "+1"
    assert _cell(page, "consult.total", 4) == "0"  # March 2025
    assert _cell(page, "med.success_rate", 1) == "33.3"
    assert _cell(page, "med.success_rate", 2) == "—"
    assert _cell(page, "aid.amount_recovered", 1) == "1,500.50"
    first = page.model.index(0, 0)
    assert page.model.data(first) == "Consultations"
    assert page.figures_view.columnSpan(0, 0) == 6


def test_model_passes_the_model_tester(qtmodeltester, station):
    model = FiguresTableModel("en")
    model.set_values({"consult.total": 3}, {"consult.total": 1}, {})
    qtmodeltester.check(model)


def test_manual_figures_typed_and_saved(page, qtbot):
    rounds = page.manual_edits["med.screening.rounds"]
    found = page.manual_edits["med.screening.found"]
    assert rounds.text() == "4" and found.text() == ""
    rounds.clear()
    qtbot.keyClicks(rounds, "7")
    qtbot.keyClicks(found, "3")
    qtbot.mouseClick(page.save_manual_button, Qt.MouseButton.LeftButton)
    assert {m.key: m.value for m in ManualFigure.select().where(ManualFigure.month == "2026-03")} == \
        {"med.screening.rounds": 7.0, "med.screening.found": 3.0}
    assert _cell(page, "med.screening.found", 1) == "3"
    found.clear()
    qtbot.keyClicks(found, "abc")
    qtbot.mouseClick(page.save_manual_button, Qt.MouseButton.LeftButton)
    assert page.manual_errors.message("med.screening.found") == "must be a number"
    assert ManualFigure.get(ManualFigure.key == "med.screening.found", ManualFigure.month == "2026-03").value == 3.0


def test_export_submit_change_and_correction(page, qtbot, messages_log, tmp_path):
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # nothing exported yet
    assert "Export the workbook of 2026-03 first" in messages_log.texts()
    page.details_check.setChecked(False)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    assert page.last_export.path == tmp_path / "DC01-2026-03.xlsx"
    assert openpyxl.load_workbook(page.last_export.path).sheetnames == ["月报", "meta"]
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    sub = Submission.get()
    assert (sub.month, sub.correction, sub.file_name) == ("2026-03", 0, "DC01-2026-03.xlsx")
    assert sub.sha256 == submissions.sha256_file(tmp_path / "DC01-2026-03.xlsx")
    assert page.state_label.text().startswith("Submitted ") and page.history_list.count() == 1
    assert "A new export is correction 1" in page.banner.text()
    # a record dated in the sent month
    Consultation.create(number="2026031599", received_at=dt.datetime(2026, 3, 15, 10))
    assert submissions.mark_changed(dt.date(2026, 3, 15))
    page.context.notify("Consultation")
    assert "changed after the month was sent" in page.banner.text()
    assert _cell(page, "consult.total", 1) == "3"
    page.last_export = None
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # asks, answer is yes
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    assert page.last_export.path.name == "DC01-2026-03-更正1.xlsx"
    assert page.last_export.correction == 1
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert Submission.select().count() == 2
    assert page.history_list.count() == 2 and "correction 1" in page.history_list.item(1).text()


def test_clerk_cannot_submit(qtbot, station, messages_log):
    from aidstation.core.models import User
    from aidstation.gui.shell.context import AppContext

    clerk = User.create(username="clerk", password_hash="x", role="clerk")
    page = MonthlyPage(AppContext(station, clerk, "en"))
    qtbot.addWidget(page)
    assert not page.submit_button.isEnabled()


def test_chinese_page(qtbot, qapp, station, admin):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.context import AppContext

    i18n.install(qapp, "zh_CN")
    page = MonthlyPage(AppContext(station, admin, "zh_CN"))
    qtbot.addWidget(page)
    assert page.title_label.text() == "月报"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "本月"
    assert page.model.data(page.model.index(1, 0)) == "咨询总数"


def test_district_template_filled_for_the_month(page, qtbot, monkeypatch, messages_log, tmp_path):
    t = openpyxl.Workbook()
    t.active["A1"] = "{{station_name}} {{month}}"
    t.active["B2"] = "{{consult.total}}"
    t.active["B3"] = "{{nope}}"
    t.save(tmp_path / "区模板.xlsx")
    monkeypatch.setattr(page, "ask_template", lambda: str(tmp_path / "区模板.xlsx"))
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    out = page.context.station.folder / "exports" / "DC01-2026-03-区模板.xlsx"
    ws = openpyxl.load_workbook(out).active
    assert (ws["A1"].value, ws["B2"].value) == ("东城站 2026-03", 2)
    assert messages_log.kinds() == ["warn"] and "unknown placeholder {{nope}}" in messages_log.texts()
