"""STUB: contract `add_events(doc, *, resources) -> Doc` fills doc.events."""
from __future__ import annotations

from rasd.model import Doc


def add_events(doc: Doc, *, resources=None) -> Doc:
    return doc
