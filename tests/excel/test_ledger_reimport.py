"""Re-import is safe (issue 16): a batch per import; the same file refused; rows repeating a
record reported and skipped; an administrator undoes a batch; a clerk's mapping is kept for
the file layout; and the same from the command line (--map, --show-mapping, import-undo)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from aidstation import cli
from aidstation.core import imports
from aidstation.core.db import close_station
from aidstation.core.models import (
    AuditEvent,
    Consultation,
    ImportBatch,
    ImportItem,
    Person,
)
from aidstation.core.validation import ValidationError
from aidstation.excel import ledgers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ledgers"
HEADER = ["咨询时间", "咨询方式", "姓名", "电话", "事项类别", "咨询问题", "解答意见", "处理方式"]


def _book(path, rows, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _live():
    return (Consultation.select().where(Consultation.deleted_at.is_null()).count(),
            Person.select().where(Person.deleted_at.is_null()).count())


def test_the_same_file_twice_is_refused_and_undo_returns_the_counts(station, admin, clerk, tmp_path):
    seeded = ledgers.import_ledger("consultations", _book(tmp_path / "old.xlsx", [
        ["2025-2-1 9:00", "来访", "老周", "13700000000", "劳动报酬", "问题", "解答", "当场解答"]]), user=admin)
    before = _live()
    assert before == (1, 1)
    path = shutil.copy(FIXTURES / "咨询台账.xlsx", tmp_path / "march.xlsx")
    first = ledgers.import_ledger("consultations", path, user=admin)
    assert first.ok and first.written == 7 and _live() == (8, 6)
    batch = ImportBatch.get_by_id(first.batch_id)
    assert (batch.kind, batch.file_name, batch.rows, batch.user.id) == ("consultations", "march.xlsx", 7, admin.id)
    assert len(batch.sha256) == 64
    assert imports.item_counts(batch.id) == {"Consultation": 7, "Person": 5}

    again = ledgers.import_ledger("consultations", shutil.copy(path, tmp_path / "copy.xlsx"), user=admin)
    assert again.written == 0 and _live() == (8, 6)
    assert again.problems[0].message.startswith(f"this file was already imported on {batch.imported_at:%Y-%m-%d %H:%M}")
    assert f"batch {batch.id}, 7 rows" in again.problems[0].message

    with pytest.raises(Exception, match="administrator"):
        imports.undo(batch.id, user=clerk)
    done = imports.undo(batch.id, user=admin)
    assert done == {"Consultation": 7, "Person": 5} and _live() == before
    assert AuditEvent.select().where(AuditEvent.action == "delete", AuditEvent.entity == "Consultation").count() == 7
    assert AuditEvent.select().where(AuditEvent.action == "undo").get().entity_id == batch.id
    assert ImportBatch.get_by_id(batch.id).undone_by.id == admin.id
    with pytest.raises(ValidationError, match="already undone"):
        imports.undo(batch.id, user=admin)
    # undone, the file is no longer refused as imported; 张三's ID number is now a deleted
    # person's (the ID is unique), which the import names: restore him, or leave the row out
    again = ledgers.import_ledger("consultations", path, user=admin, dry_run=True)
    assert [(p.row, p.column) for p in again.problems] == [(5, "身份证号")]
    assert again.problems[0].message.startswith("a deleted person holds this ID number")
    assert seeded.batch_id is not None


def test_undo_keeps_a_person_someone_else_still_names(station, admin, tmp_path):
    first = ledgers.import_ledger("consultations", _book(tmp_path / "a.xlsx", [
        ["2025-3-1 9:00", "来访", "孙七", "13700000001", "劳动报酬", "问题", "解答", "当场解答"]]), user=admin)
    second = ledgers.import_ledger("consultations", _book(tmp_path / "b.xlsx", [
        ["2025-3-9 9:00", "来电", "孙七", "13700000001", "婚姻家庭", "问题", "解答", "当场解答"]]), user=admin)
    assert second.people_matched == 1
    assert imports.undo(first.batch_id, user=admin) == {"Consultation": 1}  # 孙七 is still named by b.xlsx's row
    assert _live() == (1, 1)


def test_rows_repeating_records_are_reported_and_skipped(station, admin, tmp_path):
    rows = [["2025-3-1 9:00", "来访", "孙七", "13700000001", "劳动报酬", "问题", "解答", "当场解答"],
            ["2025-3-2 9:00", "来访", "钱八", "13700000002", "婚姻家庭", "问题", "解答", "当场解答"]]
    first = ledgers.import_ledger("consultations", _book(tmp_path / "a.xlsx", rows), user=admin)
    number = Consultation.get(Consultation.matter == "family").number
    later = _book(tmp_path / "b.xlsx", [
        ["2025-3-1 15:00", "电话", "孙七", "137 0000 0001", "工资", "又问", "解答", "当场解答"],  # same person, day, matter
        ["2025-3-1 15:00", "来访", "孙七", "13700000001", "婚姻", "另一事", "解答", "当场解答"],  # another matter: new
        ["2025-3-3 9:00", "来访", "赵九", "13700000003", "劳动报酬", "问题", "解答", "当场解答", number],  # same number
    ], header=HEADER + ["编号"])
    report = ledgers.import_ledger("consultations", later, user=admin)
    assert report.ok and report.written == 1 and first.written == 2
    assert [r for r, _m in report.duplicates] == [2, 4]
    assert "孙七" in report.duplicates[0][1] and number in report.duplicates[1][1]
    assert ImportBatch.get_by_id(report.batch_id).skipped == 2
    assert Consultation.select().count() == 3


def test_a_clerks_mapping_is_saved_for_the_layout(station, admin, tmp_path):
    header = ["来访日", "渠道", "姓名", "电话", "事项", "问题", "解答意见", "结果"]
    rows = [["2025-3-1 9:00", "当面咨询", "孙七", "13700000001", "劳动报酬", "问题", "解答", "当场解答"]]
    march = _book(tmp_path / "march.xlsx", rows, header)
    report = ledgers.import_ledger("consultations", march, user=admin, dry_run=True)
    assert [p[:3] for p in report.problems] == [(1, "咨询时间", "required column missing (缺少必填列)")]
    assert ("A", "来访日", "", "unknown") in report.columns
    mapping = {"columns": {"来访日": "received_at"}, "values": {"channel": {"当面咨询": "visit"}}}
    report = ledgers.import_ledger("consultations", march, user=admin, mapping=mapping, remember=True)
    assert report.ok and report.written == 1 and ("A", "来访日", "received_at", "mapping") in report.columns
    assert imports.layout(report.layout_key)["columns"] == {"来访日": "received_at"}
    april = _book(tmp_path / "april.xlsx", [["2025-4-1 9:00", "当面咨询", "钱八", "13700000002", "婚姻家庭", "问题",
                                              "解答", "当场解答"]], header)
    report = ledgers.import_ledger("consultations", april, user=admin)  # next month: no questions
    assert report.ok and report.written == 1 and Consultation.select().where(Consultation.channel == "visit").count() == 2
    lines = report.mapping_lines()
    assert lines[0] == "A 来访日 -> 咨询时间 (received_at) [mapping]" and lines[1] == "B 渠道 -> 咨询方式 (channel)"


def test_the_command_line_maps_shows_and_undoes(station, admin, tmp_path, capsys):
    folder = str(station.folder)
    header = ["来访日", "渠道", "姓名", "电话", "事项", "问题", "解答意见", "结果", "备注"]
    path = _book(tmp_path / "m.xlsx", [["2025-3-1 9:00", "当面咨询", "孙七", "13700000001", "劳动报酬", "问题",
                                         "解答", "当场解答", "x"]], header)
    close_station()
    assert cli.main(["--data-dir", folder, "import", "consultations", str(path), "--show-mapping", "--dry-run",
                     "--marked", str(tmp_path / "marked.xlsx")]) == 1
    out, err = capsys.readouterr()
    assert "A 来访日 -> not recognised" in out and "I 备注 -> not recognised" in out
    assert "row 1, column 咨询时间: required column missing" in err and (tmp_path / "marked.xlsx").exists()
    map_file = tmp_path / "map.json"
    map_file.write_text(json.dumps({"columns": {"来访日": "received_at", "备注": ""},
                                    "values": {"channel": {"当面咨询": "visit"}}}, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["--data-dir", folder, "import", "consultations", str(path), "--map", str(map_file),
                     "--show-mapping"]) == 0
    out = capsys.readouterr().out
    assert "A 来访日 -> 咨询时间 (received_at) [mapping]" in out and "I 备注 -> not imported" in out
    assert "imported 1 of 1 rows" in out and "; batch 1" in out
    assert cli.main(["--data-dir", folder, "import", "consultations", str(path)]) == 1
    assert "already imported on" in capsys.readouterr().err
    assert cli.main(["--data-dir", folder, "import-batches"]) == 0
    assert "\tconsultations\t1 rows\t0 skipped\timported\tm.xlsx" in capsys.readouterr().out
    assert cli.main(["--data-dir", folder, "import-undo", "1"]) == 0
    assert "batch 1 undone: 1 Consultation, 1 Person" in capsys.readouterr().out
    assert cli.main(["--data-dir", folder, "import-undo", "1"]) == 1
    assert ImportItem.select().count() == 2
    assert cli.main(["--data-dir", folder, "import-synonym", "channel", "电联", "phone"]) == 0
    assert cli.main(["--data-dir", folder, "import-synonym", "channel", "电联", "pigeon"]) == 1
    assert imports.synonyms() == {"channel": {"电联": "phone"}}
