"""The one failure a command reports: a line on stderr and exit status 1."""
from __future__ import annotations


class CommandError(Exception):
    """A failure to report in one line on stderr, exit status 1."""
