"""GUI fixtures: compiled translations, a logged-in context, patched message boxes."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aidstation.paths import TRANSLATIONS_DIR


def _compile_translations() -> None:
    """Build any *.qm older than its .ts (`make translations` does the same)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in TRANSLATIONS_DIR.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def wired_handoffs():
    """The hand-offs between areas, registered as the desk does at start (shell/pages.wire)."""
    from aidstation.gui.shell import pages

    pages.wire()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    _compile_translations()


@pytest.fixture(scope="session", autouse=True)
def private_qsettings(tmp_path_factory):
    """Window geometry and the last language go to a temporary folder, not the user's own."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture(autouse=True)
def fresh_qsettings(private_qsettings):
    """No test sees the window sizes, column layouts or language another test left behind."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def english(qapp):
    """Every GUI test starts in English and leaves no translator behind."""
    from aidstation.gui.kit import i18n

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def context(station, admin):
    from aidstation.gui.shell.context import AppContext

    return AppContext(station, admin, "en")


@pytest.fixture
def messages_log(monkeypatch):
    """Patch every message box; records (kind, title, text). Questions answer from `answers`."""
    from aidstation.gui.kit import messages

    log = []
    answers = {"ask_yes_no": True, "ask_discard": "discard", "confirm_dangerous": True}

    def make(kind):
        def fake(parent, *args, **kwargs):
            log.append((kind,) + tuple(str(a) for a in args))
            return answers.get(kind)
        return fake

    for kind in ("info", "warn", "error", "ask_yes_no", "ask_discard", "confirm_dangerous"):
        monkeypatch.setattr(messages, kind, make(kind))
    return _Log(log, answers)


class _Log(list):
    def __init__(self, log, answers):
        super().__init__()
        self._log = log
        self.answers = answers

    def __iter__(self):
        return iter(self._log)

    def __len__(self):
        return len(self._log)

    def __getitem__(self, i):
        return self._log[i]

    def kinds(self):
        return [entry[0] for entry in self._log]

    def texts(self):
        return " | ".join(" ".join(entry[1:]) for entry in self._log)


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` into `widget` key by key; non-ASCII characters (Chinese) arrive as key events
    carrying the character, as an input method commits them (QTest.keyClicks cannot send them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def pytest_collection_modifyitems(config, items):
    """The offscreen platform warns that it cannot propagate size hints whenever a window is
    shown; that says nothing about our code, so it may not fail a GUI test."""
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))
