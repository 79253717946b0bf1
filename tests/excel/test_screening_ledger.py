"""Importing a screening ledger (issue 17): rows of the same date, area, screener and method
make one round, a row without a dispute is a nil report, parties found or created, all or
nothing; and an import undone takes its rounds with it."""
from __future__ import annotations

import datetime as dt

import openpyxl

from aidstation.core import imports, records, screening, staff
from aidstation.core.models import Person, ScreeningItem, ScreeningRound
from aidstation.core.reporting import indicators
from aidstation.excel import ledgers

SYSTEM = records.system("import")


def _ledger(path, rows):
    ledgers.write_template("screening", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_a_screening_ledger_imports_as_rounds(admin, tmp_path):
    staff.create(user=admin, name="王调解")
    path = _ledger(tmp_path / "排查.xlsx", [
        ("2026-03-02", "第一网格", "王调解", "走访", "邻里漏水", "张三、李四", "邻里", "红色（高风险）", "跟踪稳控", ""),
        ("2026-03-02", "第一网格", "王调解", "走访", "拖欠工资", "", "劳动争议", "黄色（中风险）", "当场化解", ""),
        ("2026.3.16", "第二网格", "", "电话", "", "", "", "", "", "未发现矛盾纠纷"),
    ])
    template = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in template[1]][:5] == ["排查日期*", "排查区域*", "排查人", "排查方式", "矛盾纠纷简要情况"]
    report = ledgers.import_ledger("screening", path, user=admin)
    assert report.ok and report.rows == 3, report.problems
    rounds = list(screening.round_query())
    assert [(r.held_on, r.area, r.method, screening.item_count(r)) for r in rounds] == [
        (dt.date(2026, 3, 16), "grid2", "phone", 0), (dt.date(2026, 3, 2), "grid1", "visit", 2)]
    first = screening.items_of(rounds[1])
    assert [(i.risk, i.outcome, i.dispute_type) for i in first] == [("red", "watched", "neighbor"),
                                                                   ("yellow", "resolved", "labor")]
    assert [p.name for p in screening.parties_of(first[0])] == ["张三", "李四"]
    assert rounds[0].note == "未发现矛盾纠纷"
    values = indicators.compute_month(2026, 3)
    assert (values["med.screening.rounds"], values["med.screening.nil"], values["med.screening.found"]) == (2, 1, 2)
    imports.undo(report.batch_id, user=admin)
    assert ScreeningRound.live().count() == 0 and Person.live().count() == 0


def test_a_bad_row_writes_nothing_and_names_the_cell(admin, tmp_path):
    path = _ledger(tmp_path / "bad.xlsx", [
        ("2026-03-02", "第一网格", "", "走访", "漏水", "", "邻里", "紫色", "", ""),
        ("2026-03-03", "第九网格", "", "走访", "", "", "", "", "", ""),
        ("2026-03-04", "第一网格", "无此人", "走访", "", "", "", "", "", ""),
    ])
    report = ledgers.import_ledger("screening", path, user=SYSTEM)
    assert not report.ok
    assert [(p.row, p.column) for p in report.problems] == [(3, "风险等级"), (4, "排查区域"), (5, "排查人")]
    assert ScreeningRound.select().count() == ScreeningItem.select().count() == 0
