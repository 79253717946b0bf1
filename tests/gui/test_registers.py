"""The "Print register…" button a list page gets (gui/registers, issue 14): Ctrl+P or a click
opens the dialog on the list's month, the list's other filters apply, and the file written
holds exactly the records of the period (read back), named in the status bar and opened."""
from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

TODAY = dt.date.today()


class ListPage(QWidget):
    """A list page as the desk's pages are: a filter row with a New… button, a context."""

    def __init__(self, context):
        super().__init__()
        self.context = context
        outer = QVBoxLayout(self)
        self.filter_row = QHBoxLayout()
        self.new_button = QPushButton("New", self)
        self.filter_row.addWidget(self.new_button)
        outer.addLayout(self.filter_row)
        self.filters: dict = {}


def _not_after_now(day, i):
    """09:0i on that day, or a few seconds ago when that is still to come (a run after midnight)."""
    moment = dt.datetime.combine(day, dt.time(9, i))
    earlier = dt.datetime.now().replace(microsecond=0) - dt.timedelta(seconds=10 - i)
    return max(dt.datetime.combine(day, dt.time(0, 0, i)), min(moment, earlier))


@pytest.fixture
def consultations_this_month(context):
    """Three phone calls and two visits this month, one visit last month, one call deleted."""
    from aidstation.core import consultations
    from aidstation.core.models import Person

    first = TODAY.replace(day=1)
    people = [Person.create(name=n, phone=p) for n, p in (("张三", "13800138000"), ("李四", "13912345678"))]
    made = []
    for i, (channel, day) in enumerate([("phone", first), ("phone", first), ("phone", TODAY), ("visit", TODAY),
                                        ("visit", first), ("visit", first - dt.timedelta(days=3)),
                                        ("phone", TODAY)]):
        made.append(consultations.record(
            user=context.user, received_at=_not_after_now(day, i), channel=channel,
            person=people[i % 2], matter="labor", question=f"工资被拖欠，电话13800138000 第{i}次",
            disposition="answered", advice="可申请劳动仲裁"))
    consultations.delete(made[-1], user=context.user)
    return made


def _write(qtbot, dialog, monkeypatch, path):
    from aidstation.gui.kit import messages
    from aidstation.gui.registers import RegisterDialog

    monkeypatch.setattr(RegisterDialog, "ask_path", staticmethod(lambda parent, suggested, fmt: str(path)))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(path) in messages.OPENED, timeout=20_000)


def test_the_button_writes_the_lists_register_as_a_workbook(qtbot, context, consultations_this_month,
                                                            monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from aidstation.core.models import AuditEvent
    from aidstation.gui.kit import messages
    from aidstation.gui.registers import add_register_action

    page = ListPage(context)
    qtbot.addWidget(page)
    page.filters = {"channel": "phone", "month": f"{TODAY:%Y-%m}"}
    button = add_register_action(page, "consultations", lambda: page.filters)
    assert page.filter_row.indexOf(button) == 0  # before New…
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.register_dialog
    assert dialog.isVisible() and not dialog.kind_combo.isVisible()
    assert dialog.period() == (TODAY.replace(day=1), (TODAY.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                               - dt.timedelta(days=1))
    assert dialog.filters_check.isChecked() and "来电" in dialog.filters_check.text()
    assert dialog.count_label.text().startswith("3 record(s)")
    qtbot.mouseClick(dialog.xlsx_radio, Qt.MouseButton.LeftButton)
    target = tmp_path / "register.xlsx"
    _write(qtbot, dialog, monkeypatch, target)
    ws = load_workbook(target).active
    numbers = [ws.cell(row=r, column=2).value for r in range(4, 7)]
    assert sorted(numbers) == sorted(c.number for c in consultations_this_month[:3])
    assert ws.cell(row=7, column=1).value == "合计" and ws.cell(row=7, column=2).value == "3 件"
    cells = "".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "13800138000" not in cells and "138****8000" in cells and "张三" not in cells
    assert any(str(target) in line for line in messages.STATUS_LOG)
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.username) == ("export", "Register", "admin")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed once written (deleted on close)


def test_without_the_list_filters_every_record_of_the_period_is_printed(qtbot, context, consultations_this_month,
                                                                      monkeypatch, tmp_path):
    from aidstation.core import registers
    from aidstation.gui.registers import add_register_action

    page = ListPage(context)
    qtbot.addWidget(page)
    page.filters = {"channel": "phone"}
    add_register_action(page, "consultations", lambda: page.filters)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    qtbot.waitUntil(lambda: getattr(page, "register_dialog", None) is not None)  # the button's animated click
    dialog = page.register_dialog
    assert dialog.period() == registers.month_span()  # no month on the list: this month
    dialog.filters_check.setChecked(False)
    assert dialog.count_label.text().startswith("5 record(s)")
    target = tmp_path / "register.pdf"
    _write(qtbot, dialog, monkeypatch, target)
    assert target.read_bytes()[:4] == b"%PDF"
    from tests.pdf.test_registers import check_pdf_file, pdf_pages

    check_pdf_file(target)
    text = "".join("".join(p.split()) for p in pdf_pages(target))
    assert all(c.number in text for c in consultations_this_month[:5])
    assert consultations_this_month[5].number not in text  # last month
    assert consultations_this_month[6].number not in text  # deleted
    assert "合计5件" in text


def test_a_period_that_ends_before_it_starts_writes_nothing(qtbot, context):
    from aidstation.gui.registers import RegisterDialog

    dialog = RegisterDialog(context, "mediations", {})
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.isRowVisible(dialog.filters_check)  # no filter on the list: no question
    dialog.to_edit.set_date_value(TODAY - dt.timedelta(days=400))
    assert not dialog.write_button.isEnabled()
    assert dialog.count_label.text() == "The period ends before it starts."
    dialog.from_edit.set_date_value(TODAY - dt.timedelta(days=500))
    assert dialog.write_button.isEnabled()


def test_the_dialog_fits_the_small_screen_with_its_buttons_visible(qtbot, context):
    from aidstation.gui.kit.geometry import available_rect
    from aidstation.gui.registers import DueSheetDialog, RegisterDialog

    for dialog in (RegisterDialog(context, None, {"text": "张"}), DueSheetDialog(context)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert available_rect(dialog).contains(dialog.frameGeometry())
        assert not dialog.write_button.visibleRegion().isEmpty()
        assert not dialog.write_button.autoDefault() and not dialog.write_button.isDefault()


def test_the_dialog_speaks_chinese(qtbot, context, qapp):
    from aidstation.gui.kit import i18n
    from aidstation.gui.registers import RegisterDialog

    i18n.install(qapp, "zh_CN")
    dialog = RegisterDialog(context, "aid", {})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "打印登记簿"
    assert dialog.kind_text.text() == "法律援助申请登记簿"
    assert dialog.write_button.text() == "生成…"
