"""Fast regex sources for word lists, and scanning only where a cheap gate pattern says to look.

Python's `re` tries every alternative of `a|b|c|...` at every position of the text; an alternation of
a hundred words over a 2,000-character article costs a few hundred thousand checks. `word_alternation`
writes the same alternation as a letter trie, so each position costs a check or two, and
`gated_finditer` runs a costly pattern only in windows around the hits of a cheap one.

>>> word_alternation(["اب", "ابريل", "كانون الثاني", "كانون الاول"])
'(?:اب(?:ريل)?|كانون\\\\s+ال(?:اول|ثاني))'
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

def word_alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex source that matches exactly like the longest-first alternation of `words`
    (`"|".join(sorted(map(re.escape, words), key=len, reverse=True))`, a space standing for `space`),
    written as a trie: at any position the longest word that matches is tried first, then the
    shorter ones that are its prefixes, so backtracking visits the same matches in the same order.

    >>> import re
    >>> re.fullmatch(word_alternation(["شمال", "شمالي"]), "شمالي") is not None
    True
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _emit(root, space)
    if not body:
        return "(?!)"
    return body if body.startswith("(?:") and body.endswith(")") and len(root) > 1 else "(?:" + body + ")"


def _emit(node: dict, space: str) -> str:
    alts = [(space if ch == " " else re.escape(ch)) + _emit(child, space)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: longer words first (greedy), then this one
        return "(?:" + body + ")?"
    return body


def gated_finditer(pattern: re.Pattern, text: str, gate: re.Pattern, before: int,
                   after: int) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, found by scanning only around the hits of `gate`.

    Exact when every match of `pattern` contains a hit of `gate` that starts at most `before`
    words (runs of non-space characters) after the match start, and ends at most `after` words
    before the match end (lookarounds included). Windows around the hits are
    merged and scanned in order, each scan starting where the previous match ended, so the matches
    (and their non-overlap) are the ones a scan of the whole text gives.
    """
    return windowed_finditer(pattern, text, map(_SPAN, gate.finditer(text)), before, after)


def windowed_finditer(pattern: re.Pattern, text: str, hits: Iterable[tuple[int, int]], before: int,
                      after: int) -> Iterator[re.Match]:
    """`gated_finditer` with the hits given as (start, end) pairs in text order (e.g. the tokens
    that may hold what `pattern` looks for): exact under the same condition."""
    n = len(text)
    wins: list[list[int]] = []
    back, fwd = _runs_back(before), _runs_forward(after)
    rev = None
    for gs, ge in hits:
        if rev is None:
            rev = text[::-1]
        lo = n - back.match(rev, n - gs).end()
        hi = min(n, fwd.match(text, ge).end() + 1)
        if wins and lo <= wins[-1][1]:
            if hi > wins[-1][1]:
                wins[-1][1] = hi
        else:
            wins.append([lo, hi])
    last = 0
    for lo, hi in wins:
        for m in pattern.finditer(text, max(lo, last), hi):
            last = m.end()
            yield m


_SPAN = re.Match.span


@lru_cache(maxsize=64)
def _runs_back(k: int) -> re.Pattern:
    """Over the reversed text from just before a position: the rest of the run of non-spaces
    holding it, then up to k more runs with the spaces before them (to the text start if fewer)."""
    return re.compile(rf"\S*(?:\s+\S*){{0,{k}}}")


@lru_cache(maxsize=64)
def _runs_forward(k: int) -> re.Pattern:
    """From a position: the rest of the run holding it (or the next run), k more runs, and the
    spaces after them; the window ends one character further, for a lookahead."""
    return re.compile(rf"(?:\s*\S+){{0,{k + 1}}}\s*")
