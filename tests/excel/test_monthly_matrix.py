"""The year × month matrix workbook (excel/matrix.py), read back."""
from __future__ import annotations

import datetime as dt

import openpyxl

from aidstation.core.reporting import matrix
from aidstation.excel import matrix as matrix_sheet
from tests.core.test_indicators import build_fixture


def test_the_matrix_workbook_reads_back(station, tmp_path):
    build_fixture()
    m = matrix.year_matrix(2026, today=dt.date(2026, 12, 1))
    path = matrix_sheet.export_matrix(m, tmp_path / "m.xlsx", "东城站", "DC01")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["逐月统计"]
    ws = wb["逐月统计"]
    assert ws["A1"].value == "东城站2026年法律服务工作逐月统计"
    header = [c.value for c in ws[3]]
    assert header == ["指标", *[f"{i}月" for i in range(1, 13)], "全年", "单位", "key"]
    rows = {row[15]: row for row in ws.iter_rows(min_row=4, values_only=True) if row[15]}
    assert list(rows) == [ind.key for ind in m.catalogue]
    assert rows["consult.total"][:15] == ("咨询总数", 0, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4, "人次")
    assert rows["med.success_rate"][13] == 50.0
    assert rows["aid.amount_recovered"][3] == 1500.5
    # section rows carry the section's name, no key
    assert ws["A4"].value == "法律咨询" and ws["P4"].value is None
    assert ws.freeze_panes == "B4"
    assert ws.column_dimensions["P"].hidden
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3" and ws.print_title_cols == "$A:$A"
    assert ws.print_area == f"'逐月统计'!$A$1:$O${ws.max_row}"
