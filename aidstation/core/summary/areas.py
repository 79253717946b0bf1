"""One paragraph (or a few) per area, in the register of the stations' own summaries.

Each function takes the Writer and returns paragraphs; zero figures drop their clauses, and an
area with nothing at all says so in one sentence (未…) instead of a row of zeros.
"""
from __future__ import annotations

from aidstation.core.summary import periods as speriods
from aidstation.core.summary.model import Paragraph, Run
from aidstation.core.summary.writer import Writer

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def _all_zero(w: Writer, prefix: str) -> bool:
    return not any(isinstance(v, (int, float)) and v for k, v in w.values.items()
                   if k.startswith(prefix + ".") and w.cat.get(k) is not None
                   and w.cat[k].kind != "manual")


def _lead(w: Writer, zh: str, en: str) -> list[Run]:
    return [Run(zh if w.zh else en)]


def _pname(w: Writer) -> str:
    return speriods.name(w.period, w.lang)


def _compare(w: Writer, key: str):
    return w.clause(f"较上年同期{{change:{key}}}（上年同期{{ly:{key}}}）",
                    f"{{change:{key}}} on the same period last year ({{ly:{key}}})")


def peak(w: Writer, key: str, month_values, zh_what: str, en_what: str) -> list[Run]:
    """以5月为最多，达120人次: the month with the highest figure, for a period of several months."""
    rows = [(m, v.get(key)) for m, v in month_values if v is not None and isinstance(v.get(key), (int, float))]
    if len(rows) < 2:
        return []
    top = max(v for _m, v in rows)
    if not top:
        return []
    best = [m for m, v in rows if v == top]
    fig = w.figure(key, best[0], dict(month_values)[best[0]])
    if fig is None:
        return []
    if w.zh:
        names = "、".join(f"{m.start.month}月" for m in best)
        lead = f"从月度分布看，{zh_what}以{names}为最多，" if len(best) == 1 else f"从月度分布看，{zh_what}以{names}并列最多，"
        return w.sentence([Run(lead + ("达" if len(best) == 1 else "各")), *fig])
    months = [MONTHS_EN[m.start.month - 1] for m in best]
    names = months[0] if len(months) == 1 else ", ".join(months[:-1]) + " and " + months[-1]
    return w.sentence([Run(f"{en_what} peaked in {names}, with "), *fig])


def _largest(w: Writer, prefix: str, whole: str, zh_what: str, en_what: str) -> list[Run]:
    """婚姻家庭纠纷最多，共43件，占19.7%；其次为…: the largest category (or the categories tied
    for it) and its share, then the next three."""
    keys = [k for k in w.cat if k.startswith(prefix + ".")]
    rows = sorted((k for k in keys if isinstance(w.values.get(k), (int, float)) and w.values.get(k)),
                  key=lambda k: -w.values[k])
    if not rows:
        return []
    top = [k for k in rows if w.values[k] == w.values[rows[0]]]
    first = top[0]
    if len(top) == 1:
        head = w.clause(f"{zh_what}以{w.label(first)}最多，共{{{first}}}，占{{share:{first}/{whole}}}",
                        f"the largest {en_what} was {w.label(first).lower()}: {{{first}}}, "
                        f"{{share:{first}/{whole}}} of the total")
    else:
        names_zh = "、".join(w.label(k) for k in top)
        names_en = " and ".join(w.label(k).lower() for k in top)
        head = w.clause(f"{zh_what}以{names_zh}并列最多，各{{{first}}}，各占{{share:{first}/{whole}}}",
                        f"the largest {en_what}s were {names_en}: {{{first}}} each, "
                        f"{{share:{first}/{whole}}} of the total each")
    rest = w.listing(prefix, keys=rows[len(top):len(top) + 3])
    tail = [Run("其次为" if w.zh else "followed by "), *rest] if rest else None
    return w.sentence(head, tail)


def consultations(w: Writer, month_values) -> list[Paragraph]:
    if not w.values.get("consult.total"):
        return [w.paragraph(w.sentence(w.clause(f"{_pname(w)}未发生法律咨询接待", "No consultations were received in the period")))]
    p1 = w.paragraph(
        w.sentence(w.clause(f"{_pname(w)}共接待群众法律咨询{{consult.total}}",
                            f"{_pname(w)} {w.subject} received {{consult.total}} consultations"),
                   _compare(w, "consult.total")),
        w.sentence(w.listing("consult.channel", by_size=False), lead=_lead(w, "其中", "By channel: ")),
        peak(w, "consult.total", month_values, "咨询量", "Consultations"),
    )
    groups = w.listing("consult.group", top=5)
    p2 = w.paragraph(
        w.sentence([Run("从服务对象看，" if w.zh else "By group (a consultation may name several): "), *groups]
                   if groups else None),
        _largest(w, "consult.matter", "consult.total", "从咨询事项看，", "matter"),
        w.sentence(w.listing("consult.disposition", by_size=False), lead=_lead(w, "经处理，", "Outcome: ")),
        w.sentence(w.clause("为群众代写法律文书{consult.documents_drafted}",
                            "{consult.documents_drafted} legal documents were drafted for the people")),
    )
    return [p for p in (p1, p2) if p]


