"""The card sheet checked from the PDF itself: geometry, crop marks, serials, QR, font, back page."""
from __future__ import annotations

import subprocess

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

from aidstation.core import cards, settings
from aidstation.core import staff as staff_service
from aidstation.core.models import AuditEvent, CardPrintRun
from aidstation.core.validation import ValidationError
from aidstation.pdf import cards as card_pdf

A4 = (595.2756, 841.8898)
CARD = (255.1181, 153.0709)  # 90 x 54 mm
MX, MY = (A4[0] - 2 * CARD[0]) / 2, (A4[1] - 5 * CARD[1]) / 2  # 15 mm and 13.5 mm


@pytest.fixture
def designed(admin):
    settings.set_many({"station.name": "望月湖街道法律援助工作站", "station.code": "YL03"}, user=admin)
    a = staff_service.create(user=admin, name="王建国", role="officer", title="司法所所长", phone="13873112345")
    b = staff_service.create(user=admin, name="李秀英", role="mediator", phone="13907318866")
    cards.save_design(user=admin, title="法律服务便民联系卡", subtitle="有困难 找司法", services=["法律咨询", "人民调解"],
                      staff_ids=[a.id, b.id], office_hours="周一至周五 8:30-17:30", qr_text="tel:12348",
                      double_sided=True, hotline="12348", address="桐梓坡路168号")
    return admin


def _ops(reader, page):
    """(operator, operands, ctm) for every drawing operator, tracking q/Q/cm."""
    ctm, stack, out = (1, 0, 0, 1, 0, 0), [], []
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F)
        else:
            out.append((op, [float(v) if hasattr(v, "real") or str(v).replace(".", "").lstrip("-").isdigit()
                             else v for v in operands], ctm))
    return out


def _xy(ctm, x, y):
    a, b, c, d, e, f = ctm
    return a * x + c * y + e, b * x + d * y + f


def _card_rects(reader, page):
    """Filled card-sized rectangles (a clipping path, `re W n`, is not a card)."""
    rects, ops = [], _ops(reader, page)
    for i, (op, args, ctm) in enumerate(ops):
        if op == b"re" and abs(args[2] - CARD[0]) < 0.01 and abs(args[3] - CARD[1]) < 0.01:
            if i + 1 < len(ops) and ops[i + 1][0] in (b"W", b"W*"):
                continue
            x, y = _xy(ctm, args[0], args[1])
            rects.append((round(x, 2), round(y, 2)))
    return rects


