"""Demo data: publicity."""
from __future__ import annotations


def generate(ctx) -> None:
    """Not written yet: see the area's issue."""
    return None
