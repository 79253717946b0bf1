"""Ledger import in batches (issue 13): the code tables read once, the people looked up together,
people and consultations inserted many rows a statement. The statements do not grow with the
rows, and what is written (records, numbers, audit events, problems) is exactly what the
services write row by row (ledgers.WRITERS, the path the other kinds still take)."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from aidstation.core import audit, people, records
from aidstation.core.db import close_station, db
from aidstation.core.models import (
    AuditEvent,
    Consultation,
    ConsultationGroup,
    Person,
    User,
)
from aidstation.core.station import open_station
from aidstation.excel import ledgers

ID_A = "11010519491231002X"  # valid
ID_DELETED = "110105198001010032"


def _fill(kind, path, rows):
    ledgers.write_template(kind, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def _valid_id(n: int) -> str:
    from aidstation.core.validation import id_check_digit

    first17 = f"32010219800101{n:03d}"
    return first17 + id_check_digit(first17)


def _consultations(n: int) -> list[list]:
    """n varied rows: repeat visitors, anonymous callers, letters, referrals, text dates."""
    rows = []
    for i in range(n):
        who = i % 7
        name, phone, id_number = {0: ("张三", "138 0013 8000", ID_A), 1: ("张三", "13800138000", None),
                                  2: (f"李{i}", f"1391234{i:04d}", None), 3: (None, None, None),
                                  4: ("王五", None, _valid_id(i % 3)), 5: ("赵六", None, None),
                                  6: ("钱七", "0571-87654321", None)}[who]
        day = dt.datetime(2025, 3, 1 + i % 20, 9 + i % 8, 5)
        received = day if i % 3 else day.strftime("%Y-%m-%d %H:%M")
        channel = ("来访", "phone", "来信", "Online", "12348热线", "上门", "visit")[i % 7]
        disposition, referred = (("当场解答", None), ("转有关部门", "人民法院"), ("指导申请法律援助", None),
                                 ("answered", "妇联"), (None, None))[i % 5]
        rows.append([received, channel, name, phone, id_number, ("农民工、农民工", None, "elderly,妇女")[i % 3],
                     ("劳动报酬", "family", "Unpaid wages")[i % 3], f"问题{i}", ("告知权利", None)[i % 2],
                     disposition, referred, (None, 0, 2)[i % 3]])
    return rows


def _snapshot():
    skip = {"created_at", "updated_at", "deleted_at"}  # when, not what

    def rows(model):
        names = [f.name for f in model._meta.sorted_fields if f.name not in skip]
        return [tuple(r[n] for n in names) for r in model.select().order_by(model.id).dicts()]

    events = [(e.username, e.action, e.entity, e.entity_id, e.fields, e.detail)
              for e in AuditEvent.select().order_by(AuditEvent.id)]
    return {"people": rows(Person), "consultations": rows(Consultation),
            "groups": rows(ConsultationGroup), "events": events, "chain": audit.verify_chain()}


def _import(folder, kind, path, *, batched: bool, monkeypatch, dry_run=False, before=None):
    """Import into a fresh station at `folder` (by `before(user)` seeded), as its admin."""
    close_station()
    open_station(folder)
    admin = User.create(username="admin", display_name="Admin", role="admin", password_hash="x")
    if before is not None:
        before(admin)
    with monkeypatch.context() as m:
        if not batched:
            m.setattr(ledgers, "BATCHED", {})
        report = ledgers.import_ledger(kind, path, user=admin, dry_run=dry_run)
    return report, _snapshot()


def _seed(admin):
    """The station already knows 张三 (by ID) and one deleted person holding an ID number."""
    people.create(user=admin, name="张三", phone="13800138000", id_number=ID_A)
    gone = people.create(user=admin, name="孙八", id_number=ID_DELETED)
    people.delete(gone, user=admin)


def _report(r):
    return (r.rows, r.written, r.people_matched, r.people_created, r.problems)


@pytest.fixture
def closing():
    yield
    close_station()


def test_consultations_in_batches_write_what_the_services_write(tmp_path, monkeypatch, closing):
    path = _fill("consultations", tmp_path / "c.xlsx", _consultations(60))
    batched, ours = _import(tmp_path / "a", "consultations", path, batched=True, monkeypatch=monkeypatch,
                            before=_seed)
    by_row, theirs = _import(tmp_path / "b", "consultations", path, batched=False, monkeypatch=monkeypatch,
                             before=_seed)
    assert batched.problems == [] and _report(batched) == _report(by_row)
    assert (batched.rows, batched.written, batched.people_matched, batched.people_created) == (60, 60, 30, 21)
    assert ours == theirs and ours["chain"] is None
    assert len(ours["consultations"]) == 60 and len(ours["people"]) == 23
    # The numbers are the day's sequence in the ledger's order, as the service gives them.
    numbers = [c.number for c in Consultation.select().order_by(Consultation.id)]
    assert numbers[:3] == ["2025030101", "2025030201", "2025030301"] and "2025030103" in numbers and "2025030104" not in numbers
    letters = Consultation.select().where(Consultation.channel == "letter")
    assert all(c.reply_due is not None for c in letters)


def test_people_in_batches_write_what_the_service_writes(tmp_path, monkeypatch, closing):
    rows = [["张三", "女", ID_A, "13800138000", "东湖路1号"], ["张三", "男", None, "13800138000"],
            ["周九", "男", None, "13900001111", None, "东湖社区", "务工", "备注"],
            ["吴十", None, _valid_id(7), None], ["吴十", None, _valid_id(7), "13900002222"],
            ["郑一", "女", _valid_id(8), "13900003333", "  西山路 ", None, None, None]]
    path = _fill("people", tmp_path / "p.xlsx", rows)
    batched, ours = _import(tmp_path / "a", "people", path, batched=True, monkeypatch=monkeypatch, before=_seed)
    by_row, theirs = _import(tmp_path / "b", "people", path, batched=False, monkeypatch=monkeypatch, before=_seed)
    assert _report(batched) == _report(by_row) == (6, 6, 3, 3, [])
    assert ours == theirs and ours["chain"] is None


def test_problems_read_as_the_services_word_them(tmp_path, monkeypatch, closing):
    ok = ["2025-03-02 09:30", "来访", "张三", "13800138000", None, None, "劳动报酬", "问题", "", "当场解答"]
    rows = [ok,
            ["2099-03-02 09:30", "来访", "李四", None, None, None, "劳动报酬", "问题", "", "当场解答"],
            ["2025-03-02 09:30", "来访", None, None, None, None, "劳动报酬", "问题", "", "约期答复"],
            ["2025-03-02 09:30", "来访", None, None, None, None, "劳动报酬", "问题", "", "转有关部门"],
            ["2025-03-02 09:30", "来访", None, None, None, None, "劳动报酬", "问" * 4001, "", "当场解答"],
            ["2025-03-02 09:30", "来访", None, None, None, None, "劳动报酬", "问题", "", "当场解答", None, 101],
            ["2025-03-02 09:30", "来访", "王五", None, "110105194912310022", None, "劳动报酬", "问题", "", "当场解答"],
            ["2025-03-02 09:30", "来访", "王五", "12345", None, None, "劳动报酬", "问题", "", "当场解答"],
            ["2025-03-02 09:30", "来访", "王" * 61, None, None, None, "劳动报酬", "问题", "", "当场解答"],
            ["2025-03-02 09:30", "来访", "孙八", None, ID_DELETED, None, "劳动报酬", "问题", "", "当场解答"],
            ok]
    path = _fill("consultations", tmp_path / "c.xlsx", rows)
    for dry_run in (False, True):
        batched, ours = _import(tmp_path / f"a{dry_run}", "consultations", path, batched=True,
                                monkeypatch=monkeypatch, before=_seed, dry_run=dry_run)
        by_row, theirs = _import(tmp_path / f"b{dry_run}", "consultations", path, batched=False,
                                 monkeypatch=monkeypatch, before=_seed, dry_run=dry_run)
        assert _report(batched) == _report(by_row) and ours == theirs
        assert ours["consultations"] == [] and len(ours["people"]) == 2  # the seeded ones only
    assert [p[:2] for p in batched.problems] == [
        (4, "咨询时间"), (5, "处理方式"), (6, "转介单位"), (7, "咨询问题"), (8, "代写文书"),
        (9, "身份证号"), (10, "电话"), (11, "姓名"), (12, "身份证号")]  # each on its own column (issue 16)
    assert batched.problems[0][2] == "2099-03-02 09:30 is in the future (2099-03-02 09:30 晚于现在)"
    assert batched.problems[-1][2] == ("a deleted person holds this ID number: restore that person instead "
                                       "(已删除的人员中有此身份证号码，请恢复该人员)")


def _statements(tmp_path, kind, rows, monkeypatch, *, dry_run=False) -> int:
    path = _fill(kind, tmp_path / f"{kind}-{len(rows)}.xlsx", rows)
    close_station()
    open_station(tmp_path / f"station-{kind}-{len(rows)}-{dry_run}")
    seen = []
    real = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", spy)
    report = ledgers.import_ledger(kind, path, user=records.system("import"), dry_run=dry_run)
    monkeypatch.undo()
    assert report.ok and report.written == len(rows), report.problems[:3]
    return len(seen)


def test_the_statements_do_not_grow_with_the_rows(tmp_path, monkeypatch, closing):
    for dry_run in (False, True):
        few = _statements(tmp_path, "consultations", _consultations(20), monkeypatch, dry_run=dry_run)
        many = _statements(tmp_path, "consultations", _consultations(200), monkeypatch, dry_run=dry_run)
        assert few == many and few < 30, (dry_run, few, many)
    people_rows = [[f"人{i}", "男", _valid_id(i) if i % 2 else None, f"1380013{i:04d}"] for i in range(200)]
    assert (_statements(tmp_path, "people", people_rows[:20], monkeypatch)
            == _statements(tmp_path, "people", people_rows, monkeypatch))


def test_a_code_table_is_read_once_per_import(tmp_path, monkeypatch, closing):
    from aidstation.core import codes

    path = _fill("consultations", tmp_path / "c.xlsx", _consultations(30))
    close_station()
    open_station(tmp_path / "s")
    calls = []
    monkeypatch.setattr(codes, "lookup", lambda *a: calls.append(a))
    real = codes.lookup_tables

    def spy(kinds):
        kinds = sorted(set(kinds))
        calls.append(kinds)
        return real(kinds)

    monkeypatch.setattr(codes, "lookup_tables", spy)
    report = ledgers.import_ledger("consultations", path, user=records.system("import"))
    assert report.ok and calls == [["channel", "disposition", "group", "matter", "referral"]]


def test_lookup_tables_answers_as_lookup_does(station, admin):
    from aidstation.core import codes

    codes.add_code("channel", "wechat", "微信", "Phone", user=admin)  # an English label already used
    tables = codes.lookup_tables(["channel", "group"])
    for kind in ("channel", "group"):
        for entry in codes.entries(kind, include_retired=True):
            for text in (entry.code, entry.label_zh, entry.label_en.upper()):
                assert tables[kind][text.casefold()] == codes.lookup(kind, text)
    assert tables["channel"]["phone"] == "phone" and "nothing" not in tables["channel"]


def test_a_sent_month_is_flagged_and_announced_at_the_commit(tmp_path, monkeypatch, closing, sent_warnings):
    from aidstation.core.models import Submission

    path = _fill("consultations", tmp_path / "c.xlsx", _consultations(10))  # 2025-03
    seen = []
    for batched in (True, False):
        def sent(admin):
            Submission.create(month="2025-03", file_name="x.xlsx", sha256="0" * 64, values="{}")
            Submission.create(month="2025-04", file_name="y.xlsx", sha256="0" * 64, values="{}")

        _import(tmp_path / f"s{batched}", "consultations", path, batched=batched, monkeypatch=monkeypatch,
                before=sent)
        flags = [(s.month, s.changed_since) for s in Submission.select().order_by(Submission.month)]
        seen.append((flags, sent_warnings.take()))
    assert seen[0] == seen[1] and seen[0][0] == [("2025-03", True), ("2025-04", False)]
    assert len(seen[0][1]) == 1  # announced by the import's commit, not by the next write
