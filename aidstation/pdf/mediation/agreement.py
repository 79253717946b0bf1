"""人民调解协议书 (written mediation agreement; 人民调解法 art. 29): parties' particulars with
ID numbers (masked, as the phones: DESIGN §12), facts, issues and responsibility, terms, performance method and deadline,
signature + fingerprint + seal blocks, and the copies note."""
from __future__ import annotations

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解协议书"
KEY = "agreement"


def story(case: MediationCase) -> list:
    parties = mediation.parties_of(case)
    facts = case.facts.strip()
    if case.responsibility.strip():
        facts += "\n争议事项及各方责任：" + case.responsibility.strip()
    method = case.performance_method.strip()
    deadline = f"履行期限：{c.cn_date(case.performance_deadline)}前履行完毕。" if case.performance_deadline else ""
    amount = f"协议涉及金额：人民币{mediation.amount_text(case.amount)}元。" if case.amount else ""
    sign = [f"{mediation.role_label(p.role)} {p.person.name}（签名并按指印）" for p in parties]
    return [
        *mp.header(case, TITLE),
        mp.party_table(case, with_id=True, on=case.agreement_on or case.received_on),
        c.spacer(3),
        c.lines_box("纠纷主要事实、争议事项及各方责任：", facts, min_height_mm=40),
        c.spacer(3),
        c.lines_box("经调解，双方当事人自愿达成如下协议：", "\n".join(
            x for x in (case.agreement_terms, amount) if x), min_height_mm=45),
        c.spacer(3),
        c.lines_box("履行方式、地点、期限：", "\n".join(x for x in (method, deadline) if x), min_height_mm=18),
        c.spacer(3),
        c.KeepTogether([
            c.copies_note(len(parties)),
            c.para("本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起"
                   "生效。当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。", "body"),
            c.spacer(3),
            c.signature_block(sign + ["人民调解员（签名）", "记录人（签名）"], dated=False),
            c.spacer(2),
            c.seal_block(mp.committee(), case.agreement_on),
        ]),
    ]


def render_agreement(case: MediationCase, path, *, user, audit: bool = True) -> int:
    return mp.write(case, path, story(case), title=TITLE, document=KEY, user=user, audit=audit)
