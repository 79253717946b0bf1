"""Run slow work (export, merge, import, printing many cards) off the GUI thread.

    task = run_task(parent, export_month, month, path,
                    title=self.tr("Export"), label=self.tr("Writing the workbook…"),
                    on_result=self._exported, on_error=self._failed)

`fn` is a plain function of plain arguments (never a widget or a model instance). If it accepts
keyword arguments `progress` and/or `cancelled`, it gets `progress(done, total, text="")` and
`cancelled() -> bool`; raise `Cancelled` (or return) when cancelled() is true. The worker opens
its own database connection (peewee's connections are per thread) and closes it afterwards.
Results and errors arrive in the GUI thread via the Task's signals.

The worker never touches a Qt object: it puts what happened in the Task's queue (a deque,
safe between threads), and a timer of the Task's, in the GUI thread, emits the signals from
there. Signals emitted from a pool thread into plain Python callables were the one place
Qt and Python objects crossed threads, and the one place the suite once crashed (a garbage
collection in the GUI thread during a card print).
"""
from __future__ import annotations

import collections
import inspect
import threading
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog


class Cancelled(Exception):
    """Raised by a task function that noticed cancelled() is true."""


class Task(QObject):
    """Signals of one background job; `cancel()` asks it to stop."""

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the function's return value
    failed = Signal(object, str)  # the exception, its traceback text
    was_cancelled = Signal()
    finished = Signal()  # after any of the three above

    POLL_MS = 10  # how often the GUI thread looks at the worker's queue while it runs

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._events: collections.deque = collections.deque()  # (signal name, args) from the worker
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._deliver)
        self.started = False

    def _deliver(self) -> None:
        """In the GUI thread: emit what the worker posted; stop looking once it has finished."""
        while self._events:
            name, args = self._events.popleft()
            if name == "finished":
                self._timer.stop()
                _UNOWNED.discard(self)
            getattr(self, name).emit(*args)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        self.started = True
        if self.parent() is None:
            _UNOWNED.add(self)  # no parent keeps it: held until its last signal is delivered
        self._timer.start()
        QThreadPool.globalInstance().start(self._runner)

    def is_running(self) -> bool:
        """Started and its function not yet returned (its signals may still be on their way)."""
        return self.started and not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned (True), or `timeout` seconds passed (False).
        Its signals reach the GUI thread only when the event loop runs again."""
        return self._done.wait(timeout) if self.started else True


_UNOWNED: set[Task] = set()  # running Tasks without a parent


class _Worker:
    """What the pool thread holds of its Task: plain Python objects only (the Task's queue and
    its two events), never the QObject, which the GUI may delete while the function runs."""

    def __init__(self, task: Task):
        self.events, self.cancel, self.done = task._events, task._cancel, task._done

    def post(self, name: str, *args) -> None:
        """Emit signal `name` with `args` in the GUI thread (the Task's timer), in order."""
        self.events.append((name, args))

    def is_cancelled(self) -> bool:
        return self.cancel.is_set()


class _Runner(QRunnable):
    def __init__(self, worker: _Worker, fn, args, kwargs, with_db: bool):
        super().__init__()
        self.worker, self.fn, self.args, self.kwargs, self.with_db = worker, fn, args, kwargs, with_db
        self.setAutoDelete(True)

    def run(self):  # noqa: D401 - runs in a pool thread
        from aidstation.core.db import db

        task = self.worker
        opened = False
        try:
            if self.with_db and db.database:
                opened = db.connect(reuse_if_open=True)
                if opened:
                    db.execute_sql("PRAGMA cache_size = -2000")
            result = self.fn(*self.args, **self.kwargs)
        except Cancelled:
            task.post("was_cancelled")
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            task.post("failed", exc, traceback.format_exc())
        else:
            task.post("was_cancelled" if task.is_cancelled() else "succeeded",
                      *(() if task.is_cancelled() else (result,)))
        finally:
            if opened and not db.is_closed():
                db.close()
            task.done.set()
            task.post("finished")


def prepare(fn, *args, with_db: bool = True, parent=None, **kwargs) -> Task:
    """A Task for `fn(*args, **kwargs)`, not started: connect its signals, then `task.start()`."""
    task = Task(parent)
    worker = _Worker(task)
    params = inspect.signature(fn).parameters
    accepts_kw = any(p.kind == p.VAR_KEYWORD for p in params.values())
    if "progress" in params or accepts_kw:
        kwargs.setdefault("progress", lambda done, total, text="": worker.post("progressed", int(done), int(total), str(text)))
    if "cancelled" in params or accepts_kw:
        kwargs.setdefault("cancelled", worker.is_cancelled)
    task._runner = _Runner(worker, fn, args, kwargs, with_db)
    return task


def start(fn, *args, on_result=None, on_error=None, with_db: bool = True, parent=None,
          **kwargs) -> Task:
    """Start `fn(*args, **kwargs)` in the global thread pool (no dialog); returns its Task.

    Pass on_result/on_error here rather than connecting afterwards: a fast function may finish
    before the caller gets to connect.
    """
    task = prepare(fn, *args, with_db=with_db, parent=parent, **kwargs)
    if on_result is not None:
        task.succeeded.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    task.start()
    return task


def run_task(parent, fn, *args, title: str = "", label: str = "", on_result=None, on_error=None,
             on_cancel=None, cancellable: bool = True, with_db: bool = True, **kwargs) -> Task:
    """Start `fn` with a modal progress dialog (Cancel sets the cancel flag).

    on_result(value), on_error(exception, traceback_text) and on_cancel() are called in the GUI
    thread. Without on_error, errors are shown with messages.error.
    """
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Cancel"))
    task = prepare(fn, *args, with_db=with_db, parent=parent, **kwargs)
    dialog.canceled.connect(task.cancel)

    def progressed(done, total, text):
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def failed(exc, details):
        if on_error is not None:
            on_error(exc, details)
        else:
            from aidstation.gui.kit import messages

            messages.error(parent, title, str(exc), details)

    task.progressed.connect(progressed)
    if on_result is not None:
        task.succeeded.connect(on_result)
    task.failed.connect(failed)
    if on_cancel is not None:
        task.was_cancelled.connect(on_cancel)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    task.dialog = dialog
    task.start()
    return task
