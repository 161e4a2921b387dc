"""Sentence spans over the original text, cut around masked boilerplate.

Splits on . ! ? ؟ ؛ and line breaks, but not inside numbers ("3.5"), dates ("6/8/2016"), one-letter
abbreviations ("أ.ف.ب", "د.", "U.S."), web addresses or short quotes («...», "..."). The Arabic comma
"،" joins the clauses of one news sentence: it ends a sentence only when the sentence would otherwise
run past `MAX_SENTENCE` characters.

>>> from rasd.arabic.normalize import fold
>>> text = "قال د. أحمد إن 3.5 طن وصلت. وقتل 5."
>>> folded, omap = fold(text)
>>> [text[s.start:s.end] for s in split_sentences(folded, omap)]
['قال د. أحمد إن 3.5 طن وصلت.', 'وقتل 5.']
"""
from __future__ import annotations

import re

from rasd.model import Doc, Span

MAX_SENTENCE = 400

# (an asterisk or bullet between spaces lists items inline: "... في جنيف  * «المغرب مستهدف» ...")
_BOUNDARY = re.compile(r"\n|[.!?؟؛]+|\u2026")
_BOUNDARY_BULLETS = re.compile(r"\n|[.!?؟؛]+|\u2026|(?<=\s)[*•](?=\s)")   # (only texts holding one)
_QUOTE = re.compile(r"«[^«»\n]{0,250}»|\"[^\"\n]{0,250}\"|“[^“”\n]{0,250}”")
_COMMA = re.compile(r"[،]")
_WORD = re.compile(r"\w")
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _is_boundary(folded: str, i: int, j: int) -> bool:
    """Whether the punctuation run folded[i:j] ends a sentence."""
    ch = folded[i]
    if ch in "\n*•":
        return True
    if ch != "." or j - i > 1:
        return True
    before = folded[i - 1] if i else " "
    after = folded[j] if j < len(folded) else " "
    if before.isdigit() and after.isdigit():
        return False                     # 3.5, 13.00
    # the word before the dot
    k = i
    while k > 0 and folded[k - 1].isalpha():
        k -= 1
    word = folded[k:i]
    if len(word) == 1:
        return False                     # د. / ا.ف.ب / u.s.
    if after.isalnum() and before.isascii() and before.isalnum() and after.isascii():
        return False                     # www.site.com, name@mail.com
    return True


def split_sentences(folded: str, offsets) -> tuple[Span, ...]:
    """Sentence spans (in the ORIGINAL text) of a folded text, trimmed of surrounding whitespace.

    >>> from rasd.arabic.normalize import fold
    >>> folded, omap = fold("«لن نتراجع. أبدا» قال القائد.\\nسطر ثان")
    >>> len(split_sentences(folded, omap))
    2
    """
    n = len(folded)
    quotes = [m.span() for m in _QUOTE.finditer(folded)]
    qi = 0
    cuts: list[int] = []
    for m in (_BOUNDARY_BULLETS if "*" in folded or "•" in folded else _BOUNDARY).finditer(folded):
        i, j = m.span()
        while qi < len(quotes) and quotes[qi][1] <= i:
            qi += 1
        if folded[i] != "\n" and qi < len(quotes) and quotes[qi][0] < i < quotes[qi][1] - 1:
            continue
        if _is_boundary(folded, i, j):
            # a closing quote or bracket right after the stop belongs to the sentence
            while j < n and folded[j] in "»\"”)":
                j += 1
            cuts.append(j)
    cuts.append(n)
    spans: list[Span] = []
    start = 0
    for c in cuts:
        for s, e in _split_long(folded, start, c):
            s, e = _trim(folded, s, e)
            if e > s and _WORD.search(folded, s, e):
                spans.append(offsets.span(s, e))
        start = c
    return tuple(spans)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_long(folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a run longer than MAX_SENTENCE at the last "،" before the limit (repeatedly)."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = -1
        for m in _COMMA.finditer(folded, s + 40, s + MAX_SENTENCE):
            cut = m.end()
        if cut < 0:
            break
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def subtract_masks(text: str, spans: tuple[Span, ...], masks) -> tuple[Span, ...]:
    """Sentence spans with every masked range cut out; pieces without a word character dropped."""
    if not masks:
        return spans
    ms = sorted(m.span for m in masks)
    out: list[Span] = []
    mi = 0
    for sp in spans:
        while mi < len(ms) and ms[mi].end <= sp.start:
            mi += 1
        pieces = [(sp.start, sp.end)]
        k = mi
        while k < len(ms) and ms[k].start < sp.end:
            m = ms[k]
            nxt = []
            for a, b in pieces:
                if m.end <= a or m.start >= b:
                    nxt.append((a, b))
                    continue
                if a < m.start:
                    nxt.append((a, m.start))
                if m.end < b:
                    nxt.append((m.end, b))
            pieces = nxt
            k += 1
        for a, b in pieces:
            a, b = _trim(text, a, b)
            if b > a and _WORD.search(text, a, b):
                out.append(Span(a, b))
    return tuple(out)


def add_sentences(doc: Doc, *, resources=None) -> Doc:
    """Pipeline step: `doc.sentences`, ordered, non-overlapping, disjoint from every mask.

    "قتل 3 جنود. وأصيب 5." → two spans, (0, 11) and (12, 20).
    """
    spans = split_sentences(doc.folded, doc.offsets)
    return doc.with_(sentences=subtract_masks(doc.article.text, spans, doc.masks))
