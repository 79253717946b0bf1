"""Hand-offs between areas: which window opens a record of another area.

Areas never import each other's windows. gui/shell/pages.py fills these tables once, with
explicit calls, when the window is wired (`pages.wire()`); a caller asks here and gets None
when nothing is registered (then it offers nothing, rather than failing).
"""
from __future__ import annotations

from typing import Callable

# disposition of a consultation -> open_from_consultation(context, consultation, parent)
_FOLLOW_ON: dict[str, Callable] = {}
# kind of record in a person's history -> open(context, record_id, parent)
_OPENERS: dict[str, Callable] = {}


def register_follow_on(disposition: str, opener: Callable) -> None:
    _FOLLOW_ON[disposition] = opener


def follow_on(disposition: str) -> Callable | None:
    return _FOLLOW_ON.get(disposition)


def register_opener(kind: str, opener: Callable) -> None:
    _OPENERS[kind] = opener


def opener(kind: str) -> Callable | None:
    return _OPENERS.get(kind)
