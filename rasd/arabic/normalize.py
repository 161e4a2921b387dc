"""Folding Arabic text for matching, with an OffsetMap back to the original.

Each rule is a small named function over a string (and exposes its translation table); `fold`
applies them all at once and records where every folded character came from.

>>> fold("أعلنت قوّات الوفاق")[0]
'اعلنت قوات الوفاق'
>>> fold_teh_marbuta("مدينة")
'مدينه'
"""
from __future__ import annotations

import re
import unicodedata
from array import array

from rasd.arabic.offsets import OffsetMap


def _table(pairs: dict[str, str | None]) -> dict[int, str | None]:
    return {ord(k): v for k, v in pairs.items()}


def _chars(*ranges: tuple[int, int]) -> list[str]:
    return [chr(c) for a, b in ranges for c in range(a, b + 1)]


ALEF_TABLE = _table({c: "ا" for c in "أإآٱٲٳ"})
ALEF_MAKSURA_TABLE = _table({"ى": "ي"})
TEH_MARBUTA_TABLE = _table({"ة": "ه"})
FARSI_LETTERS_TABLE = _table({"ی": "ي", "ک": "ك"})
DIACRITICS = _chars((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC),
                    (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED))
DIACRITICS_TABLE = _table({c: None for c in DIACRITICS})
TATWEEL_TABLE = _table({"ـ": None})
DIGITS_TABLE = _table({**{chr(0x0660 + i): str(i) for i in range(10)},
                       **{chr(0x06F0 + i): str(i) for i in range(10)}})
INVISIBLES = _chars((0x200C, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069),
                    (0x061C, 0x061C), (0xFEFF, 0xFEFF), (0x00AD, 0x00AD))
INVISIBLES_TABLE = _table({c: None for c in INVISIBLES})
SPACES_TABLE = _table({**{c: " " for c in _chars((0x2000, 0x200A))},
                       "\u00a0": " ", "\u200b": " ", "\u1680": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
                       "\t": " ", "\v": " ", "\f": " ", "\r": " ", "\u2028": "\n", "\u2029": "\n"})
LATIN_TABLE = _table({chr(c): chr(c).lower() for c in range(0x41, 0x5B)}
                     | {chr(c): chr(c).lower() for c in range(0xC0, 0xDF) if c != 0xD7})

_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE]")


def fold_alef(text: str) -> str:
    """أ إ آ ٱ → ا"""
    return text.translate(ALEF_TABLE)


def fold_alef_maksura(text: str) -> str:
    """ى → ي"""
    return text.translate(ALEF_MAKSURA_TABLE)


def fold_teh_marbuta(text: str) -> str:
    """ة → ه"""
    return text.translate(TEH_MARBUTA_TABLE)


def fold_farsi_letters(text: str) -> str:
    """Farsi yeh and keheh (common in copied text) → Arabic ي and ك."""
    return text.translate(FARSI_LETTERS_TABLE)


def strip_diacritics(text: str) -> str:
    """Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks removed."""
    return text.translate(DIACRITICS_TABLE)


def strip_tatweel(text: str) -> str:
    """ـ removed: "الـ"داعش"" → "ال"داعش""."""
    return text.translate(TATWEEL_TABLE)


def fold_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII."""
    return text.translate(DIGITS_TABLE)


def strip_invisibles(text: str) -> str:
    """Zero-width characters, bidi marks and the BOM removed."""
    return text.translate(INVISIBLES_TABLE)


def fold_spaces(text: str) -> str:
    """NBSP, thin/em spaces, tabs → ' '; Unicode line separators → newline."""
    return text.translate(SPACES_TABLE)


def lowercase_latin(text: str) -> str:
    return text.translate(LATIN_TABLE)


def decompose_presentation_forms(text: str) -> str:
    """ﻋﺸﺮﺓ → عشرة; ﻻ → لا (compatibility decomposition of Arabic presentation forms only)."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


RULES = (decompose_presentation_forms, strip_invisibles, strip_diacritics, strip_tatweel,
         fold_alef, fold_alef_maksura, fold_teh_marbuta, fold_farsi_letters, fold_digits,
         fold_spaces, lowercase_latin)

