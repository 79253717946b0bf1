"""The desk's log file, rotated by size: when it reaches `max_bytes` it becomes `<name>.1`, the
older ones move up to `<name>.<backups>`, and the oldest is dropped, as
logging.handlers.RotatingFileHandler does.

Not that handler itself: its module brings socket, pickle and queue for the network handlers
beside it (7 ms), and the log is set up before the login dialog, whose first paint waits for
everything imported until then (gui/shell/app.py).
"""
from __future__ import annotations

import logging
import os


class RotatingLog(logging.FileHandler):
    """Appends to `path` (UTF-8); rotates before a record once the file holds `max_bytes`."""

    def __init__(self, path, max_bytes: int, backups: int):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        # (Handler.handle holds the handler's lock around emit: one thread rotates at a time)
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.rotate()
        except OSError:
            self.handleError(record)  # a log that cannot rotate still takes the record
        super().emit(record)

    def rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()
