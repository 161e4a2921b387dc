"""STUB: contract `add_actors(doc, *, resources) -> Doc` fills doc.actors."""
from __future__ import annotations

from rasd.model import Doc


def add_actors(doc: Doc, *, resources=None) -> Doc:
    return doc
