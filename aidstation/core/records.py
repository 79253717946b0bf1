"""The write every service records, soft delete / restore, and the one rule for who may do what.

Every service that changes the station takes `user`: a signed-in, active `User`, or an explicit
`SystemActor` for work no person does at the desk (the demo generator, a ledger import run
from the command line). There is no "None means the system": `require_user(None)` refuses.
An account is judged as stored at the moment of the write, so one deactivated or demoted while
its session is open loses the right at once. The audit log names a system actor as
`system:<name>`; its records carry no created_by / updated_by (`actor_id`). The rule itself is
written in core/accounts.py, below everything (settings, codes and the month submissions this
module builds on use it too); services reach it here.

Services record each write with `record_write` (the audit event, plus the months already sent
to the district that the write touches) and soft-delete and restore through `soft_delete` and
`restore`, so the rule "restoring is for administrators, and never revives a record that
names a deleted person" is written once.
"""
from __future__ import annotations

from typing import Callable, Iterable

from aidstation.core import audit, changes
from aidstation.core.accounts import (
    ADMIN,
    CLERK,
    PermissionDenied,
    SystemActor,
    actor_id,
    is_admin,
    require_admin,
    require_user,
    system,
)
from aidstation.core.db import atomic
from aidstation.core.models import AuditEvent, Record, now
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

__all__ = [
    "ADMIN", "CLERK", "PermissionDenied", "SystemActor", "system", "require_user", "require_admin",
    "is_admin", "actor_id", "record_write", "stamp", "soft_delete", "restore",
]


def record_write(user, action: str, entity: str = "", entity_id: int | None = None, *,
                 fields=(), detail: str = "") -> AuditEvent:
    """The audit event of one write, inside the service's transaction; the months already sent
    that it touches are flagged and noted for the Change its commit announces."""
    event = audit.record_event(user, action, entity, entity_id, fields=fields, detail=detail)
    submissions.note_write(action, entity, entity_id)
    changes.note(entity)
    return event


def stamp(record: Record, user) -> None:
    """Set updated_at / updated_by on a record about to be saved."""
    record.updated_at = now()
    record.updated_by = actor_id(user)


def soft_delete(record: Record, *, user, check: Callable[[Record], None] | None = None) -> None:
    """Mark `record` deleted (any signed-in user); `check(current)` runs inside the
    transaction and may refuse. Deleting a record already in the bin does nothing."""
    require_user(user)
    model = type(record)
    with atomic():
        current = model.get_by_id(record.id)
        if current.deleted_at is not None:
            record.deleted_at = current.deleted_at
            return
        if check is not None:
            check(current)
        when = now()
        model.update(deleted_at=when, updated_at=when, updated_by=actor_id(user)).where(
            model.id == record.id).execute()
        record_write(user, "delete", model.__name__, record.id)
    record.deleted_at = record.updated_at = when
    record.updated_by = actor_id(user)


def restore(record: Record, *, user, persons: Iterable[str] = (),
            check: Callable[[Record], None] | None = None) -> None:
    """Undo a soft delete: administrators only, refused while any of the `persons` fields
    names a deleted person; `check(current)` runs inside the transaction and may refuse.
    Restoring a record that is not in the bin does nothing."""
    require_admin(user, "restore deleted records", "恢复已删除的记录")
    model = type(record)
    with atomic():
        current = model.get_by_id(record.id)
        if current.deleted_at is None:
            record.deleted_at = None
            return
        for name in persons:
            who = getattr(current, name)
            if who is not None and who.deleted_at is not None:
                raise ValidationError(name, f"{who.name} was deleted: restore the person first",
                                      f"{who.name}已被删除，请先恢复该人员")
        if check is not None:
            check(current)
        when = now()
        model.update(deleted_at=None, updated_at=when, updated_by=actor_id(user)).where(
            model.id == record.id).execute()
        record_write(user, "restore", model.__name__, record.id)
    record.deleted_at = None
    record.updated_at, record.updated_by = when, actor_id(user)
