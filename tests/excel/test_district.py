"""District merge: two stations, and every kind of bad file beside them."""
from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile

import openpyxl
import pytest

from aidstation import cli
from aidstation.core import records, settings
from aidstation.core.db import close_station
from aidstation.core.models import Consultation, MediationCase
from aidstation.core.reporting import indicators
from aidstation.core.station import open_station
from aidstation.excel import district, monthly, safety, signing, templates
from tests.core.test_indicators import build_fixture

SYSTEM = records.system("test")  # these tests move between stations, none with an account


def _station_b(folder):
    open_station(folder)
    settings.set_many({"station.name": "西城司法所", "station.code": "XC02"}, user=SYSTEM)
    for i in range(3):
        Consultation.create(number=f"20260301{i:02d}", received_at=dt.datetime(2026, 3, 2 + i, 9),
                            channel="hotline")
    for i, status in enumerate(["succeeded", "succeeded", "received"]):
        MediationCase.create(number=f"X{i}", year=2026, seq=i, received_on=dt.date(2026, 3, 3),
                             status=status, concluded_on=dt.date(2026, 3, 9) if status != "received" else None,
                             amount=100.25)


@pytest.fixture
def returns(tmp_path):
    """Two stations' March returns (A = the hand fixture, B small) and A's April return."""
    files = tmp_path / "in"
    open_station(tmp_path / "a")
    build_fixture()
    settings.set_many({"station.name": "东城街道法律援助工作站", "station.code": "DC01"}, user=SYSTEM)
    a = monthly.export_month(2026, 3, files / "DC01-2026-03.xlsx", user=SYSTEM)
    april = monthly.export_month(2026, 4, tmp_path / "other" / "DC01-2026-04.xlsx", user=SYSTEM)
    close_station()
    _station_b(tmp_path / "b")
    b = monthly.export_month(2026, 3, files / "XC02-2026-03.xlsx", user=SYSTEM)
    close_station()
    return {"a": a, "b": b, "april": april, "folder": files, "tmp": tmp_path}


def v2_cell(ws, key: str):
    """(row, first column) of the block holding `key` on a version-2 月报 sheet."""
    for row in ws.iter_rows():
        for first in (1, 12):
            if row[first + 5].value == key:
                return row[0].row, first
    raise KeyError(key)


def _problems(result):
    return [(p.file, p.en) for p in result.problems]


