"""The work summary as Word and PDF files (issue 18): the .docx's numbers each equal the
indicator its sources appendix names, it is A4 with the East Asian font set, page numbers,
highlighted blanks and its charts, and LibreOffice converts it; the PDF passes qpdf with every
font embedded; `aidstation summary` writes either."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

from aidstation.cli.main import main as cli_main
from aidstation.core import summary
from aidstation.core.db import close_station
from aidstation.core.demo import generate
from aidstation.core.reporting import periods
from aidstation.core.station import open_station
from aidstation.docx import write_summary
from aidstation.pdf.summary import render_summary
from tests.core.summary_numbers import check_text

TODAY = dt.date(2026, 2, 28)  # the demo: January 2025 to February 2026
YEAR = periods.year(2025)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("summary-docs")
    generate(root / "station", seed=8, months=14, code="SD01", today=TODAY)
    out = {"root": root, "station": root / "station"}
    for lang in ("zh", "en"):
        draft = summary.station_draft(YEAR, lang, today=TODAY)
        out[f"draft_{lang}"] = draft
        out[f"docx_{lang}"] = write_summary(draft, root / f"summary-{lang}.docx")
        render_summary(draft, root / f"summary-{lang}.pdf")
        out[f"pdf_{lang}"] = root / f"summary-{lang}.pdf"
    close_station()
    return out


@pytest.fixture
def opened(files):
    open_station(files["station"], create=False)
    yield
    close_station()


def _docx_parts(path, lang):
    """(body text, source lines) read back from the Word file."""
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    appendix = "附件1：主要数据表" if lang == "zh" else "Appendix 1: Figures"
    sources = "附件2：数据来源" if lang == "zh" else "Appendix 2: Sources of the figures"
    body = texts[2:texts.index(appendix)]
    return "\n".join(body), [t for t in texts[texts.index(sources) + 1:] if t.startswith("[")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_number_in_the_docx_is_the_indicator_its_source_names(files, opened, lang):
    body, sources = _docx_parts(files[f"docx_{lang}"], lang)
    assert len(sources) == len(files[f"draft_{lang}"].sources) > 80
    assert check_text(body, sources) == len([r for p in files[f"draft_{lang}"].paragraphs()
                                              for r in p.runs if r.fact is not None])


def test_the_docx_is_a4_with_the_east_asian_font_page_numbers_blanks_and_charts(files):
    doc = Document(str(files["docx_zh"]))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    assert doc.styles["Heading 1"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
    footer = section.footer.paragraphs[0]._p.xml
    assert " PAGE " in footer and " NUMPAGES " in footer and "第 " in footer
    highlighted = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "【待填：典型案例（案情、办理经过、效果）】" in highlighted
    assert "【待填：下一年度工作计划】" in highlighted
    supers = [r.text for p in doc.paragraphs for r in p.runs if r.font.superscript]
    assert supers[:3] == ["[1]", "[2]", "[3]"]
    assert len(doc.inline_shapes) == 3  # consultations by month, disputes by type, publicity by format
    assert len(doc.tables) == 1 and doc.tables[0].rows[0].cells[0].text == "指标"


def test_libreoffice_converts_the_docx(files, tmp_path):
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(files["docx_zh"])],
                          capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "summary-zh.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2025年度法律援助工作总结" in text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_pdf_passes_qpdf_and_embeds_every_font(files, lang):
    path = files[f"pdf_{lang}"]
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), listing
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace("\n", "")
    if lang == "zh":
        assert "【待填：典型案例（案情、办理经过、效果）】" in flat
        assert "附件2：数据来源" in flat


def test_the_command_writes_either_file(files, tmp_path, capsys):
    station = str(files["station"])
    assert cli_main(["--data-dir", station, "summary", "--year", "2025", "-o", str(tmp_path / "s.docx")]) == 0
    assert cli_main(["--data-dir", station, "summary", "--quarter", "2026-Q1", "--lang", "en",
                     "-o", str(tmp_path / "s.pdf")]) == 0
    out = capsys.readouterr().out
    assert "【待填】 blanks to fill" in out
    assert (tmp_path / "s.docx").stat().st_size > 20_000 and (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"
    assert cli_main(["--data-dir", station, "summary", "--year", "2025", "--half", "2025-H1",
                     "-o", str(tmp_path / "x.pdf")]) == 1
    assert "give one period" in capsys.readouterr().err
    assert cli_main(["--data-dir", station, "summary", "--year", "2025", "-o", str(tmp_path / "x.txt")]) == 1
    assert not (tmp_path / "x.txt").exists()
