"""The monthly workbook is written row by row (openpyxl write-only, issue 13): each sheet still
declares its size first as a normal sheet would (the district merge refuses a large sheet
without it), free text that looks like a formula or an error stays text, and the styles and
number formats are those of the return."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import openpyxl

from aidstation.core import consultations, legalaid, people, settings
from aidstation.core.models import AidApplication
from aidstation.excel import monthly, safety


def test_every_sheet_declares_its_real_size_before_its_cells(station, admin, tmp_path):
    settings.set_many({"station.name": "东城站", "station.code": "DC01"}, user=admin)
    p = people.create(name="王秀英", user=admin)
    for day in range(1, 4):
        consultations.record(received_at=dt.datetime(2026, 3, day, 9), channel="visit", matter="wages",
                             person=p, question="工资", user=admin)
    path = tmp_path / "m.xlsx"
    monthly.export_month(2026, 3, path, user=admin)
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        sheets = sorted(n for n in zf.namelist() if n.startswith("xl/worksheets/sheet"))
    assert len(sheets) == 7
    assert all(safety._dimension_first(data, name) for name in sheets)
    read_only = openpyxl.load_workbook(path, read_only=True)
    declared = {ws.title: ws.calculate_dimension() for ws in read_only.worksheets}
    read_only.close()
    wb = openpyxl.load_workbook(path)
    assert declared == {ws.title: ws.calculate_dimension() for ws in wb.worksheets}
    assert declared["咨询"] == "A1:I4" and declared["meta"].startswith("A1:B")
    assert wb["meta"].sheet_state == "veryHidden"


def test_formula_and_error_lookalikes_stay_text_and_cells_keep_their_styles(station, admin, tmp_path):
    settings.set_many({"station.name": "东城站", "station.code": "DC01"}, user=admin)
    p = people.create(name="王秀英", user=admin)
    for n, question in enumerate(["=HYPERLINK(\"http://x\")", "#N/A", "普通问题"]):
        consultations.record(received_at=dt.datetime(2026, 3, 2, 9, n), channel="visit", matter="wages",
                             person=p, question=question, user=admin)
    app = legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 3, 2))
    AidApplication.update(amount_recovered=Decimal("1500.5")).where(AidApplication.id == app.id).execute()
    path = tmp_path / "m.xlsx"
    monthly.export_month(2026, 3, path, user=admin)
    wb = openpyxl.load_workbook(path)
    ws = wb["咨询"]
    assert [(ws.cell(r, 9).value, ws.cell(r, 9).data_type) for r in (2, 3, 4)] == [
        ("=HYPERLINK(\"http://x\")", "s"), ("#N/A", "s"), ("普通问题", "s")]
    assert ws.cell(2, 2).value == "2026-03-02 09:00:00" and ws.cell(2, 2).data_type == "s"
    head = ws.cell(1, 1)
    assert (head.font.b, head.fill.fgColor.rgb, head.alignment.wrap_text) == (True, "00BFCFE0", True)
    assert ws.row_dimensions[1].height == 30 and ws.freeze_panes == "A2"
    aid = wb["法律援助"]
    assert (aid.cell(2, 10).value, aid.cell(2, 10).number_format) == (1500.5, "#,##0.00")
    ret = wb[monthly.SHEET]
    assert {str(r) for r in ret.merged_cells.ranges} >= {"A1:U1", "A2:U2", "A3:U3"}
    assert ret.freeze_panes == "A5" and ret.print_area == "'月报'!$A$1:$U$" + str(ret.max_row)
    row = next(r for r in range(5, ret.max_row + 1) if ret.cell(r, 7).value == "consult.total")
    total = ret.cell(row, 2)
    assert (total.value, total.number_format, total.border.left.style) == (3, "#,##0", "thin")
    assert ret.cell(row, 6).alignment.horizontal == "center"
    rate = next((r, c) for r in range(5, ret.max_row + 1) for c in (7, 18)
                if ret.cell(r, c).value == "med.success_rate")
    cell = ret.cell(rate[0], rate[1] - 5)
    assert cell.value is None and cell.border.left.style == "thin"
