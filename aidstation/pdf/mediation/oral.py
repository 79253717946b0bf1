"""人民调解口头协议登记表 (register of an oral agreement; 人民调解法 art. 28)."""
from __future__ import annotations

from aidstation.core import codes, mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解口头协议登记表"
KEY = "oral"
FULL_VALUES = False  # DESIGN §12: the committee's register of an oral agreement: masked
VALUES = c.Values(FULL_VALUES)


def story(case: MediationCase) -> list:
    lab = c.label
    perf = codes.label("performance_status", case.performance_status, "zh") if case.performance_status else ""
    deadline = c.cn_date(case.performance_deadline, blank="")
    rows = [
        [lab("登记日期"), c.cn_date(case.agreement_on), lab("纠纷类型"), mp.dispute_label(case)],
        [lab("纠纷简要情况"), c.para(case.facts, "value"), "", ""],
        [lab("协议内容"), c.para(case.agreement_terms, "value"), "", ""],
        [lab("履行方式"), c.para(case.performance_method, "value"), lab("履行期限"), deadline],
        [lab("履行情况"), perf, lab("涉及金额"),
         f"{mediation.amount_text(case.amount)} 元" if case.amount else ""],
        [lab("人民调解员"), mp.mediator_names(case), lab("登记人"), ""],
        [lab("当事人签名"), "", "", ""],
    ]
    spans = [((1, r), (3, r)) for r in (1, 2, 6)]
    return [
        *mp.header(case, TITLE),
        mp.party_table(case, values=VALUES, on=case.agreement_on or case.received_on),
        c.spacer(2),
        c.form_table(rows, [28, 0, 24, 0], spans=spans, shade=True,
                     heights=[None, 32, 32, None, None, None, 16],
                     top_cells=[(1, 1), (1, 2)]),
        c.spacer(2),
        c.seal_block(mp.committee(), case.agreement_on),
    ]


def render_oral(case: MediationCase, path, *, user, audit: bool = True) -> int:
    return mp.write(case, path, story(case), title=TITLE, document=KEY, full=FULL_VALUES, user=user, audit=audit)
