"""The district merge against hostile files (issue 12, points 5-8): one station's file never
aborts or stalls the merge, refused values are problem rows naming their cell (and keep that
whole file out of the total), and `-o` never writes over an input or into a missing folder.

The files are made from one demo station's export (tests/fixtures/merge/hostile.py)."""
from __future__ import annotations

import os
import time
from collections import defaultdict

import openpyxl
import pytest

from aidstation import cli
from aidstation.core.reporting import indicators
from aidstation.excel import district, safety
from tests.fixtures.merge import hostile

posix_only = pytest.mark.skipif(not hostile.POSIX, reason="FIFOs and /dev need POSIX")


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return hostile.good_return(tmp_path_factory.mktemp("good"))


def _by_file(result) -> dict[str, list[str]]:
    found = defaultdict(list)
    for p in result.problems:
        found[p.file].append(p.en)
    return dict(found)


def _merge_beside_one_good(good, tmp_path, build, name: str = "H001-hostile.xlsx"):
    """consolidate of one good return and the file build(path) makes; the result and seconds."""
    folder = tmp_path / "in"
    hostile.stations(good, folder, 1)
    build(folder / name)
    started = time.perf_counter()
    result = district.consolidate([folder], tmp_path / "d.xlsx", month="2026-03")
    return result, time.perf_counter() - started


def _counts_times(good, n: int) -> dict[str, object]:
    return {key: good.values[key] * n for key, ind in indicators.by_key().items()
            if ind.kind == indicators.COUNT}


