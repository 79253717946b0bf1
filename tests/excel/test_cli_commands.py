"""The spreadsheet commands: `aidstation import-template KIND -o FILE` needs no station
(DESIGN §11) for all six kinds and its templates dry-run import cleanly; `consolidate` with
nothing mergeable exits 1 and still writes the problems."""
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


def test_consolidate_with_nothing_mergeable_exits_1_and_still_writes_the_problems(tmp_path, capsys):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    out = tmp_path / "district.xlsx"
    assert cli.main(["consolidate", str(junk), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        f"aidstation consolidate: no station workbook could be merged; 1 problems are listed in {out}")
    assert out.exists()
