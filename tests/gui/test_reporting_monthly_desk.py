"""The Monthly report page (issue 11): it fits a 1280×720 laptop; its figures' columns show their
titles; every save says so; a written workbook says where it went and opens; figures typed by
hand are never lost (another month, an export) without asking."""
from __future__ import annotations

from PySide6.QtCore import Qt

from aidstation.core.models import ManualFigure
from aidstation.gui.kit import messages
from tests.gui import test_monthly_page

page = test_monthly_page.page  # the fixture: the page on the fixture month

PAGE_AREA = (1030, 620)  # what the main window leaves a page at 1280×720


def _show(qtbot, page):
    page.resize(*PAGE_AREA)
    page.show()
    qtbot.waitExposed(page)


def test_the_page_fits_with_its_buttons_in_sight(page, qtbot):
    _show(qtbot, page)
    for button in (page.export_button, page.submit_button, page.template_button, page.save_manual_button):
        assert not button.visibleRegion().isEmpty(), button.objectName()
    assert page.minimumSizeHint().width() <= PAGE_AREA[0]
    assert page.minimumSizeHint().height() <= PAGE_AREA[1]


def test_the_figures_columns_show_their_titles(page, qtbot):
    _show(qtbot, page)
    qtbot.wait(50)
    view = page.figures_view
    header = view.horizontalHeader()
    assert view.column_layout.key == "monthly/figures"
    assert not header.isSectionHidden(1)  # this month's figure is never hidden
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, column


def test_saving_figures_says_so(page, qtbot):
    found = page.manual_edits["med.screening.found"]
    qtbot.keyClicks(found, "3")
    qtbot.keyClick(found, Qt.Key.Key_Return)  # Enter does not save ...
    assert not ManualFigure.select().where(ManualFigure.key == "med.screening.found",
                                           ManualFigure.month == "2026-03").exists()
    qtbot.mouseClick(page.save_manual_button, Qt.MouseButton.LeftButton)  # ... the button does
    assert messages.STATUS_LOG[-1] == "Figures entered by hand for 2026-03 saved"


def test_the_workbook_opens_and_says_where_it_is(page, qtbot, messages_log, tmp_path):
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    path = str(tmp_path / "DC01-2026-03.xlsx")
    assert messages.OPENED[-1] == path
    assert messages.STATUS_LOG[-1] == f"Written: {path}"
    assert "info" not in messages_log.kinds()  # no box to click away


def test_typed_figures_are_not_lost(page, qtbot, messages_log):
    found = page.manual_edits["med.screening.found"]
    qtbot.keyClicks(found, "5")
    assert page.has_unsaved_changes()
    messages_log.answers["ask_discard"] = "cancel"
    page.month_combo.setCurrentIndex(page.month_combo.currentIndex() + 1)
    assert page.month() == "2026-03" and found.text() == "5"
    messages_log.answers["ask_discard"] = "save"
    page.month_combo.setCurrentIndex(page.month_combo.findData("2026-02"))
    assert page.month() == "2026-02"
    assert ManualFigure.get(ManualFigure.key == "med.screening.found", ManualFigure.month == "2026-03").value == 5
    # an export carries what is on screen: it is saved first
    qtbot.keyClicks(page.manual_edits["med.screening.rounds"], "2")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    assert ManualFigure.get(ManualFigure.key == "med.screening.rounds", ManualFigure.month == "2026-02").value == 2
