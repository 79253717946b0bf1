"""Anchors of the audit chain (issue 12, point 11): its head recorded outside the chain — in each
monthly workbook's meta, in each Submission, beside each backup — so that events cut off the end
of the log, or forged in their place, no longer verify."""
from __future__ import annotations

import datetime as dt
import json
import re
import zipfile

import openpyxl
import pytest

from aidstation.core import audit, backup, schema_v1, settings
from aidstation.core.db import atomic, db
from aidstation.core.models import AuditEvent, Submission
from aidstation.core.reporting import submissions
from aidstation.excel import monthly

NO_DELETE = next(s for s in schema_v1.STATEMENTS if "audit_event_no_delete" in s)


def _events(n: int, action: str = "update") -> None:
    with atomic():
        for i in range(n):
            audit.record_event(None, action, "Person", i + 1, fields=["phone"])


def _cut(n: int) -> None:
    """What someone with the database file does: drop the trigger, delete the last `n` events,
    put the trigger back. Every remaining row still links to the one before it."""
    db.execute_sql("DROP TRIGGER audit_event_no_delete")
    db.execute_sql("DELETE FROM audit_event WHERE id IN "
                   "(SELECT id FROM audit_event ORDER BY id DESC LIMIT ?)", (n,))
    db.execute_sql(NO_DELETE)


@pytest.fixture
def anchored(station, admin):
    """A station with 120 events and an anchor of each kind: the March workbook in exports/,
    its Submission, and a backup's sidecar."""
    settings.set_many({"station.name": "东城站", "station.code": "DC01"}, user=admin)
    _events(120)
    result = monthly.export_month(2026, 3, details=False, user=admin)
    submissions.mark_submitted("2026-03", result.path, result.values, user=admin)
    made = backup.make_backup()
    sidecar = audit.write_anchor(made)
    return {"export": result, "backup": made, "sidecar": sidecar}


def test_each_kind_of_anchor_records_the_head(anchored):
    total, last = audit.head()
    assert total == AuditEvent.select().count() and len(last) == 64
    anchors = audit.find_anchors()
    assert {a.source.split(" ")[0] for a in anchors} == {"the", "exports/DC01-2026-03.xlsx",
                                                        f"backups/{anchored['backup'].name}.anchor.json"}
    by_source = {a.source: a for a in anchors}
    # the workbook's anchor is the chain before its export event; the submission's before its
    # submit event; the backup's (no event) the head itself
    assert by_source["exports/DC01-2026-03.xlsx"].events == total - 2
    assert by_source["the submission of 2026-03 (DC01-2026-03.xlsx)"].events == total - 1
    assert by_source[f"backups/{anchored['backup'].name}.anchor.json"].events == total
    assert by_source[f"backups/{anchored['backup'].name}.anchor.json"].head == last
    sub = Submission.get()
    assert (sub.audit_events, sub.audit_head) == (total - 1, AuditEvent.select().order_by(
        AuditEvent.id).offset(total - 2).first().hash)
    data = json.loads(anchored["sidecar"].read_text(encoding="utf-8"))
    assert data["format"] == "aidstation.audit-anchor" and data["audit_events"] == total
    assert audit.verify_chain() is None and audit.verify_anchors() == []


def test_events_cut_off_the_end_are_caught(anchored):
    total, _ = audit.head()
    _cut(50)
    assert audit.verify_chain() is None  # the chain alone cannot tell
    problems = audit.verify_anchors()
    assert len(problems) == 3
    assert all(p.startswith("audit chain shorter than its anchor in ") for p in problems)
    assert any("exports/DC01-2026-03.xlsx" in p for p in problems)
    assert any("the submission of 2026-03" in p for p in problems)
    assert any(f"backups/{anchored['backup'].name}.anchor.json: {total - 50} events, but {total} "
               "were recorded there" in p for p in problems)


