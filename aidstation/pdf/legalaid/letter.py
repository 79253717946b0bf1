"""转交申请函: the letter forwarding an application to the district legal-aid centre (Art. 38)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from aidstation.core import legalaid, records, settings
from aidstation.core.models import AidApplication
from aidstation.pdf import common as c
from aidstation.pdf.legalaid import parts

TITLE = "法律援助申请转交函"
KEY = "letter"
FULL_VALUES = True  # DESIGN §12: the centre must identify and call the applicant
VALUES = c.Values(FULL_VALUES)


def render_letter(app: AidApplication, path: Path | str, *, user) -> int:
    """Write the forwarding letter (dated the day it was forwarded, else today)."""
    records.require_user(user)
    on = app.forwarded_on or dt.date.today()
    centre = app.forwarded_to or parts.centre_name()
    received = [m for m in legalaid.materials(app) if m.received]
    result = legalaid.check(app)
    p = app.applicant
    who = parts.applicant_line(app)
    agent = f"（代理人：{app.agent.name}，{app.agent_relation}）" if app.agent_id else ""
    body = (f"申请人{who}{agent}，因{parts.label('matter', app.cause) or '相关'}事项"
            f"（{parts.label('scope_item', app.scope_item) or parts.label('aid_case_type', app.case_type)}），"
            f"于{c.cn_date(app.received_on)}向本站申请{parts.label('aid_form', app.aid_form) or '法律援助'}。"
            f"经初步审查：{result.sentence_zh}根据《中华人民共和国法律援助法》第三十八条的规定，现将其申请"
            "及相关材料转交你中心，请依法审查并作出决定。")
    story = [c.title(TITLE), c.number_line(app.number), c.para(f"{centre}：", "body"), c.spacer(2),
             c.para(body, "indent")]
    if app.detained:
        story.append(c.para("申请人现被羁押，请按照《法律援助法》第三十九条的规定优先办理。", "indent"))
    if app.urgent_deadline:
        story.append(c.para(f"本案涉及的时效或期限将于{c.cn_date(app.urgent_deadline)}届满，"
                            "申请先行提供法律援助（《法律援助法》第四十四条），请从速办理。", "indent"))
    rows = [[c.label("序号"), c.label("附件材料"), c.label("份数")]]
    rows += [[c.para(str(i), "center"), c.value(parts.label("material", m.material)),
              c.para(str(m.copies or 1), "center")] for i, m in enumerate(received, 1)]
    phone = settings.get("station.phone") or settings.get("station.hotline")
    story += [
        c.spacer(2), c.para(f"附件：申请材料{len(received)}项", "body"),
        c.form_table(rows, widths=[16, 0, 20], shade=True), c.spacer(3),
        c.para(f"申请人身份证号码：{VALUES.id_number(p.id_number) or '—'}", "body"),
        c.para(f"申请人联系电话：{VALUES.phone(p.phone) or '—'}"
               + (f"　代理人联系电话：{VALUES.phone(app.agent.phone)}" if app.agent_id and app.agent.phone else ""),
               "body"),
        c.para(f"本站联系人电话：{phone or '—'}　地址：{settings.get('station.address') or '—'}", "body"),
        c.spacer(8), c.seal_block(parts.station_name(), on),
    ]
    pages = c.build_pdf(path, story, org=parts.station_name(), number=app.number, title=TITLE)
    legalaid.record_print(app, KEY, user=user, file_name=c.print_note(path, FULL_VALUES))
    return pages
