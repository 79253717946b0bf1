"""Code tables (DESIGN §5): defaults shipped in both languages, and the admin's changes.

A code is a short stable ASCII key; records store the key. Admins may add, relabel and retire
codes; a code that any record uses can never be deleted.
"""
from __future__ import annotations

from aidstation.core.accounts import require_admin
from aidstation.core.audit import record_event
from aidstation.core.db import atomic
from aidstation.core.models import Code

# kind -> [(code, label_zh, label_en)], in display order.
DEFAULTS: dict[str, list[tuple[str, str, str]]] = {
    "channel": [
        ("visit", "来访", "Walk-in"), ("phone", "来电", "Phone"),
        ("hotline", "12348热线", "12348 hotline"), ("letter", "来信", "Letter"),
        ("online", "网络", "Online"), ("home", "上门", "Home visit"),
    ],
    "group": [
        ("migrant", "农民工", "Migrant worker"), ("farmer", "农民", "Farmer"),
        ("elderly", "老年人", "Elderly"), ("minor", "未成年人", "Minor"),
        ("women", "妇女", "Woman"), ("disabled", "残疾人", "Disabled"),
        ("military", "军人军属", "Service member or family"), ("veteran", "退役军人", "Veteran"),
        ("lowincome", "低保/特困", "Low income / subsistence"), ("other", "其他", "Other"),
    ],
    "matter": [
        ("family", "婚姻家庭", "Marriage and family"), ("support", "赡养抚养扶养", "Support and maintenance"),
        ("labor", "劳动争议", "Labour dispute"), ("wages", "劳动报酬", "Unpaid wages"),
        ("injury", "工伤", "Work injury"), ("damages", "损害赔偿", "Damages"),
        ("traffic", "道路交通", "Road traffic"), ("medical", "医疗", "Medical"),
        ("contract", "合同债务", "Contract and debt"), ("housing", "房屋宅基地", "Housing and homestead"),
        ("land", "土地山林", "Land and forest"), ("neighbor", "邻里", "Neighbours"),
        ("consumer", "消费", "Consumer"), ("inheritance", "继承", "Inheritance"),
        ("social", "社会保险与救助", "Social insurance and assistance"), ("criminal", "刑事", "Criminal"),
        ("administrative", "行政", "Administrative"), ("other", "其他", "Other"),
    ],
    "disposition": [
        ("answered", "当场解答", "Answered on the spot"), ("apply_aid", "指导申请法律援助", "Guided to apply for legal aid"),
        ("mediation", "转人民调解", "Sent to people's mediation"), ("referred", "转有关部门", "Referred elsewhere"),
        ("appointment", "约期答复", "Reply by appointment"),
    ],
    "referral": [
        ("court", "人民法院", "People's court"), ("arbitration", "劳动人事争议仲裁委", "Labour arbitration commission"),
        ("womens_fed", "妇联", "Women's federation"), ("union", "工会", "Trade union"),
        ("police", "公安机关", "Police"), ("petition", "信访部门", "Letters and visits office"),
        ("hrss", "人社部门", "Human resources and social security"), ("other", "其他部门", "Other department"),
    ],
    "dispute_type": [
        ("family", "婚姻家庭", "Marriage and family"), ("neighbor", "邻里", "Neighbours"),
        ("housing", "房屋宅基地", "Housing and homestead"), ("contract", "合同", "Contract"),
        ("business", "生产经营", "Production and business"), ("damages", "损害赔偿", "Damages"),
        ("land", "山林土地", "Forest and land"), ("requisition", "征地拆迁", "Land requisition and demolition"),
        ("environment", "环境污染", "Environmental pollution"), ("labor", "劳动争议", "Labour dispute"),
        ("consumer", "消费", "Consumer"), ("medical", "医疗", "Medical"),
        ("traffic", "道路交通", "Road traffic"), ("property", "物业", "Property management"),
        ("other", "其他", "Other"),
    ],
    "mediation_source": [
        ("party", "当事人申请", "Application by a party"), ("initiative", "调委会主动调解", "Committee's own initiative"),
        ("police", "公安机关移交", "Referred by the police"), ("court", "审判机关委托", "Entrusted by a court"),
        ("government", "政府部门指定", "Assigned by a government department"),
    ],
    "failure_route": [
        ("court", "告知通过诉讼途径解决", "Told of the court route"),
        ("arbitration", "告知通过仲裁途径解决", "Told of the arbitration route"),
        ("administrative", "告知通过行政途径解决", "Told of the administrative route"),
    ],
    "performance_status": [
        ("performed", "已履行", "Performed"), ("partial", "部分履行", "Partly performed"),
        ("not_performed", "未履行", "Not performed"), ("urged", "督促履行", "Urged to perform"),
    ],
    "aid_form": [  # Legal Aid Law Art. 22
        ("consultation", "法律咨询", "Legal consultation"), ("drafting", "代拟法律文书", "Drafting legal documents"),
        ("criminal_defence", "刑事辩护与代理", "Criminal defence and representation"),
        ("litigation", "民事、行政、国家赔偿诉讼代理及非诉讼代理", "Civil, administrative, state-compensation and non-litigation representation"),
        ("duty_lawyer", "值班律师法律帮助", "Duty-lawyer help"),
        ("labor_arbitration", "劳动争议调解与仲裁代理", "Labour mediation and arbitration representation"),
        ("other", "其他形式", "Other forms"),
    ],
    "aid_case_type": [
        ("civil", "民事", "Civil"), ("criminal", "刑事", "Criminal"),
        ("administrative", "行政", "Administrative"), ("non_litigation", "非诉讼", "Non-litigation"),
    ],
    "legal_stage": [
        ("none", "尚未进入法律程序", "Not yet in proceedings"), ("investigation", "侦查阶段", "Investigation"),
        ("prosecution", "审查起诉阶段", "Prosecution review"), ("first_instance", "一审", "First instance"),
        ("second_instance", "二审", "Appeal"), ("retrial", "再审", "Retrial"),
        ("arbitration", "仲裁中", "In arbitration"), ("mediation", "调解中", "In mediation"),
        ("administrative", "行政处理中", "Before an administrative body"),
        ("reconsideration", "行政复议中", "Administrative reconsideration"),
        ("complaint", "投诉无答复", "Complaint unanswered"),
    ],
    "scope_item": [  # Art. 31 items, then provincial additions
        ("state_comp", "依法请求国家赔偿", "State compensation"),
        ("social_insurance", "请求给予社会保险待遇或者社会救助", "Social-insurance benefits or social assistance"),
        ("pension", "请求发给抚恤金", "Survivor or disability pension"),
        ("support", "请求给付赡养费、抚养费、扶养费", "Support payments for parents, children or spouse"),
        ("labor_pay", "请求确认劳动关系或者支付劳动报酬", "Employment relationship or unpaid wages"),
        ("capacity", "请求认定公民无民事行为能力或者限制民事行为能力", "Declaring a person without or with limited civil capacity"),
        ("injury", "请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿", "Personal-injury damages (work, traffic, food and drug, medical)"),
        ("environment", "请求环境污染、生态破坏损害赔偿", "Environmental-pollution or ecological-damage compensation"),
        ("other_law", "法律、法规、规章规定的其他情形", "Other matters set by law, regulation or rule"),
        ("migrant_labor", "进城务工人员劳务纠纷（省定）", "Migrant workers' labour disputes (provincial)"),
        ("farm_inputs", "农资产品质量损害赔偿（省定）", "Damage from faulty farm inputs (provincial)"),
        ("bigamy_divorce", "因重婚、有配偶者与他人同居请求离婚（省定）", "Divorce for bigamy or cohabitation (provincial)"),
    ],
    "no_test_ground": [  # Art. 32
        ("martyr", "英雄烈士近亲属维护英雄烈士人格权益", "Heroes' and martyrs' close relatives protecting their personality rights"),
        ("heroism", "因见义勇为行为主张相关民事权益", "Civil rights arising from an act of heroism"),
        ("retrial_comp", "再审改判无罪请求国家赔偿", "State compensation after acquittal on retrial"),
        ("abuse", "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益", "Victims of abuse, abandonment or domestic violence"),
        ("other", "法律、法规、规章规定的其他情形", "Other grounds set by law, regulation or rule"),
    ],
    "exempt_ground": [  # Art. 42
        ("no_income", "无固定生活来源的未成年人、老年人、残疾人等特定群体", "Minor, elderly or disabled person without a fixed income"),
        ("assistance", "社会救助、司法救助或者优抚对象", "Recipient of social assistance, judicial assistance or preferential care"),
        ("migrant_wages", "申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员", "Migrant worker claiming wages or work-injury damages"),
        ("other", "法律、法规、规章规定的其他人员", "Others set by law, regulation or rule"),
    ],
    "material": [  # 一次性告知 checklist
        ("form", "法律援助申请表", "Legal-aid application form"),
        ("id", "居民身份证或户口簿", "Resident ID card or household register"),
        ("agent_authority", "代理人资格证明（监护关系或授权委托书）", "Proof of the agent's authority"),
        ("hardship", "经济困难状况说明表及个人诚信承诺书", "Hardship statement and integrity pledge"),
        ("exemption", "免予核查经济困难状况的证明材料", "Proof of exemption from the hardship check"),
        ("case_materials", "与所申请法律援助事项有关的证据材料", "Evidence relating to the matter"),
    ],
    "pub_format": [
        ("booth", "设摊宣传", "Booth"), ("door", "入户宣传", "Door to door"),
        ("lecture", "法治讲座", "Lecture"), ("market", "赶集·庙会", "Market or temple fair"),
        ("media", "新媒体", "New media"), ("training", "培训", "Training"), ("other", "其他", "Other"),
    ],
    "pub_theme": [
        ("legal_aid", "法律援助", "Legal aid"), ("civil_code", "民法典", "Civil Code"),
        ("constitution", "12·4宪法日", "Constitution Day (4 Dec)"), ("anti_fraud", "反诈", "Anti-fraud"),
        ("anti_crime", "扫黑除恶", "Against organised crime"), ("anti_drug", "禁毒", "Anti-drug"),
        ("labor", "劳动者权益", "Workers' rights"), ("minors", "未成年人保护", "Protection of minors"),
        ("mediation", "人民调解", "People's mediation"), ("other", "其他", "Other"),
    ],
    "card_channel": [
        ("home", "入户走访", "Home visit"), ("event", "宣传活动", "Publicity event"),
        ("window", "服务窗口", "Service window"),
    ],
    "household_type": [
        ("general", "一般户", "General household"), ("lowincome", "低保户", "Minimum-subsistence household"),
        ("fiveguarantee", "五保/特困户", "Five-guarantee / extreme-poverty household"),
        ("disabled", "残疾人家庭", "Household with a disabled person"), ("elderly", "空巢老人", "Elderly living alone"),
        ("military", "军属/退役军人家庭", "Military or veteran household"), ("enterprise", "企业/商户", "Business"),
    ],
    "staff_role": [
        ("officer", "司法所工作人员", "Judicial office staff"), ("mediator", "人民调解员", "People's mediator"),
        ("liaison", "法律援助联络员", "Legal-aid liaison officer"), ("lawyer", "律师", "Lawyer"),
        ("legal_worker", "法律服务工作者", "Legal service worker"), ("volunteer", "志愿者", "Volunteer"),
    ],
    "followup_method": [
        ("phone", "电话回访", "By phone"), ("visit", "上门回访", "Home visit"), ("onsite", "来所回访", "At the office"),
    ],
    "satisfaction": [
        ("satisfied", "满意", "Satisfied"), ("basic", "基本满意", "Mostly satisfied"),
        ("dissatisfied", "不满意", "Dissatisfied"),
    ],
    # dispute screening (issue 17): the areas screened (a station renames them to its own
    # communities and grids), how, and the risk levels whose meaning Settings defines
    "screening_area": [
        ("community", "本社区", "The community"), ("grid1", "第一网格", "Grid 1"),
        ("grid2", "第二网格", "Grid 2"), ("grid3", "第三网格", "Grid 3"),
    ],
    "screening_method": [
        ("visit", "走访", "Visits"), ("meeting", "座谈", "Group meeting"), ("phone", "电话", "Phone"),
        ("online", "网络", "Online"), ("other", "其他", "Other"),
    ],
    "screening_risk": [
        ("red", "红色（高风险）", "Red (high risk)"), ("yellow", "黄色（中风险）", "Yellow (medium risk)"),
        ("blue", "蓝色（低风险）", "Blue (low risk)"),
    ],
}

