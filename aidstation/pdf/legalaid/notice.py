"""一次性告知书: every missing material at once, the date to supply them, the station's contacts."""
from __future__ import annotations

from pathlib import Path

from aidstation.core import legalaid, records
from aidstation.core.models import AidApplication, now
from aidstation.pdf import common as c
from aidstation.pdf.legalaid import parts

TITLE = "法律援助申请补充材料一次性告知书"
KEY = "notice"
FULL_VALUES = True  # DESIGN §12: handed to the person it names
VALUES = c.Values(FULL_VALUES)


def render_notice(app: AidApplication, path: Path | str, *, user) -> list[str]:
    """Write the notice for the currently missing materials; returns their labels in order.
    Printing records notice_issued_at (the deadline counts from it) and a 'print' event."""
    records.require_user(user)
    missing = legalaid.missing_materials(app)
    if not missing:
        raise ValueError("no required material is missing: there is nothing to notify")
    issued = now()
    deadline = legalaid.supplement_deadline(issued.date())
    names = [parts.label("material", m.material) for m in missing]
    who = app.agent.name if app.agent_id else app.applicant.name
    on_behalf = f"代{app.applicant.name}" if app.agent_id else ""
    rows = [[c.label("序号"), c.label("需补充的材料")]]
    rows += [[c.para(str(i), "center"), c.value(n)] for i, n in enumerate(names, 1)]
    story = [
        c.title(TITLE), c.number_line(app.number),
        c.para(f"{who}：", "body"), c.spacer(2),
        parts.applicant_table(app, VALUES), c.spacer(3),
        c.para(f"您于{c.cn_date(app.received_on)}{on_behalf}提出的法律援助申请，编号{app.number}，经本站初步"
               "审查，申请材料尚不齐全。根据《中华人民共和国法律援助法》第四十三条的规定，现一次性告知您"
               f"需要补充的全部材料（共{len(names)}项）如下：", "indent"),
        c.spacer(2), c.form_table(rows, widths=[18, 0], shade=True), c.spacer(3),
        c.para(f"请于<b>{c.cn_date(deadline)}</b>前将上述材料提交至本站。补充材料所用的时间不计入审查期限；"
               "无正当理由逾期未补充的，视为撤回申请。如有疑问，请与本站联系。", "indent", markup=True),
        c.spacer(4), parts.contacts_table(), c.spacer(6),
        c.seal_block(parts.station_name(), issued.date()),
        c.signature_block(["代理人（签收）" if app.agent_id else "申请人（签收）"], columns=2),
        c.note("本告知书一式两份，申请人与工作站各执一份。"),
    ]
    c.build_pdf(path, story, org=parts.station_name(), number=app.number, title=TITLE)
    legalaid.record_print(app, KEY, user=user, file_name=c.print_note(path, FULL_VALUES), at=issued)
    return names
