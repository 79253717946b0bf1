"""Demo data: dispute screening rounds, two a month in each area (half of them nil reports),
red, yellow and blue disputes, some handed to mediation (opening cases), some watched.

The oldest month has no round but figures entered by hand, as a station that took up the
ledger later has (the manual-before-ledger rule); the last area missed its rounds of the
last 20 days, so the dashboard shows it overdue.
"""
from __future__ import annotations

import datetime as dt

from aidstation.core import codes, screening
from aidstation.core.reporting import submissions

FOUND = [
    ("neighbor", "楼上漏水引发邻里纠纷"), ("neighbor", "装修噪音扰民"), ("housing", "宅基地界址争议"),
    ("family", "赡养老人费用分担分歧"), ("labor", "工地拖欠农民工工资"), ("property", "物业费收取争议"),
    ("contract", "民间借贷到期未还"), ("damages", "宠物伤人赔偿"), ("land", "承包地边界争议"),
    ("family", "离婚后子女探望纠纷"), ("consumer", "预付卡退费纠纷"), ("requisition", "征迁补偿分配分歧"),
]
RISK_WEIGHTS = ["blue"] * 5 + ["yellow"] * 3 + ["red"] * 2
OUTCOME_WEIGHTS = ["resolved"] * 4 + ["watched"] * 3 + ["mediation"] * 3 + ["referred"]


def _halves(year: int, month: int, today: dt.date):
    first = dt.date(year, month, 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    for lo, hi in ((first, first.replace(day=15)), (first.replace(day=16), last)):
        hi = min(hi, today - dt.timedelta(days=1))
        if hi >= lo:
            yield lo, hi


def generate(ctx) -> None:
    rng = ctx.rng
    if not ctx.months:
        return
    areas = codes.active_codes("screening_area")
    screeners = [s for s in ctx.staff if s.role in ("mediator", "officer")] or list(ctx.staff)
    oldest, *ledger = ctx.months
    if ledger:  # the month before the ledger: typed in by hand
        submissions.set_manual(f"{oldest[0]}-{oldest[1]:02d}", {"med.screening.rounds": rng.randint(4, 8),
                                                                "med.screening.found": rng.randint(2, 6)},
                               user=ctx.user)
    else:
        ledger = [oldest]
    for year, month in ledger:
        for area in areas:
            for lo, hi in _halves(year, month, ctx.today):
                held_on = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
                if area == areas[-1] and len(areas) > 1 and (ctx.today - held_on).days < 20:
                    continue  # this area missed its latest rounds: overdue on the dashboard
                _round(ctx, rng, held_on, area, screeners)


def _round(ctx, rng, held_on, area, screeners) -> None:
    items = []
    if rng.random() < 0.55:
        for _ in range(rng.randint(1, 3)):
            dispute_type, text = rng.choice(FOUND)
            outcome = rng.choice(OUTCOME_WEIGHTS)
            parties = rng.sample(ctx.people, 2) if outcome in ("mediation", "watched") and len(ctx.people) > 1 \
                else []
            closed = None
            if outcome == "watched" and (ctx.today - held_on).days > 40 and rng.random() < 0.6:
                closed = held_on + dt.timedelta(days=rng.randint(7, 30))
            items.append(screening.ItemInput(
                text, dispute_type, rng.choice(RISK_WEIGHTS), outcome, parties=parties,
                referred_to="hrss" if outcome == "referred" and dispute_type == "labor"
                else ("petition" if outcome == "referred" else ""), closed_on=closed))
    rnd = screening.record_round(user=ctx.user, held_on=held_on, area=area, method=rng.choice(
        ["visit", "visit", "meeting", "phone"]), screener=rng.choice(screeners) if screeners else None,
        note="", items=items, today=ctx.today)
    for item in screening.items_of(rnd):
        if item.outcome == "mediation":
            mediators = [s for s in screeners if s.role == "mediator"][:1]
            screening.hand_to_mediation(item, user=ctx.user, received_on=held_on, mediators=mediators,
                                        today=ctx.today)
