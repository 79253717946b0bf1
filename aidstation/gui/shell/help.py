"""F1: a short built-in guide to the page on screen, in the current language.

The guides are HTML files in resources/help/, one per page key and language:
`reception.zh_CN.html`, `reception.en.html`, … (English when a language has none). They are
shown in a QTextBrowser, which reads the small HTML subset they are written in (headings,
paragraphs, lists, tables) and follows links between guides.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from aidstation.gui.kit import i18n
from aidstation.gui.kit.geometry import fit_window
from aidstation.paths import HELP_DIR

# The guides' look, kept out of the HTML files so every guide reads the same.
# (QTextDocument sizes headings by keyword only: x-large, large, …)
STYLE = ("h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } "
         "li { margin-bottom: 3px; } td { padding: 2px 16px 2px 0; }")


# Where a guide lists the keys of every page; replaced by resources/help/keys.<lang>.html.
KEYS_MARK = "<!-- the keys of every page: keys.<lang>.html -->"


def guide_text(path: Path) -> str:
    """A guide's HTML with the keys every page shares put in place of its marker."""
    text = path.read_text(encoding="utf-8")
    lang = path.name.rsplit(".", 2)[-2]  # reception.zh_CN.html -> zh_CN
    keys = HELP_DIR / f"keys.{lang}.html"
    if KEYS_MARK in text and keys.is_file():
        text = text.replace(KEYS_MARK, keys.read_text(encoding="utf-8"))
    return text


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that reads a guide through guide_text()."""

    def loadResource(self, kind, url):  # noqa: N802 - Qt override
        if kind == QTextDocument.ResourceType.HtmlResource and url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix == ".html" and path.is_file():
                return guide_text(path)
        return super().loadResource(kind, url)


def help_file(key: str, lang: str | None = None) -> Path | None:
    """The guide to page `key` in `lang` (the current language by default), else in English;
    None when there is none."""
    lang = i18n.normalise(lang or i18n.current_language())
    for candidate in (lang, "en"):
        path = HELP_DIR / f"{key}.{candidate}.html"
        if path.is_file():
            return path
    return None


class HelpDialog(QDialog):
    """The guide to one page; stays open beside the work (not modal)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.key = ""
        self.browser = GuideBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(HELP_DIR)])
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)  # outside the scrolling browser: always visible
        fit_window(self, "shell/help", (760, 620))

    def show_page(self, key: str, title: str = "") -> None:
        self.key = key
        self.setWindowTitle(self.tr("Help: {page}").format(page=title or key))
        path = help_file(key)
        if path is None:
            self.browser.setHtml("<p>" + self.tr("There is no guide for this page yet.") + "</p>")
        else:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))


def show_help(window, key: str, title: str = "") -> HelpDialog:
    """Open (or bring up) the guide to page `key` beside `window`."""
    dialog = getattr(window, "_help_dialog", None)  # closing only hides it: reuse it
    if dialog is None:
        dialog = HelpDialog(window)
        window._help_dialog = dialog
    dialog.show_page(key, title)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
