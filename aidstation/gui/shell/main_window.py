"""The main window: navigation on the left (one entry per page of shell/pages.py), the pages, a status
bar with user, station and month, the banner and the idle lock.

The banner stays until what it says is put right: a damaged database opened read-only (restore),
damage the background integrity check or a backup found (rebuild the indexes, or restore), a
failed backup (back up now). It follows core.backup.health(), whichever thread changes it.

Pages are created the first time they are shown. A page widget may define (all optional):
`has_unsaved_changes() -> bool`, `save_changes() -> bool` and `discard_changes()` (asked when
the clerk leaves the page, signs out or quits), `refresh()` (called when the page is shown
again). Open record windows (any visible top-level window with `has_unsaved_changes()`) are
asked on sign-out and quit too. The idle lock asks nothing: it hides every window and shows it
again, edits and all, after the password.

Keys: Ctrl+1…Ctrl+9 open the 1st…9th page, Ctrl+PgDown/Ctrl+PgUp the next/previous one
(wrapping), each asking about unsaved edits like a click in the navigation; F1 opens the page's
guide (shell/help.py); Ctrl+L locks.
"""
from __future__ import annotations

import datetime as dt
import logging
import time

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QToolButton,
)

from aidstation.core import accounts, backup, changes
from aidstation.core.db import StationError
from aidstation.core.reporting import submissions
from aidstation.gui.kit import messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.ui_helpers import icon, safe_setting
from aidstation.gui.shell import pages

log = logging.getLogger(__name__)
# The main window's size on first start: it must fit a 1280×720 laptop (geometry.fit_window
# keeps it inside the screen and remembers the clerk's own size).
DEFAULT_SIZE = (1280, 720)
NEXT_PAGE = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_PageDown)
PREVIOUS_PAGE = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_PageUp)


def page_shortcut(row: int) -> QKeySequence | None:
    """Ctrl+1 … Ctrl+9 for the first nine pages of the navigation."""
    return QKeySequence(f"Ctrl+{row + 1}") if row < 9 else None


def page_title(spec) -> str:
    return QCoreApplication.translate("pages", spec.title)


def visible_specs(context) -> list:
    return [s for s in pages.navigation() if context.is_admin or not s.admin_only]


class ChangeBridge(QObject):
    """Re-emits each core.changes.Change as a Qt signal (queued into the GUI thread when the
    write committed in a worker); stops listening when its owner is gone."""

    changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        changes.subscribe(self._publish)
        self.destroyed.connect(lambda *_: changes.unsubscribe(self._publish))

    def stop(self) -> None:
        """Stop listening (the window closes or is replaced: it must not warn from behind)."""
        changes.unsubscribe(self._publish)

    def _publish(self, change) -> None:
        try:
            self.changed.emit(change)
        except RuntimeError:  # the window was deleted before its listener was removed
            changes.unsubscribe(self._publish)


class HealthBridge(QObject):
    """Re-emits each change of core.backup.health() as a Qt signal (queued into the GUI thread
    when the background integrity check made it); stops listening when its owner is gone."""

    changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        backup.subscribe(self._publish)
        self.destroyed.connect(lambda *_: backup.unsubscribe(self._publish))

    def stop(self) -> None:
        backup.unsubscribe(self._publish)

    def _publish(self, health) -> None:
        try:
            self.changed.emit(health)
        except RuntimeError:  # the window was deleted before its listener was removed
            backup.unsubscribe(self._publish)


class IdleWatcher(QObject):
    """Counts time since the last key press or mouse action anywhere in the application and
    emits `idle` once it exceeds `minutes` (0 = never)."""

    idle = Signal()
    INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, minutes: float, parent=None):
        super().__init__(parent)
        self.minutes = minutes
        self.last_input = time.monotonic()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() in self.INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if self.paused or self.minutes <= 0:
            return
        if time.monotonic() - self.last_input >= self.minutes * 60:
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


