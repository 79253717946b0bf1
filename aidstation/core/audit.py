"""Append-only audit events with a hash chain: each row hashes its content and the row before."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from aidstation.core.models import AuditEvent, now


def _username(user) -> str:
    if user is None:
        return ""
    if isinstance(user, str):
        return user
    return user.username


def _digest(prev_hash: str, e: AuditEvent) -> str:
    at = e.at.isoformat(sep=" ") if hasattr(e.at, "isoformat") else str(e.at)
    text = "\x1f".join([
        prev_hash, at, e.username, e.action, e.entity,
        "" if e.entity_id is None else str(e.entity_id), e.fields, e.detail,
    ])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_event(user, action: str, entity: str = "", entity_id: int | None = None, *,
                 fields=(), detail: str = "") -> AuditEvent:
    """Append one event. Call it inside the service's own transaction.

    `fields` are the names of changed fields, never their values; `detail` must not carry
    personal data (use file names, months, reasons).
    """
    last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    prev = last.hash if last else ""
    event = AuditEvent(
        at=now(), username=_username(user), action=action, entity=entity or "",
        entity_id=entity_id, fields=",".join(fields), detail=detail, prev_hash=prev,
    )
    event.hash = _digest(prev, event)
    event.save(force_insert=True)
    return event


@dataclass
class ChainProblem:
    event_id: int
    reason: str

    def __str__(self) -> str:
        return f"audit event {self.event_id}: {self.reason}"


def verify_chain() -> ChainProblem | None:
    """None when every row links to the one before and hashes to its stored hash."""
    prev = ""
    for e in AuditEvent.select().order_by(AuditEvent.id).iterator():
        if e.prev_hash != prev:
            return ChainProblem(e.id, "does not link to the event before it (row removed or reordered)")
        if _digest(prev, e) != e.hash:
            return ChainProblem(e.id, "its content was changed after it was written")
        prev = e.hash
    return None
