"""Where ui/, resources/ and the station folder are, from source or from the frozen build."""
from __future__ import annotations

import os
import sys
from pathlib import Path

# In the frozen build PyInstaller unpacks datas beside the package (build.spec mirrors the
# repository layout), so the same relative lookup works in both cases.
if getattr(sys, "frozen", False):
    ROOT = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
else:
    ROOT = Path(__file__).resolve().parent.parent

UI_DIR = ROOT / "ui"
RESOURCES_DIR = ROOT / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
STYLES_DIR = RESOURCES_DIR / "styles"
FONTS_DIR = RESOURCES_DIR / "fonts"
HELP_DIR = RESOURCES_DIR / "help"  # the F1 guides, <page key>.<language>.html

ENV_DATA_DIR = "AIDSTATION_DATA_DIR"


def ui_file(name: str) -> Path:
    return UI_DIR / name


def program_dir() -> Path:
    """The folder a new version replaces: the frozen build's folder (dist/AidStation), or
    the repository when run from source."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else ROOT


def default_station_dir() -> Path:
    """The station folder: $AIDSTATION_DATA_DIR, else the per-user data folder, never inside
    the program folder (an update replaces that folder whole). On Windows that is
    %LOCALAPPDATA%\\AidStation (not the roaming profile: a SQLite file must not be synced
    while open); on Linux ~/.local/share/AidStation."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    from platformdirs import user_data_dir  # here: the desk's start does not need it (3 ms)

    return Path(user_data_dir("AidStation", appauthor=False))
