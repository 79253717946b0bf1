"""`aidstation selftest`: a smoke test of this installation (source or frozen build).

Works in a temporary folder and never touches the real station. Prints one line per check,
`ok   <check>: <detail>` or `FAIL <check>: <reason>`, then a summary; exit status 0 when every
check passed, 1 otherwise. The frozen build is judged by running `aidstation-cli selftest`,
so each check exercises something the packaging can lose: migrations, data files found via
aidstation.paths, the embedded CJK font, hidden imports (every page), Qt plugins. The stations
lie in a folder named as a clerk's Windows account names them (Chinese, with a space), and two
checks start a second process of this installation: the command line refused by the folder
lock, and the windowed desk (no console on Windows), which must start and write its log.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from aidstation import paths
from aidstation.core import dates

# The navigation of DESIGN §13; gui/shell/pages.py must list each of them, frozen or not.
EXPECTED_PAGES = ("dashboard", "reception", "mediation", "legalaid", "cards", "publicity",
                  "people", "monthly", "district", "settings")
QT_TRANSLATIONS = ("qtbase_zh_CN",)
# The working folder inside the temporary one: a Chinese name with a space, as in
# C:\Users\王芳\Documents\法律援助 工作站 (paths, the lock file, SQLite, openpyxl, reportlab).
FOLDER_NAME = "法律援助 工作站"
# How long a second process may take to answer (a cold start under Wine takes seconds).
CHILD_SECONDS = 90


class CheckFailed(Exception):
    """A check's one-line reason for failing."""


