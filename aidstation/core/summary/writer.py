"""Sentences from templates, each number a Fact of the draft.

A clause template names its figures in braces: `共受理矛盾纠纷{med.received}` gives
"共受理矛盾纠纷218件" with the fact of med.received over the period. `{change:K}` is the change
against the same period last year (增长12.3% / 下降4%), `{ly:K}` last year's figure,
`{share:K/W}` K's share of W. A clause whose figure is zero, missing or unknown to the
catalogue is dropped whole, so no "0件" is ever written; a manual figure not entered becomes
【待填】 and is listed in `missing`.
"""
from __future__ import annotations

import re

from aidstation.core.reporting import indicators
from aidstation.core.reporting.periods import Period
from aidstation.core.summary import numbers
from aidstation.core.summary.model import BLANK, CHANGE, SHARE, VALUE, Fact, Paragraph, Run

_PLACE = re.compile(r"\{(?:(change|ly|share):)?([A-Za-z0-9_.]+)(?:/([A-Za-z0-9_.]+))?\}")


class Writer:
    def __init__(self, lang: str, period: Period, values: dict, base: Period | None,
                 base_values: dict | None, catalogue: dict[str, indicators.Indicator],
                 month_values=(), subject: str = "the station"):
        self.lang, self.zh = lang, lang.startswith("zh")
        self.month_values = list(month_values)  # (month, its values or None), for manual gaps
        self.subject = subject  # who did the work, in the English templates
        self.period, self.values = period, values
        self.base, self.base_values = base, base_values
        self.cat = catalogue
        self.facts: list[Fact] = []
        self._index: dict[tuple, Fact] = {}
        self.missing: list[str] = []

    # --- figures -------------------------------------------------------------------------------
    def label(self, key: str, short: bool = True) -> str:
        ind = self.cat.get(key)
        if ind is None:
            return key
        text = ind.label(self.lang)
        if short:  # 咨询方式：来访 -> 来访
            text = text.split("：")[-1] if self.zh else text.split(": ")[-1]
        return text

    def _fact(self, how, keys, period, value, text, label, base=None) -> Fact:
        ident = (how, keys, period.start, period.end, base and base.start)
        fact = self._index.get(ident)
        if fact is None:
            fact = Fact(how, keys, period, value, text, label, base)
        return fact

    def figure(self, key: str, period: Period | None = None, values: dict | None = None) -> list[Run] | None:
        ind = self.cat.get(key)
        values = self.values if values is None else values
        if ind is None or key not in values:
            return None
        value = values.get(key)
        if ind.kind == indicators.MANUAL and value is None:
            period = period or self.period
            note = (f"{ind.label_zh}（{key}）{period.start.isoformat()}至{period.last.isoformat()}未录入，"
                    "请在“月报”页录入后重新生成，或直接在文中填写。" if self.zh else
                    f"{ind.label_en} ({key}) for {period.start.isoformat()} to {period.last.isoformat()} "
                    "was not entered: enter it on the Monthly report page and draft again, or fill it in.")
            if note not in self.missing:
                self.missing.append(note)
            unit = ind.unit if self.zh else ""
            return [Run(BLANK, blank=True), Run(unit)] if unit else [Run(BLANK, blank=True)]
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not value:
            return None
        unit = ind.unit
        text = numbers.figure(value, ind.kind, unit, self.lang)
        runs = [Run(text, self._fact(VALUE, (key,), period or self.period, value, text, ind.label(self.lang)))]
        if ind.kind == indicators.MANUAL and (period is None or period == self.period):
            runs += self._gaps(ind)
        return runs

    def _gaps(self, ind: indicators.Indicator) -> list[Run]:
        """A manual figure summed over months some of which have none: say which, leave a blank."""
        gaps = [m for m, v in self.month_values
                if v is not None and v.get(ind.key) is None and self._recorded_anything(v)]
        if not gaps:
            return []
        zh_months = "、".join(f"{m.start.year}年{m.start.month}月" for m in gaps)
        en_months = ", ".join(m.start.strftime("%B %Y") for m in gaps)
        note = (f"{ind.label_zh}（{ind.key}）{zh_months}未录入，文中数字仅含已录入月份，请核实后填写。" if self.zh else
                f"{ind.label_en} ({ind.key}) was not entered for {en_months}: the figure holds the other months only.")
        if note not in self.missing:
            self.missing.append(note)
        return [Run(f"（其中{zh_months}未录入" if self.zh else f" (not entered for {en_months}: "),
                Run(BLANK, blank=True), Run("）" if self.zh else ")")]

    def _recorded_anything(self, values: dict) -> bool:
        """A month the station recorded something in: a month with no record of any kind came
        before the station used AidStation (or after today), and a figure left out there is
        not a gap the clerk must fill."""
        return any(isinstance(v, (int, float)) and not isinstance(v, bool) and v
                   and k in self.cat and self.cat[k].kind != indicators.MANUAL for k, v in values.items())

    def change(self, key: str) -> list[Run] | None:
        if self.base is None or self.base_values is None:
            return None
        now, then = self.values.get(key), self.base_values.get(key)
        pct = numbers.change(now, then)
        if pct is None:
            return None
        if pct > 0:
            text = ("增长" if self.zh else "up ") + numbers.percent(pct)
        elif pct < 0:
            text = ("下降" if self.zh else "down ") + numbers.percent(pct)
        else:
            return [Run("与上年同期持平" if self.zh else "level with the same period last year")]
        label = self.label(key, short=False)
        return [Run(text, self._fact(CHANGE, (key,), self.period, pct, text, label, self.base))]

    def share(self, key: str, whole: str) -> list[Run] | None:
        pct = numbers.share(self.values.get(key), self.values.get(whole))
        if pct is None:
            return None
        text = numbers.percent(pct)
        label = f"{self.label(key, short=False)} ÷ {self.label(whole, short=False)}"
        return [Run(text, self._fact(SHARE, (key, whole), self.period, pct, text, label))]

    # --- clauses and sentences -----------------------------------------------------------------
    def clause(self, zh: str, en: str) -> list[Run] | None:
        """The template for the draft's language filled in; None when a figure is zero or missing."""
        template = zh if self.zh else en
        runs: list[Run] = []
        pos = 0
        for m in _PLACE.finditer(template):
            if m.start() > pos:
                runs.append(Run(template[pos:m.start()]))
            how, key, whole = m.groups()
            if how == "change":
                got = self.change(key)
            elif how == "ly":
                got = self.figure(key, self.base, self.base_values) if self.base_values else None
            elif how == "share":
                got = self.share(key, whole)
            else:
                got = self.figure(key)
            if got is None:
                return None
            runs.extend(got)
            pos = m.end()
        if pos < len(template):
            runs.append(Run(template[pos:]))
        return runs

    def listing(self, prefix: str, *, top: int | None = None, by_size: bool = True,
                keys: list[str] | None = None) -> list[Run] | None:
        """来访378人次、来电193人次…: the non-zero rows of a code-driven group (largest first)."""
        keys = keys if keys is not None else [k for k in self.cat if k.startswith(prefix + ".")]
        rows = [k for k in keys if isinstance(self.values.get(k), (int, float)) and self.values.get(k)]
        if by_size:
            rows.sort(key=lambda k: -self.values[k])
        rows = rows[:top] if top else rows
        if not rows:
            return None
        runs: list[Run] = []
        for i, key in enumerate(rows):
            if i:
                runs.append(Run("、" if self.zh else ", "))
            label = self.label(key)
            fig = self.figure(key)
            if self.zh:
                runs += [Run(label), *fig]
            else:
                runs += [Run(f"{label.lower() if label[:1].isupper() and not label[:2].isupper() else label} "), *fig]
        return runs

    def sentence(self, *clauses: list[Run] | None, lead: list[Run] | None = None) -> list[Run]:
        """The clauses that survived joined with commas and a full stop; [] when none did."""
        kept = [c for c in clauses if c]
        if not kept:
            return []
        runs: list[Run] = list(lead or [])
        for i, c in enumerate(kept):
            if i:
                runs.append(Run("，" if self.zh else ", "))
            runs += c
        runs.append(Run("。" if self.zh else ". "))
        if not self.zh and runs:  # capitalise the sentence's first letter
            first = next((r for r in runs if r.text.strip()), None)
            if first is not None and first.fact is None and not first.blank:
                s = first.text.lstrip()
                first.text = first.text[:len(first.text) - len(s)] + s[:1].upper() + s[1:]
        return runs

    def paragraph(self, *sentences: list[Run], style: str = "body") -> Paragraph | None:
        runs = [r for s in sentences for r in s]
        if not runs:
            return None
        if not self.zh:
            runs[-1].text = runs[-1].text.rstrip()
        return Paragraph(runs, style)

    def commit(self, paragraph: Paragraph | None) -> Paragraph | None:
        """Number the paragraph's facts in reading order (a fact used again keeps its number)."""
        if paragraph is None:
            return None
        for run in paragraph.runs:
            fact = run.fact
            if fact is None:
                continue
            ident = (fact.how, fact.keys, fact.period.start, fact.period.end, fact.base and fact.base.start)
            known = self._index.get(ident)
            if known is not None:
                run.fact = known
                continue
            fact.n = len(self.facts) + 1
            self.facts.append(fact)
            self._index[ident] = fact
        return paragraph
