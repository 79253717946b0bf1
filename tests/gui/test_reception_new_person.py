"""A person typed at the reception desk is saved with the consultation, in one transaction; a
possible duplicate is asked about with no write lock held (the question used to wait inside
BEGIN IMMEDIATE, locking the station for as long as the dialog stayed open)."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_text


def pick(qtbot, combo, code: str) -> None:
    """Choose `code` in a combo box with the keyboard, as a clerk would (Down until it shows)."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.code() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.code() == code


def _station_is_writable(station) -> bool:
    """Can another connection take the write lock right now?"""
    con = sqlite3.connect(str(station.db_path), timeout=0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.rollback()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


@pytest.mark.parametrize("use_existing, people_after", [(True, 1), (False, 2)])
def test_a_possible_duplicate_is_asked_with_no_write_lock_held(qtbot, context, messages_log, monkeypatch,
                                                               use_existing, people_after):
    from aidstation.core import people
    from aidstation.core.models import Consultation, Person
    from aidstation.gui.kit import messages
    from aidstation.gui.reception.consultation_form import ConsultationForm

    known = people.create(user=context.user, name="吴刚", phone="13700002222")
    asked = []

    def ask(parent, title, text, **kwargs):
        asked.append((title, _station_is_writable(context.station)))
        return use_existing

    monkeypatch.setattr(messages, "ask_yes_no", ask)
    form = ConsultationForm(context)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "吴刚")
    qtbot.keyClicks(form.phone_edit, "13700002222")
    pick(qtbot, form.channel_combo, "visit")
    pick(qtbot, form.matter_combo, "wages")
    type_text(qtbot, form.question_edit, "工资被拖欠")
    pick(qtbot, form.disposition_combo, "answered")
    type_text(qtbot, form.advice_edit, "可向劳动监察投诉")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert asked == [("Possible duplicate", True)]
    assert not form.has_unsaved_changes(), form.errors.current_field
    assert Person.select().count() == people_after
    saved = Consultation.get()
    assert (saved.person_id == known.id) is use_existing
    assert saved.person.name == "吴刚" and form.person_finder.person().id == saved.person_id


def test_a_new_person_is_not_kept_when_the_consultation_fails(qtbot, context, messages_log):
    from aidstation.core.models import Consultation, Person
    from aidstation.gui.reception.consultation_form import ConsultationForm

    form = ConsultationForm(context)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "钱多多")
    form.question_edit.clear()  # the question is required: the consultation cannot save
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    # every problem at once, each beside its field
    assert form.errors.fields_marked() == ["channel", "matter", "question", "disposition"]
    assert form.errors.message("question") == "this field is required"
    assert Person.select().count() == 0 and Consultation.select().count() == 0
    assert _station_is_writable(context.station)
