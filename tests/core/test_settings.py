"""Station settings: declared defaults, storing several at once, unknown keys refused."""
from __future__ import annotations

import pytest

from aidstation.core import settings


def test_settings_declared_defaults_and_store(station, admin):
    assert settings.get("station.hotline") == "12348"
    settings.set_many({"station.name": "东城街道法律援助工作站", "clocks.working_days": True}, user=admin)
    assert settings.get("station.name") == "东城街道法律援助工作站"
    assert settings.get_bool("clocks.working_days") is True
    with pytest.raises(KeyError):
        settings.get("no.such.key")
