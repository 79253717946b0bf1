"""Registers as .xlsx (issue 14): read back with openpyxl — Chinese headers, the header frozen
with an auto-filter over the rows, landscape A4 fitted to the width with the header repeated,
every row of the period, and the totals line equal to the sum."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from aidstation.core import registers
from tests.pdf.test_registers import END, START, demo_folder, expected_count, opened  # noqa: F401 - fixtures


@pytest.mark.parametrize("kind", list(registers.KINDS))
def test_the_workbook_reads_back_as_the_register(opened, tmp_path, kind):  # noqa: F811
    from aidstation.excel import registers as register_xlsx

    reg = registers.register(kind, START, END)
    rows = list(reg.rows())
    n = register_xlsx.write_register(reg, tmp_path / f"{kind}.xlsx")
    assert n == len(rows) == expected_count(kind) > 0
    ws = load_workbook(tmp_path / f"{kind}.xlsx").active
    assert ws.title == reg.title
    assert ws["A1"].value == reg.title
    assert "登记期间" in ws["A2"].value and reg.period_text in ws["A2"].value
    headers = [c.value for c in ws[3]]
    assert headers == [c.zh for c in reg.columns]
    last_col = ws.cell(row=3, column=len(headers)).column_letter
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:{last_col}{3 + n}"
    assert ws.print_title_rows == "$3:$3"
    setup = ws.page_setup
    assert (setup.orientation, int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=3 + n)]
    assert [r[0] for r in data] == list(range(1, n + 1))
    assert [r[1] for r in data] == [registers.cell_text(reg.columns[1], r[1]) for r in rows]  # text stays text
    totals = [c.value for c in ws[4 + n]]
    assert totals[:2] == ["合计", f"{n} {reg.kind.unit}"]
    for i, column in enumerate(reg.columns):
        if column.total:
            values = [r[i] for r in rows]
            expected = sum(1 for v in values if v) if column.kind == "yesno" else sum(v or 0 for v in values)
            got = totals[i]
            if column.kind == "money":
                assert Decimal(str(got)).quantize(Decimal("0.01")) == Decimal(expected).quantize(Decimal("0.01"))
                assert ws.cell(row=4 + n, column=i + 1).number_format == "#,##0.00"
            elif column.kind == "int":
                assert got == expected == sum(r[i] for r in data)
            else:
                assert got == expected


def test_text_that_looks_like_a_formula_stays_text(opened, tmp_path):  # noqa: F811
    from aidstation.core.models import PublicityActivity
    from aidstation.excel import registers as register_xlsx

    first = PublicityActivity.live().where(PublicityActivity.held_on >= START).order_by(
        PublicityActivity.held_on, PublicityActivity.id).first()
    PublicityActivity.update(title="=HYPERLINK(\"http://x\",\"点我\")").where(PublicityActivity.id == first.id).execute()
    reg = registers.register("publicity", START, END)
    register_xlsx.write_register(reg, tmp_path / "p.xlsx")
    ws = load_workbook(tmp_path / "p.xlsx").active
    cell = next(c for c in ws["C"] if c.value and str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


def test_an_empty_register_is_a_valid_workbook(opened, tmp_path):  # noqa: F811
    from aidstation.excel import registers as register_xlsx

    reg = registers.register("cards", dt.date(2001, 1, 1), dt.date(2001, 1, 31))
    assert register_xlsx.write_register(reg, tmp_path / "c.xlsx") == 0
    ws = load_workbook(tmp_path / "c.xlsx").active
    assert ws["A4"].value == "本期无记录"
    assert [c.value for c in ws[5]][:2] == ["合计", "0 次"]
