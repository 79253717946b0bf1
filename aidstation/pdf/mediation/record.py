"""人民调解记录 (mediation record), one per session: header, statements, result, signatures."""
from __future__ import annotations

from aidstation.core import codes, mediation
from aidstation.core.models import MediationCase, MediationSession
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解记录"
KEY = "record"
FULL_VALUES = False  # DESIGN §12: the committee's record: masked
VALUES = c.Values(FULL_VALUES)


def _result(case: MediationCase, session: MediationSession) -> str:
    """The result paragraph, on the last session of a concluded case only."""
    sessions = mediation.sessions_of(case, "mediation")
    if not sessions or sessions[-1].id != session.id:
        return ""
    if case.status == "succeeded":
        form = "书面" if case.agreement_form == "written" else "口头"
        return f"调解结果：经调解，当事人自愿达成{form}调解协议，协议内容：{case.agreement_terms}"
    if case.status == "failed":
        route = codes.label("failure_route", case.failure_route, "zh") if case.failure_route else ""
        return f"调解结果：经调解，当事人未能达成调解协议，调解终止。已{route.removeprefix('告知')}，" \
               "并告知当事人可依法通过仲裁、行政、司法等途径维护自己的权利。" if route else \
               "调解结果：调解不成，调解终止。"
    if case.status == "suspended":
        return "调解结果：调解中止。"
    if case.status == "withdrawn":
        return "调解结果：当事人撤回调解申请。"
    return ""


def story(case: MediationCase, session: MediationSession) -> list:
    lab = c.label
    recorder = session.recorder.name if session.recorder else ""
    rows = [
        [lab("时间"), c.cn_datetime(session.held_at), lab("地点"), session.place],
        [lab("事由"), mp.case_title(case), "", ""],
        [lab("当事人"), mp.names(case), "", ""],
        [lab("参加人"), session.participants, "", ""],
        [lab("人民调解员"), mp.mediator_names(case), lab("记录人"), recorder],
    ]
    table = c.form_table(rows, [24, 0, 20, 0], spans=[((1, r), (3, r)) for r in (1, 2, 3)],
                         shade=True)
    text = ("调解员告知当事人在人民调解活动中享有的权利和承担的义务，当事人表示已知悉。\n"
            + (session.record or ""))
    result = _result(case, session)
    if result:
        text += "\n" + result
    return [
        *mp.header(case, TITLE),
        table,
        c.spacer(3),
        c.lines_box("调解记录：", text, min_height_mm=110),
        c.spacer(4),
        c.signature_block(["当事人（签名或按指印）", "人民调解员（签名）", "记录人（签名）"],
                          columns=3, date=session.held_at.date()),
        c.spacer(2),
        c.seal_block(mp.committee(), session.held_at.date()),
    ]


def render_record(case: MediationCase, session: MediationSession, path, *, user,
                  audit: bool = True) -> int:
    return mp.write(case, path, story(case, session), title=TITLE, document=KEY, full=FULL_VALUES, user=user,
                    audit=audit)
