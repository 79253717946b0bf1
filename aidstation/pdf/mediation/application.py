"""人民调解申请书 (mediation application), laid out like the 2010 MOJ form: the applicants, the
respondents and any third parties each in their own block, the brief facts, the numbered
申请事项, the voluntary-application declaration and the applicants' signatures. The party
writes it before the committee accepts the case, so it carries no 人调字 number."""
from __future__ import annotations

import re

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解申请书"
KEY = "application"
FULL_VALUES = True  # DESIGN §12: the applicant signs it; it must identify and reach the parties
VALUES = c.Values(FULL_VALUES)

# A request the clerk already numbered: "1．", "2、", "（3）", "一、", "①".
_NUMBERED = re.compile(r"^\s*(?:[（(]?[0-9０-９]{1,2}[)）]?[．.、,，:：]?|[一二三四五六七八九十]{1,2}[、．.]"
                       r"|[（(][一二三四五六七八九十]{1,2}[)）]|[①-⑳])\s*")
BLOCKS = (("applicant",), ("respondent",), ("third_party",))


def requests(text: str) -> list[str]:
    """The 申请事项 numbered 1．2．… however they were typed (one request a line)."""
    lines = [_NUMBERED.sub("", line, count=1).strip() for line in (text or "").splitlines()]
    lines = [line for line in lines if line] or ["请求人民调解委员会依法调解。"]
    return [f"{i}．{line}" for i, line in enumerate(lines, 1)]


def story(case: MediationCase) -> list:
    out = [c.HeaderChange(number=""), *mp.header(case, TITLE, number=False)]
    for roles in BLOCKS:  # one block per side: a third party is neither applicant nor respondent
        if roles == ("third_party",) and not mediation.parties_of(case, "third_party"):
            continue
        out += [mp.party_table(case, roles, values=VALUES, with_id=True), c.spacer(2)]
    applicants = [p.person.name for p in mediation.parties_of(case, "applicant")]
    sign = [f"申请人 {name}（签名、盖章或按指印）" for name in applicants] or ["申请人（签名、盖章或按指印）"]
    out += [
        c.spacer(1),
        c.lines_box("纠纷简要情况：", case.facts, min_height_mm=50),
        c.spacer(3),
        c.lines_box("申请事项：", "\n".join(requests(case.requests)), min_height_mm=25),
        c.spacer(4),
        c.para(f"{mp.committee()}已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。",
               "indent"),
        c.spacer(4),
        c.signature_block(sign, columns=1 if len(sign) == 1 else 2, date=case.received_on),
    ]
    return out


def render_application(case: MediationCase, path, *, user, audit: bool = True) -> int:
    """Write the application form for `case` to `path`; returns the page count."""
    return mp.write(case, path, story(case), title=TITLE, document=KEY, full=FULL_VALUES, user=user,
                    audit=audit, number=False)
