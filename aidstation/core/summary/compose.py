"""The draft of a period for the open station or a district: headings, the areas' paragraphs,
charts, 【待填】 sections for what no record holds, the figures table and the sources."""
from __future__ import annotations

import datetime as dt

from aidstation.core.reporting import indicators
from aidstation.core.reporting.periods import Period
from aidstation.core.summary import areas, numbers
from aidstation.core.summary import periods as speriods
from aidstation.core.summary.data import DistrictData, StationData
from aidstation.core.summary.model import (
    BLANK,
    Chart,
    Draft,
    Paragraph,
    Run,
    Table,
    TableRow,
    figures_heading,
)
from aidstation.core.summary.writer import Writer

NUMERALS = "一二三四五六七八九十"
# the per-station table of a district's draft: its columns
STATION_COLUMNS = ("consult.total", "aid.received", "aid.closed", "med.received", "med.succeeded",
                   "med.success_rate", "cards.issued", "pub.activities")


def _blank(zh: str, en: str, lang: str) -> Paragraph:
    text = f"【待填：{zh}】" if lang.startswith("zh") else f"【待填: {en}】"
    return Paragraph([Run(text, blank=True)])


def _heading(n: int, zh: str, en: str, lang: str) -> Paragraph:
    text = f"{NUMERALS[n - 1]}、{zh}" if lang.startswith("zh") else f"{n}. {en}"
    return Paragraph([Run(text)], "heading")


def _charts(w: Writer, month_values, today: dt.date) -> dict[str, Chart | None]:
    zh = w.zh
    out: dict[str, Chart | None] = {}
    shown = [(m, v) for m, v in month_values if m.start <= today and v is not None]
    if len(shown) >= 2:
        out["consult"] = Chart("consult_by_month", "各月法律咨询人次" if zh else "Consultations by month",
                               "人次" if zh else "person-times",
                               [f"{m.start.month}月" if zh else areas.MONTHS_EN[m.start.month - 1][:3] for m, _v in shown],
                               [v.get("consult.total") or 0 for _m, v in shown])
    else:
        keys = [k for k in w.cat if k.startswith("consult.channel.") and w.values.get(k)]
        out["consult"] = Chart("consult_by_channel", "法律咨询方式" if zh else "Consultations by channel",
                               "人次" if zh else "person-times", [w.label(k) for k in keys],
                               [w.values[k] for k in keys]) if keys else None
    for name, prefix, zh_title, en_title, unit_zh, unit_en in (
            ("med", "med.type", "调解纠纷类型", "Disputes by type", "件", "cases"),
            ("pub", "pub.format", "法治宣传活动形式", "Publicity activities by format", "场", "events")):
        keys = sorted((k for k in w.cat if k.startswith(prefix + ".") and w.values.get(k)),
                      key=lambda k: -w.values[k])
        out[name] = Chart(f"{name}_by_{prefix.split('.')[1]}", zh_title if zh else en_title,
                          unit_zh if zh else unit_en, [w.label(k) for k in keys],
                          [w.values[k] for k in keys], horizontal=True) if keys else None
    return out


def _figures_table(w: Writer, lang: str) -> Table:
    zh = lang.startswith("zh")
    head = (["指标", "本期", "上年同期", "单位"] if zh else ["Indicator", "This period", "Same period last year", "Unit"])
    rows: list[TableRow] = []
    section = None
    base = w.base_values or {}
    for ind in indicators.catalogue_for(w.values):
        now, then = w.values.get(ind.key), base.get(ind.key)
        if ind.kind != indicators.MANUAL and not now and not then:
            continue
        if ind.section != section:
            section = ind.section
            s_zh, s_en = indicators.SECTIONS[section]
            rows.append(TableRow(s_zh if zh else s_en, ["", "", ""], section=True))
        cell_now = numbers.cell(now, ind.kind, lang) if not (ind.kind == indicators.MANUAL and now is None) else BLANK
        rows.append(TableRow(ind.label(lang), [cell_now, numbers.cell(then, ind.kind, lang) if w.base_values else "—",
                                               ind.unit if zh else ind.unit_en], keys=(ind.key,)))
    return Table(figures_heading(lang), head, rows)


def _station_table(data: DistrictData, period: Period, lang: str, cat) -> Table:
    zh = lang.startswith("zh")
    head = ["站点" if zh else "Station"] + [cat[k].label(lang) if k in cat else k for k in STATION_COLUMNS]
    rows = []
    for code, name in data.stations().items():
        values = data.station_values(period, code) or {}
        rows.append(TableRow(name or code, [numbers.cell(values.get(k), cat[k].kind if k in cat else "count", lang)
                                            for k in STATION_COLUMNS], keys=(code,)))
    total = data.values(period) or {}
    rows.append(TableRow("合计" if zh else "Total", [numbers.cell(total.get(k), cat[k].kind if k in cat else "count", lang)
                                                    for k in STATION_COLUMNS], section=True))
    return Table("各站点主要数据" if zh else "Figures by station", head, rows)


