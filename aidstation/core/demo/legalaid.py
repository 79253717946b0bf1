"""Demo data: legal-aid applications at every stage over the months, through the services.

Consultations guided to apply (disposition apply_aid) become applications first; the rest are
received from scratch. Each application then moves on (notice, materials, forwarding, the
centre's decision, assignment, closing, return visit) as far as its age allows.
"""
from __future__ import annotations

import datetime as dt

from aidstation.core import legalaid, people
from aidstation.core.models import Consultation, Staff
from aidstation.core.validation import ValidationError

# (scope item, cause, aid form, case type, summary)
MATTERS = [
    ("labor_pay", "wages", "labor_arbitration", "non_litigation",
     "申请人在某建筑工地务工，工程完工后包工头以资金未到位为由拖欠工资共计{n}元，多次讨要未果。"),
    ("support", "support", "litigation", "civil",
     "申请人年老体弱，无固定收入，其子女以各种理由拒绝支付赡养费，请求依法追索赡养费。"),
    ("injury", "injury", "litigation", "civil",
     "申请人在工作中受伤，已认定为工伤，用人单位未缴纳工伤保险且拒绝支付工伤待遇约{n}元。"),
    ("injury", "traffic", "litigation", "civil",
     "申请人骑电动车被机动车撞伤，肇事方仅垫付部分医疗费，请求人身损害赔偿约{n}元。"),
    ("social_insurance", "social", "litigation", "administrative",
     "申请人申请最低生活保障被驳回，认为认定有误，拟申请行政复议。"),
    ("labor_pay", "labor", "labor_arbitration", "non_litigation",
     "申请人与用人单位未签订书面劳动合同，被辞退后单位否认存在劳动关系。"),
    ("bigamy_divorce", "family", "litigation", "civil",
     "申请人配偶长期与他人同居，申请人请求离婚并分割共同财产。"),
    ("pension", "social", "litigation", "administrative",
     "申请人系烈士遗属，抚恤金被停发，请求恢复发放。"),
]
OUTCOMES = ["经调解双方达成协议，对方当庭支付", "判决支持申请人的诉讼请求", "仲裁裁决支持申请人请求",
            "经协商对方一次性支付", "申请人撤回起诉，双方和解"]
FIRMS = ["正义律师事务所", "明德律师事务所", "城关法律服务所", "信达律师事务所"]


def _later(ctx, day: dt.date, lo: int, hi: int) -> dt.date | None:
    """A date lo..hi days after `day`, or None when it would fall after today."""
    out = day + dt.timedelta(days=ctx.rng.randint(lo, hi))
    return None if out > ctx.today else out


def _adult(ctx, received: dt.date):
    for _ in range(30):
        p = ctx.rng.choice(ctx.people)
        if p.birth_date is None or (received - p.birth_date).days >= 18 * 366:
            return p
    return None


def _progress(ctx, app, lawyers: list[str]) -> None:
    rng, user = ctx.rng, ctx.user
    r = app.received_on
    missing = legalaid.missing_materials(app)
    have = {m.material: True for m in missing if m.material in ("form", "id")}
    if have:
        legalaid.set_materials(app, have, user=user, on=r)
    if rng.random() < 0.35:
        if legalaid.missing_materials(app):
            legalaid.record_print(app, "notice", user=user,
                                  at=dt.datetime.combine(r, dt.time(rng.randint(9, 16), rng.randint(0, 59))))
        got = _later(ctx, r, 2, 12)
        if got is None:
            return
        if rng.random() < 0.08:
            legalaid.decide(app, user=user, decision="lapsed", decision_on=got + dt.timedelta(days=10)
                            if got + dt.timedelta(days=10) <= ctx.today else got)
            return
    else:
        got = r
    rest = {m.material: True for m in legalaid.missing_materials(app)}
    legalaid.set_materials(app, rest, user=user, on=got)
    fwd = _later(ctx, got, 0, 1)
    if fwd is None:
        return
    legalaid.forward(app, user=user, forwarded_on=fwd, forwarded_to="")
    dec = _later(ctx, fwd, 2, 7)
    if dec is None:
        return
    roll = rng.random()
    if roll < 0.08:
        legalaid.decide(app, user=user, decision="refused", decision_on=dec,
                        reason="申请人家庭经济状况不符合经济困难标准")
        return
    if roll < 0.12:
        legalaid.decide(app, user=user, decision="withdrawn", decision_on=dec)
        return
    legalaid.decide(app, user=user, decision="granted", decision_on=dec)
    asg = _later(ctx, dec, 0, 3)
    if asg is None:
        return
    legalaid.assign(app, user=user, assigned_on=asg, assigned_to=rng.choice(lawyers))
    done = _later(ctx, asg, 20, 70)
    if done is None:
        return
    amount = rng.choice([0, 0, 3000, 8600, 12000, 25800, 46000])
    legalaid.close(app, user=user, closed_on=done, outcome=rng.choice(OUTCOMES), amount_recovered=amount)
    visit = _later(ctx, done, 3, 25)
    if visit is None or rng.random() < 0.15:
        return
    reached = rng.random() < 0.9
    legalaid.add_followup(app, user=user, visited_on=visit, visitor=rng.choice(ctx.staff).name if ctx.staff else "",
                          method=rng.choice(["phone", "phone", "visit"]), reached=reached,
                          satisfaction=rng.choice(["satisfied"] * 8 + ["basic"]) if reached else "",
                          fee_charged=False if reached else None)


