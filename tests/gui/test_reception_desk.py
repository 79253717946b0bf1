"""Reception, finished (issue 11): a returning caller in few keys, honest defaults, groups by
age and from the last visit, typed reply dates, Save / Discard / Cancel, one Tab stop per field,
a form that fits 1280×720 with Save visible, masked lists, open_record. Driven by keys."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text

NOW = dt.datetime.now().replace(second=0, microsecond=0)


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


def _reception(window):
    page = window.show_page("reception")
    page.new_consultation()
    return page, page.form


def _focused(names) -> str | None:
    """The objectName of the focused field (its nearest ancestor among `names`)."""
    widget = QApplication.focusWidget()
    while widget is not None and widget.objectName() not in names:
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else None


def _caller(context, *, birth=dt.date(1990, 5, 1), groups=("women",)):
    """李小红, who rang before: her last consultation counted her as `groups`."""
    from aidstation.core import consultations, people

    person = people.create(user=context.user, name="李小红", phone="13800138000", birth_date=birth)
    consultations.record(user=context.user, received_at=NOW - dt.timedelta(days=20), channel="visit",
                         person=person, groups=list(groups), matter="family", question="抚养费",
                         disposition="apply_aid")
    return person


def test_a_returning_phone_caller_takes_thirteen_keys(qtbot, window, context, messages_log):
    """Find by phone tail, channel 来电, matter 劳动报酬, question, answered on the spot with
    the advice, save: 13 keys beyond the typed text (15 before, for channel, matter and question
    only, with the disposition silently 当场解答 and no advice)."""
    from aidstation.core import consultations
    from aidstation.core.models import Consultation
    from aidstation.gui.kit import messages

    person = _caller(context, birth=dt.date(1950, 1, 2))  # 60+: 老年人 is ticked too
    _page, form = _reception(window)
    assert _focused({"person_finder"}) == "person_finder"  # a new form starts in the finder
    keys = []

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        keys.append(key)
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    qtbot.keyClicks(QApplication.focusWidget(), "8000")
    press(Qt.Key.Key_Return)  # picks 李小红 and moves on to the channel
    assert form.person_finder.person().id == person.id
    assert _focused({"channel_combo"}) == "channel_combo"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)  # (choose) -> 来访 -> 来电
    press(Qt.Key.Key_Tab)
    for _ in range(4):  # (choose) -> 婚姻家庭 -> 赡养抚养扶养 -> 劳动争议 -> 劳动报酬
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    assert _focused({"question_edit"}) == "question_edit"
    qtbot.keyClicks(QApplication.focusWidget(), "boss still will not pay")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)  # (choose) -> 当场解答
    press(Qt.Key.Key_Tab)
    assert _focused({"advice_edit"}) == "advice_edit"
    qtbot.keyClicks(QApplication.focusWidget(), "apply to labour arbitration")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert len(keys) == 13
    saved = Consultation.select().order_by(Consultation.id.desc()).first()
    assert saved.number == form.consultation.number
    assert (saved.person_id, saved.channel, saved.matter, saved.disposition) == (
        person.id, "phone", "wages", "answered")
    assert (saved.question, saved.advice) == ("boss still will not pay", "apply to labour arbitration")
    assert sorted(consultations.group_codes(saved)) == ["elderly", "women"]
    assert messages.STATUS_LOG[-1] == f"Consultation {saved.number} saved"
    assert not form.has_unsaved_changes()


def test_nothing_is_chosen_for_the_clerk_and_same_as_last_asks_for_the_channel(qtbot, window, context,
                                                                                messages_log):
    from aidstation.core.models import Consultation

    _page, form = _reception(window)
    assert (form.channel_combo.code(), form.matter_combo.code(), form.disposition_combo.code()) == ("", "", "")
    assert form.channel_combo.currentText() == "(choose)"
    assert not form.same_channel_button.isEnabled()  # no consultation of this clerk yet
    qtbot.mouseClick(form.anonymous_check, Qt.MouseButton.LeftButton)
    form.channel_combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(form.channel_combo, Qt.Key.Key_Down)  # 12348热线
    form.matter_combo.setFocus()
    qtbot.keyClick(form.matter_combo, Qt.Key.Key_Down)
    type_text(qtbot, form.question_edit, "离婚时房子怎么分")
    form.disposition_combo.setFocus()
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Down)
    type_text(qtbot, form.advice_edit, "可先协商")
    qtbot.keyClick(form.advice_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save, next
    assert Consultation.get().channel == "hotline"
    # the next consultation does not inherit the channel...
    assert form.consultation is None and form.channel_combo.code() == ""
    assert form.same_channel_button.isEnabled() and "12348 hotline" in form.same_channel_button.toolTip()
    # ...unless the clerk asks: Alt+L
    qtbot.keyClick(form.person_finder.search_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.channel_combo.code() == "hotline")  # a mnemonic clicks after a flash


def test_answered_on_the_spot_needs_the_advice_and_every_problem_shows_at_once(qtbot, window, context,
                                                                                messages_log):
    from aidstation.core.models import Consultation

    _page, form = _reception(window)
    qtbot.mouseClick(form.anonymous_check, Qt.MouseButton.LeftButton)
    form.disposition_combo.setFocus()
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Down)  # 当场解答
    qtbot.keyClicks(form.reply_edit.line_edit, "2026-13-45")
    qtbot.keyClick(form.question_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.errors.fields_marked() == ["channel", "matter", "question", "advice", "reply_due"]
    assert form.errors.message("advice") == "write the advice given: the consultation was answered on the spot"
    assert form.errors.message("reply_due") == "'2026-13-45' is not a date (use YYYY-MM-DD)"
    assert Consultation.select().count() == 0 and form.has_unsaved_changes()


def test_groups_by_age_are_ticked_and_stay_the_clerks_to_untick(qtbot, window, context, messages_log):
    from aidstation.core import consultations
    from aidstation.core.models import Consultation

    person = _caller(context, birth=dt.date(1950, 1, 2), groups=("migrant",))
    page, form = _reception(window)
    qtbot.keyClicks(form.person_finder.search_edit, "13800138000")
    qtbot.keyClick(form.person_finder.search_edit, Qt.Key.Key_Return)
    assert form.person_finder.person().id == person.id
    assert sorted(form.groups_list.codes()) == ["elderly", "migrant"]
    hint = form.groups_hint.text()
    assert hint.startswith("Ticked for you, from the last visit") and "by age (" in hint and "Elderly" in hint
    elderly = next(form.groups_list.item(i) for i in range(form.groups_list.count())
                   if form.groups_list.item(i).data(Qt.ItemDataRole.UserRole) == "elderly")
    assert elderly.font().italic() and elderly.toolTip().startswith("Offered:")
    # the clerk unticks 老年人 with the keyboard: it stays unticked
    form.groups_list.setFocus()
    form.groups_list.setCurrentItem(elderly)
    qtbot.keyClick(form.groups_list, Qt.Key.Key_Space)
    assert form.groups_list.codes() == ["migrant"] and not elderly.font().italic()
    for combo, downs in ((form.channel_combo, 2), (form.matter_combo, 1), (form.disposition_combo, 2)):
        combo.setFocus()
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    type_text(qtbot, form.question_edit, "赡养费")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = Consultation.select().order_by(Consultation.id.desc()).first()
    assert consultations.group_codes(saved) == ["migrant"]

    # a new person whose ID number says 12 years old: 未成年人
    page.new_consultation()
    qtbot.keyClicks(form.id_edit, "110105201405010017")
    assert form.groups_list.codes() == ["minor"] and "by age (" in form.groups_hint.text()


def test_the_reply_date_is_typed_and_cleared(qtbot, window, context, messages_log):
    from aidstation.core.models import Consultation

    _page, form = _reception(window)
    qtbot.mouseClick(form.anonymous_check, Qt.MouseButton.LeftButton)
    for combo, downs in ((form.channel_combo, 1), (form.matter_combo, 1), (form.disposition_combo, 5)):
        combo.setFocus()
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert form.disposition_combo.code() == "appointment"
    type_text(qtbot, form.question_edit, "约定下周答复")
    form.reply_edit.setFocus()
    qtbot.keyClicks(form.reply_edit.line_edit, "20991215")
    qtbot.keyClick(form.question_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = Consultation.get()
    assert saved.reply_due == dt.date(2099, 12, 15)
    # answered on the spot after all: the date is cleared with Delete and NULL is stored
    form.disposition_combo.setFocus()
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Home)
    qtbot.keyClick(form.disposition_combo, Qt.Key.Key_Down)
    type_text(qtbot, form.advice_edit, "当场答复")
    form.reply_edit.line_edit.setFocus()
    form.reply_edit.line_edit.selectAll()
    qtbot.keyClick(form.reply_edit.line_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.question_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Consultation.get_by_id(saved.id).reply_due is None
    assert Consultation.get_by_id(saved.id).disposition == "answered"


def _two_consultations(context):
    from aidstation.core import consultations

    return [consultations.record(user=context.user, received_at=NOW - dt.timedelta(hours=h), channel="visit",
                                 anonymous=True, matter="family", question=q, disposition="apply_aid")
            for h, q in ((2, "工资拖欠"), (1, "离婚财产"))]


def test_another_row_new_and_esc_ask_save_discard_cancel(qtbot, window, context, messages_log):
    from aidstation.core.models import Consultation

    older, newer = _two_consultations(context)
    page = window.show_page("reception")
    page.table_view.selectRow(0)
    assert page.form.consultation.id == newer.id
    page.form.question_edit.setFocus()
    qtbot.keyClick(page.form.question_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.form.question_edit, "（补充）")
    messages_log.answers["ask_discard"] = "cancel"
    page.table_view.selectRow(1)
    assert page.form.consultation.id == newer.id and page.table_view.currentIndex().row() == 0
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.form.consultation.id == newer.id
    page.form.question_edit.setFocus()
    qtbot.keyClick(page.form.question_edit, Qt.Key.Key_Escape)
    assert page.form.question_edit.toPlainText() == "离婚财产（补充）"
    messages_log.answers["ask_discard"] = "discard"
    qtbot.keyClick(page.form.question_edit, Qt.Key.Key_Escape)  # back to what is saved
    assert page.form.question_edit.toPlainText() == "离婚财产" and not page.form.has_unsaved_changes()
    assert Consultation.get_by_id(newer.id).question == "离婚财产"
    qtbot.keyClick(page.form.question_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.form.question_edit, "（补充）")
    messages_log.answers["ask_discard"] = "save"
    page.table_view.selectRow(1)
    assert page.form.consultation.id == older.id
    assert Consultation.get_by_id(newer.id).question == "离婚财产（补充）"
    assert messages_log.kinds() == ["ask_discard"] * 5  # never a yes/no question
    # New: a clean form, scrolled to the top
    page.form.fields_scroll.verticalScrollBar().setValue(page.form.fields_scroll.verticalScrollBar().maximum())
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.form.consultation is None and page.form.fields_scroll.verticalScrollBar().value() == 0


def test_the_page_fits_1280x720_with_save_visible(qtbot, window, context):
    _two_consultations(context)
    page = window.show_page("reception")
    page.table_view.selectRow(0)
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    assert (area.width(), area.height()) == (1280, 720)
    assert area.contains(window.frameGeometry())
    form = page.form
    for button in (form.save_button, form.save_next_button, form.clear_button, form.delete_button):
        assert not button.visibleRegion().isEmpty(), button.objectName()
    assert page.splitter.count() == 2 and page.splitter.widget(1) is page.form_holder
    assert not any(b.isDefault() or b.autoDefault() for b in (form.save_button, form.save_next_button))


def test_tab_follows_the_visual_order_and_the_date_time_is_one_stop(qtbot, window, context):
    from aidstation.gui.reception.consultation_form import TAB_ORDER

    _page, _form = _reception(window)
    expected = [n for n in TAB_ORDER if n not in ("referral_combo", "delete_button")]  # disabled, hidden
    seen = [_focused(set(TAB_ORDER))]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(_focused(set(TAB_ORDER)))
    assert seen == expected
    assert seen.index("channel_combo") == seen.index("received_edit") + 1  # one Tab through the date-time


def test_enter_never_saves(qtbot, window, context, messages_log):
    from aidstation.core.models import Consultation

    _caller(context)
    before = Consultation.select().count()
    _page, form = _reception(window)
    type_text(qtbot, form.person_finder.search_edit, "李")
    form.person_finder.search_now()
    qtbot.keyClick(form.person_finder.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    type_text(qtbot, form.question_edit, "问题")
    for widget in (form.channel_combo, form.matter_combo, form.disposition_combo, form.referral_combo,
                   form.reply_edit.line_edit, form.name_edit, form.phone_edit, form.id_edit, form.community_edit):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert Consultation.select().count() == before and form.consultation is None


def test_the_list_masks_names_and_numbers_and_keeps_the_disposition(qtbot, window, context):
    from aidstation.core import consultations, people

    person = people.create(user=context.user, name="欧阳娜娜", phone="13800138000")
    consultations.record(user=context.user, received_at=NOW, channel="phone", person=person, matter="wages",
                         question="回电13800138000", disposition="apply_aid")
    page = window.show_page("reception")
    model = page.model
    assert model.index(0, 2).data() == "欧***"
    assert model.index(0, 7).data() == "回电138****8000"
    layout = page.table_view.column_layout
    assert 6 not in layout.hide_first and layout.stretch == 7
    page.splitter.setSizes([300, 900])  # narrow list: less important columns go, the disposition stays
    qtbot.wait(20)
    layout.fit_width()
    assert not page.table_view.horizontalHeader().isSectionHidden(6)
    assert page.table_view.horizontalHeader().isSectionHidden(3)


def test_open_record_finds_a_consultation_behind_filters_and_pages(qtbot, window, context):
    from aidstation.core import consultations
    from aidstation.gui.kit.table_models import PAGE_SIZE

    rows = [consultations.record(user=context.user, received_at=NOW - dt.timedelta(minutes=i), channel="visit",
                                 anonymous=True, matter="family", question=f"问题{i}", disposition="apply_aid")
            for i in range(PAGE_SIZE + 5)]
    oldest = rows[-1]
    page = window.show_page("reception")
    page.search_edit.setText("问题3")
    page.apply_filters()
    assert page.open_record(oldest.id)
    assert page.search_edit.text() == "" and page.form.consultation.id == oldest.id
    assert page.model.record_id(page.table_view.currentIndex().row()) == oldest.id


def test_the_search_box_finds_pinyin_and_reads_what_is_typed_as_text(qtbot, window, context):
    from aidstation.core import consultations, people

    zhang = people.create(user=context.user, name="张三", phone="13800138000")
    rows = [consultations.record(user=context.user, received_at=NOW - dt.timedelta(minutes=i), channel="visit",
                                 person=zhang if i == 0 else None, anonymous=i != 0, matter="wages",
                                 question=q, disposition="apply_aid")
            for i, q in enumerate(["欠薪", "利息100%以上", "合同 AND 违约", "工资拖欠"])]
    page = window.show_page("reception")
    page.search_edit.setFocus()

    def listed(text):
        page.search_edit.clear()
        type_text(qtbot, page.search_edit, text)
        qtbot.waitUntil(lambda: not page._search_timer.isActive(), timeout=2000)  # the pause, then the search
        return [page.model.record_id(r) for r in range(page.model.rowCount())]

    assert listed("zs") == [rows[0].id]  # 张三 by his initials
    assert listed("%") == [rows[1].id]  # a percent sign, not LIKE's wildcard
    assert listed("AND 违") == [rows[2].id]  # a word, not FTS syntax
    assert listed('"') == [] and listed("*") == []
    assert listed("拖") == [rows[3].id] and listed("工资拖欠") == [rows[3].id]
    assert page.count_label.text() == "1 consultation(s)"
