"""Demo data: consultations over every channel, group, matter and disposition, month by month."""
from __future__ import annotations

import datetime as dt

from aidstation.core import consultations
from aidstation.core.models import now

CHANNELS = [("visit", 40), ("phone", 18), ("hotline", 16), ("letter", 5), ("online", 13), ("home", 8)]
DISPOSITIONS = [("answered", 56), ("apply_aid", 14), ("mediation", 12), ("referred", 10), ("appointment", 8)]

# matter -> (weight, questions, advice, referral target when referred)
MATTERS = {
    "family": (12, ["丈夫长期酗酒并有家暴行为，想起诉离婚，孩子抚养权怎么争取？",
                    "协议离婚后对方不按约定支付孩子抚养费，怎么办？",
                    "婚前父母出资买的房子，离婚时要不要分割？"],
               "告知起诉离婚的条件和程序、家庭暴力证据的收集方法，可申请人身安全保护令。", "womens_fed"),
    "support": (8, ["三个子女都不愿赡养年迈的母亲，老人生活困难，能否起诉？",
                    "前夫拒付孩子抚养费已经一年多，能否申请强制执行？"],
                "讲解赡养义务的法律规定，可先行调解，调解不成可向法院起诉，符合条件可申请法律援助。", "court"),
    "labor": (8, ["公司未签劳动合同，干了两年被辞退，能要求双倍工资和补偿吗？",
                  "单位不给缴社保，辞职后能否要求经济补偿？"],
              "告知劳动争议仲裁前置程序、一年仲裁时效以及需要准备的证据材料。", "arbitration"),
    "wages": (12, ["在工地干了半年活，包工头拖欠工资三万多元，找不到人了。",
                   "饭店老板拖欠两个月工资，一直推说资金紧张。",
                   "年底结算时老板只给了一半工钱，剩下的一直不给。"],
              "指导收集考勤记录、工友证言、转账记录等证据，可向劳动监察投诉或申请仲裁，农民工讨薪免予经济困难审查。", "hrss"),
    "injury": (6, ["在厂里干活时手指被机器轧伤，老板不给申报工伤。",
                   "下班途中发生交通事故，算不算工伤？"],
               "告知工伤认定申请时限（一年）、所需材料和劳动能力鉴定程序。", "hrss"),
    "damages": (5, ["邻居家的狗把我孩子咬伤，对方只肯出一点医药费。",
                    "楼上漏水泡坏了我家装修，物业和楼上互相推诿。"],
                "讲解侵权责任的构成和赔偿范围，建议保留票据、照片，可申请人民调解。", "court"),
    "traffic": (6, ["被电动车撞伤住院，对方没有保险，赔偿谈不拢。",
                    "交通事故责任认定书下来了，对方不服，赔偿该找谁？"],
                "告知交通事故损害赔偿项目和计算标准，可申请交警调解或人民调解，也可直接起诉。", "police"),
    "medical": (3, ["母亲在医院手术后出现并发症，怀疑医疗过错。"],
                "告知医疗损害鉴定和医疗纠纷人民调解的途径，提醒及时封存病历。", "other"),
    "contract": (7, ["借给朋友五万元，有借条，现在对方不还钱也不接电话。",
                     "装修公司收了定金后一直不开工，能要回定金吗？"],
                 "讲解诉讼时效和借条的证明效力，建议先书面催告，可向法院起诉。", "court"),
    "housing": (6, ["兄弟之间因为老宅基地的使用起了争执。",
                    "租的房子房东提前收回，押金不退。"],
                "讲解宅基地使用权的规定和租赁合同的违约责任，建议先行调解。", "other"),
    "land": (4, ["承包地被邻村的人占了一部分，村里调解不了。", "土地流转合同到期，对方不肯退地。"],
             "告知土地承包经营纠纷可申请农村土地承包仲裁或向乡镇政府申请处理。", "other"),
    "neighbor": (7, ["邻居在楼道堆放杂物，影响通行和消防安全。", "隔壁装修噪音太大，多次沟通无效。"],
                 "讲解相邻关系的法律规定，建议由社区人民调解委员会调解。", "other"),
    "consumer": (4, ["网上买的保健品没有效果，商家拒绝退款。", "预付了健身卡，健身房突然关门了。"],
                 "告知可向市场监管部门投诉或拨打12315，保留付款凭证和聊天记录。", "other"),
    "inheritance": (5, ["父亲去世没留遗嘱，几个子女对房产分配有争议。", "老人生前立的遗嘱是否有效？"],
                    "讲解法定继承顺序和遗嘱的形式要件，可先行调解或办理继承公证。", "court"),
    "social": (4, ["低保被取消了，想知道怎么申请复核。", "养老保险断缴了几年，还能补缴吗？"],
               "告知向民政、人社部门申请复核或咨询的途径和时限。", "hrss"),
    "criminal": (2, ["儿子因打架被刑事拘留，家里请不起律师怎么办？"],
                 "告知犯罪嫌疑人可以申请法律援助，家属可代为提出申请，并告知值班律师制度。", "police"),
    "administrative": (2, ["对区里的征收补偿决定不服，能不能复议？"],
                       "告知行政复议和行政诉讼的期限及管辖机关。", "other"),
    "other": (3, ["想咨询一下如何办理委托公证。", "被电信诈骗骗了两千元，能追回吗？"],
              "作了相应解答，并告知办理机构和所需材料。", "other"),
}
REFERRAL_BY_DISPOSITION = {"family": "womens_fed", "wages": "hrss"}
GROUP_OTHER = ["military", "veteran", "lowincome", "disabled", "other"]


