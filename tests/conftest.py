"""Shared fixtures: a fresh station in tmp_path for every test."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Headless, on the smallest screen we support (a 1280×720 laptop): every window a test opens
# must fit it. Qt's offscreen platform reads the screen from a JSON file.
_SCREEN = Path(__file__).parent / "fixtures" / "screen-1280x720.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


@pytest.fixture
def station(tmp_path):
    """An open, empty, migrated station; closed after the test."""
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    st = open_station(tmp_path / "station")
    yield st
    _wait_for_workers()
    close_station()


def _wait_for_workers() -> None:
    """Background work (the dashboard's refresh, a search) finishes before its station closes."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def admin(station):
    """An admin user in the fresh station (password 'Secret-pass-1')."""
    from argon2 import PasswordHasher

    from aidstation.core.models import User

    return User.create(username="admin", display_name="Admin", role="admin",
                       password_hash=PasswordHasher().hash("Secret-pass-1"))


@pytest.fixture
def clerk(station):
    """An active clerk in the fresh station (password 'Secret-pass-1'): records, cannot restore."""
    from argon2 import PasswordHasher

    from aidstation.core.models import User

    return User.create(username="clerk", display_name="Clerk", role="clerk",
                       password_hash=PasswordHasher().hash("Secret-pass-1"))


class SentWarnings:
    """The sent-month warnings the committed writes announced (core/changes.py), as the main
    window would show them: (English, Chinese) per month, oldest first."""

    def __init__(self):
        self.months: list[str] = []

    def __call__(self, change) -> None:
        self.months.extend(m for m in change.sent_months if m not in self.months)

    def take(self) -> list[tuple[str, str]]:
        from aidstation.core.reporting import submissions

        months, self.months = self.months, []
        return [submissions.warning(m) for m in months]


@pytest.fixture
def sent_warnings():
    from aidstation.core import changes

    recorder = SentWarnings()
    changes.subscribe(recorder)
    yield recorder
    changes.unsubscribe(recorder)
