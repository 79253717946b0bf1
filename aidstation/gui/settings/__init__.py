"""Settings: station profile, users, code tables, language, backups, audit log, deleted records."""
from __future__ import annotations

from aidstation.gui.settings.admin import CodeDialog, UserDialog
from aidstation.gui.settings.page import PAGE
from aidstation.gui.settings.password_dialog import PasswordDialog

__all__ = ["PAGE", "CodeDialog", "PasswordDialog", "UserDialog"]
