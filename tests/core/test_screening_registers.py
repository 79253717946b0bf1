"""The screening register (矛盾纠纷排查登记簿) and the oral agreement register (人民调解口头协议
登记表), issue 17: their rows masked, read back from the .xlsx, the PDF's pages; and the areas
overdue for screening on the deadline sheet (due_rows)."""
from __future__ import annotations

import datetime as dt
import subprocess

import openpyxl

from aidstation.core import mediation, people, registers, screening
from aidstation.core.models import MediationCase
from aidstation.excel.registers import write_register
from aidstation.pdf.registers import render_register

D = dt.date
Item = screening.ItemInput


def _rounds(admin):
    zhang = people.create(user=admin, name="张三丰", phone="13800138000")
    li = people.create(user=admin, name="李四光")
    screening.record_round(user=admin, held_on=D(2026, 3, 2), area="grid1", method="visit", today=D(2026, 3, 31))
    rnd = screening.record_round(
        user=admin, held_on=D(2026, 3, 9), area="grid2", method="meeting", today=D(2026, 3, 31),
        items=[Item("张三丰与李四光因漏水争吵，电话13800138000", "neighbor", "red", "watched", parties=[zhang, li]),
               Item("拖欠工资", "labor", "yellow", "referred", referred_to="hrss"),
               Item("宅基地", "housing", "blue", "watched", parties=[li, zhang])])
    first, _second, third = screening.items_of(rnd)
    screening.close_item(first, user=admin, closed_on=D(2026, 3, 20), today=D(2026, 3, 31))
    case = screening.hand_to_mediation(third, user=admin, received_on=D(2026, 3, 10), today=D(2026, 3, 31))
    screening.record_round(user=admin, held_on=D(2026, 4, 1), area="grid1", method="phone", today=D(2026, 4, 2))
    return case


def test_the_screening_register_rows_are_masked(admin):
    case = _rounds(admin)
    reg = registers.register("screening", D(2026, 3, 1), D(2026, 3, 31))
    rows = list(reg.rows())
    assert rows == [
        (1, D(2026, 3, 2), "第一网格", "", "走访", 0, "零报告（未发现矛盾纠纷）", "", "", "", "", True),
        (2, D(2026, 3, 9), "第二网格", "", "座谈", 1, "张**与李**因漏水争吵，电话138****8000", "张**、李**", "邻里", "红",
         "跟踪稳控（2026-03-20 销号）", False),
        (3, D(2026, 3, 9), "第二网格", "", "座谈", 1, "拖欠工资", "", "劳动争议", "黄", "移交有关部门（人社部门）", False),
        (4, D(2026, 3, 9), "第二网格", "", "座谈", 1, "宅基地", "张**、李**", "房屋宅基地", "蓝",
         f"转人民调解（{case.number}）", False),
    ]
    assert reg.count() == 4
    assert [r[0] for r in registers.register("screening", D(2026, 3, 1), D(2026, 3, 31), {"nil": "nil"}).rows()] == [1]
    red = registers.register("screening", D(2026, 3, 1), D(2026, 4, 30), {"risk": "red"})
    assert red.count() == 1 and red.filter_text() == "风险等级：红色（高风险）"


def test_registers_read_back_from_xlsx_and_pdf(admin, tmp_path):
    _rounds(admin)
    case = mediation.open_case(user=admin, received_on=D(2026, 3, 3), dispute_type="neighbor", parties=[
        (people.create(user=admin, name="王五"), "applicant"), (people.create(user=admin, name="赵六"), "respondent")],
        today=D(2026, 3, 31))
    # an oral agreement, as the oral-mediation form leaves a case: concluded, form oral
    MediationCase.update(status="succeeded", concluded_on=D(2026, 3, 3), agreement_on=D(2026, 3, 3),
                         agreement_form="oral", agreement_terms="王五当场赔偿赵六200元", facts="王五家狗咬伤赵六",
                         performance_status="performed").where(MediationCase.id == case.id).execute()
    MediationCase.update(agreement_form="written").where(MediationCase.id != case.id).execute()
    oral = registers.register("oral", D(2026, 3, 1), D(2026, 3, 31))
    assert list(oral.rows()) == [(1, case.number, D(2026, 3, 3), "王*", "赵*", "邻里", "王*家狗咬伤赵*", "达成",
                                  "王*当场赔偿赵*200元", "已履行", "")]
    for kind, expected in (("screening", 4), ("oral", 1)):
        reg = registers.register(kind, D(2026, 3, 1), D(2026, 3, 31))
        xlsx = tmp_path / f"{kind}.xlsx"
        write_register(reg, xlsx)
        ws = openpyxl.load_workbook(xlsx).active
        values = [[c.value for c in row] for row in ws.iter_rows()]
        assert values[0][0] == reg.title
        header = next(i for i, row in enumerate(values) if row[0] == "序号")
        body = [row for row in values[header + 1:] if isinstance(row[0], int)]
        assert len(body) == expected
        total = next(row for row in values if row[0] == "合计")
        assert total[1] == f"{expected} {reg.kind.unit}"
        pdf = tmp_path / f"{kind}.pdf"
        render_register(reg, pdf)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert reg.title in text and "第1页 共1页" in text
    assert "张三丰" not in (tmp_path / "screening.xlsx").read_bytes().decode("latin-1")


def test_an_area_overdue_for_screening_is_on_the_deadline_sheet(admin):
    _rounds(admin)
    rows = [r for r in registers.due_rows(D(2026, 4, 20)) if r.item.area == "screening"]
    assert [(r.item.number, r.item.due_on, r.item.overdue) for r in rows] == [
        ("本社区", D(2026, 3, 17), True), ("第三网格", D(2026, 3, 17), True), ("第二网格", D(2026, 3, 24), True),
        ("第一网格", D(2026, 4, 16), True)]
    assert rows[0].as_json(D(2026, 4, 20))["overdue_days"] == 34
