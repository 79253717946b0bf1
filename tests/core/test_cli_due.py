"""`aidstation register KIND` and `aidstation due` (issue 14): the format from the suffix, one
line on failure, and `due --json` one object a line for each item the dashboard lists."""
from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from aidstation.cli import registers as cli_registers
from aidstation.cli.main import main
from aidstation.core import registers
from aidstation.core.db import close_station


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """A demo station made today (the dashboard and `due` both look from today)."""
    from aidstation.core import demo

    folder = tmp_path_factory.mktemp("due") / "demo"
    demo.generate(folder, seed=11, months=3)
    close_station()
    return folder


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_knows_every_register():
    assert cli_registers.KINDS == tuple(registers.KINDS)


def test_due_json_prints_one_object_a_line_for_each_due_item(demo_dir, capsys):
    from aidstation.core.station import open_station

    code, out, err = _run(capsys, "--data-dir", demo_dir, "due", "--json")
    assert (code, err) == (0, "")
    items = [json.loads(line) for line in out.splitlines()]
    open_station(demo_dir)
    try:
        expected = registers.due_rows(dt.date.today(), horizon=7)
    finally:
        close_station()
    assert len(items) == len(expected) > 0
    today = dt.date.today()
    for got, row in zip(items, expected):
        assert got == row.as_json(today)
        assert set(got) >= {"kind", "record", "number", "due", "overdue_days"}
        assert got["overdue_days"] == max(0, (today - dt.date.fromisoformat(got["due"])).days)
    assert any(i["overdue_days"] > 0 for i in items)


def test_due_looks_as_far_ahead_as_asked_and_writes_the_sheet(demo_dir, capsys, tmp_path):
    code, out, _err = _run(capsys, "--data-dir", demo_dir, "due", "--days", "30", "--json")
    far = [json.loads(line) for line in out.splitlines()]
    _code, out, _err = _run(capsys, "--data-dir", demo_dir, "due", "--days", "0", "--json")
    near = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(far) >= len(near)
    assert all(i["days_left"] <= 0 for i in near)
    target = tmp_path / "督办单.pdf"
    code, out, err = _run(capsys, "--data-dir", demo_dir, "due", "-o", target)
    assert code == 0 and err == ""
    assert out.strip().endswith("pages") and target.exists()
    assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True, check=False).returncode == 0
    code, out, _err = _run(capsys, "--data-dir", demo_dir, "due")
    assert code == 0 and out.startswith("Due or overdue as of")


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_register_writes_the_format_its_suffix_names(demo_dir, capsys, tmp_path, suffix):
    from aidstation.core.models import AuditEvent
    from aidstation.core.station import open_station

    today = dt.date.today()
    start = today.replace(day=1) - dt.timedelta(days=40)
    target = tmp_path / f"reg{suffix}"
    code, out, err = _run(capsys, "--data-dir", demo_dir, "register", "mediations", "--from", start,
                          "--to", today, "-o", target)
    assert (code, err) == (0, "")
    assert target.exists() and target.read_bytes()[:4] == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    open_station(demo_dir)
    try:
        rows = registers.register("mediations", start, today).count()
        event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    finally:
        close_station()
    assert f"{rows} rows" in out
    assert (event.action, event.entity, event.username) == ("export", "Register", "system:register")
    assert target.name in event.detail


@pytest.mark.parametrize("argv, message", [
    (["register", "aid", "--from", "2026-01-01", "--to", "2026-01-31", "-o", "x.docx"], "must end in .pdf or .xlsx"),
    (["register", "aid", "--from", "2026-02-01", "--to", "2026-01-31", "-o", "x.pdf"], "is before --from"),
    (["due", "-o", "x.xlsx"], "is a PDF"),
    (["due", "--days", "-1"], "give 0 or more days"),
])
def test_a_bad_request_fails_in_one_line(demo_dir, capsys, tmp_path, argv, message):
    argv = [a if not a.startswith("x.") else str(tmp_path / a) for a in argv]
    code, out, err = _run(capsys, "--data-dir", demo_dir, *argv)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and message in err


def test_an_unknown_register_or_date_is_a_usage_error(demo_dir, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(demo_dir), "register", "ledgers", "--from", "2026-01-01", "--to", "2026-01-31",
              "-o", "x.pdf"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(demo_dir), "register", "aid", "--from", "2026-02-30", "--to", "2026-03-31",
              "-o", "x.pdf"])
    assert exit_.value.code == 2
    assert "is not a date" in capsys.readouterr().err
