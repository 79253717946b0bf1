"""人民调解调查记录 (investigation record): one per investigation session, or a blank form
pre-filled with the case for writing by hand when none is recorded."""
from __future__ import annotations

from aidstation.core.models import MediationCase, MediationSession
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解调查记录"
KEY = "investigation"
FULL_VALUES = False  # DESIGN §12: the committee's record: masked
VALUES = c.Values(FULL_VALUES)


def story(case: MediationCase, session: MediationSession | None = None) -> list:
    lab = c.label
    held = session.held_at if session else None
    recorder = session.recorder.name if session and session.recorder else ""
    rows = [
        [lab("时间"), c.cn_datetime(held), lab("地点"), session.place if session else ""],
        [lab("调查事由"), mp.case_title(case), "", ""],
        [lab("调查人"), mp.mediator_names(case), lab("记录人"), recorder],
        [lab("被调查人及\n在场人"), session.participants if session else "", "", ""],
    ]
    table = c.form_table(rows, [26, 0, 20, 0], spans=[((1, 1), (3, 1)), ((1, 3), (3, 3))],
                         shade=True, heights=[None, None, None, 16])
    return [
        *mp.header(case, TITLE),
        table,
        c.spacer(3),
        c.lines_box("调查记录：", session.record if session else "", min_height_mm=120),
        c.spacer(4),
        c.signature_block(["被调查人（签名）", "调查人（签名）", "记录人（签名）"],
                          columns=3, date=held.date() if held else None),
    ]


def render_investigation(case: MediationCase, path, session: MediationSession | None = None, *,
                         user, audit: bool = True) -> int:
    return mp.write(case, path, story(case, session), title=TITLE, document=KEY, full=FULL_VALUES, user=user,
                    audit=audit)
