"""`register KIND` and `due`: registers for inspection and the deadline sheet (issue 14)."""
from __future__ import annotations


def add_parsers(sub) -> None:
    """No commands yet."""


HANDLERS: dict = {}