def test_sheet_geometry_serials_font(designed, tmp_path):
    path = tmp_path / "cards.pdf"
    run = card_pdf.print_new(user=designed, quantity=20, path=path, year=2026)
    assert (run.serial_from, run.serial_to, run.file_name) == (1, 20, "cards.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 4  # 2 sheets, front and back each
    for page in reader.pages:
        assert [round(float(v), 2) for v in page.mediabox] == [0, 0, 595.28, 841.89]
    xs = [round(MX, 2), round(MX + CARD[0], 2)]
    ys = [round(A4[1] - MY - (r + 1) * CARD[1], 2) for r in range(5)]
    assert (round(MX, 2), round(MY, 2)) == (42.52, 38.27)
    front = _card_rects(reader, reader.pages[0])
    assert front == [(xs[c], ys[r]) for r in range(5) for c in range(2)]  # row by row from the top
    back = _card_rects(reader, reader.pages[1])
    assert back == [(xs[1 - c], ys[r]) for r in range(5) for c in range(2)]  # mirrored for duplex

    # Crop marks: 18 short lines, all outside the card grid, on the grid's cut lines.
    lines, current = [], None
    for op, args, ctm in _ops(reader, reader.pages[0]):
        if op == b"m":
            current = _xy(ctm, *args)
        elif op == b"l" and current is not None:
            end = _xy(ctm, *args)
            lines.append((current, end))
    outside = [ln for ln in lines if all(p[0] < MX - 1 or p[0] > A4[0] - MX + 1 or p[1] < MY - 1
                                         or p[1] > A4[1] - MY + 1 for p in ln)]
    assert len(outside) == 18
    for (x1, y1), (x2, y2) in outside:
        assert round(abs(x2 - x1) + abs(y2 - y1), 2) == 12.0
        if x1 == x2:
            assert round(x1, 2) in {round(MX + i * CARD[0], 2) for i in range(3)}
        else:
            assert round(y1, 2) in {round(MY + j * CARD[1], 2) for j in range(6)}

    text = reader.pages[0].extract_text() + reader.pages[2].extract_text()
    for n in range(1, 21):
        assert f"No. YL03-2026-{n:05d}" in text
    assert "王建国" in text and "12348" in text
    back_text = reader.pages[1].extract_text()
    assert "YL03-2026-00001" in back_text and "法律咨询" in back_text

    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values()]
    names = [str(f["/BaseFont"]) for f in embedded]
    assert names and all("WenQuanYiZenHei" in n for n in names)  # only the embedded CJK font
    for f in embedded:
        descriptor = f["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType outlines are inside the PDF
    assert [e.detail for e in AuditEvent.select().where(AuditEvent.action == "print")] == ["2026 1-20 cards.pdf"]


def _matrix_from_pixels(img: Image.Image, box, n: int) -> list[list[bool]]:
    """Sample the centre of each module of an n x n code whose dark extent is `box`."""
    left, top, right, bottom = box
    step = (right - left) / n
    grey = img.convert("L")
    return [[grey.getpixel((int(left + (c + 0.5) * step), int(top + (r + 0.5) * step))) < 128
             for c in range(n)] for r in range(n)]


@pytest.mark.parametrize("qr_text", ["tel:12348", "https://example.gov.cn/legal-aid?station=YL03"])
def test_qr_code_on_the_rendered_page_matches_the_encoder(designed, tmp_path, qr_text):
    settings.set_many({"card.qr_text": qr_text}, user=designed)
    path = tmp_path / "one.pdf"
    card_pdf.render_cards(cards.design(), ["YL03-2026-00001"], path, double_sided=False)
    dpi = 300
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(path), str(tmp_path / "page")],
                   check=True)
    img = Image.open(tmp_path / "page.png").convert("RGB")
    scale = dpi / 72
    # Search the right-hand column of the first card (below the title band, above the
    # address strip) for near-black pixels; the blue hotline and grey captions are excluded
    # by colour.
    region = [int(v * scale) for v in (MX + CARD[0] - 75, MY + 45, MX + CARD[0], MY + CARD[1] - 21)]
    dark = [(x, y) for y in range(region[1], region[3], 2) for x in range(region[0], region[2], 2)
            if max(img.getpixel((x, y))) < 70]
    assert dark
    box = (min(x for x, _ in dark), min(y for _, y in dark), max(x for x, _ in dark) + 2,
           max(y for _, y in dark) + 2)
    expected = card_pdf.qr_matrix(qr_text)
    n = len(expected)
    assert abs((box[2] - box[0]) - (box[3] - box[1])) < 4  # square
    drawn = _matrix_from_pixels(img, box, n)
    assert drawn == expected
    # The encoder's matrix is reportlab's own for this text and level M.
    from reportlab.graphics.barcode import qrencoder
    ref = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    ref.addData(qr_text)
    ref.make()
    assert [[bool(m) for m in row] for row in ref.modules] == expected


def test_reprint_is_audited_and_limited_to_printed(designed, tmp_path):
    card_pdf.print_new(user=designed, quantity=10, path=tmp_path / "a.pdf", year=2026)
    run = card_pdf.reprint(user=designed, year=2026, serial_from=3, serial_to=5, path=tmp_path / "b.pdf",
                           reason="卡纸")
    assert run.reprint and "YL03-2026-00003" in PdfReader(tmp_path / "b.pdf").pages[0].extract_text()
    with pytest.raises(ValidationError):
        card_pdf.reprint(user=designed, year=2026, serial_from=9, serial_to=12, path=tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    assert CardPrintRun.select().count() == 2
    assert cards.printed_upto(2026) == 10


def test_single_sided_has_no_back_and_partial_sheet(designed, tmp_path):
    pages = card_pdf.render_cards(cards.design(), [f"YL03-2026-{n:05d}" for n in range(1, 14)],
                                  tmp_path / "s.pdf", double_sided=False)
    reader = PdfReader(tmp_path / "s.pdf")
    assert pages == len(reader.pages) == 2
    assert len(_card_rects(reader, reader.pages[1])) == 3


def test_crowded_design_keeps_every_phone_number_whole(admin, tmp_path):
    settings.set_many({"station.name": "某某县某某镇人民调解委员会暨法律援助工作站（驻镇综治中心）",
                       "station.code": "XZ07"}, user=admin)
    phones = ["13873112345", "13907318866", "15116200312", "073188231456", "18800001111", "13512345678"]
    ids = [staff_service.create(user=admin, name=f"员工{i}", role="mediator", title="司法所所长兼人民调解委员会主任",
                                phone=p).id for i, p in enumerate(phones)]
    cards.save_design(user=admin, title="法律援助连心卡暨人民调解便民服务卡", staff_ids=ids, qr_text="",
                      hotline="0731-88881234", address="某某县某某镇人民政府大院东侧二楼司法所办公室（老邮局对面）")
    card_pdf.render_cards(cards.design(), ["XZ07-2026-00001"], tmp_path / "c.pdf")
    reader = PdfReader(tmp_path / "c.pdf")
    front = reader.pages[0].extract_text().replace(" ", "")
    for p in ["13873112345", "13907318866", "15116200312", "0731-88231456", "18800001111", "13512345678",
              "0731-88881234"]:
        assert p in front
    assert "0731-88881234" in reader.pages[1].extract_text().replace(" ", "")
