"""Start-up time: from launching the program to the login dialog and to a usable main window,
beside a bare `QApplication + QMainWindow().show()` process, median of N alternated runs.

    python benchmarks/startup.py [--runs 5] [--lang zh_CN] [--station DIR --user U --password P]

Without --station, builds a 6-month demo station once (user demo / demo). Each run launches a
fresh Python process that goes through the real start path (look, translators, log, station,
daily backup or integrity check in the background, login, main window with the dashboard);
the login is filled in by a timer, so typing time is not counted, and the time spent in
argon2's own verify is reported apart. benchmarks/jobs/startup.py runs the same children for
`make bench`. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The program's start path. Prints one JSON line: the moments (time.time()) the login dialog
# and the main window were first painted, the main window usable (its first paint's events
# processed), the seconds spent in argon2's verify (in the flow, and the same verify again
# alone at the end), the peak RSS (KiB), and the peak RSS left when argon2's own buffer
# (memory_cost, 64 MiB by default) is not counted.
CHILD = r'''
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from aidstation.gui.shell import app as gui_app
import argon2

def hwm():  # peak resident set (KiB) since start or since the last reset
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

marks = {"verify": 0.0, "hwm": 0}
real_verify = argon2.PasswordHasher.verify
verified = []  # (hasher, hash, password) of the sign-in, verified again alone at the end

def verify(self, hash, password):
    verified.append((self, hash, password))
    marks["hwm"] = max(marks["hwm"], hwm())
    start = time.perf_counter()
    try:
        return real_verify(self, hash, password)
    finally:
        marks["verify"] += time.perf_counter() - start
        with open("/proc/self/clear_refs", "w") as f:  # forget the verify's buffer in VmHWM
            f.write("5")

argon2.PasswordHasher.verify = verify

class FirstPaint(QObject):
    def __init__(self, key, widget):
        super().__init__(widget)
        self.key = key
        widget.installEventFilter(self)
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.key not in marks:
            marks[self.key] = time.time()
        return False

# The login dialog is painted inside Desk.start (the station opens behind it): watch it from
# its creation on.
real_show_login = gui_app.Desk.show_login

def show_login(self, *args, **kwargs):
    real_show_login(self, *args, **kwargs)
    FirstPaint("login", self.login_dialog)

gui_app.Desk.show_login = show_login

qapp = gui_app.new_application(sys.argv[:1])
gui_app.apply_look(qapp)
lang = gui_app.i18n.install(qapp, sys.argv[2])
gui_app.setup_logging(Path(sys.argv[1]))
desk = gui_app.Desk(Path(sys.argv[1]), lang)
desk.start()

def poll():
    dialog = desk.login_dialog
    if dialog is not None and "login" in marks and not dialog.username_edit.text():
        dialog.username_edit.setText(sys.argv[3])
        dialog.password_edit.setText(sys.argv[4])
        dialog.accept()
        if desk.window is not None:
            FirstPaint("main_painted", desk.window)
    elif desk.window is not None and "main_painted" in marks:
        qapp.processEvents()
        marks["main"] = time.time()
        desk.window.idle.stop()
        qapp.quit()
        return
    QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)
qapp.exec()
import resource
marks["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
marks["hwm"] = max(marks["hwm"], hwm())
marks["backup_running"] = desk.backup_running()
if desk.backup_task is not None:
    desk.backup_task.wait()
task = getattr(desk, "integrity_task", None)
if task is not None and hasattr(task, "wait"):
    task.wait()
gui_app.close_station()
# argon2's own time: the same verify once more, alone in a quiet process. The one in the flow
# may run beside the day's backup, which would make it longer and what is left of the start
# look shorter; this one is what the target leaves out.
hasher, hashed, password = verified[0]
start = time.perf_counter()
real_verify(hasher, hashed, password)
marks["verify_alone"] = time.perf_counter() - start
print("STARTUP " + json.dumps(marks))
'''

# The direct way: a bare QMainWindow process, timed to its first paint the same way.
BARE = r'''
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

marks = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "main_painted" not in marks:
            marks["main_painted"] = time.time()
            QTimer.singleShot(0, done)
        return False

def done():
    qapp.processEvents()
    marks["main"] = time.time()
    qapp.quit()

qapp = QApplication(sys.argv[:1])
window = QMainWindow()
spy = FirstPaint(window)
window.installEventFilter(spy)
window.show()
qapp.exec()
import resource
marks["rss"] = marks["hwm"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("STARTUP " + json.dumps(marks))
'''


def child_env(pycache: Path | None = None) -> dict:
    """Offscreen, and byte-code cached (as an installed or frozen build is): with
    PYTHONDONTWRITEBYTECODE every run would compile the program's modules again."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def launch(script: str, args: list[str], env: dict) -> dict:
    """Run one child; its marks, with the moments turned into seconds since the launch."""
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("STARTUP ")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise RuntimeError("start-up child failed: " + " | ".join(tail))
    marks = json.loads(lines[-1].removeprefix("STARTUP "))
    for key in ("login", "main_painted", "main"):
        if key in marks:
            marks[key] -= start
    return marks


def ours(station: Path, lang: str, user: str, password: str, env: dict) -> dict:
    return launch(CHILD, [str(station), lang, user, password], env)


def bare(env: dict) -> dict:
    return launch(BARE, [], env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--station", help="an existing station folder (it is written to)")
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", default="demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "pycache")
        station = Path(args.station) if args.station else Path(tmp) / "demo"
        if not args.station:
            subprocess.run([sys.executable, "-m", "aidstation", "--data-dir", str(station), "demo",
                            "--months", "6"], check=True, stdout=subprocess.DEVNULL, env=env)
        ours(station, args.lang, args.user, args.password, env)  # compiles and caches the byte code
        bare(env)
        runs = {"ours": [], "bare": []}
        for _ in range(args.runs):
            runs["ours"].append(ours(station, args.lang, args.user, args.password, env))
            runs["bare"].append(bare(env))

    def med(who, key):
        return statistics.median(r[key] for r in runs[who])

    print(f"launch to login dialog:        {med('ours', 'login'):.3f} s")
    print(f"launch to usable main window:  {med('ours', 'main'):.3f} s "
          f"(argon2 verify {med('ours', 'verify'):.3f} s of it; {med('ours', 'verify_alone'):.3f} s alone)")
    print(f"bare QMainWindow process:      {med('bare', 'main'):.3f} s")
    print(f"peak RSS: {med('ours', 'rss') / 1024:.0f} MiB ({med('ours', 'hwm') / 1024:.0f} MiB without "
          f"argon2's buffer), bare {med('bare', 'rss') / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
