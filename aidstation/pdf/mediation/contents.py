"""What a case's dossier holds: its generated documents in 卷内目录 order, and pages per item.

Used by the cover (its table of contents) and by the whole dossier.
"""
from __future__ import annotations

from typing import Callable

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.pdf import common as c
from aidstation.pdf.mediation import agreement as mediation_agreement
from aidstation.pdf.mediation import application as mediation_application
from aidstation.pdf.mediation import followup as mediation_followup
from aidstation.pdf.mediation import investigation as mediation_investigation
from aidstation.pdf.mediation import notice as mediation_notice
from aidstation.pdf.mediation import oral as mediation_oral
from aidstation.pdf.mediation import record as mediation_record
from aidstation.pdf.mediation import register as mediation_register


def parts(case: MediationCase) -> list[tuple[int, Callable[[], list]]]:
    """(dossier item, story factory) for every generated document, in contents order."""
    out: list[tuple[int, Callable[[], list]]] = []
    if case.source == "party":
        out.append((1, lambda: mediation_application.story(case)))
    out.append((1, lambda: mediation_register.story(case)))
    out.append((2, lambda: mediation_notice.story(case)))
    for s in mediation.sessions_of(case, "investigation"):
        out.append((5, lambda s=s: mediation_investigation.story(case, s)))
    for s in mediation.sessions_of(case, "mediation"):
        out.append((7, lambda s=s: mediation_record.story(case, s)))
    if 8 in mediation.generated_items(case):
        module = mediation_agreement if case.agreement_form == "written" else mediation_oral
        out.append((8, lambda: module.story(case)))
    for f in mediation.followups_of(case):
        out.append((10, lambda f=f: mediation_followup.story(case, f)))
    return out


def page_counts(case: MediationCase, measured: list[tuple[int, int]] | None = None) -> dict[int, int]:
    """Pages per dossier item: generated documents measured, paper items as recorded; the back
    cover (item 13) is one page. `measured` gives (item, pages) of every generated document
    when they have been laid out already (the whole dossier); else each is laid out here."""
    pages: dict[int, int] = {}
    for row in mediation.checklist(case):
        if row.present and not row.auto:
            pages[row.item] = row.pages
    if measured is None:
        measured = [(item, c.count_pages(factory)) for item, factory in parts(case)]
    for item, n in measured:
        pages[item] = pages.get(item, 0) + n
    pages[13] = 1
    return pages
