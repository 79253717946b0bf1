"""Start-up of the desk: error dialog, log file, translators, look, the station, first run,
login, main window; and what happens on sign-out, language switch and restore.

`run_gui(station_dir)` is what `aidstation` with no subcommand runs. The `Desk` object drives
the flow without nested event loops (every dialog is opened with `open()` and continues in a
slot), so the same flow is testable with qtbot.

The frozen Windows build has no console, so nothing at start may end in a traceback or a silent
exit: the error hook is installed before anything touches the station folder, the log falls
back to the per-user log folder when the station's logs/ cannot be written, and a folder or
database that cannot be opened is explained in a dialog.
"""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QSettings,
    Signal,
)
from PySide6.QtWidgets import QApplication, QDialog

from aidstation.core.log_file import RotatingLog
from aidstation.core.station_folder import has_station, is_encrypted
from aidstation.gui.kit import i18n
from aidstation.gui.kit.ui_helpers import apply_look, new_application
from aidstation.gui.shell import pages

# The database layer (peewee, the models, backups, migrations: a third of the start) loads
# behind the login dialog, once it is on screen (Desk.start); so it is imported in the methods.
# Nothing before that first paint touches `Qt` either: the namespace's hundred enums are made
# on its first use (12 ms), which the main window pays behind the password check.

log = logging.getLogger("aidstation")
# Labels of Qt's own file dialog (the non-native one, as on Linux) that qtbase_zh_CN lacks in
# their Qt 6 wording: translated in our desk catalogue, which Qt asks before its own.
QT_STRINGS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
              QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))
LOG_NAME = "aidstation.log"
LOG_MAX_BYTES, LOG_BACKUPS = 1_000_000, 5  # aidstation.log and .1 … .5: at most 6 MB
# The log file in use (setup_logging), named by the error dialog; None until there is one.
log_file: Path | None = None


