"""Detail sheets: names and phone numbers masked inside free text too (DESIGN §8), and a lapsed
application shown as deemed withdrawn."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from aidstation.core import consultations, people
from aidstation.excel import book, details


def test_the_persons_name_in_a_question_is_masked(station, admin):
    p = people.create(name="王秀英", phone="13800138000", user=admin)
    consultations.record(received_at=dt.datetime(2026, 3, 2, 9), channel="visit", matter="wages",
                         person=p, question="王秀英反映老板拖欠工资，电话13800138000", user=admin)
    ws = Workbook().active
    assert details.consultations(ws, dt.date(2026, 3, 1), dt.date(2026, 4, 1)) == 1
    assert (ws.cell(2, 4).value, ws.cell(2, 9).value) == ("王**", "王**反映老板拖欠工资，电话138****8000")


def test_landlines_in_free_text_are_masked_too():

    assert [book.clean(t) for t in ("电话0731-88881234", "010 6512 3456 找人", "073188881234")] == [
        "电话0731-****1234", "010-****3456 找人", "0731-****1234"]
    # numbers that are not phones stay as they are
    assert [book.clean(t) for t in ("GL01-2026-00001", "2026030201", "金额05000元", "2026-03-02 09:30:00")] == [
        "GL01-2026-00001", "2026030201", "金额05000元", "2026-03-02 09:30:00"]


def test_a_lapsed_application_reads_as_deemed_withdrawn(station, admin):
    """It counts in aid.withdrawn; the detail row says 视为撤回 as the rest of the program does."""
    from aidstation.core import legalaid

    p = people.create(name="王秀英", user=admin)
    app = legalaid.receive(user=admin, applicant=p, received_on=dt.date(2026, 3, 2))
    legalaid.decide(app, user=admin, decision="lapsed", decision_on=dt.date(2026, 3, 20))
    ws = Workbook().active
    assert details.applications(ws, dt.date(2026, 3, 1), dt.date(2026, 4, 1)) == 1
    assert (ws.cell(2, 3).value, ws.cell(2, 7).value, ws.cell(2, 8).value) == ("王**", "视为撤回", "2026-03-20")


def test_a_number_is_masked_before_the_summary_cuts_it(station, admin):
    """The question summary keeps 32 characters: an ID number across the cut must not leave
    its first digits (region and birth year) unmasked."""
    p = people.create(name="王秀英", user=admin)
    question = "反映被拖欠工资三个月，身份证号码110105 19491231 002X，要求支付"
    assert question[:details.SUMMARY_LIMIT - 1].endswith("110105 19491231")  # cut first, it would leak
    consultations.record(received_at=dt.datetime(2026, 3, 2, 9), channel="visit", matter="wages",
                         person=p, question=question, user=admin)
    ws = Workbook().active
    details.consultations(ws, dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert ws.cell(2, 9).value == "反映被拖欠工资三个月，身份证号码110105********0…"


def test_a_replaced_respondent_is_masked_in_the_case_title_sent_to_the_district(station, admin):
    """The title still names the respondent who was replaced: his full name must not reach
    the district in the 调解 detail sheet (issue 14)."""
    from aidstation.core import mediation

    a = people.create(name="张建国", user=admin)
    b = people.create(name="李红梅", user=admin)
    c = people.create(name="王志强", user=admin)
    case = mediation.open_case(user=admin, received_on=dt.date(2026, 3, 2), title="张建国与李红梅邻里纠纷",
                               parties=[(a, "applicant"), (b, "respondent")])
    mediation.add_party(case, c, "respondent", user=admin)
    mediation.remove_party(case, b, user=admin)
    ws = Workbook().active
    assert details.mediations(ws, dt.date(2026, 3, 1), dt.date(2026, 4, 1)) == 1
    assert (ws.cell(2, 5).value, ws.cell(2, 10).value) == ("张**与李**邻里纠纷", "张**、王**")
