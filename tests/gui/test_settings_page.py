"""The settings page: an administrator sets the legal-aid threshold and deadline days, a bad
value is marked and nothing saved, a clerk sees them read-only."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from aidstation.core import dates, settings


def _page(qtbot, context):
    from aidstation.gui.settings.page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    return page


def test_admin_sets_threshold_days_and_working_days(qtbot, context, messages_log):

    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    page = _page(qtbot, context)
    assert (page.hardship_threshold_edit.text(), page.supplement_days_edit.value(),
            page.followup_days_edit.value(), page.working_days_check.isChecked()) == ("0", 15, 30, False)
    page.hardship_threshold_edit.clear()
    qtbot.keyClicks(page.hardship_threshold_edit, "1,520.5")
    page.supplement_days_edit.setValue(10)
    page.followup_days_edit.setValue(60)
    qtbot.mouseClick(page.card_holders_exempt_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.working_days_check, Qt.MouseButton.LeftButton)
    assert page.save_profile()
    assert [settings.get(k) for k in ("aid.hardship_threshold", "aid.supplement_days", "aid.followup_days",
                                      "aid.card_holders_exempt", "clocks.working_days")] == [
        "1520.50", "10", "60", "1", "1"]
    # Friday + 1 working day is Monday
    assert dates.add_days(dt.date(2026, 3, 6), 1) == dt.date(2026, 3, 9)


def test_a_bad_threshold_is_marked_and_nothing_saved(qtbot, context, messages_log):
    settings.set_many({"station.name": "幸福街道工作站", "station.code": "XF01"}, user=context.user)
    page = _page(qtbot, context)
    page.hardship_threshold_edit.clear()
    qtbot.keyClicks(page.hardship_threshold_edit, "-3")
    page.supplement_days_edit.setValue(10)
    assert not page.save_profile()
    assert page.hardship_threshold_edit.property("invalid") is True
    assert page.hardship_threshold_edit.text() == "-3"
    assert (settings.get("aid.hardship_threshold"), settings.get("aid.supplement_days")) == ("0", "15")


def test_a_clerk_sees_them_but_cannot_change_them(qtbot, station, admin):
    from aidstation.core import accounts
    from aidstation.gui.shell.context import AppContext

    clerk = accounts.create_user("clerk", "Clerk", "clerk", "Clerk-pass-2026", user=admin)
    page = _page(qtbot, AppContext(station, clerk, "en"))
    assert [page.supplement_days_edit.isEnabled(), page.working_days_check.isEnabled(),
            page.hardship_threshold_edit.isReadOnly()] == [False, False, True]
