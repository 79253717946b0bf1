"""What screening owes: areas whose next round is due by the station's schedule, and the red
and yellow disputes still open (watched and not closed, or handed to a case not concluded)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, fn

from aidstation.core import codes, settings
from aidstation.core.due import DueItem, item_if_due
from aidstation.core.models import MediationCase, ScreeningItem, ScreeningRound

WATCHED_RISKS = ("red", "yellow")


def schedule() -> dict[str, int]:
    """Days between rounds for each active area: `screening.every_days`, or the area's own
    number in `screening.schedule` (JSON {area: days}); a bad entry falls back to the default."""
    try:
        default = max(1, int(settings.get("screening.every_days")))
    except ValueError:
        default = 15
    try:
        own = json.loads(settings.get("screening.schedule") or "{}")
    except ValueError:
        own = {}
    out = {}
    for area in codes.active_codes("screening_area"):
        days = own.get(area) if isinstance(own, dict) else None
        out[area] = days if isinstance(days, int) and not isinstance(days, bool) and days > 0 else default
    return out


MAX_DAYS = 366


def own_schedule() -> dict[str, int]:
    """The areas screened on a rhythm of their own (`screening.schedule`): {area: days}."""
    try:
        own = json.loads(settings.get("screening.schedule") or "{}")
    except ValueError:
        return {}
    return {a: d for a, d in own.items() if isinstance(d, int) and not isinstance(d, bool) and d > 0} \
        if isinstance(own, dict) else {}


def set_schedule(every_days: int, own: dict[str, int], *, user) -> None:
    """The station's rhythm and each area's own (an area left out, or 0, follows the station's);
    administrators only, audited by key (settings.set_many)."""
    from aidstation.core.validation import ValidationError

    areas = set(codes.active_codes("screening_area"))
    for name, days in [("every_days", every_days)] + [(f"schedule.{a}", d) for a, d in own.items()]:
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS \
                or (name == "every_days" and days < 1):
            raise ValidationError(name, f"{days!r} is not a number of days from 1 to {MAX_DAYS}",
                                  f"“{days}”不是1至{MAX_DAYS}之间的天数")
    unknown = sorted(set(own) - areas)
    if unknown:
        raise ValidationError("schedule", f"no such screening area: {', '.join(unknown)}",
                              f"没有这个排查区域：{'、'.join(unknown)}")
    kept = {a: d for a, d in sorted(own.items()) if d and d != every_days}
    settings.set_many({"screening.every_days": every_days,
                       "screening.schedule": json.dumps(kept, ensure_ascii=False)}, user=user)


@dataclass(frozen=True)
class AreaDue:
    area: str
    last_on: dt.date | None  # the area's latest round; None: never screened
    last_id: int | None
    due_on: dt.date
    every: int


def areas_due(as_of: dt.date | None = None) -> list[AreaDue]:
    """Each active area with the date its next round falls due, soonest first. An area never
    screened is due `every` days after the station's first round; a station that never
    recorded a round owes nothing (it does not keep the screening ledger)."""
    as_of = as_of or dt.date.today()
    R = ScreeningRound
    first = R.live(fn.MIN(R.held_on)).scalar()
    if first is None:
        return []
    first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first)[:10])
    latest = {}
    for area, held_on, round_id in (R.live(R.area, fn.MAX(R.held_on), fn.MAX(R.id)).group_by(R.area).tuples()):
        held_on = held_on if isinstance(held_on, dt.date) else dt.date.fromisoformat(str(held_on)[:10])
        latest[area] = (held_on, round_id)
    out = []
    for area, every in schedule().items():
        last_on, last_id = latest.get(area, (None, None))
        due_on = (last_on or first) + dt.timedelta(days=every)
        out.append(AreaDue(area, last_on, last_id, due_on, every))
    return sorted(out, key=lambda a: (a.due_on, a.area))


def screening_due(as_of: dt.date | None = None, horizon: int = 7) -> list[DueItem]:
    """The areas overdue or due within `horizon` days, as DueItems (area 'screening')."""
    as_of = as_of or dt.date.today()
    labels = codes.labels("screening_area", "zh")
    out = []
    for a in areas_due(as_of):
        item = item_if_due(as_of, horizon, area="screening", kind="round", entity="ScreeningRound",
                           entity_id=a.last_id or 0, number=labels.get(a.area, a.area),
                           title=f"每{a.every}天排查一次，上次：{a.last_on or '从未排查'}", due_on=a.due_on,
                           label_zh="矛盾纠纷排查到期", label_en="Dispute screening due")
        if item is not None:
            out.append(item)
    return out


@dataclass(frozen=True)
class OpenItem:
    item_id: int
    round_id: int
    held_on: dt.date
    area: str
    risk: str
    outcome: str
    description: str
    case_number: str


def open_items(risks=WATCHED_RISKS) -> list[OpenItem]:
    """Disputes of these risks still open, red first and then oldest first: watched and not
    closed, or handed to mediation and the case not concluded (nor deleted)."""
    I, R, M = ScreeningItem, ScreeningRound, MediationCase
    still_open = (((I.outcome == "watched") & I.closed_on.is_null())
                  | ((I.outcome == "mediation") & (I.mediation_case.is_null() | M.id.is_null()
                                                   | M.concluded_on.is_null())))
    query = (I.select(I.id, R.id, R.held_on, R.area, I.risk, I.outcome, I.description, M.number)
             .join(R, on=(I.round == R.id))
             .join_from(I, M, JOIN.LEFT_OUTER, on=((I.mediation_case == M.id) & M.deleted_at.is_null()))
             .where(I.deleted_at.is_null() & R.deleted_at.is_null() & I.risk.in_(list(risks)) & still_open)
             .order_by(R.held_on, I.id).tuples())
    order = {risk: i for i, risk in enumerate(risks)}
    rows = [OpenItem(*row[:7], row[7] or "") for row in query]
    return sorted(rows, key=lambda o: (order.get(o.risk, 9), o.held_on, o.item_id))
