"""People, finished (issue 11): Save / Discard / Cancel before another person replaces edits,
a birth date typed or cleared, Save visible at 1280×720, Tab in visual order, masked list,
sized history columns, open_record. Driven by keys."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text

TAB_ORDER = ["name_edit", "id_edit", "gender_combo", "birth_edit", "phone_edit", "ethnicity_edit",
             "address_edit", "community_edit", "occupation_edit", "notes_edit", "save_button"]


@pytest.fixture
def window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.idle.stop()


def _two_people(context):
    from aidstation.core import people

    return (people.create(user=context.user, name="张三", phone="13800138000", community="幸福社区"),
            people.create(user=context.user, name="欧阳娜娜", phone="13900139000"))


def _focused(names) -> str | None:
    widget = QApplication.focusWidget()
    while widget is not None and widget.objectName() not in names:
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else None


def test_another_person_or_new_asks_save_discard_cancel(qtbot, window, context, messages_log):
    from aidstation.core.models import Person

    _zhang, _ouyang = _two_people(context)
    page = window.show_page("people")
    page.table_view.selectRow(0)
    first = page.form.person
    form = page.form
    form.community_edit.setFocus()
    qtbot.keyClick(form.community_edit, Qt.Key.Key_End)
    type_text(qtbot, form.community_edit, "二号楼")
    assert form.has_unsaved_changes() and form.guard.changed_fields() == ["community_edit"]
    messages_log.answers["ask_discard"] = "cancel"
    page.table_view.selectRow(1)
    assert form.person.id == first.id and page.table_view.currentIndex().row() == 0
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert form.person.id == first.id and form.community_edit.text().endswith("二号楼")
    messages_log.answers["ask_discard"] = "discard"
    page.table_view.selectRow(1)
    assert form.person.id != first.id
    assert Person.get_by_id(first.id).community == first.community  # nothing written
    form.occupation_edit.setFocus()
    type_text(qtbot, form.occupation_edit, "保洁员")
    messages_log.answers["ask_discard"] = "save"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert form.person is None and form.name_edit.text() == ""
    saved = Person.get(Person.name.in_(["张三", "欧阳娜娜"]) & (Person.occupation == "保洁员"))
    assert saved.id != first.id
    assert messages_log.kinds() == ["ask_discard"] * 4  # never a yes/no question


def test_the_birth_date_is_typed_cleared_and_a_wrong_one_named(qtbot, window, context, messages_log):
    from aidstation.core.models import Person
    from aidstation.gui.kit import messages

    page = window.show_page("people")
    form = page.form
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.name_edit, "周桂兰")
    qtbot.keyClicks(form.birth_edit.line_edit, "1950-02-30")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.errors.fields_marked() == ["birth_date"]
    assert Person.select().count() == 0
    form.birth_edit.line_edit.selectAll()
    qtbot.keyClick(form.birth_edit.line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(form.birth_edit.line_edit, "1950.03.02")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    person = Person.get()
    assert person.birth_date == dt.date(1950, 3, 2)
    assert messages.STATUS_LOG[-1] == "Person 周桂兰 saved"
    form.birth_edit.line_edit.setFocus()
    form.birth_edit.line_edit.selectAll()
    qtbot.keyClick(form.birth_edit.line_edit, Qt.Key.Key_Delete)
    assert form.has_unsaved_changes()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Person.get_by_id(person.id).birth_date is None and not form.has_unsaved_changes()


def test_showing_the_id_number_is_no_edit(qtbot, window, context, messages_log):
    from aidstation.core import people

    people.create(user=context.user, name="周杰", id_number="11010519491231002X")
    page = window.show_page("people")
    page.table_view.selectRow(0)
    qtbot.mouseClick(page.form.show_id_button, Qt.MouseButton.LeftButton)
    assert page.form.id_edit.text() == "11010519491231002X" and not page.form.has_unsaved_changes()


def test_the_page_fits_1280x720_with_save_visible(qtbot, window, context):
    from aidstation.core import consultations

    zhang, _ = _two_people(context)
    consultations.record(user=context.user, received_at=dt.datetime(2026, 2, 3, 9), channel="visit",
                         person=zhang, matter="family", question="抚养费", disposition="apply_aid")
    page = window.show_page("people")
    page.table_view.selectRow(1)
    assert page.form.person.id == zhang.id
    qtbot.waitExposed(window)
    assert window.screen().availableGeometry().contains(window.frameGeometry())
    for button in (page.form.save_button, page.form.delete_button):
        assert not button.visibleRegion().isEmpty(), button.objectName()
    assert not page.form.history_table.visibleRegion().isEmpty()
    assert not page.form.save_button.autoDefault() and not page.form.save_button.isDefault()
    history = page.form.history_table
    assert history.column_layout.stretch == 4
    header = history.horizontalHeader()
    qtbot.wait(10)
    assert header.sectionSize(2) >= header.sectionSizeHint(2)  # the number is never cut


def test_tab_follows_the_visual_order(qtbot, window, context):
    page = window.show_page("people")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    names = set(TAB_ORDER)
    seen = [_focused(names)]
    for _ in range(len(TAB_ORDER) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_focused(names))
    assert seen == TAB_ORDER  # the Show button and Delete are hidden for a new person


def test_enter_never_saves(qtbot, window, context, messages_log):
    from aidstation.core.models import Person

    page = window.show_page("people")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    type_text(qtbot, form.name_edit, "韩梅梅")
    for widget in (form.name_edit, form.id_edit, form.gender_combo, form.birth_edit.line_edit, form.phone_edit,
                   form.ethnicity_edit, form.address_edit, form.community_edit, form.occupation_edit):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert Person.select().count() == 0


def test_the_list_masks_names_and_open_record_finds_a_person(qtbot, window, context):
    zhang, _ouyang = _two_people(context)
    page = window.show_page("people")
    names = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert names == {"张*", "欧***"}
    assert page.model.index(0, 3).data().count("*") == 4  # phones masked as before
    assert page.table_view.column_layout.stretch == 5 and 0 not in page.table_view.column_layout.hide_first
    page.search_edit.setText("欧阳")
    page.apply_filters()
    assert page.model.total == 1
    assert page.open_record(zhang.id)
    assert page.search_edit.text() == "" and page.form.person.id == zhang.id
    assert page.model.record_id(page.table_view.currentIndex().row()) == zhang.id
    assert page.form.name_edit.text() == "张三"  # the open record shows the name in full
