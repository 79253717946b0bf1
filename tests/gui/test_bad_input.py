"""Bad input at the desk: wrong password, lock-out, idle lock, invalid ID/phone, unsaved edits
on close, and a clerk kept out of administration."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import type_text


def _window(qtbot, context):
    from aidstation.gui.shell.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_wrong_password_then_locked_account(qtbot, station, admin):
    from aidstation.core.models import User
    from aidstation.gui.shell.login_dialog import LoginDialog

    dialog = LoginDialog(station, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "admin")
    for attempt in range(4):
        qtbot.keyClicks(dialog.password_edit, "wrong-guess")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.error_label.text() == "Wrong username or password."
        assert dialog.user is None and dialog.isVisible()
        assert dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, "wrong-guess")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Too many failed attempts: the account is locked for 5 more minute(s)."
    # even the right password is refused while locked
    qtbot.keyClicks(dialog.password_edit, "Secret-pass-1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Too many failed attempts: the account is locked for 5 more minute(s)."
    assert dialog.user is None and dialog.result() == 0
    assert User.get_by_id(admin.id).locked_until is not None


def test_locked_message_in_chinese(qtbot, qapp, station, admin):
    from aidstation.gui.kit import i18n
    from aidstation.gui.shell.login_dialog import LoginDialog

    dialog = LoginDialog(station, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    assert i18n.current_language() == "zh_CN"
    assert dialog.title_label.text() == "登录"
    qtbot.keyClicks(dialog.username_edit, "nobody")
    qtbot.keyClicks(dialog.password_edit, "whatever1")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "用户名或密码错误。"


def test_idle_lock_hides_personal_data_until_password(qtbot, context, messages_log):
    from aidstation.core import people

    people.create(user=context.user, name="赵敏", phone="13900001111")
    window = _window(qtbot, context)
    page = window.show_page("people")
    assert page.model.total == 1 and page.isVisible()
    window.idle.minutes = 0.0001
    window.idle.last_input -= 1
    window.idle.check()
    assert window.locked
    assert window.root_stack.currentWidget() is window.lock_screen
    assert not page.isVisible() and not window.nav_list.isVisible()
    qtbot.keyClicks(window.lock_password_edit, "not-it-123")
    qtbot.keyClick(window.lock_password_edit, Qt.Key.Key_Return)
    assert window.locked
    assert window.lock_error.text() == "Wrong username or password."
    assert not page.isVisible()
    qtbot.keyClicks(window.lock_password_edit, "Secret-pass-1")
    qtbot.keyClick(window.lock_password_edit, Qt.Key.Key_Return)
    assert not window.locked and page.isVisible()
    window.idle.stop()


def test_invalid_phone_in_consultation_form_is_marked_and_nothing_saved(qtbot, context):
    from aidstation.core.models import Consultation, Person
    from aidstation.gui.reception.consultation_form import ConsultationForm

    form = ConsultationForm(context)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "钱多多")
    qtbot.keyClicks(form.phone_edit, "12345")
    type_text(qtbot, form.question_edit, "邻居噪音")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.current_field == "phone"
    assert form.errors.message("phone").startswith("not a valid phone number")
    assert form.phone_edit.property("invalid") is True
    assert form.phone_edit.text() == "12345" and form.name_edit.text() == "钱多多"
    assert Person.select().count() == 0 and Consultation.select().count() == 0
    assert form.has_unsaved_changes()


def test_invalid_id_number_in_person_form_in_chinese(qtbot, station, admin):
    from aidstation.core.models import Person
    from aidstation.gui.people.person_form import PersonForm
    from aidstation.gui.shell.context import AppContext

    form = PersonForm(AppContext(station, admin, "zh_CN"))
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "孙立")
    qtbot.keyClicks(form.id_edit, "110105194912310021")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.message("id_number") == "校验码不正确，可能有数字输错"
    assert form.id_edit.text() == "110105194912310021"
    assert Person.select().count() == 0


def test_id_number_fills_birth_date_and_gender_and_reveal_is_audited(qtbot, context):
    import datetime as dt

    from aidstation.core.models import AuditEvent, Person
    from aidstation.gui.people.person_form import PersonForm

    form = PersonForm(context)
    qtbot.addWidget(form)
    type_text(qtbot, form.name_edit, "周杰")
    qtbot.keyClicks(form.id_edit, "11010519491231002X")
    assert form.birth_edit.date_value() == dt.date(1949, 12, 31)
    assert form.gender_combo.currentData() == "F"
    assert form.save()
    person = Person.get(Person.name == "周杰")
    assert (person.id_number, person.gender, person.birth_date) == ("11010519491231002X", "F", dt.date(1949, 12, 31))
    form.load(person)
    assert form.id_edit.text() == "110105********002X" and form.id_edit.isReadOnly()
    qtbot.mouseClick(form.show_id_button, Qt.MouseButton.LeftButton)
    assert form.id_edit.text() == "11010519491231002X"
    reveal = AuditEvent.select().where(AuditEvent.action == "reveal").get()
    assert (reveal.entity, reveal.entity_id, reveal.fields, reveal.username) == ("Person", person.id, "id_number", "admin")


def test_duplicate_warning_while_typing(qtbot, context, messages_log):
    from aidstation.core import people
    from aidstation.core.models import Person
    from aidstation.gui.people.person_form import PersonForm

    people.create(user=context.user, name="吴刚", phone="13700002222")
    form = PersonForm(context)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "吴刚")
    qtbot.keyClicks(form.phone_edit, "13700002222")
    assert form.duplicate_label.isVisible()
    assert form.duplicate_label.text() == "Possible duplicate: 吴刚 · 137****2222"
    messages_log.answers["ask_yes_no"] = False
    assert not form.save()
    assert Person.select().count() == 1


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_them(qtbot, context, messages_log):
    window = _window(qtbot, context)
    page = window.show_page("reception")
    type_text(qtbot, page.form.question_edit, "还没保存的问题")
    messages_log.answers["ask_discard"] = "cancel"
    window.close()
    assert window.isVisible()
    assert page.form.question_edit.toPlainText() == "还没保存的问题"
    assert messages_log.kinds() == ["ask_discard"]
    messages_log.answers["ask_discard"] = "discard"
    window.close()
    assert not window.isVisible()


def test_escape_asks_before_discarding(qtbot, context, messages_log):
    from aidstation.gui.reception.consultation_form import ConsultationForm

    form = ConsultationForm(context)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.question_edit, "问题")
    messages_log.answers["ask_discard"] = "cancel"
    form.escape()
    assert form.question_edit.toPlainText() == "问题"
    messages_log.answers["ask_discard"] = "discard"
    form.escape()
    assert form.question_edit.toPlainText() == ""


def test_clerk_cannot_reach_administration(qtbot, station, admin):
    from aidstation.core import accounts
    from aidstation.gui.shell.context import AppContext

    clerk = accounts.create_user("li", "Li", "clerk", "Clerk-pass-1", user=admin)
    window = _window(qtbot, AppContext(station, clerk, "en"))
    page = window.show_page("settings")
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Station profile", "Language", "Backups"]
    assert not page.restore_button.isVisibleTo(page)
    assert page.name_edit.isReadOnly()
    assert not any(s.admin_only for s in window.specs)
    window.idle.stop()


def test_admin_adds_user_and_code(qtbot, context, monkeypatch):
    from aidstation.core import codes
    from aidstation.core.models import User
    from aidstation.gui.settings.admin import CodeDialog, UserDialog

    dialog = UserDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username_edit, "zhao")
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    dialog.accept()
    assert dialog.errors.message("password") == "a password needs at least 8 characters"
    assert not User.select().where(User.username == "zhao").exists()
    dialog.password_edit.clear()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "Longer-pass-9")
    qtbot.keyClicks(dialog.confirm_edit, "Longer-pass-9")
    dialog.accept()
    assert User.get(User.username == "zhao").role == "clerk"

    code_dialog = CodeDialog(context, "referral")
    qtbot.addWidget(code_dialog)
    qtbot.keyClicks(code_dialog.code_edit, "legal_clinic")
    type_text(qtbot, code_dialog.zh_edit, "法律诊所")
    qtbot.keyClicks(code_dialog.en_edit, "Legal clinic")
    code_dialog.accept()
    assert codes.label("referral", "legal_clinic", "zh") == "法律诊所"


def test_history_row_opens_the_consultation_in_reception(qtbot, context):
    import datetime as dt

    from aidstation.core import consultations, people

    person = people.create(user=context.user, name="郑华", phone="13811112222")
    c = consultations.record(user=context.user, received_at=dt.datetime(2026, 2, 3, 9, 30), channel="phone",
                             person=person, matter="family", question="抚养费", disposition="answered", advice="可起诉")
    window = _window(qtbot, context)
    page = window.show_page("people")
    page.table_view.selectRow(0)
    assert page.form.history_table.rowCount() == 1
    page.form.open_history_row(0)
    assert window.current_key() == "reception"
    form = window.page("reception").form
    assert form.consultation.id == c.id and form.question_edit.toPlainText() == "抚养费"
    window.idle.stop()


def test_history_shows_the_persons_role_in_a_case(qtbot, context):
    import datetime as dt

    from aidstation.core import people
    from aidstation.core.models import MediationCase, MediationParty

    person = people.create(user=context.user, name="郑华", phone="13811112222")
    case = MediationCase.create(number="（2026）幸人调字第1号", year=2026, seq=1,
                                received_on=dt.date(2026, 2, 3), title="邻里纠纷")
    MediationParty.create(case=case, person=person, role="respondent")
    window = _window(qtbot, context)
    page = window.show_page("people")
    page.table_view.selectRow(0)
    table = page.form.history_table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Date", "Kind", "Number", "Role", "Summary"]
    assert [table.item(0, c).text() for c in range(5)] == [
        "2026-02-03", "Mediation", "（2026）幸人调字第1号", "Respondent", "邻里纠纷 (Received)"]
    window.idle.stop()


def test_change_password_dialog(qtbot, context):
    from aidstation.core import accounts
    from aidstation.gui.settings.password_dialog import PasswordDialog

    dialog = PasswordDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.old_edit, "not-my-password")
    qtbot.keyClicks(dialog.new_edit, "New-pass-2026")
    qtbot.keyClicks(dialog.confirm_edit, "New-pass-2026")
    dialog.accept()
    assert dialog.errors.message("old_password") == "the current password is wrong"
    assert dialog.result() == 0
    dialog.old_edit.clear()
    qtbot.keyClicks(dialog.old_edit, "Secret-pass-1")
    dialog.accept()
    assert dialog.result() == 1
    assert accounts.check_password(context.user, "New-pass-2026")


def test_choosing_another_row_with_unsaved_edits_asks_first(qtbot, context, messages_log):
    """Cancel keeps the edits on the same record; Save stores them, then the chosen row opens."""
    import datetime as dt

    from aidstation.core import consultations
    from aidstation.core.models import Consultation

    for hour, question in ((9, "工资拖欠"), (10, "离婚财产")):
        consultations.record(user=context.user, received_at=dt.datetime(2026, 2, 3, hour, 0), channel="visit",
                             anonymous=True, matter="family", question=question, disposition="answered", advice="可起诉")
    window = _window(qtbot, context)
    page = window.show_page("reception")
    page.table_view.selectRow(0)
    first = page.form.consultation
    page.form.question_edit.setPlainText(first.question + "（补充）")
    messages_log.answers["ask_discard"] = "cancel"
    page.table_view.selectRow(1)
    assert page.form.consultation.id == first.id
    assert page.form.question_edit.toPlainText() == first.question + "（补充）"
    assert page.table_view.currentIndex().row() == 0  # the highlight stays on the open record
    messages_log.answers["ask_discard"] = "save"
    page.table_view.selectRow(1)
    assert page.form.consultation.id != first.id
    assert Consultation.get_by_id(first.id).question == first.question + "（补充）"
    assert [k for k in messages_log.kinds() if k == "ask_discard"] == ["ask_discard", "ask_discard"]
    window.idle.stop()
