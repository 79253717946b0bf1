"""`print KIND NUMBER`: any document from the command line (issue 14)."""
from __future__ import annotations


def add_parsers(sub) -> None:
    """No commands yet."""


HANDLERS: dict = {}
