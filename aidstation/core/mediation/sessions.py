"""Mediation and investigation sessions of a case (调解记录, 调查记录): recording, correcting and
deleting them; the first mediation session puts a received case in progress."""
from __future__ import annotations

import datetime as dt

from aidstation.core import records
from aidstation.core.db import atomic
from aidstation.core.mediation.lookup import _require_live, _save
from aidstation.core.mediation.terms import OPEN, SESSION_KINDS, _err, _text
from aidstation.core.models import MediationCase, MediationSession, Staff
from aidstation.core.records import actor_id, record_write, require_user, stamp


def _session_values(case, held_at, place, participants, record, recorder, kind) -> dict:
    if isinstance(held_at, str):
        try:
            held_at = dt.datetime.fromisoformat(held_at.strip())
        except ValueError:
            raise _err("held_at", f"'{held_at}' is not a date and time", f"“{held_at}”不是有效的时间") from None
    if isinstance(held_at, dt.date) and not isinstance(held_at, dt.datetime):
        held_at = dt.datetime.combine(held_at, dt.time(9, 0))
    if not isinstance(held_at, dt.datetime):
        raise _err("held_at", "a date and time is required", "时间不能为空")
    if held_at.date() < case.received_on:
        raise _err("held_at", f"the session cannot be before the case was received ({case.received_on})",
                   f"调解时间不能早于受理日期（{case.received_on}）")
    if kind not in SESSION_KINDS:
        raise _err("kind", "choose mediation or investigation", "请选择调解或调查")
    if recorder is not None and (recorder.id is None or recorder.deleted_at is not None):
        raise _err("recorder", "the recorder must be a saved staff member", "记录人必须是已登记的工作人员")
    return dict(held_at=held_at.replace(microsecond=0), place=_text(place, "place", 100),
                participants=_text(participants, "participants", 500),
                record=_text(record, "record", 50000), recorder=recorder, kind=kind)


def add_session(case: MediationCase, *, user, held_at, place: str = "", participants: str = "",
                record: str = "", recorder: Staff | None = None,
                kind: str = "mediation") -> MediationSession:
    """Record a mediation (or investigation) session; the first one starts a received case."""
    require_user(user)
    _require_live(case)
    if case.status not in OPEN and case.status != "suspended":
        raise _err("status", "the case is concluded: no more sessions", "案件已结案，不能再添加记录")
    values = _session_values(case, held_at, place, participants, record, recorder, kind)
    with atomic():
        session = MediationSession.create(case=case, created_by=actor_id(user),
                                          updated_by=actor_id(user), **values)
        record_write(user, "create", "MediationSession", session.id, fields=sorted(values))
        if case.status == "received" and kind == "mediation":
            case.status = "in_progress"
            _save(case, user, ["status"])
    return session


def update_session(session: MediationSession, *, user, **changes) -> MediationSession:
    require_user(user)
    case = session.case
    _require_live(case)
    current = dict(held_at=session.held_at, place=session.place, participants=session.participants,
                   record=session.record, recorder=session.recorder, kind=session.kind)
    current.update(changes)
    values = _session_values(case, **current)
    changed = [k for k, v in values.items() if getattr(session, k) != v]
    if changed:
        with atomic():
            for k in changed:
                setattr(session, k, values[k])
            stamp(session, user)
            session.save()
            record_write(user, "update", "MediationSession", session.id, fields=changed)
    return session


def delete_session(session: MediationSession, *, user) -> None:
    """Soft delete a session record; a concluded case keeps its records (they are filed)."""
    require_user(user)
    _require_live(session.case)
    if session.case.status not in OPEN + ("suspended",):
        raise _err("session", "the case is concluded: its records are filed and cannot be deleted",
                   "案件已结案，其记录已归档，不能删除")
    records.soft_delete(session, user=user)
