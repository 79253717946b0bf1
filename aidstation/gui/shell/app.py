"""Start-up of the desk: translators, look, log file, error dialog, the station, first run,
login, main window; and what happens on sign-out, language switch and restore.

`run_gui(station_dir)` is what `aidstation` with no subcommand runs. The `Desk` object drives
the flow without nested event loops (every dialog is opened with `open()` and continues in a
slot), so the same flow is testable with qtbot.
"""
from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog

from aidstation.core.db import DB_NAME, StationDamaged, StationError, close_station
from aidstation.core.station import open_station
from aidstation.gui.kit import i18n, messages
from aidstation.gui.kit.ui_helpers import apply_look
from aidstation.gui.shell import pages
from aidstation.gui.shell.context import AppContext

log = logging.getLogger("aidstation")
LOG_NAME = "aidstation.log"


def setup_logging(station_dir: Path) -> Path:
    """A rotating log file in the station's logs/ folder (1 MB × 5); returns its path."""
    folder = Path(station_dir) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path) -> None:
    """An unexpected exception is logged and shown in a dialog saying what to do, never a
    silent exit (the frozen Windows build has no console)."""
    showing = []

    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if showing or QApplication.instance() is None:
            return
        showing.append(True)
        try:
            messages.error(
                QApplication.activeWindow(), QCoreApplication.translate("app", "Unexpected error"),
                QCoreApplication.translate("app", "Something went wrong: {error}\n\nWhat you saved before is safe. Close "
                          "any open form, try again, and if it happens again restart AidStation "
                          "and give your administrator the log file:\n{path}").format(
                    error=str(exc) or exc_type.__name__, path=str(log_path)),
                details)
        finally:
            showing.clear()

    sys.excepthook = hook


