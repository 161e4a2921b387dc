"""Masks for what is not news text (captions, bylines, share widgets, related-story lists...).

STUB: to be implemented (issue 4). Contract: `mask_boilerplate(doc, *, resources) -> Doc` sets
`doc.masks` (spans into the original text with a reason); the text is never changed.
"""
from __future__ import annotations

from rasd.model import Doc


def mask_boilerplate(doc: Doc, *, resources=None) -> Doc:
    return doc
