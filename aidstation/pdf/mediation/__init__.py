"""Mediation documents: the nine official forms, the cover and contents, and the whole dossier
(parts.py: what they share).

The area's public API; other layers import only this package.
"""
from __future__ import annotations

from aidstation.pdf.mediation import dossier
from aidstation.pdf.mediation.agreement import (
    render_agreement,
)
from aidstation.pdf.mediation.application import (
    KEY,
    TITLE,
    render_application,
    story,
)
from aidstation.pdf.mediation.cover import (
    TITLE_BACK,
    TITLE_CONTENTS,
    TITLE_COVER,
    back_story,
    contents_story,
    cover_story,
    render_cover,
)
from aidstation.pdf.mediation.dossier import (
    DOCUMENTS,
    page_counts,
    parts,
    render_document,
    render_dossier,
)
from aidstation.pdf.mediation.followup import (
    render_followup,
)
from aidstation.pdf.mediation.investigation import (
    render_investigation,
)
from aidstation.pdf.mediation.notice import (
    DUTIES,
    RIGHTS,
    render_notice,
)
from aidstation.pdf.mediation.oral import (
    render_oral,
)
from aidstation.pdf.mediation.record import (
    render_record,
)
from aidstation.pdf.mediation.register import (
    render_register,
)

__all__ = [
    "TITLE",
    "KEY",
    "story",
    "render_application",
    "render_register",
    "RIGHTS",
    "DUTIES",
    "render_notice",
    "render_investigation",
    "render_record",
    "render_agreement",
    "render_oral",
    "render_followup",
    "TITLE_COVER",
    "TITLE_CONTENTS",
    "TITLE_BACK",
    "cover_story",
    "contents_story",
    "back_story",
    "render_cover",
    "parts",
    "page_counts",
    "render_dossier",
    "DOCUMENTS",
    "render_document",
    "dossier",
]
