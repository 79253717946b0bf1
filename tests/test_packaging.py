"""Packaging: the self-test passes from source, build.spec ships what the frozen build needs,
and only aidstation/paths.py knows about the frozen layout. No PyInstaller run here (minutes);
`make package` builds and runs the frozen self-test."""
from __future__ import annotations

import io
import os
import pkgutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

import aidstation.gui

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ["station", "folders", "demo", "sign-in", "totals", "workbook", "pdf", "photo", "backup", "lock",
          "forms", "translations", "window", "desk"]


@pytest.mark.slow
def test_selftest_passes_from_source(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), AIDSTATION_DATA_DIR=str(tmp_path / "unused"))
    done = subprocess.run([sys.executable, "-m", "aidstation", "selftest"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=180, check=False)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split(":", 1)[0] for line in lines[:-1]] == [f"ok   {name}" for name in CHECKS]
    assert lines[-1].startswith(f"selftest passed: {len(CHECKS)} of {len(CHECKS)} checks ok in ")
    assert "with 12 pages in zh_CN; Qt's Cancel reads '取消'" in lines[CHECKS.index("window")]
    assert "法律援助 工作站" in lines[CHECKS.index("station")]  # Chinese, with a space
    assert "'already open in another AidStation window'" in lines[CHECKS.index("lock")]
    assert "merged into district.xlsx" in lines[CHECKS.index("workbook")]
    assert "demo/logs/aidstation.log: 'daily backup: station-" in lines[CHECKS.index("desk")]
    assert not (tmp_path / "unused").exists()  # never the real station
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("aidstation-selftest-")]


class _Recorder:
    """Stands in for a PyInstaller build object; records its arguments."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


class _Analysis(_Recorder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        qt = "PySide6/Qt"
        # What PySide6's hooks collect (abridged), to see the spec's trimming at work.
        self.datas = [(f"{qt}/translations/{name}", "/src", "DATA") for name in
                      ("qtbase_zh_CN.qm", "qtbase_en.qm", "qtbase_de.qm", "qt_help_zh_CN.qm",
                       "qtdeclarative_zh_CN.qm")] + [("ui/main_window.ui", "/src", "DATA")]
        self.binaries = [(f"{qt}/lib/{name}", "/src", "BINARY") for name in
                         ("libQt6Widgets.so.6", "libQt6Qml.so.6", "libQt6QuickWidgets.so.6",
                          "libQt6Network.so.6", "libQt6Svg.so.6", "opengl32sw.dll")]
        self.binaries += [(f"{qt}/plugins/{name}", "/src", "BINARY") for name in
                          ("platforms/libqoffscreen.so", "iconengines/libqsvgicon.so",
                           "qmltooling/libqmldbg_tcp.so", "tls/libqopensslbackend.so")]
        self.pure, self.scripts = ["pure"], ["scripts"]


def _walk(package: str) -> list[str]:
    module = __import__(package, fromlist=["__path__"])
    return [package] + [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")]


def run_spec(monkeypatch, workpath: Path) -> dict:
    """build.spec run with PyInstaller's objects replaced by recorders."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = _walk
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    built = {"EXE": [], "COLLECT": []}

    def recorder(kind):
        def make(*args, **kwargs):
            obj = _Recorder(*args, **kwargs)
            built[kind].append(obj)
            return obj
        return make

    namespace = {"SPECPATH": str(ROOT), "workpath": str(workpath), "Analysis": _Analysis, "PYZ": _Recorder,
                 "EXE": recorder("EXE"), "COLLECT": recorder("COLLECT"), "__name__": "__main__"}
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    exec(compile(source, "build.spec", "exec"), namespace)  # noqa: S102 - our own spec file
    namespace.update(built)
    return namespace


@pytest.fixture
def spec(monkeypatch, tmp_path):
    return run_spec(monkeypatch, tmp_path)


def test_spec_ships_forms_and_resources_in_the_repository_layout(spec):
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in spec["a"].kwargs["datas"]}
    assert {("ui", "ui"), ("resources/fonts", "resources/fonts"), ("resources/icons", "resources/icons"),
            ("resources/styles", "resources/styles"), ("resources/help", "resources/help")} <= datas
    translations = sorted(src for src, dest in datas if dest == "resources/translations")
    compiled = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "resources/translations").glob("*.qm"))
    assert translations == compiled and compiled  # every .qm, and no .ts source
    assert len(datas) == 5 + len(compiled)


def test_spec_hidden_imports_cover_every_page(spec):
    hidden = spec["a"].kwargs["hiddenimports"]
    pages = [info.name for info in pkgutil.walk_packages(aidstation.gui.__path__, "aidstation.gui.")
             if info.name.rsplit(".", 1)[1] in ("page", "monthly_page", "district_page")]
    assert len(pages) >= 10
    assert set(pages) <= set(hidden)
    assert {"aidstation.cli.selftest", "aidstation.core.migrations", "aidstation.core.demo.mediation"} <= set(hidden)


def test_spec_trims_qt_to_what_we_use(spec):
    a = spec["a"]
    assert [d[0].rsplit("/", 1)[1] for d in a.datas] == ["qtbase_zh_CN.qm", "qtbase_en.qm", "main_window.ui"]
    assert [b[0].rsplit("/", 1)[1] for b in a.binaries] == [
        "libQt6Widgets.so.6", "libQt6Svg.so.6", "libqoffscreen.so", "libqsvgicon.so"]
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "tkinter"} <= set(a.kwargs["excludes"])


def test_spec_builds_one_folder_with_a_windowed_desk_and_a_console_cli(spec):
    exes = {exe.kwargs["name"]: exe.kwargs for exe in spec["EXE"]}
    assert {name: kw["console"] for name, kw in exes.items()} == {"AidStation": False, "aidstation-cli": True}
    assert all(kw["exclude_binaries"] and kw["upx"] is False for kw in exes.values())
    assert not any("icon" in kw or "version" in kw for kw in exes.values())  # Windows only
    (collect,) = spec["COLLECT"]
    assert collect.kwargs["name"] == "AidStation" and collect.kwargs["upx"] is False
    assert len(collect.args) == 4  # both programs, the libraries and the data files


def test_only_paths_knows_the_frozen_layout():
    users = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "aidstation").rglob("*.py")
                   if "_MEIPASS" in p.read_text(encoding="utf-8"))
    assert users == ["aidstation/paths.py"]


def test_paths_resolve_beside_the_frozen_program(tmp_path):
    code = ("import sys; sys.frozen = True; sys._MEIPASS = sys.argv[1]\n"
            "from aidstation import paths\n"
            "print(paths.UI_DIR, paths.FONTS_DIR, paths.TRANSLATIONS_DIR, sep='\\n')")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.splitlines() == [str(tmp_path / "ui"), str(tmp_path / "resources" / "fonts"),
                                        str(tmp_path / "resources" / "translations")]


def test_selftest_names_what_failed_and_goes_on(tmp_path, monkeypatch):
    from aidstation import paths
    from aidstation.cli.selftest import SelfTest

    monkeypatch.setattr(paths, "UI_DIR", tmp_path / "nowhere")
    out = io.StringIO()
    selftest = SelfTest(tmp_path, out=out)
    selftest.report("forms", selftest.check_forms)
    selftest.report("totals", selftest.check_totals)
    assert out.getvalue().splitlines() == [
        f"FAIL forms: no forms (main_window.ui) in {tmp_path / 'nowhere'}",
        "FAIL totals: needs the demo station, which failed"]
    assert selftest.failures == 2
