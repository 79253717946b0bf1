"""The person finder, driven by keys inside a dialog with a default button: pinyin finds,
Down and Up move between the field and the list, Enter only picks (never saves the dialog),
and the list shows every match without scrolling either way."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from aidstation.core import people
from aidstation.gui.kit.person_finder import MATCHES, PersonFinder
from tests.gui.conftest import type_text

ID = "11010519491231002X"


class Host(QDialog):
    """A record dialog in miniature: the finder and a default Save button."""

    def __init__(self):
        super().__init__()
        self.saved = []
        self.finder = PersonFinder(self)
        self.save_button = QPushButton("Save", self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.saved.append(True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder)
        layout.addWidget(self.save_button)
        self.picked = []
        self.finder.person_changed.connect(self.picked.append)
        self.new = []
        self.finder.new_requested.connect(self.new.append)


@pytest.fixture
def host(qtbot, station):
    dialog = Host()
    qtbot.addWidget(dialog)
    dialog.resize(420, 400)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.finder.search_edit.setFocus()
    return dialog


def _type(qtbot, host, text):
    type_text(qtbot, host.finder.search_edit, text)
    qtbot.waitUntil(host.finder.results.isVisible)  # after the debounce


def test_down_down_enter_picks_the_second_match_and_never_saves(qtbot, host, admin):
    zhang = people.create(user=admin, name="张三", phone="13800138000")
    zhao = people.create(user=admin, name="赵森", phone="13912345678")
    _type(qtbot, host, "zs")
    results = host.finder.results
    assert [results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(results.count())] == [
        zhao.id, zhang.id, None]  # both "zs", newest first, then "+ New person"
    qtbot.keyClick(host.finder.search_edit, Qt.Key.Key_Down)
    assert results.hasFocus() and results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.currentRow() == 1
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert host.finder.person().id == zhang.id
    assert [p.id for p in host.picked] == [zhang.id]
    assert host.saved == [] and host.isVisible() and host.result() == 0  # Enter did not reach Save


def test_enter_in_the_field_picks_the_best_match_and_never_saves(qtbot, host, admin):
    people.create(user=admin, name="张三丰")
    zhang = people.create(user=admin, name="张三", phone="13800138000")
    _type(qtbot, host, "zhangsan")
    qtbot.keyClick(host.finder.search_edit, Qt.Key.Key_Enter)  # the keypad's Enter
    assert host.finder.person().id == zhang.id  # all of 张三's pinyin before the start of 张三丰's
    assert host.saved == []


def test_enter_typed_before_the_results_came_still_picks(qtbot, host, admin):
    zhang = people.create(user=admin, name="张三", phone="13800138000")
    qtbot.keyClicks(host.finder.search_edit, "8000")
    qtbot.keyClick(host.finder.search_edit, Qt.Key.Key_Return)  # within the debounce
    assert host.finder.person().id == zhang.id
    assert host.saved == []


def test_enter_in_an_empty_finder_does_not_save(qtbot, host):
    qtbot.keyClick(host.finder.search_edit, Qt.Key.Key_Return)
    assert host.saved == [] and host.isVisible()


def test_up_from_the_first_row_returns_to_the_field(qtbot, host, admin):
    people.create(user=admin, name="张三")
    people.create(user=admin, name="张四")
    _type(qtbot, host, "zhang")
    results = host.finder.results
    qtbot.keyClick(host.finder.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert results.hasFocus() and results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert host.finder.search_edit.hasFocus()
    qtbot.keyClicks(host.finder.search_edit, "s")  # typing goes on where it stopped
    assert host.finder.search_edit.text() == "zhangs"


def test_new_person_row_asks_for_a_new_person(qtbot, host):
    _type(qtbot, host, "李小红")  # nobody by that name yet
    qtbot.keyClick(host.finder.search_edit, Qt.Key.Key_Return)
    assert host.new == ["李小红"] and host.saved == []


def test_the_list_shows_every_match_without_scrolling(qtbot, host, admin):
    for i in range(12):
        people.create(user=admin, name=f"张{'伟芳娜秀英敏静丽强磊军洋'[i]}", phone=f"1380013{i:04d}",
                      id_number=ID if i == 11 else None, address="幸福路1号")
    host.resize(200, 400)  # narrower than a summary with phone and ID number
    _type(qtbot, host, "zh")
    results = host.finder.results
    assert results.count() == MATCHES + 1 == 9
    qtbot.wait(10)
    assert results.verticalScrollBar().maximum() == 0  # all nine rows on view
    assert not results.horizontalScrollBar().isVisible()
    assert results.horizontalScrollBar().maximum() == 0
    last = results.visualItemRect(results.item(results.count() - 1))
    assert last.bottom() <= results.viewport().height()
    summary = results.item(0).text()  # the newest: the one with an ID number
    assert results.item(0).toolTip() == summary and "110105********002X" in summary
    assert results.fontMetrics().horizontalAdvance(summary) > results.viewport().width()  # elided
