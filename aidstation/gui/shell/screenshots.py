"""`python -m aidstation.gui.shell.screenshots OUTDIR [--size 1280x720 ...]`: every page and dialog
as PNG, in English and Simplified Chinese, offscreen, on a fresh demo station (the `aidstation
demo` generator), on a screen of each size (default 1280×720 and 1920×1080).

Pages come from pages.all_pages(); dialogs are the desk's own plus whatever a page declares in
`PageSpec.screenshots(context, parent) -> [(name, widget)]`. Files: OUTDIR/<size>/<lang>/<name>.png.
Each window is also checked to fit its screen with its buttons visible (`fit_problems`). A widget
that fails to render or to fit is reported on stderr and the exit status is 1.

Qt's offscreen platform has one screen per process, so each size renders in a child process.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

SIZES = ("1280x720", "1920x1080")


def _settle(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _loaded(app, page, seconds: float = 10.0) -> None:
    """Until a page that reads on a worker (the dashboard, once it is painted) has its data."""
    deadline = time.monotonic() + seconds
    _settle(app)
    while getattr(page, "loading", False) and time.monotonic() < deadline:
        _settle(app, 1)


def _primary(button) -> bool:
    """A button the clerk must always see: Save, a dialog's OK/Cancel/Close, the default one."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    name = button.objectName()
    return (isinstance(button.parentWidget(), QDialogButtonBox) or "save" in name
            or (isinstance(button, QPushButton) and button.isDefault()))


def fit_problems(window) -> list[str]:
    """What does not fit: the window's frame beyond the screen's available area, a visible
    button cut off by the window's edge, a Save/OK/Cancel button that needs scrolling to, or a
    list whose columns are not sized by kit.columns (a fixed table says `columns_fixed`)."""
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    from aidstation.gui.kit.geometry import FRAME_ALLOWANCE, available_rect

    name = window.objectName() or type(window).__name__
    problems = []
    area = available_rect(window)
    frame = window.frameGeometry()
    if frame.width() <= window.width():  # offscreen: no window manager, no frame
        frame.setSize(window.size() + FRAME_ALLOWANCE)
    if frame.width() > area.width() or frame.height() > area.height():
        problems.append(f"{name}: {frame.width()}×{frame.height()} does not fit the "
                        f"{area.width()}×{area.height()} screen")
    from PySide6.QtWidgets import QTableView

    for view in window.findChildren(QTableView):  # every list sizes and remembers its columns
        if view.isVisible() and getattr(view, "column_layout", None) is None \
                and not view.property("columns_fixed"):
            problems.append(f"{name}: list {view.objectName()!r} has no kit.columns layout")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        parent, scrolled = button.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, QScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if scrolled and _primary(button):
            viewport = parent.viewport()
            top_left = button.mapTo(viewport, button.rect().topLeft())
            if not viewport.rect().contains(top_left) or top_left.y() + button.height() > viewport.height():
                problems.append(f"{name}: {button.objectName() or button.text()!r} is below the fold")
            continue
        if scrolled:
            continue
        shown = button.visibleRegion().boundingRect()
        if shown.width() < button.width() // 2 or shown.height() < button.height() // 2:
            problems.append(f"{name}: button {button.objectName() or button.text()!r} is cut off")
    return problems


def _grab(app, widget, path: Path, problems: list) -> None:
    try:
        if not widget.isVisible():
            widget.show()
        _settle(app)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(path)):
            problems.append(f"{path.name}: could not write the PNG")
        problems.extend(f"{path.name}: {problem}" for problem in fit_problems(widget.window()))
    except Exception:  # noqa: BLE001 - one broken screen must not hide the others
        problems.append(f"{path.name}: {traceback.format_exc()}")


def _select_first_row(view) -> None:
    if view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)


def desk_dialogs(context, window) -> list[tuple[str, object]]:
    """The desk's own dialogs (besides the pages), ready to grab."""
    from aidstation.core.models import Code, User
    from aidstation.gui.settings import CodeDialog, PasswordDialog, UserDialog
    from aidstation.gui.shell.first_run_wizard import FirstRunWizard
    from aidstation.gui.shell.login_dialog import LoginDialog

    out: list[tuple[str, object]] = []
    login = LoginDialog(context.station, context.lang, username="demo")
    from aidstation.core.accounts import LoginError

    login.show_error(LoginError("wrong_password").text(context.lang))
    out.append(("dialog-login", login))
    wizard = FirstRunWizard(Path(tempfile.mkdtemp()) / "new", context.lang)
    wizard.resize(680, 500)
    out.append(("dialog-first-run-1-choice", wizard))
    out.append(("dialog-change-password", PasswordDialog(context, window)))
    out.append(("dialog-add-user", UserDialog(context, window)))
    clerk = User.select().first()
    out.append(("dialog-reset-password", PasswordDialog(context, window, reset_for=clerk)))
    out.append(("dialog-relabel-code", CodeDialog(context, "channel", window,
                                                  Code.get((Code.kind == "channel") & (Code.code == "visit")))))
    from aidstation.gui.shell import help as page_help

    out.append(("dialog-help-reception", page_help.show_help(window, "reception", "Reception")))
    from aidstation.gui.shell.search_dialog import SearchDialog

    search = SearchDialog(context, window)
    search.search_edit.setText("zh")  # pinyin initials, as a clerk types them
    search.search_now()
    out.append(("dialog-search", search))
    return out


