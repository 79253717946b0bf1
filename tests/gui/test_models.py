"""Every desk table model passes pytest-qt's model tester, on real rows and while paging."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt


def _fill(admin, n=7):
    from aidstation.core import consultations, people

    person = people.create(user=admin, name="陈静", phone="13512345678", id_number="11010519491231002X")
    for i in range(n):
        consultations.record(user=admin, received_at=dt.datetime(2026, 1, 5 + i, 10, 0), channel="visit",
                             person=person if i % 2 else None, anonymous=not i % 2, matter="labor",
                             question=f"问题{i}", disposition="answered", advice="已当场解答", groups=["women"])
    return person


def test_consultation_table_model(qtmodeltester, admin):
    from aidstation.gui.reception.page import ConsultationTableModel

    _fill(admin)
    model = ConsultationTableModel("zh")
    model.page_size = 3
    model.refresh()
    assert (model.total, model.rowCount()) == (7, 7)  # read 3 at a time as they are shown
    assert model.index(0, 0).data() == "2026011101"
    assert model.index(0, 4).data() == "来访"
    assert model.index(1, 3).data() == "135****5678"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "2026010501"
    model.set_filters(text="陈静")
    assert model.total == 3
    qtmodeltester.check(model)
    fresh = ConsultationTableModel("en")
    fresh.page_size = 2
    fresh.refresh()
    qtmodeltester.check(fresh)
    assert not fresh.canFetchMore(QModelIndex()) and fresh.rowCount() == 7
    assert [fresh.index(r, 0).data() for r in range(7)] == [f"202601{11 - r:02d}01" for r in range(7)]


def test_person_table_model(qtmodeltester, admin):
    from aidstation.gui.people.page import PersonTableModel

    _fill(admin, 1)
    model = PersonTableModel()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(5)] == [
        "陈*", "Female", "1949-12-31", "135****5678", "110105********002X"]
    qtmodeltester.check(model)


def test_audit_and_deleted_models(qtmodeltester, admin):
    from aidstation.core import consultations
    from aidstation.core.models import Consultation
    from aidstation.gui.settings.admin import AuditTableModel, DeletedTableModel

    _fill(admin, 2)
    consultations.delete(Consultation.get(Consultation.number == "2026010501"), user=admin)
    qtmodeltester.check(AuditTableModel())
    audit = AuditTableModel()
    audit.set_filters(action="delete")
    assert audit.total == 1
    assert [audit.index(0, c).data() for c in (1, 2, 3)] == ["admin", "delete", "Consultation"]
    deleted = DeletedTableModel("Consultation")
    assert deleted.total == 1 and deleted.index(0, 1).data() == "2026010501"
    qtmodeltester.check(deleted)
    empty = DeletedTableModel("Person")
    assert empty.total == 0
    qtmodeltester.check(empty)
