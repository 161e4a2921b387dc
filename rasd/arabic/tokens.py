"""Tokens over the folded text, with clitic-stripped stems as candidates.

Arabic attaches conjunctions, prepositions and the article to the word (وبسرت = و + ب + سرت,
لمدينة = ل + مدينة, للجيش = ل + ال + جيش) and pronouns at the end (قواتها = قوات + ها). Stripping is
ambiguous (بنغازي is not ب + نغازي), so a token offers every reading, longest first, and the lexicon
decides which one names something.

>>> [s for s, _, _ in stems("وبسرت")]
['وبسرت', 'بسرت', 'سرت']
>>> ("جيش", 3, 0) in stems("للجيش")
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.model import Doc, Span, Token

TOKEN_RE = re.compile(r"\d+(?:[.,/:]\d+)*|[^\W\d_]+", re.UNICODE)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
ENCLITICS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "ي")
MIN_STEM = 2


@lru_cache(maxsize=200_000)
def stems(norm: str) -> tuple[tuple[str, int, int], ...]:
    """Readings of a folded token as (stem, chars stripped at the front, chars stripped at the end).

    The unstripped form comes first; then proclitics (و/ف, then ب/ل/ك, then ال; لل = ل + ال);
    then the same with one enclitic removed. Stems shorter than two letters are not offered.
    """
    out: list[tuple[str, int, int]] = []
    seen: set[tuple[int, int]] = set()

    def add(k: int, j: int) -> None:
        stem = norm[k:len(norm) - j]
        if len(stem) >= MIN_STEM and (k, j) not in seen:
            seen.add((k, j))
            out.append((stem, k, j))

    fronts = [0]
    if len(norm) > 3 and norm[0] in CONJUNCTIONS:
        fronts.append(1)
    for f in list(fronts):
        rest = norm[f:]
        if len(rest) > 3 and rest[0] in PREPOSITIONS:
            fronts.append(f + 1)
            if rest[0] == "ل" and rest[1] == "ل" and len(rest) > 3:
                fronts.append(f + 1)  # ل + (ا)ل: للجيش → جيش after the lam of the article
                fronts.append(f + 2)
    for f in list(fronts):
        if norm.startswith(ARTICLE, f) and len(norm) - f > 3:
            fronts.append(f + 2)
    for k in fronts:
        add(k, 0)
    if norm.isalpha():
        for enc in ENCLITICS:
            if norm.endswith(enc) and len(norm) - len(enc) >= 3:
                for k in fronts:
                    add(k, len(enc))
                break
    return tuple(out)


def tokenize(folded: str, offsets, sentences: tuple[Span, ...] = ()) -> tuple[Token, ...]:
    """Tokens of the folded text with their original spans (and sentence index when known)."""
    toks: list[Token] = []
    si = 0
    for m in TOKEN_RE.finditer(folded):
        fs, fe = m.span()
        s, e = offsets.to_original(fs, fe)
        if sentences:
            while si < len(sentences) - 1 and sentences[si].end <= s:
                si += 1
        toks.append(Token(Span(s, e), fs, fe, m.group(), si))
    return tuple(toks)


def add_tokens(doc: Doc) -> Doc:
    """Pipeline step: tokens (needs folded text; uses sentences when present)."""
    return doc.with_(tokens=tokenize(doc.folded, doc.offsets, doc.sentences))


def stem_span(doc: Doc, token: Token, front: int, back: int = 0) -> Span:
    """Original span of a token's stem after stripping `front`/`back` folded chars."""
    return doc.offsets.span(token.fstart + front, token.fend - back)
