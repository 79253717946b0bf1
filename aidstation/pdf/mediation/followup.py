"""人民调解回访记录 (follow-up record), one per return visit."""
from __future__ import annotations

from aidstation.core import codes, mediation
from aidstation.core.models import FollowUp, MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解回访记录"
KEY = "followup"
FULL_VALUES = False  # DESIGN §12: the committee's record of a visit: masked
VALUES = c.Values(FULL_VALUES)


def story(case: MediationCase, visit: FollowUp) -> list:
    lab = c.label
    parties = mediation.parties_of(case)
    persons = "、".join(f"{p.person.name}（{VALUES.phone(p.person.phone)}）" if p.person.phone
                       else p.person.name for p in parties)
    lines = []
    if not visit.reached:
        lines.append("未联系上当事人。")
    if visit.performance:
        lines.append(f"协议履行情况：{visit.performance}")
    elif case.performance_status:
        lines.append(f"协议履行情况：{codes.label('performance_status', case.performance_status, 'zh')}")
    if visit.satisfaction:
        lines.append(f"当事人满意度：{codes.label('satisfaction', visit.satisfaction, 'zh')}")
    if visit.notes:
        lines.append(visit.notes)
    rows = [
        [lab("回访对象"), c.para(persons, "value"), "", ""],
        [lab("调解协议编号"), case.number, lab("协议日期"), c.cn_date(case.agreement_on, blank="")],
        [lab("回访事由"), mp.case_title(case), "", ""],
        [lab("回访时间"), c.cn_date(visit.visited_on), lab("回访方式"),
         codes.label("followup_method", visit.method, "zh")],
        [lab("回访情况"), c.para("\n".join(lines), "value"), "", ""],
        [lab("回访人"), visit.visitor, lab("被回访人签名"), ""],
    ]
    spans = [((1, r), (3, r)) for r in (0, 2, 4)]
    return [
        *mp.header(case, TITLE),
        c.form_table(rows, [28, 0, 28, 0], spans=spans, shade=True,
                     heights=[None, None, None, None, 120, 16], top_cells=[(1, 4)]),
        c.spacer(3),
        c.note("回访情况包括：调解协议履行情况；当事人满意度；是否另行起诉及结果；有无错调、矛盾激化或"
               "遗留隐患；采取的措施。"),
        c.spacer(6),
        c.seal_block(mp.committee(), visit.visited_on),
    ]


def render_followup(case: MediationCase, visit: FollowUp, path, *, user,
                    audit: bool = True) -> int:
    return mp.write(case, path, story(case, visit), title=TITLE, document=KEY, full=FULL_VALUES, user=user,
                    audit=audit)
