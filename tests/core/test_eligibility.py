"""The eligibility pre-check (Legal Aid Law Arts. 31, 32, 41, 42): a pure function, no database."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aidstation.core.legalaid.eligibility import (
    ABOVE,
    EXEMPT,
    MEETS,
    NO_TEST,
    OUT_OF_SCOPE,
    STATEMENT,
    UNKNOWN,
    Facts,
    precheck,
)

AS_OF = dt.date(2026, 5, 10)
ADULT = dt.date(1980, 3, 1)

ART31 = [
    ("state_comp", "依法请求国家赔偿", "State compensation"),
    ("social_insurance", "请求给予社会保险待遇或者社会救助", "Social-insurance benefits or social assistance"),
    ("pension", "请求发给抚恤金", "Survivor or disability pension"),
    ("support", "请求给付赡养费、抚养费、扶养费", "Support payments for parents, children or spouse"),
    ("labor_pay", "请求确认劳动关系或者支付劳动报酬", "Employment relationship or unpaid wages"),
    ("capacity", "请求认定公民无民事行为能力或者限制民事行为能力",
     "Declaring a person without or with limited civil capacity"),
    ("injury", "请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿",
     "Personal-injury damages (work, traffic, food and drug, medical)"),
    ("environment", "请求环境污染、生态破坏损害赔偿", "Environmental-pollution or ecological-damage compensation"),
    ("other_law", "法律、法规、规章规定的其他情形", "Other matters set by law, regulation or rule"),
    ("migrant_labor", "进城务工人员劳务纠纷（省定）", "Migrant workers' labour disputes (provincial)"),
    ("farm_inputs", "农资产品质量损害赔偿（省定）", "Damage from faulty farm inputs (provincial)"),
    ("bigamy_divorce", "因重婚、有配偶者与他人同居请求离婚（省定）", "Divorce for bigamy or cohabitation (provincial)"),
]


def facts(**kw) -> Facts:
    kw.setdefault("birth_date", ADULT)
    kw.setdefault("as_of", AS_OF)
    kw.setdefault("scope_item", "support")
    return Facts(**kw)


@pytest.mark.parametrize("code,zh,en", ART31)
def test_each_art31_and_provincial_item_is_in_scope_on_the_statement_route(code, zh, en):
    r = precheck(facts(scope_item=code))
    assert (r.route, r.verdict, r.in_scope, r.likely_eligible) == (STATEMENT, UNKNOWN, True, None)
    assert r.sentence_zh == (f"申请事项属于法律援助范围（{zh}），申请人需如实说明经济困难状况并签署个人诚信承诺"
                             "（《法律援助法》第四十一条），由法律援助中心审查是否符合经济困难标准。")
    assert r.sentence_en == (f"The matter is within legal-aid scope ({en}); the applicant must state their "
                             "finances truthfully and sign the personal integrity pledge (Article 41 of the "
                             "Legal Aid Law), and the centre will assess the hardship standard.")


def test_out_of_scope_matter():
    r = precheck(facts(scope_item=""))
    assert (r.route, r.in_scope, r.likely_eligible) == (OUT_OF_SCOPE, False, False)
    assert r.sentence_zh == ("申请事项不属于《法律援助法》第三十一条及本省规定的法律援助事项范围，"
                             "中心将不予援助，请告知申请人其他解决途径。")
    assert r.sentence_en == ("The matter is outside the legal-aid scope of Article 31 of the Legal Aid Law "
                             "and the provincial list, so the centre will not grant aid; explain the other "
                             "routes to the applicant.")


def test_a_provincial_item_retired_by_the_province_is_out_of_scope():
    active = frozenset(c for c, _zh, _en in ART31) - {"farm_inputs"}
    assert precheck(facts(scope_item="farm_inputs", scope_items=active)).route == OUT_OF_SCOPE
    assert precheck(facts(scope_item="pension", scope_items=active)).route == STATEMENT


ART32 = [
    ("martyr", "英雄烈士近亲属维护英雄烈士人格权益",
     "Heroes' and martyrs' close relatives protecting their personality rights"),
    ("heroism", "因见义勇为行为主张相关民事权益", "Civil rights arising from an act of heroism"),
    ("retrial_comp", "再审改判无罪请求国家赔偿", "State compensation after acquittal on retrial"),
    ("abuse", "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益", "Victims of abuse, abandonment or domestic violence"),
    ("other", "法律、法规、规章规定的其他情形", "Other grounds set by law, regulation or rule"),
]


@pytest.mark.parametrize("code,zh,en", ART32)
def test_each_art32_ground_needs_no_hardship_test_even_outside_the_scope_list(code, zh, en):
    r = precheck(facts(art32_ground=code, scope_item="", monthly_income=Decimal("9000"),
                       threshold=Decimal("1500")))
    assert (r.route, r.ground, r.likely_eligible) == (NO_TEST, code, True)
    assert r.sentence_zh == f"申请事项属于《法律援助法》第三十二条规定的情形（{zh}），不受经济困难条件的限制。"
    assert r.sentence_en == (f"The matter falls under Article 32 of the Legal Aid Law ({en}), "
                             "so no financial-hardship condition applies.")


NO_INCOME_ZH = "无固定生活来源的未成年人、老年人、残疾人等特定群体"
NO_INCOME_EN = "Minor, elderly or disabled person without a fixed income"


def exempt_zh(scope_zh, ground_zh):
    return (f"申请事项属于法律援助范围（{scope_zh}），申请人属于《法律援助法》第四十二条规定的情形"
            f"（{ground_zh}），免予核查经济困难状况，只需提交相关证明材料。")


def exempt_en(scope_en, ground_en):
    return (f"The matter is within legal-aid scope ({scope_en}) and the applicant is exempt from the "
            f"hardship check under Article 42 of the Legal Aid Law ({ground_en}), so only the supporting "
            "proof is needed.")


@pytest.mark.parametrize("who", [
    {"birth_date": dt.date(2012, 1, 1)},  # a minor, from the birth date
    {"birth_date": dt.date(1950, 1, 1)},  # elderly (60+), from the birth date
    {"groups": frozenset({"disabled"})},
])
def test_art42_minor_elderly_or_disabled_without_fixed_income(who):
    r = precheck(facts(no_fixed_income=True, **who))
    assert (r.route, r.ground, r.via_card) == (EXEMPT, "no_income", False)
    assert r.sentence_zh == exempt_zh("请求给付赡养费、抚养费、扶养费", NO_INCOME_ZH)
    assert r.sentence_en == exempt_en("Support payments for parents, children or spouse", NO_INCOME_EN)


def test_art42_elderly_with_a_fixed_income_is_not_exempt():
    r = precheck(facts(birth_date=dt.date(1950, 1, 1), no_fixed_income=False))
    assert r.route == STATEMENT


def test_age_59_without_income_is_not_elderly():
    r = precheck(facts(birth_date=dt.date(1966, 5, 11), no_fixed_income=True))  # 59 on 2026-05-10
    assert r.route == STATEMENT
    r = precheck(facts(birth_date=dt.date(1966, 5, 10), no_fixed_income=True))  # 60 that day
    assert r.route == EXEMPT


@pytest.mark.parametrize("kw", [{"assistance_recipient": True}, {"groups": frozenset({"lowincome"})}])
def test_art42_social_assistance_recipient(kw):
    r = precheck(facts(scope_item="pension", **kw))
    assert (r.route, r.ground) == (EXEMPT, "assistance")
    assert r.sentence_zh == exempt_zh("请求发给抚恤金", "社会救助、司法救助或者优抚对象")
    assert r.sentence_en == exempt_en("Survivor or disability pension",
                                      "Recipient of social assistance, judicial assistance or preferential care")


@pytest.mark.parametrize("scope,cause", [("labor_pay", "wages"), ("injury", "injury"), ("migrant_labor", "labor")])
def test_art42_migrant_worker_claiming_wages_or_work_injury(scope, cause):
    r = precheck(facts(scope_item=scope, cause=cause, groups=frozenset({"migrant"})))
    assert (r.route, r.ground) == (EXEMPT, "migrant_wages")
    scope_zh = dict((c, z) for c, z, _e in ART31)[scope]
    scope_en = dict((c, e) for c, _z, e in ART31)[scope]
    assert r.sentence_zh == exempt_zh(scope_zh, "申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员")
    assert r.sentence_en == exempt_en(scope_en, "Migrant worker claiming wages or work-injury damages")


def test_migrant_worker_in_a_traffic_accident_is_not_exempt():
    r = precheck(facts(scope_item="injury", cause="traffic", groups=frozenset({"migrant"})))
    assert r.route == STATEMENT


def test_low_income_card_holder_counts_as_assistance_only_when_the_station_says_so():
    off = precheck(facts(card_household_types=frozenset({"lowincome"}), card_holders_exempt=False))
    assert off.route == STATEMENT
    for household in ("lowincome", "fiveguarantee"):
        on = precheck(facts(card_household_types=frozenset({household}), card_holders_exempt=True))
        assert (on.route, on.ground, on.via_card) == (EXEMPT, "assistance", True)
        assert on.sentence_zh == exempt_zh("请求给付赡养费、抚养费、扶养费",
                                           "社会救助、司法救助或者优抚对象，持低保/特困户便民联系卡")
        assert on.sentence_en == exempt_en(
            "Support payments for parents, children or spouse",
            "Recipient of social assistance, judicial assistance or preferential care, "
            "holding a low-income household contact card")
    general = precheck(facts(card_household_types=frozenset({"general"}), card_holders_exempt=True))
    assert general.route == STATEMENT


LEAD_ZH = ("申请事项属于法律援助范围（请求给付赡养费、抚养费、扶养费），申请人需如实说明经济困难状况并签署"
           "个人诚信承诺（《法律援助法》第四十一条）")
LEAD_EN = ("The matter is within legal-aid scope (Support payments for parents, children or spouse); the "
           "applicant must state their finances truthfully and sign the personal integrity pledge "
           "(Article 41 of the Legal Aid Law)")


def test_threshold_route_income_within_the_standard():
    r = precheck(facts(monthly_income=Decimal("1200"), threshold=Decimal("1500")))
    assert (r.route, r.verdict, r.likely_eligible) == (STATEMENT, MEETS, True)
    assert r.sentence_zh == LEAD_ZH + "；申报的家庭人均月收入1200.00元不高于本地标准1500.00元，符合经济困难条件。"
    assert r.sentence_en == LEAD_EN + ("; the declared income of 1200.00 yuan per head a month is within the "
                                       "local standard of 1500.00 yuan, so the hardship condition is met.")


def test_threshold_route_income_exactly_at_the_standard_meets_it():
    assert precheck(facts(monthly_income=Decimal("1500"), threshold=Decimal("1500"))).verdict == MEETS


def test_threshold_route_income_above_the_standard():
    r = precheck(facts(monthly_income=Decimal("1500.01"), threshold=Decimal("1500")))
    assert (r.route, r.verdict, r.likely_eligible) == (STATEMENT, ABOVE, False)
    assert r.sentence_zh == LEAD_ZH + "；申报的家庭人均月收入1500.01元高于本地标准1500.00元，不符合经济困难条件。"
    assert r.sentence_en == LEAD_EN + ("; the declared income of 1500.01 yuan per head a month is above the "
                                       "local standard of 1500.00 yuan, so the hardship condition is not met.")


def test_threshold_not_set_leaves_it_to_the_centre():
    r = precheck(facts(monthly_income=Decimal("800"), threshold=Decimal("0")))
    assert (r.route, r.verdict) == (STATEMENT, UNKNOWN)
    assert r.sentence_zh == LEAD_ZH + "，由法律援助中心审查是否符合经济困难标准。"


def test_criminal_case_needs_no_scope_item():
    r = precheck(facts(case_type="criminal", scope_item=""))
    assert r.route == STATEMENT
    assert r.sentence_en.startswith("The matter is within legal-aid scope (criminal defence and representation);")


def test_precedence_art32_before_art42():
    r = precheck(facts(art32_ground="abuse", groups=frozenset({"lowincome"})))
    assert r.route == NO_TEST


def test_sentence_picks_the_language():
    r = precheck(facts(art32_ground="heroism"))
    assert r.sentence("zh") == r.sentence_zh and r.sentence("en") == r.sentence_en
