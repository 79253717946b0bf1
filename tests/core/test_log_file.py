"""The desk's log file rotates by size as logging.handlers.RotatingFileHandler did: the full file
becomes .1, the older ones move up, the oldest beyond `backups` is dropped; nothing is lost from
the records that fit."""
from __future__ import annotations

import logging

from aidstation.core.log_file import RotatingLog


def _logger(handler) -> logging.Logger:
    logger = logging.getLogger("test.log_file")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger


def test_the_log_rotates_by_size_and_keeps_its_backups(tmp_path):
    path = tmp_path / "aidstation.log"
    handler = RotatingLog(path, max_bytes=100, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = _logger(handler)
    try:
        for n in range(12):
            log.info("record %02d %s", n, "x" * 30)  # 41 bytes a line: three lines a file
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["aidstation.log", "aidstation.log.1", "aidstation.log.2"]
    lines = {name: (tmp_path / name).read_text(encoding="utf-8").split() for name in names}
    numbers = {name: [int(w) for w in words if w.isdigit()] for name, words in lines.items()}
    # the newest records in the file itself, the six before them in .1 and .2; 0-2 dropped
    assert numbers == {"aidstation.log": [9, 10, 11], "aidstation.log.1": [6, 7, 8],
                       "aidstation.log.2": [3, 4, 5]}
    assert all(len((tmp_path / n).read_bytes()) <= 100 + 41 for n in names)


def test_the_log_is_appended_to_and_written_as_utf8(tmp_path):
    path = tmp_path / "aidstation.log"
    path.write_text("之前的记录\n", encoding="utf-8")
    handler = RotatingLog(path, max_bytes=1_000_000, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        _logger(handler).info("已登录：%s", "admin")
    finally:
        handler.close()
    assert path.read_text(encoding="utf-8") == "之前的记录\n已登录：admin\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aidstation.log"]
