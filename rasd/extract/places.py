"""STUB: contract `add_places(doc, *, resources) -> Doc` fills doc.places."""
from __future__ import annotations

from rasd.model import Doc


def add_places(doc: Doc, *, resources=None) -> Doc:
    return doc
