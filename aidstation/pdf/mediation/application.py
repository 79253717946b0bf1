"""人民调解申请书 (mediation application), laid out like the 2010 MOJ form."""
from __future__ import annotations

from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解申请书"
KEY = "application"


def story(case: MediationCase) -> list:
    requests = case.requests.strip() or "请求人民调解委员会依法调解。"
    return [
        *mp.header(case, TITLE),
        mp.party_table(case, ("applicant",)),
        c.spacer(2),
        mp.party_table(case, ("respondent", "third_party")),
        c.spacer(3),
        c.lines_box("纠纷简要情况：", case.facts, min_height_mm=55),
        c.spacer(3),
        c.lines_box("申请事项：", requests, min_height_mm=30),
        c.spacer(4),
        c.para(f"{mp.committee()}已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。",
               "indent"),
        c.spacer(4),
        c.signature_block(["申请人（签名、盖章或按指印）"], columns=1, date=case.received_on),
    ]


def render_application(case: MediationCase, path, *, user, audit: bool = True) -> int:
    """Write the application form for `case` to `path`; returns the page count."""
    return mp.write(case, path, story(case), title=TITLE, document=KEY, user=user, audit=audit)
