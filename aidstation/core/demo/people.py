"""Demo data: the station's staff and a few hundred residents (fictitious, valid-checksum IDs)."""
from __future__ import annotations

import datetime as dt

from aidstation.core import people, staff
from aidstation.core.validation import id_check_digit

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_M = ("伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宁 建国 建华 国强 志强 志明 俊杰 "
           "海涛 小龙 文博 浩然 宇轩 子豪 德明 永福 长青 春生 金山 树林 宏伟 振华 庆丰").split()
GIVEN_F = ("芳 娜 敏 静 丽 艳 娟 霞 燕 玲 桂英 秀英 秀兰 玉兰 桂兰 淑珍 凤英 晓燕 丽娟 海燕 "
           "雪梅 婷婷 欣怡 梓涵 雨桐 诗涵 佳怡 春梅 美玲 红霞 小红 慧敏 月娥 翠花").split()
ETHNIC = ["汉族"] * 46 + ["回族", "满族", "壮族", "土家族"]
VILLAGES = ("幸福", "和平", "东风", "向阳", "新华", "光明", "红旗", "团结", "长安", "民主", "建设", "胜利",
            "前进", "朝阳", "桃园", "柳塘", "石桥", "河口", "杨家", "李庄")
ROADS = ("人民路", "解放路", "建设路", "中山路", "文化路", "新华街", "和平路", "胜利街", "河滨路", "工业路")
OCCUPATIONS = ["务农"] * 6 + ["进城务工"] * 5 + ["个体经营"] * 3 + ["企业职工"] * 4 + ["退休"] * 3 + \
    ["无业"] * 2 + ["学生", "保洁员", "快递员", "外卖骑手", "建筑工人", "保安", "教师", "司机", "厨师", "护工"]
MOBILE_PREFIXES = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                   "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185",
                   "186", "133", "153", "177", "180", "181", "189", "199")
# Region codes of the fictitious district's neighbourhood (province 33) and of home provinces
# migrant workers come from; the numbers themselves are invented.
LOCAL_REGIONS = ("330106", "330105", "330110", "330108")
MIGRANT_REGIONS = ("341221", "412723", "511321", "430524", "360781", "522121", "421087")

# (role, title, full time) for the named staff, in the order they appear on the card.
STAFF_PLAN = [
    ("officer", "司法所所长", True), ("officer", "司法所工作人员", True),
    ("mediator", "人民调解委员会主任", True), ("mediator", "专职人民调解员", True),
    ("mediator", "人民调解员", False), ("mediator", "人民调解员", False), ("mediator", "人民调解员", False),
    ("liaison", "法律援助联络员", True), ("liaison", "法律援助联络员", False),
    ("lawyer", "律师（浙江明信律师事务所）", False), ("legal_worker", "基层法律服务工作者", False),
    ("volunteer", "法律服务志愿者", False),
]


def mobile(rng) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"


def full_name(rng, gender: str) -> str:
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.02:
        surname = rng.choice(["欧阳", "司马", "诸葛", "上官"])
    return surname + rng.choice(GIVEN_M if gender == "M" else GIVEN_F)


def id_number(rng, birth: dt.date, gender: str, region: str) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if gender == "M" else [0, 2, 4, 6, 8])
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


def communities(rng, street: str) -> list[str]:
    names = rng.sample(VILLAGES, 8)
    town = street.endswith("镇")
    return [f"{n}{'村' if town and i % 2 else '社区'}" for i, n in enumerate(names)]


def _birth(rng, today: dt.date) -> dt.date:
    # Clients skew older: many elderly, few minors (minors usually come with a guardian).
    age = rng.choice([rng.randint(20, 45)] * 4 + [rng.randint(46, 59)] * 3 + [rng.randint(60, 88)] * 3
                     + [rng.randint(8, 17)])
    start = dt.date(today.year - age - 1, today.month, 1) + dt.timedelta(days=1)
    return start + dt.timedelta(days=rng.randint(0, 360))


def generate(ctx) -> None:
    rng = ctx.rng
    ctx.communities = communities(rng, ctx.street or "城关街道")
    used_names: set[str] = set()
    for sort, (role, title, full_time) in enumerate(STAFF_PLAN, start=1):
        gender = rng.choice("MF")
        name = full_name(rng, gender)
        while name in used_names:
            name = full_name(rng, gender)
        used_names.add(name)
        ctx.staff.append(staff.create(
            user=ctx.user, name=name, role=role, title=title, phone=mobile(rng),
            community=rng.choice(ctx.communities) if role in ("mediator", "liaison") else "",
            full_time=full_time, sort=sort * 10))
    count = min(600, 240 + 15 * len(ctx.months))
    numbers: set[str] = set()
    for _ in range(count):
        gender = rng.choice("MF")
        birth = _birth(rng, ctx.today)
        migrant = rng.random() < 0.18
        fields = {
            "name": full_name(rng, gender), "gender": gender, "birth_date": birth,
            "ethnicity": rng.choice(ETHNIC),
            "community": rng.choice(ctx.communities),
        }
        fields["address"] = (f"{ctx.street}{fields['community']}{rng.randint(1, 30)}幢{rng.randint(1, 6)}"
                             f"单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室" if rng.random() < 0.6 else
                             f"{ctx.street}{rng.choice(ROADS)}{rng.randint(1, 400)}号")
        age = (ctx.today - birth).days // 365
        fields["occupation"] = "学生" if age < 18 else ("退休" if age >= 62 and rng.random() < 0.6
                                                        else ("进城务工" if migrant else rng.choice(OCCUPATIONS)))
        if rng.random() < 0.88:
            region = rng.choice(MIGRANT_REGIONS if migrant else LOCAL_REGIONS)
            number = id_number(rng, birth, gender, region)
            if number in numbers:
                continue
            numbers.add(number)
            fields["id_number"] = number
        if age >= 14 and rng.random() < 0.93:
            fields["phone"] = mobile(rng)
        elif rng.random() < 0.5:
            fields["phone"] = f"0571{rng.randint(2, 8)}{rng.randint(0, 9_999_999):07d}"
        if rng.random() < 0.05:
            fields["notes"] = rng.choice(["听力不好，需大声说话", "行动不便，可上门服务", "只会说方言，需家属陪同",
                                          "曾多次来访", "联系时请先打家属电话"])
        ctx.people.append(people.create(user=ctx.user, confirm_duplicate=True, today=ctx.today, **fields))