def legal_aid(w: Writer, month_values) -> list[Paragraph]:
    if _all_zero(w, "aid"):
        return [w.paragraph(w.sentence(w.clause(f"{_pname(w)}未受理法律援助申请", "No legal-aid applications were received in the period")))]
    p1 = w.paragraph(
        w.sentence(w.clause(f"{_pname(w)}共受理法律援助申请{{aid.received}}",
                            f"{_pname(w)} {w.subject} received {{aid.received}} legal-aid applications"),
                   _compare(w, "aid.received"),
                   w.clause("转交法律援助中心{aid.forwarded}", "forwarded {aid.forwarded} to the legal-aid centre")),
        w.sentence(w.clause("经法律援助机构审查，决定给予援助{aid.granted}", "the centre granted aid in {aid.granted}"),
                   w.clause("不予援助{aid.refused}", "refused {aid.refused}"),
                   w.clause("申请人撤回{aid.withdrawn}", "{aid.withdrawn} were withdrawn")),
        w.sentence(w.clause("指派承办{aid.assigned}", "{aid.assigned} cases were assigned"),
                   w.clause("办结{aid.closed}", "{aid.closed} closed"),
                   w.clause("为受援人挽回经济损失{aid.amount_recovered}",
                            "recovering {aid.amount_recovered} for the people aided")),
    )
    types = w.listing("aid.case_type", by_size=False)
    groups = w.listing("aid.group", top=5)
    p2 = w.paragraph(
        w.sentence([Run("受理的申请中，" if w.zh else "By case type: "), *types] if types else None),
        w.sentence([Run("受援人中，" if w.zh else "By group of the applicants: "), *groups] if groups else None),
    )
    return [p for p in (p1, p2) if p]


def mediation(w: Writer, month_values) -> list[Paragraph]:
    # screening: whichever med.screening.* keys the catalogue has (rounds and found may be
    # entered by hand; the ledger adds nil reports, risk levels, what was resolved or handed on)
    known = {"med.screening.rounds", "med.screening.found", "med.screening.nil",
             "med.screening.resolved", "med.screening.mediation"}
    risks = [k for k in w.cat if k.startswith("med.screening.risk.")]
    others = [k for k in w.cat if k.startswith("med.screening.") and k not in known and k not in risks]
    by_risk = w.listing("med.screening.risk", keys=risks, by_size=False) if risks else None
    more = w.listing("med.screening", keys=others, by_size=False) if others else None
    p0 = w.paragraph(
        w.sentence(w.clause(f"{_pname(w)}开展矛盾纠纷排查{{med.screening.rounds}}",
                            f"{_pname(w)} {{med.screening.rounds}} rounds of dispute screening were held"),
                   w.clause("其中零报告{med.screening.nil}", "{med.screening.nil} of them nil reports")),
        w.sentence(w.clause("排查发现矛盾纠纷{med.screening.found}", "screening found {med.screening.found} disputes"),
                   [Run("其中" if w.zh else "of which "), *by_risk] if by_risk else None,
                   w.clause("当场化解{med.screening.resolved}", "{med.screening.resolved} resolved on the spot"),
                   w.clause("转人民调解{med.screening.mediation}", "{med.screening.mediation} handed to mediation"),
                   more))
    if _all_zero(w, "med") and _all_zero(w, "followup"):
        none = w.paragraph(w.sentence(w.clause(f"{_pname(w)}未受理矛盾纠纷", "No disputes were received for mediation in the period")))
        return [p for p in (p0, none) if p]
    p1 = w.paragraph(
        w.sentence(w.clause("共受理矛盾纠纷{med.received}", "{med.received} disputes were received"),
                   _compare(w, "med.received"),
                   w.clause("涉及当事人{med.parties}", "involving {med.parties} parties")),
        w.sentence(w.clause("调解成功{med.succeeded}", "{med.succeeded} were settled"),
                   w.clause("调解成功率{med.success_rate}", "a success rate of {med.success_rate}"),
                   w.listing("med", keys=["med.failed", "med.suspended", "med.withdrawn"], by_size=False)),
        w.sentence(w.clause("达成书面协议{med.agreement.written}", "{med.agreement.written} written agreements"),
                   w.clause("口头协议{med.agreement.oral}", "{med.agreement.oral} oral agreements"),
                   w.clause("协议涉及金额{med.amount}", "{med.amount} involved in the agreements"),
                   w.clause("申请司法确认{med.judicial_confirmation}",
                            "judicial confirmation applied for in {med.judicial_confirmation}")),
        w.sentence(w.clause("防止民间纠纷转化为刑事案件{med.prevented_crime.cases}（涉及{med.prevented_crime.persons}）",
                            "{med.prevented_crime.cases} disputes were kept from turning into crimes "
                            "({med.prevented_crime.persons} persons)"),
                   w.clause("防止群体性上访{med.prevented_petition.cases}（涉及{med.prevented_petition.persons}）",
                            "{med.prevented_petition.cases} mass petitions were prevented "
                            "({med.prevented_petition.persons} persons)")),
        w.sentence(w.clause("期末尚在调解中{med.open_at_month_end}", "{med.open_at_month_end} were still open at the end")),
    )
    sources = w.listing("med.source")
    p2 = w.paragraph(
        _largest(w, "med.type", "med.received", "从纠纷类型看，", "type of dispute"),
        w.sentence([Run("从纠纷来源看，" if w.zh else "By source: "), *sources] if sources else None),
        peak(w, "med.received", month_values, "受理纠纷", "Disputes received"),
        w.sentence(w.clause("对调解和法律援助案件开展回访{followup.total}",
                            "{followup.total} follow-up visits were made on mediation and legal-aid cases"),
                   w.clause("成功联系{followup.reached}", "{followup.reached} reached the person"),
                   w.clause("当事人表示满意{followup.satisfied}", "{followup.satisfied} found the person satisfied")),
    )
    return [p for p in (p0, p1, p2) if p]


