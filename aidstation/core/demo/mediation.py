"""Demo data: 10–25 mediation cases a month at every status, through core.mediation's services.

Consultations sent to mediation (disposition 'mediation') open their case first; the rest of
the month's cases are opened from scratch with every source. Older cases are mostly concluded
(succeeded, failed, suspended, withdrawn), recent ones still open, a few past their 30 days.
Each month also has a few oral mediations (口头调解, core mediation.record_oral): simple disputes
settled on the spot, some of them at reception (a consultation sent to mediation and settled
there), a few not agreed. They draw on their own random stream, so the full cases and every
area after this one come out as before for the same seed.
"""
from __future__ import annotations

import datetime as dt
import random

from aidstation.core import consultations, mediation
from aidstation.core.models import Consultation

# dispute type -> (weight, [(facts, terms, responsibility)], amount range in yuan or None)
DISPUTES = {
    "neighbor": (16, [
        ("双方系上下楼邻居，被申请人家卫生间漏水致申请人家天花板受损，双方就维修和赔偿协商未果。",
         "被申请人于十日内负责修复防水层，并赔偿申请人装修损失。", "漏水系被申请人家防水层老化所致。"),
        ("被申请人长期在楼道堆放杂物，影响通行，双方多次争吵。",
         "被申请人于三日内清理楼道杂物，今后不再堆放；双方互相谅解。", "被申请人占用公共通道，负主要责任。"),
        ("被申请人装修噪音影响申请人休息，双方发生口角。",
         "被申请人每日施工时间限定在8时至12时、14时至18时，并向申请人道歉。", "双方均有过激言行。")], (0, 8000)),
    "family": (14, [
        ("申请人年迈，三个子女对赡养费的分担有争议。",
         "三子女每人每月支付赡养费600元，于每月5日前转账给申请人；医疗费凭票据平均分担。", "子女均负有赡养义务。"),
        ("夫妻因家务和子女教育问题长期争吵，申请人要求调解。",
         "双方互相尊重，被申请人改正酗酒习惯；子女教育费用双方共同承担。", "双方均有责任。")], (0, 30000)),
    "housing": (8, [
        ("兄弟二人对父母留下的老宅基地使用范围有争议。",
         "以院内水井为界，东侧归申请人使用，西侧归被申请人使用，双方不得越界搭建。", "双方对界址认识不一。")], None),
    "contract": (8, [
        ("申请人借给被申请人现金五万元，约定一年归还，到期后被申请人未还。",
         "被申请人分三期归还借款，每期于月底前支付。", "被申请人逾期未还款，应承担责任。")], (5000, 80000)),
    "damages": (8, [
        ("被申请人饲养的犬只咬伤申请人之子，双方就医疗费赔偿发生争议。",
         "被申请人一次性赔偿医疗费、误工费等共计若干元，当场付清。", "被申请人未拴绳遛狗，负全部责任。")], (500, 20000)),
    "labor": (10, [
        ("申请人在被申请人工地务工六个月，被申请人拖欠工资未付。",
         "被申请人于十五日内付清拖欠工资。", "被申请人拖欠劳动报酬，应予支付。")], (3000, 60000)),
    "traffic": (6, [
        ("双方发生电动车与行人碰撞事故，申请人受伤住院，就赔偿协商未果。",
         "被申请人赔偿申请人医疗费、护理费、误工费等，分两次付清。", "交警认定被申请人负主要责任。")], (2000, 50000)),
    "property": (5, [
        ("业主以物业服务不到位为由拒交物业费，物业公司申请调解。",
         "业主补交物业费，物业公司于一个月内整改绿化和保洁问题。", "双方均有不当之处。")], (500, 6000)),
    "consumer": (3, [
        ("申请人在被申请人店内购买的电器出现质量问题，商家拒绝退换。",
         "被申请人为申请人更换同型号新品。", "商品存在质量问题。")], (200, 5000)),
    "land": (4, [
        ("两户村民对承包地之间的田埂位置有争议。",
         "由村委会重新测量确定界址，双方按测量结果耕种。", "原界址标记不清。")], None),
    "other": (3, [
        ("双方因琐事发生争吵，互有推搡。", "双方互相道歉，今后和睦相处。", "双方均有过错。")], None),
}
# dispute type -> (summary, one-line oral agreement): the simple disputes settled on the spot
ORAL = {
    "neighbor": [("楼道堆放杂物影响通行", "被申请人当日清理楼道杂物，今后不再堆放"),
                 ("空调外机滴水至楼下阳台", "被申请人三日内加装冷凝水管"),
                 ("宠物犬夜间吠叫扰民", "被申请人夜间将犬只关养室内，双方互相谅解")],
    "family": [("夫妻因家务琐事争吵", "双方互相尊重，共同分担家务"),
               ("子女探望老人时间安排争议", "子女轮流每周探望一次，双方和睦相处")],
    "property": [("业主与物业因停车位收费争执", "物业按公示标准收费，业主补交当月停车费")],
    "consumer": [("购买的电饭煲三天后损坏，商家不予退换", "商家当场为申请人更换新品")],
    "damages": [("电动车剐蹭停放的轿车", "被申请人当场赔偿修理费300元")],
    "other": [("双方因排队琐事发生口角", "双方互相道歉，今后和睦相处")],
}
SOURCES = [("party", 62), ("initiative", 18), ("police", 8), ("court", 6), ("government", 6)]
PLACES = ("人民调解室", "社区调解室", "当事人家中", "村委会会议室", "纠纷现场")


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    pick = rng.uniform(0, total)
    for value, weight in pairs:
        pick -= weight
        if pick <= 0:
            return value
    return pairs[-1][0]


