"""The monthly workbook: export, read back, compare with `totals --json`, corrections."""
from __future__ import annotations

import datetime as dt
import json
import re
import zipfile

import openpyxl
import pytest

from aidstation import cli
from aidstation.core import settings
from aidstation.core.db import close_station
from aidstation.core.models import Consultation, Submission
from aidstation.core.reporting import indicators, submissions
from aidstation.core.station import open_station
from aidstation.excel import book, district, monthly
from tests.core.test_indicators import MARCH, build_fixture

ID_RE = re.compile(r"\d{17}[\dXx]|\d{15}")
MOBILE_RE = re.compile(r"1[3-9]\d{9}")


@pytest.fixture
def filled(station, admin):
    build_fixture()
    settings.set_many({"station.name": "东城街道法律援助工作站", "station.code": "DC01"}, user=admin)
    return station


def test_export_reads_back_equal_to_totals_json(filled, capsys, tmp_path):
    folder = str(filled.folder)
    close_station()
    assert cli.main(["--data-dir", folder, "totals", "2026-03", "--json"]) == 0
    printed = capsys.readouterr().out
    totals = json.loads(printed)
    assert list(totals) == [i.key for i in indicators.catalogue()]
    out = tmp_path / "out.xlsx"
    assert cli.main(["--data-dir", folder, "export-month", "2026-03", "-o", str(out)]) == 0
    ret = district.read_return(out)
    assert ret.values == totals
    assert list(ret.values) == list(totals)
    assert ret.meta["values_sha256"] == monthly.values_sha256(totals)
    expected_text = "".join(f"{k}={json.dumps(v)}\n" for k, v in totals.items())
    import hashlib

    assert ret.meta["values_sha256"] == hashlib.sha256(expected_text.encode()).hexdigest()
    assert ret.meta["format"] == "aidstation.monthly" and ret.meta["version"] == 2
    assert ret.meta["month"] == "2026-03" and ret.meta["station_code"] == "DC01"
    # detail row counts match their totals
    wb = openpyxl.load_workbook(out)
    rows = {name: wb[name].max_row - 1 for name in monthly.DETAIL_SHEETS}
    assert rows == {"咨询": totals["consult.total"], "调解": totals["med.received"],
                    "法律援助": totals["aid.received"], "联系卡": 2, "宣传": totals["pub.activities"]}
    assert sum(r[2] for r in wb["联系卡"].iter_rows(min_row=2, values_only=True)) == totals["cards.issued"]
    assert wb["meta"].sheet_state == "veryHidden"
    # no formula, no ID number or mobile anywhere; the literal '=' text survives
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate}"
                # meta's hashes, key and signature are hex: any digit run in them is chance
                hex_digest = ws.title == "meta" and re.fullmatch(r"[0-9a-f]{64,}", str(cell.value))
                if isinstance(cell.value, str) and not hex_digest:
                    texts.append(cell.value)
    assert not [t for t in texts if ID_RE.search(t) or MOBILE_RE.search(t)]
    assert any(t.startswith("=SUM(A1:A3) 工资被拖欠") for t in texts)
    assert '=HYPERLINK("x")' in texts and "-邻里漏水" in texts
    assert "张*" in texts and "张三" not in texts
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name)


def test_return_sheet_layout(filled, tmp_path, admin):
    result = monthly.export_month(2026, 3, tmp_path / "m.xlsx", details=False, user=admin)
    assert result.detail_counts == {}
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == ["月报", "meta"]
    ws = wb["月报"]
    assert "东城街道法律援助工作站" in ws["A1"].value and "2026年3月" in ws["A2"].value
    assert [c.value for c in ws[4]][:10] == ["指标", "本月", "上月", "去年\n同月", "本年\n累计", "单位",
                                             "key", "section", "Indicator", "n"]
    assert ws.freeze_panes == "A5"
    assert ws.print_title_rows == "$4:$4"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert "&P" in ws.oddFooter.center.text
    assert ws["A5"].value == "法律咨询" and ws["A5"].font.b and ws["G5"].value is None
    assert ws["G6"].value == "consult.total" and ws["B6"].value == 2 and ws["F6"].value == "人次"
    rows = {}
    for r in ws.iter_rows(min_row=5):
        for first in (0, 11):
            if r[first + 6].value:
                rows[r[first + 6].value] = r[first:first + 10]
    assert rows["med.success_rate"][1].value == 33.3
    assert rows["med.success_rate"][1].number_format == "0.0"
    assert rows["med.amount"][1].number_format == "#,##0"  # whole 元 shown, 分 kept in the cell
    assert rows["med.screening.found"][1].value is None


def test_sanitising_strips_control_characters_and_masks():
    assert book.clean("a\x00b\x07c\nd") == "abc\nd"
    assert book.clean("电话 138 0013 8000，身份证11010519491231002X") == "电话 138****8000，身份证110105********002X"


