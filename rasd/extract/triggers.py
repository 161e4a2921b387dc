"""STUB: contract `add_triggers(doc, *, resources) -> Doc` fills doc.triggers."""
from __future__ import annotations

from rasd.model import Doc


def add_triggers(doc: Doc, *, resources=None) -> Doc:
    return doc