class SelfTest:
    """The checks, run in order; later ones use the demo station the demo check leaves open."""

    def __init__(self, folder: Path, out=None):
        self.folder = folder
        self.out = out or sys.stdout
        self.demo_station = None
        self.admin = None
        self.month = dt.date.today()
        self.app = None
        self.failures = 0

    # --- running ------------------------------------------------------------------------
    def run(self) -> int:
        checks = [
            ("station", self.check_station), ("folders", self.check_folders), ("demo", self.check_demo),
            ("sign-in", self.check_sign_in), ("totals", self.check_totals),
            ("workbook", self.check_workbook), ("pdf", self.check_pdf), ("photo", self.check_photo),
            ("backup", self.check_backup), ("lock", self.check_lock),
            ("forms", self.check_forms), ("translations", self.check_translations),
            ("window", self.check_window), ("desk", self.check_desk),
        ]
        started = time.monotonic()
        for name, check in checks:
            self.report(name, check)
        passed = len(checks) - self.failures
        verdict = "passed" if not self.failures else "FAILED"
        self.line(f"selftest {verdict}: {passed} of {len(checks)} checks ok in "
                  f"{time.monotonic() - started:.1f} s ({_where()})")
        return 1 if self.failures else 0

    def report(self, name: str, check) -> None:
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - every failure is one line, then the next check
            self.failures += 1
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            self.line(f"FAIL {name}: {type(exc).__name__}: {reason}" if not isinstance(exc, CheckFailed)
                      else f"FAIL {name}: {reason}")
            return
        self.line(f"ok   {name}: {detail}")

    def line(self, text: str) -> None:
        # A Windows console may not encode every character of a path or a station name.
        encoding = getattr(self.out, "encoding", None) or "utf-8"
        self.out.write(text.encode(encoding, "replace").decode(encoding) + "\n")
        self.out.flush()

    def need_demo(self):
        if self.demo_station is None:
            raise CheckFailed("needs the demo station, which failed")
        return self.demo_station

    # --- core ---------------------------------------------------------------------------
    def check_station(self) -> str:
        from aidstation.core import db, migrations
        from aidstation.core.models import Code
        from aidstation.core.station import open_station

        station = open_station(self.folder / "station")
        try:
            version = db.user_version()
            if version != migrations.LATEST:
                raise CheckFailed(f"schema version {version}, expected {migrations.LATEST}")
            codes = Code.select().count()
        finally:
            db.close_station()
        # Reopening an existing station runs the migration path for an existing database.
        open_station(station.folder, create=False)
        db.close_station()
        # within the station check (the list of checks is a contract of tests/test_packaging.py)
        encrypted = self.check_encrypted()
        return (f"created and migrated to schema version {version} ({codes} codes) in {station.folder}; "
                f"{encrypted}")

    def check_encrypted(self) -> str:
        """An encrypted station (SQLCipher through sqlcipher3, which the build must carry with
        its bundled crypto): made, written, closed, opened again by password and by recovery
        key, backed up; sqlite3 without the key reads neither the file nor the backup, and
        neither holds the name written; the recovery sheet (its QR code) renders."""
        import sqlite3

        import sqlcipher3

        from aidstation.core import accounts, backup, db, encryption, people, records
        from aidstation.core.station import create_encrypted
        from aidstation.pdf.security import render_recovery_sheet

        name = "欧阳秀珍"
        station, recovery = create_encrypted(self.folder / "encrypted")
        try:
            boss = accounts.create_user("boss", "Boss", "admin", "Selftest-pass-1", user=records.system("selftest"))
            people.create(name=name, user=boss)
        finally:
            db.close_station()
        encryption.open_signed_in(station.folder, "boss", "Selftest-pass-1")
        try:
            copy = backup.make_backup(self.folder / "encrypted-backup.db", rotate=False)
        finally:
            db.close_station()
        encryption.open_with_recovery(station.folder, recovery)
        try:
            found = db.db.execute_sql("SELECT COUNT(*) FROM person WHERE name = ?", (name,)).fetchone()[0]
        finally:
            db.close_station()
        if found != 1:
            raise CheckFailed(f"the person written is not read back ({found} rows)")
        for path in (station.db_path, copy):
            if name.encode("utf-8") in path.read_bytes():
                raise CheckFailed(f"{path.name} holds the name in plain text")
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                raise CheckFailed(f"sqlite3 opened {path.name} without the key")
            except sqlite3.DatabaseError:
                pass
            finally:
                con.close()
        sheet = self.folder / "recovery.pdf"
        render_recovery_sheet(sheet, station_name="自检工作站", station_code="SELF", recovery_key=recovery)
        if not sheet.read_bytes().startswith(b"%PDF"):
            raise CheckFailed("the recovery sheet is not a PDF")
        return (f"encrypted (SQLCipher, SQLite {sqlcipher3.sqlite_version}): opened by password and "
                "recovery key, backup encrypted, sqlite3 refused without the key, recovery sheet rendered")

    def check_folders(self) -> str:
        """The station's data lives outside the program folder, so a new version (a folder
        from a zip) replaces the program and never the data."""
        program = paths.program_dir()
        data = paths.default_station_dir()
        if data.resolve() == program.resolve() or program.resolve() in data.resolve().parents:
            raise CheckFailed(f"the station folder {data} lies inside the program folder {program}")
        return f"program in {program}; station data in {data}"

    def check_demo(self) -> str:
        from aidstation.core import demo
        from aidstation.core.db import current_station
        from aidstation.core.models import User

        counts = demo.generate(self.folder / "demo", seed=1, months=1, today=self.month)
        self.demo_station = current_station()
        self.admin = User.get(User.username == "demo")
        empty = [kind for kind in ("people", "consultations") if not counts.get(kind)]
        if empty:
            raise CheckFailed(f"the demo made no {', '.join(empty)}: {counts}")
        return ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)

    def check_sign_in(self) -> str:
        from aidstation.core import accounts

        self.need_demo()
        user = accounts.authenticate("demo", "demo")
        if user.username != "demo":
            raise CheckFailed(f"signed in as {user.username!r}")
        return "argon2 password check for the demo administrator"

    def check_totals(self) -> str:
        from aidstation.core.reporting import indicators

        self.need_demo()
        values = indicators.compute_month(self.month.year, self.month.month)
        keys = [ind.key for ind in indicators.catalogue()]
        missing = [key for key in keys if key not in values]
        if missing:
            raise CheckFailed(f"no value for {', '.join(missing[:5])}")
        nonzero = sum(1 for key in keys if values[key])
        if not nonzero:
            raise CheckFailed("every indicator is zero for a month of demo records")
        return f"{len(keys)} indicators for {dates.month_text(self.month.year, self.month.month)}, {nonzero} non-zero"

    def check_workbook(self) -> str:
        from openpyxl import load_workbook

        from aidstation.excel import monthly

        self.need_demo()
        target = self.folder / "month.xlsx"
        result = monthly.export_month(self.month.year, self.month.month, target, details=True,
                                      user=self.admin)
        book = load_workbook(target, read_only=True)
        try:
            names = book.sheetnames
            meta = {row[0]: row[1] for row in book["meta"].iter_rows(values_only=True)}
        finally:
            book.close()
        if monthly.SHEET not in names or meta.get("values_sha256") != result.values_sha256:
            raise CheckFailed(f"unexpected workbook: sheets {names}")
        # The district's merge reads it back (signature, values) and writes the summary book.
        from aidstation.excel import district

        merged = district.consolidate([target], self.folder / "district.xlsx",
                                      month=f"{self.month.year}-{self.month.month:02d}")
        if len(merged.merged) != 1 or merged.problems:
            raise CheckFailed(f"the merge took {len(merged.merged)} of 1 workbooks: "
                              f"{'; '.join(p.en for p in merged.problems)}")
        return (f"{target.name}: {len(names)} sheets, {target.stat().st_size // 1024} KiB; merged into "
                f"{merged.path.name} ({len(merged.totals)} totals)")

    def check_pdf(self) -> str:
        from reportlab.pdfbase import pdfmetrics

        from aidstation.core.models import MediationCase
        from aidstation.pdf import fonts
        from aidstation.pdf.mediation import render_application

        self.need_demo()
        case = MediationCase.live().order_by(MediationCase.id).first()
        if case is None:
            raise CheckFailed("the demo made no mediation case to print")
        if not fonts.FONT_FILE.is_file():
            raise CheckFailed(f"the CJK font {fonts.FONT_FILE} is missing")
        target = self.folder / "application.pdf"
        pages = render_application(case, target, user=self.admin)
        data = target.read_bytes()
        # reportlab embeds a TrueType subset named "/BaseFont /AAAAAA+<PostScript name>-0".
        face = pdfmetrics.getFont(fonts.FONT).face.name
        if not data.startswith(b"%PDF") or b"+" + face not in data or b"FontFile2" not in data:
            raise CheckFailed(f"{target.name} lacks the embedded {face.decode()} font")
        # The contact-card sheet draws QR codes with reportlab's barcode widgets, whose modules
        # reportlab imports by name (hidden imports in build.spec).
        from aidstation.core import cards
        from aidstation.pdf.cards import render_cards

        sheet = self.folder / "cards.pdf"
        design = cards.design()
        sheets = render_cards(design, [f"{design.station_code}-{self.month.year}-00001"], sheet)
        return (f"{target.name}: {pages} page(s), {len(data) // 1024} KiB, {face.decode()} embedded; "
                f"{sheet.name} with QR code: {sheets} page(s)")

    def check_photo(self) -> str:
        from PIL import Image

        from aidstation.core import publicity
        from aidstation.core.models import PublicityActivity

        self.need_demo()
        activity = PublicityActivity.live().order_by(PublicityActivity.id).first()
        if activity is None:
            raise CheckFailed("the demo made no publicity activity")
        source = self.folder / "photo.jpg"
        Image.new("RGB", (64, 48), (200, 60, 40)).save(source, "JPEG")
        photo = publicity.add_photo(activity, source, user=self.admin, caption="selftest")
        stored = publicity.photo_path(photo)
        with Image.open(stored) as image:
            size = image.size
        return f"JPEG stored as {stored.name} ({size[0]} x {size[1]})"

    def check_backup(self) -> str:
        from aidstation.core import backup

        self.need_demo()
        target = backup.make_backup(self.folder / "backup.db", rotate=False)
        problems = backup.check() or ([backup.inspect(target)] if backup.inspect(target) else [])
        if problems:
            raise CheckFailed("; ".join(problems))
        return f"{target.name} written and verified; integrity and audit chain ok"

    def check_lock(self) -> str:
        """A second process of this installation is refused the demo station this one holds
        (msvcrt.locking on Windows, flock elsewhere), with the one-line reason."""
        station = self.need_demo()
        done = subprocess.run(_program(console=True) + ["--data-dir", str(station.folder), "check"],
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=CHILD_SECONDS,
                              env=_child_env(), creationflags=_NO_WINDOW, check=False)
        said = done.stderr.decode("utf-8", "replace").strip()
        if done.returncode != 1 or "already open" not in said:
            raise CheckFailed(f"a second process got exit status {done.returncode}: {said or '(nothing)'}")
        return "a second process (`check`) is refused: exit status 1, 'already open in another AidStation window'"

    # --- data files ---------------------------------------------------------------------
    def check_forms(self) -> str:
        names = sorted(p.name for p in paths.UI_DIR.glob("*.ui"))
        if not names or "main_window.ui" not in names:
            raise CheckFailed(f"no forms (main_window.ui) in {paths.UI_DIR}")
        for name in names:
            ET.parse(paths.ui_file(name))  # a truncated or missing file raises here
        app = self.qt_app()
        if app is None:
            return f"{len(names)} forms in {paths.UI_DIR} parse (Qt not importable: not loaded)"
        from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

        from aidstation.gui.kit.forms import load_ui
        from aidstation.gui.shell import pages

        pages.all_pages()  # each area registers its own custom widgets (the dashboard's bars)
        for name in names:
            top = ET.parse(paths.ui_file(name)).getroot().find("widget").get("class")
            owner = {"QDialog": QDialog, "QMainWindow": QMainWindow}.get(top, QWidget)()
            try:
                load_ui(owner, name)
            finally:
                owner.deleteLater()
        return f"{len(names)} forms in {paths.UI_DIR} load"

    def check_translations(self) -> str:
        found = sorted(paths.TRANSLATIONS_DIR.glob("*_zh_CN.qm"))
        if not found:
            raise CheckFailed(f"no compiled translation (*_zh_CN.qm) in {paths.TRANSLATIONS_DIR}")
        sources = sorted(paths.TRANSLATIONS_DIR.glob("*.ts"))
        if getattr(sys, "frozen", False):
            if sources:
                raise CheckFailed(f"the frozen build ships {len(sources)} .ts sources")
        else:
            uncompiled = [p.name for p in sources if not p.with_suffix(".qm").exists()]
            if uncompiled:
                raise CheckFailed(f"not compiled (run make translations): {', '.join(uncompiled)}")
        app = self.qt_app()
        if app is None:
            return f"{len(found)} .qm files (Qt not importable: not loaded)"
        from PySide6.QtCore import QLibraryInfo, QTranslator

        for path in found:
            if not QTranslator(app).load(str(path)):
                raise CheckFailed(f"{path.name} does not load")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in QT_TRANSLATIONS:
            if not QTranslator(app).load(name, qt_dir):
                raise CheckFailed(f"Qt's own {name} not found in {qt_dir}")
        return f"{len(found)} .qm files and Qt's {', '.join(QT_TRANSLATIONS)} load"

    # --- Qt -----------------------------------------------------------------------------
    def qt_app(self):
        """The QApplication on the offscreen platform (never a visible window), or None when
        PySide6 is not importable."""
        if self.app is not None:
            return self.app
        try:
            from PySide6.QtCore import qInstallMessageHandler
            from PySide6.QtWidgets import QApplication
        except ImportError:
            return None
        qInstallMessageHandler(_qt_message)
        # Qt's offscreen platform on Windows reads fonts from a folder, not the system's.
        os.environ.setdefault("QT_QPA_FONTDIR", str(paths.FONTS_DIR))
        self.app = QApplication.instance() or QApplication(["aidstation", "-platform", "offscreen"])
        return self.app

    def check_window(self) -> str:
        app = self.qt_app()
        if app is None:
            return "skipped: PySide6 is not importable"
        from PySide6.QtCore import QCoreApplication

        from aidstation.gui.kit import i18n
        from aidstation.gui.kit.ui_helpers import apply_look, icon
        from aidstation.gui.shell.context import AppContext
        from aidstation.gui.shell.main_window import MainWindow

        station = self.need_demo()
        apply_look(app)
        if icon("aidstation.svg").pixmap(32, 32).isNull():
            raise CheckFailed("SVG icons do not render (Qt's svg plugins missing?)")
        lang = i18n.install(app, "zh_CN")
        translated = QCoreApplication.translate("QPlatformTheme", "Cancel")
        if translated == "Cancel":
            raise CheckFailed("Qt's standard buttons are not translated (qtbase_zh_CN not installed)")
        window = MainWindow(AppContext(station, self.admin, lang))
        try:
            keys = [spec.key for spec in window.specs]
            missing = [key for key in EXPECTED_PAGES if key not in keys]
            if missing:
                raise CheckFailed(f"pages missing: {', '.join(missing)}")
            window.show()
            broken = []
            for key in keys:
                page = window.show_page(key)
                app.processEvents()
                if page is None or page.objectName() == "page_error":
                    broken.append(key)
            if broken:
                raise CheckFailed(f"pages that failed to open: {', '.join(broken)} (see the log)")
        finally:
            window.idle.stop()
            window.hide()
            window.deleteLater()
            app.processEvents()
        return (f"main window on {app.platformName()} with {len(keys)} pages in {lang}; "
                f"Qt's Cancel reads {translated!r}")


    def check_desk(self) -> str:
        """The desk program (windowed: no console, no stdout on Windows) starts on the demo
        station, offscreen, and writes its log there; then it is stopped."""
        from aidstation.core.db import close_station

        station = self.need_demo()
        close_station()  # the desk must be able to take the lock
        self.demo_station = None
        log = station.folder / "logs" / "aidstation.log"
        env = dict(_child_env(), QT_QPA_PLATFORM="offscreen")
        child = subprocess.Popen(_program(console=False) + ["--data-dir", str(station.folder)], env=env,
                                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, creationflags=_NO_WINDOW)
        try:
            text, deadline = "", time.monotonic() + CHILD_SECONDS
            # Started, then past the station's opening: the daily backup's line, or a moment.
            while time.monotonic() < deadline and child.poll() is None:
                text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
                if "starting on" in text:
                    deadline = min(deadline, time.monotonic() + 15)
                    if "daily backup:" in text:
                        break
                time.sleep(0.2)
            if child.poll() is not None:
                raise CheckFailed(f"the desk ended with exit status {child.returncode}; log: "
                                  f"{text.strip().splitlines()[-1] if text.strip() else '(none)'}")
            if "starting on" not in text:
                raise CheckFailed(f"the desk wrote no log in {CHILD_SECONDS} s ({log})")
            errors = [line for line in text.splitlines() if " ERROR " in line]
            if errors:
                raise CheckFailed(f"the desk logged: {errors[0]}")
        finally:
            if child.poll() is None:
                child.terminate()
            child.wait(timeout=30)
        kind = "windowed program" if getattr(sys, "frozen", False) else "desk from source, no stdio"
        last = text.strip().splitlines()[-1].split(": ", 1)[-1]
        return f"{kind} started and wrote {log.relative_to(self.folder)}: {last!r}"


