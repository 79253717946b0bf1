"""A realistic, reproducible demo station (`aidstation demo`), one module per area.

Each area module has `generate(ctx)` and writes through that area's services, so the demo
also exercises them. The orchestrator below calls them in dependency order.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field


@dataclass
class DemoContext:
    rng: random.Random
    user: object  # the demo admin (a User)
    today: dt.date
    months: list[tuple[int, int]]  # (year, month) oldest first, ending with today's month
    staff: list = field(default_factory=list)  # Staff rows
    people: list = field(default_factory=list)  # Person rows
    activities: list = field(default_factory=list)  # PublicityActivity rows
    seed: int = 1
    street: str = ""  # the station's street or town, e.g. 城关街道
    communities: list = field(default_factory=list)  # community / village names of the station

    def random_date(self, year: int, month: int) -> dt.date:
        """A weekday-weighted random date inside the month, never after today."""
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        last = min(last, self.today)
        days = (last - first).days
        for _ in range(5):
            day = first + dt.timedelta(days=self.rng.randint(0, max(days, 0)))
            if day.weekday() < 5:
                return day
        return day


def month_list(today: dt.date, months: int) -> list[tuple[int, int]]:
    out = []
    y, m = today.year, today.month
    for _ in range(months):
        out.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return list(reversed(out))


# Areas in dependency order: people fills ctx.staff and ctx.people; publicity fills
# ctx.activities (cards hand out at events); consultations come before the mediation cases
# and aid applications that some of them lead to.
# Screening comes last: the cases it hands to mediation take the next numbers.
AREAS = ("people", "publicity", "consultations", "mediation", "legalaid", "cards", "screening")

STREETS = ["城关街道", "东湖街道", "西山镇", "南门街道", "北苑街道", "清河镇", "桃源街道", "龙泉镇",
           "白沙街道", "青山镇", "新桥街道", "梅林街道"]


def station_identity(seed: int) -> tuple[str, str, str]:
    """(street, default name, default code) derived from the seed."""
    street = STREETS[seed % len(STREETS)]
    return street, f"{street}法律援助工作站（演示）", f"DEMO{seed}"


def _setup(folder, seed: int, code: str | None, name: str | None):
    from aidstation.core import records, settings
    from aidstation.core.accounts import hash_password
    from aidstation.core.db import Station, atomic
    from aidstation.core.models import User
    from aidstation.core.station import open_station

    street, default_name, default_code = station_identity(seed)
    if not isinstance(folder, Station):
        open_station(folder)
    # The profile and the demo account are made by the generator itself, audited as system:demo;
    # every record after that is written by the demo administrator.
    actor = records.system("demo")
    settings.set_many({
        "station.name": name or default_name,
        "station.code": code or default_code,
        "station.district": "示范区",
        "station.address": f"示范区{street}人民路{100 + seed % 300}号",
        "station.phone": f"0571-8{seed % 1000:03d}6{seed % 7}48",
        "station.committee": f"{street}人民调解委员会",
        "station.aid_centre": "示范区法律援助中心",
        "numbers.mediation_prefix": street[:2],
        "station.demo": "1",
    }, user=actor)
    # The one account with a known password, allowed only in a demo (too weak for accounts.py).
    with atomic():
        admin = User.create(username="demo", display_name="演示管理员", role="admin",
                            password_hash=hash_password("demo"))
        records.record_write(actor, "create", "User", admin.id,
                             fields=["username", "display_name", "role", "password"])
    return admin


def record_counts() -> dict[str, int]:
    """Live records of each kind, in a fixed order (what `demo` prints)."""
    from aidstation.core import models as m

    kinds = [
        ("staff", m.Staff), ("people", m.Person), ("consultations", m.Consultation),
        ("mediation cases", m.MediationCase), ("mediation parties", m.MediationParty),
        ("mediation sessions", m.MediationSession), ("aid applications", m.AidApplication),
        ("follow-ups", m.FollowUp), ("card issues", m.CardIssue),
        ("publicity activities", m.PublicityActivity), ("screening rounds", m.ScreeningRound),
    ]
    counts = {label: model.live().count() for label, model in kinds}
    counts["users"] = m.User.select().count()
    counts["audit events"] = m.AuditEvent.select().count()
    return counts


def _generators() -> dict:
    """area -> its generate(ctx); imported when a demo is made, as they load every area's services."""
    from aidstation.core.demo import (
        cards,
        consultations,
        legalaid,
        mediation,
        people,
        publicity,
        screening,
    )

    return {"people": people.generate, "publicity": publicity.generate,
            "consultations": consultations.generate, "mediation": mediation.generate,
            "legalaid": legalaid.generate, "cards": cards.generate, "screening": screening.generate}


def generate(folder, *, seed: int = 1, months: int = 6, code: str | None = None,
             name: str | None = None, today: dt.date | None = None,
             areas: tuple[str, ...] = AREAS) -> dict[str, int]:
    """Create and fill a demo station in `folder` (which must not hold one); leaves it open.

    `folder` may also be the open Station, if it holds no users or people yet.

    The same seed (on the same day) gives the same records: each area draws from its own
    random stream, so a change in one area's generator does not reshuffle the others.
    """
    from pathlib import Path

    from aidstation.core.db import (
        DB_NAME,
        Station,
        StationError,
        atomic,
        current_station,
    )
    from aidstation.core.models import Person, User

    if isinstance(folder, Station):
        # An open station just created (e.g. by the first-run wizard): it must be empty.
        if folder is not current_station() or folder.read_only:
            raise StationError("a demo can only fill the open station")
        if User.select().exists() or Person.select().exists():
            raise StationError(f"{folder.folder} already holds records; a demo needs an empty station")
    else:
        path = Path(folder) / DB_NAME
        if path.exists() and path.stat().st_size > 0:
            raise StationError(f"{folder} already holds a station; a demo needs an empty folder")
    today = today or dt.date.today()
    admin = _setup(folder, seed, code, name)
    ctx = DemoContext(rng=random.Random(seed), user=admin, today=today,
                      months=month_list(today, months), seed=seed, street=station_identity(seed)[0])
    generators = _generators()
    for area in areas:
        ctx.rng = random.Random(f"{seed}:{area}")
        # One transaction per area: the services' own transactions become savepoints, so the
        # demo commits (and syncs to disk) a handful of times instead of once per record.
        with atomic():
            generators[area](ctx)
    return record_counts()
