"""The District merge page (issue 11): a refused merge says, in the clerk's language, which file
and what is wrong; the merged workbook says where it went and opens; the page fits 1280×720; its
lists' columns show their titles."""
from __future__ import annotations

from PySide6.QtCore import Qt

from aidstation.core.models import User
from aidstation.gui.kit import i18n
from aidstation.gui.reporting.district_page import DistrictPage
from aidstation.gui.shell.context import AppContext
from tests.gui import test_district_page

# the fixtures: two stations' returns in a folder, and the page on a district station
page, returns = test_district_page.page, test_district_page.returns

PAGE_AREA = (1030, 620)


def test_a_refused_merge_is_explained_in_chinese(returns, page, qtbot, qapp, monkeypatch,
                                                 messages_log, tmp_path):
    i18n.install(qapp, "zh_CN")
    user = User.get()
    zh = DistrictPage(AppContext(page.context.station, user, "zh_CN"))
    qtbot.addWidget(zh)
    zh.add_paths([str(returns / "DC01-2026-03.xlsx")])
    missing = tmp_path / "no-such-folder" / "区汇总.xlsx"
    monkeypatch.setattr(zh, "ask_output", lambda: str(missing))
    qtbot.mouseClick(zh.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messages_log.kinds() != [], timeout=10000)
    kind, title, text = messages_log[0]
    assert kind == "warn" and title == "区级汇总"
    assert text == f"未写入任何文件：文件夹 {missing.parent} 不存在"
    assert not missing.exists()


def test_overwriting_an_input_is_refused_in_english_too(returns, page, qtbot, monkeypatch,
                                                        messages_log):
    source = returns / "DC01-2026-03.xlsx"
    page.add_paths([str(source)])
    monkeypatch.setattr(page, "ask_output", lambda: str(source))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: messages_log.kinds() != [], timeout=10000)
    kind, title, text = messages_log[0]
    assert kind == "warn" and title == "District merge"
    assert text == (f"Nothing was written: writing {source} would overwrite the input {source}; "
                    "choose another output")


def test_the_page_fits_and_its_columns_show_their_titles(page, returns, qtbot, monkeypatch):
    page.resize(*PAGE_AREA)
    page.show()
    qtbot.waitExposed(page)
    monkeypatch.setattr(page, "ask_folder", lambda: str(returns))
    qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    qtbot.wait(50)
    for button in (page.add_files_button, page.add_folder_button, page.check_button, page.merge_button,
                   page.template_button, page.forget_key_button):
        assert not button.visibleRegion().isEmpty(), button.objectName()
    for view, key in ((page.problems_view, "district/problems"), (page.keys_view, "district/keys")):
        assert view.column_layout.key == key
        header = view.horizontalHeader()
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, (key, column)