# Windows: a console child of a console program gets no window of its own either way; this
# keeps a windowed parent (none today) from flashing one.
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)


def _program(*, console: bool) -> list[str]:
    """The command that starts this installation again: its command-line program, or the
    windowed desk beside it in the frozen build; `python -m aidstation` from source."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "aidstation"]
    exe = Path(sys.executable)
    if console:
        return [str(exe)]
    return [str(exe.with_name("AidStation" + exe.suffix))]


def _child_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop(paths.ENV_DATA_DIR, None)  # --data-dir says where; never the real station
    return env


def _qt_message(mode, context, message: str) -> None:
    """Qt's own messages to stderr, less the offscreen platform's remark on every dialog; a
    missing plugin or image then stands out in the frozen build's output."""
    if sys.stderr is not None and "does not support propagateSizeHints" not in message:
        sys.stderr.write(f"qt: {message}\n")


def _where() -> str:
    return "frozen build" if getattr(sys, "frozen", False) else f"source, {paths.ROOT}"


def cmd_selftest(args) -> int:
    """`aidstation selftest`: run the checks in a temporary folder; 0 when all pass."""
    from aidstation.core.db import close_station

    with tempfile.TemporaryDirectory(prefix="aidstation-selftest-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp) / FOLDER_NAME
        folder.mkdir()
        try:
            return SelfTest(folder).run()
        finally:
            close_station()  # release the folder lock before the folder is removed
