"""The import dialog's mapping step, cancel, undo and marked copy (issue 16): a clerk's own
ledger (not our template) read with its header under a title, a column the dialog did not
recognise mapped once with a combo, an import cancelled half-way writing nothing, an import
undone from the list of earlier imports, and the highlighted copy of a refused ledger."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from aidstation.core import imports
from aidstation.core.models import Consultation, ImportBatch, Person

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ledgers"


@pytest.fixture(autouse=True)
def _no_message_boxes(messages_log):
    return messages_log


def _book(path, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年咨询台账"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _dialog(qtbot, context, monkeypatch, path):
    from aidstation.gui.settings.ledger_import import LedgerImportDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = LedgerImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("consultations"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.verdict_label.text()
                    and not dialog.verdict_label.text().startswith(("Checking", "Importing")), timeout=20000)


def _pick(qtbot, combo, data):
    """Choose in a combo with the keyboard, as a clerk does (activated fires)."""
    combo.setFocus()
    while combo.currentData() != data:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_a_clerks_ledger_shows_how_it_was_read(qtbot, context, monkeypatch, tmp_path):
    path = shutil.copy(FIXTURES / "咨询台账.xls", tmp_path / "咨询台账.xls")
    dialog = _dialog(qtbot, context, monkeypatch, path)
    assert dialog.verdict_label.text() == "Ready to import 7 rows of Consultations from “咨询台账.xls”."
    assert dialog.advice_label.text().startswith(
        "Header in row 3–4; data from row 5. Reading stopped at row 13 (“合计”); rows below it are not imported.")
    assert dialog.report_tabs.currentWidget() is dialog.columns_tab
    table = dialog.columns_table
    assert [table.item(r, 1).text() for r in range(table.rowCount())][:4] == ["序号", "咨询日期", "方式", "姓名"]
    assert table.cellWidget(1, 2).currentData() == "received_at" and table.cellWidget(0, 2).currentData() == ""
    assert not dialog.values_table.isVisible()


def test_an_unrecognised_column_is_mapped_once_and_remembered(qtbot, context, monkeypatch, tmp_path):
    header = ["来访日", "方式", "姓名", "电话", "事项", "咨询内容", "答复", "结果"]
    rows = [["2025-3-1 9:00", "当面咨询", "孙七", "13700000001", "劳动报酬", "问题", "解答", "当场解答"]]
    dialog = _dialog(qtbot, context, monkeypatch, _book(tmp_path / "march.xlsx", header, rows))
    assert dialog.verdict_label.text() == "Nothing can be imported from “march.xlsx” yet."
    assert [dialog.problems_model.index(0, c).data() for c in range(3)] == [
        "2", "Received at", "required column missing"]
    _pick(qtbot, dialog.columns_table.cellWidget(0, 2), "received_at")
    _wait(qtbot, dialog)
    # the date column is now read; the channel's word is not known: map the value too
    assert [dialog.problems_model.index(0, c).data() for c in range(2)] == ["3", "Channel"]
    assert dialog.values_table.rowCount() == 1 and dialog.values_table.item(0, 1).text() == "当面咨询"
    _pick(qtbot, dialog.values_table.cellWidget(0, 2), "visit")
    _wait(qtbot, dialog)
    assert dialog.verdict_label.text() == "Ready to import 1 rows of Consultations from “march.xlsx”."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert [(c.channel, c.person.name) for c in Consultation.select()] == [("visit", "孙七")]
    saved = imports.layout(dialog.imported.layout_key)
    assert saved["columns"] == {"来访日": "received_at"} and saved["values"] == {"channel": {"当面咨询": "visit"}}
    # next month's ledger of the same layout: no questions
    april = _book(tmp_path / "april.xlsx", header, [["2025-4-1 9:00", "当面咨询", "钱八", "13700000002", "婚姻家庭",
                                                      "问题", "解答", "当场解答"]])
    again = _dialog(qtbot, context, monkeypatch, april)
    assert again.verdict_label.text() == "Ready to import 1 rows of Consultations from “april.xlsx”."


def test_a_cancelled_import_writes_nothing(qtbot, context, monkeypatch, tmp_path):
    path = shutil.copy(FIXTURES / "咨询台账.xlsx", tmp_path / "c.xlsx")
    dialog = _dialog(qtbot, context, monkeypatch, path)
    gate = threading.Event()
    real = imports.high_water

    def held():  # the import waits here, inside its transaction, until the clerk has cancelled
        gate.wait(10)
        return real()

    monkeypatch.setattr(imports, "high_water", held)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    assert dialog.verdict_label.text() == "The import was cancelled; nothing was written."
    assert (Consultation.select().count(), Person.select().count(), ImportBatch.select().count()) == (0, 0, 0)
    assert not dialog.cancel_button.isVisible() and dialog.import_button.isEnabled()


def test_an_administrator_undoes_an_import_from_the_list(qtbot, context, monkeypatch, tmp_path, messages_log):
    path = shutil.copy(FIXTURES / "咨询台账-gbk.csv", tmp_path / "c.csv")
    dialog = _dialog(qtbot, context, monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert Consultation.select().where(Consultation.deleted_at.is_null()).count() == 7
    assert dialog.batches_model.rowCount() == 1
    dialog.report_tabs.setCurrentWidget(dialog.batches_tab)
    assert not dialog.undo_button.isEnabled()
    dialog.batches_view.selectRow(0)
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "confirm_dangerous" in messages_log.kinds()
    assert Consultation.select().where(Consultation.deleted_at.is_null()).count() == 0
    assert Person.select().where(Person.deleted_at.is_null()).count() == 0
    assert dialog.verdict_label.text() == "Import 1 undone: 12 records moved to the deleted records."
    assert dialog.batches_model.index(0, 6).data() and not dialog.undo_button.isEnabled()


def test_the_same_file_again_is_refused_in_the_dialog(qtbot, context, monkeypatch, tmp_path):
    path = shutil.copy(FIXTURES / "咨询台账.ods", tmp_path / "c.ods")
    dialog = _dialog(qtbot, context, monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    again = _dialog(qtbot, context, monkeypatch, path)
    assert again.verdict_label.text().startswith("“c.ods” cannot be imported: this file was already imported on ")
    assert not again.import_button.isEnabled() and Consultation.select().count() == 7


def test_the_marked_copy_is_saved_and_opened(qtbot, context, monkeypatch, tmp_path):
    from aidstation.gui.kit import messages

    header = ["咨询时间", "咨询方式", "姓名", "电话", "事项类别", "咨询问题", "解答意见", "处理方式"]
    path = _book(tmp_path / "bad.xlsx", header, [
        ["2025-3-1 9:00", "来访", "孙七", "12345", "劳动报酬", "问题", "解答", "当场解答"]])
    dialog = _dialog(qtbot, context, monkeypatch, path)
    assert dialog.marked_button.isVisible()
    target = tmp_path / "bad-问题.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.marked_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert messages.OPENED[-1] == str(target)
    ws = openpyxl.load_workbook(target).active
    assert ws["D3"].fill.fgColor.rgb == "00FFC7CE" and ws["I3"].value.startswith("电话: not a valid phone number")
