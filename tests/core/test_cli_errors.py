"""Command-line errors are one line on stderr: a bad month or --data-dir is a usage error (exit 2),
and a failure whose message (SQLite's, openpyxl's, a file name) holds newlines still reads as one."""
from __future__ import annotations

import io
import sqlite3
import subprocess
import sys

import pytest
from openpyxl.utils.exceptions import InvalidFileException

from aidstation import cli
from aidstation.cli import reporting
from aidstation.cli import station as commands
from aidstation.cli.errors import CommandError

MONTH_ERROR = "month must be YYYY-MM (a year from 1900 to 2100), not {!r}"


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("month", [
    "9999-12",  # past the last date Python has: was "unexpected error (ValueError)"
    "２０２６-０３",  # full-width digits: int() takes them, the workbook's file name should not
    "٢٠٢٦-٠٣",  # Arabic-Indic digits
    "2026-13",
    "2026-03\n2026-04",
])
@pytest.mark.parametrize("command", [["totals"], ["export-month"], ["consolidate", "a.xlsx", "-o", "b.xlsx", "--month"]])
def test_a_month_that_cannot_be_meant_is_a_usage_error(tmp_path, capsys, monkeypatch, command, month):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "st"
    code, out, err = run(capsys, "--data-dir", str(folder), *command, month)
    assert (code, out) == (2, "")
    assert err == f"aidstation {command[0]}: {MONTH_ERROR.format(month)}\n"
    assert not folder.exists() and not (tmp_path / "b.xlsx").exists()  # refused before any work


def test_the_installed_command_exits_2_on_a_bad_month(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "aidstation", "--data-dir", str(tmp_path), "totals", "٢٠٢٦-٠٣"],
                          check=False, capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == f"aidstation totals: {MONTH_ERROR.format('٢٠٢٦-٠٣')}\n"


def test_data_dir_of_a_user_who_does_not_exist_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for argv in (["totals", "2026-03"], ["check"], ["backup"]):
        code, out, err = run(capsys, "--data-dir", "~aidstation-no-such-user/x", *argv)
        assert (code, out) == (2, ""), argv
        assert err == (f"aidstation {argv[0]}: --data-dir ~aidstation-no-such-user/x: "
                       "~aidstation-no-such-user names no home folder\n")
    assert list(tmp_path.iterdir()) == []


def test_data_dir_under_home_is_looked_for_where_it_is_opened(tmp_path, capsys, monkeypatch):
    """`--data-dir=~/st` (a shell does not expand ~ after '='): check finds the station init made."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "stdin", io.StringIO("Strong-pass-1\n"))
    code, out, err = run(capsys, "--data-dir=~/st", "init", "--name", "站", "--code", "H1", "--admin", "boss")
    assert (code, err) == (0, "")
    assert out == f"Created station 站 (H1) in {tmp_path / 'st'}; administrator: boss\n"
    code, out, err = run(capsys, "--data-dir=~/st", "check")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("exc, line", [
    (sqlite3.DatabaseError("database disk image is malformed\n*** in database main ***\nPage 7: never used"),
     "unexpected error (DatabaseError): database disk image is malformed *** in database main *** Page 7: never used"),
    (InvalidFileException("openpyxl does not support the .xls file format,\r\n  please check you can open it"),
     ("unexpected error (InvalidFileException): openpyxl does not support the .xls file format, please "
      "check you can open it")),
    (CommandError("first\n\n  second\u2028third"), "first second third"),
    (OSError(28, "No space left on device\n"), "[Errno 28] No space left on device"),
])
def test_a_message_with_newlines_is_printed_on_one_line(tmp_path, capsys, monkeypatch, exc, line):
    def fail(args):
        raise exc

    monkeypatch.setattr(commands, "cmd_check", fail)
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert (code, out, err) == (1, "", f"aidstation check: {line}\n")


def test_a_file_name_with_a_newline_is_reported_on_one_line(tmp_path, capsys):
    odd = tmp_path / "march\nreturn.db"
    odd.write_bytes(b"not a database" * 100)
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "st"), "restore", str(odd))
    assert (code, out, err) == (1, "", ("aidstation restore: refused: march return.db is not a readable "
                                        "database: file is not a database\n"))
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "no\nstation"), "check")
    assert (code, out, err) == (1, "", f"aidstation check: no station in {tmp_path}/no station\n")


def test_a_month_in_range_still_reaches_the_command(tmp_path, capsys, monkeypatch):
    seen = []
    monkeypatch.setattr(reporting, "cmd_totals", lambda args: seen.append(args.month) or 0)
    assert run(capsys, "--data-dir", str(tmp_path), "totals", "2100-12") == (0, "", "")
    assert run(capsys, "--data-dir", str(tmp_path), "totals", " 1900-01 ") == (0, "", "")
    assert seen == ["2100-12", " 1900-01 "]
