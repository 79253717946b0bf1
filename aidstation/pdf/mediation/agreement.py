"""人民调解协议书 (written mediation agreement; 人民调解法 art. 29), as the official form: every
party labelled 当事人 with full particulars (ID number and phone in full: the parties sign it
and a court may confirm it, DESIGN §12), the main facts, issues and responsibility, the terms,
the manner and time of performance, the copies note, and the signatures, fingerprints and seal.

The number is printed once, under the title. The signature and seal block is kept on one page
with the last lines of the terms, so a signature page can never be taken from its agreement."""
from __future__ import annotations

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解协议书"
KEY = "agreement"
FULL_VALUES = True  # DESIGN §12: the parties sign it; a court confirming it must identify them
VALUES = c.Values(FULL_VALUES)
TAIL_LINES = 2  # lines of the terms kept on the signature page


def _label(party) -> str:
    text = f"当事人\n（{mediation.role_label(party.role)}）"
    return text + (f"\n代理人：{party.agent}" if party.agent else "")


def _section(heading: str, text: str) -> list:
    head = c.para(heading, "body")
    head.keepWithNext = 1  # a heading never ends a page
    return [head] + [c.para(p, "indent") for p in (text or "").split("\n") if p.strip()]


def story(case: MediationCase) -> list:
    parties = mediation.parties_of(case)
    facts = case.facts.strip()
    if case.responsibility.strip():
        facts += "\n争议事项及各方责任：" + case.responsibility.strip()
    method = case.performance_method.strip()
    deadline = f"履行期限：{c.cn_date(case.performance_deadline)}前履行完毕。" if case.performance_deadline else ""
    amount = f"协议涉及金额：人民币{mediation.amount_text(case.amount)}元。" if case.amount else ""
    terms = _section("经调解，当事人自愿达成如下协议：", "\n".join(x for x in (case.agreement_terms, amount) if x))
    # the last lines go with the signatures; when that leaves the heading alone, it goes too
    # (a heading ending page 1 with every term on page 2 reads as a blank agreement)
    split = len(terms) - TAIL_LINES
    if split <= 1:
        split = 0
    sign = [f"当事人 {p.person.name}（签名并按指印）" for p in parties]
    closing = [
        *terms[split:],
        c.spacer(2),
        *_section("履行方式、地点、期限：", "\n".join(x for x in (method, deadline) if x) or "　"),
        c.spacer(2),
        c.copies_note(len(parties)),
        c.para("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起"
               "生效。当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。", "body"),
        c.spacer(3),
        c.signature_block(sign + ["人民调解员（签名）", "记录人（签名）"], dated=False),
        c.spacer(2),
        c.seal_block(mp.committee(), case.agreement_on),
    ]
    return [
        c.HeaderChange(number=""),  # the number once, under the title
        c.title(TITLE),
        c.para(f"编号：{case.number}", "number"),
        mp.party_table(case, values=VALUES, with_id=True, on=case.agreement_on or case.received_on,
                       label=_label, label_mm=26),
        c.spacer(4),
        *_section("纠纷主要事实、争议事项及各方责任：", facts),
        c.spacer(2),
        *terms[:split],
        c.KeepTogether(closing),
    ]


def render_agreement(case: MediationCase, path, *, user, audit: bool = True) -> int:
    return mp.write(case, path, story(case), title=TITLE, document=KEY, full=FULL_VALUES, user=user,
                    audit=audit, number=False)
