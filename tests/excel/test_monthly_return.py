"""The 月报 sheet as a return (issue 15, contract version 2), and version-1 workbooks already
sent still merging (tests/fixtures/monthly_v1: written by the version-1 export, commit b219a2e)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openpyxl

from aidstation.core import records, settings
from aidstation.core.db import close_station
from aidstation.core.station import open_station
from aidstation.excel import district, monthly
from tests.core.test_indicators import build_fixture

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "monthly_v1"
SYSTEM = records.system("test")
LATIN = re.compile(r"[A-Za-z]{2,}")


def test_version_1_workbooks_already_sent_still_merge(tmp_path):
    sent = json.loads((V1 / "values.json").read_text(encoding="utf-8"))
    out = tmp_path / "merged.xlsx"
    result = district.consolidate([V1], out)
    assert [r.code for r in result.merged] == ["DC01", "XC02"]
    assert [r.meta["version"] for r in result.merged] == [1, 1]
    assert all(r.values == sent[r.code] for r in result.merged)
    assert result.totals["consult.total"] == sent["DC01"]["consult.total"] + sent["XC02"]["consult.total"]
    assert result.totals["med.success_rate"] == 60.0
    assert not [p for p in result.problems if "not merged" in p.en]


def test_version_1_and_2_merge_together(tmp_path):
    open_station(tmp_path / "c")
    build_fixture()
    settings.set_many({"station.name": "南城工作站", "station.code": "NC03"}, user=SYSTEM)
    new = monthly.export_month(2026, 3, tmp_path / "in" / "NC03-2026-03.xlsx", user=SYSTEM)
    close_station()
    for f in V1.glob("*.xlsx"):
        shutil.copy(f, tmp_path / "in" / f.name)
    result = district.consolidate([tmp_path / "in"], tmp_path / "merged.xlsx")
    assert [r.code for r in result.merged] == ["DC01", "NC03", "XC02"]
    assert result.merged[1].meta["version"] == 2 and result.merged[1].values == new.values
    assert not [p for p in result.problems if "not merged" in p.en]
    # a refused value is named by its own cell in the two-block layout
    ret = result.merged[1]
    assert ret.cols["consult.total"] in ("B", "M")


def test_the_return_is_chinese_only_readable_and_fits_two_pages(tmp_path):
    open_station(tmp_path / "a")
    build_fixture()
    settings.set_many({"station.name": "东城街道法律援助工作站", "station.code": "DC01",
                       "station.head": "赵六", "station.hotline": "010-12348"}, user=SYSTEM)
    result = monthly.export_month(2026, 3, tmp_path / "r.xlsx", user=SYSTEM)
    close_station()
    wb = openpyxl.load_workbook(result.path)
    assert wb["meta"].sheet_state == "veryHidden"
    ws = wb["月报"]
    hidden = {c for c, d in ws.column_dimensions.items() if d.hidden}
    assert hidden == {"G", "H", "I", "J", "R", "S", "T", "U"}
    header = [c.value for c in ws[4]]
    assert header[:6] == ["指标", "本月", "上月", "去年\n同月", "本年\n累计", "单位"]
    assert header[6:10] == monthly.MACHINE
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "portrait" and int(ws.page_setup.paperSize) == 9
    assert len(ws.row_breaks.brk) == 1  # two pages
    visible = [cell for row in ws.iter_rows() for cell in row
               if cell.value is not None and cell.column_letter not in hidden]
    texts = [str(c.value) for c in visible if isinstance(c.value, str)]
    assert not [t for t in texts if LATIN.search(t.replace("DC01", "")) and "AidStation" not in t]
    assert all(c.font.sz >= 10.5 for c in visible if "AidStation" not in str(c.value))
    foot = " ".join(texts)
    for part in ("填报单位：东城街道法律援助工作站", "负责人：赵六", "填表人：", "联系电话：010-12348",
                 "报送日期：", "（盖章）"):
        assert part in foot, part
    # the figures columns: this month, last month, last year, year to date
    row = next(r for r in ws.iter_rows(values_only=True) if "consult.total" in r)
    first = row.index("consult.total") - 6
    assert row[first + 1] == result.values["consult.total"]
    assert row[first + 4] >= row[first + 1]
    # the merge reads back exactly the values hashed
    ret = district.read_return(result.path)
    assert ret.values == result.values and district.check_return(ret) == []
