"""How long each kind of record is kept after it closes, the rule behind each default, and the
cut-off day a period gives (settings `retention.*_years`, 0 = kept for ever)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from aidstation.core import settings


@dataclass(frozen=True)
class Kind:
    key: str  # consultation | mediation | aid | card | person
    setting: str
    label_zh: str
    label_en: str
    closes_zh: str  # when the record counts as closed: the period runs from that day
    closes_en: str
    rule_zh: str
    rule_en: str

    def label(self, lang: str = "zh") -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en

    def closes(self, lang: str = "zh") -> str:
        return self.closes_zh if lang.startswith("zh") else self.closes_en

    def rule(self, lang: str = "zh") -> str:
        return self.rule_zh if lang.startswith("zh") else self.rule_en

    @property
    def default_years(self) -> int:
        return int(settings.DECLARED[self.setting])


# No national rule fixes these periods (DESIGN §12; reference/domain.md §3.4: the People's
# Mediation Law requires an archive but sets no period): where none is known the default is the
# station's choice, bounded by PIPL Art. 19 (no longer than the purpose needs) and Art. 47(1)
# (deleted or anonymised once the period ends; anonymised data is no personal data, Art. 4, 73).
KINDS: tuple[Kind, ...] = (
    Kind("consultation", "retention.consultation_years", "法律咨询", "Consultations",
         "咨询当日（需答复的，答复之日）；引出调解或援助申请的咨询随该案件处理",
         "the day of the consultation (of the reply, when one was owed); one that led to a "
         "mediation case or aid application goes with that record",
         "本站自定。《个人信息保护法》第十九条：保存期限应为实现处理目的所必要的最短时间。",
         "Station's choice. PIPL Art. 19: kept no longer than the purpose needs."),
    Kind("mediation", "retention.mediation_years", "人民调解案件及卷宗", "Mediation cases and dossiers",
         "结案之日，或其后最后一次回访之日", "the day the case was concluded, or its last follow-up visit after that",
         "本站自定。《人民调解法》第二十七条要求建立调解工作档案、立卷归档，但未规定保管期限；"
         "请与卷宗封面所载保管期限一致。",
         "Station's choice. The People's Mediation Law (Art. 27) requires dossiers to be filed "
         "but sets no period: match the retention period (保管期限) written on the dossier cover."),
    Kind("aid", "retention.aid_years", "法律援助申请", "Legal-aid applications",
         "结案之日；不予援助、撤回或视为撤回的，决定之日；或其后最后一次回访之日",
         "the day it was closed; refused, withdrawn or lapsed: the decision day; or its last "
         "follow-up visit after that",
         "本站自定。案件档案由法律援助中心按其档案规定保管；工作站留存的申请资料以转交、回访和投诉处理所需为限"
         "（《个人信息保护法》第十九条）。",
         "Station's choice. The legal-aid centre keeps the case file under its own archive "
         "rules; the workstation's copy is needed only for forwarding, follow-up and complaints "
         "(PIPL Art. 19)."),
    Kind("card", "retention.card_years", "联系卡发放", "Contact card hand-overs",
         "发放之日", "the day the cards were handed over",
         "本站自定（《个人信息保护法》第十九条）。", "Station's choice (PIPL Art. 19)."),
    Kind("person", "retention.person_years", "无任何记录的人员", "People with no record left",
         "最后一次修改之日（已无任何记录涉及此人）", "the day the person was last changed (no record names them any more)",
         "《个人信息保护法》第四十七条第一款：处理目的已实现或保存期限届满的，应当删除或匿名化。",
         "PIPL Art. 47(1): once the purpose is achieved or the period has ended, the data is "
         "deleted or anonymised."),
)
BY_KEY = {k.key: k for k in KINDS}
MAX_YEARS = 100


def years(kind: str) -> int:
    """The station's period for `kind` in years; 0 = kept for ever (also for a value that is
    not a whole number: nothing is anonymised by mistake)."""
    text = settings.get(BY_KEY[kind].setting).strip()
    try:
        value = int(text)
    except ValueError:
        return 0
    return value if 0 < value <= MAX_YEARS else 0


def all_years() -> dict[str, int]:
    return {k.key: years(k.key) for k in KINDS}


def set_years(values: dict[str, int], *, user) -> None:
    """Store periods (administrators only; audited by key name, as every setting)."""
    out = {}
    for kind, value in values.items():
        value = int(value)
        if not 0 <= value <= MAX_YEARS:
            raise ValueError(f"{kind}: a period is 0 to {MAX_YEARS} years")
        out[BY_KEY[kind].setting] = str(value)
    settings.set_many(out, user=user)


def years_before(day: dt.date, n: int) -> dt.date:
    """The same day n years earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - n)
    except ValueError:
        return day.replace(year=day.year - n, day=28)


def cutoff(kind: str, today: dt.date | None = None) -> dt.date | None:
    """Records of `kind` closed before this day are past their period; None: kept for ever."""
    n = years(kind)
    if not n:
        return None
    return years_before(today or dt.date.today(), n)
