"""The work summary as an editable Word file (.docx, python-docx): A4, the text in 宋体 (set
for East Asian text, w:eastAsia, so Word and WPS use it for the Chinese), headings in 黑体,
figures' references as superscripts, 【待填】 blanks highlighted yellow, the charts as
pictures, the tables, and page numbers 第 N 页 共 M 页 in the footer."""
from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from aidstation.core.files import atomic_path
from aidstation.core.summary import Chart, Draft, Paragraph
from aidstation.core.summary import Table as DraftTable
from aidstation.core.summary.model import figures_heading, sources_heading
from aidstation.docx import pictures

BODY_FONT, HEAD_FONT, LATIN_FONT = "宋体", "黑体", "Times New Roman"
CHART_WIDTH_MM = 150


def _fonts(style_or_run, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Latin and East Asian font names on a style or run (python-docx sets only w:ascii/w:hAnsi)."""
    style_or_run.font.name = latin
    rpr = style_or_run.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _setup(doc, lang: str = "zh") -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)  # GB/T 9704 (official documents)
    normal = doc.styles["Normal"]
    _fonts(normal, BODY_FONT)
    normal.font.size = Pt(12)
    normal.paragraph_format.line_spacing = Pt(24)
    normal.paragraph_format.space_after = Pt(0)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        style = doc.styles[name]
        _fonts(style, HEAD_FONT)
        style.font.size = Pt(size)
        style.font.bold = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
    _page_numbers(section, lang)


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind is None and text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        elif kind is None:
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _page_numbers(section, lang: str) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, middle, after = ("第 ", " 页  共 ", " 页") if lang == "zh" else ("Page ", " of ", "")
    p.add_run(before)
    _field(p, "PAGE")
    p.add_run(middle)
    _field(p, "NUMPAGES")
    if after:
        p.add_run(after)


def _runs(p, paragraph: Paragraph) -> None:
    for run in paragraph.runs:
        r = p.add_run(run.text)
        if run.blank:
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if run.fact is not None:
            ref = p.add_run(run.ref)
            ref.font.superscript = True


def _table(doc, table: DraftTable, widths_mm: list[float]) -> None:
    t = doc.add_table(rows=1, cols=len(table.head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(t.rows[0].cells, table.head):
        cell.text = text
        cell.paragraphs[0].runs[0].font.bold = True
    for row in table.rows:
        cells = t.add_row().cells
        for i, text in enumerate([row.label, *row.values]):
            cells[i].text = text
            para = cells[i].paragraphs[0]
            if i and (text[:1].isdigit() or text == "—"):
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if text == "【待填】":
                para.runs[0].font.highlight_color = WD_COLOR_INDEX.YELLOW
            if row.section:
                para.runs[0].font.bold = True if para.runs else None
    for row in t.rows:
        for cell, w in zip(row.cells, widths_mm):
            cell.width = Mm(w)
            for para in cell.paragraphs:
                para.paragraph_format.line_spacing = 1.0
                for r in para.runs:
                    r.font.size = Pt(9)


def document(draft: Draft):
    doc = Document()
    _setup(doc, draft.lang)
    doc.core_properties.title = draft.title
    doc.core_properties.author = draft.unit_name
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing = Pt(32)
    for i, text in enumerate(draft.title_lines()):
        run = title.add_run(text)
        _fonts(run, HEAD_FONT)
        run.font.size = Pt(18)
        if i < len(draft.title_lines()) - 1:
            run.add_break()
    line = doc.add_paragraph(draft.period_line)
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in draft.blocks:
        if isinstance(block, Paragraph):
            if block.style == "heading":
                doc.add_paragraph(block.text(), style="Heading 1")
                continue
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            # Chinese is justified as printed summaries are; English justified spreads its words
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if draft.lang == "zh" else WD_ALIGN_PARAGRAPH.LEFT
            _runs(p, block)
        elif isinstance(block, Chart):
            doc.add_picture(io.BytesIO(pictures.png(block, CHART_WIDTH_MM / 25.4 * 72)), width=Mm(CHART_WIDTH_MM))
            picture = doc.paragraphs[-1]
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.paragraph_format.line_spacing = 1.0  # the body's exact 24 pt would clip it to a line
    if draft.stations is not None:
        doc.add_paragraph(draft.stations.title, style="Heading 1")
        n = len(draft.stations.head) - 1
        _table(doc, draft.stations, [34] + [(156 - 34) / n] * n)
    if draft.figures is not None:
        doc.add_page_break()
        doc.add_paragraph(figures_heading(draft.lang), style="Heading 1")
        _table(doc, draft.figures, [72, 28, 32, 24])
    doc.add_paragraph(sources_heading(draft.lang), style="Heading 1")
    for text in draft.notes:
        _small(doc, text)
    for text in draft.missing:
        _small(doc, text).runs[0].font.highlight_color = WD_COLOR_INDEX.YELLOW
    for fact in draft.sources:
        _small(doc, fact.source_line(draft.lang))
    return doc


def _small(doc, text: str):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = 1.0
    r = p.add_run(text)
    r.font.size = Pt(9)
    return p


def write_summary(draft: Draft, path: Path | str) -> Path:
    """Write the draft as a .docx (atomically) and return its path."""
    path = Path(path)
    doc = document(draft)
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
    return path