# The single-code-per-record columns, per kind: (model name, field name). Used to refuse deleting
# a code that is in use. Group codes are also checked in their link tables.
USAGE: dict[str, list[tuple[str, str]]] = {
    "channel": [("Consultation", "channel")],
    "group": [("ConsultationGroup", "group"), ("AidGroup", "group")],
    "matter": [("Consultation", "matter"), ("AidApplication", "cause")],
    "disposition": [("Consultation", "disposition")],
    "referral": [("Consultation", "referred_to"), ("ScreeningItem", "referred_to")],
    "dispute_type": [("MediationCase", "dispute_type"), ("ScreeningItem", "dispute_type")],
    "mediation_source": [("MediationCase", "source")],
    "failure_route": [("MediationCase", "failure_route")],
    "performance_status": [("MediationCase", "performance_status")],
    "aid_form": [("AidApplication", "aid_form")],
    "aid_case_type": [("AidApplication", "case_type")],
    "legal_stage": [("AidApplication", "legal_stage")],
    "scope_item": [("AidApplication", "scope_item")],
    "no_test_ground": [("AidApplication", "hardship_ground")],
    "exempt_ground": [("AidApplication", "hardship_ground")],
    "material": [("AidMaterial", "material")],
    "pub_format": [("PublicityActivity", "format")],
    "pub_theme": [("PublicityActivity", "theme")],
    "card_channel": [("CardIssue", "channel")],
    "household_type": [("CardIssue", "household_type")],
    "staff_role": [("Staff", "role")],
    "followup_method": [("FollowUp", "method")],
    "satisfaction": [("FollowUp", "satisfaction")],
    "screening_area": [("ScreeningRound", "area")],
    "screening_method": [("ScreeningRound", "method")],
    "screening_risk": [("ScreeningItem", "risk")],
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "channel": ("咨询方式", "Consultation channel"), "group": ("人群类别", "Group"),
    "matter": ("事项类别", "Matter"), "disposition": ("处理方式", "Disposition"),
    "referral": ("转介单位", "Referral target"), "dispute_type": ("纠纷类型", "Dispute type"),
    "mediation_source": ("案件来源", "Case source"), "failure_route": ("告知途径", "Route told of"),
    "performance_status": ("履行情况", "Performance"), "aid_form": ("援助形式", "Aid form"),
    "aid_case_type": ("案件类型", "Aid case type"), "legal_stage": ("诉讼阶段", "Legal stage"),
    "scope_item": ("援助事项范围", "Scope item"), "no_test_ground": ("不受经济困难条件限制情形", "No-hardship-test ground"),
    "exempt_ground": ("免予核查经济困难情形", "Hardship-check exemption"), "material": ("申请材料", "Material"),
    "pub_format": ("宣传形式", "Publicity format"), "pub_theme": ("宣传主题", "Publicity theme"),
    "card_channel": ("发放渠道", "Card channel"), "household_type": ("户别", "Household type"),
    "staff_role": ("人员类别", "Staff role"), "followup_method": ("回访方式", "Follow-up method"),
    "satisfaction": ("满意度", "Satisfaction"),
    "screening_area": ("排查区域", "Screening area"), "screening_method": ("排查方式", "Screening method"),
    "screening_risk": ("风险等级", "Risk level"),
}


