"""PySide6: the shell (start, login, main window), the kit, and one package per area."""
