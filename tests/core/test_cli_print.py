"""`aidstation print KIND NUMBER -o FILE.pdf` (issue 14): every document from the command line,
found by its number as printed or as YEAR-SEQ, audited as the program; one-line errors."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from aidstation import cli
from aidstation.cli import documents
from aidstation.core import legalaid
from aidstation.core.db import close_station
from aidstation.core.models import AuditEvent, Person
from aidstation.core.station import open_station
from tests.pdf.test_aid_documents import make_app
from tests.pdf.test_mediation_documents import build_case


@pytest.fixture
def folder(station, admin, tmp_path):
    """A station with a concluded mediation case (1) and a legal-aid application (1), closed
    so the command opens it as it would from a shell."""
    case = build_case(admin)
    Person.update(id_number=None).execute()
    app = make_app()
    legalaid.set_materials(app, {"form": True}, user=admin, on=app.received_on)
    numbers = case.number, app.number
    close_station()
    return tmp_path / "station", numbers


def run(capsys, folder, *argv):
    code = cli.main(["--data-dir", str(folder), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    return "".join(out.split())


def test_list_names_every_kind(capsys, folder):
    code, out, err = run(capsys, folder[0], "print", "--list")
    assert (code, err) == (0, "")
    for kind in documents.KINDS:
        assert f"  {kind} " in out
    assert "人民调解协议书" in out and "法律援助申请转交函" in out


def test_unknown_kind_is_one_line_listing_the_kinds(capsys, folder):
    code, out, err = run(capsys, folder[0], "print", "letter", "2026-1", "-o", "x.pdf")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "unknown kind of document 'letter'" in err and "aid-letter" in err


@pytest.mark.parametrize("kind", [k for k in documents.KINDS if k != "oral"])
def test_every_document_by_number(capsys, folder, tmp_path, kind):
    station, (case_number, app_number) = folder
    number = app_number if kind.startswith("aid-") else case_number
    out_file = tmp_path / f"{kind}.pdf"
    code, out, err = run(capsys, station, "print", kind, number, "-o", str(out_file))
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {out_file}")
    assert subprocess.run(["qpdf", "--check", str(out_file)], capture_output=True).returncode == 0
    assert len(text(out_file)) > 50
    open_station(station)
    try:
        event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
        assert (event.action, event.username) == ("print", "system:print")
        assert f"{kind}.pdf" in event.detail
    finally:
        close_station()


def test_short_numbers_and_full_values(capsys, folder, tmp_path):
    station, (case_number, app_number) = folder
    assert app_number == "（2026）援申字第1号" or app_number.endswith("第1号")
    year = case_number[1:5]
    code, out, err = run(capsys, station, "print", "agreement", f"{year}-1", "-o", str(tmp_path / "a.pdf"))
    assert (code, err) == (0, "")
    body = text(tmp_path / "a.pdf")
    assert "人民调解协议书" in body and case_number in body and "13800138000" in body
    app_year = app_number[1:5]
    code, out, err = run(capsys, station, "print", "aid-form", f"{app_year}-1", "-o", str(tmp_path / "f.pdf"))
    assert (code, err) == (0, "")
    assert "法律援助申请表" in text(tmp_path / "f.pdf") and "11010519491231002X" in text(tmp_path / "f.pdf")


@pytest.mark.parametrize("argv,message", [
    (["print"], "name the document"),
    (["print", "agreement"], "give the case number"),
    (["print", "aid-form", "2026-1"], "say where to write it"),
    (["print", "agreement", "2026-1", "-o", "a.xlsx"], "the output is a PDF"),
    (["print", "agreement", "2026-99", "-o", "a.pdf"], "no mediation case numbered 2026-99"),
    (["print", "aid-form", "（2026）援申字第99号", "-o", "a.pdf"], "no legal-aid application numbered"),
    (["print", "oral", "2026-1", "-o", "a.pdf"], "there is no oral agreement"),
])
def test_errors_are_one_line(capsys, folder, tmp_path, argv, message):
    code, out, err = run(capsys, folder[0], *[str(tmp_path / a) if a.endswith((".pdf", ".xlsx")) else a
                                              for a in argv])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err, err


def test_a_notice_with_nothing_missing_is_refused_in_one_line(capsys, folder, tmp_path):
    station, (_case, app_number) = folder
    open_station(station)
    try:
        from aidstation.core import records
        from aidstation.core.models import AidApplication

        app = AidApplication.get(AidApplication.number == app_number)
        legalaid.set_materials(app, {m.material: True for m in legalaid.missing_materials(app)},
                               user=records.system("test"), on=dt.date.today())
    finally:
        close_station()
    code, out, err = run(capsys, station, "print", "aid-notice", app_number, "-o", str(tmp_path / "n.pdf"))
    assert code == 1 and "nothing to notify" in err and err.count("\n") == 1
    assert not (tmp_path / "n.pdf").exists()