def compose(data: StationData | DistrictData, period: Period, lang: str = "zh",
            today: dt.date | None = None) -> Draft:
    today = today or dt.date.today()
    lang = "zh" if lang.startswith("zh") else "en"
    zh = lang == "zh"
    values = data.values(period)
    notes: list[str] = []
    if values is None:  # a district without every month's merge
        missing = data.missing_months(period) if isinstance(data, DistrictData) else []
        raise ValueError(("缺少以下月份的汇总表：" if zh else "no merged workbook for: ") + ", ".join(missing))
    base = speriods.last_year(period)
    base_values = data.values(base)
    if base_values is None and zh:
        notes.append("未提供上年同期汇总表，未作同比。")
    elif base_values is None:
        notes.append("No merged workbooks of the same period last year were given: no comparisons.")
    cat = {ind.key: ind for ind in indicators.catalogue_for(values)}
    month_values = data.month_values(period)
    begun = [(m, v) for m, v in month_values if m.start <= today]
    subject = "the stations" if isinstance(data, DistrictData) else "the station"
    w = Writer(lang, period, values, base, base_values, cat, begun, subject)
    charts = _charts(w, month_values, today)
    unit = data.name
    draft = Draft(lang, speriods.title(period, unit, lang), period,
                  speriods.period_line(period, lang, today), unit, values=values)
    add = draft.blocks.append

    def area(paragraphs, chart=None):
        for p in paragraphs:
            add(w.commit(p))
        if chart is not None:
            add(chart)

    pname = speriods.name(period, lang)
    label = period.label(lang) if period.kind not in ("custom", speriods.CAMPAIGN) else pname
    who = ("各站点" if isinstance(data, DistrictData) else unit) if zh else unit
    add(Paragraph([Run(f"{pname}，{who}立足基层、服务群众，认真开展法律咨询、法律援助、人民调解和法治宣传工作。"
                       f"现将{label if period.kind not in ('custom', speriods.CAMPAIGN) else '有关'}工作情况总结如下："
                       if zh else f"{pname} {who} gave legal advice, handled legal-aid applications, mediated "
                                  "disputes and carried out legal publicity. This summary sets out the work.")]))
    add(_blank("开篇概述（上级部署、总体思路）", "opening: the year's context and approach", lang))
    sections: list[tuple[str, str, object]] = [
        ("领导重视，健全工作制度", "Leadership and system building", None),
        ("法律咨询服务", "Legal consultations", lambda: area(areas.consultations(w, month_values), charts["consult"])),
        ("法律援助", "Legal aid", lambda: area(areas.legal_aid(w, month_values))),
        ("人民调解与矛盾纠纷排查化解", "People's mediation and dispute screening",
         lambda: area(areas.mediation(w, month_values), charts["med"])),
        ("便民联系卡发放", "Contact cards", lambda: area(areas.cards(w, month_values))),
        ("法治宣传", "Legal publicity", lambda: area(areas.publicity(w, month_values), charts["pub"])),
    ]
    if period.kind == speriods.CAMPAIGN:  # the campaign's own work first
        sections.insert(1, sections.pop(5))
        sections[1] = ("宣传月活动开展情况", "The publicity month's activities", sections[1][2])
    n = 0
    for zh_head, en_head, build in sections:
        n += 1
        add(_heading(n, zh_head, en_head, lang))
        if build is None:
            add(_blank("领导重视、机构建设和工作制度建设情况", "leadership, organisation and rules of work", lang))
        else:
            build()
    next_zh = "下一年度工作计划" if period.kind == "year" else "下一步工作打算"
    for zh_head, en_head, zh_blank, en_blank in (
            ("典型案例", "Typical cases", "典型案例（案情、办理经过、效果）", "typical cases: facts, handling, result"),
            ("存在的不足", "Shortcomings", "工作中存在的不足和问题", "shortcomings and problems"),
            (next_zh, "Plans", next_zh, "the plan for the next period")):
        n += 1
        add(_heading(n, zh_head, en_head, lang))
        add(_blank(zh_blank, en_blank, lang))
    if isinstance(data, DistrictData):
        draft.stations = _station_table(data, period, lang, cat)
    draft.figures = _figures_table(w, lang)
    draft.sources = w.facts
    draft.missing = w.missing
    draft.notes = [data.source_note(lang)] + notes
    return draft


def station_draft(period: Period, lang: str = "zh", today: dt.date | None = None, name: str | None = None) -> Draft:
    """The draft of `period` for the open station (its name from the station's settings)."""
    from aidstation.core import settings

    return compose(StationData(name or settings.get("station.name") or ""), period, lang, today)


def district_draft(data: DistrictData, period: Period, lang: str = "zh", today: dt.date | None = None) -> Draft:
    """The draft over every station of the merged workbooks in `data`."""
    return compose(data, period, lang, today)
