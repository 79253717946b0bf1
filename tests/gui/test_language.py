"""Both languages: the Chinese .ts is complete and the window reads Chinese after switching."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from aidstation.paths import TRANSLATIONS_DIR


def test_desk_translation_has_no_unfinished_entries():
    messages = [m for path in sorted(TRANSLATIONS_DIR.glob("*_zh_CN.ts"))
                for m in ET.parse(path).getroot().findall(".//message")]
    assert len(messages) > 700
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "").strip()]
    assert unfinished == []


def test_switching_language_shows_chinese_labels(qtbot, qapp, station, admin, messages_log):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.app import Desk
    from aidstation.gui.shell.context import AppContext

    desk = Desk(station.folder, "en")
    desk.station = station
    desk.context = AppContext(station, admin, "en")
    desk.context.language_changed.connect(desk.switch_language)
    desk.show_main_window("settings")
    window = desk.window
    qtbot.addWidget(window)
    page = window.page("settings")
    assert window.nav_list.currentItem().text() == "Settings"
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    page.apply_language_button.click()
    assert i18n.current_language() == "zh_CN"
    new = desk.window
    qtbot.addWidget(new)
    assert new is not window
    assert new.current_key() == "settings"
    titles = [new.nav_list.item(i).text() for i in range(new.nav_list.count())]
    assert "接待登记" in titles and "人员信息" in titles and "设置" in titles
    settings_page = new.page("settings")
    assert settings_page.title_label.text() == "设置"
    assert settings_page.tabs.tabText(0) == "工作站信息"
    reception = new.show_page("reception")
    assert reception.form.save_button.text() == "保存(&S)"
    channel = reception.form.channel_combo
    assert channel.currentText() == "（请选择）"  # no channel chosen for the clerk
    assert channel.itemText(channel.findData("visit")) == "来访"
    assert reception.model.headerData(2, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal) == "当事人"
    assert admin.language == "zh_CN"
    new.idle.stop()
    window.idle.stop()