def test_forged_events_in_place_of_the_cut_ones_are_caught(anchored):
    total, _ = audit.head()
    _cut(50)
    _events(60, action="login")  # a longer chain again, every row linking and hashing
    assert audit.verify_chain() is None
    assert audit.head()[0] > total
    problems = audit.verify_anchors()
    assert len(problems) == 3
    assert all(p.startswith("audit chain diverges from its anchor in ") for p in problems)
    assert any(f"event {total} is not the one recorded there" in p for p in problems)


def test_a_log_that_only_grew_agrees_with_every_anchor(anchored):
    _events(30)
    assert audit.verify_anchors() == []


def test_a_restore_is_not_taken_for_tampering_but_a_cut_after_it_is(anchored, admin, monkeypatch,
                                                                   tmp_path):
    early = backup.make_backup(tmp_path / "early.db")  # backups/ keeps one a day: a copy aside
    _events(40)
    later = audit.write_anchor(backup.make_backup())  # history the restore will replace
    monthly.export_month(2026, 4, details=False, user=admin)
    backup.restore(early, user=admin)
    assert audit.verify_chain() is None
    assert audit.verify_anchors() == []  # the replaced history's anchors are passed over
    assert later.exists()
    # after the restore, anchors bind again (taken a second later than the restore event)
    _events(20)
    monkeypatch.setattr(audit, "now", lambda: dt.datetime.now().replace(microsecond=0) + dt.timedelta(seconds=5))
    after = audit.write_anchor(backup.make_backup())
    _cut(10)
    problems = audit.verify_anchors()
    assert len(problems) == 1 and after.name in problems[0] and "shorter" in problems[0]


def test_an_unreadable_sidecar_is_a_problem_and_foreign_workbooks_are_ignored(anchored, tmp_path):
    anchored["sidecar"].write_text("{not json", encoding="utf-8")
    exports = anchored["export"].path.parent
    # another station's return and a workbook that is no return, in the station's exports/
    wb = openpyxl.load_workbook(anchored["export"].path)
    for row in wb["meta"].iter_rows():
        if row[0].value == "station_code":
            row[1].value = "XC02"
        if row[0].value == "audit_events":
            row[1].value = 999_999
    wb.save(exports / "XC02-2026-03.xlsx")
    plain = openpyxl.Workbook()
    plain.active["A1"] = "区汇总"
    plain.save(exports / "区汇总-2026-03.xlsx")
    (exports / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    problems = audit.verify_anchors()
    assert len(problems) == 1
    assert problems[0].startswith(f"audit anchor backups/{anchored['sidecar'].name} cannot be read")


def test_a_workbook_anchor_that_was_edited_is_a_problem(anchored):
    path = anchored["export"].path
    wb = openpyxl.load_workbook(path)
    for row in wb["meta"].iter_rows():
        if row[0].value == "audit_head":
            row[1].value = "not a hash"
    wb.save(path)
    problems = audit.verify_anchors()
    assert problems == [f"audit anchor in exports/{path.name} cannot be read (the head is not a SHA-256 hash)"]


def _to_shared_strings(path) -> None:
    """Rewrite every inline string of the workbook as a shared string, as Excel saves them."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info)) for info in zin.infolist()]
    strings: list[bytes] = []  # XML text, already escaped

    def share(match):
        strings.append(match.group(3))
        return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2), len(strings) - 1)

    pattern = re.compile(rb'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>([^<]*)</t></is></c>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename.startswith("xl/worksheets/"):
                data = pattern.sub(share, data)
            zout.writestr(info.filename, data)
        zout.writestr("xl/sharedStrings.xml", b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns='
                      b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      + b"".join(b"<si><t>%s</t></si>" % s for s in strings) + b"</sst>")
    assert strings


def test_the_anchor_is_read_from_a_workbook_saved_with_shared_strings(anchored):
    path = anchored["export"].path
    before = audit.workbook_anchor(path, "DC01")
    _to_shared_strings(path)
    with zipfile.ZipFile(path) as zf:
        assert b"<is>" not in zf.read("xl/worksheets/sheet2.xml")  # the meta sheet
    after = audit.workbook_anchor(path, "DC01")
    assert after == before and after.events > 0
    assert audit.workbook_anchor(path, "XC02") is None
