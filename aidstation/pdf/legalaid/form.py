"""法律援助申请表, filled from the record, with the Art. 41 personal integrity pledge block."""
from __future__ import annotations

from pathlib import Path

from aidstation.core import codes, legalaid, records
from aidstation.core.models import AidApplication
from aidstation.pdf import common as c
from aidstation.pdf.legalaid import parts

TITLE = "法律援助申请表"
KEY = "form"
FULL_VALUES = True  # DESIGN §12: the centre must identify and reach the applicant
VALUES = c.Values(FULL_VALUES)
PLEDGE = ("本人郑重承诺：本表所填内容及所提交的材料真实、准确、完整；本人已如实说明经济困难状况，"
          "同意法律援助机构通过信息共享等方式依法核查。如有隐瞒事实、提供虚假材料等情形，本人自愿"
          "承担被终止法律援助、支付已实施法律援助费用等法律责任，并记入个人诚信记录。")
ROUTE = {"statement": "如实说明经济困难状况（个人诚信承诺）", "exempt": "免予核查经济困难状况",
         "no_test": "不受经济困难条件限制", "": "不属于法律援助事项范围（待中心审查）"}


def _box(checked: bool) -> str:
    # ☑/☐ (common.checkbox) are not in the bundled font; ■/□ are.
    return "■" if checked else "□"


def _options(kind: str, chosen: set[str]) -> str:
    return "　".join(f"{_box(e.code in chosen)}{e.label_zh}" for e in codes.entries(kind)
                    if e.active or e.code in chosen)


def render_form(app: AidApplication, path: Path | str, *, user) -> int:
    """Write the application form; returns the page count. Printing is audited."""
    records.require_user(user)
    p, agent = app.applicant, app.agent
    result = legalaid.check(app)
    groups = set(legalaid.groups_of(app))
    income = "" if app.monthly_income is None else f"{app.monthly_income}元"
    applicant = c.fields_table([
        ("姓名", p.name), ("性别", parts.GENDER.get(p.gender, "")),
        ("出生日期", c.cn_date(p.birth_date, "")), ("民族", p.ethnicity),
        ("身份证号", VALUES.id_number(p.id_number)), ("联系电话", VALUES.phone(p.phone)),
        ("职业", p.occupation), ("所在社区", p.community),
        ("住址", (p.address, "wide")),
        ("人群类别", (_options("group", groups), "wide")),
    ], columns=2, label_mm=30, shade=True)
    agent_rows = c.fields_table([
        ("代理人", agent.name if agent else "无"), ("与申请人关系", app.agent_relation),
        ("联系电话", VALUES.phone(agent.phone) if agent else ""),
        ("身份证号", VALUES.id_number(agent.id_number) if agent else ""),
    ], columns=2, label_mm=30, shade=True)
    matter = c.fields_table([
        ("案件类型", parts.label("aid_case_type", app.case_type)),
        ("案由", parts.label("matter", app.cause)),
        ("申请援助形式", (parts.label("aid_form", app.aid_form), "wide")),
        ("援助事项范围", (parts.label("scope_item", app.scope_item) or "—", "wide")),
        ("所处阶段", parts.label("legal_stage", app.legal_stage)),
        ("是否被羁押", "是" if app.detained else "否"),
        ("先行援助", (f"是，期限届满日{c.cn_date(app.urgent_deadline)}" if app.urgent_deadline else "否", "wide")),
    ], columns=2, label_mm=30, shade=True)
    hardship = c.fields_table([
        ("经济状况", (ROUTE.get(app.hardship_route, ""), "wide")),
        ("家庭人均月收入", income or "—"),
        ("依据", parts.label("exempt_ground" if app.hardship_route == "exempt" else "no_test_ground",
                           app.hardship_ground) or "—"),
        ("初审意见", (result.sentence_zh, "wide")),
    ], columns=2, label_mm=30, shade=True)
    story = [
        c.title(TITLE), c.number_line(app.number),
        c.para(f"接收单位：{parts.station_name()}　　接收日期：{c.cn_date(app.received_on)}", "small"),
        c.spacer(1.5),
        c.para("一、申请人基本情况", "body"), applicant, c.spacer(2),
        c.para("二、代理人", "body"), agent_rows, c.spacer(2),
        c.para("三、申请事项", "body"), matter, c.spacer(2),
        c.lines_box("案情及申请理由：", app.summary, min_height_mm=30), c.spacer(2),
        c.KeepTogether([c.para("四、经济困难状况", "body"), hardship]), c.spacer(2),
        c.KeepTogether([c.lines_box("个人诚信承诺", PLEDGE, min_height_mm=18),
                        c.signature_block(["申请人（签名并捺印）"] + (["代理人（签名）"] if agent else []),
                                          columns=2)]),
        c.spacer(2),
        c.signature_block(["接收人（签名）"], columns=2),
    ]
    pages = c.build_pdf(path, story, org=parts.station_name(), number=app.number, title=TITLE)
    legalaid.record_print(app, KEY, user=user, file_name=c.print_note(path, FULL_VALUES))
    return pages
