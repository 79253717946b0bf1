"""The shared GUI pieces: form loader, every .ui file, paged table model, widgets, tasks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from aidstation.paths import UI_DIR

UI_FILES = sorted(p.name for p in UI_DIR.glob("*.ui"))


@pytest.mark.parametrize("name", UI_FILES)
def test_every_ui_file_loads(qtbot, name):
    from PySide6.QtWidgets import QDialog, QMainWindow

    from aidstation.gui.kit.forms import load_ui

    import importlib
    import re

    text = (UI_DIR / name).read_text(encoding="utf-8")
    # a form's promoted widgets are registered by the module its <header> names, which the page
    # imports before loading it (pages are imported on first visit, so not by now)
    for header in re.findall(r"<header>([\w.]+)</header>", text):
        if header.startswith("aidstation."):
            importlib.import_module(header)
    top = text.split('<widget class="', 1)[1].split('"', 1)[0]
    owner = {"QDialog": QDialog, "QMainWindow": QMainWindow}.get(top, QWidget)()
    qtbot.addWidget(owner)
    assert load_ui(owner, name) is owner
    assert owner.findChildren(QWidget)


def test_paged_model_pages_sorts_filters(qtbot, qtmodeltester, station):
    from aidstation.core.models import Code
    from aidstation.gui.kit.table_models import Column, PagedTableModel

    columns = [Column("kind", "Kind", sort=Code.kind), Column("code", "Code", sort=Code.code),
               Column("label_en", "Label", value=lambda c: c.label_en.upper())]

    def factory(filters):
        query = Code.select()
        if "kind" in filters:
            query = query.where(Code.kind == filters["kind"])
        return query

    model = PagedTableModel(columns, factory, default_order=[Code.id], page_size=7)
    total = Code.select().count()
    assert model.total == total
    assert model.rowCount() == total  # every row counted at once; objects read 7 at a time
    assert not model.canFetchMore(QModelIndex())
    assert model.index(total - 1, 1).data() == Code.select().order_by(Code.id.desc()).first().code
    assert len(model._blocks) == 1
    qtmodeltester.check(model)
    model.set_filters(kind="channel")
    assert model.total == 6 and model.rowCount() == 6
    assert not model.canFetchMore(QModelIndex())
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(6)] == sorted(
        ["visit", "phone", "hotline", "letter", "online", "home"])
    assert model.index(0, 2).data() == "HOME VISIT"
    first = model.record(0)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == first.id
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Code"
    qtmodeltester.check(model)


def test_code_widgets_and_field_errors(qtbot, station):
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    from aidstation.core.validation import ValidationError
    from aidstation.gui.kit.widgets import CodeCheckList, CodeComboBox, FieldErrors

    combo = CodeComboBox()
    qtbot.addWidget(combo)
    combo.set_kind("channel", "zh")
    assert combo.itemText(0) == "来访" and combo.code() == "visit"
    combo.set_code("letter")
    assert combo.currentText() == "来信"
    checks = CodeCheckList()
    qtbot.addWidget(checks)
    checks.set_kind("group", "en")
    checks.set_codes(["elderly", "women"])
    assert checks.codes() == ["elderly", "women"]

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    edit = QLineEdit("123")
    layout.addRow("Phone", edit)
    errors = FieldErrors(form, {"phone": edit})
    errors.show(ValidationError("phone", "bad phone", "电话无效"), "zh")
    assert errors.message("phone") == "电话无效"
    assert edit.property("invalid") is True and edit.text() == "123"
    errors.clear()
    assert errors.message("phone") == "" and edit.property("invalid") is False


def test_task_runs_off_thread_and_reports(qtbot):
    import threading

    from aidstation.gui.kit import tasks

    main = threading.get_ident()
    seen = {}

    def work(n, progress, cancelled):
        progress(1, 2, "half")
        seen["thread"] = threading.get_ident()
        return n * 2

    progress = []
    task = tasks.prepare(work, 21, with_db=False)
    task.progressed.connect(lambda *a: progress.append(a))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: progress == [(1, 2, "half")])
    assert seen["thread"] != main

    def boom():
        raise ValueError("nope")

    errors = []
    tasks.start(boom, with_db=False, on_error=lambda exc, tb: errors.append(str(exc)))
    qtbot.waitUntil(lambda: errors == ["nope"], timeout=5000)


def test_a_tasks_signals_are_emitted_in_the_gui_thread_and_survive_its_owner(qtbot):
    """The worker only queues what happened; the Task's own timer emits it in the GUI thread.
    A Task nobody keeps still reports; one whose owner is deleted mid-run reports nothing and
    its worker finishes without touching the deleted object."""
    import gc
    import threading

    from PySide6.QtCore import QObject

    from aidstation.gui.kit import tasks

    main = threading.get_ident()
    where = []

    def work(progress):
        progress(1, 1)
        return "done"

    task = tasks.prepare(work, with_db=False)
    task.progressed.connect(lambda *a: where.append(("progressed", threading.get_ident() == main)))
    task.succeeded.connect(lambda v: where.append((v, threading.get_ident() == main)))
    task.start()
    del task
    gc.collect()
    qtbot.waitUntil(lambda: len(where) == 2, timeout=5000)
    assert where == [("progressed", True), ("done", True)]

    owner = QObject()
    release, returned, heard = threading.Event(), threading.Event(), []

    def slow():
        release.wait(5)
        returned.set()
        return 1

    orphan = tasks.start(slow, with_db=False, parent=owner, on_result=heard.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(orphan), timeout=5000)
    release.set()
    assert returned.wait(5)
    qtbot.wait(50)
    assert heard == []


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_keep_open_drops_windows_qt_has_deleted(qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QDialog

    from aidstation.gui.kit.ui_helpers import keep_open

    closed, still_open = QDialog(), QDialog()
    qtbot.addWidget(still_open)
    closed.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    closed.show()
    closed.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    newcomer = QDialog()
    qtbot.addWidget(newcomer)
    assert keep_open([closed, still_open], newcomer) == [still_open, newcomer]