def cards(w: Writer, month_values) -> list[Paragraph]:
    if _all_zero(w, "cards"):
        return [w.paragraph(w.sentence(w.clause(f"{_pname(w)}未发放便民联系卡", "No contact cards were issued in the period")))]
    channels = w.listing("cards.channel", by_size=False)
    households = w.listing("cards.household")
    p = w.paragraph(
        w.sentence(w.clause(f"{_pname(w)}共发放便民联系卡{{cards.issued}}",
                            f"{_pname(w)} {{cards.issued}} contact cards were issued"),
                   w.clause("覆盖{cards.recipients}", "reaching {cards.recipients} households"),
                   _compare(w, "cards.issued")),
        w.sentence([Run("其中通过" if w.zh else "By channel: "), *channels,
                    Run("发放" if w.zh else "")] if channels else None),
        w.sentence([Run("发放对象中，" if w.zh else "By household: "), *households] if households else None),
    )
    return [p] if p else []


def publicity(w: Writer, month_values) -> list[Paragraph]:
    if _all_zero(w, "pub"):
        return [w.paragraph(w.sentence(w.clause(f"{_pname(w)}未开展法治宣传活动", "No publicity activities were held in the period")))]
    formats = w.listing("pub.format")
    p1 = w.paragraph(
        w.sentence(w.clause(f"{_pname(w)}共开展法治宣传活动{{pub.activities}}",
                            f"{_pname(w)} {{pub.activities}} publicity activities were held"),
                   _compare(w, "pub.activities")),
        w.sentence([Run("其中" if w.zh else "By format: "), *formats] if formats else None),
        w.sentence(w.clause("举办法治讲座{pub.lectures}", "{pub.lectures} lectures were given"),
                   w.clause("受众{pub.attendees}", "reaching {pub.attendees} attendees")),
        w.sentence(w.clause("发放宣传资料{pub.leaflets}", "{pub.leaflets} leaflets"),
                   w.clause("宣传手册{pub.booklets}", "{pub.booklets} booklets were handed out"),
                   w.clause("悬挂横幅{pub.banners}", "{pub.banners} banners hung"),
                   w.clause("设置展板{pub.boards}", "{pub.boards} display boards set up")),
        w.sentence(w.clause("出动宣传车{pub.vehicles}", "{pub.vehicles} publicity vehicles"),
                   w.clause("工作人员{pub.staff}", "{pub.staff} staff were deployed")),
        w.sentence(w.clause("现场接受群众咨询{pub.consulted}", "{pub.consulted} people were advised on the spot"),
                   w.clause("解答法律问题{pub.questions}", "{pub.questions} questions answered"),
                   w.clause("媒体报道{pub.media}", "{pub.media} media reports")),
        peak(w, "pub.activities", month_values, "宣传活动", "Activities"),
    )
    return [p1] if p1 else []
