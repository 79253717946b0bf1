"""The work summary (issue 18) as a PDF, with vector charts; `charts` lays the charts out for
the Word writer's pictures too."""
from __future__ import annotations

from aidstation.pdf.summary import charts, document
from aidstation.pdf.summary.document import render_summary

__all__ = ["charts", "document", "render_summary"]
