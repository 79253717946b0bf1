"""Start-up time: from launching the program to a usable main window, median of N runs.

    python benchmarks/startup.py [--runs 5] [--lang zh_CN]

Builds a 6-month demo station once, then launches a fresh Python process per run that goes
through the real start path (look, translators, log, station, login, main window with the
dashboard). The login is filled in by a timer, so typing time is not counted. Runs offscreen
unless QT_QPA_PLATFORM says otherwise.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r'''
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from aidstation.gui.shell import app as gui_app

qapp = QApplication(sys.argv[:1])
gui_app.apply_look(qapp)
lang = gui_app.i18n.install(qapp, sys.argv[2])
gui_app.setup_logging(Path(sys.argv[1]))
desk = gui_app.Desk(Path(sys.argv[1]), lang)
desk.start()

def poll():
    if desk.login_dialog is not None and not desk.login_dialog.username_edit.text():
        desk.login_dialog.username_edit.setText("demo")
        desk.login_dialog.password_edit.setText("demo")
        desk.login_dialog.accept()
    elif desk.window is not None and desk.window.isVisible():
        qapp.processEvents()
        print(f"{time.time():.3f}")
        desk.window.idle.stop()
        qapp.quit()
        return
    QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)
qapp.exec()
gui_app.close_station()
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        station = Path(tmp) / "demo"
        subprocess.run([sys.executable, "-m", "aidstation", "--data-dir", str(station), "demo",
                        "--months", "6"], check=True, stdout=subprocess.DEVNULL, env=env)
        times = []
        for _ in range(args.runs):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD, str(station), args.lang], check=True,
                                 capture_output=True, text=True, env=env).stdout
            times.append(float(out.strip().splitlines()[-1]) - start)
    print("runs:", " ".join(f"{t:.2f}" for t in times))
    print(f"median launch to usable main window: {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