def seed_defaults() -> None:
    """Insert any default code that is missing; never touches codes the admin changed."""
    existing = {(c.kind, c.code) for c in Code.select(Code.kind, Code.code)}
    rows = []
    for kind, entries in DEFAULTS.items():
        for sort, (code, zh, en) in enumerate(entries):
            if (kind, code) not in existing:
                rows.append({"kind": kind, "code": code, "label_zh": zh, "label_en": en,
                             "sort": sort * 10, "active": True})
    if rows:
        with atomic():
            Code.insert_many(rows).execute()


def entries(kind: str, *, include_retired: bool = False) -> list[Code]:
    query = Code.select().where(Code.kind == kind)
    if not include_retired:
        query = query.where(Code.active == True)  # noqa: E712 - peewee expression
    return list(query.order_by(Code.sort, Code.id))


def active_codes(kind: str) -> list[str]:
    return [c.code for c in entries(kind)]


def label(kind: str, code: str, lang: str = "zh") -> str:
    """The label in 'zh' or 'en'; the code itself when it is unknown (never raises)."""
    row = Code.get_or_none((Code.kind == kind) & (Code.code == code))
    if row is None:
        return code
    return row.label_zh if lang.startswith("zh") else row.label_en


def labels(kind: str, lang: str = "zh", *, include_retired: bool = True) -> dict[str, str]:
    return {c.code: (c.label_zh if lang.startswith("zh") else c.label_en)
            for c in entries(kind, include_retired=include_retired)}


