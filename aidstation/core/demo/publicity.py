"""Demo data: 3-8 publicity activities a month, with themes that follow the calendar."""
from __future__ import annotations

from aidstation.core import publicity

# Themes each month is known for (12·4 Constitution Day, 3·15 consumer rights, 6·26 anti-drug ...).
SEASONAL = {1: "labor", 3: "civil_code", 4: "anti_fraud", 5: "labor", 6: "anti_drug",
            7: "minors", 9: "anti_fraud", 11: "legal_aid", 12: "constitution"}
THEMES = ["legal_aid", "civil_code", "anti_fraud", "mediation", "labor", "anti_crime", "minors"]
TITLES = {
    "legal_aid": "法律援助惠民生", "civil_code": "民法典进社区", "constitution": "12·4国家宪法日宣传",
    "anti_fraud": "全民反诈在行动", "anti_crime": "扫黑除恶常态化宣传", "anti_drug": "6·26国际禁毒日宣传",
    "labor": "农民工讨薪维权知识", "minors": "护航未成年人成长", "mediation": "人民调解进万家",
    "other": "法律服务进村居",
}
FORMATS = ["booth"] * 4 + ["lecture"] * 3 + ["door"] * 2 + ["market"] * 2 + ["media", "training"]
PARTNERS = ["", "", "派出所", "妇联", "团委", "市场监管所", "人社所", "社区居委会", "驻点律师事务所", "综治中心"]
PLACES = ["文化广场", "社区党群服务中心", "农贸市场门口", "中心小学", "工业园区", "老年活动中心", "村委会大院"]


def _figures(rng, fmt: str) -> dict[str, int]:
    big = fmt in ("booth", "market")
    figures = {
        "staff": rng.randint(3, 9), "vehicles": rng.randint(0, 2) if big else 0,
        "banners": rng.randint(1, 3) if fmt != "media" else 0,
        "boards": rng.randint(2, 10) if big else rng.randint(0, 2),
        "leaflets": rng.randint(150, 800) if big else rng.randint(20, 200),
        "booklets": rng.randint(20, 150) if big else rng.randint(0, 40),
        "lectures": 1 if fmt in ("lecture", "training") else 0,
        "attendees": rng.randint(30, 160) if fmt in ("lecture", "training") else 0,
        "consulted": rng.randint(8, 60) if big else rng.randint(0, 12),
        "media": 1 if fmt == "media" or rng.random() < 0.15 else 0,
    }
    figures["questions"] = figures["consulted"] + rng.randint(0, 15)
    if fmt == "door":
        figures["leaflets"] = rng.randint(40, 120)
    return figures


def generate(ctx) -> None:
    rng = ctx.rng
    places = [f"{c}{rng.choice(PLACES)}" for c in getattr(ctx, "communities", []) or ["街道"]]
    for year, month in ctx.months:
        for _ in range(rng.randint(3, 8)):
            theme = SEASONAL.get(month) if rng.random() < 0.4 and month in SEASONAL else rng.choice(THEMES)
            fmt = rng.choice(FORMATS)
            activity = publicity.create_activity(
                user=ctx.user, held_on=ctx.random_date(year, month), format=fmt, theme=theme,
                title=TITLES[theme], place=rng.choice(places), partners=rng.choice(PARTNERS),
                today=ctx.today, **_figures(rng, fmt))
            ctx.activities.append(activity)
