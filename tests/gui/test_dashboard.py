"""The dashboard lists open replies and compares this month with the last."""
from __future__ import annotations

import datetime as dt


def test_dashboard_shows_due_reply_and_month_figures(qtbot, context):
    from aidstation.core import consultations
    from aidstation.gui.dashboard.page import DashboardPage

    now = dt.datetime.now().replace(second=0, microsecond=0)
    c = consultations.record(user=context.user, received_at=now, channel="online", anonymous=True,
                             matter="consumer", question="网购退货被拒", disposition="answered")
    page = DashboardPage(context)
    qtbot.addWidget(page)
    rows = [[page.due_table.item(r, col).text() for col in range(4)] for r in range(page.due_table.rowCount())]
    assert rows == [[(now.date() + dt.timedelta(days=1)).isoformat(), "Reply to consultation", c.number, "网购退货被拒"]]
    assert [page.figures_table.item(0, col).text() for col in range(3)] == ["Consultations", "1", "0"]
    assert page.month_bars.values[-1] == (f"{now.month:02d}", 1)
    assert len(page.month_bars.values) == 6
