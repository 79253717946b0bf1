"""Small look-and-feel helpers shared by the desk's screens: icons, title labels, style."""
from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel

from aidstation.paths import ICONS_DIR, STYLES_DIR


def icon(name: str) -> QIcon:
    """An icon from resources/icons ('reception.svg' or 'reception'); empty if missing."""
    if not name.endswith(".svg") and not name.endswith(".png"):
        name += ".svg"
    path = ICONS_DIR / name
    return QIcon(str(path)) if path.exists() else QIcon()


def set_role(label: QLabel, role: str) -> None:
    """Style a label by role: 'title', 'section' or 'hint' (see resources/styles/desk.qss)."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def stylesheet() -> str:
    path = STYLES_DIR / "desk.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# The style an application made by new_application() starts in: it needs no setStyle, whose
# returned QStyle costs the desk's start 5 ms of enums before the login dialog is on screen.
STYLE = "Fusion"
STYLED_AT_START = "aidstation_style_at_start"  # the QApplication property that says so


def new_application(argv: list[str]):
    """The desk's QApplication, in our style from its construction (Qt's `-style` option)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([*argv[:1], "-style", STYLE, *argv[1:]])
    app.setProperty(STYLED_AT_START, True)
    return app


def apply_look(app) -> None:
    """Fusion plus our small stylesheet, and the window icon."""
    if not app.property(STYLED_AT_START):
        app.setStyle(STYLE)
    app.setStyleSheet(stylesheet())
    app.setWindowIcon(icon("aidstation.svg"))


def safe_setting(key: str, default: str = "") -> str:
    """settings.get(), or `default` when the database cannot be read (a damaged station
    opened read-only must still show its window and its restore banner)."""
    from peewee import DatabaseError

    from aidstation.core import settings

    try:
        return settings.get(key)
    except DatabaseError:
        return default


def setup_list_view(view) -> None:
    """The one look of every record list: whole rows, one at a time, alternating colours, no
    row numbers, resizable columns with the last one stretching."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)


def keep_open(dialogs: list, dialog) -> list:
    """`dialogs` without the windows Qt already deleted, plus `dialog`: a page holds its open
    record windows in this list so Python does not collect them while they are shown."""
    def alive(widget) -> bool:
        try:
            widget.isVisible()
        except RuntimeError:  # the C++ object is gone (closed with WA_DeleteOnClose)
            return False
        return True

    return [d for d in dialogs if alive(d)] + [dialog]


def restore_current_row(view, index) -> None:
    """Put the list's current row back on `index` without announcing it: used when the clerk
    cancels leaving a record with unsaved edits, so the highlight matches the open form."""
    from PySide6.QtCore import QItemSelectionModel, QSignalBlocker

    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    blocker = QSignalBlocker(selection)
    try:
        selection.setCurrentIndex(index, flags)
    finally:
        blocker.unblock()
    view.viewport().update()
