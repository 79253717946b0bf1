"""The Work summary page (issue 18): the draft previewed with its blanks marked, the period
picker, exports to Word and PDF off the GUI thread, and a district's merged workbooks."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def demo_context(station):
    from aidstation.core import demo
    from aidstation.core.models import User
    from aidstation.gui.shell.context import AppContext

    demo.generate(station, seed=6, months=3)
    return AppContext(station, User.get(User.username == "demo"), "en")


@pytest.fixture
def page(qtbot, demo_context):
    from aidstation.gui.summary.page import SummaryPage

    widget = SummaryPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    return widget


def test_the_preview_is_the_draft_with_its_blanks_marked(page):
    from aidstation.core import summary
    from aidstation.core.reporting import periods

    year = dt.date.today().year
    assert page.kind() == "year" and page.period_combo.currentData() == str(year)
    want = summary.station_draft(periods.year(year), "en")
    assert page.draft.text() == want.text()
    shown = page.preview.toPlainText()
    assert want.title in shown
    assert "【待填: typical cases: facts, handling, result】" in shown
    assert "#ffe680" in page.preview.toHtml().lower()
    assert page.preview.isReadOnly()
    assert page.state_label.text() == (f"{len(want.sources)} figures, each with its source; {len(want.blanks())} "
                                       f"blanks to fill (yellow); {len(want.missing)} figures not entered by hand.")
    assert len(want.blanks()) >= 5
    page.lang_combo.setCurrentIndex(page.lang_combo.findData("zh"))
    assert page.draft.title.endswith(f"{year}年度法律援助工作总结")
    assert "【待填：典型案例（案情、办理经过、效果）】" in page.preview.toPlainText()


def test_the_period_picker_names_every_kind(page):
    year = dt.date.today().year
    page.set_period("campaign", str(year))
    assert page.draft.period.start == dt.date(year, 5, 1)
    assert page.draft.title.endswith(f": Legal Aid Publicity Month {year}, Summary")
    page.set_period("custom")
    assert page.from_edit.isVisible() == page.isVisible() and not page.period_combo.isVisibleTo(page)
    page.from_edit.set_date_value(dt.date(year, 3, 1))
    page.to_edit.set_date_value(dt.date(year, 2, 1))
    page.refresh()
    assert page.draft is None and page.state_label.text().startswith("No draft:")
    assert not page.word_button.isEnabled() and not page.pdf_button.isEnabled()
    page.to_edit.set_date_value(dt.date(year, 3, 31))
    page.refresh()
    assert page.draft.period.start == dt.date(year, 3, 1) and page.word_button.isEnabled()


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_export_writes_the_file_and_opens_it(qtbot, page, tmp_path, monkeypatch, kind):
    from aidstation.gui.kit import messages

    target = tmp_path / f"summary.{kind}"
    monkeypatch.setattr(page, "ask_path", lambda k: str(target))
    button = page.word_button if kind == "docx" else page.pdf_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_path is not None, timeout=30_000)
    assert page.last_path == target and target.stat().st_size > 10_000
    assert str(target) in messages.OPENED
    assert messages.STATUS_LOG[-1] == f"Work summary written to {target}"
    head = target.read_bytes()[:4]
    assert head == (b"PK\x03\x04" if kind == "docx" else b"%PDF")


def test_a_file_that_is_no_merged_workbook_is_refused(page, tmp_path, monkeypatch, messages_log):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a workbook")
    monkeypatch.setattr(page, "ask_district_files", lambda: [str(bad)])
    before = page.draft.text()
    page.choose_district()
    assert messages_log.kinds() == ["warn"] and "cannot be read" in messages_log.texts()
    assert page.district is None and page.draft.text() == before
    assert not page.station_button.isEnabled()


def test_the_page_fits_and_is_in_the_navigation(page, qtbot, tmp_path):
    from aidstation.gui.shell import pages

    page.show()
    qtbot.waitExposed(page)
    assert page.minimumSizeHint().width() <= 1280 and page.minimumSizeHint().height() <= 720
    assert ("summary", "Work summary", "summary.svg", 85) in pages.NAVIGATION
    spec = {s.key: s for s in pages.all_pages()}["summary"]
    assert spec.title == "Work summary" and spec.order == 85
    page.grab().save(str(tmp_path / "summary-page.png"))


def test_a_district_draft_from_merged_workbooks(qtbot, page, demo_context, tmp_path, monkeypatch):
    from aidstation.core import records
    from aidstation.core.reporting import indicators, periods
    from aidstation.excel import district, monthly

    today = dt.date.today()
    q = (today.month - 1) // 3 + 1
    quarter = periods.quarter(today.year, q)
    files = []
    for y, m in quarter.months:
        if dt.date(y, m, 1) > today:
            continue
        ret = monthly.export_month(y, m, tmp_path / "in" / f"{m}" / f"DEMO6-{y}-{m:02d}.xlsx",
                                   user=records.system("test"))
        files.append(str(district.consolidate([ret.path], tmp_path / f"merged-{m:02d}.xlsx").path))
    monkeypatch.setattr(page, "ask_district_files", lambda: files)
    page.set_period("quarter", f"{today.year}-Q{q}")
    page.choose_district()
    assert page.district is not None and page.station_button.isEnabled()
    own = indicators.compute_period(quarter.start, min(quarter.end, today + dt.timedelta(days=1)))
    assert page.draft.values["consult.total"] == own["consult.total"] > 0
    rows = [r for r in page.draft.stations.rows if r.keys]
    assert [r.keys for r in rows] == [("DEMO6",)] and page.draft.stations.rows[-1].label == "Total"
    assert "merged workbooks" in page.source_text.text()
    assert "Figures by station" in page.preview.toPlainText()
    page.use_station()
    assert page.district is None and page.draft.stations is None
