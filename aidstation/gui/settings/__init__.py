"""Settings: station profile, users, code tables, language, backups, audit log, deleted records."""
from __future__ import annotations

from aidstation.gui.settings.page import PAGE

__all__ = ["PAGE"]
