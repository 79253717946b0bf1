"""Faults: a killed writer, a second process, a damaged file, a hand-edited audit log."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from aidstation.core import records
from aidstation.core.db import StationDamaged, StationLocked, close_station
from aidstation.core.station import open_station

SYSTEM = records.system("test")  # the program writing fixture data, no account

PY = sys.executable


def _cli(*argv, timeout=120):
    return subprocess.run([PY, "-m", "aidstation", *argv], capture_output=True, text=True, timeout=timeout)


WRITER = textwrap.dedent("""
    import sys, datetime as dt
    from aidstation.core.station import open_station
    from aidstation.core import people, consultations, records
    open_station(sys.argv[1])
    writer = records.system("test")
    i = 0
    while True:
        p = people.create(name=f"写入{i}", phone=f"138{i:08d}", user=writer)
        c = consultations.record(received_at=dt.datetime(2025, 1, 6, 9), channel="visit", person=p,
                                 matter="wages", question="欠薪" * 50, groups=["migrant"], user=writer)
        print(p.id, c.id, flush=True)
        i += 1
""")


def test_sigkill_mid_writing_keeps_every_saved_record(tmp_path):
    folder = tmp_path / "st"
    open_station(folder)
    close_station()
    proc = subprocess.Popen([PY, "-c", WRITER, str(folder)], stdout=subprocess.PIPE, text=True)
    saved = []
    try:
        for line in proc.stdout:
            saved.append(tuple(int(x) for x in line.split()))
            if len(saved) >= 60:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        # lines the child printed before dying were saves that returned, too
        saved += [tuple(int(x) for x in line.split()) for line in proc.stdout.read().splitlines()
                  if len(line.split()) == 2]
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(saved) >= 60
    st = open_station(folder)  # the lock of the dead process is gone
    try:
        from aidstation.core import backup
        from aidstation.core.models import Consultation, ConsultationGroup, Person

        assert backup.check() == []
        person_ids = {p.id for p in Person.select(Person.id)}
        consultation_ids = {c.id for c in Consultation.select(Consultation.id)}
        for pid, cid in saved:
            assert pid in person_ids and cid in consultation_ids
            assert ConsultationGroup.select().where(ConsultationGroup.consultation == cid).count() == 1
        assert st.read_only is False
    finally:
        close_station()


HOLDER = textwrap.dedent("""
    import sys, time
    from aidstation.core.station import open_station
    open_station(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
""")


def test_second_process_is_refused(tmp_path):
    folder = tmp_path / "st"
    proc = subprocess.Popen([PY, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "open\n"
        with pytest.raises(StationLocked) as exc:
            open_station(folder)
        assert str(exc.value) == f"the station folder {folder} is already open in another AidStation window"
        result = _cli("--data-dir", str(folder), "check")
        assert result.returncode == 1
        assert result.stderr == (f"aidstation check: the station folder {folder} is already open "
                                 "in another AidStation window\n")
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
    open_station(folder)
    close_station()


def _station_with_records(folder):
    from aidstation.core import people

    open_station(folder)
    for i in range(300):
        people.create(name=f"人员{i}", address="幸福路" * 20, user=SYSTEM)
    close_station()


@pytest.mark.parametrize("damage, expected", [
    ("truncate", "database disk image is malformed"),
    ("garbage", "file is not a database"),
])
def test_damaged_database(tmp_path, damage, expected):
    folder = tmp_path / "st"
    _station_with_records(folder)
    path = folder / "station.db"
    if damage == "truncate":
        with open(path, "r+b") as fh:
            fh.truncate(path.stat().st_size // 2)
    else:
        path.write_bytes(os.urandom(64 * 1024))
    result = _cli("--data-dir", str(folder), "check")
    assert result.returncode == 1
    assert result.stderr == f"aidstation check: station.db: {expected}\n"
    with pytest.raises(StationDamaged) as exc:
        open_station(folder)
    assert str(exc.value) == f"the station database is damaged (station.db: {expected})"
    # the refused open wrote nothing and left the folder unlocked
    st = open_station(folder, read_only=True)
    assert st.problem == f"station.db: {expected}"
    close_station()


def test_hand_edited_audit_row_breaks_the_chain(tmp_path):
    folder = tmp_path / "st"
    _station_with_records(folder)
    assert _cli("--data-dir", str(folder), "check").returncode == 0
    con = sqlite3.connect(folder / "station.db")
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("UPDATE audit_event SET fields = 'name' WHERE id = 5")
    con.commit()
    con.close()
    result = _cli("--data-dir", str(folder), "check")
    assert result.returncode == 1
    assert result.stderr == ("aidstation check: audit log: its append-only protection was removed; "
                             "audit chain broken at audit event 5: its content was changed after it was written\n")


def test_removed_audit_row_breaks_the_chain(tmp_path):
    folder = tmp_path / "st"
    _station_with_records(folder)
    con = sqlite3.connect(folder / "station.db")
    con.execute("DROP TRIGGER audit_event_no_delete")
    con.execute("DELETE FROM audit_event WHERE id = 9")
    # put the protection back, so only the chain can tell
    con.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    con.commit()
    con.close()
    result = _cli("--data-dir", str(folder), "check")
    assert result.returncode == 1
    assert result.stderr == ("aidstation check: audit chain broken at audit event 10: "
                             "does not link to the event before it (row removed or reordered)\n")


EXPORTER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from aidstation.core.files import atomic_path
    from aidstation.core.station import open_station
    st = open_station(sys.argv[1])
    with atomic_path(st.folder / "exports" / "2025-01-monthly.xlsx") as tmp:
        tmp.write_bytes(b"PK" + b"half a workbook" * 1000)
        print(tmp.name, flush=True)
        time.sleep(60)
""")


def test_killed_export_leaves_no_part_file_after_the_next_start(tmp_path):
    folder = tmp_path / "st"
    open_station(folder)
    close_station()
    proc = subprocess.Popen([PY, "-c", EXPORTER, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        name = proc.stdout.readline().strip()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    part = folder / "exports" / name
    assert name.startswith(".2025-01-monthly-") and name.endswith(".xlsx.part") and part.exists()
    open_station(folder)
    close_station()
    assert list((folder / "exports").iterdir()) == []
