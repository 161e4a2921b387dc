"""OffsetMap: the way back from folded text to the original characters.

Folding deletes characters (diacritics, tatweel, invisible marks) and may expand one character into
two (the lam-alef ligature ﻻ → لا). For every folded character the map keeps the original range it
came from; characters deleted by folding belong to the kept character before them, so a folded
span maps back to the whole phrase the user sees, marks included.

>>> from rasd.arabic.normalize import fold
>>> original = "قُتِلَ أربعة"
>>> folded, omap = fold(original)
>>> folded
'قتل اربعه'
>>> omap.to_original(0, 3)
(0, 6)
>>> original[0:6]
'قُتِلَ'
"""
from __future__ import annotations

from array import array
from bisect import bisect_right

from rasd.model import Span


class OffsetMap:
    """Maps folded offsets to original offsets. `starts[i]`, `ends[i]`: original range of folded char i.

    `None` arrays mean the identity (nothing was deleted or expanded).
    """

    __slots__ = ("n_original", "n_folded", "_starts", "_ends")

    def __init__(self, n_original: int, n_folded: int,
                 starts: array | None = None, ends: array | None = None):
        self.n_original = n_original
        self.n_folded = n_folded
        self._starts = starts
        self._ends = ends

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls(n, n)

    @property
    def is_identity(self) -> bool:
        return self._starts is None

    def start_of(self, i: int) -> int:
        """Original index where folded char i begins (i == n_folded → end of original)."""
        if self._starts is None:
            return i
        if i >= self.n_folded:
            return self.n_original
        return self._starts[i]

    def end_of(self, i: int) -> int:
        """Original index just past folded char i (its trailing deleted marks included)."""
        if self._ends is None:
            return i + 1
        return self._ends[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Folded half-open [start, end) → original half-open range."""
        if not (0 <= start <= end <= self.n_folded):
            raise ValueError(f"folded span {start}..{end} outside 0..{self.n_folded}")
        if start == end:
            s = self.start_of(start)
            return s, s
        return self.start_of(start), self.end_of(end - 1)

    def span(self, start: int, end: int) -> Span:
        """`Span(*to_original(start, end))` (inlined: every step maps its mentions back with it)."""
        starts = self._starts
        if starts is None or not (0 <= start < end <= self.n_folded):
            return Span(*self.to_original(start, end))
        return Span(starts[start], self._ends[end - 1])

    def to_folded(self, original_index: int) -> int:
        """The folded index of the first folded char whose original range starts at or after
        `original_index` (used to find an original position in the folded text)."""
        if self._starts is None:
            return min(original_index, self.n_folded)
        i = bisect_right(self._starts, original_index - 1)
        return min(i, self.n_folded)
