"""Ledgers as clerks keep them (issue 16): .xlsx, .xls, .ods and GBK .csv with a merged title,
a two-row header, dates typed in every form, the ledger's own words for codes, a 合计 row;
every problem of every row at once, on its own column, with a highlighted copy; and no cell,
whatever it holds, crashes the import."""
from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from aidstation.core.models import Consultation, Person, PublicityActivity
from aidstation.excel import ledger_values as lv
from aidstation.excel import ledgers
from aidstation.excel.ledger_read import decode

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ledgers"
EXPECTED = [  # what 咨询台账.* holds (build_fixtures.py), as stored
    (dt.datetime(2025, 3, 3, 9, 30), "visit", "张三", "wages", "answered", 1),
    (dt.datetime(2025, 3, 5, 9, 0), "phone", "李四", "family", "answered", 0),
    (dt.datetime(2025, 3, 6, 14, 30), "hotline", None, "wages", "apply_aid", 0),
    (dt.datetime(2025, 3, 7, 9, 0), "home", "王五", "housing", "mediation", 0),
    (dt.datetime(2025, 3, 10, 9, 0), "online", "赵六", "contract", "answered", 0),
    (dt.datetime(2025, 3, 12, 10, 5), "letter", "钱七", "neighbor", "answered", 1),
    (dt.datetime(2025, 3, 14, 9, 0), "visit", "张三", "wages", "answered", 0),
]


@pytest.mark.parametrize("name, fmt, header, first, stop", [
    ("咨询台账.xlsx", "xlsx", [3, 4], 5, 13),
    ("咨询台账.xls", "xls", [3, 4], 5, 13),
    ("咨询台账.ods", "ods", [3, 4], 5, 13),
    ("咨询台账-gbk.csv", "csv", [2, 3], 4, 12),
])
def test_a_clerks_ledger_in_each_format_imports_exactly_its_rows(station, admin, tmp_path, name, fmt, header,
                                                                 first, stop):
    path = shutil.copy(FIXTURES / name, tmp_path / name)
    dry = ledgers.import_ledger("consultations", path, user=admin, dry_run=True)
    assert dry.problems == [] and Consultation.select().count() == 0
    assert (dry.format, dry.header_rows, dry.first_row, dry.stopped_at) == (fmt, header, first, (stop, "合计"))
    assert (dry.rows, dry.written, dry.people_matched, dry.people_created) == (7, 7, 1, 5)
    assert [key for _l, _t, key, _h in dry.columns] == [
        "", "received_at", "channel", "name", "phone", "id_number", "matter", "question", "advice",
        "disposition", "documents_drafted", ""]
    assert [how for *_x, how in dry.columns][0::11] == ["ignored", "unknown"]  # 序号, 备注
    if fmt == "csv":
        assert dry.encoding == "gb18030"
    report = ledgers.import_ledger("consultations", path, user=admin)
    assert report.ok and report.written == 7
    got = [(c.received_at, c.channel, c.person.name if c.person else None, c.matter, c.disposition,
            c.documents_drafted) for c in Consultation.select().order_by(Consultation.received_at)]
    assert got == EXPECTED
    phones = {p.name: p.phone for p in Person.select()}
    assert phones == {"张三": "13800138000", "李四": "13912345678", "王五": "13700137000", "赵六": "",
                      "钱七": "057187654321"}  # spaces and full-width digits normalised
    assert Person.get(Person.name == "张三").id_number == "11010519491231002X"


def test_csv_encodings_are_detected():
    text = "日期,方式\n2025-3-5,来访\n"
    for encoding, expected in (("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"),
                               ("gb18030", "gb18030"), ("utf-16", "utf-16")):
        assert decode(text.encode(encoding)) == (text, expected)


