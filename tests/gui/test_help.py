"""F1 opens the short guide to the page on screen, in the current language, from
resources/help/<page key>.<lang>.html; every page has one in both languages."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.idle.stop()


def test_every_page_has_a_guide_in_both_languages():
    from aidstation.gui.shell import pages
    from aidstation.gui.shell.help import HELP_DIR, guide_text

    keys = [spec.key for spec in pages.all_pages()]
    for key in keys:
        for lang in ("en", "zh_CN"):
            text = guide_text(HELP_DIR / f"{key}.{lang}.html")
            assert "<h1>" in text and "Ctrl+1" in text and "F1" in text, (key, lang)
    # the page guides, and the keys all of them share
    assert sorted(p.name for p in HELP_DIR.glob("*.html")) == sorted(
        [f"{key}.{lang}.html" for key in keys for lang in ("en", "zh_CN")] + ["keys.en.html", "keys.zh_CN.html"])


def test_f1_on_the_reception_page_shows_its_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    page.form.question_edit.setFocus()
    qtbot.keyClick(page.form.question_edit, Qt.Key.Key_F1)
    dialog = window._help_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Help: Reception"
    assert dialog.browser.source().fileName() == "reception.en.html"
    text = dialog.browser.toPlainText()
    assert text.startswith("Reception") and "Ctrl+Enter" in text
    frame = dialog.frameGeometry()
    assert dialog.screen().availableGeometry().contains(frame)
    assert dialog.buttons.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window._help_dialog is dialog and dialog.browser.source().fileName() == "dashboard.en.html"


def test_f1_in_chinese_shows_the_chinese_guide(qtbot, qapp, station, admin):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    i18n.install(qapp, "zh_CN")
    window = MainWindow(AppContext(station, admin, "zh_CN"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("reception")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help_dialog
    assert dialog.windowTitle() == "帮助：接待登记"
    assert dialog.browser.source().fileName() == "reception.zh_CN.html"
    assert dialog.browser.toPlainText().startswith("接待登记")
    window.idle.stop()


@pytest.mark.parametrize("lang, words", [("en", "search everything"), ("zh_CN", "全局查找")])
def test_every_guide_lists_the_keys_every_page_shares(lang, words):
    from aidstation.gui.shell.help import KEYS_MARK, guide_text
    from aidstation.paths import HELP_DIR

    guides = sorted(p for p in HELP_DIR.glob(f"*.{lang}.html") if not p.name.startswith("keys."))
    assert len(guides) == 12
    for path in guides:
        text = guide_text(path)
        assert KEYS_MARK not in text and words in text and "Ctrl+K / Ctrl+F" in text, path.name


def test_f1_in_a_record_window_shows_the_guide_of_its_page(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from aidstation.gui.legalaid.application import LegalAidApplicationDialog

    record = LegalAidApplicationDialog(window.context, None, window)
    qtbot.addWidget(record)
    record.show()
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    assert window.current_key() == "dashboard"
    qtbot.keyClick(QApplication.focusWidget() or record, Qt.Key.Key_F1)
    assert window._help_dialog.browser.source().fileName() == "legalaid.en.html"
    record.close()
