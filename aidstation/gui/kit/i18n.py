"""Translators: Qt's own qtbase_zh_CN (standard buttons read 取消) plus every
resources/translations/*_zh_CN.qm (one file per area). English needs no translator.

`install(app, lang)` replaces whatever was installed; `system_language()` picks the default.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from aidstation.paths import TRANSLATIONS_DIR

LANGUAGES = ("en", "zh_CN")
# Each language named in itself, for the language pickers.
LANGUAGE_NAMES = [("en", "English"), ("zh_CN", "中文（简体）")]
_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """'zh_CN' when the system locale is Chinese, else 'en'."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def normalise(lang: str | None) -> str:
    if not lang:
        return system_language()
    return "zh_CN" if lang.lower().startswith("zh") else "en"


def current_language() -> str:
    return _current


def install(app, lang: str) -> str:
    """Install the translators for `lang` ('en' or 'zh_CN'); returns the language installed."""
    global _current
    lang = normalise(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "zh_CN":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
        for path in sorted(TRANSLATIONS_DIR.glob("*_zh_CN.qm")):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = lang
    return lang
