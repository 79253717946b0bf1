"""Word documents (python-docx): the work summary (issue 18), its charts drawn as pictures;
`merged` reads a district's merged monthly workbooks back for its summary."""
from __future__ import annotations

from aidstation.docx import merged, pictures, summary
from aidstation.docx.merged import MergedUnreadable, read_district
from aidstation.docx.summary import write_summary

__all__ = ["MergedUnreadable", "merged", "pictures", "read_district", "summary", "write_summary"]