def test_submission_then_change_then_correction(filled, admin, tmp_path):
    first = monthly.export_month(2026, 3, user=admin)
    assert first.path.name == "DC01-2026-03.xlsx" and first.correction == 0
    sub = submissions.mark_submitted("2026-03", first.path, first.values, user=admin)
    assert sub.sha256 == submissions.sha256_file(first.path) and len(sub.sha256) == 64
    assert submissions.state("2026-03").submitted and not submissions.state("2026-03").changed_since
    assert submissions.is_submitted(dt.date(2026, 3, 31))
    assert not submissions.mark_changed(dt.date(2026, 4, 1))  # April was not sent
    Consultation.create(number="2026999999", received_at=dt.datetime(2026, 3, 20, 8, 0))
    assert submissions.mark_changed(dt.datetime(2026, 3, 20, 8, 0))
    assert submissions.state("2026-03").changed_since
    second = monthly.export_month(2026, 3, user=admin)
    assert second.path.name == "DC01-2026-03-更正1.xlsx" and second.correction == 1
    ret = district.read_return(second.path)
    assert ret.meta["correction"] == 1 and ret.meta["supersedes_sha256"] == sub.sha256
    assert ret.values["consult.total"] == MARCH["consult.total"] + 1
    wb = openpyxl.load_workbook(second.path)
    assert "更正1" in wb["月报"]["A1"].value and "第1次更正" in wb["月报"]["A3"].value
    submissions.mark_submitted("2026-03", second.path, second.values, correction=1, user=admin)
    assert submissions.state("2026-03").next_correction == 2
    assert not submissions.state("2026-03").changed_since
    assert Submission.select().count() == 2


def test_only_admin_submits(filled, tmp_path, admin):
    from aidstation.core.models import User
    from aidstation.core.validation import ValidationError

    clerk = User.create(username="clerk", password_hash="x", role="clerk")
    result = monthly.export_month(2026, 3, tmp_path / "m.xlsx", details=False, user=admin)
    with pytest.raises(ValidationError):
        submissions.mark_submitted("2026-03", result.path, result.values, user=clerk)
    assert Submission.select().count() == 0


def test_manual_figures(filled, admin):
    submissions.set_manual("2026-03", {"med.screening.rounds": "6", "med.screening.found": 2}, user=admin)
    assert submissions.manual_figures("2026-03") == {"med.screening.rounds": 6, "med.screening.found": 2}
    values = indicators.compute_month(2026, 3)
    assert values["med.screening.rounds"] == 6 and values["med.screening.found"] == 2
    submissions.set_manual("2026-03", {"med.screening.found": ""}, user=admin)
    assert indicators.compute_month(2026, 3)["med.screening.found"] is None
    from aidstation.core.validation import ValidationError

    with pytest.raises(ValidationError):
        submissions.set_manual("2026-03", {"med.screening.found": "-1"}, user=admin)
    with pytest.raises(ValidationError):
        submissions.set_manual("2026-03", {"consult.total": 3}, user=admin)


def test_totals_table_and_bad_month(filled, capsys):
    folder = str(filled.folder)
    close_station()
    assert cli.main(["--data-dir", folder, "totals", "2026-03"]) == 0
    out = capsys.readouterr().out
    assert "法律咨询 Consultations" in out
    assert re.search(r"med\.success_rate\s+33\.3 %", out)
    assert re.search(r"aid\.amount_recovered\s+1,500\.50 元", out)
    assert cli.main(["--data-dir", folder, "totals", "2026-13"]) == 2  # a usage error (DESIGN §11)
    assert "YYYY-MM" in capsys.readouterr().err
    open_station(folder)


def test_warning_for_a_sent_month(filled, admin):
    assert submissions.warning(dt.date(2026, 3, 5)) is None
    result = monthly.export_month(2026, 3, details=False, user=admin)
    submissions.mark_submitted("2026-03", result.path, result.values, user=admin)
    en, zh = submissions.warning(dt.datetime(2026, 3, 31, 23, 59))
    assert "2026-03" in en and "更正" in zh
    assert submissions.warning("2026-04-01") is None


def test_changed_since_detected_from_the_figures_without_mark_changed(filled, admin):
    result = monthly.export_month(2026, 3, details=False, user=admin)
    submissions.mark_submitted("2026-03", result.path, result.values, user=admin)
    assert not submissions.state("2026-03").changed_since
    Consultation.update(deleted_at=dt.datetime(2026, 4, 3)).where(Consultation.number == "2026000001").execute()
    assert submissions.state("2026-03").changed_since
    assert not Submission.get().changed_since  # nobody called mark_changed; the figures tell


def test_party_names_in_case_titles_are_masked(filled, tmp_path, admin):
    from aidstation.core.models import MediationCase

    MediationCase.update(title="张三与李四漏水纠纷").where(MediationCase.seq == 1).execute()
    result = monthly.export_month(2026, 3, tmp_path / "m.xlsx", user=admin)
    wb = openpyxl.load_workbook(result.path)
    texts = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert "张*与李*漏水纠纷" in texts
    assert not [t for t in texts if "张三" in t or "李四" in t]


def test_meta_carries_the_audit_anchor_and_the_signature(filled, admin, tmp_path):
    from aidstation.core import audit
    from aidstation.excel import signing

    events, last = audit.head()
    result = monthly.export_month(2026, 3, details=False, user=admin)
    ret = district.read_return(result.path)
    keys = [row[0] for row in openpyxl.load_workbook(result.path)["meta"].iter_rows(values_only=True)]
    assert keys[-4:] == ["audit_events", "audit_head", "public_key", "signature"]
    # the chain as it stood when the workbook was written, before the export's own event
    assert (ret.meta["audit_events"], ret.meta["audit_head"]) == (events, last)
    assert audit.head()[0] == events + 1
    assert audit.workbook_anchor(result.path, "DC01") == audit.Anchor(
        events, last, f"exports/{result.path.name}", dt.datetime.fromisoformat(ret.meta["generated_at"]))
    assert signing.check_return(ret.meta, ret.values) is None
    assert ret.meta["public_key"] == signing.public_hex(signing.ensure_key(filled.folder))
