"""Event cues in the text: `add_triggers` finds every lexicon cue outside masked text.

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت."), until="triggers")
>>> [(doc.span_text(t.span), t.cue) for t in doc.triggers]
[('قتل', '@kill'), ('غارة', 'Air/drone strike')]
"""
from __future__ import annotations

from rasd.model import Doc, TriggerMention


# "جثث قتلاهم": the dual verb "قتلا" (they two killed) with a plural possessive is the noun "their dead"
_DEAD_NOUN_ENDINGS = ("قتلاهم", "قتلانا", "قتلاكم", "قتلاهن")


def add_triggers(doc: Doc, *, resources) -> Doc:
    lex = resources.triggers
    found: list[TriggerMention] = []
    for m in lex.index.find(doc):
        if doc.masks and doc.is_masked(m.span):
            continue
        entry = m.value
        tok = doc.tokens[m.first]
        if entry.cue == "@kill" and tok.norm.endswith(_DEAD_NOUN_ENDINGS):
            continue
        found.append(TriggerMention(m.span, entry.sub_event_type, entry.weight, entry.pattern,
                                    tok.sentence, entry.cue, m.prefix))
    return doc.with_(triggers=tuple(found))
