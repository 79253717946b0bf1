"""Month submission: manual figures, marking a month as sent, and corrections after it.

A month is submitted when the clerk has sent its workbook (a `Submission` row with the file's
SHA-256, the values sent, and the audit chain's head then: one of the chain's anchors, see
core/audit.py). Any later record dated in that month marks the submission "changed since
submission" (`mark_changed`, called by the record services); the next export of that month is
a correction, `{code}-{YYYY-MM}-更正N.xlsx`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from aidstation.core import changes, dates
from aidstation.core.accounts import require_admin, require_user
from aidstation.core.audit import head, record_event
from aidstation.core.db import atomic
from aidstation.core.models import ManualFigure, Submission, now
from aidstation.core.reporting import indicators
from aidstation.core.validation import ValidationError


def _month(month: str) -> str:
    try:
        return dates.month_text(*dates.parse_month(month))
    except ValueError:
        raise ValidationError("month", f"month must be YYYY-MM, not {month!r}",
                              f"月份应为“年-月”格式（YYYY-MM），而不是“{month}”") from None


def manual_keys() -> list[str]:
    return [ind.key for ind in indicators.catalogue() if ind.kind == indicators.MANUAL]


def manual_figures(month: str) -> dict[str, float | int | None]:
    """The manual indicators of a month, None where not entered."""
    month = _month(month)
    stored = {m.key: m.value for m in ManualFigure.select().where(ManualFigure.month == month)}
    return {key: (None if key not in stored else
                  (int(stored[key]) if float(stored[key]).is_integer() else stored[key]))
            for key in manual_keys()}


def set_manual(month: str, values: dict[str, object], *, user) -> None:
    """Store manual figures for a month (a value None or '' clears it); marks a sent month changed."""
    require_user(user)
    month = _month(month)
    allowed = set(manual_keys())
    cleaned: dict[str, float | None] = {}
    for key, value in values.items():
        if key not in allowed:
            raise ValidationError(key, "not a manual indicator", "不是手工填报的指标")
        if value is None or (isinstance(value, str) and not value.strip()):
            cleaned[key] = None
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(key, "must be a number", "应为数字") from None
        if number < 0 or number != number or number > 1e9:
            raise ValidationError(key, "must be zero or more", "不能为负数")
        cleaned[key] = number
    with atomic():
        for key, number in cleaned.items():
            ManualFigure.delete().where((ManualFigure.month == month) & (ManualFigure.key == key)).execute()
            if number is not None:
                ManualFigure.create(month=month, key=key, value=number, username=user.username)
        record_event(user, "update", "ManualFigure", None, fields=sorted(cleaned), detail=month)
        _flag(month)


def latest(month: str) -> Submission | None:
    month = _month(month)
    return (Submission.select().where(Submission.month == month)
            .order_by(Submission.correction.desc(), Submission.id.desc()).first())


def next_correction(month: str) -> int:
    """0 when the month was never submitted, else one more than the last correction sent."""
    month = _month(month)
    top = Submission.select(fn.MAX(Submission.correction)).where(Submission.month == month).scalar()
    return 0 if top is None else int(top) + 1


def file_name(code: str, month: str, correction: int = 0) -> str:
    """`{code}-{YYYY-MM}.xlsx`, or `{code}-{YYYY-MM}-更正N.xlsx` for a correction."""
    base = f"{code or 'station'}-{_month(month)}"
    return f"{base}-更正{correction}.xlsx" if correction else f"{base}.xlsx"


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def mark_submitted(month: str, path: Path | str, values: dict, *, correction: int = 0,
                   user) -> Submission:
    """Record that the workbook at `path` was sent to the district (administrators only)."""
    require_admin(user, "submit a month", "报送月报")
    month = _month(month)
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", f"no such file: {path.name}", f"文件不存在：{path.name}")
    digest = sha256_file(path)
    with atomic():
        events, last = head()  # an anchor of the audit chain (core/audit.py), before this event
        sub = Submission.create(month=month, generated_at=now(), username=user.username,
                                file_name=path.name, sha256=digest,
                                values=json.dumps(values, ensure_ascii=False),
                                correction=int(correction), audit_events=events, audit_head=last)
        record_event(user, "submit", "Submission", sub.id, detail=f"{month} {path.name}")
    return sub


def _flag(month: str) -> bool:
    sub = latest(month)
    if sub is None or sub.changed_since:
        return sub is not None
    Submission.update(changed_since=True).where(Submission.id == sub.id).execute()
    return True


def mark_changed(when: dt.date | dt.datetime | str | None) -> bool:
    """Call when a record dated `when` is added, edited, deleted or restored.

    Returns True when that month was already submitted (the caller may warn the clerk); the
    month's latest submission is then flagged "changed since submission". Safe to call inside
    the caller's own transaction.
    """
    if when is None:
        return False
    if isinstance(when, str):
        when = dt.date.fromisoformat(when[:10])
    return _flag(dates.month_text(when.year, when.month))


def is_submitted(when: dt.date | dt.datetime | str) -> bool:
    """Whether the month of a date (or a 'YYYY-MM') was already sent: the clerk is warned."""
    if isinstance(when, str):
        month = when[:7]
    else:
        month = dates.month_text(when.year, when.month)
    return latest(month) is not None


def warning(when: dt.date | dt.datetime | str | None) -> tuple[str, str] | None:
    """(English, Chinese) text to warn the clerk who saves a record dated in a sent month."""
    if when is None or not is_submitted(when):
        return None
    month = when[:7] if isinstance(when, str) else dates.month_text(when.year, when.month)
    return (f"The return for {month} was already sent to the district; this change will need "
            f"a correction (export the month again).",
            f"{month} 月报已报送区司法局；此项修改需要重新导出月报作为更正报表。")


@dataclass
class MonthState:
    month: str
    submitted: bool
    changed_since: bool
    next_correction: int
    submission: Submission | None


def figures_differ(sub: Submission) -> bool:
    """Whether the month's figures today differ from those sent (any edit, by any path)."""
    try:
        sent = json.loads(sub.values or "{}")
    except ValueError:
        return True
    now_values = json.loads(json.dumps(indicators.compute_month(*dates.parse_month(sub.month))))
    for key, value in sent.items():
        if key in now_values and now_values[key] != value:
            return True
        if key not in now_values and value not in (0, 0.0, None):  # a code retired since
            return True
    # keys added since (a new code): only a real figure there is a change
    return any(value not in (0, 0.0, None) for key, value in now_values.items() if key not in sent)


