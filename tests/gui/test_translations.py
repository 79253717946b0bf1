"""Translations have an owner: resources/translations/catalogues.txt names, file by file, the
sources of each catalogue (`make translations-update` runs pyside6-lupdate on those lists).

These tests run pyside6-lupdate on each list into a temporary .ts (the committed one is not
touched) and fail when a string of the sources is missing from the committed catalogue or has
no finished translation, and when a GUI source file belongs to no catalogue, or to two.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aidstation.paths import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES_FILE = TRANSLATIONS_DIR / "catalogues.txt"
# The same shape the Makefile's sed expects: `name: path`, '#' comments, blank lines.
LINE = re.compile(r"^(?P<name>[a-z_]+):\s*(?P<path>\S+)\s*$")
FIX = "run `make translations-update`, translate the new entries, then `make translations`"


def read_catalogues() -> dict[str, list[str]]:
    """catalogue name -> its source files (repository-relative), in file order."""
    catalogues: dict[str, list[str]] = {}
    for number, raw in enumerate(CATALOGUES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = LINE.match(line)
        assert match, f"{CATALOGUES_FILE.name}:{number}: expected `catalogue: path`, got {raw!r}"
        catalogues.setdefault(match["name"], []).append(match["path"])
    return catalogues


CATALOGUES = read_catalogues()


def lupdate_tool() -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate not found next to the Python interpreter nor on PATH"
    return found


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation comment) -> the <translation> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.find("translation")
    return found


def is_finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return all((text or "").strip() for text in texts)


def describe(keys) -> str:
    return "\n".join(f"  [{context}] {source!r}" + (f" ({comment})" if comment else "")
                     for context, source, comment in sorted(keys))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict]:
    """catalogue name -> what pyside6-lupdate finds in its files today (into a temporary .ts)."""
    folder = tmp_path_factory.mktemp("lupdate")
    tool = lupdate_tool()
    result = {}
    for name, files in CATALOGUES.items():
        ts = folder / f"{name}_zh_CN.ts"
        run = subprocess.run([tool, "-silent", *files, "-ts", str(ts)], cwd=ROOT,
                             capture_output=True, text=True)
        assert run.returncode == 0 and ts.exists(), f"lupdate failed for {name}: {run.stderr}"
        result[name] = messages(ts)
    return result


def test_every_gui_source_feeds_exactly_one_catalogue():
    listed: dict[str, list[str]] = {}
    for name, files in CATALOGUES.items():
        for path in files:
            listed.setdefault(path, []).append(name)
    sources = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "aidstation" / "gui").rglob("*.py"))
    forms = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").glob("*.ui"))
    unlisted = [path for path in sources + forms if path not in listed]
    twice = {path: names for path, names in listed.items() if len(names) > 1}
    missing = [path for path in listed if not (ROOT / path).is_file()]  # also rejects folders, globs
    assert not unlisted, f"in no catalogue of {CATALOGUES_FILE.name} (add each to its area's):\n  " + \
        "\n  ".join(unlisted)
    assert not twice, f"listed more than once in {CATALOGUES_FILE.name}: {twice}"
    assert not missing, f"{CATALOGUES_FILE.name} lists what is not a file: {missing}"


def test_every_catalogue_has_a_list_and_every_list_a_catalogue():
    committed = {p.name.removesuffix("_zh_CN.ts") for p in TRANSLATIONS_DIR.glob("*_zh_CN.ts")}
    assert committed == set(CATALOGUES), (committed, sorted(CATALOGUES))


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_committed_catalogue_has_no_unfinished_entry(name):
    committed = messages(TRANSLATIONS_DIR / f"{name}_zh_CN.ts")
    assert committed, f"{name}_zh_CN.ts holds no messages"
    unfinished = [key for key, translation in committed.items() if not is_finished(translation)]
    assert not unfinished, (f"{name}_zh_CN.ts has {len(unfinished)} entries without a finished "
                            f"translation:\n{describe(unfinished)}")


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_source_string_is_in_its_catalogue(name, extracted):
    committed = messages(TRANSLATIONS_DIR / f"{name}_zh_CN.ts")
    found = extracted[name]
    assert found, f"lupdate found no strings in the files of {name}: {CATALOGUES[name]}"
    missing = [key for key in found if key not in committed]
    untranslated = [key for key in found if key in committed and not is_finished(committed[key])]
    assert not missing, (f"{len(missing)} source strings are missing from {name}_zh_CN.ts "
                         f"({FIX}):\n{describe(missing)}")
    assert not untranslated, (f"{len(untranslated)} source strings have no finished translation in "
                              f"{name}_zh_CN.ts:\n{describe(untranslated)}")
