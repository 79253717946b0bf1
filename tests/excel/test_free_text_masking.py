"""Personal numbers in free text are masked however they were typed (issue 12, point 10):
spaced, dashed, dotted, full-width, next to letters. Ordinary numbers (dates, amounts, case
numbers, serials, consultation numbers) are left exactly as they are."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from aidstation.core import consultations, masking, people, publicity
from aidstation.excel import book, monthly

ID = "110105********002X"
MOBILE = "138****8000"


@pytest.mark.parametrize("raw, expected", [
    # resident ID numbers
    ("身份证 110105 19491231 002X", f"身份证 {ID}"),
    ("ID11010519491231002X", f"ID{ID}"),
    ("身份证号11010519491231002Ｘ。", f"身份证号{ID}。"),  # full-width X
    ("身份证号11010519491231002x", f"身份证号{ID}"),
    ("１１０１０５１９４９１２３１００２Ｘ", ID),  # all full-width
    ("110105-1949-1231-002X", ID),
    ("110105－19491231－002Ｘ号", f"{ID}号"),  # full-width hyphens
    ("110105　19491231　002X", ID),  # ideographic spaces
    ("1101 0519 4912 3100 2X", ID),  # in fours, as on a form
    ("110105.19491231.002X", ID),
    ("No.11010519491231002X", f"No.{ID}"),
    ("110105 1949 1231 002X 的户口", f"{ID} 的户口"),
    # mobiles
    ("电话１３８００１３８０００", f"电话{MOBILE}"),
    ("138.0013.8000", MOBILE),
    ("138．0013．8000", MOBILE),
    ("手机138-0013-8000找他", f"手机{MOBILE}找他"),
    ("138－0013－8000", MOBILE),
    ("138–0013–8000", MOBILE),  # en dashes from a word processor
    ("138 - 0013 - 8000", MOBILE),
    ("1 3 8 0 0 1 3 8 0 0 0", MOBILE),
    ("+86 138 0013 8000", MOBILE),
    ("＋８６　１３８　００１３　８０００", MOBILE),
    ("0086-138-0013-8000", MOBILE),
    ("Tel13800138000", f"Tel{MOBILE}"),
    ("１３８ ００１３ ８０００", MOBILE),
    # landlines
    ("０７３１－８８８８１２３４", "0731-****1234"),
    ("座机 010.6512.3456", "座机 010-****3456"),
    # next to ordinary numbers, which stay
    ("2026-03-02 138 0013 8000", f"2026-03-02 {MOBILE}"),
    ("2026030201 13800138000", f"2026030201 {MOBILE}"),
    ("13800138000 2026", f"{MOBILE} 2026"),
    ("于2026-03-02来访，身份证110105 19491231 002X，欠薪5000元", f"于2026-03-02来访，身份证{ID}，欠薪5000元"),
])
def test_personal_numbers_are_masked_however_typed(raw, expected):
    assert book.clean(raw) == expected
    assert masking.free_text(raw) == expected
    assert book.clean(expected) == expected  # masking twice changes nothing


@pytest.mark.parametrize("text", [
    "2026-03-02",
    "2026-03-02 09:30:00",
    "2026.03.02",
    "2026年3月2日",
    "5000元",
    "金额05000元",
    "合计 1,380,013.80 元",
    "（2026）东人调字第1号",
    "（2026）东法援申字第12号",
    "GL01-2026-00001",
    "GL01-2026-00001～00005",
    "2026030201",
    "第１号 full-width digits elsewhere",
    "电话12348",
    "邮编 100010",
    "3号楼 12户 共36人",
    "1. 2. 3. 4.",
    "2026-03-02至2026-03-31",
    "共 13 人，8000 元",
    "V1.3.8-0013",
])
def test_ordinary_numbers_are_left_as_they_are(text):
    assert book.clean(text) == text


def test_the_monthly_workbook_carries_no_number_however_it_was_typed(station, admin, tmp_path):
    p = people.create(name="王秀英", user=admin)
    questions = ["王秀英反映欠薪，身份证 110105 19491231 002X",
                 "儿子电话１３８００１３８０００，妻子138.0013.8000",
                 "ID11010519491231002X 的户口问题"]
    for hour, question in enumerate(questions, start=9):
        consultations.record(received_at=dt.datetime(2026, 3, 2, hour), channel="visit", matter="wages",
                             person=p, question=question, user=admin)
    publicity.create_activity(user=admin, held_on=dt.date(2026, 3, 2), title="讲座 138-0013-8000",
                              place="社区 010 6512 3456")
    result = monthly.export_month(2026, 3, tmp_path / "m.xlsx", user=admin)
    wb = openpyxl.load_workbook(result.path)
    assert [r[8] for r in wb["咨询"].iter_rows(min_row=2, values_only=True)] == [
        f"王**反映欠薪，身份证 {ID}", f"儿子电话{MOBILE}，妻子{MOBILE}", f"ID{ID} 的户口问题"]
    row = next(wb["宣传"].iter_rows(min_row=2, values_only=True))
    assert (row[3], row[4]) == (f"讲座 {MOBILE}", "社区 010-****…")
    texts = " ".join(v for name in monthly.DETAIL_SHEETS for r in wb[name].iter_rows(values_only=True)
                     for v in r if isinstance(v, str))
    for secret in ("1949", "0013", "6512"):
        assert secret not in texts
