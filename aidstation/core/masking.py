"""Masking of personal data for lists, exports and printouts (DESIGN §12)."""
from __future__ import annotations

import re


def name(value: str) -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧***; Latin names keep their first letter."""
    text = (value or "").strip()
    if len(text) <= 1:
        return text
    return text[0] + "*" * (len(text) - 1)


def names_in(text: str | None, names) -> str:
    """`text` with each of `names` in it masked (张建国 -> 张**), longest first so 欧阳娜娜 is
    not masked as 欧阳 plus the rest; one-character names stay (they would hit ordinary words).
    For a case title that still names a party removed from the case (DESIGN §12)."""
    text = text or ""
    for who in sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=len, reverse=True):
        text = text.replace(who, name(who))
    return text


def id_number(value: str | None) -> str:
    """110105********002X: the region prefix and the last four characters stay."""
    text = (value or "").strip()
    if len(text) < 10:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def phone(value: str | None) -> str:
    """138****8000 for mobiles; landlines keep the area code and the last four digits."""
    text = (value or "").strip()
    if len(text) == 11 and text.startswith("1"):
        return text[:3] + "****" + text[-4:]
    if len(text) > 6:
        return text[: len(text) - 8 if len(text) > 8 else 3] + "****" + text[-4:]
    return "*" * len(text)


# ---------------------------------------------------------------- numbers inside free text
#
# Clerks write numbers as people say them: 身份证 110105 19491231 002X, 138-0013-8000,
# １３８００１３８０００ typed with a Chinese input method, 138.0013.8000 copied from a card.
# A run of digit groups joined by separators (space, dash, dot and their full-width forms) is
# read group by group; consecutive groups that together make a resident ID number, a mobile or
# a landline are masked as one (the separators go with them), every other group stays as it
# was, so dates (2026-03-02), serials (GL01-2026-00001), consultation numbers (2026030201) and
# amounts (5000元) are left alone.

_DIGITS = "0-9\uff10-\uff19"
_X = "Xx\uff38\uff58"
_SEPARATORS = " \u00a0\u3000.\uff0e\\-\uff0d\u2010-\u2015\u2212\ufe63"
_GROUP = re.compile(f"[{_DIGITS}]+[{_X}]?")
_RUN = re.compile(f"[+\uff0b]?[{_DIGITS}]+[{_X}]?(?:[{_SEPARATORS}]{{1,3}}[{_DIGITS}]+[{_X}]?)*")
_LETTER = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_HALF = str.maketrans("０１２３４５６７８９ｘＸx", "0123456789XXX")
_ID18 = re.compile(r"\d{17}[\dX]")
_MOBILE = re.compile(r"(?:0086|86)?(1[3-9]\d{9})")
_MAX_GROUPS = 11  # 1 3 8 0 0 1 3 8 0 0 0, digit by digit


def _plausible_id(number: str) -> bool:
    """Region, century and a calendar month and day where an 18-character ID has them: a number
    read across separators or next to letters is masked as an ID only when it looks like one."""
    from aidstation.core.validation import PROVINCES

    return (int(number[:2]) in PROVINCES and number[6:8] in ("18", "19", "20")
            and 1 <= int(number[10:12]) <= 12 and 1 <= int(number[12:14]) <= 31)


def _masked(number: str, groups: list[str], loose: bool) -> str | None:
    """The masked form of the number the groups make, or None when they make none.
    `loose`: read across separators or next to a letter, so an ID must look like one."""
    if _ID18.fullmatch(number) and (not loose or _plausible_id(number)):
        return id_number(number)
    if len(number) == 15 and number.isdigit() and not loose:  # legacy ID number
        return id_number(number)
    mobile = _MOBILE.fullmatch(number)
    if mobile:
        return phone(mobile.group(1))
    if not number.isdigit() or not number.startswith("0"):
        return None
    if len(groups) == 1 and 10 <= len(number) <= 12:  # 073188881234, 01065123456
        area = 3 if number[1] in "12" or len(number) == 10 else 4
        return number[:area] + "-****" + number[-4:]
    rest = "".join(groups[1:])
    if (1 < len(groups) <= 3 and 3 <= len(groups[0]) <= 4 and 7 <= len(rest) <= 8
            and all(3 <= len(g) <= 8 for g in groups[1:]) and len(groups[-1]) >= 4):
        return groups[0] + "-****" + number[-4:]  # 0731-88881234, 010 6512 3456
    return None


def _mask_run(text: str, run: re.Match) -> str:
    spans = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run.group())]
    groups = [text[a:b].translate(_HALF) for a, b in spans]
    before = text[run.start() - 1] if run.start() else ""
    after = text[run.end()] if run.end() < len(text) else ""
    out, pos, i = [], run.start(), 0
    while i < len(groups):
        best = None
        for j in range(i, min(len(groups), i + _MAX_GROUPS)):
            number = "".join(groups[i:j + 1])
            if len(number) > 22:
                break
            lettered = (i == 0 and _LETTER.match(before)) or (j == len(groups) - 1 and _LETTER.match(after))
            masked = _masked(number, groups[i:j + 1], loose=i != j or bool(lettered))
            if masked is not None:
                best = (j, masked)
                if i == j:  # a whole group that is a number by itself is that number
                    break
        if best is None:
            i += 1
            continue
        j, masked = best
        start = spans[i][0]
        country_code = masked[:1] == "1" and groups[i].startswith(("86", "0086"))  # only a mobile
        if country_code and start and text[start - 1] in "+\uff0b":  # +86 138 0013 8000
            start -= 1
        out.append(text[pos:start] + masked)
        pos, i = spans[j][1], j + 1
    out.append(text[pos:run.end()])
    return "".join(out)


def free_text(text: str | None) -> str:
    """Free text with every resident ID number, mobile and landline in it masked, however it
    was typed: 身份证 110105 19491231 002X -> 身份证 110105********002X, １３８００１３８０００ ->
    138****8000, 0731-88881234 -> 0731-****1234. Other text is returned unchanged."""
    text = text or ""
    return _RUN.sub(lambda m: _mask_run(text, m), text)