@pytest.mark.parametrize("raw, with_time, expected", [
    ("2025-3-5", False, dt.date(2025, 3, 5)), ("2025.3.5", False, dt.date(2025, 3, 5)),
    ("2025/3/5", False, dt.date(2025, 3, 5)), ("2025年3月5日", False, dt.date(2025, 3, 5)),
    ("20250305", False, dt.date(2025, 3, 5)), (20250305, False, dt.date(2025, 3, 5)),
    ("２０２５年３月５日", False, dt.date(2025, 3, 5)), (45721, False, dt.date(2025, 3, 5)),
    ("45721", False, dt.date(2025, 3, 5)), (45721.5, True, dt.datetime(2025, 3, 5, 12, 0)),
    ("2025-3-5 14:30", True, dt.datetime(2025, 3, 5, 14, 30)),
    ("2025年3月5日 14时30分", True, dt.datetime(2025, 3, 5, 14, 30)),
    ("2025.3.5 下午3:00", True, dt.datetime(2025, 3, 5, 15, 0)),
    ("2025/03/05 09:05:30", True, dt.datetime(2025, 3, 5, 9, 5, 30)),
    ("2025-3-5", True, dt.datetime(2025, 3, 5, 9, 0)),
    (dt.datetime(2025, 3, 5, 8, 1), False, dt.date(2025, 3, 5)),
])
def test_dates_as_clerks_type_them(raw, with_time, expected):
    assert lv.parse_datetime(raw, with_time=with_time) == expected


@pytest.mark.parametrize("raw", ["2025-2-30", "someday", "3/5", "2025-13-01", "1850-01-01", True])
def test_what_is_no_date_is_a_problem_saying_what_is_expected(raw):
    with pytest.raises(lv.CellProblem) as caught:
        lv.parse_datetime(raw, with_time=False)
    assert caught.value.expected and "(" in caught.value.message


def test_numbers_and_yes_no_as_typed():
    assert [lv.parse_int(v) for v in ("0012", "１２", "1,200", 3.0, "√", "×", " 7 ")] == [12, 12, 1200, 3, 1, 0, 7]
    assert [lv.parse_bool(v) for v in ("Y", "n", "是", "否", "√", "×", 1)] == [True, False, True, False, True, False, True]
    assert lv.parse_amount("¥5,000.5元") == Decimal("5000.50") and lv.parse_amount(300) == Decimal("300.00")
    for bad in ("3.5", "-1", "三"):
        with pytest.raises(lv.CellProblem):
            lv.parse_int(bad)


def _clerk_book(path: Path, header: list, rows: list) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年宣传活动台账"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_synonyms_and_the_administrators_own_words(station, admin, tmp_path):
    from aidstation.core import imports

    path = _clerk_book(tmp_path / "宣传.xlsx", ["日期", "形式", "主题", "活动名称", "地点", "讲座"], [
        ["2025年3月5日", "讲座", "宪法日", "宪法进社区", "文化站", 1],
        ["2025.3.8", "摆摊", "反诈", "防骗宣传", "广场", 0],
        ["2025/3/9", "大篷车", "法援", "送法下乡", "村委会", ""],
    ])
    report = ledgers.import_ledger("publicity", path, user=admin, dry_run=True)
    assert [p[:4] for p in report.problems] == [(5, "宣传形式", "unknown code 大篷车 (代码表中没有“大篷车”)", "大篷车")]
    assert report.problems[0].expected.startswith("one of 设摊宣传, 入户宣传, 法治讲座")
    assert report.unknown_values == {"format": ["大篷车"]}
    imports.add_synonym("pub_format", "大篷车", "booth", user=admin)
    report = ledgers.import_ledger("publicity", path, user=admin)
    assert report.ok and report.written == 3
    assert [(a.format, a.theme, a.lectures) for a in PublicityActivity.select().order_by(PublicityActivity.held_on)] == [
        ("lecture", "constitution", 1), ("booth", "anti_fraud", 0), ("booth", "legal_aid", 0)]


