"""人民调解受理登记表 (acceptance register), laid out like the 2010 MOJ form."""
from __future__ import annotations

from aidstation.core import codes, mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解受理登记表"
KEY = "register"
FULL_VALUES = False  # DESIGN §12: the committee's register, read by inspectors: masked
VALUES = c.Values(FULL_VALUES)


def _sources(case: MediationCase) -> str:
    options = codes.labels("mediation_source", "zh", include_retired=False)
    if case.source not in options:
        options[case.source] = codes.label("mediation_source", case.source, "zh")
    return "　".join(f"{c.checkbox(code == case.source)}{text}" for code, text in options.items())


def story(case: MediationCase) -> list:
    lab = c.label
    applicants, respondents = mp.names(case, "applicant"), mp.names(case, "respondent")
    consent = f"经当事人同意，调解 {applicants} 与 {respondents} 之间的{mp.dispute_label(case)}纠纷。"
    rows = [
        [lab("登记日期"), c.cn_date(case.received_on), lab("纠纷类型"), mp.dispute_label(case)],
        [lab("案件来源"), c.para(_sources(case), "value"), "", ""],
        [lab("纠纷名称"), mp.case_title(case), "", ""],
        [lab("涉及金额"), f"{mediation.amount_text(case.amount)} 元" if case.amount else "", lab("人民调解员"),
         mp.mediator_names(case)],
        [lab("纠纷简要情况"), c.para(case.facts, "value"), "", ""],
        [lab("受理意见"), c.para(consent, "value"), "", ""],
        [lab("当事人签名"), "", "", ""],
        [lab("登记人签名"), "", lab("受理日期"), c.cn_date(case.received_on)],
    ]
    spans = [((1, r), (3, r)) for r in (1, 2, 4, 5, 6)]
    table = c.form_table(rows, [28, 0, 28, 0], spans=spans, shade=True,
                         heights=[None, None, None, None, 36, 14, 18, 12],
                         top_cells=[(1, 4)])
    return [
        *mp.header(case, TITLE),
        mp.party_table(case, values=VALUES),
        c.spacer(2),
        table,
        c.spacer(2),
        c.seal_block(mp.committee(), case.received_on),
    ]


def render_register(case: MediationCase, path, *, user, audit: bool = True) -> int:
    return mp.write(case, path, story(case), title=TITLE, document=KEY, full=FULL_VALUES, user=user, audit=audit)