def test_ten_good_files_merge_and_every_hostile_kind_is_one_problem(good, tmp_path):
    """The 'must show' in small: 10 good returns and one file of every hostile kind."""
    folder = tmp_path / "in"
    hostile.stations(good, folder, 10)
    expected = hostile.make(list(hostile.KINDS.items()), good, folder)
    hostile.release_fifos(folder)
    out = tmp_path / "district.xlsx"
    started = time.perf_counter()
    result = district.consolidate([folder], out)
    seconds = time.perf_counter() - started
    assert result.month == "2026-03"
    assert [r.code for r in result.merged] == [f"S{i:03d}" for i in range(10)]
    found = _by_file(result)
    assert sorted(found) == sorted(expected)
    for name, text in expected.items():
        assert len(found[name]) == 1 and text in found[name][0], (name, found[name])
    counts = _counts_times(good, 10)
    assert {k: result.totals[k] for k in counts} == counts
    assert seconds < 10, seconds
    rows = list(openpyxl.load_workbook(out)["问题"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(expected)


# --- point 5: nothing in one file aborts the merge ---------------------------------------------

def test_a_date_in_a_value_cell_is_a_problem_row_not_a_crash(good, tmp_path):
    folder = tmp_path / "in"
    hostile.stations(good, folder, 2)
    hostile.make([("date", hostile.KINDS["date-in-a-value"])], good, folder)
    result = district.consolidate([folder], tmp_path / "d.xlsx")
    assert [r.code for r in result.merged] == ["S000", "S001"]
    (p,) = result.problems
    assert p.file == "H000-date.xlsx" and p.cell == f"月报!{good.cols['consult.total']}{good.rows['consult.total']}"
    assert p.en.startswith(f"{p.cell}: consult.total: a date or time (2026-03-01 00:00:00), not a number")
    assert (tmp_path / "d.xlsx").exists()


def test_two_files_holding_1_7e308_do_not_overflow_the_total(good, tmp_path):
    folder = tmp_path / "in"
    hostile.stations(good, folder, 2)
    hostile.make([("a", hostile.KINDS["huge-1"]), ("b", hostile.KINDS["huge-2"])], good, folder)
    result = district.consolidate([folder], tmp_path / "d.xlsx")
    assert len(result.merged) == 2
    assert result.totals["med.succeeded"] == 2 * good.values["med.succeeded"]
    assert [p.file for p in result.problems] == ["H000-a.xlsx", "H001-b.xlsx"]
    assert all("absurdly large (1.7e+308; the limit is 1,000,000,000)" in p.en for p in result.problems)


def test_a_file_whose_values_cannot_be_summed_is_left_out_alone(good, tmp_path, monkeypatch):
    """Summing is per file too: a failure while adding one file's values leaves out that file."""
    folder = tmp_path / "in"
    hostile.stations(good, folder, 3)
    real_add = indicators.Totals.add

    def add(self, values):
        if values is poisoned:
            raise ValueError("made to fail")
        real_add(self, values)
    monkeypatch.setattr(indicators.Totals, "add", add)
    real_examine = district.examine
    poisoned = None

    def examine(path):
        nonlocal poisoned
        ret, problems = real_examine(path)
        if path.name.startswith("S001"):
            poisoned = ret.values
        return ret, problems
    monkeypatch.setattr(district, "examine", examine)
    result = district.consolidate([folder], tmp_path / "d.xlsx")
    assert [r.code for r in result.merged] == ["S000", "S002"]
    assert [(p.file, p.en) for p in result.problems] == [
        ("S001-2026-03.xlsx", "cannot be summed (made to fail); not merged")]
    assert result.totals["consult.total"] == 2 * good.values["consult.total"]


def test_totals_add_is_all_or_nothing():
    totals = indicators.Totals()
    totals.add({"consult.total": 2, "med.amount": 1.5})
    with pytest.raises(ValueError):
        totals.add({"consult.total": 1, "med.amount": float("inf")})
    got = totals.result()
    assert got["consult.total"] == 2 and got["med.amount"] == 1.5


# --- point 6: linear time, a row budget, no part parsed whole at open --------------------------

def test_combine_is_linear_in_the_number_of_keys():
    values = [{f"x.k{i}": 1 for i in range(s, s + 20_000)} for s in (0, 10_000)]
    started = time.perf_counter()
    got = indicators.combine(values)
    assert time.perf_counter() - started < 1.0  # a list `key not in order` took tens of seconds
    assert len(got) == len(indicators.catalogue()) + 30_000
    assert got["x.k15000"] == 2 and list(got)[-1] == "x.k29999"


def test_a_forged_sheet_of_8000_rows_stops_at_the_row_budget(good, tmp_path):
    result, seconds = _merge_beside_one_good(
        good, tmp_path, lambda path: hostile.forged_rows(good, path, "F001", 8000))
    assert seconds < 2.0
    assert [r.code for r in result.merged] == ["S000"]
    assert [(p.file, p.en) for p in result.problems] == [
        ("H001-hostile.xlsx", f"the 月报 sheet has more than {district.MAX_ROWS:,} rows; not read further; not merged")]
    # a dimension that lies (says 9 rows) does not get past the count
    path = hostile.forged_rows(good, tmp_path / "liar.xlsx", "F002", 8000)
    hostile._rewrite(path, "xl/worksheets/sheet1.xml",
                     lambda xml: xml.replace(b'<dimension ref="A1:F8008"/>', b'<dimension ref="A1:F9"/>'))
    assert "more than 5,000 rows" in district.examine(path)[1][0].en


def test_a_large_sheet_without_its_dimension_is_refused_before_openpyxl_reads_it(good, tmp_path):
    """openpyxl reads such a sheet whole just to open the workbook: 1,000,000 rows took 16 s."""
    result, seconds = _merge_beside_one_good(
        good, tmp_path, lambda path: hostile.forged_rows(good, path, "F003", 50_000, dimension=False))
    assert seconds < 2.0
    assert [r.code for r in result.merged] == ["S000"]
    (p,) = result.problems
    assert p.en.startswith("cannot be read: worksheet xl/worksheets/sheet1.xml is ")
    assert p.en.endswith("MB and does not declare its size first; it would be read whole to open the workbook")
    # the same rows with their dimension first are fine to open; the row budget stops them
    path = hostile.forged_rows(good, tmp_path / "dimensioned.xlsx", "F004", 50_000)
    assert "more than 5,000 rows" in district.examine(path)[1][0].en


def test_big_parts_are_checked_only_for_returns(good, tmp_path):
    path = hostile.KINDS["big-shared-strings"][0](good, tmp_path / "strings.xlsx", "F004")
    with pytest.raises(safety.UnsafeWorkbook, match=r"xl/sharedStrings.xml is [0-9.]+ MB and not a worksheet"):
        safety.check_file(path, safety.RETURN_LIMITS)
    safety.check_file(path)  # a ledger may have many strings


# --- point 7: values the merge refuses ---------------------------------------------------------

VALUE_KINDS = ["negative-count", "infinite-amount", "absurd-count", "boolean", "text", "div0",
               "fraction", "rate-over-100", "empty-count", "date-in-a-value", "huge-1"]


@pytest.mark.parametrize("kind", VALUE_KINDS)
def test_a_refused_value_is_a_problem_for_its_cell_and_keeps_the_file_out(good, tmp_path, kind):
    folder = tmp_path / "in"
    hostile.stations(good, folder, 1)
    expected = hostile.make([(kind, hostile.KINDS[kind])], good, folder)
    result = district.consolidate([folder], tmp_path / "d.xlsx")
    assert [r.code for r in result.merged] == ["S000"]
    (p,) = result.problems
    assert expected[p.file] in p.en
    assert p.cell and p.en.startswith(p.cell) and p.zh.startswith(p.cell)
    assert p.en.endswith("; the whole file is left out of the total")
    assert p.zh.endswith("本文件全部数值未汇总")
    assert result.totals["consult.total"] == good.values["consult.total"]
    (src,) = [r for r in result.sources if r.path.name == p.file]
    assert src.status == "refused values"
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx")["问题"]
    assert sheet["E1"].value == "单元格 Cell" and sheet["E2"].value == p.cell


def test_the_policy_is_documented_in_the_module():
    doc = " ".join(district.__doc__.split())
    assert "the whole file is kept out of the total, not only that value" in doc


def test_many_refused_cells_are_listed_up_to_a_limit(good, tmp_path):
    keys = [k for k, ind in indicators.by_key().items() if ind.kind == indicators.COUNT][:25]
    result, _ = _merge_beside_one_good(
        good, tmp_path, lambda path: hostile.edit(good, path, "M001", values={k: -1 for k in keys}))
    assert [r.code for r in result.merged] == ["S000"]
    problems = result.problems
    assert len(problems) == district.MAX_CELL_PROBLEMS + 1
    assert [p.cell for p in problems[:3]] == [f"月报!{good.cols[k]}{good.rows[k]}" for k in sorted(keys, key=good.rows.get)[:3]]
    assert problems[-1].en == "and 5 more refused cells; the whole file is left out of the total"


@pytest.mark.parametrize("version, ok", [(2, True), (2.0, True), ("2", True), (1.9, False), ("1.9", False),
                                         (True, False), (3, False), (None, False)])
def test_format_version_1_or_2_exactly(good, tmp_path, version, ok):
    """The good return is version 2 (monthly.py); version 1 files still merge
    (tests/fixtures/monthly_v1, test_a_version_1_file_merges_beside_version_2 below)."""
    result, _ = _merge_beside_one_good(
        good, tmp_path, lambda path: hostile.edit(good, path, "V001", meta={"version": version}))
    if ok:
        assert result.problems == [] and [r.code for r in result.merged] == ["S000", "V001"]
    else:
        assert [r.code for r in result.merged] == ["S000"]
        (p,) = result.problems
        assert p.en == f"unsupported format version {version} (this program reads version 1 or 2); not merged"


def test_a_version_1_file_merges_beside_version_2(good, tmp_path):
    import shutil
    from pathlib import Path

    folder = tmp_path / "in"
    hostile.stations(good, folder, 1)
    v1 = Path(__file__).parents[1] / "fixtures" / "monthly_v1" / "DC01-2026-03.xlsx"
    shutil.copy(v1, folder / v1.name)
    result = district.consolidate([folder], tmp_path / "d.xlsx", month="2026-03")
    # a version-1 file predates the screening ledger (issue 17): its keys are reported missing
    # (left blank), nothing else
    added = ("med.screening.nil", "med.screening.risk.red", "med.screening.risk.yellow",
             "med.screening.risk.blue", "med.screening.resolved", "med.screening.mediation")
    (problem,) = result.problems
    assert problem.file == v1.name and problem.en.startswith("missing keys (left blank): ")
    assert sorted(problem.en.split(": ", 1)[1].split(", ")) == sorted(added)
    assert sorted(r.code for r in result.merged) == ["DC01", "S000"]
    one = district.read_return(v1).values
    assert result.totals["consult.total"] == good.values["consult.total"] + one["consult.total"]


@pytest.mark.parametrize("month", ["2026-3", "2026-13", "26-03", " 2026-03", "２０２６-03", "2026-03-01", None])
def test_the_month_in_meta_is_yyyy_mm(good, tmp_path, month):
    result, _ = _merge_beside_one_good(
        good, tmp_path, lambda path: hostile.edit(good, path, "M001", meta={"month": month}))
    assert [r.code for r in result.merged] == ["S000"]
    assert [p.en for p in result.problems] == [f"the month in meta is not YYYY-MM ({str(month)!r}); not merged"]
    assert [r.status for r in result.sources if r.code == "M001"] == ["bad meta"]


def test_a_month_argument_that_is_not_yyyy_mm_is_refused(good, tmp_path):
    with pytest.raises(district.MergeRefused, match="month must be YYYY-MM"):
        district.consolidate([good.path], tmp_path / "d.xlsx", month="2026-3")


# --- point 8: the output and the paths given ---------------------------------------------------

def test_output_never_overwrites_an_input(good, tmp_path, capsys):
    a = hostile.stations(good, tmp_path / "in", 2)[0]
    before = a.read_bytes()
    assert cli.main(["consolidate", str(a), "-o", str(a)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"aidstation consolidate: writing {a} would overwrite the input {a}; choose another output"]
    assert a.read_bytes() == before
    # the same file by another name, and a file found in a folder given as input
    for out in (tmp_path / "in" / ".." / "in" / a.name, a):
        with pytest.raises(district.MergeRefused, match="would overwrite the input"):
            district.consolidate([tmp_path / "in"], out)
    if hostile.POSIX:  # and through a link to it
        link = tmp_path / "link.xlsx"
        link.symlink_to(a)
        with pytest.raises(district.MergeRefused, match="would overwrite the input"):
            district.consolidate([a], link)
    assert a.read_bytes() == before


def test_the_filled_template_never_overwrites_an_input(good, tmp_path):
    folder = tmp_path / "in"
    hostile.stations(good, folder, 1)
    template = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "{{consult.total}}"
    wb.save(template)
    victim = folder / "d-t.xlsx"  # what `-o in/d.xlsx --template t.xlsx` writes beside it
    victim.write_bytes(b"a station's file")
    with pytest.raises(district.MergeRefused, match="d-t.xlsx would overwrite the input"):
        district.consolidate([folder], folder / "d.xlsx", template=template)
    assert victim.read_bytes() == b"a station's file"
    with pytest.raises(district.MergeRefused, match="would overwrite the input"):
        district.consolidate([folder], template, template=template)


def test_output_into_a_missing_folder_is_refused(good, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "folder" / "d.xlsx"
    assert cli.main(["consolidate", str(good.path), "-o", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"aidstation consolidate: the folder {out.parent} does not exist; create it first or choose another")
    assert not (tmp_path / "no").exists()


def test_output_that_is_a_folder_is_refused(good, tmp_path):
    with pytest.raises(district.MergeRefused, match="exists and is not a regular file"):
        district.consolidate([good.path], tmp_path)


@posix_only
def test_a_fifo_or_device_given_as_input_is_refused_at_once(good, tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    hostile.release_fifos(tmp_path)
    started = time.perf_counter()
    result = district.consolidate([good.path, fifo, os.devnull], tmp_path / "d.xlsx")
    assert time.perf_counter() - started < 5
    assert [r.code for r in result.merged] == ["GOOD"]
    assert [(p.file, p.en) for p in result.problems] == [
        ("pipe.xlsx", "cannot be read: not a regular file (a pipe, socket or device)"),
        ("null", "cannot be read: not a regular file (a pipe, socket or device)")]


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "missing"])
def test_a_template_that_is_not_a_regular_file_is_refused_at_once(good, tmp_path, capsys, kind):
    template = tmp_path / "templates" / "t.xlsx"
    template.parent.mkdir()
    if kind == "fifo":
        os.mkfifo(template)
        hostile.release_fifos(template.parent)
    elif kind == "device":
        template.symlink_to(os.devnull)
    elif kind == "folder":
        template.mkdir()
    out = tmp_path / "d.xlsx"
    started = time.perf_counter()
    assert cli.main(["consolidate", str(good.path), "-o", str(out), "--template", str(template)]) == 1
    assert time.perf_counter() - started < 5
    err = capsys.readouterr().err.strip()
    if kind == "missing":
        assert err == f"aidstation consolidate: the template {template} does not exist"
    else:
        assert err == (f"aidstation consolidate: the template {template} is not a regular file "
                       "(a folder, pipe or device)")
    assert not out.exists()


@posix_only
def test_the_safety_reader_never_blocks_on_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    hostile.release_fifos(tmp_path)
    for read in (safety.read_bytes, safety.check_file, safety.open_untrusted):
        with pytest.raises(safety.UnsafeWorkbook, match="not a regular file"):
            read(fifo)