FIVE_KINDS = [  # 5 kinds of problem in 3 rows: (row, column, cell index)
    ["2025-3-2 9:30", "来访", "张三", "12345", "11010519491231002Y", "劳动报酬", "问题一", "解答", "当场解答"],
    ["2025-2-30", "飞鸽传书", "李四", "13800138000", None, "劳动报酬", "问题二", "解答", "当场解答"],
    ["2025-3-4", "来访", "王五", "13912345678", None, "劳动报酬", None, "解答", "当场解答"],
]
HEADER = ["咨询时间", "咨询方式", "姓名", "电话", "身份证号", "事项类别", "咨询问题", "解答意见", "处理方式"]


def test_every_problem_of_every_row_on_its_column_and_the_marked_copy(station, admin, tmp_path):
    path = _clerk_book(tmp_path / "c.xlsx", HEADER, FIVE_KINDS)
    marked = tmp_path / "c-problems.xlsx"
    report = ledgers.import_ledger("consultations", path, user=admin, marked_copy=marked)
    got = [(p.row, p.column, p.value, p.cell) for p in report.problems]
    assert got == [
        (3, "电话", "12345", 3),  # the phone's problem on the phone's column, with the ID's beside it
        (3, "身份证号", "11010519491231002Y", 4),
        (4, "咨询时间", "2025-2-30", 0),
        (4, "咨询方式", "飞鸽传书", 1),
        (5, "咨询问题", "", 6),
    ]
    messages = [p.message for p in report.problems]
    assert messages[0].startswith("not a valid phone number") and "18 characters" in messages[1]
    assert messages[2] == "not a real date: 2025-2-30 (不存在的日期：2025-2-30)"
    assert report.problems[3].expected.startswith("one of 来访, 来电")
    assert messages[4] == "this field is required (此项为必填)"
    assert Consultation.select().count() == 0 and Person.select().count() == 0
    ws = openpyxl.load_workbook(marked).active
    filled = {(c.row, c.column - 1) for row in ws.iter_rows() for c in row
              if c.fill.fgColor.rgb == "00FFC7CE"}
    assert filled == {(3, 3), (3, 4), (4, 0), (4, 1), (5, 6)}
    assert ws.cell(row=2, column=10).value == "问题 / Problems"
    assert ws.cell(row=3, column=10).value.count("\n") == 1  # two problems in row 3
    assert ws.cell(row=3, column=4).comment.text.startswith("not a valid phone number")
    assert ws.cell(row=6, column=10).value is None  # no problem column text beyond the rows at fault


@pytest.mark.parametrize("cell, what", [
    ("1101051949123100²X", "U+00B2 SUPERSCRIPT TWO"),  # a superscript digit in an ID
    ("张\ud800三", "a broken character"),
    ("张三\ufffe", "a noncharacter"),
    ("\u202e三张", "a text-direction mark"),
    ("问" * 1_000_000, "text too long: 1,000,000 characters"),
    ("张\x07三", "a control character"),
])
def test_no_character_crashes_the_import(station, admin, tmp_path, cell, what):
    """Written as a CSV (openpyxl refuses some of these characters): each a row problem."""
    import csv

    path = tmp_path / "bad.csv"
    column = 4 if "²" in cell else 2
    row = ["2025-3-2 9:30", "来访", "张三", "", "", "劳动报酬", "问题", "解答", "当场解答"]
    row[column] = cell
    with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="") as fh:
        csv.writer(fh).writerows([HEADER, row, ["2025-3-3 9:30", "来访", "李四", "", "", "劳动报酬", "问题",
                                                "解答", "当场解答"]])
    report = ledgers.import_ledger("consultations", path, user=admin, dry_run=True,
                                   marked_copy=tmp_path / "marked.xlsx")
    assert [(p.row, p.column, p.cell) for p in report.problems] == [(2, HEADER[column], column)]
    assert what in report.problems[0].message
    assert report.rows == 2 and (tmp_path / "marked.xlsx").exists()


