"""Sentence spans. STUB (issue 4): contract `add_sentences(doc, *, resources) -> Doc` sets doc.sentences
(original-text spans, in order, not overlapping, none inside a masked span where avoidable)."""
from __future__ import annotations

import re

from rasd.model import Doc, Span


def add_sentences(doc: Doc, *, resources=None) -> Doc:
    spans = []
    for m in re.finditer(r"[^\n.؟!?؛]+[.؟!?؛]?", doc.folded):
        if m.group().strip():
            spans.append(doc.offsets.span(*m.span()))
    return doc.with_(sentences=tuple(spans))