def state(month: str) -> MonthState:
    """Submitted or not, and changed since: flagged by mark_changed or figures now different."""
    sub = latest(month)
    changed = sub is not None and (sub.changed_since or figures_differ(sub))
    return MonthState(_month(month), sub is not None, bool(changed), next_correction(month), sub)


# ------------------------------------------------------------ writes into a sent month
# The dates each record type is counted by (DESIGN §7): a write to the record touches the
# months of all of them. Child rows point at their parent's dates.
DATED_FIELDS: dict[str, tuple[str, ...]] = {
    "Consultation": ("received_at",),
    "MediationCase": ("received_on", "concluded_on", "judicial_applied_on"),
    "AidApplication": ("received_on", "forwarded_on", "decision_on", "assigned_on", "closed_on"),
    "FollowUp": ("visited_on",),
    "CardIssue": ("issued_on",),
    "PublicityActivity": ("held_on",),
}
PARENT_OF: dict[str, str] = {"MediationParty": "case", "MediationSession": "case"}
WRITE_ACTIONS = {"create", "update", "delete", "restore", "conclude", "status"}

def note_write(action: str, entity: str, entity_id: int | None) -> None:
    """Called by records.record_write for every write: flags each sent month the record touches.

    Runs inside the writer's transaction. Costs one cheap query when nothing was ever sent.
    """
    if action not in WRITE_ACTIONS or entity_id is None:
        return
    if entity not in DATED_FIELDS and entity not in PARENT_OF:
        return
    if not Submission.select().exists():
        return
    from aidstation.core import models

    record = getattr(models, entity).get_or_none(id=entity_id)
    if record is None:
        return
    if entity in PARENT_OF:
        record = getattr(record, PARENT_OF[entity])
        entity = type(record).__name__
    note_dates(getattr(record, name) for name in DATED_FIELDS.get(entity, ()))


def note_dates(days) -> None:
    """Flag each sent month of these dates, and note it for the Change the commit announces
    (core/changes.py: the main window warns the clerk). note_write() sees a record's dates after
    the write; an edit that moves a record out of a month calls this with the dates it had
    before, since that month's figures change too."""
    if not Submission.select().exists():
        return
    for when in days:
        if when is not None and mark_changed(when):
            changes.note(sent_months=[dates.month_text(when.year, when.month)])
