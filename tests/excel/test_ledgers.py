"""Ledger import (DESIGN §10): templates, every kind, all or nothing, people matching."""
from __future__ import annotations

import datetime as dt

import openpyxl

from aidstation import cli
from aidstation.core.db import close_station
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    MediationCase,
    Person,
    PublicityActivity,
)
from aidstation.core.reporting import indicators
from aidstation.excel import ledgers


def _fill(kind, path, rows):
    ledgers.write_template(kind, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_templates_have_both_header_rows_and_lists(station, tmp_path):
    for kind in ledgers.KINDS:
        path = ledgers.write_template(kind, tmp_path / f"{kind}.xlsx")
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        cols = ledgers.COLUMNS[kind]
        assert [c.value.rstrip("*") for c in ws[1]] == [c.zh for c in cols]
        assert ws.cell(row=2, column=1).value.startswith(cols[0].en)
        assert ws.freeze_panes == "A3"
        assert wb["代码"].sheet_state == "hidden"
    ws = openpyxl.load_workbook(tmp_path / "consultations.xlsx").worksheets[0]
    formulas = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert any("代码" in f for f in formulas)


def test_consultations_import_counts_in_the_month(station, admin, tmp_path):
    path = _fill("consultations", tmp_path / "c.xlsx", [
        ["2026-03-02 09:30", "来访", "张三", "138 0013 8000", "11010519491231002X", "农民工、妇女",
         "劳动报酬", "老板拖欠工资", "告知可申请仲裁", "当场解答", None, 1],
        [dt.datetime(2026, 3, 3, 10), "phone", "李四", "13912345678", None, "elderly",
         "family", "赡养纠纷", "", "answered", None, None],
        ["2026-03-04 11:00", "Walk-in", "张三", "13800138000", None, None, "Unpaid wages", "追问进展",
         "", "当场解答", None, 0],
    ])
    report = ledgers.import_ledger("consultations", path, user=admin)
    assert report.problems == []
    assert (report.rows, report.written, report.people_created, report.people_matched) == (3, 3, 2, 1)
    assert Person.select().count() == 2
    values = indicators.compute_month(2026, 3)
    assert values["consult.total"] == 3 and values["consult.channel.visit"] == 2
    assert values["consult.group.migrant"] == 1 and values["consult.group.elderly"] == 1
    assert values["consult.documents_drafted"] == 1


def test_one_bad_row_means_nothing_is_written(station, admin, tmp_path):
    path = _fill("consultations", tmp_path / "c.xlsx", [
        ["2026-03-02 09:30", "来访", "张三", None, None, None, "劳动报酬", "问题", "", "当场解答"],
        ["2026-03-02 10:30", "飞鸽传书", "李四", None, None, None, "劳动报酬", "问题", "", "当场解答"],
        ["someday", "来访", "王五", None, None, None, "劳动报酬", "", "", "当场解答"],
    ])
    report = ledgers.import_ledger("consultations", path, user=admin)
    assert report.written == 0 and Consultation.select().count() == 0
    assert [p[:3] for p in report.problems] == [  # every problem of every row, each on its column
        (4, "咨询方式", "unknown code 飞鸽传书 (代码表中没有“飞鸽传书”)"),
        (5, "咨询时间", "not a date and time: someday (不是日期时间：someday)"),
        (5, "咨询问题", "this field is required (此项为必填)"),
    ]
    assert report.problems[0].expected.startswith("one of 来访, 来电, 12348热线")


def test_service_rule_failure_rolls_back_earlier_rows(station, admin, tmp_path):
    path = _fill("publicity", tmp_path / "p.xlsx", [
        ["2026-03-05", "设摊宣传", "民法典", "民法典进社区", "广场", "", 5, 1, 2, 3, 300, 20, 0, 150, 12, 30, 1],
        ["2099-01-01", "设摊宣传", "民法典", "未来活动", "广场"],
    ])
    report = ledgers.import_ledger("publicity", path, user=admin)
    assert PublicityActivity.select().count() == 0
    assert len(report.problems) == 1 and report.problems[0][:2] == (4, "活动日期")
    assert report.written == 0


def test_dry_run_writes_nothing(station, admin, tmp_path):
    path = _fill("people", tmp_path / "p.xlsx", [["张三", "男", None, "13800138000"], ["李四", "女"]])
    report = ledgers.import_ledger("people", path, user=admin, dry_run=True)
    assert report.problems == [] and report.written == 2 and Person.select().count() == 0
    report = ledgers.import_ledger("people", path, user=admin)
    assert Person.select().count() == 2
    again = ledgers.import_ledger("people", path, user=admin)  # the same file: refused
    assert again.written == 0 and "already imported on" in again.problems[0].message
    other = _fill("people", tmp_path / "p2.xlsx", [["张三", "男", None, "13800138000"], ["李四", "女"], ["王五"]])
    again = ledgers.import_ledger("people", other, user=admin, dry_run=True)  # another file, same people
    assert again.people_matched == 1 and again.people_created == 2  # 李四 has no phone to match


def test_the_import_reports_its_progress_row_by_row(station, admin, tmp_path):
    rows = [[f"人{i}", "男", None, f"1380013{i:04d}"] for i in range(250)]
    path = _fill("people", tmp_path / "p.xlsx", rows)
    seen = []
    report = ledgers.import_ledger("people", path, user=admin, progress=lambda done, total: seen.append((done, total)))
    assert report.written == 250
    assert seen[0] == (0, 250) and seen[-1] == (250, 250)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and len(seen) == 126  # every 2nd row, then the end


def test_mediations_aid_and_cards(station, admin, tmp_path):
    med = _fill("mediations", tmp_path / "m.xlsx", [
        ["2026-02-10", "当事人申请", "邻里", "", "张三", "13800138000", None, "李四", None, "漏水", 5000,
         "调解成功", "2026-03-02", "书面", "赔偿5000元"],
        ["2026-03-05", "party", "family", "", "王五", None, None, "赵六", None, "", None, "调解中"],
    ])
    aid = _fill("aid", tmp_path / "a.xlsx", [
        ["2026-03-01", "张三", "13800138000", None, "农民工", "民事", "劳动报酬", "讨薪", "2026-03-02",
         "给予援助", "2026-03-08", None, None],
    ])
    cards = _fill("cards", tmp_path / "k.xlsx", [["2026-03-09", 20, 20, None, None, None, "3号楼", "低保户", "入户走访", "东湖社区"]])
    for kind, path in (("mediations", med), ("aid", aid), ("cards", cards)):
        report = ledgers.import_ledger(kind, path, user=admin)
        assert report.problems == [], (kind, report.problems)
    assert MediationCase.select().count() == 2 and AidApplication.select().count() == 1
    assert CardIssue.get().quantity == 20
    v = indicators.compute_month(2026, 3)
    assert (v["med.received"], v["med.succeeded"], v["med.agreement.written"], v["med.amount"]) == (1, 1, 1, 5000.0)
    assert (v["aid.received"], v["aid.forwarded"], v["aid.granted"], v["aid.group.migrant"]) == (1, 1, 1, 1)
    assert (v["cards.issued"], v["cards.household.lowincome"], v["cards.channel.home"]) == (20, 20, 20)
    assert Person.select().count() == 4  # 张三 matched by name + phone across the ledgers


def test_untrusted_file_is_a_problem(station, admin, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    report = ledgers.import_ledger("people", bad, user=admin)
    assert report.problems and report.problems[0][0] == 0 and "not an .xlsx" in report.problems[0][2]


def test_cli_import(station, tmp_path, capsys):
    folder = str(station.folder)
    template = tmp_path / "t.xlsx"
    assert cli.main(["import-template", "people", "-o", str(template)]) == 0
    wb = openpyxl.load_workbook(template)
    wb.worksheets[0]["A3"] = "张三"
    wb.worksheets[0]["D3"] = "12345"
    wb.save(template)
    close_station()
    assert cli.main(["--data-dir", folder, "import", "people", str(template)]) == 1
    err = capsys.readouterr().err
    assert "row 3, column 电话" in err and "nothing was imported" in err
    wb.worksheets[0]["D3"] = "13800138000"
    wb.save(template)
    assert cli.main(["--data-dir", folder, "import", "people", str(template), "--dry-run"]) == 0
    assert "would import 1 of 1 rows" in capsys.readouterr().out
    assert cli.main(["--data-dir", folder, "import", "people", str(template)]) == 0
    assert "imported 1 of 1 rows" in capsys.readouterr().out
