"""Numbers as the summaries write them: Arabic digits with the unit (measure word) after them.

Chinese: 997人次, 21246份, 110.78万元 (ten thousand yuan and up, two decimals), 74.6%; no
thousands separators, as the seeds' Chinese originals write counts. English: 1,584, 74.6%,
1,107,800 yuan.
"""
from __future__ import annotations

from aidstation.core.reporting import indicators


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def figure(value, kind: str, unit: str, lang: str = "zh") -> str:
    """`value` of an indicator of that kind and (Chinese) unit, written with its unit."""
    zh = lang.startswith("zh")
    if kind == indicators.RATE:
        return f"{_trim(f'{value:.1f}')}%"
    if kind == indicators.AMOUNT:
        if zh:
            return f"{_trim(f'{value / 10000:.2f}')}万元" if value >= 10000 else f"{_trim(f'{value:.2f}')}元"
        return f"{value:,.0f} yuan" if float(value).is_integer() else f"{value:,.2f} yuan"
    number = int(value) if float(value).is_integer() else value
    if zh:
        return f"{number}{unit}"
    return f"{number:,}" if isinstance(number, int) else f"{number:g}"


def percent(value: float) -> str:
    return f"{_trim(f'{abs(value):.1f}')}%"


def change(current, base) -> float | None:
    """The change from `base` to `current` in per cent, one decimal; None when base is 0 or missing."""
    if not isinstance(current, (int, float)) or not isinstance(base, (int, float)) or not base:
        return None
    return round(100.0 * (current - base) / base, 1)


def share(part, whole) -> float | None:
    if not isinstance(part, (int, float)) or not whole:
        return None
    return round(100.0 * part / whole, 1)


def cell(value, kind: str, lang: str = "zh") -> str:
    """A figures-table cell: the number without its unit (the unit has its own column)."""
    return indicators.format_value(value, kind)
