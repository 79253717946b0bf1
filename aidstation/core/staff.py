"""Staff: mediators, liaison officers, lawyers, volunteers — create, update, retire, list.

Staff rows are shared by mediation (mediators), cards (contacts printed, issued by) and
publicity. A staff member is retired (active=False), never deleted, once records name them.
"""
from __future__ import annotations

from aidstation.core import validation
from aidstation.core.db import atomic
from aidstation.core.models import Staff
from aidstation.core.records import actor_id, record_write, require_user, stamp
from aidstation.core.validation import ValidationError

FIELDS = ("name", "role", "title", "phone", "community", "full_time", "active", "sort")


def _clean(values: dict) -> dict:
    """Validate the given subset of FIELDS; returns the cleaned values."""
    out = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise ValidationError(key, f"unknown staff field {key!r}", f"未知的人员字段 {key!r}")
        if key == "name":
            out[key] = validation.required_text(value, "name", max_length=40)
        elif key == "role":
            out[key] = validation.code("staff_role", validation.text_value(value, "role"), "role")
        elif key in ("title", "community"):
            out[key] = validation.free_text(value, key, max_length=60)
        elif key == "phone":
            out[key] = validation.phone(value, "phone")
        elif key == "sort":
            out[key] = validation.count(value, "sort", maximum=100_000)
        else:
            out[key] = bool(value)
    return out


def create(*, user, name: str, role: str = "mediator", title: str = "", phone: str = "",
           community: str = "", full_time: bool = True, active: bool = True,
           sort: int | None = None) -> Staff:
    """Add a staff member; raises ValidationError naming the bad field."""
    require_user(user)
    values = _clean({"name": name, "role": role, "title": title, "phone": phone,
                     "community": community, "full_time": full_time, "active": active,
                     "sort": 0 if sort is None else sort})
    with atomic():
        if sort is None:
            last = Staff.select(Staff.sort).order_by(Staff.sort.desc()).first()
            values["sort"] = (last.sort + 10) if last else 10
        staff = Staff.create(created_by=actor_id(user), updated_by=actor_id(user), **values)
        record_write(user, "create", "Staff", staff.id, fields=sorted(values))
    return staff


def update(staff: Staff, *, user, **changes) -> Staff:
    """Change some fields of a staff member (names as in FIELDS)."""
    require_user(user)
    values = _clean(changes)
    changed = [k for k, v in values.items() if getattr(staff, k) != v]
    if not changed:
        return staff
    with atomic():
        for key in changed:
            setattr(staff, key, values[key])
        stamp(staff, user)
        staff.save()
        record_write(user, "update", "Staff", staff.id, fields=sorted(changed))
    return staff


def retire(staff: Staff, *, user) -> Staff:
    """Mark as no longer active: kept on old records, gone from pick lists."""
    return update(staff, user=user, active=False)


def get(staff_id: int) -> Staff | None:
    return Staff.live().where(Staff.id == staff_id).first()


def list_staff(*, active_only: bool = True, role: str | None = None) -> list[Staff]:
    """Staff in display order (sort, then name)."""
    query = Staff.live()
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    if role:
        query = query.where(Staff.role == role)
    return list(query.order_by(Staff.sort, Staff.name, Staff.id))