def lookup(kind: str, text: str) -> str | None:
    """The code whose key, Chinese or English label equals `text` (case-insensitive)."""
    wanted = (text or "").strip().casefold()
    for c in entries(kind, include_retired=True):
        if wanted in (c.code.casefold(), c.label_zh.casefold(), c.label_en.casefold()):
            return c.code
    return None


def lookup_tables(kinds) -> dict[str, dict[str, str]]:
    """lookup() for many texts at once (a ledger import), read in one query: kind -> {key or
    label casefolded: code}. The first entry in display order wins, as lookup() says."""
    kinds = sorted(set(kinds))
    tables: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    if kinds:
        for c in Code.select().where(Code.kind.in_(kinds)).order_by(Code.sort, Code.id):
            table = tables[c.kind]
            for text in (c.code, c.label_zh, c.label_en):
                table.setdefault(text.casefold(), c.code)
    return tables


# --- administration (Settings > Code tables): add, relabel, retire; never delete ------------
def _require_admin(user) -> None:
    require_admin(user, "change code tables", "修改代码表")


def _labels(label_zh: str, label_en: str) -> tuple[str, str]:
    from aidstation.core.validation import required_text

    return (required_text(label_zh, "label_zh", max_length=100),
            required_text(label_en, "label_en", max_length=100))