def _at(rng, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.choice((9, 10, 14, 15, 16)), rng.choice((0, 30))))


def _plan(rng, age_days: int) -> str:
    """The final status of a case received `age_days` ago."""
    if age_days < 7:
        return _weighted(rng, [("received", 70), ("in_progress", 30)])
    if age_days < 25:
        return _weighted(rng, [("in_progress", 50), ("succeeded", 35), ("failed", 5), ("suspended", 5),
                               ("withdrawn", 5)])
    if age_days < 45:
        return _weighted(rng, [("in_progress", 10), ("succeeded", 70), ("failed", 8), ("suspended", 7),
                               ("withdrawn", 5)])
    return _weighted(rng, [("in_progress", 2), ("succeeded", 78), ("failed", 9), ("suspended", 6),
                           ("withdrawn", 5)])


def _one_case(ctx, mediators, received: dt.date, consultation=None, status: str = "") -> None:
    rng, user, today = ctx.rng, ctx.user, ctx.today
    dtype = _weighted(rng, [(k, v[0]) for k, v in DISPUTES.items()])
    facts, terms, resp = rng.choice(DISPUTES[dtype][1])
    span = DISPUTES[dtype][2]
    amount = rng.randrange(span[0], span[1] + 1, 100) if span and span[1] else 0
    staff = rng.sample(mediators, min(len(mediators), rng.choice((1, 2, 2))))
    if consultation is not None:
        others = [p for p in ctx.people if p.id != consultation.person_id]
        extra = [rng.choice(others)] if rng.random() < 0.1 else []
        respondent = rng.choice([p for p in others if p not in extra])
        case = mediation.open_from_consultation(
            consultation, user=user, respondents=[respondent], third_parties=extra, mediators=staff,
            received_on=received, today=today)
        mediation.update_case(case, user=user, requests="请求依法调解。", amount=amount)
    else:
        people = rng.sample(ctx.people, 3)
        parties = [(people[0], "applicant"), (people[1], "respondent")]
        if rng.random() < 0.12:
            parties.append((people[2], "third_party"))
        case = mediation.open_case(
            user=user, received_on=received, parties=parties, source=_weighted(rng, SOURCES),
            dispute_type=dtype, facts=facts, requests="请求依法调解。", amount=amount,
            mediators=staff, today=today)

    age = (today - received).days
    status = status or _plan(rng, age)
    if status == "received":
        return
    recorder = staff[-1]
    day = received + dt.timedelta(days=rng.randint(0, 3))
    if rng.random() < 0.3 and day <= today:
        mediation.add_session(case, user=user, held_at=_at(rng, day), place="纠纷现场", kind="investigation",
                              participants="知情群众", record="现场查看并询问知情人，了解纠纷经过。",
                              recorder=recorder)
    sessions = rng.choice((1, 1, 2, 3))
    for i in range(sessions):
        day = min(today, day + dt.timedelta(days=rng.randint(0 if i == 0 else 2, 6)))
        mediation.add_session(case, user=user, held_at=_at(rng, day), place=rng.choice(PLACES),
                              record="双方分别陈述了纠纷经过和各自诉求；调解员释明相关法律规定，"
                                     "引导双方互谅互让。", recorder=recorder)
    if case.status == "received":
        mediation.start(case, user=user)
    if age > 35 and status == "in_progress" and rng.random() < 0.5:
        mediation.update_case(case, user=user, extended_until=received + dt.timedelta(days=60))
    if status == "in_progress":
        return
    end = min(today, day + dt.timedelta(days=rng.randint(0, 5)))
    mediation.set_dossier_item(case, 3, user=user, present=True, pages=len(mediation.parties_of(case)))
    for item in (4, 6, 9):
        if rng.random() < 0.25:
            mediation.set_dossier_item(case, item, user=user, present=True, pages=rng.randint(1, 4))
    if status == "succeeded":
        form = "written" if rng.random() < 0.68 else "oral"
        deadline = end + dt.timedelta(days=rng.choice((0, 7, 15, 30)))
        mediation.record_agreement(case, user=user, form=form, agreement_on=end, terms=terms,
                                   responsibility=resp, performance_method=rng.choice(
                                       ("当场履行", "银行转账", "分期支付", "自行履行")),
                                   performance_deadline=deadline, amount=amount, today=today)
        mediation.conclude(case, user=user, status="succeeded", concluded_on=end, today=today)
        # A real station chases old agreements to the end: only recent ones are still open,
        # so the dashboard shows a handful of live deadlines, not months of neglect.
        if deadline < today - dt.timedelta(days=45):
            mediation.record_performance(case, user=user, status="performed")
        elif deadline < today:
            mediation.record_performance(case, user=user, status=_weighted(
                rng, [("performed", 85), ("partial", 6), ("urged", 5), ("not_performed", 4)]))
        if form == "written" and rng.random() < 0.12:
            applied = min(today, end + dt.timedelta(days=rng.randint(1, 20)))
            mediation.record_judicial(case, user=user, applied_on=applied, today=today,
                                      result=rng.choice(("pending", "confirmed", "confirmed")))
        visit = end + dt.timedelta(days=rng.randint(10, 40))
        if visit <= today and (rng.random() < 0.8 or end < today - dt.timedelta(days=45)):
            reached = rng.random() < 0.92
            mediation.add_followup(case, user=user, visited_on=visit, visitor=staff[0].name,
                                   method=rng.choice(("phone", "phone", "visit", "onsite")), reached=reached,
                                   performance="协议已按约履行。" if reached else "",
                                   satisfaction=_weighted(rng, [("satisfied", 85), ("basic", 12),
                                                                ("dissatisfied", 3)]) if reached else "",
                                   today=today)
        if rng.random() < 0.06:
            mediation.set_prevention(case, user=user, crime=True, crime_persons=rng.randint(1, 3))
        if rng.random() < 0.03:
            mediation.set_prevention(case, user=user, petition=True, petition_persons=rng.randint(5, 30))
    elif status == "failed":
        mediation.conclude(case, user=user, status="failed", concluded_on=end,
                           failure_route=rng.choice(("court", "court", "arbitration", "administrative")),
                           today=today)
    else:
        mediation.conclude(case, user=user, status=status, concluded_on=end, today=today)


