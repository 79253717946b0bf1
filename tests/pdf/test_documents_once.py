"""Issue 13: a sheet run encodes its QR code once and draws it once (a form placed on every
card); the whole dossier is laid out once, page for page what building it in print order
with the page counts measured beforehand shows."""
from __future__ import annotations

import sys

import pypdf
from pypdf.generic import ContentStream
from reportlab.platypus import BaseDocTemplate

from aidstation.core import cards, settings
from aidstation.pdf import cards as card_pdf
from aidstation.pdf import common as c
from aidstation.pdf.mediation import contents, cover, dossier
from tests.pdf.test_mediation_documents import build_case


def test_a_sheet_run_encodes_its_qr_once_and_places_one_form_on_every_card(admin, tmp_path, monkeypatch):
    settings.set_many({"station.code": "YL03", "card.qr_text": "https://example.gov.cn/once"}, user=admin)
    sheet = sys.modules["aidstation.pdf.cards.sheet"]
    made = []
    real = sheet.QrCodeWidget
    monkeypatch.setattr(sheet, "QrCodeWidget", lambda *a, **kw: made.append(a) or real(*a, **kw))
    sheet._qr_modules.cache_clear()
    path = tmp_path / "cards.pdf"
    card_pdf.render_cards(cards.design(), [f"YL03-2026-{n:05d}" for n in range(1, 21)], path)
    assert len(made) == 1
    reader = pypdf.PdfReader(path)
    forms = set()
    for page in reader.pages[::2]:  # the fronts
        xobjects = page["/Resources"]["/XObject"]
        draws = [ops[0] for ops, op in ContentStream(page.get_contents(), reader).operations if op == b"Do"]
        assert len(draws) == 10
        forms |= {xobjects[name].get_object().indirect_reference.idnum for name in draws}
    assert len(forms) == 1  # one form object in the file, placed twenty times


def test_the_dossier_is_laid_out_once_and_shows_what_a_build_in_print_order_shows(station, admin, tmp_path,
                                                                                  monkeypatch):
    case = build_case(admin)
    pages = contents.page_counts(case)  # each document laid out on its own
    story = cover.cover_story(case, filed_by="王调解") + [c.PageBreak()] + cover.contents_story(case, pages)
    for _item, factory in contents.parts(case):
        story += [c.PageBreak(), c.HeaderChange(number=case.number)] + factory()
    story += [c.PageBreak()] + cover.back_story(case, pages, filed_by="王调解")
    reference = tmp_path / "reference.pdf"
    c.build_pdf(reference, story, org=dossier.mp.committee(), number=case.number, page_numbers=False)

    builds = []
    real = BaseDocTemplate.build
    monkeypatch.setattr(BaseDocTemplate, "build", lambda self, *a, **kw: builds.append(1) or real(self, *a, **kw))
    path = tmp_path / "dossier.pdf"
    total = dossier.render_dossier(case, path, user=admin, filed_by="王调解")
    assert len(builds) == 1
    got, want = pypdf.PdfReader(path), pypdf.PdfReader(reference)
    assert total == len(got.pages) == len(want.pages)
    assert [p.extract_text() for p in got.pages] == [p.extract_text() for p in want.pages]
    assert "卷内目录" in got.pages[1].extract_text() and "卷内备考表" in got.pages[-1].extract_text()
