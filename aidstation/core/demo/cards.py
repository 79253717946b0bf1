"""Demo data: a card design, print runs, and cards handed out at events, home visits and the window."""
from __future__ import annotations

from aidstation.core import cards, publicity, settings

SERVICES = ["法律咨询 · 代写法律文书", "人民调解 · 矛盾纠纷排查", "法律援助申请受理与转交",
            "矛盾隐患举报", "预约上门服务", "普法宣传进村居"]
HOUSEHOLD_TYPES = ["general"] * 5 + ["lowincome", "lowincome", "fiveguarantee", "disabled", "elderly",
                                     "elderly", "military"]


def _ensure_stock(ctx, quantity: int, year: int) -> None:
    """Print another run of 100 or 200 when no free block of serials covers the next hand-over
    (a hand-over takes consecutive serials, so the total in stock is not enough)."""
    while max((r.count for r in cards.stock()), default=0) < quantity:
        run = cards.next_range(ctx.rng.choice([100, 200]), year)
        cards.record_print(user=ctx.user, year=run[0], serial_from=run[1], serial_to=run[2],
                           file_name=f"cards-{run[0]}-{run[1]:05d}.pdf")


def generate(ctx) -> None:
    rng = ctx.rng
    picks = [s for s in ctx.staff if s.role in ("officer", "mediator", "liaison")][:4]
    cards.save_design(user=ctx.user, title="法律服务便民联系卡", subtitle="有困难 找司法 · 法律服务零距离",
                      services=SERVICES, staff_ids=[s.id for s in picks],
                      office_hours="周一至周五 8:30–12:00 14:30–17:30", qr_text="tel:12348",
                      double_sided=True, hotline="12348",
                      address=settings.get("station.address"))
    issuers = [s for s in ctx.staff if s.role in ("officer", "liaison", "mediator")] or [None]
    communities = getattr(ctx, "communities", []) or [""]
    by_month = {}
    for activity in ctx.activities:
        by_month.setdefault((activity.held_on.year, activity.held_on.month), []).append(activity)
    for year, month in ctx.months:
        for activity in by_month.get((year, month), []):
            if activity.format in ("media", "training") or rng.random() < 0.3:
                continue
            quantity = rng.randint(10, 60)
            _ensure_stock(ctx, quantity, year)
            publicity.issue_cards(activity, user=ctx.user, quantity=quantity,
                                  households=max(1, quantity - rng.randint(0, quantity // 3)),
                                  household_type="general", community=rng.choice(communities),
                                  issued_by=rng.choice(issuers), today=ctx.today)
        for _ in range(rng.randint(2, 6)):  # home visits to residents
            person = rng.choice(ctx.people) if ctx.people else None
            _ensure_stock(ctx, 2, year)
            cards.issue(user=ctx.user, issued_on=ctx.random_date(year, month), quantity=rng.choice([1, 1, 2]),
                        person=person, recipient="" if person else "入户走访",
                        households=1, household_type=rng.choice(HOUSEHOLD_TYPES),
                        community=getattr(person, "community", "") or rng.choice(communities),
                        channel="home", issued_by=rng.choice(issuers), today=ctx.today)
        for _ in range(rng.randint(3, 8)):  # at the service window
            person = rng.choice(ctx.people) if ctx.people and rng.random() < 0.7 else None
            _ensure_stock(ctx, 1, year)
            cards.issue(user=ctx.user, issued_on=ctx.random_date(year, month), quantity=1,
                        person=person, recipient="" if person else "来访群众", households=1,
                        household_type=rng.choice(HOUSEHOLD_TYPES),
                        community=getattr(person, "community", "") or rng.choice(communities),
                        channel="window", issued_by=rng.choice(issuers), today=ctx.today)
