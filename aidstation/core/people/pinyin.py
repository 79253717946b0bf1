"""The pinyin forms of a name, stored beside it (Person.name_pinyin) so a search by pinyin stays
in SQL: 张三 -> "zhangsan zs", full pinyin without tones, then the initials.

Clerks type names the way their input method spells them: the full syllables (`zhangsan`,
`zhangs`) or the initials (`zs`). A surname read differently from the character's common
reading (单 shàn, 曾 zēng, 解 xiè, 区 ōu, 仇 qiú: POLYPHONIC_SURNAMES) also gets the forms of
each other reading pypinyin knows, so `sxx` finds 单雄信 as well as `dxx`. Only those
surnames: pypinyin knows rare readings of common ones too (方 wáng, 于 xū, 吴 tūn), which would
only add noise to every search, and every reading of every character would multiply the
forms (阿依古丽 alone has 16); the given name's common reading is what an input method offers.
ü is written `v` (吕 lv), as it is typed. Latin letters (a Latin name) count as words; digits
and marks (·) do not.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[a-z]+")
MAX_SURNAME_READINGS = 4
# Surnames whose surname reading is not (only) the character's common one
POLYPHONIC_SURNAMES = frozenset("单曾解区仇朴查盖覃乐缪召翟种繁尉员秘句牟隗黑")


def _words(text: str) -> list[str]:
    """What pypinyin cannot read (Latin letters, digits, ·): its words of letters, lower case."""
    return _WORD.findall(text.lower())


def forms(name: str) -> list[str]:
    """The searchable forms of `name`, default reading first: ['zhangsan', 'zs']."""
    from pypinyin import Style, lazy_pinyin, pinyin  # loads its dictionaries (~0.2 s): on first use

    name = (name or "").strip()
    syllables = [s for s in lazy_pinyin(name, style=Style.NORMAL, errors=_words) if s]
    if not syllables:
        return []
    readings = [syllables[0]]
    if name[:1] in POLYPHONIC_SURNAMES:
        others = pinyin(name[0], style=Style.NORMAL, heteronym=True)[0]
        readings += [r for r in others if r not in readings][: MAX_SURNAME_READINGS - 1]
    out: list[str] = []
    rest = syllables[1:]
    for first in readings:
        for form in ("".join([first, *rest]), "".join(s[0] for s in [first, *rest])):
            if form not in out:
                out.append(form)
    return out


def column(name: str) -> str:
    """The value of Person.name_pinyin: the forms separated by spaces."""
    return " ".join(forms(name))


def query_key(text: str) -> str:
    """The pinyin a clerk typed, ready to match the stored forms ('Zhang S' -> 'zhangs'), or ''
    when the text is not pinyin (it holds anything but Latin letters and spaces)."""
    key = "".join((text or "").lower().split())
    return key if key.isascii() and key.isalpha() else ""
