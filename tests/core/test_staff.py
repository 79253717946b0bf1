"""Staff service: create, update, retire, list."""
from __future__ import annotations

import pytest

from aidstation.core import staff as staff_service
from aidstation.core.models import AuditEvent, Staff
from aidstation.core.validation import ValidationError


def test_create_update_retire_list(admin):
    a = staff_service.create(user=admin, name=" 王芳 ", role="officer", title="司法所所长",
                             phone="138-0013-8000")
    b = staff_service.create(user=admin, name="李明", role="mediator")
    assert (a.name, a.phone, a.sort, b.sort) == ("王芳", "13800138000", 10, 20)
    assert [s.name for s in staff_service.list_staff()] == ["王芳", "李明"]
    staff_service.update(b, user=admin, title="调解员", sort=5)
    assert [s.name for s in staff_service.list_staff()] == ["李明", "王芳"]
    staff_service.retire(a, user=admin)
    assert [s.name for s in staff_service.list_staff()] == ["李明"]
    assert [s.name for s in staff_service.list_staff(active_only=False)] == ["李明", "王芳"]
    assert [s.name for s in staff_service.list_staff(role="officer", active_only=False)] == ["王芳"]
    events = [(e.action, e.fields) for e in AuditEvent.select().where(AuditEvent.entity == "Staff")
              .order_by(AuditEvent.id)]
    assert events[2:] == [("update", "sort,title"), ("update", "active")]


@pytest.mark.parametrize("field,kwargs", [
    ("name", {"name": "  "}),
    ("role", {"name": "张三", "role": "wizard"}),
    ("phone", {"name": "张三", "phone": "12345"}),
])
def test_bad_input_refused(admin, field, kwargs):
    with pytest.raises(ValidationError) as err:
        staff_service.create(user=admin, **kwargs)
    assert err.value.field == field
    assert Staff.select().count() == 0
