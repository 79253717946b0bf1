"""The benchmark station: ten years of a busy station, built once and kept.

    .venv/bin/python benchmarks/station.py [--dir DIR] [--consultations 200000] [--rebuild]

`station()` returns the folder of a station holding 200,000 consultations (2017-2026, about 55
a working day), 20,000 people with generated Chinese names and their pinyin, 10,000 of each other
kind (mediation cases with two parties, aid applications, follow-ups, card hand-overs, publicity
activities), 240,000 audit events on a valid hash chain, and an administrator `bench` /
`bench-password-1` (a clerk `demo` / `demo` is not allowed: passwords are checked). Its records
are bulk-inserted (insert_many); a few hundred of them are due today so the dashboard has work.

The folder (default /tmp/aidstation-bench/station-200k) is kept with a `built.json` naming the
sizes; a later call with the same sizes reuses it (seconds instead of about a minute). Jobs that
write copy it first (`copy_of`) so every run times the same data.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_DIR = Path("/tmp/aidstation-bench")
SIZES = {"consultations": 200_000, "people": 20_000, "others": 10_000, "audit": 240_000}
ADMIN = ("bench", "bench-password-1")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解区仇查"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉娣叶璐娅琦晶妍茜秋珊莎锦青倩婷婉瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚苑婕馨韵园艺卿聪澜纯悦昭冰爽茗羽希宁欣育滢筠柔竹凝晓欢霄枫芸菲寒伊亚宜可舒影思"
QUESTIONS = ["咨询工资拖欠问题", "邻里漏水纠纷如何处理", "离婚后子女抚养费", "工伤认定需要哪些材料",
             "房屋租赁押金不退", "赡养老人费用分担", "交通事故赔偿标准", "劳动合同未签订的补偿"]


def _batches(rows, size=2000):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _insert(model, rows) -> None:
    for batch in _batches(rows):
        model.insert_many(batch).execute()


def build(folder: Path, sizes: dict[str, int]) -> None:
    """Create the station in `folder` (which must not hold one yet)."""
    from aidstation.core import accounts, people, settings
    from aidstation.core.db import atomic, close_station
    from aidstation.core.models import (
        AidApplication,
        AidGroup,
        CardIssue,
        Consultation,
        ConsultationGroup,
        FollowUp,
        MediationCase,
        MediationParty,
        Person,
        PublicityActivity,
    )
    from aidstation.core.records import system
    from aidstation.core.station import open_station

    n_consult, n_people, n_other = sizes["consultations"], sizes["people"], sizes["others"]
    open_station(folder)
    settings.set_many({"station.name": "基准测试站", "station.code": "BENCH"}, user=system("bench"))
    accounts.create_user(ADMIN[0], "基准管理员", "admin", ADMIN[1], user=system("init"))
    rng = random.Random(2026)
    today = dt.date.today()
    start = dt.datetime(today.year - 9, 1, 2, 8, 0)
    span_min = int((dt.datetime.combine(today, dt.time(17)) - start).total_seconds() // 60)

    def at(i, n):  # spread evenly from nine years ago to today
        return start + dt.timedelta(minutes=int(i * span_min / n))

    names = ["".join([rng.choice(SURNAMES)] + [rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))])
             for _ in range(n_people)]
    forms = {name: people.pinyin_of(name) for name in set(names)}
    groups = ["migrant", "elderly", "women", "minor", "disabled", "veteran", "low_income"]
    with atomic():
        _insert(Person, [{"name": name, "name_pinyin": forms[name],
                          "phone": f"1{rng.randint(30, 99)}{rng.randint(0, 10**8 - 1):08d}",
                          "community": rng.choice(["东风社区", "幸福里", "河西村", "新华街"])}
                         for name in names])
        per_day: dict[dt.date, int] = {}
        rows = []
        for i in range(n_consult):
            when = at(i, n_consult)
            per_day[when.date()] = per_day.get(when.date(), 0) + 1
            rows.append({"number": f"{when:%Y%m%d}{per_day[when.date()]:02d}", "received_at": when,
                         "channel": rng.choice(["visit", "visit", "phone", "hotline", "letter"]),
                         "matter": rng.choice(["wages", "family", "neighbor", "labor", "contract", "other"]),
                         "disposition": rng.choice(["answered", "answered", "answered", "mediation",
                                                    "apply_aid", "referred"]),
                         "person": rng.randint(1, n_people), "question": rng.choice(QUESTIONS),
                         "advice": "已解答，告知相关法律规定"})
        assert max(per_day.values()) <= 99, "more consultations a day than a number holds"
        _insert(Consultation, rows)
        _insert(ConsultationGroup, [{"consultation": i + 1, "group": rng.choice(groups)}
                                    for i in range(0, n_consult, 3)])
        cases, seqs = [], {}
        for i in range(n_other):
            received = at(i, n_other).date()
            seqs[received.year] = seq = seqs.get(received.year, 0) + 1
            recent = (today - received).days < 60
            status = "in_progress" if recent and i % 3 == 0 else rng.choice(
                ["succeeded", "succeeded", "succeeded", "failed", "withdrawn"])
            concluded = None if status == "in_progress" else received + dt.timedelta(days=rng.randint(1, 30))
            cases.append({"number": f"（{received.year}）人调字第{seq}号", "year": received.year, "seq": seq,
                          "received_on": received, "source": "party", "title": "邻里纠纷",
                          "dispute_type": rng.choice(["family", "neighbor", "labor", "property"]),
                          "status": status, "concluded_on": concluded, "amount": rng.randint(0, 50000),
                          "agreement_form": "written" if status == "succeeded" else "",
                          "agreement_on": concluded if status == "succeeded" else None})
        _insert(MediationCase, cases)
        _insert(MediationParty, [{"case": i // 2 + 1, "person": rng.randint(1, n_people),
                                  "role": "applicant" if i % 2 == 0 else "respondent"}
                                 for i in range(2 * n_other)])
        apps, seqs = [], {}
        for i in range(n_other):
            received = at(i, n_other).date()
            seqs[received.year] = seq = seqs.get(received.year, 0) + 1
            recent = (today - received).days < 90
            row = {"number": f"（{received.year}）援申字第{seq}号", "received_on": received,
                   "applicant": rng.randint(1, n_people),
                   "case_type": rng.choice(["civil", "criminal", "administrative"]),
                   "forwarded_on": received + dt.timedelta(days=1), "decision": "granted",
                   "decision_on": received + dt.timedelta(days=5), "assigned_on": received + dt.timedelta(days=6),
                   "closed_on": received + dt.timedelta(days=60), "amount_recovered": 1000}
            if recent and i % 2 == 0:  # still at the center: the dashboard follows these
                row.update(decision="pending", decision_on=None, assigned_on=None, closed_on=None)
            apps.append(row)
        _insert(AidApplication, apps)
        _insert(AidGroup, [{"application": i + 1, "group": rng.choice(groups)} for i in range(n_other)])
        _insert(FollowUp, [{"mediation_case": i + 1, "visited_on": at(i, n_other).date() + dt.timedelta(days=40),
                            "reached": True, "satisfaction": "satisfied"} for i in range(n_other)])
        _insert(CardIssue, [{"issued_on": at(i, n_other).date(), "quantity": 5, "households": 5,
                             "channel": "home", "household_type": "general",
                             "person": rng.randint(1, n_people)} for i in range(n_other)])
        _insert(PublicityActivity, [{"held_on": at(i, n_other).date(), "format": "booth",
                                     "title": rng.choice(["民法典进社区", "反诈宣传", "普法讲座"]),
                                     "place": "文化广场", "attendees": 50, "leaflets": 100}
                                    for i in range(n_other)])
    close_station()
    _add_audit(folder / "station.db", sizes["audit"], start)
    open_station(folder, create=False)  # statistics for the new rows (core runs ANALYZE once)
    close_station()


def _add_audit(db_path: Path, n: int, start: dt.datetime) -> None:
    """n audit events continuing the chain (core/audit.py's digest), by plain sqlite3."""
    con = sqlite3.connect(db_path)
    last = con.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    prev = last[0] if last else ""
    last_at = con.execute("SELECT max(at) FROM audit_event").fetchone()[0]
    base = max(start, dt.datetime.fromisoformat(last_at) if last_at else start)
    rows = []
    for i in range(n):
        when = (base + dt.timedelta(seconds=i + 1)).isoformat(sep=" ")
        action, entity = ("create", "Consultation") if i % 3 else ("update", "Person")
        entity_id, fields = str(i % 50_000 + 1), "question,advice" if i % 3 else "phone"
        text = "\x1f".join([prev, when, ADMIN[0], action, entity, entity_id, fields, ""])
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        rows.append((when, ADMIN[0], action, entity, int(entity_id), fields, "", prev, digest))
        prev = digest
    con.executemany("INSERT INTO audit_event (at, username, action, entity, entity_id, fields, detail,"
                    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()


def station(base: Path | str = DEFAULT_DIR, *, rebuild: bool = False, **sizes) -> Path:
    """The station folder of these sizes (SIZES by default), built when missing."""
    wanted = dict(SIZES, **sizes)
    name = f"station-{wanted['consultations'] // 1000}k"
    folder = Path(base) / name
    marker = folder / "built.json"
    if not rebuild and marker.exists() and json.loads(marker.read_text()) == wanted:
        _migrate(folder)
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    print(f"building the benchmark station in {folder} ...", flush=True)
    build(folder, wanted)
    marker.write_text(json.dumps(wanted))
    print(f"built in {time.perf_counter() - t:.0f} s", flush=True)
    return folder


def _migrate(folder: Path) -> None:
    """Bring a kept station to the program's schema once, here, so that jobs opening it (or
    their copies) do not each migrate it (the search index of migration 4 takes seconds)."""
    from aidstation.core import migrations
    from aidstation.core.db import close_station
    from aidstation.core.station import open_station

    con = sqlite3.connect(folder / "station.db")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    con.close()
    if version < migrations.LATEST:
        print(f"migrating the benchmark station from schema {version} to {migrations.LATEST} ...", flush=True)
        open_station(folder, create=False)
        close_station()


def copy_of(folder: Path, target: Path) -> Path:
    """A copy of the station in `folder` at `target` (SQLite's backup API), for jobs that write."""
    target.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(folder / "station.db"), sqlite3.connect(target / "station.db")
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dir", default=str(DEFAULT_DIR))
    p.add_argument("--consultations", type=int, default=SIZES["consultations"])
    p.add_argument("--rebuild", action="store_true")
    args = p.parse_args(argv)
    folder = station(args.dir, rebuild=args.rebuild, consultations=args.consultations)
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
