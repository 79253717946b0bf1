"""The core command line: init, demo, backup, restore, check; exit codes and one-line errors."""
from __future__ import annotations

import io
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from aidstation import cli
from aidstation.core import backup


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_reads_password_from_stdin(tmp_path, capsys, monkeypatch):
    d = tmp_path / "st"
    code, out, err = run(capsys, "--data-dir", str(d), "init", "--name", "幸福街道工作站", "--code", "XF01",
                         "--admin", "boss", stdin="Strong-pass-1\n", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    assert out == f"Created station 幸福街道工作站 (XF01) in {d}; administrator: boss\n"
    from aidstation.core import accounts, settings
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    open_station(d)
    try:
        assert settings.get("station.code") == "XF01"
        assert settings.get("station.demo") == "0"
        assert accounts.authenticate("boss", "Strong-pass-1").role == "admin"
    finally:
        close_station()
    code, out, err = run(capsys, "--data-dir", str(d), "init", "--name", "x", "--code", "Y",
                         "--admin", "a", stdin="Strong-pass-1\n", monkeypatch=monkeypatch)
    assert code == 1
    assert err == f"aidstation init: {d} already holds a station; choose another --data-dir\n"


@pytest.mark.parametrize("code_arg, password, message", [
    ("XF01", "\n", "aidstation init: no password on stdin: pipe the administrator's password in\n"),
    ("XF01", "1234567890\n", "aidstation init: password: a password cannot be only digits\n"),
    ("幸福", "Strong-pass-1\n", "aidstation init: code: a station code has 1-20 ASCII letters, digits, '-' or '_'\n"),
])
def test_init_refusals_create_nothing(tmp_path, capsys, monkeypatch, code_arg, password, message):
    d = tmp_path / "st"
    code, out, err = run(capsys, "--data-dir", str(d), "init", "--name", "站", "--code", code_arg,
                         "--admin", "boss", stdin=password, monkeypatch=monkeypatch)
    assert (code, out, err) == (1, "", message)
    assert not (d / "station.db").exists()


def test_demo_check_backup_restore_round_trip(tmp_path, capsys):
    d = tmp_path / "demo"
    code, out, err = run(capsys, "--data-dir", str(d), "demo", "--seed", "1", "--months", "3")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Demo station 东湖街道法律援助工作站（演示） (DEMO1) in {d}"
    assert lines[1] == "Log in as demo / demo."
    counts = {line[:22].strip(): int(line[22:]) for line in lines[2:]}
    assert counts["staff"] == 12
    assert counts["people"] >= 250
    assert counts["consultations"] >= 100
    assert counts["users"] == 1

    code, out, err = run(capsys, "--data-dir", str(d), "check")
    assert (code, err) == (0, "")
    assert out.startswith("ok: ") and "integrity, foreign keys and the audit chain (" in out

    target = tmp_path / "copy.db"
    code, out, err = run(capsys, "--data-dir", str(d), "backup", "-o", str(target))
    assert (code, out, err) == (0, f"Backup written and verified: {target}\n", "")
    before = _counts(target)

    # change the station, then restore: every table as in the backup, plus the restore event
    from aidstation.core import people
    from aidstation.core.db import close_station
    from aidstation.core.models import User
    from aidstation.core.station import open_station

    open_station(d)
    people.create(name="后来的人", user=User.get(User.username == "demo"))
    close_station()
    code, out, err = run(capsys, "--data-dir", str(d), "restore", str(target))
    assert (code, err) == (0, "")
    assert out.startswith("Restored copy.db; the previous database was saved as ")
    after = _counts(d / "station.db")
    assert {k: v for k, v in after.items() if k != "audit_event"} == \
        {k: v for k, v in before.items() if k != "audit_event"}
    assert after["audit_event"] == before["audit_event"] + 1
    code, out, err = run(capsys, "--data-dir", str(d), "check")
    assert (code, err) == (0, "")

    code, out, err = run(capsys, "--data-dir", str(d), "demo")
    assert code == 1
    assert err == f"aidstation demo: {d} already holds a station; a demo needs an empty folder\n"


def _counts(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return backup._table_counts(con)
    finally:
        con.close()


def _init(d, capsys, monkeypatch):
    code, _, err = run(capsys, "--data-dir", str(d), "init", "--name", "测试站", "--code", "T1",
                       "--admin", "boss", stdin="Strong-pass-1\n", monkeypatch=monkeypatch)
    assert (code, err) == (0, "")


def test_backup_into_backups_folder(tmp_path, capsys, monkeypatch):
    d = tmp_path / "st"
    _init(d, capsys, monkeypatch)
    code, out, err = run(capsys, "--data-dir", str(d), "backup")
    assert code == 0
    made = list((d / "backups").glob("station-*.db"))
    assert len(made) == 1
    assert out == f"Backup written and verified: {made[0]}\n"


def test_commands_on_missing_station(tmp_path, capsys):
    d = tmp_path / "nothing"
    for command in ("check", "backup"):
        code, out, err = run(capsys, "--data-dir", str(d), command)
        assert (code, out, err) == (1, "", f"aidstation {command}: no station in {d}\n")


def test_restore_refuses_garbage(tmp_path, capsys, monkeypatch):
    d = tmp_path / "st"
    _init(d, capsys, monkeypatch)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 500)
    code, out, err = run(capsys, "--data-dir", str(d), "restore", str(bad))
    assert code == 1
    assert err.startswith("aidstation restore: refused: bad.db is not a readable database")
    assert err.count("\n") == 1


def test_demo_months_out_of_range(tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "x"), "demo", "--months", "0")
    assert (code, err) == (1, "aidstation demo: --months must be between 1 and 60\n")


