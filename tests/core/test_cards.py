"""Contact cards: design, print runs and serials, issuing, stock, bad input."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import cards, settings
from aidstation.core import staff as staff_service
from aidstation.core.models import AuditEvent, CardIssue, CardPrintRun, Person
from aidstation.core.validation import ValidationError

DAY = dt.date(2026, 3, 10)


def _print(admin, n, year=2026):
    y, first, last = cards.next_range(n, year)
    return cards.record_print(user=admin, year=y, serial_from=first, serial_to=last,
                              file_name="sheet.pdf")


def test_design_round_trip_and_defaults(admin):
    d = cards.design()
    assert (d.title, d.services, d.staff, d.qr_text, d.double_sided) == (
        cards.DEFAULT_TITLE, cards.DEFAULT_SERVICES, [], "tel:12348", True)
    a = staff_service.create(user=admin, name="王芳", role="officer", title="所长", phone="13800138000")
    b = staff_service.create(user=admin, name="李明", role="mediator", phone="13900139000")
    cards.save_design(user=admin, title="司法便民联系卡", subtitle="有困难 找司法",
                      services="法律咨询\n\n人民调解\n", staff_ids=[b.id, a.id], office_hours="周一至周五 9:00-17:00",
                      qr_text="tel:12348", double_sided=False, hotline="0731-8888 1234", address="幸福路1号")
    d = cards.design()
    assert (d.title, d.subtitle, d.services, [s.name for s in d.staff], d.double_sided) == (
        "司法便民联系卡", "有困难 找司法", ["法律咨询", "人民调解"], ["李明", "王芳"], False)
    assert (d.hotline, d.address, settings.get("card.staff_ids")) == ("073188881234", "幸福路1号", f"{b.id},{a.id}")


@pytest.mark.parametrize("field,kwargs", [
    ("staff_ids", {"staff_ids": [999]}),
    ("staff_ids", {"staff_ids": [1, 2, 3, 4, 5, 6, 7]}),
    ("title", {"title": "很" * 21}),
    ("hotline", {"hotline": "abc"}),
    ("services", {"services": ["x"] * 9}),
])
def test_bad_design_refused(admin, field, kwargs):
    args = {"title": "卡"} | kwargs
    with pytest.raises(ValidationError) as err:
        cards.save_design(user=admin, **args)
    assert err.value.field == field
    assert settings.get("card.title") == ""


def test_print_reserves_next_serials_and_audits(admin):
    run1 = _print(admin, 20)
    run2 = _print(admin, 5)
    assert [(r.serial_from, r.serial_to) for r in (run1, run2)] == [(1, 20), (21, 25)]
    assert cards.next_range(3, 2026) == (2026, 26, 28)
    assert cards.next_range(3, 2027) == (2027, 1, 3)
    assert cards.serial_text("GL01", 2026, 7) == "GL01-2026-00007"
    with pytest.raises(ValidationError) as err:  # someone else printed meanwhile
        cards.record_print(user=admin, year=2026, serial_from=21, serial_to=30)
    assert err.value.field == "serial_from"
    rerun = cards.record_reprint(user=admin, year=2026, serial_from=3, serial_to=4, reason="卡纸")
    assert (rerun.reprint, cards.printed_upto(2026)) == (True, 25)
    assert [e.detail for e in AuditEvent.select().where(AuditEvent.action == "print")] == [
        "2026 1-20 sheet.pdf", "2026 21-25 sheet.pdf", "reprint 2026 3-4"]


def test_reprint_of_unprinted_range_refused(admin):
    _print(admin, 10)
    with pytest.raises(ValidationError) as err:
        cards.record_reprint(user=admin, year=2026, serial_from=8, serial_to=11)
    assert err.value.field == "serial_to"
    assert "never printed" in err.value.message
    assert CardPrintRun.select().count() == 1


def test_issue_by_quantity_takes_lowest_stock_and_stock_counts(admin):
    _print(admin, 20)
    a = cards.issue(user=admin, issued_on=DAY, quantity=12, recipient="3号楼", households=3,
                    channel="event", today=DAY)
    assert (a.year, a.serial_from, a.serial_to, a.quantity) == (2026, 1, 12, 12)
    assert cards.stock_count() == 8
    b = cards.issue(user=admin, issued_on=DAY, serial_from=15, serial_to=16, recipient="窗口",
                    today=DAY)
    assert [(r.first, r.last) for r in cards.stock()] == [(13, 14), (17, 20)]
    c = cards.issue(user=admin, issued_on=DAY, quantity=3, recipient="x", today=DAY)
    assert (c.serial_from, c.serial_to) == (17, 19)
    cards.delete_issue(b, user=admin)
    assert cards.stock_count() == 5
    assert cards.serials_of(a, "GL01") == "GL01-2026-00001 – GL01-2026-00012"


def test_person_history_and_month_totals(admin):
    _print(admin, 30)
    p = Person.create(name="张三")
    cards.issue(user=admin, issued_on=dt.date(2026, 2, 27), quantity=1, person=p, channel="home",
                household_type="lowincome", today=DAY)
    cards.issue(user=admin, issued_on=DAY, quantity=1, person=p.id, channel="window", today=DAY)
    cards.issue(user=admin, issued_on=DAY, quantity=10, recipient="集市", households=4,
                channel="event", household_type="general", today=DAY)
    assert [i.issued_on for i in cards.person_issues(p)] == [DAY, dt.date(2026, 2, 27)]
    assert cards.month_totals(2026, 3) == {"issued": 11, "households": 5, "handovers": 2,
                                           "channel.window": 1, "channel.event": 10,
                                           "household.general": 4}


@pytest.mark.parametrize("field,kwargs", [
    ("serial_from", {"serial_from": 5, "serial_to": 8}),  # overlaps 1-6
    ("serial_from", {"serial_from": 1, "serial_to": 1}),
    ("serial_to", {"serial_from": 9, "serial_to": 11}),  # only 10 printed
    ("serial_to", {"serial_from": 9, "serial_to": 8}),
    ("quantity", {"quantity": 5}),  # only 4 left
    ("quantity", {"quantity": -2}),
    ("quantity", {"quantity": 0}),
    ("households", {"quantity": 1, "households": -1}),
    ("issued_on", {"quantity": 1, "issued_on": DAY + dt.timedelta(days=1)}),
    ("recipient", {"quantity": 1, "recipient": ""}),
    ("channel", {"quantity": 1, "channel": "carrier_pigeon"}),
    ("household_type", {"quantity": 1, "household_type": "nope"}),
    ("quantity", {"serial_from": 7, "serial_to": 8, "quantity": 3}),
])
def test_bad_issue_refused_nothing_saved(admin, field, kwargs):
    _print(admin, 10)
    cards.issue(user=admin, issued_on=DAY, quantity=6, recipient="first", today=DAY)
    before = (CardIssue.select().count(), AuditEvent.select().count())
    args = {"issued_on": DAY, "recipient": "someone", "today": DAY} | kwargs
    with pytest.raises(ValidationError) as err:
        cards.issue(user=admin, **args)
    assert err.value.field == field
    assert err.value.message and err.value.message_zh
    assert (CardIssue.select().count(), AuditEvent.select().count()) == before


def test_unprinted_year_and_no_serial_issue(admin):
    with pytest.raises(ValidationError) as err:
        cards.issue(user=admin, issued_on=DAY, quantity=1, recipient="x", today=DAY)
    assert "only 0 printed cards" in err.value.message
    row = cards.issue(user=admin, issued_on=DAY, quantity=50, recipient="区局统一印制", allocate=False,
                      today=DAY)
    assert (row.serial_from, row.quantity, cards.serials_of(row)) == (None, 50, "")


def test_update_and_restore_check_overlap(admin):
    _print(admin, 10)
    a = cards.issue(user=admin, issued_on=DAY, serial_from=1, serial_to=4, recipient="a", today=DAY)
    cards.delete_issue(a, user=admin)
    b = cards.issue(user=admin, issued_on=DAY, serial_from=3, serial_to=5, recipient="b", today=DAY)
    with pytest.raises(ValidationError):
        cards.restore_issue(a, user=admin)
    cards.update_issue(b, user=admin, serial_from=6, serial_to=7, today=DAY)
    cards.restore_issue(a, user=admin)
    with pytest.raises(ValidationError):
        cards.update_issue(b, user=admin, serial_from=4, serial_to=7, today=DAY)
    assert (CardIssue.get_by_id(b.id).serial_from, cards.stock_count()) == (6, 4)
