"""人民调解当事人权利义务告知书 (notice of rights and duties; 人民调解法 arts. 23–24)."""
from __future__ import annotations

from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import parts as mp

TITLE = "人民调解当事人权利义务告知书"
KEY = "notice"
FULL_VALUES = False  # DESIGN §12: names only, nothing to mask; the parties act on no ID or phone here
VALUES = c.Values(FULL_VALUES)

RIGHTS = ("选择或者接受人民调解员；", "接受调解、拒绝调解或者要求终止调解；",
          "要求调解公开进行或者不公开进行；", "自主表达意愿、自愿达成调解协议。")
DUTIES = ("如实陈述纠纷事实；", "遵守调解现场秩序，尊重人民调解员；", "尊重对方当事人行使权利。")


def story(case: MediationCase) -> list:
    org = mp.committee()
    out = [
        *mp.header(case, TITLE),
        c.para(f"{mp.names(case)}：", "body"),
        c.spacer(2),
        c.para(f"{org}是依法设立的调解民间纠纷的群众性组织。人民调解委员会调解民间纠纷，坚持当事人"
               "自愿、平等，不违背法律、法规和国家政策，尊重当事人的权利，不收取任何费用。", "indent"),
        c.para("根据《中华人民共和国人民调解法》的规定，在人民调解活动中，纠纷当事人享有下列权利：", "indent"),
    ]
    out += [c.para(f"{i}．{text}", "indent") for i, text in enumerate(RIGHTS, 1)]
    out.append(c.para("纠纷当事人在人民调解活动中履行下列义务：", "indent"))
    out += [c.para(f"{i}．{text}", "indent") for i, text in enumerate(DUTIES, 1)]
    out += [
        c.para("经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。"
               "经调解达成调解协议后，当事人认为有必要的，可以自调解协议生效之日起三十日内共同"
               "向人民法院申请司法确认。", "indent"),
        c.para("调解不成的，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。", "indent"),
        c.spacer(4),
        c.para("以上内容已告知，本人已知悉。", "indent"),
        c.spacer(4),
        c.signature_block(["当事人（签名或按指印）", "告知人（人民调解员签名）"],
                          date=case.received_on),
        c.spacer(4),
        c.seal_block(org, case.received_on),
    ]
    return out


def render_notice(case: MediationCase, path, *, user, audit: bool = True) -> int:
    return mp.write(case, path, story(case), title=TITLE, document=KEY, full=FULL_VALUES, user=user, audit=audit)
