"""The monthly workbook says which figures were typed in by hand (issue 17): a month without
any screening round marks its typed screening figures with ※ and says why under the title;
a month that kept the ledger marks nothing. The merge reads both back unchanged."""
from __future__ import annotations

import datetime as dt

import openpyxl

from aidstation.core import records, screening, settings
from aidstation.core.db import close_station
from aidstation.core.reporting import submissions
from aidstation.core.station import open_station
from aidstation.excel import district, monthly

SYSTEM = records.system("test")


def _labels(path) -> tuple[dict[str, str], str]:
    ws = openpyxl.load_workbook(path)["月报"]
    labels = {}
    for row in ws.iter_rows(values_only=True):
        for first in (0, monthly.BLOCK + 1):
            block = row[first:first + monthly.BLOCK]
            if len(block) > 6 and isinstance(block[6], str) and "." in block[6]:
                labels[block[6]] = block[0]
    return labels, str(ws["A3"].value or "")


def test_typed_figures_are_marked_and_ledger_ones_are_not(tmp_path):
    open_station(tmp_path / "s")
    admin = records.system("admin")
    settings.set_many({"station.name": "测试站", "station.code": "SM01"}, user=admin)
    submissions.set_manual("2026-03", {"med.screening.rounds": 5, "med.screening.found": 2}, user=admin)
    submissions.set_manual("2026-04", {"med.screening.rounds": 7}, user=admin)
    screening.record_round(user=admin, held_on=dt.date(2026, 4, 8), area="grid1", method="visit",
                           today=dt.date(2026, 4, 30), items=[screening.ItemInput("漏水", risk="yellow")])
    march = monthly.export_month(2026, 3, tmp_path / "m3.xlsx", user=SYSTEM)
    april = monthly.export_month(2026, 4, tmp_path / "m4.xlsx", user=SYSTEM)
    close_station()
    labels, note = _labels(march.path)
    assert labels["med.screening.rounds"] == "矛盾纠纷排查※" and labels["med.screening.found"] == "排查发现纠纷※"
    assert labels["med.screening.nil"] == "排查零报告"
    assert "标※的指标本月数为手工填报" in note
    assert (march.values["med.screening.rounds"], march.values["med.screening.found"]) == (5, 2)
    labels, note = _labels(april.path)
    assert labels["med.screening.rounds"] == "矛盾纠纷排查" and "※" not in note
    assert (april.values["med.screening.rounds"], april.values["med.screening.found"]) == (1, 1)
    assert april.values["med.screening.risk.yellow"] == 1
    for result in (march, april):
        ret = district.read_return(result.path)
        assert ret.values == result.values and district.check_return(ret) == []
