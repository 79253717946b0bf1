"""A district's work summary from merged monthly workbooks (issue 18): over three demo
stations its figures are the sums of the stations' own drafts, station by station in its table."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import records, summary
from aidstation.core.db import close_station
from aidstation.core.demo import generate
from aidstation.core.reporting import indicators, periods
from aidstation.docx import MergedUnreadable, read_district
from aidstation.excel import district, monthly
from tests.core.summary_numbers import check_text

TODAY = dt.date(2026, 6, 30)
SYSTEM = records.system("test")
QUARTER = periods.quarter(2026, 2)


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """Three demo stations' April-June returns, merged month by month; each station's own draft."""
    root = tmp_path_factory.mktemp("district")
    drafts = {}
    for seed in (1, 2, 3):
        folder = root / f"s{seed}"
        generate(folder, seed=seed, months=3, code=f"D0{seed}", today=TODAY)
        for m in (4, 5, 6):
            monthly.export_month(2026, m, root / "in" / f"{m:02d}" / f"D0{seed}-2026-{m:02d}.xlsx", user=SYSTEM)
        drafts[f"D0{seed}"] = summary.station_draft(QUARTER, "zh", today=TODAY)
        close_station()
    files = []
    for m in (4, 5, 6):
        out = root / f"merged-2026-{m:02d}.xlsx"
        result = district.consolidate([root / "in" / f"{m:02d}"], out)
        assert len(result.merged) == 3, result.problems
        files.append(out)
    return files, drafts


def test_the_district_draft_is_the_sum_of_its_stations(merged):
    files, drafts = merged
    data = read_district(files, "示范区")
    draft = summary.district_draft(data, QUARTER, "zh", today=TODAY)
    cat = indicators.by_key()
    assert draft.title == "示范区2026年第二季度法律援助工作总结"
    checked = 0
    for key, value in draft.values.items():
        ind = cat.get(key)
        parts = [d.values.get(key) for d in drafts.values()]
        if ind is None or ind.kind == indicators.RATE:
            continue
        if ind.kind == indicators.MANUAL and all(p is None for p in parts):
            assert value is None, key
            continue
        assert value == pytest.approx(sum(p or 0 for p in parts)), key
        checked += 1
    assert checked > 100
    num, den = cat["med.success_rate"].parts
    assert draft.values["med.success_rate"] == indicators.rate(
        sum(draft.values[k] for k in num), sum(draft.values[k] for k in den))
    assert draft.values["consult.total"] == sum(d.values["consult.total"] for d in drafts.values()) > 0
    # the per-station table: each station's row is its own draft's figures, the total their sum
    table = draft.stations
    rows = {row.keys[0]: row for row in table.rows if row.keys}
    assert sorted(rows) == ["D01", "D02", "D03"]
    for code, own in drafts.items():
        for i, key in enumerate(summary.compose.STATION_COLUMNS):
            assert rows[code].values[i] == summary.numbers.cell(own.values[key], cat[key].kind), (code, key)
    total_row = table.rows[-1]
    assert total_row.label == "合计"
    assert total_row.values[0] == f"{sum(d.values['consult.total'] for d in drafts.values()):,}"
    # and every figure of its text is the merged figure it cites
    by_period = {}

    def compute(span):
        period = periods.Period("custom", *span)
        if span not in by_period:
            by_period[span] = data.values(period)
        return by_period[span]
    assert check_text("\n".join(p.text() for p in draft.paragraphs()),
                      [f.source_line("zh") for f in draft.sources], compute) > 40
    assert "未提供上年同期汇总表，未作同比。" in draft.notes


def test_a_missing_month_or_a_month_twice_is_refused(merged):
    files, _drafts = merged
    data = read_district(files[:2], "示范区")
    with pytest.raises(ValueError, match="2026-06"):
        summary.district_draft(data, QUARTER, "zh", today=TODAY)
    with pytest.raises(MergedUnreadable, match="two merged workbooks for 2026-04"):
        read_district([files[0], files[0]], "示范区")


def test_a_station_return_is_not_a_merged_workbook(merged, tmp_path):
    files, _drafts = merged
    root = files[0].parent
    station_file = root / "in" / "04" / "D01-2026-04.xlsx"
    with pytest.raises(MergedUnreadable, match="no 汇总 sheet"):
        read_district([station_file], "示范区")
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(MergedUnreadable, match="cannot be read"):
        read_district([tmp_path / "x.xlsx"], "示范区")


def test_the_command_drafts_the_district(merged, tmp_path, capsys):
    from aidstation.cli.main import main as cli_main

    files, _drafts = merged
    out = tmp_path / "district.docx"
    assert cli_main(["summary", "--quarter", "2026-Q2", "--district", *map(str, files), "--name", "示范区",
                     "-o", str(out)]) == 0
    assert out.stat().st_size > 20_000
    assert cli_main(["summary", "--year", "2026", "--district", str(files[0]), "-o", str(tmp_path / "y.pdf")]) == 1
    assert "缺少以下月份的汇总表" in capsys.readouterr().err
