"""个人信息查阅单: everything the station holds about one person, for that person (PIPL Art. 45).

Full values (DESIGN §12): the reader is the person it names. Printing it is audited.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm

from aidstation.core import codes, people, settings
from aidstation.core.mediation import role_label, status_label
from aidstation.pdf import common as c

TITLE = "个人信息查阅单"
KEY = "own-data"
FULL_VALUES = True  # handed to the person it names
VALUES = c.Values(FULL_VALUES)
GENDER = {"M": "男", "F": "女"}
DECISIONS = {k: zh for k, (zh, _en) in people.AID_DECISIONS.items()}
ACTIONS = {"create": "新建", "update": "修改", "delete": "删除（移入回收站）", "restore": "恢复",
           "print": "打印文书", "export": "导出", "reveal": "查看完整身份证号", "anonymise": "匿名化",
           "conclude": "结案", "status": "变更状态", "import": "导入", "undo": "撤销导入"}
ENTITIES = {"Person": "人员信息", "Consultation": "法律咨询", "MediationCase": "调解案件",
            "MediationParty": "调解当事人", "MediationSession": "调解记录", "AidApplication": "法律援助申请",
            "CardIssue": "联系卡发放", "FollowUp": "回访", "ScreeningItem": "矛盾纠纷排查"}
FIELDS = {"name": "姓名", "gender": "性别", "ethnicity": "民族", "birth_date": "出生日期",
          "id_number": "身份证号", "phone": "电话", "address": "住址", "community": "社区",
          "occupation": "职业", "notes": "备注", "question": "咨询问题", "advice": "解答",
          "person": "当事人", "parties": "当事人", "applicant": "申请人", "agent": "代理人",
          "number": "编号", "received_at": "咨询时间", "received_on": "受理日期", "channel": "咨询方式",
          "matter": "事项", "disposition": "处理方式", "groups": "人群", "referred_to": "转介单位",
          "reply_due": "约定答复日期", "answered_at": "答复时间", "documents_drafted": "代写文书",
          "minutes": "用时", "clerk": "接待人", "mediation_case": "调解案件", "aid_application": "援助申请",
          "source": "来源", "dispute_type": "纠纷类型", "title": "案件名称", "facts": "纠纷事实",
          "requests": "申请事项", "amount": "金额", "status": "状态", "concluded_on": "结案日期",
          "mediators": "调解员", "extended_until": "延长期限", "agreement_form": "协议形式",
          "agreement_on": "协议日期", "agreement_terms": "协议内容", "responsibility": "各方责任",
          "performance_method": "履行方式", "performance_deadline": "履行期限",
          "performance_status": "履行情况", "judicial_applied_on": "申请司法确认日期",
          "judicial_result": "司法确认结果", "failure_route": "其他解决途径", "held_at": "时间",
          "kind": "类别", "participants": "参加人", "place": "地点", "record": "记录内容",
          "recorder": "记录人", "role": "身份", "case": "案件", "cause": "案由", "case_type": "案件类型",
          "aid_form": "援助形式", "scope_item": "援助事项", "legal_stage": "诉讼阶段", "summary": "案情摘要",
          "hardship": "经济困难状况", "hardship_route": "经济困难审查", "hardship_reason": "经济困难说明",
          "monthly_income": "月收入", "materials": "申请材料", "case_materials": "案件材料",
          "detained": "被羁押", "urgent_deadline": "紧急期限", "notice_issued_at": "一次性告知时间",
          "forwarded_on": "转交日期", "forwarded_to": "转交机构", "decision": "决定",
          "decision_on": "决定日期", "decision_reason": "决定理由", "assigned_on": "指派日期",
          "assigned_to": "承办人", "closed_on": "结案日期", "outcome": "结果",
          "amount_recovered": "挽回损失", "visited_on": "回访日期", "visitor": "回访人", "method": "方式",
          "reached": "是否联系上", "performance": "回访情况", "satisfaction": "满意度",
          "fee_charged": "是否收费", "issued_on": "发放日期", "quantity": "数量", "recipient": "领取人",
          "households": "户数", "household_type": "户别", "activity": "宣传活动", "issued_by": "发放人",
          "sessions": "调解记录", "followups": "回访", "dossier": "卷宗", "agent_relation": "代理关系",
          "limited_capacity": "限制行为能力", "prevented_crime": "防止民转刑",
          "prevented_petition": "防止群体性上访"}


def _day(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _held(record) -> str:
    return "（已删除，仍保存）" if getattr(record, "deleted_at", None) is not None else ""


def _label(kind: str, code: str) -> str:
    return codes.label(kind, code, "zh") if code else ""


def _heading(text: str) -> list:
    return [c.CondPageBreak(40 * mm), c.spacer(3), c.para(text, "subtitle")]


def _person(p) -> list:
    return [c.fields_table([
        ("姓名", p.name), ("性别", GENDER.get(p.gender, "")),
        ("出生日期", _day(p.birth_date)), ("民族", p.ethnicity),
        ("身份证号", VALUES.id_number(p.id_number)), ("联系电话", VALUES.phone(p.phone)),
        ("住址", (p.address, "wide")), ("社区（村）", p.community), ("职业", p.occupation),
        ("备注", (p.notes, "wide")),
        ("登记时间", _day(p.created_at)), ("最后修改", _day(p.updated_at)),
    ], columns=2, label_mm=24, shade=True)]


def _consultations(data) -> list:
    out = _heading(f"二、法律咨询（{len(data.consultations)}次）")
    if not data.consultations:
        return out + [c.para("无。")]
    for item in data.consultations:
        out += [c.spacer(2), c.fields_table([
            ("编号", item.number + _held(item)), ("时间", _day(item.received_at)),
            ("方式", _label("channel", item.channel)), ("事项", _label("matter", item.matter)),
            ("处理", (_label("disposition", item.disposition), "wide")),
            ("咨询问题", (item.question, "wide")), ("解答", (item.advice, "wide")),
        ], columns=2, label_mm=24, shade=True)]
    return out


def _mediation(data) -> list:
    out = _heading(f"三、人民调解（{len(data.parties)}件）")
    if not data.parties:
        return out + [c.para("无。")]
    for party in data.parties:
        case = party.case
        pairs = [("案号", case.number + _held(case)), ("您的身份", role_label(party.role) + _held(party)),
                 ("受理日期", _day(case.received_on)), ("纠纷类型", _label("dispute_type", case.dispute_type)),
                 ("状态", status_label(case.status)), ("结案日期", _day(case.concluded_on)),
                 ("案件名称", (case.title, "wide")), ("纠纷事实", (case.facts, "wide")),
                 ("申请事项", (case.requests, "wide"))]
        if party.agent:
            pairs.append(("代理人", (party.agent, "wide")))
        if case.agreement_terms:
            pairs.append(("协议内容", (case.agreement_terms, "wide")))
        for session in data.sessions.get(case.id, []):
            text = "　".join(x for x in (_day(session.held_at), session.place, session.record) if x)
            pairs.append(("调查记录" if session.kind == "investigation" else "调解记录", (text, "wide")))
        out += [c.spacer(2), c.fields_table(pairs, columns=2, label_mm=24, shade=True)]
    return out


def _aid(data) -> list:
    out = _heading(f"四、法律援助申请（{len(data.applications)}件）")
    if not data.applications:
        return out + [c.para("无。")]
    for app, role in data.applications:
        pairs = [("编号", app.number + _held(app)), ("您的身份", "申请人" if role == "applicant" else "代理人"),
                 ("受理日期", _day(app.received_on)), ("案由", _label("matter", app.cause)),
                 ("决定", DECISIONS.get(app.decision, app.decision)), ("转交日期", _day(app.forwarded_on)),
                 ("案情摘要", (app.summary, "wide"))]
        if app.outcome:
            pairs.append(("结果", (app.outcome, "wide")))
        out += [c.spacer(2), c.fields_table(pairs, columns=2, label_mm=24, shade=True)]
    return out


def _cards(data) -> list:
    from aidstation.core import cards

    out = _heading(f"五、便民联系卡（{len(data.cards)}次）")
    if not data.cards:
        return out + [c.para("无。")]
    rows = [[c.label("发放日期"), c.label("卡号"), c.label("数量"), c.label("渠道")]]
    rows += [[c.value(_day(k.issued_on)), c.value((cards.serials_of(k) or "") + _held(k)),
              c.value(str(k.quantity)), c.value(_label("card_channel", k.channel))] for k in data.cards]
    return out + [c.form_table(rows, widths=[30, 0, 18, 30], shade=True)]


def _followups(data) -> list:
    out = _heading(f"六、回访（{len(data.followups)}次）")
    if not data.followups:
        return out + [c.para("无。")]
    numbers = {p.case.id: p.case.number for p in data.parties}
    apps = {a.id: a.number for a, _r in data.applications}
    for f in data.followups:
        of = numbers.get(f.mediation_case_id) or apps.get(f.aid_application_id) or ""
        out += [c.spacer(2), c.fields_table([
            ("日期", _day(f.visited_on) + _held(f)), ("所属案件", of),
            ("方式", _label("followup_method", f.method)), ("联系上", "是" if f.reached else "否"),
            ("满意度", _label("satisfaction", f.satisfaction)), ("回访人", f.visitor),
            ("回访情况", (f.performance, "wide")), ("备注", (f.notes, "wide")),
        ], columns=2, label_mm=24, shade=True)]
    return out


def _screenings(data) -> list:
    """Only when a screening item names the person (the audit section then is 八)."""
    if not data.screenings:
        return []
    out = _heading(f"七、矛盾纠纷排查（{len(data.screenings)}件）")
    for item in data.screenings:
        held = getattr(item.round, "held_on", None)
        out += [c.spacer(2), c.fields_table([
            ("排查日期", _day(held) + _held(item)), ("纠纷类型", _label("dispute_type", item.dispute_type)),
            ("风险等级", _label("screening_risk", item.risk)), ("处置", item.outcome),
            ("情况", (item.description, "wide")),
        ], columns=2, label_mm=24, shade=True)]
    return out


def _events(data) -> list:
    number = "八" if data.screenings else "七"
    out = _heading(f"{number}、处理记录（{len(data.events)}条，本站审计日志）")
    rows = [[c.label("时间"), c.label("操作人"), c.label("操作"), c.label("对象"), c.label("涉及项目")]]
    for e in data.events:
        fields = "、".join(FIELDS.get(f, f) for f in e.fields.split(",") if f)
        rows.append([c.value(_day(e.at)), c.value(e.username or "系统"), c.value(ACTIONS.get(e.action, e.action)),
                     c.value(ENTITIES.get(e.entity, e.entity)), c.value(fields)])
    return out + [c.form_table(rows, widths=[36, 20, 30, 28, 0], shade=True)]


def station_name() -> str:
    return settings.get("station.name") or "法律援助工作站"


def render_own_data(person, path: Path | str, *, user, on: dt.date | None = None) -> int:
    """Write everything held about `person` to `path` (full values); audited. Returns pages."""
    data = people.gather(person)
    on = on or dt.date.today()
    p = data.person
    number = f"人员编号 {p.id}"
    intro = (f"{p.name}：根据《中华人民共和国个人信息保护法》第四十五条，现将{station_name()}截至"
             f"{c.cn_date(on)}保存的与您有关的全部个人信息提供如下，已删除但仍保存的记录一并列出。"
             "信息不准确或者不完整的，您可以要求更正、补充（第四十六条）；保存期限届满后，本站将对有关记录"
             "作匿名化处理（第四十七条）。")
    story = [c.title(TITLE), c.number_line(number), c.para(intro, "indent"), c.spacer(2),
             c.para("一、基本信息", "subtitle"), *_person(p),
             *_consultations(data), *_mediation(data), *_aid(data), *_cards(data), *_followups(data),
             *_screenings(data), *_events(data), c.spacer(6),
             c.para("本查阅单载有您完整的身份证号码和联系电话，请妥善保管。", "indent"),
             c.spacer(4), c.seal_block(station_name(), on)]
    pages = c.build_pdf(path, story, org=station_name(), number=number, title=TITLE)
    people.record_export(p, user=user, file_name=c.print_note(path, FULL_VALUES))
    return pages
