"""Every page, window and dialog fits a 1280×720 screen with its buttons visible.

`make screenshots` opens them all (on a demo station, in both languages) and checks each with
screenshots.fit_problems; here it runs for the smallest screen we support, in a child process
because Qt's offscreen platform has one screen per process.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QVBoxLayout, QWidget

from aidstation.gui.shell import screenshots


@pytest.mark.slow
def test_every_window_fits_1280x720_in_both_languages(tmp_path):
    env = dict(screenshots.screen_environment("1280x720"), AIDSTATION_SCREEN="1280x720")
    result = subprocess.run([sys.executable, "-m", "aidstation.gui.shell.screenshots",
                             str(tmp_path), "--size", "1280x720"], env=env,
                            capture_output=True, text=True, timeout=300)
    problems = [line for line in result.stderr.splitlines() if line.startswith("problem:")]
    assert problems == []
    assert result.returncode == 0, result.stderr[-2000:]
    shots = sorted(p.name for p in (tmp_path / "zh_CN").glob("*.png"))
    assert len(shots) >= 29 and "page-020-reception.png" in shots


def test_the_fit_check_sees_a_save_button_below_the_fold(qtbot):
    """The check itself: a Save inside a scroll area, pushed down by tall content, is reported."""
    window = QDialog()
    window.setObjectName("tall")
    qtbot.addWidget(window)
    scroll = QScrollArea(window)
    scroll.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    filler = QWidget()
    filler.setMinimumHeight(2000)
    column.addWidget(filler)
    save = QPushButton("Save", inner)
    save.setObjectName("save_button")
    column.addWidget(save)
    scroll.setWidget(inner)
    QVBoxLayout(window).addWidget(scroll)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    assert screenshots.fit_problems(window) == ["tall: 'save_button' is below the fold"]
    window.resize(2000, 400)
    window.setMinimumHeight(900)
    assert any("does not fit" in p for p in screenshots.fit_problems(window))
