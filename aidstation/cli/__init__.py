"""The command line of DESIGN §11 (a contract: tests and scripts depend on it).

The rooms: parser (every command and option), main (dispatch and the one-line error rule),
errors (CommandError), and one module per group of commands: station (init, demo, backup,
restore, check), reporting (totals, export-month, consolidate), ledgers (import-template,
import), selftest. The command line sits above every other layer; nothing imports it.
"""
from __future__ import annotations

from aidstation.cli.errors import CommandError
from aidstation.cli.main import main
from aidstation.cli.parser import build_parser

__all__ = ["CommandError", "build_parser", "main"]
