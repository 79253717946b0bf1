"""卷宗封面, 卷内目录 and 封底 (cover, table of contents, back cover) of a mediation dossier."""
from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf import fonts
from aidstation.pdf.mediation import parts as mp
from aidstation.pdf.mediation.contents import page_counts

TITLE_COVER = "人民调解卷宗"
TITLE_CONTENTS = "卷内目录"
TITLE_BACK = "卷内备考表"
KEY = "cover"
FULL_VALUES = False  # DESIGN §12: names only; the dossier's documents show what their own modules declare
VALUES = c.Values(FULL_VALUES)


def _dates(case: MediationCase) -> tuple[dt.date | None, dt.date | None]:
    sessions = mediation.sessions_of(case)
    first = min([case.received_on] + [s.held_at.date() for s in sessions])
    return first, case.concluded_on


def cover_story(case: MediationCase, *, filed_by: str = "", filed_on: dt.date | None = None,
                retention: str = "") -> list:
    start, end = _dates(case)
    rows = [
        ("卷　　名", mp.case_title(case)),
        ("卷　　号", case.number),
        ("人民调解员", mp.mediator_names(case)),
        ("调解日期", f"自 {c.cn_date(start)} 至 {c.cn_date(end)}"),
        ("立 卷 人", filed_by),
        ("立卷日期", c.cn_date(filed_on or case.concluded_on)),
        ("保管期限", retention),
        ("备　　注", ""),
    ]
    big = fonts.style("cover", size=30, leading=44, align=1)
    org = fonts.style("org", size=18, leading=26, align=1)
    line = fonts.style("line", size=14, leading=20)
    data = [[c.Para(c.esc(k) + "：", line), c.Para(c.esc(v), line)] for k, v in rows]
    table = Table(data, colWidths=[36 * mm, 100 * mm], rowHeights=[13 * mm] * len(rows))
    table.setStyle(TableStyle([
        c.FONT_CELLS, ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ]))
    return [c.BarePage(), c.spacer(25), c.Para(c.esc(mp.committee()), org), c.spacer(12),
            c.Para(TITLE_COVER, big), c.spacer(35), table]


def contents_story(case: MediationCase, pages: dict[int, int]) -> list:
    """The 13 items with required flag, present/absent, page count and page range."""
    head = [c.label(t) for t in ("序号", "文件材料名称", "必备", "有/无", "页数", "页号", "备注")]
    rows, start = [head], 1
    for row in mediation.checklist(case):
        n = pages.get(row.item, 0) if row.present else 0
        span = (f"{start}" if n == 1 else f"{start}–{start + n - 1}") if n else ""
        start += n
        rows.append([c.para(str(row.item), "label"), row.title_zh,
                     c.para("必须" if row.required else "按需", "label"),
                     c.para("有" if row.present else "无", "label"),
                     c.para(str(n) if n else "", "label"), c.para(span, "label"), row.note])
    table = c.form_table(rows, [12, 0, 14, 14, 13, 18, 30], shade=True,
                         label_cells=[(i, 0) for i in range(7)])
    return [c.title(TITLE_CONTENTS), c.number_line(case.number), table, c.spacer(3),
            c.note("页数：本程序生成的文书按打印页数自动统计，其他材料按归档时登记的页数。"
                   "页号按卷内顺序连续编排，装订后加盖页码。")]


def back_story(case: MediationCase, pages: dict[int, int], *, filed_by: str = "",
               filed_on: dt.date | None = None) -> list:
    present = [r for r in mediation.checklist(case) if r.present]
    total = sum(pages.get(r.item, 0) for r in present)
    text = (f"本卷共有文件材料 {len(present)} 件，共 {total} 页。")
    rows = [[c.label("本卷情况说明"), c.para(text, "value")],
            [c.label("立卷人"), filed_by], [c.label("检查人"), ""],
            [c.label("立卷时间"), c.cn_date(filed_on or case.concluded_on)]]
    return [c.title(TITLE_BACK), c.number_line(case.number),
            c.form_table(rows, [32, 0], shade=True, heights=[90, 14, 14, 14], top_cells=[(1, 0)])]


def render_cover(case: MediationCase, path, *, user, audit: bool = True, filed_by: str = "",
                 filed_on: dt.date | None = None) -> int:
    """Cover, table of contents and back cover in one PDF (page counts of generated documents
    computed by contents.py)."""
    pages = page_counts(case)
    story = (cover_story(case, filed_by=filed_by, filed_on=filed_on) + [c.PageBreak()]
             + contents_story(case, pages) + [c.PageBreak()]
             + back_story(case, pages, filed_by=filed_by, filed_on=filed_on))
    return mp.write(case, path, story, title=TITLE_COVER, document=KEY, full=FULL_VALUES, user=user, audit=audit)
