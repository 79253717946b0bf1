"""Settings: station profile, users, code tables, language, backups, ledger import, audit log,
deleted records, encryption (RecoverySheetDialog: the recovery key shown once, also after the
first-run wizard). `open_ledger_import(context, parent)` opens the ledger import dialog (the
dashboard's first-run "Import your ledgers"; the page's own entry is
SettingsPage.open_ledger_import())."""
from __future__ import annotations

from aidstation.gui.settings.admin import CodeDialog, UserDialog
from aidstation.gui.settings.ledger_import import LedgerImportDialog, open_ledger_import
from aidstation.gui.settings.page import PAGE
from aidstation.gui.settings.password_dialog import PasswordDialog
from aidstation.gui.settings.recovery_sheet import RecoverySheetDialog

__all__ = ["PAGE", "CodeDialog", "LedgerImportDialog", "PasswordDialog", "RecoverySheetDialog", "UserDialog",
           "open_ledger_import"]