def generate(ctx) -> None:
    if len(ctx.people) < 3:
        return
    mediators = [s for s in ctx.staff if s.role == "mediator"] or list(ctx.staff)
    if not mediators:
        return
    rng = ctx.rng
    # Every status shows up: each older month has one suspended, failed or withdrawn case in
    # turn, and the latest case (received yesterday) is only registered.
    cycle = ("suspended", "failed", "withdrawn")
    pending = list(Consultation.live().where((Consultation.disposition == "mediation")
                                             & Consultation.mediation_case.is_null()
                                             & Consultation.person.is_null(False))
                   .order_by(Consultation.received_at))
    oral_rng = random.Random(ctx.seed * 7919 + 17)
    for year, month in ctx.months:
        wanted = rng.randint(10, 25)
        if (year, month) == (ctx.today.year, ctx.today.month):
            wanted = max(3, wanted * ctx.today.day // 31)
        mine = [c for c in pending if (c.received_at.year, c.received_at.month) == (year, month)]
        for c in mine[:wanted]:
            received = c.received_at.date()
            _one_case(ctx, mediators, received, consultation=c)
        for i in range(max(0, wanted - len(mine))):
            day = ctx.random_date(year, month)
            forced = cycle[month % 3] if i == 0 and (ctx.today - day).days > 25 else ""
            _one_case(ctx, mediators, day, status=forced)
        _oral_month(ctx, oral_rng, mediators, year, month, [c for c in mine[wanted:]])
    if ctx.months:
        _one_case(ctx, mediators, max(ctx.today - dt.timedelta(days=1), dt.date(*ctx.months[-1], 1)),
                  status="received")


def _oral_month(ctx, rng, mediators, year: int, month: int, leftover) -> None:
    """2–5 oral mediations in the month: a consultation sent to mediation that no full case took
    is settled on the spot, and so is a visitor's dispute at reception (recorded here as the
    consultation it is); the rest come straight to the committee; a few are not agreed."""
    count = rng.randint(2, 5)
    for i in range(count):
        consultation = leftover[i] if i < len(leftover) else None
        if consultation is None and i == len(leftover) and i < 2:
            consultation = _walk_in(ctx, rng, year, month)
        if consultation is not None:
            day = consultation.received_at.date()
            applicant = consultation.person
            dtype = mediation.dispute_for_matter(consultation.matter)
            summary = " ".join(consultation.question.split())[:mediation.ORAL_SUMMARY_LIMIT]
            agreement = rng.choice(ORAL.get(dtype, ORAL["other"]))[1]
        else:
            day = _day_in(rng, ctx.today, year, month)
            applicant = rng.choice(ctx.people)
            dtype = rng.choice(sorted(ORAL))
            summary, agreement = rng.choice(ORAL[dtype])
        respondent = rng.choice([p for p in ctx.people if p.id != applicant.id])
        # every other month's last one ends without agreement (the parties told of the court)
        agreed = not (i == count - 1 and month % 2 == 1) and rng.random() < 0.95
        mediation.record_oral(
            user=ctx.user, mediated_on=day, parties=[(applicant, "applicant"), (respondent, "respondent")],
            dispute_type=dtype, summary=summary, outcome="agreed" if agreed else "not_agreed",
            agreement=agreement if agreed else "", failure_route="" if agreed else "court",
            mediator=rng.choice(mediators), consultation=consultation,
            source="party" if consultation is not None or rng.random() < 0.7 else "initiative",
            today=ctx.today)


def _walk_in(ctx, rng, year: int, month: int):
    """A visitor whose dispute the committee settles at reception: the consultation first."""
    dtype = rng.choice(("neighbor", "family", "consumer", "damages"))  # matters of the same name
    summary = rng.choice(ORAL[dtype])[0]
    day = _day_in(rng, ctx.today, year, month)
    at = dt.datetime.combine(day, dt.time(rng.randint(9, 16), rng.choice((0, 15, 30, 45))))
    if at > dt.datetime.now():  # today, before that hour: a minute ago
        at = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=1)
        if at.date() != day:
            return None
    return consultations.record(user=ctx.user, received_at=at, channel="visit", person=rng.choice(ctx.people),
                                matter=dtype, question=summary, advice="当场组织双方调解。",
                                disposition="mediation", minutes=rng.choice((15, 20, 30)))


def _day_in(rng, today: dt.date, year: int, month: int) -> dt.date:
    """A day of the month, never after today (its own random stream, unlike ctx.random_date)."""
    first = dt.date(year, month, 1)
    last = min(dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1), today)
    return first + dt.timedelta(days=rng.randint(0, max((last - first).days, 0)))
