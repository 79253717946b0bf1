"""Who may do what (one rule), the write every service records, and soft delete / restore.

Every service that changes the station takes `user`: a signed-in, active `User`, or an explicit
`SystemActor` for work no person does at the desk (the demo generator, a ledger import run
from the command line). There is no "None means the system": `require_user(None)` refuses.
The audit log names a system actor as `system:<name>`.

Services record each write with `record_write` (the audit event, plus the months already sent
to the district that the write touches) and soft-delete and restore through `soft_delete` and
`restore`, so the rule "restoring is for administrators, and never revives a record that
names a deleted person" is written once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from aidstation.core import audit, changes
from aidstation.core.db import atomic
from aidstation.core.models import AuditEvent, Record, User, now
from aidstation.core.reporting import submissions
from aidstation.core.validation import ValidationError

ADMIN = "admin"
CLERK = "clerk"


class PermissionDenied(ValidationError):
    """The user may not do this; the message says why, in both languages."""

    def __init__(self, message: str, message_zh: str):
        super().__init__("user", message, message_zh)


@dataclass(frozen=True)
class SystemActor:
    """The program itself acting for a named job ('demo', 'import'): an administrator with no
    account, audited as `system:<name>`."""

    name: str
    role: str = ADMIN
    active: bool = True
    id: None = None

    @property
    def username(self) -> str:
        return f"system:{self.name}"

    @property
    def display_name(self) -> str:
        return self.username


def system(name: str) -> SystemActor:
    return SystemActor(name)


def require_user(user) -> User | SystemActor:
    """`user` if it may write at all (an active account or a system actor), else PermissionDenied."""
    if isinstance(user, SystemActor):
        return user
    if not isinstance(user, User):
        raise PermissionDenied("a signed-in user is required for this", "此操作需要先登录")
    if not user.active:
        raise PermissionDenied(f"the account {user.username} is disabled", f"账户 {user.username} 已停用")
    return user


def require_admin(user, what: str = "do this", what_zh: str = "执行此操作") -> User | SystemActor:
    """`user` if it is an active administrator (or a system actor), else PermissionDenied."""
    require_user(user)
    if user.role != ADMIN:
        raise PermissionDenied(f"only an administrator can {what}", f"只有管理员可以{what_zh}")
    return user


def is_admin(user) -> bool:
    try:
        require_admin(user)
    except PermissionDenied:
        return False
    return True


def actor_id(user) -> int | None:
    """The User id for created_by / updated_by; None for a system actor."""
    return user.id if isinstance(user, User) else None


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
    """Mark `record` deleted (any signed-in user); `check(current)` may refuse first."""
    require_user(user)
    model = type(record)
    current = model.get_by_id(record.id)
    if current.deleted_at is not None:
        return
    if check is not None:
        check(current)
    when = now()
    with atomic():
        model.update(deleted_at=when, updated_at=when, updated_by=actor_id(user)).where(
            model.id == record.id).execute()
        record_write(user, "delete", model.__name__, record.id)
    record.deleted_at = when


def restore(record: Record, *, user, persons: Iterable[str] = (),
            check: Callable[[Record], None] | None = None) -> None:
    """Undo a soft delete: administrators only, refused while any of the `persons` fields
    names a deleted person; `check(current)` runs inside the transaction and may refuse."""
    require_admin(user, "restore deleted records", "恢复已删除的记录")
    model = type(record)
    current = model.get_by_id(record.id)
    for name in persons:
        who = getattr(current, name)
        if who is not None and who.deleted_at is not None:
            raise ValidationError(name, f"{who.name} was deleted: restore the person first",
                                  f"{who.name}已被删除，请先恢复该人员")
    with atomic():
        if check is not None:
            check(current)
        model.update(deleted_at=None, updated_at=now(), updated_by=actor_id(user)).where(
            model.id == record.id).execute()
        record_write(user, "restore", model.__name__, record.id)
    record.deleted_at = None
