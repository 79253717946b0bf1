"""The periods a summary covers, and what its title calls them.

The legal-aid publicity month (法律援助宣传月) is a named period: May by default (the seeds'
campaign ran through May; a province holding it in another month passes `month`).
"""
from __future__ import annotations

import datetime as dt

from aidstation.core.reporting import periods
from aidstation.core.reporting.periods import Period

PUBLICITY_MONTH = 5
CAMPAIGN = "campaign"  # Period.kind of the publicity month (a month by its dates)


def publicity_month(year: int, month: int = PUBLICITY_MONTH) -> Period:
    start, end = periods.month(year, month).start, periods.month(year, month).end
    return Period(CAMPAIGN, start, end)


def last_year(period: Period) -> Period:
    if period.kind == CAMPAIGN:
        return Period(CAMPAIGN, *_shift_year(period))
    if period.kind == "custom":
        return Period("custom", *_shift_year(period))
    return period.last_year()


def _shift_year(period: Period) -> tuple[dt.date, dt.date]:
    def back(day: dt.date) -> dt.date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return day.replace(year=day.year - 1, day=28)
    return back(period.start), back(period.end)


def months(period: Period) -> list[Period]:
    """Each calendar month the period touches, cut to the period (a custom range's ends)."""
    out = []
    for y, m in period.months:
        month = periods.month(y, m)
        out.append(Period("month", max(month.start, period.start), min(month.end, period.end)))
    return out


def is_whole_months(period: Period) -> bool:
    return period.start.day == 1 and period.end.day == 1


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def name(period: Period, lang: str = "zh") -> str:
    """What the text calls the period: 全年, 上半年, 第一季度, 宣传月期间, 本期."""
    zh = lang.startswith("zh")
    if period.kind == "year":
        return "全年" if zh else "Over the year"
    if period.kind == "half":
        return ("上半年" if period.start.month == 1 else "下半年") if zh else "In the half-year"
    if period.kind == "quarter":
        return f"第{'一二三四'[(period.start.month - 1) // 3]}季度" if zh else "In the quarter"
    if period.kind == CAMPAIGN:
        return "宣传月期间" if zh else "During the publicity month"
    if period.kind == "month":
        return "本月" if zh else "In the month"
    return "本期" if zh else "In the period"


def title(period: Period, unit: str, lang: str = "zh") -> str:
    y = period.start.year
    zh = lang.startswith("zh")
    if period.kind == "year":
        return f"{unit}{y}年度法律援助工作总结" if zh else f"{unit}: Legal Aid Work Summary {y}"
    if period.kind == CAMPAIGN:
        return f"{unit}{y}年法律援助宣传月活动总结" if zh else f"{unit}: Legal Aid Publicity Month {y}, Summary"
    if period.kind in ("half", "quarter", "month"):
        return f"{unit}{period.label('zh')}法律援助工作总结" if zh else \
            f"{unit}: Legal Aid Work Summary, {period.label('en')}"
    return f"{unit}法律援助工作总结" if zh else f"{unit}: Legal Aid Work Summary"


def period_line(period: Period, lang: str = "zh", today: dt.date | None = None) -> str:
    """（统计期间：2026年1月1日至2026年12月31日）, and up to when, for a period not yet over."""
    today = today or dt.date.today()
    zh = lang.startswith("zh")
    text = (f"（统计期间：{cn_date(period.start)}至{cn_date(period.last)}" if zh
            else f"(Period: {period.start.isoformat()} to {period.last.isoformat()}")
    if period.start <= today < period.last:
        text += f"，数据截至{cn_date(today)}" if zh else f"; figures up to {today.isoformat()}"
    return text + ("）" if zh else ")")
