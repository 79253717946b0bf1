"""The QR code on a printed card decodes to its text: render the page with pdftoppm, read the
module grid from the pixels, and decode it with the small, independent decoder below
(versions 1-6; numeric, alphanumeric and byte modes; format read from the code itself)."""
from __future__ import annotations

import subprocess

import pytest
from PIL import Image

from aidstation.core import cards, settings
from aidstation.pdf import cards as card_pdf

A4_H = 841.8898
CARD_W, CARD_H = 255.1181, 153.0709
MX, MY = (595.2756 - 2 * CARD_W) / 2, (A4_H - 5 * CARD_H) / 2

# ISO/IEC 18004 tables for versions 1-6: level -> [(blocks, total codewords, data codewords)]
RS_BLOCKS = {
    1: {"L": [(1, 26, 19)], "M": [(1, 26, 16)], "Q": [(1, 26, 13)], "H": [(1, 26, 9)]},
    2: {"L": [(1, 44, 34)], "M": [(1, 44, 28)], "Q": [(1, 44, 22)], "H": [(1, 44, 16)]},
    3: {"L": [(1, 70, 55)], "M": [(1, 70, 44)], "Q": [(2, 35, 17)], "H": [(2, 35, 13)]},
    4: {"L": [(1, 100, 80)], "M": [(2, 50, 32)], "Q": [(2, 50, 24)], "H": [(4, 25, 9)]},
    5: {"L": [(1, 134, 108)], "M": [(2, 67, 43)], "Q": [(2, 33, 15), (2, 34, 16)],
        "H": [(2, 33, 11), (2, 34, 12)]},
    6: {"L": [(2, 86, 68)], "M": [(4, 43, 27)], "Q": [(4, 43, 19)], "H": [(4, 43, 15)]},
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34]}
LEVELS = {0b01: "L", 0b00: "M", 0b11: "Q", 0b10: "H"}
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
MASKS = [
    lambda i, j: (i + j) % 2 == 0, lambda i, j: i % 2 == 0, lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0, lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0, lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
]


def _format_bits(data: int) -> int:
    """BCH(15,5) code of the 5 format bits, XOR the standard mask 101010000010010."""
    g = 0b10100110111
    rem = data << 10
    for shift in range(4, -1, -1):
        if rem & (1 << (shift + 10)):
            rem ^= g << shift
    return ((data << 10) | rem) ^ 0b101010000010010


def _read_format(m) -> tuple[str, int]:
    """EC level and mask from the format bits beside the top-left finder (nearest valid code)."""
    n = len(m)
    # Bit i (0 = least significant) sits at column 8: rows 0-5, 7, 8, then the bottom rows.
    cells = [(i, 8) for i in range(6)] + [(7, 8), (8, 8)] + [(n - 7 + (i - 8), 8) for i in range(8, 15)]
    read = sum(1 << i for i, (r, c) in enumerate(cells) if m[r][c])
    best = min(range(32), key=lambda d: bin(_format_bits(d) ^ read).count("1"))
    assert bin(_format_bits(best) ^ read).count("1") <= 3, "format bits unreadable"
    return LEVELS[best >> 3], best & 7


def _function_modules(n: int, version: int) -> list[list[bool]]:
    f = [[False] * n for _ in range(n)]

    def block(r0, c0, h, w):
        for r in range(max(r0, 0), min(r0 + h, n)):
            for c in range(max(c0, 0), min(c0 + w, n)):
                f[r][c] = True

    block(0, 0, 9, 9)  # finder, separator, format
    block(0, n - 8, 9, 8)
    block(n - 8, 0, 8, 9)
    for i in range(n):
        f[6][i] = f[i][6] = True  # timing patterns
    centres = ALIGN[version]
    for r in centres:
        for c in centres:
            if (r, c) in ((6, 6), (6, centres[-1]), (centres[-1], 6)):
                continue
            block(r - 2, c - 2, 5, 5)
    return f


