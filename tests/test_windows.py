"""The Windows build without Wine: what build.spec gives both executables (icon, version
resource), the icon file, `make package-windows` kept out of `make test`, and the offline update
path (data outside the program folder, a previous release's station opening here, a newer one
refused). `make package-windows` builds and self-tests the real .exe under Wine (minutes)."""
from __future__ import annotations

import ast
import contextlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

import aidstation
from aidstation import paths
from aidstation.core import backup, migrations
from aidstation.core.db import DB_NAME, StationTooNew, close_station, db, user_version
from aidstation.core.station import open_station
from tests.core.test_migrations import _version_1_station
from tests.test_packaging import run_spec

ROOT = Path(__file__).resolve().parent.parent


def test_the_icon_holds_every_size_windows_asks_for():
    with Image.open(ROOT / "resources" / "aidstation.ico") as icon:
        assert icon.format == "ICO"
        assert sorted(icon.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]


@pytest.fixture
def windows_spec(monkeypatch, tmp_path):
    """build.spec as PyInstaller runs it on Windows (under Wine for `make package-windows`)."""
    monkeypatch.setattr(sys, "platform", "win32")
    return run_spec(monkeypatch, tmp_path)


def test_both_programs_get_the_icon_and_a_version_resource(windows_spec):
    exes = {exe.kwargs["name"]: exe.kwargs for exe in windows_spec["EXE"]}
    assert set(exes) == {"AidStation", "aidstation-cli"}
    for name, kw in exes.items():
        assert Path(kw["icon"]) == ROOT / "resources" / "aidstation.ico"
        assert kw["upx"] is False
        text = Path(kw["version"]).read_text(encoding="utf-8")
        ast.parse(text, mode="eval")  # PyInstaller evaluates it as one VSVersionInfo(...) expression
        assert f"StringStruct('OriginalFilename', '{name}.exe')" in text
        assert f"StringStruct('ProductVersion', '{aidstation.__version__}')" in text
        numbers = tuple(int(n) for n in aidstation.__version__.split(".")[:3]) + (0,)
        assert f"filevers={numbers}" in text


def test_make_test_never_runs_the_windows_build():
    plan = subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True).stdout
    assert "tools/windows" not in plan and "wine" not in plan
    target = subprocess.run(["make", "-n", "package-windows"], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, check=True).stdout
    assert "tools/windows/build.sh" in target
    subprocess.run(["bash", "-n", str(ROOT / "tools" / "windows" / "build.sh")], check=True, timeout=60)


def test_the_station_data_lives_outside_the_frozen_program_folder(tmp_path):
    program = tmp_path / "AidStation"
    code = ("import os, sys; os.environ.pop('AIDSTATION_DATA_DIR', None)\n"
            "sys.frozen = True; sys._MEIPASS = sys.argv[1] + '/_internal'; sys.executable = sys.argv[1] + '/AidStation.exe'\n"
            "from aidstation import paths\n"
            "print(paths.program_dir(), paths.default_station_dir(), sep='\\n')")
    done = subprocess.run([sys.executable, "-c", code, str(program)], capture_output=True, text=True,
                          check=True, timeout=60, env={"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})
    where, data = (Path(line) for line in done.stdout.splitlines())
    assert where == program.resolve()
    assert data == tmp_path / "home" / ".local" / "share" / "AidStation"
    assert program not in data.parents


@pytest.fixture
def version_4_station(tmp_path, monkeypatch):
    """A station as the previous release (schema version 4) left it, with a person and a
    consultation written by plain sqlite3; closed."""
    folder = tmp_path / "法律援助 工作站"
    path = _version_1_station(folder)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        patch.setattr(migrations, "LATEST", 4)
        open_station(folder)
        close_station()
    with contextlib.closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 4
        con.execute(
            'INSERT INTO "consultation" (id, created_at, updated_at, number, received_at, channel, '
            "person_id, anonymous, identity_refused, matter, question, advice, disposition, referred_to, "
            "reply_due, documents_drafted, minutes) VALUES (7, '2024-01-03 09:00:00', '2024-01-03 09:00:00', "
            "'2024010301', '2024-01-03 09:01:00', 'visit', 1, 0, 0, 'wages', '老板拖欠三个月工资', '', "
            "'answered', '', NULL, 0, 0)")
        con.commit()
    return folder


def test_a_previous_release_station_opens_after_a_verified_backup(version_4_station):
    from aidstation.core import consultations
    from aidstation.core.models import Person

    assert migrations.LATEST == 6  # the previous release is version 4 (5 and 6 came since)
    open_station(version_4_station, create=False)
    try:
        assert user_version() == migrations.LATEST
        assert Person.get_by_id(1).name == "张三"
        assert [c.id for c in consultations.query("拖欠三")] == [7]  # its search index came along
        assert db.execute_sql('SELECT count(*) FROM "import_batch"').fetchone()[0] == 0  # version 5's table
        assert db.execute_sql('SELECT count(*) FROM "screening_round"').fetchone()[0] == 0  # version 6's
    finally:
        close_station()
    (taken,) = (version_4_station / "backups").glob("pre-migration-v4-*.db")
    assert backup.inspect(taken) == ""  # intact, and this program can open it
    with contextlib.closing(sqlite3.connect(taken)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 4
        assert con.execute('SELECT question FROM "consultation"').fetchall() == [("老板拖欠三个月工资",)]


def test_a_station_from_a_newer_release_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "station"
    open_station(folder)
    close_station()
    with contextlib.closing(sqlite3.connect(folder / DB_NAME)) as con:
        con.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
        con.commit()
    before = (folder / DB_NAME).read_bytes()
    with pytest.raises(StationTooNew, match=f"version {migrations.LATEST + 1}, newer than this AidStation"):
        open_station(folder, create=False)
    close_station()
    assert (folder / DB_NAME).read_bytes() == before
    assert not list((folder / "backups").glob("pre-migration-*"))
    assert paths.program_dir() == paths.ROOT  # from source, the program folder is the repository
