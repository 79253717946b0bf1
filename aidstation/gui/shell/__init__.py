"""The shell: start-up, the first-run wizard, login, the main window, the list of pages."""