def decode(m: list[list[bool]]) -> str:
    """Decode a module matrix (True = dark) of version 1-6 to text."""
    n = len(m)
    version = (n - 17) // 4
    assert 4 * version + 17 == n and version in RS_BLOCKS, f"unsupported size {n}"
    level, mask_id = _read_format(m)
    mask, f = MASKS[mask_id], _function_modules(n, version)
    bits, col, upward = [], n - 1, True
    while col > 0:
        if col == 6:
            col -= 1
        for r in (range(n - 1, -1, -1) if upward else range(n)):
            for c in (col, col - 1):
                if not f[r][c]:
                    bits.append(int(m[r][c]) ^ int(mask(r, c)))
        upward, col = not upward, col - 2
    codewords = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits) - 7, 8)]
    blocks = [d for count, _total, d in RS_BLOCKS[version][level] for _ in range(count)]
    data = [[] for _ in blocks]
    it = iter(codewords)
    for i in range(max(blocks)):
        for b, size in enumerate(blocks):
            if i < size:
                data[b].append(next(it))
    stream = "".join(f"{byte:08b}" for block in data for byte in block)
    pos, out = 0, []

    def take(k):
        nonlocal pos
        value = int(stream[pos:pos + k], 2)
        pos += k
        return value

    while pos + 4 <= len(stream):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0100:
            out.append(bytes(take(8) for _ in range(take(8))).decode("utf-8"))
        elif mode == 0b0001:
            count, digits = take(10), ""
            while count >= 3:
                digits += f"{take(10):03d}"
                count -= 3
            digits += f"{take(7):02d}" if count == 2 else (f"{take(4)}" if count == 1 else "")
            out.append(digits)
        elif mode == 0b0010:
            count, text = take(9), ""
            while count >= 2:
                v = take(11)
                text += ALNUM[v // 45] + ALNUM[v % 45]
                count -= 2
            if count:
                text += ALNUM[take(6)]
            out.append(text)
        else:
            raise AssertionError(f"unexpected mode {mode:04b}")
    return "".join(out)


def matrix_from_image(img: Image.Image, region) -> list[list[bool]]:
    """Find the code inside `region` (pixels) by its near-black modules and sample its grid;
    the module size comes from the top-left finder pattern (7 modules wide)."""
    x0, y0, x1, y1 = region
    px = img.load()
    dark = lambda x, y: max(px[x, y]) < 90  # noqa: E731 - blue text and grey captions are not
    points = [(x, y) for y in range(y0, y1) for x in range(x0, x1) if dark(x, y)]
    left, top = min(x for x, _ in points), min(y for _, y in points)
    right, bottom = max(x for x, _ in points) + 1, max(y for _, y in points) + 1
    y = top + 1
    run = 0
    while dark(left + run, y):
        run += 1
    module = run / 7
    n = round((right - left) / module)
    assert abs((bottom - top) / module - n) < 0.5
    return [[dark(int(left + (c + 0.5) * (right - left) / n), int(top + (r + 0.5) * (bottom - top) / n))
             for c in range(n)] for r in range(n)]


@pytest.mark.parametrize("qr_text", [
    "tel:12348",  # byte mode, version 1
    "12348",  # numeric mode
    "TEL:12348",  # alphanumeric mode
    "https://example.gov.cn/legal-aid?station=YL03&lang=zh",  # version 4, two RS blocks
])
def test_qr_on_the_rendered_card_decodes_to_its_text(admin, tmp_path, qr_text):
    settings.set_many({"station.code": "YL03", "card.qr_text": qr_text}, user=admin)
    pdf = tmp_path / "card.pdf"
    card_pdf.render_cards(cards.design(), ["YL03-2026-00001", "YL03-2026-00002"], pdf, double_sided=False)
    dpi = 300
    top_row_px = int((MY + CARD_H + 4) * dpi / 72)  # only the first row of cards is rendered
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-x", "0", "-y", "0",
                    "-W", str(int(595.3 * dpi / 72)), "-H", str(top_row_px), str(pdf), str(tmp_path / "p")],
                   check=True)
    img = Image.open(tmp_path / "p.png").convert("RGB")
    s = dpi / 72
    for col in range(2):  # both cards of the first row
        card_left = MX + col * CARD_W
        region = [int(v * s) for v in (card_left + CARD_W - 75, MY + 45, card_left + CARD_W, MY + CARD_H - 21)]
        assert decode(matrix_from_image(img, region)) == qr_text
    # and by a decoder that is not ours: zbarimg (Debian's zbar-tools) finds both codes of the row
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / "p.png")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [qr_text, qr_text]


def test_decoder_reads_reportlab_matrices_directly():
    # The decoder itself, on every EC level of reportlab's encoder (so a decoder bug shows here).
    from reportlab.graphics.barcode import qrencoder

    for level in ("L", "M", "Q", "H"):
        qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        qr.addData("法律援助 12348")
        qr.make()
        assert decode([[bool(x) for x in row] for row in qr.modules]) == "法律援助 12348"
