"""The kit's optional date, unsaved-changes guard and column layout, driven by keys."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QTableView, QVBoxLayout

from aidstation.gui.kit import guard, messages
from aidstation.gui.kit.widgets import OptionalDateEdit, parse_date_text


@pytest.mark.parametrize("text, expected", [
    ("2026-12-15", dt.date(2026, 12, 15)), ("2026.12.15", dt.date(2026, 12, 15)),
    ("20261215", dt.date(2026, 12, 15)), ("2026/1/5", dt.date(2026, 1, 5)),
    ("2026年12月15日", dt.date(2026, 12, 15)), ("  ", None), ("", None)])
def test_typed_dates_are_read(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "15.12.2026", "tomorrow", "2026-13-01", "202612"])
def test_no_date_is_refused(text):
    with pytest.raises(ValueError):
        parse_date_text(text)


def test_optional_date_types_clears_and_steps(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.date_value() is None
    qtbot.keyClicks(edit.line_edit, "2026.12.15")
    assert edit.date_value() == dt.date(2026, 12, 15)
    edit.line_edit.editingFinished.emit()
    assert edit.text() == "2026-12-15"
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Up)
    assert edit.date_value() == dt.date(2026, 12, 16)
    edit.line_edit.selectAll()
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Delete)
    assert edit.date_value() is None and edit.text() == ""
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Up)  # from empty: today, never 1901-01-01
    assert edit.date_value() == dt.date.today()
    edit.clear()
    qtbot.keyClicks(edit.line_edit, "2026-02-30")
    assert edit.date_value() is None
    assert "2026-02-30" in edit.problem()


def test_calendar_opens_on_today_when_empty_and_on_the_date_otherwise(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.show_calendar()
    selected = edit.calendar.selectedDate()
    assert (selected.year(), selected.month(), selected.day()) == dt.date.today().timetuple()[:3]
    edit._popup.close()
    edit.set_date_value(dt.date(2025, 3, 4))
    edit.show_calendar()
    assert edit.calendar.selectedDate().toString("yyyy-MM-dd") == "2025-03-04"


class _Record(guard.UnsavedChangesMixin, QDialog):
    def __init__(self):
        super().__init__()
        self.cause_edit = QLineEdit(self)
        self.cause_edit.setObjectName("cause_edit")
        self.when_edit = OptionalDateEdit(self)
        self.when_edit.setObjectName("when_edit")
        layout = QVBoxLayout(self)
        layout.addWidget(self.cause_edit)
        layout.addWidget(self.when_edit)
        self.guard = guard.FormGuard(self)
        self.saved = []

    def has_unsaved_changes(self):
        return self.guard.is_dirty()

    def save_changes(self):
        self.saved.append(self.cause_edit.text())
        self.guard.mark_clean()
        return True


def test_closing_an_edited_window_asks_and_saves(qtbot, monkeypatch):
    answers = ["cancel", "save"]
    asked = []
    monkeypatch.setattr(messages, "ask_discard", lambda parent, text="": asked.append(1) or answers.pop(0))
    window = _Record()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.cause_edit, "wages")
    qtbot.keyClicks(window.when_edit.line_edit, "20261201")
    assert window.guard.changed_fields() == ["cause_edit", "when_edit"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # cancel: still open
    assert window.isVisible() and window.saved == []
    window.close()  # save
    assert window.saved == ["wages"] and not window.isVisible()
    assert len(asked) == 2


def test_unchanged_window_closes_without_asking(qtbot, monkeypatch):
    monkeypatch.setattr(messages, "ask_discard", lambda *a, **k: pytest.fail("asked"))
    window = _Record()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_columns_fit_content_remember_and_hide_when_narrow(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from aidstation.gui.kit.columns import setup_columns

    def build():
        model = QStandardItemModel(3, 4)
        model.setHorizontalHeaderLabels(["Number", "Answered on the telephone", "Person", "Matter"])
        for row in range(3):
            for col in range(4):
                model.setItem(row, col, QStandardItem("2026-0001" if col == 0 else "x" * (col * 5)))
        view = QTableView()
        view.setModel(model)
        qtbot.addWidget(view)
        view.resize(900, 300)
        view.show()
        layout = setup_columns(view, "test/list", stretch=3, hide_first=[2])
        return view, layout

    view, layout = build()
    header = view.horizontalHeader()
    needed = header.fontMetrics().horizontalAdvance("Answered on the telephone")
    assert header.sectionSize(1) >= needed  # the title is not cut
    header.resizeSection(0, 200)  # the clerk widens a column
    layout.save()
    view.resize(260, 300)
    qtbot.wait(10)
    assert header.isSectionHidden(2) and not header.isSectionHidden(3)
    view.resize(900, 300)
    qtbot.wait(10)
    assert not header.isSectionHidden(2)
    layout.set_hidden(1, True)
    again, _ = build()
    assert again.horizontalHeader().sectionSize(0) == 200
    assert again.horizontalHeader().isSectionHidden(1)
    assert QSettings().value("columns/test/list")


def test_every_problem_of_a_form_is_shown_beside_its_field(qtbot):
    from PySide6.QtWidgets import QFormLayout, QWidget

    from aidstation.core.validation import Problems, ValidationErrors, free_text
    from aidstation.gui.kit.widgets import FieldErrors

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    cause, scope = QLineEdit(form), QLineEdit(form)
    layout.addRow("Cause", cause)
    layout.addRow("Scope", scope)
    errors = FieldErrors(form, {"cause": cause, "scope": scope})
    problems = Problems()
    problems.check(free_text, "", "cause", required=True)
    problems.add("scope", "Pick the scope item.", "请选择援助事项范围。")
    with pytest.raises(ValidationErrors) as raised:
        problems.raise_any()
    form.show()
    errors.show(raised.value, "zh_CN")
    assert errors.fields_marked() == ["cause", "scope"]
    assert errors.message("scope") == "请选择援助事项范围。"
    assert errors.message("cause") != ""


def test_a_disabled_or_read_only_date_offers_no_clear_button_nor_calendar(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.line_edit.isClearButtonEnabled() and edit.calendar_button.isVisible()
    edit.setEnabled(False)
    assert not edit.line_edit.isClearButtonEnabled() and not edit.calendar_button.isVisible()
    edit.setEnabled(True)
    edit.setReadOnly(True)
    assert not edit.line_edit.isClearButtonEnabled() and edit.isReadOnly()


def test_the_stretching_column_resizing_with_the_view_is_not_a_saved_layout(qtbot):
    from PySide6.QtGui import QStandardItemModel

    from aidstation.gui.kit.columns import setup_columns

    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Number", "Person", "Notes"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    layout = setup_columns(view, "test/stretch", stretch=2)
    view.resize(400, 200)
    view.resize(900, 200)
    qtbot.wait(400)
    assert not layout.customised
    assert QSettings().value("columns/test/stretch") is None


def test_a_column_hidden_while_narrow_comes_back_sized_to_its_title(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from aidstation.gui.kit.columns import setup_columns

    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Number", "Dispute type of the case", "Notes"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show()
    layout = setup_columns(view, "test/narrow", stretch=2, hide_first=[1])
    assert view.horizontalHeader().isSectionHidden(1)
    model.appendRow([QStandardItem("2026-001"), QStandardItem("neighbours"), QStandardItem("x")])
    qtbot.wait(10)
    view.resize(1000, 200)
    qtbot.wait(10)
    header = view.horizontalHeader()
    assert not header.isSectionHidden(1)
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance("Dispute type of the case")
    assert not layout.customised


@pytest.mark.parametrize("cls_name", ["DateEdit", "DateTimeEdit"])
def test_a_date_field_is_one_tab_stop(qtbot, cls_name):
    from aidstation.gui.kit import widgets

    form = QDialog()
    qtbot.addWidget(form)
    before = QLineEdit(form)
    field = getattr(widgets, cls_name)(form)
    after = QLineEdit(form)  # the Tab order is the order of creation
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    from PySide6.QtWidgets import QApplication

    assert QApplication.focusWidget() is after