def fallback_log_dir() -> Path:
    """The per-user log folder, for when the station folder's logs/ cannot be written."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("AidStation", appauthor=False))


def setup_logging(station_dir: Path) -> Path | None:
    """A rotating log file (1 MB × 5) in the station's logs/ folder, else in the per-user log
    folder; returns its path (None when neither can be written: the log then goes to stderr)."""
    global log_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingLog):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.INFO)
    refused = []
    for where in (lambda: Path(station_dir) / "logs", fallback_log_dir):  # the second only if needed
        folder = where()
        path = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = RotatingLog(path, max_bytes=LOG_MAX_BYTES, backups=LOG_BACKUPS)
        except OSError as exc:
            refused.append(f"{folder}: {exc.strerror or exc}")
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        from aidstation.core.log_masking import MaskPersonalNumbers  # light: no database layer

        handler.addFilter(MaskPersonalNumbers())  # an ID number or phone in a message never reaches the file
        root.addHandler(handler)
        log_file = path
        for reason in refused:
            log.warning("the log cannot be written in %s; writing it here instead", reason)
        return path
    log_file = None
    log.error("no log file can be written (%s)", "; ".join(refused))
    return None


def install_excepthook(log_path: Path | None = None) -> None:
    """An unexpected exception is logged and shown in a dialog saying what to do, never a
    silent exit (the frozen Windows build has no console). Without `log_path`, the dialog names
    the log file setup_logging chose, whenever it did."""
    showing = []

    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if showing or QApplication.instance() is None:
            return
        showing.append(True)
        try:
            from aidstation.gui.kit import messages  # light, but not needed before anything fails

            path = log_path or log_file
            messages.error(
                QApplication.activeWindow(), QCoreApplication.translate("app", "Unexpected error"),
                QCoreApplication.translate("app", "Something went wrong: {error}\n\nWhat you saved before is safe. Close "
                          "any open form, try again, and if it happens again restart AidStation "
                          "and give your administrator the log file:\n{path}").format(
                    error=str(exc) or exc_type.__name__,
                    path=str(path) if path else QCoreApplication.translate("app", "(no log file could be written)")),
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
        self.context = None  # the signed-in AppContext
        self.wizard = None
        self.login_dialog = None
        self.window = None
        self.recovery_dialog = None
        self.wizard_recovery = ""
        self.backup_task = None  # the day's first backup, while it runs in a worker
        self.backup_progress: tuple[int, int, str] | None = None  # its last (done, total, text)
        self.finishing_dialog = None  # "Finishing today's backup…" while quitting waits for it
        self._ended = False

    # --- start ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Open the wizard (no database yet) or the station and its login; False = give up.

        Only a missing station.db starts the wizard: an empty or damaged one is a damaged
        station (core/station.py), opened read-only with the offer of a backup."""
        if not has_station(self.folder):
            from aidstation.core.station import folder_problem

            problem = folder_problem(self.folder)
            if problem:
                return self.cannot_open(problem)
            from aidstation.gui.shell.first_run_wizard import FirstRunWizard

            self.wizard = FirstRunWizard(self.folder, self.lang)
            self.wizard.finished.connect(self._wizard_done)
            self.wizard.show()
            return True
        # The login dialog first, painted at once; the station opens behind it while the clerk
        # types (its name, read without the database layer, is already in the dialog). An
        # encrypted station opens only once the password has unwrapped its key (unlock).
        self.show_login()
        self._paint_now(self.login_dialog)
        if is_encrypted(self.folder):
            self.login_dialog.set_unlocker(self.unlock, self.show_recovery)
            return True
        if not self.open_station():
            self._drop_login()
            return False
        if self.login_dialog is not None:
            self.login_dialog.set_station(self.station)
        return True

    @staticmethod
    def _paint_now(dialog, limit_ms: int = 300) -> None:
        """Let `dialog` reach the screen before the slow part of the start (no user input is
        handled meanwhile); on X11 the first paint waits for the server, so a few rounds."""
        clock = QElapsedTimer()
        clock.start()
        while not dialog.painted and clock.elapsed() < limit_ms:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 5)

    def _drop_login(self) -> None:
        """The station did not open: no login dialog may stay behind the explanation."""
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._login_done)
            dialog.hide()
            dialog.deleteLater()

    def _wizard_done(self, result: int) -> None:
        self.lang = self.wizard.lang
        # the administrator just created signs in first: only the password is left to type
        username = self.wizard.admin_page.admin()["username"] if self.wizard.mode == "create" else ""
        self.wizard_recovery = self.wizard.recovery_key
        self.wizard.deleteLater()
        self.wizard = None
        if result != QDialog.DialogCode.Accepted:
            self.end(0)
            return
        from aidstation.core.db import current_station

        self.station = current_station()
        self.show_login(username)

    def show_recovery_sheet(self, recovery_key: str) -> None:
        """The new encrypted station's recovery key, over the main window at the administrator's
        first sign-in (the wizard hands the login the keyboard), or before the program ends when
        the login is left without signing in: save and print the sheet."""
        from PySide6.QtCore import Qt

        from aidstation.core import settings
        from aidstation.gui.settings import RecoverySheetDialog

        dialog = RecoverySheetDialog(self.window, recovery_key, settings.get("station.name") or "",
                                     settings.get("station.code") or "", self.folder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.recovery_dialog = dialog

    def unlock(self, username: str, password: str) -> bool:
        """The login dialog's sign-in on an encrypted station: unwrap its key with the password
        and open it. Raises core.encryption.UnlockRefused (the dialog says why); False when the
        station cannot be opened after all (a dialog said why and the flow ends)."""
        from aidstation.core import encryption, keys

        try:
            key = encryption.unlock(self.folder, username, password)
        except keys.KeyFileError as exc:
            self._give_up(exc)
            return False
        if not self.open_station(key=key):
            self._give_up()
            return False
        if not self.station.read_only:
            encryption.note_refusals()
        if self.login_dialog is not None:
            self.login_dialog.set_station(self.station)
        return True

    def show_recovery(self) -> None:
        """The login dialog's "Use the recovery key…": every administrator forgot their password."""
        from aidstation.gui.shell.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.login_dialog, self.recover)
        dialog.open()
        self.recovery_dialog = dialog

    def recover(self, recovery_key: str, username: str, password: str) -> None:
        """Open the station with the recovery key and give `username` (an administrator) the
        new password; the login dialog then signs them in. Raises what the dialog shows."""
        from aidstation.core import encryption

        self.station = encryption.recover_admin(self.folder, recovery_key, username, password)
        self._daily_backup()
        if self.login_dialog is not None:
            self.login_dialog.set_station(self.station)
            self.login_dialog.username_edit.setText(username)
            self.login_dialog.password_edit.clear()
            self.login_dialog.password_edit.setFocus()

    def _give_up(self, problem=None) -> None:
        if problem is not None:
            self.cannot_open(problem)
        self._drop_login()
        self.end(1)

    def open_station(self, key: bytes | None = None) -> bool:
        """Open the station; a damaged one read-only. False (after a dialog) = give up."""
        from aidstation.core.db import StationDamaged, StationError
        from aidstation.core.station import open_station

        try:
            self.station = open_station(self.folder, create=False, key=key)
        except StationDamaged as exc:
            log.error("damaged database, opening read-only: %s", exc)
            try:
                self.station = open_station(self.folder, read_only=True, create=False, key=key)
            except (StationError, OSError) as again:
                return self.cannot_open(again)
            self.station.problem = self.station.problem or exc.problem or str(exc)
            if not self._can_sign_in():
                if self.login_dialog is not None:
                    self.login_dialog.hide()  # the restore question comes first
                if not self._restore_before_sign_in():
                    return False
                if self.login_dialog is not None:
                    self.login_dialog.show()
            return True
        except (StationError, OSError) as exc:
            return self.cannot_open(exc)
        self._daily_backup()
        return True

    def cannot_open(self, problem) -> bool:
        """The station cannot be opened: say why in a dialog (no console in the frozen build)."""
        from aidstation.gui.kit import messages

        log.error("cannot open station %s: %s", self.folder, problem)
        if self.login_dialog is not None:
            self.login_dialog.hide()
        messages.error(None, QCoreApplication.translate("app", "Cannot open the station"),
                       QCoreApplication.translate("app", "AidStation cannot open the station in {folder}:\n{problem}\n\n"
                                                  "Give your administrator this message and the log file:\n{log}").format(
                           folder=str(self.folder), problem=str(problem),
                           log=str(log_file) if log_file else QCoreApplication.translate("app", "(no log file could be written)")))
        return False

    def _daily_backup(self) -> None:
        """The day's first backup, in a worker thread: seconds on a large station, which the
        login and the main window do not wait for (its progress shows in the main window's
        status bar). On other starts the full integrity check, in the background too
        (quick_check at open misses a damaged index, and a backup's verification finds it).
        A failure lands in core.backup.health(), which the main window's banner shows."""
        from aidstation.core import backup
        from aidstation.gui.kit import tasks

        if not _backup_due():
            self.check_integrity()
            return
        # backup_if_due gets progress=… when it accepts it (kit.tasks.prepare)
        task = tasks.prepare(backup.backup_if_due, parent=self)
        task.progressed.connect(self._backup_progressed)
        task.succeeded.connect(self._backup_made)
        task.failed.connect(self._backup_failed)
        self.backup_task, self.backup_progress = task, None
        task.start()
        if self.window is not None:
            self.window.follow_backup(task)

    def backup_running(self) -> bool:
        return self.backup_task is not None and self.backup_task.is_running()

    def _backup_progressed(self, done: int, total: int, text: str) -> None:
        self.backup_progress = (done, total, text)

    def _backup_made(self, made) -> None:
        log.info("daily backup: %s", made.name if made else "made elsewhere today")
        from aidstation.core import backup

        if made is None and not backup.health().damage:
            self.check_integrity()

    def _backup_failed(self, exc, details) -> None:
        # a BackupError is in core.backup.health() already: the banner says it
        log.error("daily backup failed: %s\n%s", exc, details)

    def check_integrity(self):
        """Run core.backup.check_integrity in a worker thread; its result reaches the banner."""
        from aidstation.core import backup
        from aidstation.gui.kit import tasks

        def failed(exc, details):
            log.error("integrity check failed to run: %s\n%s", exc, details)

        self.integrity_task = tasks.start(backup.check_integrity, with_db=False, on_error=failed,
                                          on_result=lambda problem: problem and log.error(
                                              "integrity check: %s", problem))
        return self.integrity_task

    def _can_sign_in(self) -> bool:
        """Whether the accounts of the (damaged, read-only) station can still be read."""
        from aidstation.core import accounts

        try:
            return bool(accounts.list_users())
        except Exception:  # noqa: BLE001 - a damaged database raises more than DatabaseError
            log.exception("the accounts of the damaged station cannot be read")
            return False

    def _restore_before_sign_in(self) -> bool:
        """Damaged so that no one can sign in (an empty file, a damaged user table): offer the
        newest good backup now, before any login; the damaged file is kept in backups/."""
        from aidstation.core import backup, records
        from aidstation.core.db import StationError
        from aidstation.gui.kit import messages

        title = QCoreApplication.translate("app", "The station database is damaged")
        problem = self.station.problem or "?"
        try:
            good = backup.newest_good(backup.list_backups())
        except OSError:
            log.exception("the backups folder cannot be read")
            good = None
        if good is None:
            messages.error(None, title, QCoreApplication.translate(
                "app", "The station database is damaged and no one can sign in: {problem}\n\n"
                "No intact backup was found in {folder}. Give your administrator this message "
                "and the log file:\n{log}").format(
                    problem=problem, folder=str(self.station.folder / "backups"),
                    log=str(log_file) if log_file else QCoreApplication.translate("app", "(no log file could be written)")))
            close_station()
            return False
        when = good.taken_at.strftime("%Y-%m-%d %H:%M")
        if not messages.confirm_dangerous(
                None, title,
                QCoreApplication.translate(
                    "app", "The station database is damaged and no one can sign in: {problem}\n\n"
                    "Restore the newest intact backup, of {when}? Records entered after it will be "
                    "missing; the damaged file is kept in the backups folder.").format(
                        problem=problem, when=when),
                QCoreApplication.translate("app", "Restore backup")):
            close_station()
            return False
        try:
            backup.restore(good.path, user=records.system("restore"))
        except StationError as exc:
            log.error("restore before sign-in failed: %s", exc)
            messages.error(None, QCoreApplication.translate("app", "Restore failed"), str(exc))
            close_station()
            return False
        log.info("restored %s before sign-in", good.name)
        messages.info(None, QCoreApplication.translate("app", "Backup restored"),
                      QCoreApplication.translate("app", "The backup of {when} was restored. Sign in to continue.")
                      .format(when=when))
        return True

    # --- login ---------------------------------------------------------------------------
    def show_login(self, username: str = "") -> None:
        from aidstation.gui.shell.login_dialog import LoginDialog

        self.login_dialog = LoginDialog(self.station, self.lang, username=username, folder=self.folder)
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
            recovery, self.wizard_recovery = self.wizard_recovery, ""
            if recovery:  # quitting before the first sign-in: the key is shown before it is gone
                self.show_recovery_sheet(recovery)
                self.recovery_dialog.finished.connect(lambda _result: self.end(0))
                return
            self.end(0)
            return
        user = dialog.user
        log.info("signed in: %s", user.username)
        if user.language and user.language != self.lang:
            self.lang = i18n.install(QApplication.instance(), user.language)
        from aidstation.gui.shell.context import AppContext

        self.context = AppContext(self.station, user, self.lang)
        self.context.language_changed.connect(self.switch_language)
        self.show_main_window()
        recovery, self.wizard_recovery = self.wizard_recovery, ""
        if recovery:
            self.show_recovery_sheet(recovery)

    # --- main window ---------------------------------------------------------------------
    def show_main_window(self, page_key: str | None = None) -> None:
        from aidstation.gui.shell.main_window import MainWindow

        old = self.window
        self.window = MainWindow(self.context)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.restore_requested.connect(self.restore_newest_backup)
        self.window.closed.connect(self._window_closed)
        if page_key:
            self.window.show_page(page_key)
        if self.backup_running():
            self.window.follow_backup(self.backup_task, self.backup_progress)
        self.window.show()
        if old is not None:
            old.idle.stop()
            old.health_bridge.stop()
            old.hide()
            old.deleteLater()

    def _window_closed(self) -> None:
        self.end(0)

    def end(self, code: int) -> None:
        """The flow ends (`finished`), but never in the middle of the daily backup: while it
        runs, a small window says so and the flow ends when it is done."""
        if self._ended:
            return
        task = self.backup_task
        if task is not None and self.finishing_dialog is None:
            task.finished.connect(lambda: self.end(code))
        if self.backup_running():  # checked after connecting: its end cannot slip between
            if self.finishing_dialog is None:
                from PySide6.QtWidgets import QProgressDialog

                dialog = QProgressDialog(QCoreApplication.translate("app", "Finishing today's backup…"),
                                         "", 0, 0)
                dialog.setCancelButton(None)
                dialog.setWindowTitle(QCoreApplication.translate("app", "AidStation"))
                dialog.setMinimumDuration(0)
                dialog.show()
                self.finishing_dialog = dialog
            return
        self._ended = True
        if self.finishing_dialog is not None:
            self.finishing_dialog.close()
            self.finishing_dialog.deleteLater()
            self.finishing_dialog = None
        self.finished.emit(code)

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
        from aidstation.core.db import StationError, current_station

        username = self.context.user.username if self.context else ""
        try:
            self.station = current_station()  # reopened meanwhile when encryption was turned on
        except StationError:
            pass
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.context = None
        self.show_login(username)

    def restore_newest_backup(self) -> None:
        """From the damaged-database banner: restore the newest backup that passes its check."""
        from aidstation.core import backup
        from aidstation.core.db import StationError
        from aidstation.gui.kit import messages

        parent = self.window
        if self.backup_running():  # it reads the file a restore would replace
            messages.info(parent, QCoreApplication.translate("app", "Backup in progress"),
                          QCoreApplication.translate("app", "Today's backup is still being made. Try "
                                                     "again when it has finished."))
            return
        good = backup.newest_good(backup.list_backups())
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
    def shutdown(self) -> None:
        """Backup on exit (when writable) and close the station, after the daily backup if it
        still runs (never a half backup). (Each window remembers its own geometry:
        kit.geometry.fit_window.)"""
        if self.backup_task is not None:
            self.backup_task.wait()
        if self.station is not None and not self.station.read_only:
            try:
                from aidstation.core import backup

                backup.make_backup()
            except Exception:  # noqa: BLE001
                log.exception("backup on exit failed")
        close_station()


def close_station() -> None:
    """core.db.close_station, imported when needed (see the note at the imports)."""
    from aidstation.core.db import close_station as close

    close()


def _backup_due() -> bool:
    """Whether backups/ holds no daily backup from today (core.backup.backup_if_due's rule)."""
    import datetime as dt

    from aidstation.core import backup

    today = dt.date.today()
    try:
        items = backup.list_backups()
    except OSError:
        return True  # backups/ cannot be read: the backup says why, in health() too
    return not any(i.kind == backup.PREFIX and i.taken_at.date() == today for i in items)


def run_gui(station_dir) -> int:
    """Run the desk on `station_dir`; returns the exit code."""
    app = QApplication.instance() or new_application(sys.argv[:1])
    app.setOrganizationName("AidStation")
    app.setApplicationName("AidStation")
    # The error dialog, then the log, before anything touches the station folder: a failure
    # there, or while loading the look or the translators, must still reach the clerk (no
    # console in the frozen build).
    install_excepthook()
    setup_logging(Path(station_dir))
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
