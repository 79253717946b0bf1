"""The one search over a real main window: type pinyin initials, a number or a serial, move
with the keys, Enter opens the record on its page or in its window, Esc closes."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aidstation.core import cards, consultations, legalaid, mediation, people, publicity, settings
from aidstation.core.models import Staff
from aidstation.gui.shell.search_dialog import SearchDialog, open_search

D = dt.date


@pytest.fixture
def records(station, admin):
    settings.set_many({"station.code": "GL01"}, user=admin)
    zhang = people.create(user=admin, name="张三", phone="13800138000")
    zhao = people.create(user=admin, name="赵森", phone="13912345678")
    li = people.create(user=admin, name="李四")
    c = consultations.record(user=admin, received_at=dt.datetime(2026, 3, 4, 9, 30), channel="visit",
                             person=li, matter="wages", question="欠薪")
    m = Staff.create(name="钱调解", role="mediator")
    case = mediation.open_case(user=admin, received_on=D(2026, 3, 5),
                               parties=[(li, "applicant"), (zhao, "respondent")],
                               dispute_type="neighbor", facts="噪音", mediators=[m], today=D(2026, 3, 6))
    app = legalaid.receive(user=admin, applicant=li, received_on=D(2026, 3, 6), scope_item="support",
                           cause="support", aid_form="litigation")
    y, first, last = cards.next_range(10, 2026)
    cards.record_print(user=admin, year=y, serial_from=first, serial_to=last, file_name="sheet.pdf")
    card = cards.issue(user=admin, issued_on=D(2026, 3, 7), quantity=3, person=li, today=D(2026, 3, 8))
    act = publicity.create_activity(user=admin, held_on=D(2026, 3, 9), format="booth", theme="civil_code",
                                    title="民法典进社区", place="文化广场", today=D(2026, 3, 10))
    return dict(zhang=zhang, zhao=zhao, li=li, c=c, case=case, app=app, card=card, act=act)


@pytest.fixture
def window(qtbot, context, records):
    from aidstation.gui.shell.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.idle.stop()
    for widget in QApplication.topLevelWidgets():  # record windows the search opened
        if widget is not win and widget.isVisible():
            widget.close()


def _search(qtbot, window, text):
    dialog = open_search(window)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.search_edit, text)
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=2000)
    return dialog


def _rows(dialog):
    return [(dialog.results.topLevelItem(i).text(0), dialog.results.topLevelItem(i).text(1))
            for i in range(dialog.results.topLevelItemCount())]


def test_pinyin_initials_then_enter_opens_the_person_on_the_people_page(qtbot, window, records):
    dialog = _search(qtbot, window, "zs")
    assert _rows(dialog)[:2] == [("Person", "赵* · 139****5678"), ("Person", "张* · 138****8000")]
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)  # the second: 张三
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_key() == "people"
    assert window.page("people").form.person.id == records["zhang"].id


def test_a_persons_consultation_opens_on_the_reception_page(qtbot, window, records):
    dialog = _search(qtbot, window, "ls")  # 李四: the person, then her records, newest first
    kinds = [kind for kind, _ in _rows(dialog)]
    assert kinds == ["Person", "Contact cards", "Legal aid", "Mediation case", "Consultation"]
    for _ in range(4):
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)  # past the end: stays on the last
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Enter)
    assert window.current_key() == "reception"
    assert window.page("reception").form.consultation.id == records["c"].id


def test_a_case_number_opens_the_case_window(qtbot, window, records):
    from aidstation.gui.mediation.case import MediationCaseDialog

    dialog = _search(qtbot, window, "2026-1")  # the case, the application, the card of 2026 No. 1
    assert [kind for kind, _ in _rows(dialog)] == ["Mediation case", "Legal aid", "Contact cards"]
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MediationCaseDialog) and w.isVisible()]
    assert len(opened) == 1 and opened[0].case.id == records["case"].id


def test_an_application_number_opens_the_application_window(qtbot, window, records):
    from aidstation.gui.legalaid.application import LegalAidApplicationDialog

    dialog = open_search(window)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.search_edit.setText(records["app"].number)  # pasted (Chinese brackets)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # before the pause ended
    opened = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, LegalAidApplicationDialog) and w.isVisible()]
    assert len(opened) == 1 and opened[0].app.id == records["app"].id


def test_a_card_serial_shows_the_hand_over_on_the_cards_page(qtbot, window, records):
    dialog = _search(qtbot, window, "GL01-2026-00002")
    assert _rows(dialog) == [("Contact cards", "GL01-2026-00001 – GL01-2026-00003 · 李* · × 3")]
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    page = window.page("cards")
    assert window.current_key() == "cards"
    assert page.model.record(page.table_view.currentIndex().row()).id == records["card"].id


def test_a_consultation_number_and_an_activity(qtbot, window, records):
    dialog = _search(qtbot, window, records["c"].number)
    assert _rows(dialog)[0] == ("Consultation", f"{records['c'].number} · 李* · Unpaid wages")
    assert dialog.results.topLevelItem(0).text(2) == "2026-03-04"
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.current_key() == "dashboard"  # Esc opened nothing


def test_nothing_found_says_so_and_enter_does_nothing(qtbot, window):
    dialog = open_search(window)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.status_label.text().startswith("Type to search every record.")
    qtbot.keyClicks(dialog.search_edit, "qqqq")
    qtbot.waitUntil(lambda: "Nothing matches" in dialog.status_label.text(), timeout=2000)
    assert dialog.status_label.text() == "Nothing matches “qqqq”."
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.current_key() == "dashboard"
    dialog.close()


def test_the_dialog_fits_and_reads_chinese(qtbot, context, qapp):
    from aidstation.gui.kit import i18n

    i18n.install(qapp, "zh_CN")
    dialog = SearchDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "查找"
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    assert dialog.kind_label("mediation") == "调解案件"


@pytest.mark.parametrize("keys", ["Ctrl+K", "Ctrl+F"])
def test_the_main_window_keys_open_the_search_and_enter_opens_the_person(qtbot, window, records, keys):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    sequence = QKeySequence(keys)
    QTest.keySequence(window, sequence)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SearchDialog) and w.isVisible())
    qtbot.keyClicks(dialog.search_edit, "zhangs")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=2000)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_key() == "people", timeout=2000)
    assert window.page("people").form.person.id == records["zhang"].id


def test_the_status_bar_button_opens_the_search(qtbot, window):
    qtbot.mouseClick(window.search_button, Qt.MouseButton.LeftButton)
    assert any(isinstance(w, SearchDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_the_search_runs_off_the_gui_thread_and_a_late_older_result_is_dropped(qtbot, window, records,
                                                                              monkeypatch):
    import threading

    from aidstation.gui.shell import search_dialog

    release, on_gui_thread = threading.Event(), []
    real = search_dialog._search

    def slow(generation, text, lang):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if text == "zs":
            release.wait(5)  # still searching when the clerk has typed on
        return real(generation, text, lang)

    monkeypatch.setattr(search_dialog, "_search", slow)
    dialog = open_search(window)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.search_edit, "zs")
    dialog.search_now()  # the pause is over: "zs" is on its way
    late = dialog._task
    assert dialog.pending() and _rows(dialog) == []
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "ls")
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=4000)
    assert [title for _, title in _rows(dialog)][:1] == ["李*"]
    release.set()
    assert late.wait(5)
    qtbot.wait(50)  # its result reaches the GUI thread, and is dropped
    assert [title for _, title in _rows(dialog)][:1] == ["李*"]
    assert on_gui_thread == [False, False]
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert window.current_key() == "people" and window.page("people").form.person.id == records["li"].id


def test_enter_typed_before_the_hits_arrive_opens_what_is_typed(qtbot, window, records):
    dialog = open_search(window)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.search_edit, "zs")
    qtbot.waitUntil(lambda: not dialog.pending(), timeout=2000)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.search_edit, "hangs")  # zhangs: only 张三 now, no pause waited for
    assert dialog.pending()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.page("people").form.person.id == records["zhang"].id
