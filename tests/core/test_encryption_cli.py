"""The command line on an encrypted station (issue 20): init --encrypt, --user U with the
password on stdin, --recovery-key-stdin, encrypt; errors in one line, exit status 1."""
from __future__ import annotations

import io
import json
import re
import sqlite3
import subprocess
import sys

import pytest

from aidstation import cli
from aidstation.core import encryption


def run(capsys, monkeypatch, *argv, stdin: str = ""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _init(tmp_path, capsys, monkeypatch):
    d = tmp_path / "st"
    sheet = tmp_path / "sheet.pdf"
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "init", "--name", "幸福街道工作站",
                         "--code", "XF01", "--admin", "boss", "--encrypt", "--recovery-sheet",
                         str(sheet), stdin="Strong-pass-1\n")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Created station 幸福街道工作站 (XF01) in {d}; administrator: boss; encrypted"
    recovery = re.fullmatch(r"Recovery key \(shown once; print it, keep it locked away\): "
                            r"((?:[0-9A-Z]{5}-){5}[0-9A-Z]{5})", lines[1]).group(1)
    assert lines[2] == f"Recovery sheet written: {sheet}"
    assert sheet.read_bytes().startswith(b"%PDF")
    return d, recovery


def test_commands_open_an_encrypted_station_by_password_or_recovery_key(tmp_path, capsys, monkeypatch):
    d, recovery = _init(tmp_path, capsys, monkeypatch)
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "totals", "2026-01", "--json")
    assert (code, out) == (1, "")
    assert err == (f"aidstation totals: the station in {d} is encrypted: sign in first (on the "
                   "command line: --user U with the password on stdin, or --recovery-key-stdin)\n")
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "totals", "2026-01", "--json",
                         "--user", "boss", stdin="Strong-pass-1\n")
    assert (code, err) == (0, "")
    by_password = json.loads(out)
    assert by_password["consult.total"] == 0
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "totals", "2026-01", "--json",
                         "--recovery-key-stdin", stdin=recovery.lower().replace("-", " ") + "\n")
    assert (code, err) == (0, "") and json.loads(out) == by_password
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "check", "--user", "boss",
                         stdin="wrong-pass\n")
    assert (code, out, err) == (1, "", "aidstation check: Wrong username or password.\n")
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "check", "--recovery-key-stdin",
                         stdin="0" * 30 + "\n")
    assert (code, out, err) == (1, "", "aidstation check: wrong recovery key\n")
    encryption._failures.clear()


def test_backup_and_restore_of_an_encrypted_station(tmp_path, capsys, monkeypatch):
    d, _ = _init(tmp_path, capsys, monkeypatch)
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "backup", "--user", "boss",
                         stdin="Strong-pass-1\n")
    assert (code, err) == (0, "")
    made = out.split(": ", 1)[1].strip()
    con = sqlite3.connect(made)
    try:
        try:
            con.execute("SELECT * FROM person")
            raise AssertionError("sqlite3 read an encrypted backup")
        except sqlite3.DatabaseError as exc:
            assert str(exc) == "file is not a database"
    finally:
        con.close()
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "restore", made, "--user", "boss",
                         stdin="Strong-pass-1\n")
    assert (code, err) == (0, "") and out.startswith("Restored station-")


def test_consolidate_needs_no_key_and_the_sqlite3_shell_cannot_open(tmp_path, capsys, monkeypatch):
    d, _ = _init(tmp_path, capsys, monkeypatch)
    with pytest.raises(SystemExit) as info:
        run(capsys, monkeypatch, "consolidate", "--user", "x", "-o", "out.xlsx", "a.xlsx")
    assert info.value.code == 2
    assert "unrecognized arguments: --user" in capsys.readouterr().err
    done = subprocess.run(["sqlite3", str(d / "station.db"), "SELECT COUNT(*) FROM person"],
                          capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "file is not a database" in done.stderr


def test_encrypt_a_plain_demo_station_keeps_every_total(tmp_path, capsys, monkeypatch):
    d = tmp_path / "demo"
    assert run(capsys, monkeypatch, "--data-dir", str(d), "demo", "--months", "2")[0] == 0
    month = _a_month_with_records(d)
    code, before, err = run(capsys, monkeypatch, "--data-dir", str(d), "totals", month, "--json")
    assert (code, err) == (0, "") and json.loads(before)["consult.total"] > 0
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "encrypt")
    assert (code, err) == (1, "aidstation encrypt: name the administrator who turns encryption on: "
                              "--user U, password on stdin\n")
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "encrypt", "--user", "demo",
                         stdin="demo\n")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith(f"Encrypted the station in {d}; the plain backup taken "
                                          "first is ")
    code, out, err = run(capsys, monkeypatch, "--data-dir", str(d), "totals", month, "--json")
    assert code == 1 and "is encrypted" in err
    code, after, err = run(capsys, monkeypatch, "--data-dir", str(d), "totals", month, "--json",
                           "--user", "demo", stdin="demo\n")
    assert (code, err) == (0, "") and after == before


def _a_month_with_records(folder) -> str:
    con = sqlite3.connect(folder / "station.db")
    try:
        return con.execute("SELECT MIN(substr(received_at, 1, 7)) FROM consultation").fetchone()[0]
    finally:
        con.close()
