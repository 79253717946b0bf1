"""The deadline and supervision sheet (督办单, DESIGN §6): everything overdue or due within N
days, grouped by kind, with the record number, who it concerns (masked), the deadline and the
days left or overdue, and blank columns for the supervisor's instruction and what was done."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from aidstation.core import registers, settings
from aidstation.pdf.registers import layout

FULL_VALUES = False  # a shared sheet: names masked, numbers in titles masked
TITLE = "期限督办单"
HEADERS = ["序号", "编号", "涉及人员", "事项", "期限", "剩余/逾期", "督办意见", "办理情况"]
WIDTHS = [11, 46, 28, 66, 20, 19, 38, 38]
RIGHT = [True, False, False, False, False, False, False, False]
FLEX = [False, True, True, True, False, False, True, True]


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def render_due_sheet(path: Path | str, *, as_of: dt.date | None = None, days: int = registers.clocks.HORIZON_DAYS,
                     rows: list | None = None) -> tuple[int, int]:
    """Write the sheet as of `as_of` (today) looking `days` ahead; returns (items, pages).
    `rows`: the core.registers.due_rows already read (else they are read here)."""
    as_of = as_of or dt.date.today()
    rows = registers.due_rows(as_of, horizon=days) if rows is None else rows
    overdue = sum(1 for r in rows if r.item.overdue)

    def blocks():
        n = 0
        for area, _kind, group in registers.due_groups(rows):
            late = sum(1 for r in group if r.item.overdue)
            note = f"，其中逾期 {late} 项" if late else ""
            yield "group", f"{registers.AREA_ZH.get(area, area)} · {group[0].item.label_zh}（{len(group)} 项{note}）"
            lines = []
            for r in group:
                n += 1
                what = r.title if r.title and r.title != r.who else r.item.label_zh  # aid: the title is the name
                lines.append([str(n), r.item.number, r.who, what, r.item.due_on.isoformat(),
                              registers.days_text(r.days_left(as_of)), "", ""])
            for chunk in layout.chunked(lines):
                yield "rows", chunk
        if not rows:
            yield "empty", "没有逾期或即将到期的事项"
        yield "totals", ["合计", f"{len(rows)} 项", f"逾期 {overdue} 项", "", "", "", "", ""]

    station = settings.get("station.name")
    sheet = layout.Sheet(
        title=TITLE, station=station,
        info=[f"单位：{station or '—'}　　　截至{_cn(as_of)}，已逾期及 {days} 日内到期的事项"],
        headers=HEADERS, widths_mm=WIDTHS, right=RIGHT, flex=FLEX, blocks=blocks(),
        running=f"{TITLE}　{as_of.isoformat()}", subject=f"due {as_of} {days}",
        closing=["督办人：＿＿＿＿＿＿　　　　承办人：＿＿＿＿＿＿　　　　反馈日期：＿＿＿＿年＿＿月＿＿日",
                 "说明：逾期事项请于收到本单后及时办理并反馈；姓名已作脱敏处理。"])
    return len(rows), layout.build(path, sheet)