def test_unexpected_error_is_one_line(tmp_path, capsys, monkeypatch):
    from aidstation.cli import station as commands

    def boom(args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(commands, "cmd_check", boom)
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "check")
    assert (code, err) == (1, "aidstation check: unexpected error (RuntimeError): disk on fire\n")


def test_usage_errors_exit_2(tmp_path):
    for argv in (["demo", "--months", "many"], ["frobnicate"], ["restore"]):
        proc = subprocess.run([sys.executable, "-m", "aidstation", "--data-dir", str(tmp_path), *argv],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2, argv
        assert "usage: aidstation" in proc.stderr


def test_data_dir_from_environment(tmp_path):
    d = tmp_path / "envstation"
    env = {"AIDSTATION_DATA_DIR": str(d), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "aidstation", "init", "--name", "站", "--code", "E1",
                           "--admin", "boss"], input="Strong-pass-1\n",
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert (d / "station.db").exists()
    proc = subprocess.run([sys.executable, "-m", "aidstation", "check"], capture_output=True, text=True,
                          timeout=60, env=env)
    assert (proc.returncode, proc.stderr) == (0, "")


def test_written_files_get_the_users_normal_permissions(tmp_path, capsys, monkeypatch):
    """A workbook, a template, a PDF and a backup are the clerk's files like any other: the mode
    a new file gets from the umask (0o666 & ~umask), not a private 0600."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from aidstation.pdf.common import build_pdf

    d = tmp_path / "st"
    _init(d, capsys, monkeypatch)
    old = os.umask(0o027)  # neither 0600 nor the usual 0644: the mode must come from the umask
    try:
        written = {name: tmp_path / name for name in ("march.xlsx", "people.xlsx", "note.pdf", "copy.db")}
        assert run(capsys, "--data-dir", str(d), "export-month", "2026-03", "-o", str(written["march.xlsx"]))[0] == 0
        assert run(capsys, "import-template", "people", "-o", str(written["people.xlsx"]))[0] == 0
        assert run(capsys, "--data-dir", str(d), "backup", "-o", str(written["copy.db"]))[0] == 0
        build_pdf(written["note.pdf"], [Paragraph("test", getSampleStyleSheet()["Normal"])])
        modes = {name: oct(stat.S_IMODE(path.stat().st_mode)) for name, path in written.items()}
    finally:
        os.umask(old)
    assert modes == dict.fromkeys(written, oct(0o666 & ~0o027))
