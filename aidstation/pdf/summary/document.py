"""The work summary as a PDF: the draft's text with its figures' references as superscripts,
【待填】 blanks shaded, vector charts, the per-station and figures tables and the sources."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import KeepTogether, Table, TableStyle

from aidstation.core.summary import Chart, Draft, Paragraph
from aidstation.core.summary import Table as DraftTable
from aidstation.core.summary.model import figures_heading, sources_heading
from aidstation.pdf import common as c
from aidstation.pdf import fonts
from aidstation.pdf.summary import charts

BLANK_BG = "#FFE680"  # the same yellow as the preview's blanks
SECTION_BG = colors.Color(0.9, 0.93, 0.96)

FULL_VALUES = False  # figures only: no personal values at all


def _styles():
    return {
        "title": fonts.style("s_title", size=18, leading=28, align=TA_CENTER, spaceAfter=2),
        "period": fonts.style("s_period", size=11, leading=18, align=TA_CENTER, spaceAfter=10),
        "heading": fonts.style("s_heading", size=13, leading=22, align=TA_LEFT, spaceBefore=8, spaceAfter=2),
        "body": fonts.style("s_body", size=11.5, leading=21, align=TA_JUSTIFY, firstLineIndent=23),
        "blank": fonts.style("s_blank", size=11.5, leading=21, align=TA_LEFT, backColor=BLANK_BG,
                             borderPadding=(1, 3, 1, 3), spaceBefore=2, spaceAfter=4),
        "small": fonts.style("s_small", size=8.5, leading=12, align=TA_LEFT),
        "cell": fonts.style("s_cell", size=8.5, leading=11, align=TA_LEFT),
        "num": fonts.style("s_num", size=8.5, leading=11, align=2),
    }


def markup(paragraph: Paragraph) -> str:
    """The paragraph as reportlab markup: text escaped, refs raised, blanks shaded."""
    out = []
    for run in paragraph.runs:
        text = c.esc(run.text)
        if run.blank:
            out.append(f'<font backColor="{BLANK_BG}">{text}</font>')
        else:
            out.append(text)
        if run.fact is not None:
            out.append(f'<super><font size="7">{run.ref}</font></super>')
    return "".join(out)


def _table(table: DraftTable, st, widths: list[float]) -> Table:
    data = [[c.Para(c.esc(h), st["cell"]) for h in table.head]]
    cmds = [c.FONT_CELLS, ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), SECTION_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i, row in enumerate(table.rows, start=1):
        cells = [c.Para(c.esc(row.label), st["cell"])]
        for v in row.values:
            cell_style = st["num"] if v[:1].isdigit() or v in ("—", "【待填】") else st["cell"]
            text = f'<font backColor="{BLANK_BG}">{c.esc(v)}</font>' if v == "【待填】" else c.esc(v)
            cells.append(c.Para(text, cell_style))
        data.append(cells)
        if row.section:
            cmds.append(("BACKGROUND", (0, i), (-1, i), SECTION_BG))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(cmds))
    return t


def story(draft: Draft) -> list:
    st = _styles()
    zh = draft.lang == "zh"
    out = [c.Para("<br/>".join(c.esc(line) for line in draft.title_lines()), st["title"]),
           c.Para(c.esc(draft.period_line), st["period"])]
    for block in draft.blocks:
        if isinstance(block, Paragraph):
            lone_blank = len(block.runs) == 1 and block.runs[0].blank
            # one run alone is one fragment, whose inline backColor reportlab drops: shade the block
            style = "heading" if block.style == "heading" else "blank" if lone_blank else "body"
            out.append(c.Para(c.esc(block.runs[0].text) if lone_blank else markup(block), st[style]))
        elif isinstance(block, Chart):
            out.append(c.spacer(2))
            out.append(KeepTogether([charts.drawing(block, c.CONTENT_W * 0.92)]))
            out.append(c.spacer(3))
    if draft.stations is not None:
        out += [c.CondPageBreak(60 * 2.83), c.Para(c.esc(draft.stations.title), st["heading"])]
        n = len(draft.stations.head) - 1
        first = 38 * 2.83
        out.append(_table(draft.stations, st, [first] + [(c.CONTENT_W - first) / n] * n))
    if draft.figures is not None:
        out += [c.PageBreak(), c.Para(c.esc(figures_heading(draft.lang)), st["heading"])]
        w = c.CONTENT_W
        out.append(_table(draft.figures, st, [w * 0.46, w * 0.19, w * 0.21, w * 0.14]))
    out += [c.CondPageBreak(40 * 2.83), c.Para(c.esc(sources_heading(draft.lang)), st["heading"])]
    intro = ("文中每个数字后的方括号编号对应下列来源：指标代码、统计期间和数值，可用 aidstation totals 核对。"
             if zh else "Each bracketed number in the text points to a line below: the indicator key, the "
                        "period and the value, which `aidstation totals` reproduces.")
    out.append(c.Para(c.esc(intro), st["small"]))
    for line in draft.notes:
        out.append(c.Para(c.esc(line), st["small"]))
    for line in draft.missing:
        out.append(c.Para(f'<font backColor="{BLANK_BG}">{c.esc(line)}</font> ', st["small"]))
    for fact in draft.sources:
        out.append(c.Para(c.esc(fact.source_line(draft.lang)), st["small"]))
    return out


def render_summary(draft: Draft, path: Path | str) -> int:
    """Write the draft as an A4 PDF (atomically); returns the number of pages."""
    return c.build_pdf(path, story(draft), org=draft.unit_name, title=draft.title)
