"""The whole mediation dossier as one PDF: cover, table of contents, every generated document
in 卷内目录 order, back cover. Paper items (ID copies, evidence, receipts ...) are listed in the
contents with the page counts the clerk recorded and are filed by hand between the printed
documents, so this PDF carries no running page numbers: the bound dossier is paginated by hand
(the contents give each item's page range)."""
from __future__ import annotations

import datetime as dt

from aidstation.core import mediation, records
from aidstation.core.models import MediationCase
from aidstation.core.validation import ValidationError
from aidstation.pdf import common as c
from aidstation.pdf.mediation import agreement as mediation_agreement
from aidstation.pdf.mediation import application as mediation_application
from aidstation.pdf.mediation import cover as mediation_cover
from aidstation.pdf.mediation import followup as mediation_followup
from aidstation.pdf.mediation import investigation as mediation_investigation
from aidstation.pdf.mediation import notice as mediation_notice
from aidstation.pdf.mediation import oral as mediation_oral
from aidstation.pdf.mediation import parts as mp
from aidstation.pdf.mediation import record as mediation_record
from aidstation.pdf.mediation import register as mediation_register
from aidstation.pdf.mediation.contents import page_counts, parts

KEY = "dossier"
# DESIGN §12: the committee's archive copy; each document in it shows what its own module
# declares, so the application and the agreement (the committee's signed copy) are in full.
FULL_VALUES = True


def render_dossier(case: MediationCase, path, *, user, filed_by: str = "",
                   filed_on: dt.date | None = None) -> int:
    """Write the whole dossier to `path` (one audited print); returns its page count.

    Built once: the documents are laid out first, right after the cover, each noting the page
    it starts on; the contents and the back cover follow, made from those page counts when the
    layout reaches them; the pages are then written in dossier order (cover, contents,
    documents, back cover)."""
    records.require_user(user)
    docs = parts(case)
    marks: dict = {}
    pages: dict[int, int] = {}

    def counts() -> dict[int, int]:
        if not pages:
            starts = [marks[i] for i in range(len(docs))] + [marks["contents"]]
            pages.update(page_counts(case, [(item, starts[i + 1] - starts[i])
                                            for i, (item, _factory) in enumerate(docs)]))
        return pages

    story = mediation_cover.cover_story(case, filed_by=filed_by, filed_on=filed_on)
    for i, (_item, factory) in enumerate(docs):
        story += [c.PageBreak(), c.PageMark(i, marks), c.HeaderChange(number=case.number)] + factory()
    story += [c.PageBreak(), c.PageMark("contents", marks), c.HeaderChange(number=case.number),
              c.Later(lambda: mediation_cover.contents_story(case, counts())),
              c.PageBreak(), c.PageMark("back", marks), c.HeaderChange(number=case.number),
              c.Later(lambda: mediation_cover.back_story(case, counts(), filed_by=filed_by,
                                                         filed_on=filed_on))]

    def dossier_order(total: int) -> list[int]:  # layout page numbers are 1-based
        first = marks[0] if docs else marks["contents"]
        layout = list(range(total))
        cover, documents = layout[:first - 1], layout[first - 1:marks["contents"] - 1]
        contents, back = layout[marks["contents"] - 1:marks["back"] - 1], layout[marks["back"] - 1:]
        return cover + contents + documents + back

    total = c.build_pdf(path, story, org=mp.committee(), number=case.number,
                        title=f"{mediation_cover.TITLE_COVER} {case.number}", page_numbers=False,
                        page_order=dossier_order)
    mediation.record_print(case, KEY, user=user, file_name=c.print_note(path, FULL_VALUES))
    return total


# document key -> (title, needs) for the GUI's print buttons; see render_document().
DOCUMENTS = {
    "application": mediation_application.TITLE,
    "register": mediation_register.TITLE,
    "notice": mediation_notice.TITLE,
    "investigation": mediation_investigation.TITLE,
    "record": mediation_record.TITLE,
    "agreement": mediation_agreement.TITLE,
    "oral": mediation_oral.TITLE,
    "followup": mediation_followup.TITLE,
    "cover": mediation_cover.TITLE_COVER,
    "dossier": "人民调解卷宗（全卷）",
}


def render_document(case: MediationCase, key: str, path, *, user, session=None,
                    followup=None, filed_by: str = "") -> int:
    """Render one document by key (session/followup for the per-session/per-visit ones; for
    those, without one the latest is used, and an investigation form prints blank)."""
    if key == "application":
        return mediation_application.render_application(case, path, user=user)
    if key == "register":
        return mediation_register.render_register(case, path, user=user)
    if key == "notice":
        return mediation_notice.render_notice(case, path, user=user)
    if key == "investigation":
        rows = mediation.sessions_of(case, "investigation")
        return mediation_investigation.render_investigation(
            case, path, session or (rows[-1] if rows else None), user=user)
    if key == "record":
        rows = mediation.sessions_of(case, "mediation")
        session = session or (rows[-1] if rows else None)
        if session is None:
            raise ValidationError("session", "no mediation session is recorded yet",
                                            "尚未记录调解过程")
        return mediation_record.render_record(case, session, path, user=user)
    if key in ("agreement", "oral"):
        if key == "agreement" and case.agreement_form != "written" or \
                key == "oral" and case.agreement_form != "oral":
            raise ValidationError("agreement_form", f"there is no {'written' if key == 'agreement' else 'oral'} agreement",
                                            "没有书面调解协议" if key == "agreement" else "没有口头协议")
        module = mediation_agreement if key == "agreement" else mediation_oral
        fn = module.render_agreement if key == "agreement" else module.render_oral
        return fn(case, path, user=user)
    if key == "followup":
        rows = mediation.followups_of(case)
        followup = followup or (rows[-1] if rows else None)
        if followup is None:
            raise ValidationError("followup", "no follow-up is recorded yet", "尚未记录回访")
        return mediation_followup.render_followup(case, followup, path, user=user)
    if key == "cover":
        return mediation_cover.render_cover(case, path, user=user, filed_by=filed_by)
    if key == "dossier":
        return render_dossier(case, path, user=user, filed_by=filed_by)
    raise KeyError(key)
