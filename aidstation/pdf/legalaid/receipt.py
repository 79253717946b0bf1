"""申请材料接收凭证: the materials received (names, copies, dates), their count and the date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from aidstation.core import legalaid, records
from aidstation.core.models import AidApplication
from aidstation.pdf import common as c
from aidstation.pdf.legalaid import parts

TITLE = "法律援助申请材料接收凭证"
KEY = "receipt"
FULL_VALUES = True  # DESIGN §12: handed to the person it names
VALUES = c.Values(FULL_VALUES)


def render_receipt(app: AidApplication, path: Path | str, *, user, on: dt.date | None = None) -> list[str]:
    """Write the receipt for the materials ticked as received; returns their labels."""
    records.require_user(user)
    received = [m for m in legalaid.materials(app) if m.received]
    on = on or dt.date.today()
    names = [parts.label("material", m.material) for m in received]
    rows = [[c.label("序号"), c.label("材料名称"), c.label("份数"), c.label("接收日期")]]
    rows += [[c.para(str(i), "center"), c.value(n), c.para(str(m.copies or 1), "center"),
              c.para(c.cn_date(m.received_on, ""), "center")]
             for i, (m, n) in enumerate(zip(received, names), 1)]
    if not received:
        rows.append([c.para("—", "center"), c.value("（尚未收到材料）"), "", ""])
    copies = sum(m.copies or 1 for m in received)
    missing = legalaid.missing_materials(app)
    story = [
        c.title(TITLE), c.number_line(app.number),
        parts.applicant_table(app, VALUES),
        c.spacer(3),
        c.para(f"本站已收到上述申请人提交的法律援助申请材料共{len(received)}项、{copies}份，明细如下：", "indent"),
        c.spacer(2), c.form_table(rows, widths=[16, 0, 18, 38], shade=True), c.spacer(3),
    ]
    if missing:
        story.append(c.para(f"尚缺{len(missing)}项必需材料，已另行出具一次性告知书。", "indent"))
    story += [
        c.para("本凭证仅证明本站已收到上述材料，不代表已决定给予法律援助。本站将在收齐材料后转交"
               f"{parts.centre_name()}审查决定。", "indent"),
        c.spacer(4), parts.contacts_table(), c.spacer(6),
        c.seal_block(parts.station_name(), on),
        c.signature_block(["接收人（签名）", "提交人（签名）"], columns=2, date=on),
    ]
    c.build_pdf(path, story, org=parts.station_name(), number=app.number, title=TITLE)
    legalaid.record_print(app, KEY, user=user, file_name=c.print_note(path, FULL_VALUES))
    return names
