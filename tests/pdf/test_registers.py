"""Registers (台账) as PDFs (issue 14): every row of the period and no other, the totals line
equal to the sum, the header and page numbers on every page, embedded fonts only, and never a
full ID number or phone."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal

import pytest
from peewee import fn

from aidstation.core import demo, registers
from aidstation.core.db import close_station
from aidstation.core.models import (
    AidApplication,
    CardIssue,
    Consultation,
    FollowUp,
    MediationCase,
    Person,
    PublicityActivity,
    ScreeningItem,
    ScreeningRound,
)

TODAY = dt.date(2026, 3, 20)
START, END = dt.date(2025, 12, 1), dt.date(2026, 2, 28)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """One demo station (four months up to TODAY) for the register tests, generated once."""
    folder = tmp_path_factory.mktemp("registers") / "demo"
    demo.generate(folder, seed=5, months=4, today=TODAY)
    close_station()
    return folder


@pytest.fixture
def opened(demo_folder):
    from aidstation.core.station import open_station

    open_station(demo_folder)
    yield demo_folder
    close_station()


def _in(field, start=START, end=END):
    return (field >= start) & (field <= end)


def expected_count(kind: str) -> int:
    """The records of the period, counted here without core.registers."""
    if kind == "consultations":
        return Consultation.live().where(
            (Consultation.received_at >= dt.datetime.combine(START, dt.time()))
            & (Consultation.received_at < dt.datetime.combine(END + dt.timedelta(days=1), dt.time()))).count()
    if kind == "mediations":
        return MediationCase.live().where(_in(MediationCase.received_on)).count()
    if kind == "aid":
        return AidApplication.live().where(_in(AidApplication.received_on)).count()
    if kind == "cards":
        return CardIssue.live().where(_in(CardIssue.issued_on)).count()
    if kind == "publicity":
        return PublicityActivity.live().where(_in(PublicityActivity.held_on)).count()
    if kind == "screening":  # a row a dispute found, one for a nil report
        rounds = list(ScreeningRound.live().where(_in(ScreeningRound.held_on)))
        return sum(max(1, ScreeningItem.live().where(ScreeningItem.round == r).count()) for r in rounds)
    if kind == "oral":
        return sum(1 for c in MediationCase.live() if c.agreement_form == "oral" and c.concluded_on
                   and START <= (c.agreement_on or c.concluded_on) <= END)
    visits = FollowUp.live().where(_in(FollowUp.visited_on))
    return sum(1 for v in visits if (v.mediation_case_id is None or v.mediation_case.deleted_at is None)
               and (v.aid_application_id is None or v.aid_application.deleted_at is None))


def pdf_pages(path) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                            text=True, check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, count + 1)]


def check_pdf_file(path) -> None:
    """qpdf finds no error and every font pdffonts lists is embedded."""
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, fonts
    for row in rows:
        # name type encoding emb sub uni object ID: the emb column is the 4th from the end
        assert row.split()[-5] == "yes", fonts


@pytest.mark.parametrize("kind", list(registers.KINDS))
def test_a_register_holds_every_record_of_the_period_and_sums_its_totals(opened, tmp_path, kind):
    from aidstation.pdf import registers as register_pdf

    reg = registers.register(kind, START, END)
    rows = list(reg.rows())
    assert len(rows) == reg.count() == expected_count(kind) > 0
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))  # 序号
    written, pages = register_pdf.render_register(reg, tmp_path / f"{kind}.pdf")
    assert written == len(rows) and pages >= 1
    check_pdf_file(tmp_path / f"{kind}.pdf")
    last = pdf_pages(tmp_path / f"{kind}.pdf")[-1]
    line = next(line for line in last.splitlines() if line.strip().startswith("合计"))
    assert f"{len(rows)} {reg.kind.unit}" in line
    assert "审核人" in last  # the signatures share the totals' page
    totals = registers.Totals(reg.columns)
    for row in rows:
        totals.add(row)
    for i, column in enumerate(reg.columns):
        if column.total:
            values = [r[i] for r in rows]
            expected = sum(1 for v in values if v) if column.kind == "yesno" else sum(v or 0 for v in values)
            assert totals.sums[i] == expected
            assert registers.total_text(column, expected) in line.split()


def test_totals_equal_the_sums_in_the_database(opened):
    lo, hi = dt.datetime.combine(START, dt.time()), dt.datetime.combine(END + dt.timedelta(days=1), dt.time())

    def total(kind, key):
        reg = registers.register(kind, START, END)
        t = registers.Totals(reg.columns)
        for row in reg.rows():
            t.add(row)
        return t.sums[[c.key for c in reg.columns].index(key)]

    drafted = (Consultation.live(fn.SUM(Consultation.documents_drafted))
               .where((Consultation.received_at >= lo) & (Consultation.received_at < hi)).scalar())
    assert total("consultations", "drafted") == drafted
    amount = MediationCase.live(fn.SUM(MediationCase.amount)).where(_in(MediationCase.received_on)).scalar()
    assert total("mediations", "amount") == Decimal(str(amount))
    cards = CardIssue.live(fn.SUM(CardIssue.quantity)).where(_in(CardIssue.issued_on)).scalar()
    assert total("cards", "quantity") == cards
    attendees = PublicityActivity.live(fn.SUM(PublicityActivity.attendees)).where(
        _in(PublicityActivity.held_on)).scalar()
    assert total("publicity", "attendees") == attendees


def test_a_three_page_register_repeats_its_header_and_numbers_its_pages(opened, tmp_path):
    from aidstation.pdf import registers as register_pdf

    reg = registers.register("consultations", START, END)
    # the period trimmed until the register takes three pages
    end = START
    while True:
        reg = registers.register("consultations", START, end)
        _rows, pages = register_pdf.render_register(reg, tmp_path / "c.pdf")
        if pages >= 3:
            break
        end += dt.timedelta(days=2)
    assert pages == 3
    texts = pdf_pages(tmp_path / "c.pdf")
    assert len(texts) == 3
    for n, text in enumerate(texts, 1):
        assert f"第{n}页共3页" in "".join(text.split())
        header = next(line for line in text.splitlines() if "序号" in line)
        assert header.split()[:4] == ["序号", "编号", "接待时间", "方式"]
        assert "来访来电登记簿" in text  # the running header
    assert "填报单位" in texts[0] and "填报单位" not in texts[1]  # the title block only on the first page
    assert "合计" in texts[2] and "合计" not in texts[0]


def test_the_list_filters_limit_the_register(opened):
    from aidstation.core import consultations

    everything = registers.register("consultations", START, END)
    phoned = registers.register("consultations", START, END, {"channel": "phone", "month": "2026-01"})
    expected = sum(consultations.count(channel="phone", month=m) for m in ((2025, 12), (2026, 1), (2026, 2)))
    assert 0 < phoned.count() == len(list(phoned.rows())) == expected < everything.count()
    assert phoned.filter_text() == "方式：来电"  # the month is the period's business, not a filter
    assert {r[3] for r in phoned.rows()} == {"来电"}


def test_a_register_carries_no_full_id_number_or_phone(opened, tmp_path):
    from aidstation.excel import registers as register_xlsx
    from aidstation.pdf import registers as register_pdf

    # numbers typed into free text are masked too
    first = Consultation.live().where(Consultation.received_at >= dt.datetime.combine(START, dt.time())).first()
    Consultation.update(question="身份证 110105 19491231 002X，电话 13800138000").where(
        Consultation.id == first.id).execute()
    case = MediationCase.live().where(_in(MediationCase.received_on)).first()
    MediationCase.update(title="张三（13912345678）与李四纠纷").where(MediationCase.id == case.id).execute()
    secrets = {p.id_number for p in Person.select() if p.id_number} | {p.phone for p in Person.select() if p.phone}
    secrets |= {"11010519491231002X", "13800138000", "13912345678"}
    assert len(secrets) > 20
    for kind in registers.KINDS:
        reg = registers.register(kind, START, END)
        register_pdf.render_register(reg, tmp_path / f"{kind}.pdf")
        register_xlsx.write_register(reg, tmp_path / f"{kind}.xlsx")
        text = "".join("".join(page.split()) for page in pdf_pages(tmp_path / f"{kind}.pdf"))
        cells = _xlsx_text(tmp_path / f"{kind}.xlsx")
        for secret in secrets:
            assert secret not in text, (kind, secret)
            assert secret not in cells, (kind, secret)
    assert "138****8000" in "".join(pdf_pages(tmp_path / "consultations.pdf")[0].split())


def _xlsx_text(path) -> str:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def test_an_empty_period_still_prints_its_totals(opened, tmp_path):
    from aidstation.pdf import registers as register_pdf

    reg = registers.register("publicity", dt.date(2001, 1, 1), dt.date(2001, 1, 31))
    assert register_pdf.render_register(reg, tmp_path / "p.pdf") == (0, 1)
    text = " ".join(pdf_pages(tmp_path / "p.pdf")[0].split())
    assert "本期无记录" in text and "合计 0 场" in text


def test_the_deadline_sheet_lists_every_item_grouped_by_kind(opened, tmp_path):
    from aidstation.pdf import registers as register_pdf

    rows = registers.due_rows(TODAY, horizon=7)
    assert rows
    items, _pages = register_pdf.render_due_sheet(tmp_path / "due.pdf", as_of=TODAY, days=7)
    assert items == len(rows)
    check_pdf_file(tmp_path / "due.pdf")
    text = "".join("".join(p.split()) for p in pdf_pages(tmp_path / "due.pdf"))
    for row in rows:
        assert row.item.number in text
        assert registers.days_text(row.days_left(TODAY)).replace(" ", "") in text
    for area, _kind, group in registers.due_groups(rows):
        assert f"{registers.AREA_ZH[area]}·{group[0].item.label_zh}（{len(group)}项" in text
    assert f"合计{len(rows)}项" in text
    secrets = {p.id_number for p in Person.select() if p.id_number} | {p.name for p in Person.select()
                                                                       if len(p.name) > 1}
    assert not [s for s in secrets if s in text]


def test_a_cancelled_register_leaves_no_file(opened, tmp_path):
    from aidstation.pdf import registers as register_pdf

    reg = registers.register("consultations", START, END)
    with pytest.raises(InterruptedError):
        register_pdf.render_register(reg, tmp_path / "c.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
