"""STUB (issue 4): contract `add_distances(doc, *, resources) -> Doc` fills doc.distances."""
from __future__ import annotations

from rasd.model import Doc


def add_distances(doc: Doc, *, resources=None) -> Doc:
    return doc
