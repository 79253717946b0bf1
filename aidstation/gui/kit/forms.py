"""Load a Qt Designer form (`ui/<name>.ui`) *into* the widget that owns it.

Usage, in any controller::

    class ReceptionPage(QWidget):
        def __init__(self, context, parent=None):
            super().__init__(parent)
            load_ui(self, "reception_page.ui")
            self.search_edit.textChanged.connect(...)   # every child is an attribute by objectName

The top-level widget of the .ui file is *the owner itself* (so a QDialog subclass keeps its own
`accept()`), its layout and children are created inside it, and every named widget, layout and
action becomes an attribute of the owner. Strings are translated by Qt with the .ui's class name
as context, so run pyside6-lupdate on the .ui file too.

Custom widgets (promoted in Designer with a dotted `<header>` such as `aidstation.gui.kit.widgets`)
are registered once in CUSTOM_WIDGETS; an area adds its own with `register_custom_widget(cls)`.
Never use `loadUiType` (it runs uic at run time and breaks the frozen build).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader

from aidstation.paths import ui_file

# Classes a .ui file may use as promoted widgets; extended by register_custom_widget().
CUSTOM_WIDGETS: list[type] = []


def register_custom_widget(cls: type) -> type:
    """Make `cls` usable as a promoted widget in every form loaded afterwards (usable as decorator)."""
    if cls not in CUSTOM_WIDGETS:
        CUSTOM_WIDGETS.append(cls)
    return cls


class UiLoader(QUiLoader):
    """A QUiLoader whose top-level widget is an existing instance (the form's owner). One is
    made and reused by every load_ui (see _loader); `owner` is set for each load."""

    def __init__(self):
        # Qt's constructor loads every Designer plugin under the library paths' designer/
        # folders (the QQuickWidget plugin pulls in Qt Quick, QML and Network; PySide's own a
        # second Python binding): 7 MiB and tens of ms at start for widgets no form uses.
        # With no library paths while it runs, it loads none; ours are registered in Python.
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            super().__init__()
        finally:
            QCoreApplication.setLibraryPaths(paths)
        self.owner = None
        self.registered: set[type] = set()

    def register_all(self) -> None:
        for cls in CUSTOM_WIDGETS:
            if cls not in self.registered:
                self.registerCustomWidget(cls)
                self.registered.add(cls)

    def createWidget(self, class_name, parent=None, name=""):  # noqa: N802 - Qt override
        if parent is None and self.owner is not None:
            return self.owner
        widget = super().createWidget(class_name, parent, name)
        if name:
            setattr(self.owner, name, widget)
        return widget

    def createLayout(self, class_name, parent=None, name=""):  # noqa: N802 - Qt override
        layout = super().createLayout(class_name, parent, name)
        if name:
            setattr(self.owner, name, layout)
        return layout

    def createAction(self, parent=None, name=""):  # noqa: N802 - Qt override
        action = super().createAction(parent, name)
        if name:
            setattr(self.owner, name, action)
        return action


def _check_custom_widgets(path) -> None:
    """Every promoted class of the form must be registered (kit.widgets.CUSTOM_WIDGETS, or a
    module's own register_custom_widget call): QUiLoader would silently build a plain widget."""
    data = path.read_bytes()
    if b"<customwidget" not in data:
        return  # a form without promoted widgets (the login) loads neither kit.widgets nor a parser
    import xml.etree.ElementTree as ET

    nodes = list(ET.fromstring(data).iter("customwidget"))
    _register_defaults()
    for node in nodes:
        class_name = (node.findtext("class") or "").strip()
        if class_name and class_name not in {cls.__name__ for cls in CUSTOM_WIDGETS}:
            header = (node.findtext("header") or "").strip()
            raise RuntimeError(f"form {path.name}: custom widget {class_name} ({header}) is not registered")


def load_ui(owner, name: str):
    """Build `ui/<name>` into `owner` and return it; raises FileNotFoundError / RuntimeError."""
    path = ui_file(name)
    if not path.exists():
        raise FileNotFoundError(f"form {path} not found")
    _check_custom_widgets(path)
    loader = _loader()
    if loader.owner is not None:  # a promoted widget loading a form of its own: a loader of its own
        loader = UiLoader()
    loader.register_all()
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot read form {path}")
    loader.owner = owner
    try:
        widget = loader.load(handle)
    finally:
        loader.owner = None
        handle.close()
    if widget is None:
        raise RuntimeError(f"form {path} did not load: {loader.errorString()}")
    return widget


_shared: UiLoader | None = None


def _loader() -> UiLoader:
    """The one UiLoader (made on the first form): its custom widgets are registered once."""
    global _shared
    if _shared is None:
        _shared = UiLoader()
    return _shared


_defaults_done = False


def _register_defaults() -> None:
    """Our own custom widgets, imported lazily so forms.py itself stays import-light."""
    global _defaults_done
    if _defaults_done:
        return
    _defaults_done = True
    from aidstation.gui.kit import widgets

    for cls in widgets.CUSTOM_WIDGETS:
        register_custom_widget(cls)
