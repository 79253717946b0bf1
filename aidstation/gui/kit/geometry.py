"""Every window fits the screen it opens on (1280×720 laptops included) and comes back where
the clerk left it.

    fit_window(self, "legalaid/application", (1100, 700))

sizes the window to what it was last time (QSettings `geometry/<key>`) or to `default`, never
larger than the screen's available area less room for the title bar, and remembers it when
the window is hidden or closed. A window's content must cope with the smaller size (scroll
areas, splitters); its buttons stay outside the scroll area so they are always visible.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager takes around a window: title bar above, a thin frame around.
FRAME_ALLOWANCE = QSize(16, 40)


def available_rect(widget: QWidget | None = None) -> QRect:
    """The available area of the screen `widget` is on (the primary screen otherwise)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def largest_size(widget: QWidget | None = None) -> QSize:
    """The largest client size whose frame still fits the available area."""
    area = available_rect(widget)
    return QSize(max(area.width() - FRAME_ALLOWANCE.width(), 320),
                 max(area.height() - FRAME_ALLOWANCE.height(), 240))


def clamp_size(size: QSize, widget: QWidget | None = None) -> QSize:
    return size.boundedTo(largest_size(widget))


class _Remember(QObject):
    """Saves the window's geometry when it is hidden or closed."""

    def __init__(self, window: QWidget, key: str):
        super().__init__(window)
        self.key = key

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            QSettings().setValue(f"geometry/{self.key}", obj.saveGeometry())
        return False


def fit_window(window: QWidget, key: str, default: tuple[int, int]) -> None:
    """Restore `window`'s last geometry (or `default`), clamped to the screen; remember it."""
    saved = QSettings().value(f"geometry/{key}")
    restored = False
    if saved is not None:
        try:
            restored = bool(window.restoreGeometry(saved))
        except TypeError:  # a damaged settings value: fall back to the default
            restored = False
    if not restored:
        window.resize(QSize(*default))
    limit = largest_size(window)
    # a minimum size from Designer must not push the window past the screen
    window.setMinimumSize(window.minimumSize().boundedTo(limit))
    window.resize(window.size().boundedTo(limit))
    area = available_rect(window)
    frame = window.frameGeometry() if window.isVisible() else QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    if restored and not area.contains(frame):
        window.move(area.topLeft())
    if getattr(window, "_geometry_memory", None) is None:
        window._geometry_memory = _Remember(window, key)
        window.installEventFilter(window._geometry_memory)