def add_code(kind: str, code: str, label_zh: str, label_en: str, *, user) -> Code:
    """A new entry at the end of `kind`; the key is 1-30 ASCII letters, digits or '_'."""
    import re

    from aidstation.core.validation import ValidationError

    _require_admin(user)
    if kind not in DEFAULTS:
        raise ValidationError("kind", f"'{kind}' is not a code table", f"“{kind}”不是代码表")
    code = (code or "").strip()
    if not re.fullmatch(r"[a-z0-9_]{1,30}", code):
        raise ValidationError("code", "a code is 1-30 lower-case ASCII letters, digits or '_'",
                              "代码为1-30位小写英文字母、数字或“_”")
    label_zh, label_en = _labels(label_zh, label_en)
    if Code.select().where((Code.kind == kind) & (Code.code == code)).exists():
        raise ValidationError("code", f"the code {code} already exists in this table", f"此代码表中已有代码 {code}")
    last = Code.select().where(Code.kind == kind).order_by(Code.sort.desc()).first()
    with atomic():
        row = Code.create(kind=kind, code=code, label_zh=label_zh, label_en=label_en,
                          sort=(last.sort + 10) if last else 0, active=True)
        record_event(user, "create", "Code", row.id, fields=["kind", "code", "label_zh", "label_en"])
    return row


def relabel(row: Code, label_zh: str, label_en: str, *, user) -> Code:
    """New labels for an entry; records keep its code, so history reads the new labels."""
    _require_admin(user)
    label_zh, label_en = _labels(label_zh, label_en)
    with atomic():
        Code.update(label_zh=label_zh, label_en=label_en).where(Code.id == row.id).execute()
        record_event(user, "update", "Code", row.id, fields=["label_zh", "label_en"])
    row.label_zh, row.label_en = label_zh, label_en
    return row


def set_code_active(row: Code, active: bool, *, user) -> Code:
    """Retire (hidden from new records, kept on old ones) or bring back an entry."""
    _require_admin(user)
    with atomic():
        Code.update(active=bool(active)).where(Code.id == row.id).execute()
        record_event(user, "restore" if active else "retire", "Code", row.id, fields=["active"])
    row.active = bool(active)
    return row


def usage_count(kind: str, code: str) -> int:
    """How many rows (deleted ones included) hold `code` in a column of code table `kind`."""
    from aidstation.core import models

    total = 0
    for model_name, field_name in USAGE.get(kind, []):
        model = getattr(models, model_name)
        total += model.select().where(getattr(model, field_name) == code).count()
    return total


def delete_code(row: Code, *, user) -> None:
    """Remove an entry nobody ever used (a typo just added); a used code can only be retired."""
    from aidstation.core.validation import ValidationError

    _require_admin(user)
    used = usage_count(row.kind, row.code)
    if used:
        raise ValidationError("code", f"the code {row.code} is used by {used} record(s): retire it instead",
                              f"代码 {row.code} 已被 {used} 条记录使用，只能停用")
    with atomic():
        Code.delete().where(Code.id == row.id).execute()
        record_event(user, "delete", "Code", row.id, fields=["kind", "code"])
