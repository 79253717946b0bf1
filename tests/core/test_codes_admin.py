"""Code tables: an unused code can be deleted, a used one (even by a deleted record) only retired."""
from __future__ import annotations

import datetime as dt

import pytest

from aidstation.core import codes, consultations
from aidstation.core.models import AuditEvent, Code
from aidstation.core.validation import ValidationError


def test_delete_unused_code(station, admin):
    row = codes.add_code("channel", "wechat", "微信", "WeChat", user=admin)
    assert codes.usage_count("channel", "wechat") == 0
    codes.delete_code(row, user=admin)
    assert not Code.select().where((Code.kind == "channel") & (Code.code == "wechat")).exists()
    ev = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (ev.action, ev.entity, ev.entity_id) == ("delete", "Code", row.id)


def test_used_code_cannot_be_deleted(station, admin):
    row = codes.add_code("group", "student", "学生", "Student", user=admin)
    c = consultations.record(received_at=dt.datetime(2025, 1, 6, 9), channel="visit", matter="other",
                             question="q", anonymous=True, groups=["student"], user=admin)
    consultations.delete(c, user=admin)  # a deleted record still holds the code
    assert codes.usage_count("group", "student") == 1
    with pytest.raises(ValidationError) as exc:
        codes.delete_code(row, user=admin)
    assert exc.value.message == "the code student is used by 1 record(s): retire it instead"
    codes.set_code_active(row, False, user=admin)
    assert "student" not in codes.active_codes("group")
    assert codes.label("group", "student") == "学生"


def test_clerk_cannot_delete(station, admin):
    from aidstation.core.models import User

    clerk = User.create(username="c", role="clerk", password_hash="x")
    row = codes.add_code("matter", "tax", "税务", "Tax", user=admin)
    with pytest.raises(ValidationError):
        codes.delete_code(row, user=clerk)
