"""Ledger import from the desk (issue 11, point 12): Settings → Import ledgers… picks a workbook,
shows the engine's dry run (rows to import, refused rows with row, column and reason in the
clerk's language), imports off the GUI thread on Import, and changes nothing before that."""
from __future__ import annotations

import datetime as dt
import os
import zipfile

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from aidstation.core.models import AuditEvent, Consultation, Person
from aidstation.excel import ledgers


def _ledger(path, rows, kind="consultations"):
    """A real ledger: the engine's own template, filled in with openpyxl as a clerk would."""
    ledgers.write_template(kind, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


GOOD = [
    ["2025-03-02 09:30", "来访", "张三", "13800138000", None, "农民工", "劳动报酬", "老板拖欠工资", "告知可申请仲裁", "当场解答"],
    [dt.datetime(2025, 3, 3, 10), "phone", "李四", "13912345678", None, "elderly", "family", "赡养纠纷", "讲解赡养义务", "answered"],
    ["2025-03-04 11:00", "Walk-in", "张三", "13800138000", None, None, "Unpaid wages", "追问进展", "告知仲裁进度", "当场解答"],
]
BAD = [
    ["2025-03-02 09:30", "来访", "张三", None, None, None, "劳动报酬", "问题", "解答", "当场解答"],
    ["2025-03-02 10:30", "飞鸽传书", "李四", None, None, None, "劳动报酬", "问题", "", "当场解答"],
    ["someday", "来访", "王五", None, None, None, "劳动报酬", "", "", "当场解答"],
]


@pytest.fixture(autouse=True)
def _no_message_boxes(messages_log):
    """A message box would block the test: every one is recorded instead."""
    return messages_log


def _counts():
    return Consultation.select().count(), Person.select().count(), AuditEvent.select().count()


def _page(qtbot, context):
    from aidstation.gui.settings.page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    return page


def _open(qtbot, context, monkeypatch, path, kind="consultations"):
    """Settings → Ledger import → Import ledgers…, the kind picked, the file chosen; waits for the check."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    page = _page(qtbot, context)
    qtbot.mouseClick(page.import_ledgers_button, Qt.MouseButton.LeftButton)
    dialog = page._dialogs[-1]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    if kind:
        dialog.kind_combo.setFocus()
        while dialog.kind_combo.currentData() != kind:
            qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    return dialog


def _wait(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.verdict_label.text()
                    and not dialog.verdict_label.text().startswith(("Checking", "Importing", "正在")), timeout=20000)


def _problems(dialog):
    model = dialog.problems_model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_dry_run_shows_what_would_be_imported_then_import_writes_it(qtbot, context, monkeypatch, tmp_path):
    from aidstation.gui.kit import messages

    path = _ledger(tmp_path / "2025.xlsx", GOOD)
    before = _counts()
    dialog = _open(qtbot, context, monkeypatch, path)
    report = dialog.report
    assert (report.rows, report.written, report.people_matched, report.people_created, report.problems) == (
        3, 3, 1, 2, [])
    assert dialog.verdict_label.text() == "Ready to import 3 rows of Consultations from “2025.xlsx”."
    assert dialog.counts_label.text() == "Rows read: 3 · To import: 3 · People matched: 1 · New people: 2"
    assert _counts() == before  # the dry run wrote nothing
    assert dialog.import_button.isEnabled() and not dialog.problems_view.isVisible()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert dialog.imported is not None
    assert sorted(c.question for c in Consultation.select()) == sorted(["老板拖欠工资", "赡养纠纷", "追问进展"])
    assert sorted(p.name for p in Person.select()) == ["张三", "李四"]
    assert AuditEvent.select().where(AuditEvent.action == "import").get().detail == "2025.xlsx 3 rows"
    assert dialog.verdict_label.text() == "Imported 3 rows of Consultations from “2025.xlsx”."
    assert dialog.counts_label.text() == "Rows read: 3 · Imported: 3 · People matched: 1 · New people: 2"
    assert messages.STATUS_LOG[-1] == "Imported 3 rows of Consultations from “2025.xlsx”"
    assert not dialog.import_button.isEnabled()  # no second import of the same file by a double click
    assert dialog.progressed_rows == (3, 3)  # the bar counted the rows written
    assert (dialog.progress_bar.maximum(), dialog.progress_bar.value()) == (3, 3)


def test_refused_rows_are_listed_with_row_column_and_reason_and_nothing_is_imported(
        qtbot, context, monkeypatch, tmp_path):
    path = _ledger(tmp_path / "old.xlsx", BAD)
    before = _counts()
    dialog = _open(qtbot, context, monkeypatch, path)
    assert _problems(dialog) == [("4", "Channel", "unknown code 飞鸽传书"),
                                 ("5", "Received at", "not a date and time: someday"),
                                 ("5", "Question", "this field is required")]
    assert dialog.problems_model.index(0, 3).data() == "飞鸽传书"
    assert dialog.problems_model.index(0, 4).data().startswith("one of 来访, 来电")
    assert dialog.verdict_label.text() == "Nothing can be imported from “old.xlsx” yet."
    assert dialog.counts_label.text() == "Rows read: 3 · Rows refused: 2 · Problems: 3"
    assert not dialog.import_button.isEnabled() and dialog.problems_view.isVisible()
    assert _counts() == before


def test_the_report_reads_chinese_for_a_chinese_clerk(qtbot, qapp, station, admin, monkeypatch, tmp_path):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.context import AppContext

    i18n.install(qapp, "zh_CN")
    path = _ledger(tmp_path / "old.xlsx", BAD)
    dialog = _open(qtbot, AppContext(station, admin, "zh_CN"), monkeypatch, path)
    assert _problems(dialog) == [("4", "咨询方式", "代码表中没有“飞鸽传书”"),
                                 ("5", "咨询时间", "不是日期时间：someday"), ("5", "咨询问题", "此项为必填")]
    assert dialog.problems_model.index(0, 4).data().startswith("可填：来访、来电")
    assert dialog.counts_label.text() == "读取行数：3 · 被拒行数：2 · 问题：3"
    assert dialog.windowTitle() == "导入台账"


def test_close_before_import_changes_nothing(qtbot, context, monkeypatch, tmp_path):
    path = _ledger(tmp_path / "2025.xlsx", GOOD)
    before = _counts()
    dialog = _open(qtbot, context, monkeypatch, path)
    assert dialog.report.written == 3
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _counts() == before


def test_enter_in_the_dialog_never_imports(qtbot, context, monkeypatch, tmp_path):
    path = _ledger(tmp_path / "2025.xlsx", GOOD)
    before = _counts()
    dialog = _open(qtbot, context, monkeypatch, path)
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return)  # picks (it is a combo) and moves on
    assert QApplication.focusWidget() is dialog.template_button
    dialog.file_edit.setFocus()
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Enter)
    assert QApplication.focusWidget() is dialog.choose_button
    qtbot.wait(50)
    assert not dialog.busy() and dialog.imported is None and _counts() == before
    assert not any(b.isDefault() for b in (dialog.import_button, dialog.check_button, dialog.close_button))


def test_the_kind_is_taken_from_a_template_file_name(qtbot, context, monkeypatch, tmp_path):
    path = _ledger(tmp_path / "咨询登记 2025.xlsx", GOOD)
    dialog = _open(qtbot, context, monkeypatch, path, kind=None)
    assert dialog.kind_combo.currentData() == "consultations"
    assert dialog.report.written == 3


def test_the_kind_starts_unchosen_and_is_asked_for(qtbot, context, monkeypatch, tmp_path):
    path = _ledger(tmp_path / "a.xlsx", GOOD)
    dialog = _open(qtbot, context, monkeypatch, path, kind=None)
    assert dialog.kind_combo.currentText() == "(choose)"
    assert dialog.verdict_label.text() == "Choose the kind of ledger and the file."
    assert dialog.report is None and not dialog.import_button.isEnabled()


def _zip_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    return path


@pytest.mark.parametrize("name, make, reason", [
    ("notes.xlsx", lambda p: p.write_text("minutes of the meeting"), "not an .xlsx workbook"),
    ("bomb.xlsx", _zip_bomb, "suspicious compression ratio in xl/worksheets/sheet1.xml (zip bomb?)"),
    ("folder.xlsx", lambda p: p.mkdir(), "a folder, not a file"),
    ("locked.xlsx", lambda p: _ledger(p, GOOD), "cannot open the file (Permission denied)"),
])
def test_a_file_that_cannot_be_read_is_named_with_its_problem(qtbot, context, monkeypatch, tmp_path,
                                                              name, make, reason):
    path = tmp_path / name
    make(path)
    if name == "locked.xlsx":  # another program holds it (as Excel does on Windows)
        real_open = os.open

        def refusing(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing)
    before = _counts()
    dialog = _open(qtbot, context, monkeypatch, path)
    assert dialog.verdict_label.text() == f"“{name}” cannot be imported: {reason}"
    assert _problems(dialog) == [] and not dialog.import_button.isEnabled()
    assert _counts() == before


def test_an_empty_template_is_written_and_opened(qtbot, context, monkeypatch, tmp_path):
    from aidstation.gui.kit import messages

    target = tmp_path / "people.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    page = _page(qtbot, context)
    dialog = page.open_ledger_import()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict_label.text() == "Choose the kind of ledger first." and not target.exists()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("people"))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target).worksheets[0]["A1"].value == "姓名*"
    assert messages.OPENED[-1] == str(target)


def test_only_an_administrator_imports(qtbot, station, clerk, messages_log):
    from aidstation.gui.shell.context import AppContext

    page = _page(qtbot, AppContext(station, clerk, "en"))
    assert page.tabs.indexOf(page.ledgers_tab) == -1
    assert page.open_ledger_import() is None
    assert messages_log.kinds() == ["warn"] and "Only an administrator can import ledgers." in messages_log.texts()


def test_the_dialog_fits_the_small_screen_with_its_buttons_visible(qtbot, context, monkeypatch, tmp_path):
    path = _ledger(tmp_path / "old.xlsx", BAD)
    dialog = _open(qtbot, context, monkeypatch, path)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    for button in (dialog.check_button, dialog.import_button, dialog.close_button, dialog.choose_button):
        assert not button.visibleRegion().isEmpty()
