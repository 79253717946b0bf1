"""No personal number in the log file (issue 20): a logging filter masking every resident ID number and
phone (masking.free_text) in a record's message and traceback before any handler writes it.

The log lies in the station's logs/ folder (or the per-user log folder), outside the database
and its encryption, and is sent along with fault reports. Names cannot be recognised in
arbitrary text; the program logs record numbers and codes, never a person's name.
"""
from __future__ import annotations

import logging

from aidstation.core import masking

_FORMATTER = logging.Formatter()


class MaskPersonalNumbers(logging.Filter):
    """Attach to a handler (`handler.addFilter(MaskPersonalNumbers())`): its records reach the
    file with ID numbers and phones masked, in the message and in the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format: logging reports it itself
            return True
        record.msg, record.args = masking.free_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = masking.free_text(record.exc_text)
        if record.stack_info:
            record.stack_info = masking.free_text(record.stack_info)
        return True
