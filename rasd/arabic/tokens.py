"""Tokens over the folded text, with clitic-stripped stems as candidates.

Arabic attaches conjunctions, prepositions and the article to the word (وبسرت = و + ب + سرت,
لمدينة = ل + مدينة, للجيش = ل + ال + جيش) and pronouns at the end (قواتها = قوات + ها). Stripping is
ambiguous (بنغازي is not ب + نغازي), so a token offers every reading, longest first, and the lexicon
decides which one names something.

>>> [s for s, _, _ in stems("وبسرت")]
['وبسرت', 'بسرت', 'سرت']
>>> ("جيش", 2, 0) in stems("للجيش")   # ل + (ا)ل: the article's alef is not written
True
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import sub

from rasd.model import Doc, Span, Token

TOKEN_RE = re.compile(r"\d+(?:[.,/:]\d+)*|[^\W\d_]+", re.UNICODE)
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")

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
    """Tokens of the folded text with their original spans (and sentence index when known).

    A token's sentence is the first sentence that does not end at or before the token's start (the
    last sentence for text after it). Built column by column without a Python loop per token: an
    article has hundreds of tokens and this step runs on every article.
    """
    # one split gives the gaps and the tokens in turn; their running lengths are the offsets
    parts = _TOKEN_SPLIT.split(folded)
    n = len(parts) >> 1
    if not n:
        return ()
    cum = list(accumulate(map(len, parts)))
    fss, fes, norms = cum[0:-1:2], cum[1::2], parts[1::2]
    starts, ends = offsets._starts, offsets._ends
    if starts is None:
        ss, es = fss, fes
    else:
        ss = list(map(starts.__getitem__, fss))
        es = list(map(ends.__getitem__, map(_PRED, fes)))
    if len(sentences) > 1:
        # tokens starting before the end of sentence j (and not of an earlier one) get index j;
        # tokens after the last but one end get the last index
        cuts = [bisect_left(ss, sp.end) for sp in sentences[:-1]]
        cuts.append(n)
        sis = list(chain.from_iterable(map(repeat, range(len(cuts)), map(sub, cuts, [0, *cuts[:-1]]))))
    else:
        sis = repeat(0, n)
    spans = _build(Span, n, (_SPAN_START, ss), (_SPAN_END, es))
    return tuple(_build(Token, n, (_TOK_SPAN, spans), (_TOK_FSTART, fss), (_TOK_FEND, fes),
                        (_TOK_NORM, norms), (_TOK_SENTENCE, sis)))


# Frozen slotted records built without running their Python __init__ per object: a new instance
# per record, then each slot filled for all of them by its descriptor in a C-level map. Only for
# values already known valid (a token's span is a non-empty range of the original text).
_PRED = (-1).__add__
_SPAN_START, _SPAN_END = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__
_TOK_SPAN, _TOK_FSTART, _TOK_FEND, _TOK_NORM, _TOK_SENTENCE = (
    Token.__dict__[f].__set__ for f in ("span", "fstart", "fend", "norm", "sentence"))


def _build(cls, n: int, *columns) -> list:
    objs = list(map(object.__new__, repeat(cls, n)))
    for setter, values in columns:
        deque(map(setter, objs, values), 0)
    return objs


def add_tokens(doc: Doc) -> Doc:
    """Pipeline step: tokens (needs folded text; uses sentences when present)."""
    return doc.with_(tokens=tokenize(doc.folded, doc.offsets, doc.sentences))


def stem_span(doc: Doc, token: Token, front: int, back: int = 0) -> Span:
    """Original span of a token's stem after stripping `front`/`back` folded chars."""
    return doc.offsets.span(token.fstart + front, token.fend - back)
