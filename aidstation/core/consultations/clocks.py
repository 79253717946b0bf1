"""Replies a consultation still owes (DESIGN §6), as DueItem rows."""
from __future__ import annotations

import datetime as dt

from aidstation.core.due import HORIZON_DAYS, DueItem, day, plain_rows
from aidstation.core.models import Consultation as C


def consultation_due(as_of: dt.date, horizon: int = HORIZON_DAYS) -> list[DueItem]:
    """Replies owed (DESIGN §6): a letter within 7 working days, online within 1 day, 约期答复
    on the agreed date — every unanswered consultation with a reply date within the horizon.
    One query, reading only the columns shown."""
    until = as_of + dt.timedelta(days=horizon)
    query = (C.select(C.id, C.number, C.question, C.reply_due)
             .where(C.deleted_at.is_null() & C.reply_due.is_null(False) & C.answered_at.is_null()
                    & (C.reply_due <= until)
                    & (C.received_at < dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())))
             .order_by(C.reply_due, C.id))
    return [DueItem(area="consultation", kind="reply", entity="Consultation", entity_id=c["id"],
                    number=c["number"], title=" ".join((c["question"] or "").split())[:30],
                    due_on=day(c["reply_due"]), overdue=day(c["reply_due"]) < as_of,
                    label_zh="答复咨询", label_en="Reply to consultation")
            for c in plain_rows(query)]
