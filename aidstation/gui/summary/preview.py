"""The draft as HTML for the page's read-only preview: figures with their references raised,
【待填】 blanks on yellow (as in the Word file), the charts as pictures, the tables."""
from __future__ import annotations

import base64
from html import escape

from aidstation.core.summary import Chart, Draft, Paragraph, Table
from aidstation.core.summary.model import figures_heading, sources_heading

BLANK_STYLE = "background-color:#ffe680;"


def _paragraph(p: Paragraph) -> str:
    parts = []
    for run in p.runs:
        text = escape(run.text)
        parts.append(f'<span style="{BLANK_STYLE}">{text}</span>' if run.blank else text)
        if run.fact is not None:
            parts.append(f'<sup><span style="color:#555;">{escape(run.ref)}</span></sup>')
    html = "".join(parts)
    if p.style == "heading":
        return f"<h3>{html}</h3>"
    return f'<p style="text-indent:2em; line-height:150%;">{html}</p>'


def _chart(chart: Chart, width_pt: float = 380) -> str:
    from aidstation.docx import pictures

    data = base64.b64encode(pictures.png(chart, width_pt)).decode("ascii")
    return f'<p align="center"><img src="data:image/png;base64,{data}" width="{int(width_pt * 1.3)}"></p>'


def _table(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.head)
    rows = []
    for row in table.rows:
        cells = "".join(f'<td align="right" style="{BLANK_STYLE if v == "【待填】" else ""}">{escape(v)}</td>'
                        for v in row.values)
        label = f"<b>{escape(row.label)}</b>" if row.section else escape(row.label)
        rows.append(f"<tr><td>{label}</td>{cells}</tr>")
    return (f"<h3>{escape(table.title)}</h3><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def html(draft: Draft, charts: bool = True) -> str:
    out = [f'<h2 align="center">{escape(draft.title)}</h2>', f'<p align="center">{escape(draft.period_line)}</p>']
    for block in draft.blocks:
        if isinstance(block, Paragraph):
            out.append(_paragraph(block))
        elif isinstance(block, Chart) and charts:
            out.append(_chart(block))
    if draft.stations is not None:
        out.append(_table(draft.stations))
    if draft.figures is not None:
        figures = Table(figures_heading(draft.lang), draft.figures.head, draft.figures.rows)
        out.append(_table(figures))
    out.append(f"<h3>{escape(sources_heading(draft.lang))}</h3>")
    for line in draft.notes:
        out.append(f"<p><small>{escape(line)}</small></p>")
    for line in draft.missing:
        out.append(f'<p><small><span style="{BLANK_STYLE}">{escape(line)}</span></small></p>')
    out += [f"<p><small>{escape(f.source_line(draft.lang))}</small></p>" for f in draft.sources]
    return "\n".join(out)
