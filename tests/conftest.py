"""Shared fixtures: a fresh station in tmp_path for every test."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def station(tmp_path):
    """An open, empty, migrated station; closed after the test."""
    from aidstation.core.db import close_station, open_station

    st = open_station(tmp_path / "station")
    yield st
    close_station()


@pytest.fixture
def admin(station):
    """An admin user in the fresh station (password 'Secret-pass-1')."""
    from aidstation.core.models import User
    from argon2 import PasswordHasher

    return User.create(username="admin", display_name="Admin", role="admin",
                       password_hash=PasswordHasher().hash("Secret-pass-1"))
