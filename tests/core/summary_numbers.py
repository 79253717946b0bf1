"""Checks shared by the work-summary tests: every number of a draft's text against the
indicator its reference cites, recomputed from the records (indicators.compute_period)."""
from __future__ import annotations

import datetime as dt
import re

from aidstation.core.reporting import indicators

SOURCE = re.compile(r"^\[(\d+)\] .*[（(]([A-Za-z0-9_.]+(?: ÷ [A-Za-z0-9_.]+)?)[）)] ?"
                    r"(\d{4}-\d\d-\d\d)(?:至| to )(\d{4}-\d\d-\d\d)"
                    r"(?:(?: 比 | vs )(\d{4}-\d\d-\d\d)(?:至| to )(\d{4}-\d\d-\d\d))?(?:：|: )(.+)$")
FIGURE = re.compile(r"(?P<word>增长|下降|up |down )?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<wan>万)?"
                    r"(?P<unit>[^\d\[\]，。、；（）,]{0,6}?)\[(?P<n>\d+)\]")
# what may carry digits in the text without being a figure: dates, months, the hotline's name
NOT_FIGURES = re.compile(r"\d{4}年|\d{1,2}月|\d{1,2}日|12348|(?m:^\d{1,2}\. )")


def parse_sources(lines: list[str]) -> dict[int, tuple]:
    out = {}
    for line in lines:
        m = SOURCE.match(line.strip())
        if m:
            n, keys, a, b, c, d, _shown = m.groups()
            period = (dt.date.fromisoformat(a), dt.date.fromisoformat(b) + dt.timedelta(days=1))
            base = (dt.date.fromisoformat(c), dt.date.fromisoformat(d) + dt.timedelta(days=1)) if c else None
            out[int(n)] = (tuple(keys.split(" ÷ ")), period, base)
    return out


def expected(keys, period, base, compute=None):
    """The number a source line stands for, recomputed: the value, a change in %, a share in %."""
    compute = compute or (lambda p: indicators.compute_period(*p))
    values = compute(period)
    if base is not None:
        then = compute(base)[keys[0]]
        return round(100.0 * (values[keys[0]] - then) / then, 1)
    if len(keys) == 2:
        return round(100.0 * values[keys[0]] / values[keys[1]], 1)
    return values[keys[0]]


def check_text(body: str, source_lines: list[str], compute=None) -> int:
    """Assert every figure of `body` equals its source recomputed; returns how many were checked.
    Every source is cited, and no digit of the body is left that is not a figure or a date."""
    sources = parse_sources(source_lines)
    assert len(sources) == len([x for x in source_lines if x.strip().startswith("[")]), "unparsed source lines"
    cited = set()
    checked = 0
    for m in FIGURE.finditer(body):
        n = int(m["n"])
        assert n in sources, f"[{n}] has no source line"
        keys, period, base = sources[n]
        want = expected(keys, period, base, compute)
        got = float(m["num"].replace(",", "")) * (10000 if m["wan"] else 1)
        if m["word"] in ("下降", "down "):
            got = -got
        tolerance = 50 if m["wan"] else 0.001
        assert want is not None and abs(got - want) <= tolerance, (m.group(0), keys, period, want)
        cited.add(n)
        checked += 1
    assert cited == set(sources), f"sources never cited: {sorted(set(sources) - cited)}"
    rest = NOT_FIGURES.sub("", FIGURE.sub("", body))
    assert not re.search(r"\d", rest), re.findall(r".{0,12}\d.{0,12}", rest)
    return checked