def test_two_stations_sum_with_rates_recomputed(returns):
    a, b = returns["a"].values, returns["b"].values
    out = returns["tmp"] / "merged.xlsx"
    result = district.consolidate([returns["folder"]], out)
    assert result.month == "2026-03"
    assert [r.code for r in result.merged] == ["DC01", "XC02"]
    assert result.problems == []
    for key, ind in indicators.by_key().items():
        if ind.kind in ("count", "amount") :
            assert result.totals[key] == pytest.approx(a[key] + b[key]), key
    assert result.totals["consult.total"] == 5
    assert result.totals["med.succeeded"] == 3 and result.totals["med.failed"] == 1
    # (1 + 2) succeeded of (3 + 2) concluded, recomputed — not the mean of 33.3 and 100.0
    assert result.totals["med.success_rate"] == 60.0
    assert result.totals["med.amount"] == 8200.5
    assert result.totals["med.screening.rounds"] == 4  # B never entered it
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "问题", "来源"]
    ws = wb["汇总"]
    head = [c.value for c in ws[4]]
    assert head[:4] == ["key", "指标", "Indicator", "单位"] and head[-1] == "合计"
    assert head[4].endswith("DC01") and head[5].endswith("XC02")
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["C"].hidden
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$4"
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=5) if r[0].value}
    assert rows["consult.total"][4:] == [2, 3, 5]
    assert rows["med.success_rate"][4:] == [33.3, 100.0, 60.0]
    src = list(wb["来源"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in src} == {"DC01-2026-03.xlsx", "XC02-2026-03.xlsx"}
    assert all(len(r[8]) == 64 and r[9] == "merged" for r in src)


def test_bad_files_are_problem_rows_and_the_rest_merges(returns):
    folder, tmp = returns["folder"], returns["tmp"]
    shutil.copy(returns["a"].path, folder / "copy-of-DC01.xlsx")  # duplicate
    shutil.copy(returns["april"].path, folder / "DC01-2026-04.xlsx")  # wrong month
    (folder / "notes.xlsx").write_text("just some text, not a workbook")  # non-xlsx
    # tampered: a value changed after export
    wb = openpyxl.load_workbook(returns["b"].path)
    ws = wb["月报"]
    r, first = v2_cell(ws, "consult.total")
    ws.cell(r, first + 1).value = 300
    meta = wb["meta"]
    for row in meta.iter_rows():
        if row[0].value == "station_code":
            row[1].value = "ZZ09"
    wb.save(folder / "ZZ09-2026-03.xlsx")
    # truncated, password-protected (OLE container) and a zip bomb
    data = returns["a"].path.read_bytes()
    (folder / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    (folder / "locked.xlsx").write_bytes(safety.OLE_MAGIC + b"\0" * 600)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    (folder / "bomb.xlsx").write_bytes(buf.getvalue())

    result = district.consolidate([folder], tmp / "merged.xlsx", month="2026-03")
    assert [r.code for r in result.merged] == ["DC01", "XC02"]
    assert result.totals["consult.total"] == 5
    problems = dict(_problems(result))
    assert problems["copy-of-DC01.xlsx"].startswith("duplicate of DC01-2026-03.xlsx")
    assert problems["DC01-2026-04.xlsx"].startswith("other month (2026-04")
    assert problems["notes.xlsx"] == "cannot be read: not an .xlsx workbook"
    assert problems["ZZ09-2026-03.xlsx"].startswith("edited after export")
    assert problems["truncated.xlsx"].startswith("cannot be read: damaged or truncated")
    assert problems["locked.xlsx"].startswith("cannot be read: password-protected")
    assert "zip bomb" in problems["bomb.xlsx"]
    assert len(result.problems) == 7
    wb = openpyxl.load_workbook(tmp / "merged.xlsx")
    rows = list(wb["问题"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 7 and all(r[2] and r[3] for r in rows)


def test_correction_supersedes_original_and_conflicting_duplicate(returns, tmp_path):
    folder = returns["folder"]
    open_station(tmp_path / "b")
    Consultation.create(number="2026030999", received_at=dt.datetime(2026, 3, 30, 9))
    fixed = monthly.export_month(2026, 3, folder / "XC02-2026-03-更正1.xlsx", correction=1, user=SYSTEM)
    other = monthly.export_month(2026, 3, tmp_path / "x" / "XC02-again.xlsx", correction=0, user=SYSTEM)
    close_station()
    result = district.consolidate([folder], tmp_path / "m.xlsx")
    assert dict(_problems(result))["XC02-2026-03.xlsx"].startswith("superseded by the correction")
    assert result.totals["consult.total"] == 2 + 4
    assert fixed.correction == 1
    # same station, same correction level, different values: the newer file is used, reported
    result = district.consolidate([returns["b"].path, other.path], tmp_path / "m2.xlsx")
    assert len(result.merged) == 1 and len(result.problems) == 1
    assert "duplicate station code XC02 with different values" in result.problems[0].en


def test_unknown_and_missing_keys(returns, tmp_path):
    wb = openpyxl.load_workbook(returns["b"].path)
    ws = wb["月报"]
    r, first = v2_cell(ws, "pub.media")
    ws.cell(r, first + 6).value = None
    # a key a newer version writes: in the row after the last, left block
    r, first = v2_cell(ws, "pub.vehicles")
    for col, value in ((1, "新指标"), (2, 7), (6, "件"), (7, "pub.new_thing"), (10, 999)):
        ws.cell(ws.max_row + 1 if col == 1 else ws.max_row, col, value)
    wb.save(tmp_path / "edited.xlsx")
    ret = district.read_return(tmp_path / "edited.xlsx")
    values = dict(ret.values)
    # re-sign as a newer version would have: only the keys differ
    meta_wb = openpyxl.load_workbook(tmp_path / "edited.xlsx")
    rows = {row[0].value: row for row in meta_wb["meta"].iter_rows()}
    rows["values_sha256"][1].value = monthly.values_sha256(values)
    meta = {key: row[1].value for key, row in rows.items()}
    for key, value in signing.sign_fields(meta, values, signing.ensure_key(returns["tmp"] / "b")).items():
        rows[key][1].value = value
    meta_wb.save(tmp_path / "newer.xlsx")
    result = district.consolidate([returns["a"].path, tmp_path / "newer.xlsx"], tmp_path / "m.xlsx")
    problems = [p.en for p in result.problems]
    assert any("unknown to this version (kept): pub.new_thing" in p for p in problems)
    assert any("missing keys (left blank): pub.media" in p for p in problems)
    assert result.totals["pub.new_thing"] == 7
    assert result.totals["pub.media"] == returns["a"].values["pub.media"]


def test_template_filled_for_the_total(returns, tmp_path):
    t = openpyxl.Workbook()
    ws = t.active
    ws.title = "区报表"
    ws["A1"] = "{{month}} 月 法律服务统计"
    ws.merge_cells("A1:D1")
    ws["A2"] = "咨询"
    ws["B2"] = "{{consult.total}}"
    ws["B2"].number_format = "0.00"
    ws["A3"] = "成功率 {{ med.success_rate }}%，未知 {{no.such.key}}"
    ws.page_setup.orientation = "landscape"
    t.save(tmp_path / "template.xlsx")
    out = tmp_path / "district.xlsx"
    assert cli.main(["consolidate", str(returns["folder"]), "-o", str(out),
                     "--template", str(tmp_path / "template.xlsx")]) == 0
    filled = openpyxl.load_workbook(tmp_path / "district-template.xlsx")
    ws = filled["区报表"]
    assert ws["A1"].value == "2026-03 月 法律服务统计"
    assert ws["B2"].value == 5 and ws["B2"].number_format == "0.00"
    assert ws["A3"].value == "成功率 60%，未知 {{no.such.key}}"
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.page_setup.orientation == "landscape"
    problems = templates.fill(tmp_path / "template.xlsx", tmp_path / "t2.xlsx", {"consult.total": 1},
                              {"month": "2026-03"})
    assert problems == ["区报表!A3: unknown placeholder {{med.success_rate}}",
                        "区报表!A3: unknown placeholder {{no.such.key}}"]


def test_cli_consolidate_reports_problems(returns, capsys, tmp_path):
    (returns["folder"] / "junk.xlsx").write_bytes(b"PK\x03\x04garbage")
    assert cli.main(["consolidate", str(returns["folder"]), "-o", str(tmp_path / "o.xlsx"),
                     "--month", "2026-03"]) == 0
    captured = capsys.readouterr()
    assert "2 stations merged for 2026-03, 1 problems" in captured.out
    assert "junk.xlsx: cannot be read" in captured.err


def test_merge_of_two_demo_stations_equals_the_sum_of_their_totals(tmp_path):
    from aidstation.core.demo import generate

    today = dt.date(2026, 3, 20)
    exported = []
    for seed, code in ((1, "DM01"), (2, "DM02")):
        generate(tmp_path / code, seed=seed, months=1, code=code, today=today)
        result = monthly.export_month(2026, 3, tmp_path / "in" / f"{code}-2026-03.xlsx", user=SYSTEM)
        assert result.values["consult.total"] > 0
        exported.append(result.values)
        close_station()
    merged = district.consolidate([tmp_path / "in"], tmp_path / "district.xlsx")
    assert merged.problems == [] and [r.code for r in merged.merged] == ["DM01", "DM02"]
    a, b = exported
    for key, ind in indicators.by_key().items():
        if ind.kind in ("count", "amount"):
            assert merged.totals[key] == pytest.approx(a[key] + b[key]), key
        elif ind.kind == "manual":  # the screening figures: derived from the demo's rounds
            expected = None if a[key] is None and b[key] is None else (a[key] or 0) + (b[key] or 0)
            assert merged.totals[key] == expected, key
    den = sum(a[k] + b[k] for k in ("med.succeeded", "med.failed", "med.suspended", "med.withdrawn"))
    expected = round(100 * (a["med.succeeded"] + b["med.succeeded"]) / den, 1) if den else None
    assert merged.totals["med.success_rate"] == expected


def test_zip_whose_sizes_lie_is_caught_while_inflating(tmp_path, monkeypatch):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    path = tmp_path / "liar.xlsx"
    path.write_bytes(buf.getvalue())
    # the central directory is honest here; shrink the limits instead of forging headers
    monkeypatch.setattr(safety, "MAX_RATIO", 10_000)
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED", 4 * 1024 * 1024)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    with pytest.raises(safety.UnsafeWorkbook, match="size limit"):
        safety._measure(path, infos)


def test_labels_from_a_file_lose_control_characters_and_are_cut():
    # _label skips the regex for printable text: no character the regex strips is printable.
    import re

    assert [c for c in map(chr, range(0x110000)) if re.fullmatch(r"[\x00-\x1f\x7f-\x9f]", c) and c.isprintable()] == []
    assert district._label("咨询\x07总数\x85") == "咨询总数"
    assert district._label(None) == "" and district._label(12) == "12"
    assert district._label("长" * 300) == "长" * district.MAX_TEXT