def generate(ctx) -> None:
    rng, user = ctx.rng, ctx.user
    if not ctx.people:
        return
    lawyers = [f"{rng.choice(FIRMS)} {s.name}" for s in Staff.live().where(Staff.role == "lawyer")] or \
              [f"{f} 律师" for f in FIRMS]
    guided = list(Consultation.live().where((Consultation.disposition == "apply_aid")
                                            & Consultation.person.is_null(False)
                                            & Consultation.aid_application.is_null()))
    plans = []  # (received on, order, thunk): created in date order so numbers follow the dates
    for c in guided:
        if rng.random() < 0.8:
            scope = {"wages": "labor_pay", "labor": "labor_pay", "support": "support", "injury": "injury",
                     "traffic": "injury", "social": "social_insurance", "family": "bigamy_divorce"}.get(c.matter, "")
            received = c.received_at.date() if isinstance(c.received_at, dt.datetime) else c.received_at
            kw = dict(received_on=received, scope_item=scope,
                      aid_form="labor_arbitration" if c.matter in ("wages", "labor") else "litigation",
                      case_type="non_litigation" if c.matter in ("wages", "labor") else "civil",
                      legal_stage="none", no_fixed_income=rng.random() < 0.3,
                      monthly_income=rng.choice([None, 800, 1200, 1600, 2400]))
            plans.append((received, len(plans), lambda c=c, kw=kw: legalaid.from_consultation(c, user=user, **kw)))
    for year, month in ctx.months:
        for _ in range(rng.randint(2, 4)):
            received = ctx.random_date(year, month)
            scope, cause, form, ctype, summary = rng.choice(MATTERS)
            applicant = _adult(ctx, received)
            if applicant is None:
                continue
            groups = []
            if cause in ("wages", "injury", "labor") and rng.random() < 0.7:
                groups.append("migrant")
            if applicant.gender == "F":
                groups.append("women")
            if rng.random() < 0.15:
                groups.append("lowincome")
            kw = {}
            if rng.random() < 0.1:  # a minor's claim, through a parent as legal representative
                child = people.create(user=user, confirm_duplicate=True,
                                      name=applicant.name[0] + rng.choice("小晓佳") + rng.choice("明宇欣"),
                                      birth_date=received - dt.timedelta(days=rng.randint(6, 15) * 365),
                                      community=applicant.community, address=applicant.address)
                kw = dict(agent=applicant, agent_relation="父母（法定代理人）", no_fixed_income=True)
                applicant, scope, cause, form, ctype = child, "support", "support", "litigation", "civil"
                summary = "申请人父母离异，抚养方长期不支付抚养费，请求追索抚养费。"
            kw.update(applicant=applicant, received_on=received, groups=groups, aid_form=form,
                      case_type=ctype, cause=cause, scope_item=scope, legal_stage="none",
                      summary=summary.format(n=rng.choice([6800, 12500, 23000, 38000])),
                      monthly_income=rng.choice([None, 900, 1300, 2600]),
                      urgent_deadline=received + dt.timedelta(days=rng.randint(5, 20)) if rng.random() < 0.1 else None)
            plans.append((received, len(plans), lambda kw=kw: legalaid.receive(user=user, **kw)))
    apps = []
    for _day, _n, make in sorted(plans, key=lambda p: (p[0], p[1])):
        try:
            apps.append(make())
        except ValidationError:
            continue  # e.g. a minor without an agent: the clerk would add one first
    for app in sorted(apps, key=lambda a: a.received_on):
        _progress(ctx, app, lawyers)
