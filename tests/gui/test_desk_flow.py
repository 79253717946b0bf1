"""The whole desk, driven like a clerk: first run -> admin -> login -> three consultations."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import type_text


def _finish_wizard(qtbot, desk):
    wizard = desk.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.choice_page.create_radio.isChecked()
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.station_page
    type_text(qtbot, page.name_edit, "中关村街道法律援助工作站")
    type_text(qtbot, page.code_edit, "HD-ZGC")
    type_text(qtbot, page.district_edit, "海淀区")
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.admin_page
    assert wizard.currentPage() is page
    page.username_edit.clear()
    type_text(qtbot, page.username_edit, "wang")
    type_text(qtbot, page.display_edit, "王芳")
    type_text(qtbot, page.password_edit, "Desk-pass-2026")
    type_text(qtbot, page.confirm_edit, "Desk-pass-2027")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()  # the confirmation differs: refused beside the field
    assert page.errors.message("confirm") == "the two passwords differ"
    page.confirm_edit.clear()
    type_text(qtbot, page.confirm_edit, "Desk-pass-2026")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: desk.login_dialog is not None)


def _login(qtbot, desk, username, password):
    dialog = desk.login_dialog
    dialog.username_edit.clear()  # after the wizard it holds the new administrator already
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
    return desk.window


def _pick_code(combo, code):
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(code))
    assert combo.code() == code


def test_first_run_login_and_three_consultations(qtbot, tmp_path, messages_log, monkeypatch):
    from aidstation.core import consultations, settings
    from aidstation.gui.kit import messages
    from aidstation.gui.reception import consultation_form

    hooked = []
    monkeypatch.setattr(consultation_form, "follow_on_hook",
                        lambda disposition: lambda ctx, c, parent: hooked.append((disposition, c.number)))
    from aidstation.core.db import close_station
    from aidstation.core.models import Consultation, Person, User
    from aidstation.gui.shell.app import Desk

    desk = Desk(tmp_path / "station", "en")
    try:
        assert desk.start()
        qtbot.addWidget(desk.wizard)
        _finish_wizard(qtbot, desk)
        admin = User.get(User.username == "wang")
        assert (admin.role, admin.display_name) == ("admin", "王芳")
        assert settings.get("station.name") == "中关村街道法律援助工作站"
        assert settings.get("station.code") == "HD-ZGC"

        window = _login(qtbot, desk, "wang", "Desk-pass-2026")
        qtbot.addWidget(window)
        page = window.show_page("reception")
        form = page.form
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

        # 1. a walk-in with a new person
        type_text(qtbot, form.person_finder.search_edit, "李小红")
        form.person_finder.search_now()
        assert form.person_finder.results.count() == 1  # only "+ New person"
        qtbot.keyClick(form.person_finder.search_edit, Qt.Key.Key_Return)
        assert form.name_edit.text() == "李小红"
        type_text(qtbot, form.phone_edit, "138 0013 8000")
        _pick_code(form.channel_combo, "visit")
        form.groups_list.set_code_checked("women")
        form.groups_list.set_code_checked("migrant")
        _pick_code(form.matter_combo, "wages")
        type_text(qtbot, form.question_edit, "工地拖欠三个月工资怎么办")
        type_text(qtbot, form.advice_edit, "先向劳动监察投诉，保留考勤和转账记录")
        _pick_code(form.disposition_combo, "answered")
        form.documents_spin.setValue(1)
        form.minutes_spin.setValue(25)
        form.question_edit.setFocus()
        qtbot.keyClick(form.question_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not form.has_unsaved_changes(), (form.errors.current_field, form.error_label.text())
        first = form.consultation
        assert first is not None

        # 2. a phone call from the same person, found by phone
        qtbot.keyClick(form.question_edit, Qt.Key.Key_Escape)  # no edits: a new form, no question
        assert form.consultation is None
        type_text(qtbot, form.person_finder.search_edit, "13800138000")
        form.person_finder.search_now()
        assert form.person_finder.results.count() == 2
        assert form.person_finder.results.item(0).text().startswith("李小红 · 138****8000")
        qtbot.keyClick(form.person_finder.search_edit, Qt.Key.Key_Return)
        assert form.person_finder.person().name == "李小红"
        # the groups of the last visit are offered, ticked and marked as such
        assert sorted(form.groups_list.codes()) == ["migrant", "women"]
        assert form.groups_hint.text().startswith("Ticked for you, from the last visit")
        _pick_code(form.channel_combo, "phone")
        _pick_code(form.matter_combo, "wages")
        type_text(qtbot, form.question_edit, "投诉后老板仍不付钱")
        _pick_code(form.disposition_combo, "apply_aid")
        form.minutes_spin.setValue(10)
        qtbot.keyClick(form.question_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert form.consultation is None and not form.has_unsaved_changes(), (form.errors.current_field, form.error_label.text())

        # 3. an anonymous hotline caller
        qtbot.mouseClick(form.anonymous_check, Qt.MouseButton.LeftButton)
        assert form.anonymous_check.isChecked()
        _pick_code(form.channel_combo, "hotline")
        _pick_code(form.matter_combo, "family")
        type_text(qtbot, form.question_edit, "离婚时房子怎么分")
        _pick_code(form.disposition_combo, "answered")
        type_text(qtbot, form.advice_edit, "可先协商，协商不成可起诉")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert not form.has_unsaved_changes(), (form.errors.current_field, form.error_label.text())
        assert messages.STATUS_LOG[-1] == f"Consultation {form.consultation.number} saved"

        # the legal-aid hook was offered the second consultation
        assert [h[0] for h in hooked] == ["apply_aid"]

        # in the list, newest first, names masked as on every shared list
        model = page.model
        assert model.total == 3
        assert [model.index(r, 2).data() for r in range(3)] == ["—", "李**", "李**"]
        assert model.index(1, 3).data() == "138****8000"

        # in the database, exactly as typed
        person = Person.get(Person.name == "李小红")
        assert person.phone == "13800138000"
        rows = list(Consultation.select().order_by(Consultation.id))
        assert len(rows) == 3
        a, b, c = rows
        assert (a.person_id, a.channel, a.matter, a.disposition, a.documents_drafted, a.minutes) == (
            person.id, "visit", "wages", "answered", 1, 25)
        assert a.question == "工地拖欠三个月工资怎么办"
        assert a.advice == "先向劳动监察投诉，保留考勤和转账记录"
        assert sorted(consultations.group_codes(a)) == ["migrant", "women"]
        assert hooked == [("apply_aid", b.number)]
        assert (b.person_id, b.channel, b.disposition, b.minutes, b.question) == (
            person.id, "phone", "apply_aid", 10, "投诉后老板仍不付钱")
        assert sorted(consultations.group_codes(b)) == ["migrant", "women"]
        assert (c.person_id, c.anonymous, c.channel, c.matter, c.question) == (
            None, True, "hotline", "family", "离婚时房子怎么分")
        assert a.clerk_id == admin.id and a.received_at.date() == dt.date.today()
        assert a.number.startswith(dt.date.today().strftime("%Y%m%d"))

        # in the person's history
        people_page = window.show_page("people")
        type_text(qtbot, people_page.search_edit, "李小红")
        people_page.apply_filters()
        assert people_page.model.total == 1
        people_page.table_view.selectRow(0)
        history = people_page.form.history_table
        assert history.rowCount() == 2
        assert {history.item(r, 2).text() for r in range(2)} == {a.number, b.number}
        assert history.item(0, 1).text() == "Consultation"
    finally:
        if desk.window is not None:
            desk.window.idle.stop()
        close_station()
