"""The recovery sheet (issue 20): one A4 page with the station, the date, the key in six groups
and as a QR code; a clean PDF with every font embedded."""
from __future__ import annotations

import datetime as dt
import subprocess

from aidstation.pdf.security import render_recovery_sheet

KEY = "CGYZD-ZE7R8-N3A0G-9AZ1Z-V6RB8-K1HA6"


def test_the_recovery_sheet_is_one_clean_page(tmp_path):
    path = tmp_path / "sheet.pdf"
    pages = render_recovery_sheet(path, station_name="东湖街道法律援助工作站", station_code="DH01",
                                  recovery_key=KEY.lower().replace("-", ""), made_on=dt.date(2026, 12, 2))
    assert pages == 1
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # emb column: every font embedded
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    for group in KEY.split("-"):
        assert group in text
    assert "东湖街道法律援助工作站" in text and "2026年12月2日" in text and "DH01" in text
    assert "保险柜" in text  # where to keep it


def test_the_qr_code_reads_back_as_the_key(tmp_path):
    """Read by a decoder that is not ours (zbarimg, from Debian's zbar-tools): the printed QR
    code holds exactly the key in its groups, what the login's recovery field accepts."""
    path = tmp_path / "sheet.pdf"
    render_recovery_sheet(path, station_name="东湖街道法律援助工作站", station_code="DH01",
                          recovery_key=KEY, made_on=dt.date(2026, 12, 2))
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(path), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == KEY
