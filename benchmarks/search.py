"""Benchmark of the one search (core/search.py) and the person finder (core.people.search).

    .venv/bin/python benchmarks/search.py [--dir DIR] [--consultations 200000] [--people 100000]

(--dir keeps the station; a second run with the same --dir times it again without rebuilding.)

Builds a station with 200,000 consultations spread over ten years, 100,000 people with
generated Chinese names (common surnames, polyphonic ones such as 单 and 曾 among them; each
name's pinyin computed as core.people stores it), 6,000 mediation cases with two parties each,
3,000 aid applications, 6,000 card hand-overs with serials and 300 publicity activities (bulk
insert_many), then times each kind of search a clerk types: the median of 20 runs in ms, and
the hit count. A search that has to read every person (a name fragment, pinyin) is bounded by
the people table; the number lookups by their indexes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解区仇查"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"


def timed(fn, repeat=20):
    runs = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000, result


def build(folder: Path, n_consult: int, n_people: int) -> dict:
    from aidstation.core import people, settings
    from aidstation.core.db import atomic
    from aidstation.core.models import (
        AidApplication,
        CardIssue,
        Consultation,
        MediationCase,
        MediationParty,
        Person,
        PublicityActivity,
    )
    from aidstation.core.records import system
    from aidstation.core.station import open_station

    open_station(folder)
    settings.set_many({"station.name": "基准测试站", "station.code": "BENCH"}, user=system("bench"))
    rng = random.Random(11)
    start = dt.datetime(2016, 1, 4, 8, 0)
    days = 10 * 365  # about 55 a day: the number's two digits of the day (YYYYMMDDNN) suffice

    def batches(rows, size=2000):
        for i in range(0, len(rows), size):
            yield rows[i:i + size]

    t = time.perf_counter()
    names = ["".join([rng.choice(SURNAMES)] + [rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))])
             for _ in range(n_people)]
    forms = {name: people.pinyin_of(name) for name in set(names)}
    pinyin_s = time.perf_counter() - t
    with atomic():
        rows = [{"name": name, "name_pinyin": forms[name],
                 "phone": f"1{rng.randint(30, 99)}{rng.randint(0, 10**8 - 1):08d}"} for name in names]
        for b in batches(rows):
            Person.insert_many(b).execute()
        per_day: dict[dt.date, int] = {}
        rows = []
        for i in range(n_consult):
            at = start + dt.timedelta(minutes=int(i * days * 24 * 60 / n_consult))
            per_day[at.date()] = per_day.get(at.date(), 0) + 1
            rows.append({"number": f"{at:%Y%m%d}{per_day[at.date()]:02d}", "received_at": at,
                         "channel": "visit", "matter": rng.choice(["wages", "family", "neighbor", "other"]),
                         "person": rng.randint(1, n_people), "question": "咨询"})
        assert max(per_day.values()) <= 99, "more consultations a day than a number holds"
        for b in batches(rows):
            Consultation.insert_many(b).execute()
        n_cases = 6000
        cases = []
        for i in range(n_cases):
            year = 2023 + i * 3 // n_cases
            seq = i - (year - 2023) * n_cases // 3 + 1
            cases.append({"number": f"（{year}）人调字第{seq}号", "year": year, "seq": seq,
                          "received_on": dt.date(year, 1, 1) + dt.timedelta(days=seq % 360),
                          "dispute_type": "neighbor", "status": "succeeded"})
        for b in batches(cases):
            MediationCase.insert_many(b).execute()
        parties = [{"case": i // 2 + 1, "person": rng.randint(1, n_people),
                    "role": "applicant" if i % 2 == 0 else "respondent"} for i in range(2 * n_cases)]
        for b in batches(parties):
            MediationParty.insert_many(b).execute()
        apps = []
        for i in range(3000):
            year = 2023 + i // 1000
            apps.append({"number": f"（{year}）援申字第{i % 1000 + 1}号", "received_on": dt.date(year, 2, 1),
                         "applicant": rng.randint(1, n_people), "decision": "granted"})
        for b in batches(apps):
            AidApplication.insert_many(b).execute()
        issues = [{"issued_on": dt.date(2023 + i // 2000, 3, 1), "year": 2023 + i // 2000,
                   "serial_from": (i % 2000) * 5 + 1, "serial_to": (i % 2000) * 5 + 5, "quantity": 5,
                   "person": rng.randint(1, n_people)} for i in range(6000)]
        for b in batches(issues):
            CardIssue.insert_many(b).execute()
        PublicityActivity.insert_many([{"held_on": dt.date(2023, 1, 1) + dt.timedelta(days=i * 3),
                                        "title": rng.choice(["民法典进社区", "反诈宣传", "普法讲座"]),
                                        "place": "文化广场"} for i in range(300)]).execute()
    sample = Person.get_by_id(n_people // 2)
    return {"pinyin_s": pinyin_s, "person": sample, "consultation": Consultation.get_by_id(n_consult // 2)}


def run(work: Path, n_consult: int, n_people: int) -> int:
    from aidstation.core import people, search
    from aidstation.core.db import close_station
    from aidstation.core.models import Consultation, Person
    from aidstation.core.station import open_station

    folder = work / "station"
    if (folder / "station.db").exists():  # --dir of an earlier run: time it again
        open_station(folder, create=False)
        n_consult, n_people = Consultation.select().count(), Person.select().count()
        print(f"reusing {folder}: {n_consult:,} consultations, {n_people:,} people")
        person, consultation = Person.get_by_id(n_people // 2), Consultation.get_by_id(n_consult // 2)
    else:
        t = time.perf_counter()
        built = build(folder, n_consult, n_people)
        print(f"built {n_consult:,} consultations, {n_people:,} people in {time.perf_counter() - t:.1f} s "
              f"(pinyin of the names: {built['pinyin_s']:.1f} s)")
        person, consultation = built["person"], built["consultation"]
    initials = person.name_pinyin.split()[1]
    full = person.name_pinyin.split()[0]
    cases = [
        ("pinyin initials", initials),
        ("pinyin prefix", full[: max(3, len(full) - 2)]),
        ("name", person.name),
        ("surname", person.name[0]),
        ("phone tail", person.phone[-4:]),
        ("whole phone", person.phone),
        ("consultation number", consultation.number),
        ("a day's consultations", consultation.number[:8]),
        ("mediation case number", "（2024）人调字第15号"),
        ("case, loosely", "2024-15"),
        ("card serial", "BENCH-2024-00012"),
        ("activity", "反诈"),
    ]
    print(f"{'search':24} {'text':24} {'one search':>11} {'finder':>8} {'hits':>5}")
    for label, text in cases:
        ms, hits = timed(lambda text=text: search.search(text))
        finder_ms, _ = timed(lambda text=text: people.search(text, limit=8))
        print(f"{label:24} {text:24} {ms:9.1f}ms {finder_ms:6.1f}ms {len(hits):5d}")
    close_station()
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", help="work folder (default: a temporary folder, removed afterwards)")
    p.add_argument("--consultations", type=int, default=200_000)
    p.add_argument("--people", type=int, default=100_000)
    args = p.parse_args(argv)
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="aidstation-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return run(work, args.consultations, args.people)
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