def render(outdir: Path, langs=("en", "zh_CN")) -> list[str]:
    """Render everything into outdir; returns the problems (empty when all went well)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWizard

    from aidstation.core import demo
    from aidstation.core.db import close_station
    from aidstation.core.models import User
    from aidstation.gui.kit import i18n
    from aidstation.gui.kit.geometry import largest_size
    from aidstation.gui.kit.ui_helpers import apply_look
    from aidstation.gui.shell import pages
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(["aidstation-screenshots"])
    # window sizes and column layouts start fresh, and the clerk's own settings stay untouched
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="aidstation-shots-settings-"))
    apply_look(app)
    problems: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="aidstation-shots-")) / "demo"
    demo.generate(folder)
    try:
        user = User.get(User.username == "demo")
        for lang in langs:
            i18n.install(app, lang)
            context = AppContext(demo_station(), user, lang)
            window = MainWindow(context)
            window.idle.stop()
            window.resize(largest_size(window))  # as a clerk would: the whole screen
            window.show()
            target = outdir / lang
            for spec in window.specs:
                try:
                    page = window.show_page(spec.key)
                    for name in ("table_view",):
                        if hasattr(page, name):
                            _select_first_row(getattr(page, name))
                except Exception:  # noqa: BLE001
                    problems.append(f"page {spec.key}: {traceback.format_exc()}")
                    continue
                _loaded(app, page)
                _grab(app, window, target / f"page-{spec.order:03d}-{spec.key}.png", problems)
                if spec.key == "settings":
                    for i in range(page.tabs.count()):
                        page.tabs.setCurrentIndex(i)
                        _grab(app, window, target / f"page-{spec.order:03d}-settings-{i}.png", problems)
            window.lock()
            _grab(app, window, target / "screen-locked.png", problems)
            window.locked = False
            window.root_stack.setCurrentWidget(window.work_area)
            for name, widget in desk_dialogs(context, window):
                _grab(app, widget, target / f"{name}.png", problems)
                if isinstance(widget, QWizard):
                    widget.choice_page.create_radio.setChecked(True)
                    widget.next()
                    _grab(app, widget, target / "dialog-first-run-2-station.png", problems)
                    widget.station_page.name_edit.setText("中关村街道法律援助工作站")
                    widget.station_page.code_edit.setText("HD-ZGC")
                    widget.next()
                    widget.admin_page.password_edit.setText("Demo-pass-2026")
                    _grab(app, widget, target / "dialog-first-run-3-admin.png", problems)
                widget.close()
            for spec in pages.all_pages():
                if spec.screenshots is None:
                    continue
                try:
                    widgets = spec.screenshots(context, window)
                except Exception:  # noqa: BLE001
                    problems.append(f"{spec.key} screenshots: {traceback.format_exc()}")
                    continue
                for name, widget in widgets:
                    _grab(app, widget, target / f"{spec.key}-{name}.png", problems)
                    widget.close()
            window.hide()
            window.deleteLater()
            _settle(app)
    finally:
        i18n.install(app, "en")
        close_station()
    return problems


def demo_station():
    from aidstation.core.db import current_station

    return current_station()


def screen_environment(size: str) -> dict:
    """The environment of a child process whose offscreen screen is `size` ('1280x720')."""
    width, height = (int(part) for part in size.lower().split("x"))
    config = Path(tempfile.mkdtemp(prefix="aidstation-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": size, "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": 1}]}))
    return dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    sizes = []
    while "--size" in argv:
        at = argv.index("--size")
        sizes.append(argv[at + 1])
        del argv[at:at + 2]
    outdir = Path(argv[0] if argv else "screenshots-out")
    if len(sizes) != 1 or os.environ.get("AIDSTATION_SCREEN") != sizes[0]:
        status = 0
        for size in sizes or SIZES:  # one child per screen size
            env = dict(screen_environment(size), AIDSTATION_SCREEN=size)
            status |= subprocess.call([sys.executable, "-m", "aidstation.gui.shell.screenshots",
                                       str(outdir / size), "--size", size], env=env)
        return status
    started = time.monotonic()
    problems = render(outdir)
    count = len(list(outdir.rglob("*.png")))
    print(f"{sizes[0]}: {count} screenshots in {outdir} ({time.monotonic() - started:.1f} s)")
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
