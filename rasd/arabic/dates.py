"""STUB (issue 4): contract `add_dates(doc, *, resources) -> Doc` fills doc.dates."""
from __future__ import annotations

from rasd.model import Doc


def add_dates(doc: Doc, *, resources=None) -> Doc:
    return doc
