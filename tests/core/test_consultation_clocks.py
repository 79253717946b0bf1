"""Consultation replies are clocks like any other (DESIGN §6), found by SQL, oldest first."""
from __future__ import annotations

import datetime as dt

from aidstation.core import clocks, consultations, people, records
from aidstation.core.models import Consultation

SYSTEM = records.system("test")  # the program writing fixture data, no account

TODAY = dt.date(2026, 3, 16)  # a Monday


def _letter(p, day, question="来信咨询"):
    return consultations.record(received_at=dt.datetime.combine(day, dt.time(9)), channel="letter",
                                matter="family", person=p, question=question, user=SYSTEM)


def test_replies_owed_are_due_items(station, admin):
    p = people.create(name="张三", user=admin)
    late = _letter(p, dt.date(2026, 3, 2), "  赡养费\n怎么算  ")  # due 2026-03-11: overdue
    soon = _letter(p, dt.date(2026, 3, 12))  # due 2026-03-23: within the week
    later = _letter(p, dt.date(2026, 3, 16))  # due 2026-03-25: beyond the horizon
    answered = _letter(p, dt.date(2026, 3, 3))
    consultations.mark_answered(answered, dt.datetime(2026, 3, 5, 10), user=admin)
    gone = _letter(p, dt.date(2026, 3, 4))
    consultations.delete(gone, user=admin)
    items = [(i.area, i.kind, i.number, i.title, i.due_on, i.overdue, i.label("zh"), i.label("en"))
             for i in clocks.due_items(TODAY)]
    assert items == [
        ("consultation", "reply", late.number, "赡养费 怎么算", dt.date(2026, 3, 11), True, "答复咨询", "Reply to consultation"),
        ("consultation", "reply", soon.number, "来信咨询", dt.date(2026, 3, 23), False, "答复咨询", "Reply to consultation"),
    ]
    assert later.reply_due == dt.date(2026, 3, 25)


def test_the_oldest_overdue_reply_is_never_cut_off(station, admin):
    """The dashboard used to take the 200 newest open replies, dropping the most overdue."""
    p = people.create(name="张三", user=admin)
    oldest = _letter(p, dt.date(2025, 1, 6))
    rows = [dict(number=f"20260301{n:03d}", received_at=dt.datetime(2026, 3, 1, 9), channel="online",
                 matter="family", question="q", reply_due=dt.date(2026, 3, 2), person=p.id)
            for n in range(1, 221)]
    Consultation.insert_many(rows).execute()
    items = clocks.due_items(TODAY)
    assert len(items) == 221 and items[0].number == oldest.number and items[0].overdue
