"""Nothing leaks around the side (issue 20, part 7): after a clerk's typical actions, the log
file, the Qt settings file and the names of the files written hold no name, ID number or phone
of the person served; the log filter masks numbers whatever logs them; the idle lock leaves
nothing personal on screen."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from aidstation.core import consultations, people, retention

NAME, ID_NUMBER, PHONE, ADDRESS = "欧阳娜娜", "11010519491231002X", "13900139000", "建国门外大街22号院"


@pytest.fixture
def log_file(tmp_path):
    """The desk's own log set-up (gui/shell/app.py), whose handler carries the masking filter."""
    from aidstation.gui.shell import app

    path = app.setup_logging(tmp_path / "logs-station")
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)]
    assert [type(f).__name__ for h in handlers for f in h.filters] == ["MaskPersonalNumbers"]
    yield path
    for handler in handlers:
        logging.getLogger().removeHandler(handler)
        handler.close()


@pytest.fixture
def window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.idle.stop()


def personal(text: str) -> list[str]:
    return [v for v in (NAME, ID_NUMBER, PHONE, PHONE[-8:], ADDRESS) if v in text]


def visible_texts() -> str:
    out = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        if isinstance(w, (QLineEdit, QLabel)):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        if w.isWindow():
            out.append(w.windowTitle())
    return "\n".join(out)


def test_typical_actions_leave_no_personal_value_in_log_settings_or_file_names(
        qtbot, window, context, log_file, messages_log):
    page = window.show_page("people")
    page.new_person()
    form = page.form
    form.name_edit.setText(NAME)
    form.id_edit.setText(ID_NUMBER)
    form.phone_edit.setText(PHONE)
    form.address_edit.setText(ADDRESS)
    assert form.save()
    person = form.person
    consultations.record(user=context.user, person=person, channel="visit", matter="support",
                         question=f"{NAME}（电话{PHONE}）问赡养费", advice="可申请调解", disposition="answered",
                         received_at=dt.datetime(2025, 3, 4, 9, 30))
    page.search_edit.setText(NAME[:2])
    page.apply_filters()
    assert page.open_record(person.id)
    form.reveal_id()
    assert form.print_own_data() is not None
    window.show_page("reception")
    window.show_page("people")
    logging.getLogger("aidstation.test").warning("caller said %s, ID %s", PHONE, ID_NUMBER)  # a careless log line
    assert NAME in personal(visible_texts())  # on screen while the clerk works
    window.lock()
    assert personal(visible_texts()) == []  # the idle lock clears the screen
    window.lock_password_edit.setText("Secret-pass-1")
    assert window.try_unlock()
    window.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    QSettings().sync()

    log_text = "".join(p.read_text(encoding="utf-8") for p in log_file.parent.glob("aidstation.log*"))
    assert "caller said 139****9000, ID 110105********002X" in log_text
    assert personal(log_text) == []
    settings_file = QSettings().fileName()
    settings_text = open(settings_file, encoding="utf-8", errors="replace").read()
    assert "geometry" in settings_text or "columns" in settings_text  # the window wrote its state
    assert personal(settings_text) == []
    written = [str(p.relative_to(context.station.folder)) for p in context.station.folder.rglob("*")]
    assert any(p.startswith("documents/people/person-") for p in written)
    assert personal("\n".join(written)) == []
    assert [p for p in written if p.endswith((".tmp", ".part"))] == []


def test_the_filter_masks_numbers_in_messages_and_tracebacks(tmp_path):
    path = tmp_path / "x.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.addFilter(retention.MaskPersonalNumbers())
    log = logging.getLogger("aidstation.test.mask")
    log.addHandler(handler)
    try:
        log.error("lookup of %s failed (%d%%)", ID_NUMBER, 50)
        try:
            raise ValueError(f"bad phone {PHONE}")
        except ValueError:
            log.exception("unexpected error")
    finally:
        log.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "lookup of 110105********002X failed (50%)" in text
    assert "ValueError: bad phone 139****9000" in text
    assert ID_NUMBER not in text and PHONE not in text


def test_people_found_by_search_are_masked_in_the_list(qtbot, context):
    from aidstation.gui.people.page import PeoplePage

    people.create(user=context.user, name=NAME, phone=PHONE, id_number=ID_NUMBER)
    page = PeoplePage(context)
    qtbot.addWidget(page)
    cells = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert personal(" ".join(str(c) for c in cells)) == []
