"""The legal-aid eligibility pre-check (Legal Aid Law Arts. 31, 32, 41, 42): a pure function.

`precheck(facts)` touches no database: everything it needs (the active scope items, the
threshold, the card-holder setting, the code labels) arrives in `Facts`. The result names the
hardship route and explains itself in one sentence, in Chinese and English, that the clerk can
read to the applicant.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from aidstation.core.codes import DEFAULTS

# The route an application takes through the hardship condition.
OUT_OF_SCOPE = "out_of_scope"  # not a legal-aid matter
NO_TEST = "no_test"  # Art. 32: no hardship condition
EXEMPT = "exempt"  # Art. 42: hardship condition not checked
STATEMENT = "statement"  # Art. 41: the applicant's statement and integrity pledge

# Verdicts for the statement route.
MEETS = "meets"
ABOVE = "above"
UNKNOWN = "unknown"  # threshold not set or income not declared: the centre assesses

CARD_HOUSEHOLDS = frozenset({"lowincome", "fiveguarantee"})
MIGRANT_SCOPE = frozenset({"labor_pay", "migrant_labor"})
MIGRANT_CAUSES = frozenset({"wages", "injury"})
ADULT_AGE = 18
ELDERLY_AGE = 60


def _default_labels() -> dict[tuple[str, str], tuple[str, str]]:
    return {(kind, code): (zh, en) for kind, rows in DEFAULTS.items() for code, zh, en in rows}


@dataclass(frozen=True)
class Facts:
    """What the pre-check looks at; build it with legalaid.facts_for() or by hand in tests."""

    case_type: str = "civil"  # kind aid_case_type
    scope_item: str = ""  # kind scope_item ('' = none chosen)
    cause: str = ""  # kind matter
    art32_ground: str = ""  # kind no_test_ground claimed, '' = none
    birth_date: dt.date | None = None
    as_of: dt.date = dt.date(2026, 1, 1)
    groups: frozenset = frozenset()  # kind group codes
    no_fixed_income: bool = False
    assistance_recipient: bool = False
    card_household_types: frozenset = frozenset()  # household_type of the person's card issues
    card_holders_exempt: bool = False  # setting aid.card_holders_exempt
    monthly_income: Decimal | None = None  # declared, per head per month
    threshold: Decimal = Decimal("0")  # setting aid.hardship_threshold; 0 = not set
    scope_items: frozenset = frozenset(code for code, _zh, _en in DEFAULTS["scope_item"])
    labels: dict = field(default_factory=_default_labels, compare=False, hash=False)

    def label(self, kind: str, code: str, lang: str) -> str:
        zh, en = self.labels.get((kind, code), (code, code))
        return zh if lang == "zh" else en

    @property
    def age(self) -> int | None:
        if self.birth_date is None:
            return None
        b, d = self.birth_date, self.as_of
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


@dataclass(frozen=True)
class Result:
    route: str  # OUT_OF_SCOPE, NO_TEST, EXEMPT or STATEMENT
    ground: str = ""  # no_test_ground or exempt_ground code
    verdict: str = ""  # for STATEMENT: MEETS, ABOVE or UNKNOWN
    via_card: bool = False  # exempt because of a low-income contact card (station setting)
    sentence_zh: str = ""
    sentence_en: str = ""

    @property
    def in_scope(self) -> bool:
        return self.route != OUT_OF_SCOPE

    @property
    def likely_eligible(self) -> bool | None:
        """True or False when the pre-check can tell; None when the centre must assess."""
        if self.route == OUT_OF_SCOPE:
            return False
        if self.route == STATEMENT:
            return {MEETS: True, ABOVE: False}.get(self.verdict)
        return True

    def sentence(self, lang: str = "zh") -> str:
        return self.sentence_zh if lang.startswith("zh") else self.sentence_en


def _money(value: Decimal) -> str:
    return f"{Decimal(value).quantize(Decimal('0.01'))}"


def _scope_text(facts: Facts) -> tuple[str, str]:
    if facts.case_type == "criminal":
        return "刑事辩护与代理", "criminal defence and representation"
    return (facts.label("scope_item", facts.scope_item, "zh"),
            facts.label("scope_item", facts.scope_item, "en"))


def exempt_ground(facts: Facts) -> tuple[str, bool]:
    """The Art. 42 ground that applies ('' for none) and whether it came from a contact card."""
    age = facts.age
    special = (age is not None and (age < ADULT_AGE or age >= ELDERLY_AGE)) or bool(
        {"minor", "elderly", "disabled"} & facts.groups)
    if special and facts.no_fixed_income:
        return "no_income", False
    if facts.assistance_recipient or "lowincome" in facts.groups:
        return "assistance", False
    if facts.card_holders_exempt and facts.card_household_types & CARD_HOUSEHOLDS:
        return "assistance", True
    if "migrant" in facts.groups and (facts.scope_item in MIGRANT_SCOPE or facts.cause in MIGRANT_CAUSES):
        return "migrant_wages", False
    return "", False


def precheck(facts: Facts) -> Result:
    """Scope, then Art. 32, then Art. 42, else the Art. 41 statement against the threshold."""
    if facts.art32_ground:
        g_zh = facts.label("no_test_ground", facts.art32_ground, "zh")
        g_en = facts.label("no_test_ground", facts.art32_ground, "en")
        return Result(
            NO_TEST, facts.art32_ground,
            sentence_zh=f"申请事项属于《法律援助法》第三十二条规定的情形（{g_zh}），不受经济困难条件的限制。",
            sentence_en=f"The matter falls under Article 32 of the Legal Aid Law ({g_en}), "
                        "so no financial-hardship condition applies.")
    if facts.case_type != "criminal" and facts.scope_item not in facts.scope_items:
        return Result(
            OUT_OF_SCOPE,
            sentence_zh="申请事项不属于《法律援助法》第三十一条及本省规定的法律援助事项范围，"
                        "中心将不予援助，请告知申请人其他解决途径。",
            sentence_en="The matter is outside the legal-aid scope of Article 31 of the Legal Aid Law "
                        "and the provincial list, so the centre will not grant aid; "
                        "explain the other routes to the applicant.")
    s_zh, s_en = _scope_text(facts)
    ground, via_card = exempt_ground(facts)
    if ground:
        g_zh = facts.label("exempt_ground", ground, "zh")
        g_en = facts.label("exempt_ground", ground, "en")
        if via_card:
            g_zh += "，持低保/特困户便民联系卡"
            g_en += ", holding a low-income household contact card"
        return Result(
            EXEMPT, ground, via_card=via_card,
            sentence_zh=f"申请事项属于法律援助范围（{s_zh}），申请人属于《法律援助法》第四十二条规定的情形"
                        f"（{g_zh}），免予核查经济困难状况，只需提交相关证明材料。",
            sentence_en=f"The matter is within legal-aid scope ({s_en}) and the applicant is exempt "
                        f"from the hardship check under Article 42 of the Legal Aid Law ({g_en}), "
                        "so only the supporting proof is needed.")
    lead_zh = (f"申请事项属于法律援助范围（{s_zh}），申请人需如实说明经济困难状况并签署个人诚信承诺"
               "（《法律援助法》第四十一条）")
    lead_en = (f"The matter is within legal-aid scope ({s_en}); the applicant must state their finances "
               "truthfully and sign the personal integrity pledge (Article 41 of the Legal Aid Law)")
    threshold = Decimal(facts.threshold or 0)
    if threshold <= 0 or facts.monthly_income is None:
        return Result(STATEMENT, verdict=UNKNOWN,
                      sentence_zh=lead_zh + "，由法律援助中心审查是否符合经济困难标准。",
                      sentence_en=lead_en + ", and the centre will assess the hardship standard.")
    income, limit = _money(facts.monthly_income), _money(threshold)
    if Decimal(facts.monthly_income) <= threshold:
        return Result(STATEMENT, verdict=MEETS,
                      sentence_zh=lead_zh + f"；申报的家庭人均月收入{income}元不高于本地标准{limit}元，"
                                            "符合经济困难条件。",
                      sentence_en=lead_en + f"; the declared income of {income} yuan per head a month is "
                                            f"within the local standard of {limit} yuan, so the hardship "
                                            "condition is met.")
    return Result(STATEMENT, verdict=ABOVE,
                  sentence_zh=lead_zh + f"；申报的家庭人均月收入{income}元高于本地标准{limit}元，"
                                        "不符合经济困难条件。",
                  sentence_en=lead_en + f"; the declared income of {income} yuan per head a month is "
                                        f"above the local standard of {limit} yuan, so the hardship "
                                        "condition is not met.")
