"""PySide6: the shell (start, login, main window), the kit, and one package per area."""
from aidstation.gui import pyside_imports

pyside_imports.install()
