"""Start-up builds only what the first screen shows: the main window imports no page but the
dashboard until another is visited, no heavy library (reportlab, openpyxl) comes with it,
nothing hashes a password at import or sign-in, and the navigation's specs say what the
areas' own PageSpecs say."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import json, sys
import argon2
hashes = []
real_hash = argon2.PasswordHasher.hash
argon2.PasswordHasher.hash = lambda self, *a, **k: hashes.append(1) or real_hash(self, *a, **k)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from aidstation.gui.shell import app as gui_app, main_window
from aidstation.core import accounts
from aidstation.core.station import open_station
from aidstation.gui.shell.context import AppContext

def loaded():
    return sorted({name for name in ("reportlab", "openpyxl", "pypinyin", "qrcode", "sqlcipher3",
                                     "defusedxml")
                   if name in sys.modules}
                  | {m for m in sys.modules if m.startswith("aidstation.gui.")
                     and m.split(".")[2] in ("cards", "reception", "mediation", "legalaid",
                                             "publicity", "people", "reporting", "settings")})

after_import = loaded()
station = open_station(sys.argv[1], create=False)
gui_app.Desk(station.folder, "en")  # wires the hand-offs, as the start does
user = accounts.authenticate("admin", "Secret-pass-1")
window = main_window.MainWindow(AppContext(station, user, "en"))
window.show()
app.processEvents()
after_window = loaded()
window.show_page("cards")
app.processEvents()
after_cards = loaded()
window.idle.stop()
print("RESULT " + json.dumps({"import": after_import, "window": after_window, "cards": after_cards,
                              "hashes": len(hashes), "page": window.current_key(),
                              "built": sorted(window.page_widgets)}))
'''


def test_the_main_window_imports_only_the_dashboard_and_no_heavy_library(station, admin, tmp_path):
    from aidstation.core.db import close_station

    folder = station.folder
    close_station()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert result["import"] == []
    assert result["window"] == []  # the dashboard is shown; no other page is imported
    assert result["hashes"] == 0  # the sign-in verifies; nothing is hashed to make a dummy
    # the cards page comes on its first visit, still without reportlab (it prints on demand)
    assert result["page"] == "cards" and result["built"] == ["cards", "dashboard"]
    assert "aidstation.gui.cards" in result["cards"]
    assert "reportlab" not in result["cards"]


def test_the_navigation_says_what_each_area_declares():
    from aidstation.gui.shell import pages

    def described(specs):
        return [(s.key, s.title, s.icon, s.order, s.admin_only) for s in specs]

    assert described(pages.navigation()) == described(pages.all_pages())


def test_a_lazy_page_is_the_areas_own_page(qtbot, context):
    from aidstation.gui.reception.page import ReceptionPage
    from aidstation.gui.shell import pages

    spec = {s.key: s for s in pages.navigation()}["reception"]
    page = spec.factory(context, None)
    qtbot.addWidget(page)
    assert type(page) is ReceptionPage


def test_the_dummy_hash_is_made_with_the_hashers_parameters(monkeypatch):
    """The stored dummy verifies like a real hash of today's parameters; a hasher with other
    parameters gets a dummy made with its own."""
    from argon2 import PasswordHasher
    from argon2.exceptions import VerifyMismatchError

    from aidstation.core import accounts

    accounts._dummy_hash.cache_clear()
    dummy = accounts._dummy_hash()
    assert dummy == accounts._DUMMY_HASH
    assert not accounts._hasher.check_needs_rehash(dummy)
    assert PasswordHasher().verify(dummy, "not-a-real-password")
    try:
        PasswordHasher().verify(dummy, "Secret-pass-1")
        raise AssertionError("the dummy accepted a password")
    except VerifyMismatchError:
        pass
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    accounts._dummy_hash.cache_clear()
    try:
        other = accounts._dummy_hash()
        assert other != accounts._DUMMY_HASH and "m=8,t=1,p=1" in other
    finally:
        accounts._dummy_hash.cache_clear()


LOGIN_CHILD = r'''
import sys
from pathlib import Path
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, QObject
from aidstation.gui.shell import app as gui_app
app = gui_app.new_application(sys.argv[:1])  # as run_gui starts
gui_app.apply_look(app)
gui_app.i18n.install(app, "zh_CN")
gui_app.setup_logging(Path(sys.argv[1]))

seen = {}
# What the login dialog's first paint must not wait for: the database layer, the key file's
# ciphers, the per-user folders, an XML parser, the network handlers beside the rotating log's,
# json, and the Qt classes whose enums cost most (the Qt namespace's hundred, QStyle's): each
# is made on its first use, behind the dialog.
LATER = ("peewee", "aidstation.core.models", "aidstation.core.keys", "hashlib", "platformdirs",
         "xml.etree.ElementTree", "sqlcipher3", "logging.handlers", "socket", "json")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = {"loaded": [m for m in LATER if m in sys.modules],
                             "qt classes": [c for c in ("Qt", "QStyle") if c in
                                            {**QtCore.__dict__, **QtWidgets.__dict__}],
                             "name": obj.station_label.text(),
                             "open": obj.station is not None}
        return False

real_show_login = gui_app.Desk.show_login

def show_login(self, *args, **kwargs):
    real_show_login(self, *args, **kwargs)
    self.login_dialog.installEventFilter(FirstPaint(self.login_dialog))

gui_app.Desk.show_login = show_login
desk = gui_app.Desk(Path(sys.argv[1]), "en")
started = desk.start()
dialog = desk.login_dialog
after = {"started": started, "open": dialog.station is not None, "name": dialog.station_label.text()}
dialog.username_edit.setText("admin")
dialog.password_edit.setText("Secret-pass-1")
dialog.accept()
after["user"] = dialog.user.username if dialog.user else None
if desk.backup_task is not None:
    desk.backup_task.wait()
gui_app.close_station()
import json  # not before the paint: it is one of LATER
print("RESULT " + json.dumps({"paint": seen.get("paint"), "after": after}))
'''


def test_the_login_dialog_is_on_screen_before_the_database_layer_loads(station, admin):
    """The start paints the login dialog (with the station's name, read without the models)
    and only then opens the station behind it; signing in works as before."""
    from aidstation.core import settings
    from aidstation.core.db import close_station

    settings.set_many({"station.name": "东城街道法律援助工作站"}, user=admin)
    folder = station.folder
    close_station()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", LOGIN_CHILD, str(folder)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert result["paint"] == {"loaded": [], "qt classes": [], "name": "东城街道法律援助工作站",
                               "open": False}
    assert result["after"] == {"started": True, "open": True, "name": "东城街道法律援助工作站",
                               "user": "admin"}
