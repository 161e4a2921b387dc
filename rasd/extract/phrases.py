"""Matching lexicon phrases over a Doc's tokens, clitics allowed on the first word.

A phrase is a sequence of folded words. The first word may carry proclitics and the article
(وبالغارات matches "غارات"), later words match their folded form with an optional "ال" or "و".
A pattern word ending in "*" matches any token starting with it (اشتباك* → اشتباكات).

>>> idx = PhraseIndex([("قصف جوي", "air"), ("قصف", "shell")])
>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "وبالقصف الجوي على المدينة"), until="tokens")
>>> [(doc.span_text(m.span), m.value, m.prefix) for m in idx.find(doc)]   # the article stays in the span
[('القصف الجوي', 'air', 'وب')]
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter, is_not
from typing import Any, Generic, TypeVar

from rasd.arabic.normalize import fold_string
from rasd.arabic.tokens import stems
from rasd.model import Doc, Span, Token

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[V]):
    span: Span            # original text, first token's clitics excluded
    full: Span            # original text including clitics
    first: int            # token index of the first word
    last: int             # token index past the last word
    value: Any
    prefix: str           # folded proclitics stripped from the first word ("وب", "ل", ...)


def _norm_words(pattern: str) -> tuple[str, ...]:
    return tuple(fold_string(pattern).split())


class PhraseIndex(Generic[V]):
    """Longest-match phrase lookup. Values for identical patterns are kept in order."""

    def __init__(self, entries: Iterable[tuple[str, V]] = ()):
        self._exact: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], V]]] = {}  # keyed by first 2 letters
        self._maxlen = 1
        self._cache: dict[str, tuple] = {}  # folded word → head readings (the index is read-only once built)
        self._tests: dict[tuple[str, ...], tuple] = {}  # pattern → a test per later word (see _word_test)
        for pattern, value in entries:
            self.add(pattern, value)

    def add(self, pattern: str, value: V) -> None:
        words = _norm_words(pattern)
        if not words:
            raise ValueError("empty pattern")
        self._maxlen = max(self._maxlen, len(words))
        self._cache.clear()
        self._tests.setdefault(words, tuple(_word_test(w) for w in words[1:]))
        head = words[0]
        if head.endswith("*"):
            self._prefix.setdefault(head[:2], []).append((words, value))
        else:
            self._exact.setdefault(head, []).append((words, value))

    def _head_candidates(self, tok: Token) -> tuple[tuple[int, tuple[str, ...], V, str], ...]:
        cached = self._cache.get(tok.norm)
        if cached is None:
            cached = tuple(self._compute_head_candidates(tok)) or _NONE
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[tok.norm] = cached
        return cached

    def _compute_head_candidates(self, tok: Token) -> list[tuple[int, tuple[str, ...], V, str]]:
        out = []
        for stem, k, j in stems(tok.norm):
            if j:
                continue  # enclitics only on the head word of single-word patterns (below)
            for words, value in self._exact.get(stem, ()):
                out.append((k, words, value, tok.norm[:k], self._tests[words]))
            for words, value in self._prefix.get(stem[:2], ()):
                if stem.startswith(words[0][:-1]):
                    out.append((k, words, value, tok.norm[:k], self._tests[words]))
        if not out:
            for stem, k, j in stems(tok.norm):
                # a noun's teh marbuta shows as ت before a pronoun (سيطرتها = سيطرة + ها): such a stem is
                # not the verb ending in ت (سيطرت), so it does not take single-word verb patterns
                # (nor does a word with the article take a pronoun: "الطلبة" is students, not "طلبه" his
                # request)
                # ("السيولة", liquidity, is no "السيول" + ه: a word with the article written into the
                # pattern takes no pronoun either)
                if j and not stem.endswith("ت") and not tok.norm[:k].endswith("ال") and not stem.startswith("ال"):
                    for words, value in self._exact.get(stem, ()):
                        if len(words) == 1:
                            out.append((k, words, value, tok.norm[:k], self._tests[words]))
        return out

    def find(self, doc: Doc, tokens: Sequence[Token] | None = None, *, offset: int = 0,
             overlapping: bool = False) -> list[PhraseMatch]:
        """All longest matches, left to right (non-overlapping unless `overlapping`)."""
        toks = doc.tokens if tokens is None else tokens
        out: list[PhraseMatch] = []
        n = len(toks)
        # most tokens start no phrase: one C-level pass finds those that may (or are not cached yet)
        heads = list(map(self._cache.get, map(_NORM, toks)))
        after = 0   # with non-overlapping matches, tokens before this one are taken
        for i in compress(range(n), map(is_not, heads, repeat(_NONE))):
            if i < after:
                continue
            cands = heads[i]
            if cands is None:
                cands = self._head_candidates(toks[i])
            best: list[tuple[int, int, V, str]] = []  # (length, k, value, prefix)
            best_len = 0
            for k, words, value, prefix, tests in cands:
                L = len(words)
                if i + L > n:
                    continue
                for t, test in enumerate(tests, i + 1):
                    norm = toks[t].norm
                    if not (norm in test if test.__class__ is frozenset else norm.startswith(test)):
                        break
                else:
                    if L > best_len:
                        best, best_len = [(L, k, value, prefix)], L
                    elif L == best_len:
                        best.append((L, k, value, prefix))
            if best:
                for L, k, value, prefix in best:
                    head = toks[i]
                    if prefix.endswith("ال"):
                        k -= 2  # the article belongs to the phrase the user sees: "القصف الجوي"
                        prefix = prefix[:-2]
                    start = doc.offsets.start_of(head.fstart + k) if k else head.span.start
                    end = toks[i + L - 1].span.end
                    out.append(PhraseMatch(Span(start, end), Span(head.span.start, end),
                                           offset + i, offset + i + L, value, prefix))
                after = i + (1 if overlapping else best_len)
        return out


def _word_test(pat: str) -> frozenset[str] | tuple[str, ...]:
    """What a later word of a phrase accepts: an exact word with an optional ال / و / وال (the set of
    those forms), a starred one as a prefix with the same (اشتباك* → اشتباكات، الاشتباكات، واشتباكات ...)."""
    if pat.endswith("*"):
        p = pat[:-1]
        return (p, "ال" + p, "و" + p, "وال" + p)
    return frozenset((pat, "ال" + pat, "و" + pat, "وال" + pat))


_NONE: tuple = ()   # the cached "starts no phrase"
_NORM = attrgetter("norm")