class Desk(QObject):
    """The application flow for one station folder."""

    finished = Signal(int)  # exit code when the flow ends without a main window

    def __init__(self, folder: Path, lang: str, parent=None):
        super().__init__(parent)
        pages.wire()  # which window opens another area's record, before any window opens
        self.folder = Path(folder)
        self.lang = lang
        self.station = None
        self.context: AppContext | None = None
        self.wizard = None
        self.login_dialog = None
        self.window = None

    # --- start ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Open the wizard (no database yet) or the station and its login; False = give up."""
        if not (self.folder / DB_NAME).exists():
            from aidstation.gui.shell.first_run_wizard import FirstRunWizard

            self.wizard = FirstRunWizard(self.folder, self.lang)
            self.wizard.finished.connect(self._wizard_done)
            self.wizard.show()
            return True
        if not self.open_station():
            return False
        self.show_login()
        return True

    def _wizard_done(self, result: int) -> None:
        self.lang = self.wizard.lang
        self.wizard.deleteLater()
        self.wizard = None
        if result != QDialog.DialogCode.Accepted:
            self.finished.emit(0)
            return
        from aidstation.core.db import current_station

        self.station = current_station()
        self.show_login()

    def open_station(self) -> bool:
        try:
            self.station = open_station(self.folder, create=False)
        except StationDamaged as exc:
            log.error("damaged database, opening read-only: %s", exc)
            try:
                self.station = open_station(self.folder, read_only=True, create=False)
            except StationError as again:
                messages.error(None, QCoreApplication.translate("app", "Cannot open the station"), str(again))
                return False
        except StationError as exc:
            log.error("cannot open station: %s", exc)
            messages.error(None, QCoreApplication.translate("app", "Cannot open the station"), str(exc))
            return False
        if not self.station.read_only:
            try:
                from aidstation.core import backup

                backup.backup_if_due()
            except Exception:  # noqa: BLE001 - a failed daily backup must not stop the clerk
                log.exception("daily backup failed")
        return True

    # --- login ---------------------------------------------------------------------------
    def show_login(self, username: str = "") -> None:
        from aidstation.gui.shell.login_dialog import LoginDialog

        self.login_dialog = LoginDialog(self.station, self.lang, username=username)
        self.login_dialog.language_chosen.connect(self._remember_language)
        self.login_dialog.finished.connect(self._login_done)
        self.login_dialog.show()

    def _remember_language(self, lang: str) -> None:
        self.lang = lang
        QSettings().setValue("language", lang)

    def _login_done(self, result: int) -> None:
        dialog = self.login_dialog
        self.login_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self.finished.emit(0)
            return
        user = dialog.user
        log.info("signed in: %s", user.username)
        if user.language and user.language != self.lang:
            self.lang = i18n.install(QApplication.instance(), user.language)
        self.context = AppContext(self.station, user, self.lang)
        self.context.language_changed.connect(self.switch_language)
        self.show_main_window()

    # --- main window ---------------------------------------------------------------------
    def show_main_window(self, page_key: str | None = None) -> None:
        from aidstation.gui.shell.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.context)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.restore_requested.connect(self.restore_newest_backup)
        self.window.closed.connect(self._window_closed)
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if page_key:
            self.window.show_page(page_key)
        self.window.show()
        if old is not None:
            old.idle.stop()
            old.hide()
            old.deleteLater()

    def _window_closed(self) -> None:
        self.save_geometry()
        self.finished.emit(0)

    def switch_language(self, lang: str) -> None:
        """Install the translators and rebuild the window in the new language."""
        from aidstation.core import accounts

        if self.window is not None and not self.window.confirm_leave():
            return
        self.lang = i18n.install(QApplication.instance(), lang)
        self.context.lang = self.lang
        QSettings().setValue("language", self.lang)
        if not self.station.read_only:
            accounts.update_user(self.context.user, language=self.lang, user=self.context.user)
        key = self.window.current_key() if self.window is not None else None
        self.show_main_window(key)

    def sign_out(self) -> None:
        username = self.context.user.username if self.context else ""
        self.save_geometry()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.context = None
        self.show_login(username)

    def restore_newest_backup(self) -> None:
        """From the damaged-database banner: restore the newest backup that passes its check."""
        from aidstation.core import backup

        parent = self.window
        good = next((b for b in backup.list_backups() if not backup.inspect(b.path)), None)
        if good is None:
            messages.warn(parent, QCoreApplication.translate("app", "No good backup"),
                          QCoreApplication.translate("app", "No intact backup was found in the backups folder."))
            return
        if not messages.confirm_dangerous(
                parent, QCoreApplication.translate("app", "Restore backup"),
                QCoreApplication.translate("app", "Replace the damaged database with the backup of {when}? Records "
                          "entered after that backup will be missing.").format(
                    when=good.taken_at.strftime("%Y-%m-%d %H:%M")),
                QCoreApplication.translate("app", "Restore backup")):
            return
        try:
            backup.restore(good.path, user=self.context.user)
        except StationError as exc:
            messages.error(parent, QCoreApplication.translate("app", "Restore failed"), str(exc))
            return
        messages.info(parent, QCoreApplication.translate("app", "Backup restored"),
                      QCoreApplication.translate("app", "The backup was restored. Please sign in again."))
        self.sign_out()

    # --- end -----------------------------------------------------------------------------
    def save_geometry(self) -> None:
        if self.window is not None and self.window.isVisible():
            QSettings().setValue("main_window/geometry", self.window.saveGeometry())

    def shutdown(self) -> None:
        """Backup on exit (when writable) and close the station."""
        self.save_geometry()
        if self.station is not None and not self.station.read_only:
            try:
                from aidstation.core import backup

                backup.make_backup()
            except Exception:  # noqa: BLE001
                log.exception("backup on exit failed")
        close_station()


def run_gui(station_dir) -> int:
    """Run the desk on `station_dir`; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("AidStation")
    app.setApplicationName("AidStation")
    # The log and the error dialog first: a failure while loading the look or the
    # translators must still reach the clerk (no console in the frozen build).
    log_path = setup_logging(Path(station_dir))
    install_excepthook(log_path)
    apply_look(app)
    lang = i18n.install(app, QSettings().value("language") or i18n.system_language())
    log.info("starting on %s", station_dir)
    desk = Desk(Path(station_dir), lang)
    exit_code = []
    desk.finished.connect(lambda code: (exit_code.append(code), app.quit()))
    if not desk.start():
        close_station()
        return 1
    app.setQuitOnLastWindowClosed(False)  # the Desk decides when the flow ends
    code = app.exec()
    desk.shutdown()
    return exit_code[0] if exit_code else code