FOLD_TABLE: dict[int, str | None] = {}
for _t in (INVISIBLES_TABLE, DIACRITICS_TABLE, TATWEEL_TABLE, ALEF_TABLE, ALEF_MAKSURA_TABLE,
           TEH_MARBUTA_TABLE, FARSI_LETTERS_TABLE, DIGITS_TABLE, SPACES_TABLE, LATIN_TABLE):
    FOLD_TABLE.update(_t)

_DELETED_CHARS = frozenset(chr(k) for k, v in FOLD_TABLE.items() if v is None)
_DELETED = re.compile("[" + "".join(map(re.escape, sorted(_DELETED_CHARS))) + "]")
# every character folding changes, and what it becomes ("" when deleted); no result is itself a key,
# so replacing the characters one after another equals the one-pass `str.translate(FOLD_TABLE)`
_CHANGED = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(FOLD_TABLE)) + "]")
_REPLACEMENT = {chr(k): "" if v is None else v for k, v in FOLD_TABLE.items()}
_SHORT = 200      # below this length `str.translate` is as fast
_BASE = array("i", range(1 << 16))   # 0, 1, 2, ...: sliced for the offset map of a text this long


def _translate(text: str) -> tuple[str, set[str]]:
    """`text.translate(FOLD_TABLE)` and the set of characters it changed.

    `str.translate` looks every character up in a dict (~45 ns each); an article has a handful of
    distinct characters to fold (ة ى أ, a few marks), found in one regex scan and each replaced with
    `str.replace` (a memchr-speed pass)."""
    found = set(_CHANGED.findall(text))
    for ch in found:
        text = text.replace(ch, _REPLACEMENT[ch])
    return text, found


# folded forms of short strings (words, lemmas, lexicon phrases: the steps fold the same few
# hundred again and again), a plain dict cleared when large; longer text is folded every time
_WORD_MAX = 32
_FOLDED_WORDS: dict[str, str] = {}


def fold_string(text: str) -> str:
    """Fold without keeping offsets (for lexicon entries and queries).

    >>> fold_string("مدينة الرقّة")
    'مدينه الرقه'
    """
    short = len(text) <= _WORD_MAX
    if short:
        r = _FOLDED_WORDS.get(text)
        if r is not None:
            return r
    key = text
    if _PRESENTATION.search(text):
        text = decompose_presentation_forms(text)
    r = text.translate(FOLD_TABLE) if len(text) < _SHORT else _translate(text)[0]
    if short:
        if len(_FOLDED_WORDS) >= 100_000:
            _FOLDED_WORDS.clear()
        _FOLDED_WORDS[key] = r
    return r


def fold(text: str) -> tuple[str, OffsetMap]:
    """Fold `text` for matching; return the folded string and the map back to `text`.

    >>> folded, omap = fold("بمدينة سِرت")
    >>> folded
    'بمدينه سرت'
    >>> omap.to_original(7, 10)
    (7, 11)
    """
    n = len(text)
    if _PRESENTATION.search(text):
        return _fold_slow(text)
    folded, found = _translate(text)
    if found.isdisjoint(_DELETED_CHARS):
        return folded, OffsetMap.identity(n)
    # starts[i]: the original index of folded char i, i.e. 0..n-1 without the deleted positions
    base = _BASE if n <= len(_BASE) else array("i", range(n))
    starts = array("i")
    prev = 0
    for m in _DELETED.finditer(text):
        d = m.start()
        if d > prev:
            starts += base[prev:d]
        prev = d + 1
    if prev < n:
        starts += base[prev:n]
    ends = starts[1:]
    ends.append(n)
    return folded, OffsetMap(n, len(folded), starts, ends)


def _fold_slow(text: str) -> tuple[str, OffsetMap]:
    """Per-character folding for text with presentation forms (one char may give several)."""
    out: list[str] = []
    starts = array("i")
    for i, ch in enumerate(text):
        if _PRESENTATION.match(ch):
            r = unicodedata.normalize("NFKC", ch).translate(FOLD_TABLE)
        else:
            r = ch.translate(FOLD_TABLE)
        for c in r:
            out.append(c)
            starts.append(i)
    n = len(text)
    m = len(starts)
    ends = array("i", [n]) * m
    for j in range(m - 2, -1, -1):
        ends[j] = ends[j + 1] if starts[j + 1] == starts[j] else starts[j + 1]
    return "".join(out), OffsetMap(n, m, starts, ends)
