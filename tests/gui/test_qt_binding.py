"""The Qt binding itself: a release that loses references on the desk's everyday calls would
abort the program after a few hours of use (PySide6 6.12.0's Signal.emit() did: each call took
one reference from True until `bool_dealloc` killed the interpreter)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    plain = Signal()
    value = Signal(object)


def test_emitting_signals_keeps_the_references_of_true_false_and_none(qapp):
    sender = _Sender()
    received = []
    sender.value.connect(received.append)
    sender.plain.connect(lambda: received.append("plain"))
    before = [sys.getrefcount(x) for x in (True, False, None)]
    for _ in range(500):
        sender.plain.emit()
        sender.value.emit(None)
    after = [sys.getrefcount(x) for x in (True, False, None)]
    assert len(received) == 1000
    # `received` holds 500 Nones. The bug moved a count by one per emit (500 or 1,000 here); a
    # stray object of the test run freed or kept meanwhile moves it by one or two at most.
    changes = [a - b for a, b in zip(after, before)]
    assert all(abs(change - expected) < 5 for change, expected in zip(changes, (0, 0, 500))), changes
