"""Masking of personal data for lists, exports and printouts (DESIGN §12)."""
from __future__ import annotations


def name(value: str) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***; Latin names keep their first letter."""
    text = (value or "").strip()
    if len(text) <= 1:
        return text
    return text[0] + "*" * (len(text) - 1)


def id_number(value: str | None) -> str:
    """110105********002X: the region prefix and the last four characters stay."""
    text = (value or "").strip()
    if len(text) < 10:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def phone(value: str | None) -> str:
    """138****8000 for mobiles; landlines keep the area code and the last four digits."""
    text = (value or "").strip()
    if len(text) == 11 and text.startswith("1"):
        return text[:3] + "****" + text[-4:]
    if len(text) > 6:
        return text[: len(text) - 8 if len(text) > 8 else 3] + "****" + text[-4:]
    return "*" * len(text)
