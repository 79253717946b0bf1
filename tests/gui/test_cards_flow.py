"""pytest-qt: design a card -> print 20 -> issue 12 at an event to 3 households -> stock 8 ->
the month's totals show 12 issued. Plus the pages' bad-input feedback."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from aidstation.core import cards, settings
from aidstation.core import staff as staff_service
from aidstation.core.models import CardIssue, CardPrintRun, PublicityActivity
from aidstation.core.reporting import indicators
from aidstation.gui.cards.design_dialog import CardDesignDialog
from aidstation.gui.cards.page import CardsPage
from aidstation.gui.kit import messages
from aidstation.gui.publicity.page import PublicityPage
from tests.gui.conftest import type_text


def _spin(qtbot, spin, value: int) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))


def choose(qtbot, combo, code: str) -> None:
    """Pick `code` in a CodeComboBox with the keyboard, as a clerk does (Down until it shows)."""
    combo.setFocus()
    combo.setCurrentIndex(0)
    for _ in range(combo.count()):
        if combo.code() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.code() == code


def test_design_print_issue_at_event_stock_and_totals(qtbot, context, messages_log, monkeypatch, tmp_path):
    today = dt.date.today()
    settings.set_many({"station.name": "望月湖街道法律援助工作站", "station.code": "YL03"}, user=context.user)
    head = staff_service.create(user=context.user, name="王建国", role="officer", title="司法所所长",
                                phone="13873112345")
    staff_service.create(user=context.user, name="李秀英", role="mediator", phone="13907318866")

    # 1. Design the card: type a title, tick the head of office, OK.
    dialog = CardDesignDialog(context)
    qtbot.addWidget(dialog)
    dialog.title_edit.clear()
    type_text(qtbot, dialog.title_edit, "便民联系卡")
    dialog.set_checked(head.id)
    assert dialog.preview.design.title == "便民联系卡"  # the preview follows the typing
    assert [s.name for s in dialog.preview.design.staff] == ["王建国"]
    # A new contact typed in the dialog: no role, then a bad phone are refused beside the field.
    type_text(qtbot, dialog.new_name_edit, "陈志强")
    qtbot.mouseClick(dialog.add_staff_button, Qt.MouseButton.LeftButton)
    assert dialog.staff_errors.fields_marked() == ["role"]
    choose(qtbot, dialog.new_role_combo, "liaison")
    type_text(qtbot, dialog.new_phone_edit, "12345")
    qtbot.mouseClick(dialog.add_staff_button, Qt.MouseButton.LeftButton)
    assert "not a valid phone number" in dialog.staff_errors.message("phone")
    assert staff_service.list_staff(role="liaison") == []
    dialog.new_phone_edit.clear()
    type_text(qtbot, dialog.new_phone_edit, "15116200312")
    qtbot.mouseClick(dialog.add_staff_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in dialog.preview.design.staff] == ["王建国", "陈志强"]
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    design = cards.design()
    assert (design.title, [s.name for s in design.staff]) == ("便民联系卡", ["王建国", "陈志强"])
    assert design.staff[1].phone == "15116200312" and design.staff[1].role == "liaison"

    # 2. Print 20 cards (in the background, with its progress dialog).
    page = CardsPage(context)
    qtbot.addWidget(page)
    monkeypatch.setattr(CardsPage, "ask_quantity", staticmethod(lambda *a: 20))
    opened = len(messages.OPENED)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages.OPENED) > opened, timeout=15000)
    run = CardPrintRun.get()
    assert (run.year, run.serial_from, run.serial_to) == (today.year, 1, 20)
    sheets = context.station.folder / "documents" / run.file_name
    assert sheets.exists()
    assert messages.OPENED[-1] == str(sheets)  # the sheets open at once, and the status says where
    assert messages.STATUS_LOG[-1] == (f"Serials 1 to 20 of {today.year} are reserved; "
                                       f"the sheets are in {sheets}")
    assert "20 printed cards" in page.stock_label.text()

    # 3. A publicity activity, then 12 cards at it for 3 households, in one action.
    pub = PublicityPage(context)
    qtbot.addWidget(pub)
    type_text(qtbot, pub.title_edit, "民法典进社区")
    choose(qtbot, pub.format_combo, "booth")
    _spin(qtbot, pub.spins["leaflets"], 300)
    qtbot.mouseClick(pub.save_button, Qt.MouseButton.LeftButton)
    activity = PublicityActivity.get()
    assert (activity.title, activity.leaflets, activity.held_on) == ("民法典进社区", 300, today)
    _spin(qtbot, pub.cards_quantity_spin, 12)
    _spin(qtbot, pub.cards_households_spin, 3)
    qtbot.mouseClick(pub.issue_cards_button, Qt.MouseButton.LeftButton)
    issue = CardIssue.get()
    assert (issue.quantity, issue.households, issue.channel, issue.activity_id, issue.serial_from,
            issue.serial_to) == (12, 3, "event", activity.id, 1, 12)
    assert "12 cards issued" in pub.cards_status_label.text()

    # 4. The cards page (told by the context) shows 8 in stock and the hand-over.
    assert cards.stock_count() == 8
    assert "8 printed cards" in page.stock_label.text()
    assert f"YL03-{today.year}-00013 – 00020" in page.stock_label.text()
    assert page.model.total == 1

    # 5. The month's totals.
    values = indicators.compute_month(today.year, today.month)
    assert (values["cards.issued"], values["cards.recipients"], values["cards.channel.event"]) == (12, 3, 12)
    assert (values["pub.activities"], values["pub.leaflets"]) == (1, 300)


def test_issue_form_refuses_unprinted_and_overlap(qtbot, context, messages_log):
    y, first, last = cards.next_range(5)
    cards.record_print(user=context.user, year=y, serial_from=first, serial_to=last)
    page = CardsPage(context)
    qtbot.addWidget(page)
    type_text(qtbot, page.recipient_edit, "3号楼")
    choose(qtbot, page.channel_combo, "window")
    _spin(qtbot, page.from_spin, 4)
    _spin(qtbot, page.to_spin, 9)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert "have not been printed" in page.errors.message("serial_to")
    assert CardIssue.select().count() == 0
    _spin(qtbot, page.to_spin, 5)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert CardIssue.select().count() == 1
    type_text(qtbot, page.recipient_edit, "窗口")
    _spin(qtbot, page.from_spin, 5)
    _spin(qtbot, page.to_spin, 5)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert "already issued" in page.errors.message("serial_from")
    assert CardIssue.select().count() == 1


def test_publicity_form_refuses_future_date_and_bad_photo(qtbot, context, messages_log, monkeypatch, tmp_path):
    pub = PublicityPage(context)
    qtbot.addWidget(pub)
    type_text(qtbot, pub.title_edit, "宪法日")
    choose(qtbot, pub.format_combo, "lecture")
    pub.date_edit.set_date_value(dt.date.today() + dt.timedelta(days=3))
    qtbot.mouseClick(pub.save_button, Qt.MouseButton.LeftButton)
    assert "in the future" in pub.errors.message("held_on")
    assert PublicityActivity.select().count() == 0
    pub.date_edit.set_date_value(dt.date.today())
    qtbot.mouseClick(pub.save_button, Qt.MouseButton.LeftButton)
    assert PublicityActivity.select().count() == 1
    bad = tmp_path / "notes.jpg"
    bad.write_text("not an image")
    monkeypatch.setattr(PublicityPage, "ask_photo", staticmethod(lambda *a: str(bad)))
    qtbot.mouseClick(pub.add_photo_button, Qt.MouseButton.LeftButton)
    assert "is not an image" in pub.errors.message("photo")
    assert list((context.station.folder / "photos").iterdir()) == []


def test_month_filter_photo_delete_and_reprint(qtbot, context, messages_log, monkeypatch, tmp_path):
    from PIL import Image

    from aidstation.core import publicity
    from aidstation.core.models import AuditEvent

    today = dt.date.today()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=5)
    publicity.create_activity(user=context.user, held_on=last_month, title="旧活动", leaflets=10)
    now_act = publicity.create_activity(user=context.user, held_on=today, title="本月活动", leaflets=200,
                                        attendees=40)
    pub = PublicityPage(context)
    qtbot.addWidget(pub)
    assert pub.model.total == 2
    pub.month_combo.setCurrentIndex(pub.month_combo.findData(f"{today.year}-{today.month:02d}"))
    assert pub.model.total == 1 and pub.model.record(0).title == "本月活动"
    assert pub.totals_label.text() == "1 activities · 40 attendees · 200 leaflets · 0 consulted"
    pub.table_view.selectRow(0)
    assert pub.activity.id == now_act.id and pub.title_edit.text() == "本月活动"
    photo = tmp_path / "booth.jpg"
    Image.new("RGB", (2400, 1800), (15, 76, 156)).save(photo)
    monkeypatch.setattr(PublicityPage, "ask_photo", staticmethod(lambda *a: str(photo)))
    qtbot.mouseClick(pub.add_photo_button, Qt.MouseButton.LeftButton)
    assert pub.photo_list.count() == 1
    stored = publicity.photo_path(now_act.photos[0])
    assert Image.open(stored).size == (1600, 1200)

    y, first, last = cards.next_range(10)
    cards.record_print(user=context.user, year=y, serial_from=first, serial_to=last)
    page = CardsPage(context)
    qtbot.addWidget(page)
    type_text(qtbot, page.recipient_edit, "3号楼")
    choose(qtbot, page.channel_combo, "home")
    _spin(qtbot, page.quantity_spin, 4)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert cards.stock_count() == 6
    page.table_view.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert cards.stock_count() == 10 and page.model.total == 0
    monkeypatch.setattr("aidstation.gui.cards.page.QInputDialog.getText",
                        staticmethod(lambda *a, **k: (f"{y} 3-4", True)))
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    assert CardPrintRun.select().where(CardPrintRun.reprint == True).count() == 1  # noqa: E712
    assert AuditEvent.select().where(AuditEvent.detail.startswith(f"reprint {y} 3-4")).count() == 1
    monkeypatch.setattr("aidstation.gui.cards.page.QInputDialog.getText",
                        staticmethod(lambda *a, **k: (f"{y} 9-12", True)))
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    assert "never printed" in messages_log.texts()
    assert CardPrintRun.select().count() == 2
