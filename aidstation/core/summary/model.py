"""The draft as data: blocks of text whose numbers each point at the fact they come from.

A `Fact` is one number of the text with its source (indicator key, period, and for a
comparison the period compared with), numbered in the order the text first uses it; the
sources appendix lists them so a reviewer can check every figure. A `Run` is a piece of a
paragraph: plain text, a figure (with its fact) or a 【待填】 blank for the clerk.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from aidstation.core.reporting import periods

BLANK = "【待填】"
VALUE, CHANGE, SHARE = "value", "change", "share"


@dataclass
class Fact:
    how: str  # VALUE: the indicator; CHANGE: % change against `base`; SHARE: keys[0] / keys[1] %
    keys: tuple[str, ...]
    period: periods.Period
    value: float | int  # as computed (CHANGE and SHARE: a percentage, one decimal)
    text: str  # as written in the draft
    label: str  # the indicator's label (SHARE: "part ÷ whole")
    base: periods.Period | None = None  # CHANGE: the period compared with
    n: int = 0  # its number in the sources appendix, from 1

    def source_line(self, lang: str = "zh") -> str:
        """'[3] 咨询总数（consult.total）2026-01-01至2026-12-31：997人次' — one parseable line."""
        keys = " ÷ ".join(self.keys)
        span = _span(self.period, lang)
        if self.base is not None:
            span += (" 比 " if lang.startswith("zh") else " vs ") + _span(self.base, lang)
        colon = "：" if lang.startswith("zh") else ": "
        return f"[{self.n}] {self.label}（{keys}）{span}{colon}{self.text}" if lang.startswith("zh") \
            else f"[{self.n}] {self.label} ({keys}) {span}{colon}{self.text}"


def _span(period: periods.Period, lang: str) -> str:
    return f"{period.start.isoformat()}{'至' if lang.startswith('zh') else ' to '}{period.last.isoformat()}"


@dataclass
class Run:
    text: str
    fact: Fact | None = None
    blank: bool = False  # a 【待填】 placeholder

    @property
    def ref(self) -> str:
        return f"[{self.fact.n}]" if self.fact is not None else ""


@dataclass
class Paragraph:
    runs: list[Run]
    style: str = "body"  # body | heading | note

    def text(self, refs: bool = True) -> str:
        return "".join(r.text + (r.ref if refs else "") for r in self.runs)


@dataclass
class Chart:
    key: str  # consult_by_month | med_by_type | pub_by_format | consult_by_channel
    title: str
    unit: str
    labels: list[str]
    values: list[int | float]
    horizontal: bool = False


@dataclass
class TableRow:
    label: str
    values: list[str]  # formatted cells
    section: bool = False  # a section heading row
    keys: tuple[str, ...] = ()


@dataclass
class Table:
    title: str
    head: list[str]
    rows: list[TableRow]


@dataclass
class Draft:
    lang: str
    title: str
    period: periods.Period
    period_line: str
    unit_name: str  # the station's (or district's) name
    blocks: list[Paragraph | Chart | Table] = field(default_factory=list)
    figures: Table | None = None  # the figures appendix
    stations: Table | None = None  # a district's per-station table
    sources: list[Fact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # manual figures not entered, in words
    notes: list[str] = field(default_factory=list)  # where the figures come from, caveats
    values: dict[str, object] = field(default_factory=dict)  # the period's figures, by key

    def title_lines(self, width: int = 22) -> list[str]:
        """The title on one line, or when longer than `width` characters, broken after the
        station's name (as a long official title is broken by meaning, not where it overflows)."""
        rest = self.title[len(self.unit_name):].lstrip(": ")
        if len(self.title) <= width or not self.unit_name or not self.title.startswith(self.unit_name) or not rest:
            return [self.title]
        return [self.unit_name, rest]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def charts(self) -> list[Chart]:
        return [b for b in self.blocks if isinstance(b, Chart)]

    def blanks(self) -> list[str]:
        return [r.text for p in self.paragraphs() for r in p.runs if r.blank]

    def text(self) -> str:
        """The whole draft as plain text (the preview, the tests): refs as [n]."""
        zh = self.lang.startswith("zh")
        out = [self.title, self.period_line, ""]
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append(block.text())
            elif isinstance(block, Chart):
                out.append(("【图】" if zh else "[Chart] ") + block.title)
            elif isinstance(block, Table):
                out.append(block.title)
        for table in (self.stations, self.figures):
            if table is not None:
                out += ["", table.title, "\t".join(table.head)]
                out += ["\t".join([r.label, *r.values]) for r in table.rows]
        out += ["", sources_heading(self.lang)] + self.notes + self.missing
        out += [f.source_line(self.lang) for f in self.sources]
        return "\n".join(out)


def sources_heading(lang: str) -> str:
    return "附件2：数据来源" if lang.startswith("zh") else "Appendix 2: Sources of the figures"


def figures_heading(lang: str) -> str:
    return "附件1：主要数据表" if lang.startswith("zh") else "Appendix 1: Figures"
