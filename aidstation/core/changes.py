"""What a committed write changed, announced to whoever listens (the main window, a test).

A service notes what it wrote while its transaction runs (`note`); when the outermost
transaction commits (`db.atomic()`), the notes of that thread become one `Change` handed to
every subscriber, and a rollback drops them. Subscribers are called in the writer's thread: a
GUI subscriber re-emits a Qt signal, which Qt delivers in the GUI thread. This module imports
nothing of ours, so any module may use it.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    entities: frozenset[str]  # model names written, e.g. {"Consultation", "Person"}
    sent_months: tuple[str, ...]  # 'YYYY-MM' of months already sent to the district it changed


_local = threading.local()
_subscribers: list[Callable[[Change], None]] = []
_lock = threading.Lock()


def _notes() -> tuple[set, list]:
    if not hasattr(_local, "entities"):
        _local.entities, _local.months = set(), []
    return _local.entities, _local.months


def note(entity: str = "", sent_months=()) -> None:
    """Record, inside a transaction, that `entity` was written and which sent months it changed."""
    entities, months = _notes()
    if entity:
        entities.add(entity)
    for month in sent_months:
        if month not in months:
            months.append(month)


def discard() -> None:
    """Forget this thread's notes (the transaction rolled back)."""
    _local.entities, _local.months = set(), []


def flush() -> Change | None:
    """Publish this thread's notes as one Change (after the outermost commit); None if none."""
    entities, months = _notes()
    discard()
    if not entities and not months:
        return None
    change = Change(frozenset(entities), tuple(months))
    with _lock:
        subscribers = list(_subscribers)
    for callback in subscribers:
        try:
            callback(change)
        except Exception:  # noqa: BLE001 - a listener's fault must not undo a committed write
            log.exception("change subscriber %r failed", callback)
    return change


def subscribe(callback: Callable[[Change], None]) -> None:
    with _lock:
        if callback not in _subscribers:
            _subscribers.append(callback)


def unsubscribe(callback: Callable[[Change], None]) -> None:
    with _lock:
        if callback in _subscribers:
            _subscribers.remove(callback)