class MainWindow(QMainWindow):
    """Signals: `sign_out_requested`, `restore_requested` (the banner's restore button), `closed`."""

    sign_out_requested = Signal()
    restore_requested = Signal()
    closed = Signal()  # the clerk closed the window (after confirming unsaved edits)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "main_window.ui")
        self.context = context
        self.specs = visible_specs(context)
        self.page_widgets: dict[str, object] = {}
        self.shown_row = -1  # the row whose page is on screen (the nav may briefly differ)
        self.locked = False
        self._hidden_windows: list = []
        self.nav_list.setObjectName("nav_list")
        self.lock_screen.setObjectName("lock_screen")
        self.banner.setObjectName("banner")
        self.lock_icon.setPixmap(icon("lock.svg").pixmap(56, 56))
        self.lock_error.setObjectName("form_error")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.lock_password_edit.returnPressed.connect(self.try_unlock)
        self.nav_list.currentRowChanged.connect(self._nav_row_changed)
        self.banner_button.clicked.connect(self.restore_requested)
        self.repair_button.clicked.connect(self.repair_database)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.health_bridge = HealthBridge(self)
        self.health_bridge.changed.connect(lambda _health: self.show_banner())
        # Committed writes announce themselves (core/changes.py), from any thread; the bridge's
        # signal brings each one here, in the GUI thread, as it happens.
        self.change_bridge = ChangeBridge(self)
        self.change_bridge.changed.connect(self._warn_sent_months)
        self._build_status_bar()
        self._build_actions()
        self._fill_navigation()
        self.retranslate()
        minutes = _idle_minutes()
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.go_to_row(0)
        fit_window(self, "main_window", DEFAULT_SIZE)

    # --- building ------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.user_status = QLabel(self)
        self.station_status = QLabel(self)
        self.month_status = QLabel(self)
        # whether station.db is encrypted (issue 20): a plain station says so, always
        self.encryption_status = QLabel(self)
        self.encryption_status.setObjectName("encryption_status")
        # squeezed before anything else when the window is narrow (its tooltip says it all)
        self.encryption_status.setMinimumWidth(1)
        self.encryption_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.user_status, self.station_status, self.encryption_status, self.month_status):
            self.status_bar.addWidget(label)
        # the day's first backup, while it runs in the background (follow_backup); it takes
        # the month's place meanwhile, so the status bar still fits a 1280-pixel screen
        self.backup_status = QLabel(self)
        self.backup_bar = QProgressBar(self)
        self.backup_bar.setObjectName("backup_bar")
        self.backup_bar.setFixedSize(60, 12)
        self.backup_bar.setTextVisible(False)
        for widget in (self.backup_status, self.backup_bar):
            self.status_bar.addWidget(widget)
            widget.setVisible(False)
        self.search_button = QToolButton(self)
        self.search_button.setObjectName("search_button")
        self.search_button.setAutoRaise(True)
        self.search_button.setIcon(icon("search-dark.svg"))
        self.search_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search_button.clicked.connect(self.open_search)
        self.status_bar.addPermanentWidget(self.search_button)
        self.password_button = QToolButton(self)
        self.password_button.setAutoRaise(True)
        self.password_button.clicked.connect(self.change_password)
        self.lock_button = QToolButton(self)
        self.lock_button.setAutoRaise(True)
        self.lock_button.setIcon(icon("lock-dark.svg"))
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.clicked.connect(self.lock)
        self.sign_out_button = QToolButton(self)
        self.sign_out_button.setAutoRaise(True)
        self.sign_out_button.setIcon(icon("logout-dark.svg"))
        self.sign_out_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sign_out_button.clicked.connect(self.sign_out)
        for button in (self.password_button, self.lock_button, self.sign_out_button):
            self.status_bar.addPermanentWidget(button)

    def follow_backup(self, task, last: tuple[int, int, str] | None = None) -> None:
        """Show the running backup `task` (a kit.tasks.Task) in the status bar until it ends;
        `last` is the progress it reported before this window existed."""
        self.backup_bar.setRange(0, 0)  # busy, until it says how far it is
        self.backup_status.setText(self.tr("Backing up…"))
        self.backup_status.setToolTip(self.tr("Today's backup of the station is being made."))
        self.month_status.setVisible(False)
        self.backup_status.setVisible(True)
        self.backup_bar.setVisible(True)
        task.progressed.connect(self._backup_progressed)
        task.finished.connect(self._backup_ended)
        if last is not None:
            self._backup_progressed(*last)
        if not task.is_running():  # it ended before the connections were made
            self._backup_ended()

    def _backup_progressed(self, done: int, total: int, text: str = "") -> None:
        # (core's step text is not translated: the label keeps saying what runs)
        if total > 0:
            self.backup_bar.setRange(0, total)
            self.backup_bar.setValue(min(done, total))

    def _backup_ended(self) -> None:
        self.backup_status.setVisible(False)
        self.backup_bar.setVisible(False)
        self.month_status.setVisible(True)

    def _warn_sent_months(self, change) -> None:
        """A write just landed in a month already sent to the district: the clerk must know a
        correction is due (core.reporting.submissions flagged the month inside the write)."""
        for month in change.sent_months:
            english, chinese = submissions.warning(month)
            text = chinese if self.context.lang.startswith("zh") else english
            messages.warn(self, self.tr("Month already submitted"), text)

    def _build_actions(self) -> None:
        def action(keys, slot) -> QAction:
            act = QAction(self)
            act.setShortcut(keys)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.lock_action = action(QKeySequence("Ctrl+L"), self.lock)
        self.help_action = action(QKeySequence(Qt.Key.Key_F1), self.show_help)
        # F1 in a record window too: it shows the guide of the page the window belongs to
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.search_action = action(QKeySequence("Ctrl+K"), self.open_search)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.next_page_action = action(NEXT_PAGE, lambda: self.step_page(1))
        self.previous_page_action = action(PREVIOUS_PAGE, lambda: self.step_page(-1))
        self.page_actions = [action(page_shortcut(row), lambda _=False, r=row: self.go_to_row(r))
                             for row in range(min(9, len(self.specs)))]

    def _fill_navigation(self) -> None:
        self.nav_list.clear()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), page_title(spec), self.nav_list)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)

    def retranslate(self) -> None:
        name = safe_setting("station.name") or self.tr("(unnamed station)")
        # a plain station says so in the title too: the status bar may be too narrow to show it
        self.setWindowTitle((self.tr("AidStation — {station}") if getattr(self.context.station, "encrypted", False)
                             else self.tr("AidStation — {station} (not encrypted)")).format(station=name))
        user = self.context.user
        role = self.tr("administrator") if self.context.is_admin else self.tr("clerk")
        self.user_status.setText(self.tr("User: {name} ({role})").format(
            name=(user.display_name or user.username) if user else "", role=role))
        code = safe_setting("station.code")
        self.station_status.setText(self.tr("Station: {name}").format(
            name=f"{name} [{code}]" if code else name))
        self.month_status.setText(self.tr("Month: {month}").format(month=dt.date.today().strftime("%Y-%m")))
        if getattr(self.context.station, "encrypted", False):
            self.encryption_status.setText(self.tr("Encrypted"))
            self.encryption_status.setToolTip(self.tr(
                "The station database and its backups are encrypted: without a password or the "
                "recovery key they cannot be read."))
        else:
            self.encryption_status.setText(self.tr("Not encrypted"))
            self.encryption_status.setToolTip(self.tr(
                "Anyone who copies station.db or a backup can read every record. An administrator "
                "can turn encryption on in Settings → Backups."))
        self.search_button.setText(self.tr("Search everything…"))
        self.search_button.setToolTip(self.tr("Find a person, consultation, case, application or card (Ctrl+K)"))
        self.password_button.setText(self.tr("Change password…"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the screen (Ctrl+L)"))
        self.sign_out_button.setText(self.tr("Sign out"))
        for row, spec in enumerate(self.specs):
            item = self.nav_list.item(row)
            item.setText(page_title(spec))
            keys = page_shortcut(row)
            item.setToolTip(self.tr("{page} ({keys})").format(
                page=page_title(spec), keys=keys.toString(QKeySequence.SequenceFormat.NativeText))
                if keys is not None else page_title(spec))
        self.banner_button.setText(self.tr("Restore the newest good backup…"))
        self.repair_button.setText(self.tr("Rebuild the indexes…"))
        self.backup_now_button.setText(self.tr("Back up now"))
        self.show_banner()
        self.lock_title.setText(self.tr("AidStation is locked"))
        self.lock_hint.setText(self.tr("Enter the password of {name} to continue.").format(
            name=user.username if user else ""))
        self.lock_password_edit.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))

    # --- the banner ----------------------------------------------------------------------
    def show_banner(self) -> None:
        """Show what must be put right, most serious first; hide the banner when nothing is."""
        station = self.context.station
        health = backup.health()
        admin = self.context.is_admin
        text, buttons = "", ()
        if station.read_only:
            text = self.tr(
                "The station database is damaged and was opened read-only: you can look but not "
                "change anything. Problem: {problem}").format(problem=station.problem or "?")
            buttons = (self.banner_button,)
        elif health.damage:
            text = self.tr("The station database is damaged: {problem}. Rebuilding its indexes "
                           "repairs a damaged index; otherwise restore the newest good backup."
                           ).format(problem=health.damage)
            if health.backup_failed:
                text += " " + self.tr("Backups fail until it is repaired.")
            if admin:
                buttons = (self.repair_button, self.banner_button)
            else:
                text += " " + self.tr("Ask an administrator to repair it.")
        elif health.backup_failed:
            text = self.tr("The last backup failed: {error}. Your records are not backed up "
                           "until a backup succeeds.").format(error=health.backup_failed)
            buttons = (self.backup_now_button,)
        self.banner_label.setText(text)
        for button in (self.repair_button, self.banner_button, self.backup_now_button):
            button.setVisible(button in buttons)
        self.banner.setVisible(bool(text))

    def repair_database(self) -> None:
        """The banner's repair: REINDEX (administrators), then a backup if it worked."""
        title = self.tr("Repair the database")
        if not messages.confirm_dangerous(
                self, title,
                self.tr("Rebuild every index of the station database? The records themselves are "
                        "not changed; on a large station this takes a minute."),
                self.tr("Rebuild the indexes")):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            remaining = backup.reindex(user=self.context.user)
        except StationError as exc:
            QApplication.restoreOverrideCursor()
            messages.error(self, title, str(exc))
            return
        QApplication.restoreOverrideCursor()
        if remaining:
            messages.warn(self, title, self.tr(
                "The indexes were rebuilt, but the database is still damaged: {problem}\n\n"
                "Restore the newest good backup.").format(problem=remaining))
            return
        text = self.tr("The database was repaired and passes its integrity check.")
        try:
            self._backup()
        except StationError as exc:
            text += " " + self.tr("The backup after it failed: {error}").format(error=str(exc))
        else:
            text += " " + self.tr("A backup was made.")
        messages.info(self, title, text)

    def backup_now(self) -> None:
        """The banner's retry after a failed backup."""
        try:
            path = self._backup()
        except StationError as exc:
            messages.error(self, self.tr("Backup failed"), str(exc))
            return
        messages.info(self, self.tr("Backup made"), self.tr("Backup written: {name}").format(name=path.name))

    def _backup(self):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return backup.make_backup()
        finally:
            QApplication.restoreOverrideCursor()

    # --- pages ---------------------------------------------------------------------------
    def spec_by_key(self, key: str):
        return next((s for s in self.specs if s.key == key), None)

    def page(self, key: str):
        """The page widget for `key`, created on first use (None if no such page)."""
        if key in self.page_widgets:
            return self.page_widgets[key]
        spec = self.spec_by_key(key)
        if spec is None:
            return None
        try:
            widget = spec.factory(self.context, self.page_stack)
        except Exception as exc:  # noqa: BLE001 - e.g. a damaged database: show why, keep going
            log.exception("page %s failed to open", key)
            widget = QLabel(self.tr("This page cannot be shown: {error}").format(error=exc), self.page_stack)
            widget.setObjectName("page_error")
            widget.setWordWrap(True)
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_stack.addWidget(widget)
        self.page_widgets[key] = widget
        return widget

    def show_page(self, key: str):
        """Show the page `key` (asking about the page being left); returns its widget, or None
        when there is no such page or the clerk stayed on the current one."""
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                return self.page_widgets.get(key) if self.go_to_row(row) else None
        return None

    def current_key(self) -> str | None:
        return self.specs[self.shown_row].key if 0 <= self.shown_row < len(self.specs) else None

    def current_page(self):
        key = self.current_key()
        return self.page_widgets.get(key) if key else None

    def _nav_row_changed(self, row: int) -> None:
        if row != self.shown_row and not self.go_to_row(row):
            # A mouse press selects the clicked row after announcing it: put the highlight
            # back once the press is over, too.
            QTimer.singleShot(0, self._sync_nav)

    def _sync_nav(self) -> None:
        """Make the navigation's highlight match the page on screen, without announcing it."""
        blocker = QSignalBlocker(self.nav_list)
        self.nav_list.setCurrentRow(self.shown_row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        blocker.unblock()

    def go_to_row(self, row: int) -> bool:
        """Show the page in navigation row `row`, after asking about unsaved edits on the page
        being left; False (and the current page stays) when the clerk cancels or a save fails."""
        if not (0 <= row < len(self.specs)) or self.locked:
            self._sync_nav()
            return False
        if row == self.shown_row:
            self._sync_nav()
            return True
        leaving = self.current_page()
        if leaving is not None and not self._settle(leaving):
            self._sync_nav()
            return False
        key = self.specs[row].key
        fresh = key not in self.page_widgets
        widget = self.page(key)
        self.shown_row = row
        self._sync_nav()
        self.page_stack.setCurrentWidget(widget)
        if not fresh and hasattr(widget, "refresh"):
            widget.refresh()
        return True

    def step_page(self, step: int) -> bool:
        """The next (+1) or previous (-1) page, wrapping around."""
        return self.go_to_row((self.shown_row + step) % len(self.specs)) if self.specs else False

    def open_search(self):
        """Ctrl+K / Ctrl+F: one search across every record (shell/search_dialog.py)."""
        if self.locked:
            return None
        from aidstation.gui.shell.search_dialog import open_search

        return open_search(self)

    def show_help(self) -> None:
        """F1: the short guide to the page on screen, or to the page of the record window in
        front (a window says which with its `help_key`)."""
        if self.locked:
            return
        front = QApplication.activeWindow()
        key = getattr(front, "help_key", None) if front is not self else None
        spec = self.spec_by_key(key) if key else None
        if spec is None:
            key = self.current_key()
            spec = self.specs[self.shown_row] if key else None
        if spec is not None:
            from aidstation.gui.shell import help as page_help  # on the first F1, not at start

            page_help.show_help(self, spec.key, page_title(spec))

    # --- unsaved edits -------------------------------------------------------------------
    def _bring_up(self, widget) -> None:
        """Put an already created page on screen without asking anything."""
        key = next(k for k, w in self.page_widgets.items() if w is widget)
        self.shown_row = next(r for r, spec in enumerate(self.specs) if spec.key == key)
        self._sync_nav()
        self.page_stack.setCurrentWidget(widget)

    @staticmethod
    def _unsaved(widget) -> bool:
        return hasattr(widget, "has_unsaved_changes") and bool(widget.has_unsaved_changes())

    def _settle(self, widget) -> bool:
        """Ask Save / Discard / Cancel about `widget`'s edits (nothing when it has none);
        True when it may be left."""
        if not self._unsaved(widget):
            return True
        answer = messages.ask_discard(widget if widget.isWindow() else self)
        if answer == "save":
            return hasattr(widget, "save_changes") and bool(widget.save_changes())
        if answer == "discard":
            if hasattr(widget, "discard_changes"):
                widget.discard_changes()
            return True
        return False

    def unsaved_pages(self) -> list:
        return [w for w in self.page_widgets.values() if self._unsaved(w)]

    def record_windows(self) -> list:
        """The open record windows: visible top-level windows of the application that know
        about unsaved edits (mediation cases, legal-aid applications, …)."""
        return [w for w in QApplication.topLevelWidgets()
                if w is not self and w.isVisible() and hasattr(w, "has_unsaved_changes")]

    def confirm_leave(self) -> bool:
        """Ask about unsaved edits on every page and in every open record window; True when it
        is fine to close or sign out."""
        current = self.current_page()
        for widget in self.unsaved_pages():
            self._bring_up(widget)  # show the clerk what the question is about
            if not self._settle(widget):
                return False  # and stay there, to go on editing
        if current is not None:
            self._bring_up(current)
        for window in self.record_windows():
            if self._unsaved(window):
                window.raise_()
                window.activateWindow()
            if not self._settle(window):
                return False
        return True

    def closeEvent(self, event):  # noqa: N802 - Qt override
        if not self.locked and not self.confirm_leave():
            event.ignore()
            return
        if self.locked:
            event.ignore()  # a locked window does not close without the password
            return
        self.idle.stop()
        self.change_bridge.stop()
        self.health_bridge.stop()
        event.accept()
        self.closed.emit()

    # --- lock, password, sign out -----------------------------------------------------
    def lock(self) -> None:
        """Hide everything personal until the password is typed again (edits are kept)."""
        if self.locked:
            return
        self.locked = True
        self.idle.paused = True
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible() and not w.isHidden()]
        for window in self._hidden_windows:
            window.hide()
        self.root_stack.setCurrentWidget(self.lock_screen)
        self.status_bar.setVisible(False)
        self.lock_error.setText("")
        self.lock_password_edit.clear()
        self.lock_password_edit.setFocus()
        log.info("screen locked")

    def try_unlock(self) -> bool:
        password = self.lock_password_edit.text()
        user = self.context.user
        lang = self.context.lang
        if self.context.station.read_only:
            ok = accounts.check_password(user, password)
            message = accounts.LoginError("wrong_password").text(lang)
        else:
            try:
                accounts.authenticate(user.username, password)
                ok, message = True, ""
            except accounts.LoginError as exc:
                ok, message = False, exc.text(lang)
        if not ok:
            self.lock_error.setText(message)
            self.lock_password_edit.clear()
            return False
        self.locked = False
        self.root_stack.setCurrentWidget(self.work_area)
        self.status_bar.setVisible(True)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        self.idle.last_input = time.monotonic()
        self.idle.paused = False
        return True

    def change_password(self) -> None:
        from aidstation.gui.settings import PasswordDialog

        dialog = PasswordDialog(self.context, self)
        if dialog.exec():
            messages.info(self, self.tr("Password changed"), self.tr("Your password has been changed."))

    def sign_out(self) -> None:
        if self.confirm_leave():
            # The next clerk must not find this one's records open (their edits are settled).
            for window in self.record_windows():
                window.hide()
                window.deleteLater()
            self.idle.stop()
            self.change_bridge.stop()
            self.health_bridge.stop()
            self.sign_out_requested.emit()

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle.minutes = minutes


def _idle_minutes() -> float:
    try:
        return float(safe_setting("security.idle_lock_minutes", "10") or 0)
    except ValueError:
        return 10.0
