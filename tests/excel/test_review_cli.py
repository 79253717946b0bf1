"""`aidstation import-template KIND -o FILE` needs no station (DESIGN §11), for all six kinds."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from aidstation import cli
from aidstation.core.db import close_station


@pytest.mark.parametrize("kind,lists", [
    ("people", [("性别", "男")]),
    ("consultations", [("咨询方式", "来访"), ("事项类别", "婚姻家庭"), ("处理方式", "当场解答"),
                       ("转介单位", "人民法院")]),
    ("mediations", [("案件来源", "当事人申请"), ("纠纷类型", "婚姻家庭"), ("调解状态", "已受理"),
                    ("协议形式", "书面")]),
    ("aid", [("案件类型", "民事"), ("案由", "婚姻家庭"), ("审查决定", "待决定")]),
    ("cards", [("户别", "一般户"), ("发放渠道", "入户走访")]),
    ("publicity", [("宣传形式", "设摊宣传"), ("宣传主题", "法律援助")]),
])
def test_import_template_without_a_station(tmp_path, monkeypatch, capsys, kind, lists):
    """No station open: the drop-down lists come from the shipped code tables."""
    monkeypatch.setenv("AIDSTATION_DATA_DIR", str(tmp_path / "no-station"))
    out = tmp_path / f"{kind}.xlsx"
    try:
        assert cli.main(["import-template", kind, "-o", str(out)]) == 0
    finally:
        close_station()
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == (f"{out}\n", "")
    assert not (tmp_path / "no-station").exists()
    ws = load_workbook(out)["代码"]
    assert [(c.value, ws.cell(2, c.column).value) for c in ws[1]] == lists


def test_import_template_then_dry_run_import_of_every_kind(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("AIDSTATION_DATA_DIR", str(tmp_path / "no-station"))
    station = tmp_path / "station"
    try:
        assert cli.main(["--data-dir", str(station), "demo", "--seed", "2", "--months", "1"]) == 0
    finally:
        close_station()
    capsys.readouterr()
    for kind in ("people", "consultations", "mediations", "aid", "cards", "publicity"):
        out = tmp_path / f"{kind}.xlsx"
        try:
            assert cli.main(["import-template", kind, "-o", str(out)]) == 0
            assert cli.main(["--data-dir", str(station), "import", kind, str(out), "--dry-run"]) == 0
        finally:
            close_station()
        assert capsys.readouterr().out.endswith("would import 0 of 0 rows (0 people matched, 0 new)\n")


def _fill(kind, path, rows):
    import openpyxl

    from aidstation.excel import ledgers

    ledgers.write_template(kind, path)
    wb = openpyxl.load_workbook(path)
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            wb.worksheets[0].cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_ledger_rows_the_totals_would_miscount_are_refused(station, admin, tmp_path):
    """An agreement on a failed case would count in med.agreement.*; a closed application that
    was never granted, or a decision date without a decision, would count nowhere sensible."""
    from aidstation.core.models import AidApplication, MediationCase
    from aidstation.excel import ledgers

    med = _fill("mediations", tmp_path / "m.xlsx", [
        ["2026-02-10", "当事人申请", "邻里", "", "张三", None, None, "李四", None, "", None,
         "调解不成", "2026-03-02", "书面", "赔偿"]])
    aid = _fill("aid", tmp_path / "a.xlsx", [
        ["2026-03-01", "张三", None, None, None, "民事", "劳动报酬", "", "2026-03-02", "不予援助",
         "2026-03-08", "2026-03-20", None],
        ["2026-03-01", "王五", None, None, None, "民事", "劳动报酬", "", None, None, "2026-03-08", None, None]])
    report = ledgers.import_ledger("mediations", med, user=admin)
    assert report.problems == [(3, "协议形式", "only a succeeded case has an agreement (仅调解成功的案件有调解协议)")]
    report = ledgers.import_ledger("aid", aid, user=admin)
    assert report.problems == [
        (3, "结案日期", "only a granted application is closed (仅给予援助的案件才有结案日期)"),
        (4, "审查决定", "a decision date needs the decision (填了决定日期须填审查决定)")]
    assert (MediationCase.select().count(), AidApplication.select().count()) == (0, 0)


def test_consolidate_with_nothing_mergeable_exits_1_and_still_writes_the_problems(tmp_path, capsys):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    out = tmp_path / "district.xlsx"
    assert cli.main(["consolidate", str(junk), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        f"aidstation consolidate: no station workbook could be merged; 1 problems are listed in {out}")
    assert out.exists()
