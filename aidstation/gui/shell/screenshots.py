"""`python -m aidstation.gui.shell.screenshots OUTDIR`: every page and dialog as PNG, in English and
Simplified Chinese, offscreen, on a fresh demo station (the `aidstation demo` generator).

Pages come from pages.all_pages(); dialogs are the desk's own plus whatever a page declares in
`PageSpec.screenshots(context, parent) -> [(name, widget)]`. Files: OUTDIR/<lang>/<name>.png.
A widget that fails to render is reported on stderr and the exit status is 1.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

SIZE = (1360, 860)


def _settle(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _grab(app, widget, path: Path, problems: list) -> None:
    try:
        if not widget.isVisible():
            widget.show()
        _settle(app)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(path)):
            problems.append(f"{path.name}: could not write the PNG")
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
    return out


def render(outdir: Path, langs=("en", "zh_CN")) -> list[str]:
    """Render everything into outdir; returns the problems (empty when all went well)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWizard

    from aidstation.core import demo
    from aidstation.core.db import close_station
    from aidstation.core.models import User
    from aidstation.gui.kit import i18n
    from aidstation.gui.kit.ui_helpers import apply_look
    from aidstation.gui.shell import pages
    from aidstation.gui.shell.context import AppContext
    from aidstation.gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(["aidstation-screenshots"])
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
            window.resize(*SIZE)
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    outdir = Path(argv[0] if argv else "screenshots-out")
    started = time.monotonic()
    problems = render(outdir)
    count = len(list(outdir.rglob("*.png")))
    print(f"{count} screenshots in {outdir} ({time.monotonic() - started:.1f} s)")
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