def _weighted(rng, pairs):
    codes, weights = zip(*pairs)
    return rng.choices(codes, weights=weights, k=1)[0]


def _moment(ctx, year: int, month: int) -> dt.datetime | None:
    day = ctx.random_date(year, month)
    moment = dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(minutes=ctx.rng.randint(0, 540))
    latest = now() - dt.timedelta(minutes=5)
    if moment > latest:
        moment = latest - dt.timedelta(minutes=ctx.rng.randint(0, 120))
    if (moment.year, moment.month) != (year, month):
        return None
    return moment.replace(second=0)


def _groups(rng, person, matter: str, today: dt.date) -> list[str]:
    groups = []
    if person is None:
        return ["other"] if rng.random() < 0.2 else []
    age = (today - person.birth_date).days // 365 if person.birth_date else 40
    if age >= 60:
        groups.append("elderly")
    if age < 18:
        groups.append("minor")
    if person.gender == "F" and (matter in ("family", "support") or rng.random() < 0.25):
        groups.append("women")
    if person.occupation == "进城务工" or (matter in ("wages", "injury") and rng.random() < 0.6):
        groups.append("migrant")
    if person.occupation == "务农" or "村" in (person.community or ""):
        if rng.random() < 0.7:
            groups.append("farmer")
    if rng.random() < 0.12:
        groups.append(rng.choice(GROUP_OTHER))
    return groups


def generate(ctx) -> None:
    rng = ctx.rng
    matters = [(k, v[0]) for k, v in MATTERS.items()]
    for year, month in ctx.months:
        total = rng.randint(60, 120)
        if (year, month) == (ctx.today.year, ctx.today.month):
            total = max(1, total * min(ctx.today.day, 28) // 30)
        moments = sorted(m for m in (_moment(ctx, year, month) for _ in range(total)) if m is not None)
        for moment in moments:
            channel = _weighted(rng, CHANNELS)
            matter = _weighted(rng, matters)
            _, questions, advice, referral = MATTERS[matter]
            disposition = _weighted(rng, DISPOSITIONS)
            if channel in ("letter", "online") and disposition == "answered" and rng.random() < 0.5:
                disposition = "appointment"
            person, anonymous, refused = None, False, False
            roll = rng.random()
            anonymous_share = 0.3 if channel in ("phone", "hotline", "online") else 0.04
            if roll < anonymous_share:
                anonymous = True
            elif roll < anonymous_share + 0.03:
                refused = True
            else:
                person = rng.choice(ctx.people)
            fields = dict(
                user=ctx.user, received_at=moment, channel=channel, person=person,
                anonymous=anonymous, identity_refused=refused, matter=matter,
                groups=_groups(rng, person, matter, ctx.today),
                question=rng.choice(questions), advice=advice, disposition=disposition,
                minutes=rng.choice([5, 10, 15, 20, 25, 30, 40, 60]),
                documents_drafted=rng.choice([1, 1, 2]) if rng.random() < 0.06 else 0,
            )
            if disposition == "referred":
                fields["referred_to"] = referral
            if disposition == "appointment":
                fields["reply_due"] = moment.date() + dt.timedelta(days=rng.randint(2, 7))
            c = consultations.record(**fields)
            due = c.reply_due
            # Old letters are all answered; a few recent ones are still waiting.
            if due is not None and due <= ctx.today and (
                    rng.random() < 0.85 or due < ctx.today - dt.timedelta(days=21)):
                span = max(0, (due - moment.date()).days)
                answered = moment + dt.timedelta(days=rng.randint(0, span), hours=rng.randint(1, 5))
                answered = min(answered, now() - dt.timedelta(minutes=1))
                if answered > moment:
                    consultations.mark_answered(c, answered, user=ctx.user)