def test_stdnum_and_phonenumbers_agree_with_the_import(station, admin, tmp_path):
    """The checks the import makes are the well-known libraries' checks (where they overlap)."""
    import phonenumbers
    from stdnum.cn import ric

    ids = ["11010519491231002X", "11010519491231002Y", "110105194912310021", "320102198001010014"]
    phones = ["13800138000", "12345", "0571-87654321", "19912345678"]
    rows = [["2025-3-2 9:30", "来访", f"人{i}", phones[i], ids[i], "劳动报酬", "问题", "解答", "当场解答"]
            for i in range(4)]
    report = ledgers.import_ledger("consultations", _clerk_book(tmp_path / "c.xlsx", HEADER, rows), user=admin,
                                   dry_run=True)
    bad = {(p.row, p.column) for p in report.problems}
    for i in range(4):
        assert ((i + 3, "身份证号") in bad) == (not ric.is_valid(ids[i]))
        valid = phonenumbers.is_valid_number(phonenumbers.parse(phones[i], "CN"))
        assert ((i + 3, "电话") in bad) == (not valid)


def test_a_merged_group_header_over_sub_headers(station, admin, tmp_path):
    """申请人 and 被申请人 merged over their 姓名 / 电话 columns: each sub-header read with its group."""
    from aidstation.core.models import MediationCase

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["人民调解案件登记台账"])
    ws.merge_cells("A1:H1")
    ws.append(["受理日期", "申请人", None, None, "被申请人", None, "纠纷类型", "调解结果"])
    ws.append([None, "姓名", "电话", "身份证号", "姓名", "电话", None, None])
    for merged in ("B2:D2", "E2:F2", "A2:A3", "G2:G3", "H2:H3"):
        ws.merge_cells(merged)
    ws.append(["2025年3月2日", "张三", "13800138000", "11010519491231002X", "李四", "13912345678", "邻里纠纷", "调解中"])
    ws.append(["2025.3.9", "王五", None, None, "赵六", None, "婚姻", "受理"])
    ws.append(["合计", "2件"])
    path = tmp_path / "调解.xlsx"
    wb.save(path)
    report = ledgers.import_ledger("mediations", path, user=admin)
    assert report.ok and report.header_rows == [2, 3] and report.stopped_at == (6, "合计")
    assert [(title, key) for _l, title, key, _h in report.columns] == [
        ("受理日期", "received_on"), ("申请人 / 姓名", "applicant"), ("申请人 / 电话", "applicant_phone"),
        ("申请人 / 身份证号", "applicant_id"), ("被申请人 / 姓名", "respondent"), ("被申请人 / 电话", "respondent_phone"),
        ("纠纷类型", "dispute_type"), ("调解结果", "status")]
    cases = [(c.received_on, c.dispute_type, c.status) for c in MediationCase.select().order_by(MediationCase.id)]
    assert cases == [(dt.date(2025, 3, 2), "neighbor", "in_progress"), (dt.date(2025, 3, 9), "family", "received")]


def test_untrusted_files_are_refused_before_the_reader_sees_them(station, admin, tmp_path):
    import zipfile

    bomb = tmp_path / "entities.xlsx"  # a billion-laughs sheet: a DTD, which no spreadsheet needs
    with zipfile.ZipFile(bomb, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet/>')
    ods = tmp_path / "many.ods"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
        for i in range(2_001):
            zf.writestr(f"Pictures/{i}.png", "")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    odd = tmp_path / "notes.docx"
    odd.write_text("meeting minutes")
    for path, reason in ((bomb, "xl/worksheets/sheet1.xml declares a DTD"), (ods, "too many parts in the workbook"),
                         (xls, "the .xls file cannot be read"), (odd, "not a spreadsheet (.xlsx, .xls, .ods or .csv)")):
        report = ledgers.import_ledger("consultations", path, user=admin, dry_run=True)
        assert [p.row for p in report.problems] == [0] and reason in report.problems[0].message, report.problems
