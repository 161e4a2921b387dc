"""Does an Arabic spelling of a foreign name write a given Latin name?

A place in Turkey, India or Afghanistan is often known to the gazetteer only in Latin letters
(GeoNames has no Arabic name for Lice or Gurdaspur), while the article writes "ليجي" or
"غورداسبور". Both spellings are read as a stream of consonant classes and vowels. Letters one
language keeps apart and the other writes alike share a class (ت ط = t; س ص = s; ك ق = k);
a Latin letter that reads several ways gives several streams (g: غ, ك or ج; Turkish c: ج;
p: ب or ف). The consonant skeleton (classes only) must be equal, and every long vowel the Arabic
writes (ا و ي) must stand where the Latin name has a vowel of its kind: "كشمير" is not Kashmor.

>>> arabic_skeleton("غورداسبور")
'GRDSBR'
>>> "GRDSBR" in latin_skeletons("Gurdaspur", "IN")
True
>>> spelled_alike("ليجي", "Lice", "TR"), spelled_alike("كشمير", "Kashmor", "PK")
(True, False)

The match is loose by design: the caller must narrow it (the article's country, a stated
province, a cue word such as "منطقة" before the name).
"""
from __future__ import annotations

import itertools
import re
import unicodedata

# folded Arabic letter → consonant class; ا و ي are vowels, the rest drop out
_AR = {
    "ب": "B", "پ": "B", "ف": "F", "ڤ": "F",
    "ت": "T", "ط": "T", "ث": "T",
    "د": "D", "ض": "D",
    "ذ": "Z", "ظ": "Z", "ز": "Z", "ژ": "J",
    "س": "S", "ص": "S", "ش": "X",
    "ج": "J", "چ": "X", "غ": "G", "ق": "K", "ك": "K", "گ": "G", "ک": "K",
    "ح": "H", "ه": "H", "خ": "H",
    "ل": "L", "م": "M", "ن": "N", "ر": "R",
}
_AR_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "إ": "a", "و": "u", "ي": "i", "ى": "a"}

# Latin letter groups → readings (a reading is a string of classes, "" for none, or a vowel)
_LATIN_MULTI = {
    "sch": ["X"], "tch": ["X"],
    "kh": ["H", "K"], "gh": ["G", "K"], "sh": ["X"], "ch": ["X", "K"], "zh": ["J"],
    "th": ["T"], "dh": ["D", "Z"], "ph": ["F"], "ck": ["K"], "ts": ["TS"], "dj": ["J"], "dz": ["J"],
    "qu": ["Ku", "K"],
}
_LATIN = {
    "b": ["B"], "p": ["B", "F"], "f": ["F"], "v": ["F", "u"],
    "t": ["T"], "d": ["D"], "z": ["Z"], "s": ["S"], "x": ["KS"],
    "j": ["J"], "g": ["G", "K", "J"], "k": ["K"], "q": ["K"], "c": ["K", "S"],
    "h": ["H"], "l": ["L"], "m": ["M"], "n": ["N"], "r": ["R"],
    "a": ["a"], "e": ["e"], "i": ["i"], "o": ["o"], "u": ["u"], "y": ["i"], "w": ["u"],
}
# Turkish (and Azeri) letters read their own way
_TURKISH = {"c": ["J"], "ç": ["X", "J"], "ş": ["X"], "ğ": [""], "ı": ["i"], "ö": ["o"], "ü": ["u"]}
_TURKISH_COUNTRIES = {"TR", "AZ"}
MAX_VARIANTS = 48
_FINAL_HEH = re.compile(r"ه(?=\s|$)")   # a folded ta marbuta ("قونية" → "قونيه"): a vowel
# an Arabic long vowel and the Latin vowels it may write
_VOWEL_FITS = {"a": set("ae"), "u": set("ou"), "i": set("ie")}


def _arabic_stream(word: str) -> list[str]:
    word = _FINAL_HEH.sub("", word.replace("تش", "ش"))
    out: list[str] = []
    for ch in word:
        if ch in _AR:
            out.append(_AR[ch])
        elif ch in _AR_VOWELS:
            out.append(_AR_VOWELS[ch])
    return out


def _latin_streams(name: str, country: str | None) -> list[list[str]]:
    low = name.lower()
    turkish = country in _TURKISH_COUNTRIES
    parts: list[list[str]] = []
    i = 0
    while i < len(low):
        ch = low[i]
        if turkish and ch in _TURKISH:
            parts.append(_TURKISH[ch])
            i += 1
            continue
        for n in (3, 2):
            group = low[i:i + n]
            if group in _LATIN_MULTI:
                parts.append(_LATIN_MULTI[group])
                i += n
                break
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            if ch == "ş":
                parts.append(["X"])
            elif ch == "ç":
                parts.append(["X", "S"])
            elif base == "h" and not low[i + 1:i + 2].isalpha() and i and \
                    unicodedata.normalize("NFKD", low[i - 1])[0] in "aeiouy":
                parts.append(["", "H"])   # "Marjah" = "مرجة": a final h after a vowel may be silent
            else:
                parts.append(_LATIN.get(base, [""]))
            i += 1
    streams: list[list[str]] = []
    for combo in itertools.product(*parts):
        s: list[str] = []
        for reading in combo:
            for sym in reading:   # capitals are consonant classes, small letters vowels
                if sym.isupper() and s and s[-1] == sym:
                    continue   # "Hakkari": a doubled letter is one ("حكاري")
                s.append(sym)
        streams.append(s)
        if len(streams) >= MAX_VARIANTS:
            break
    return streams


def _skeleton(stream: list[str]) -> str:
    return "".join(s for s in stream if s.isupper())


def _gaps(stream: list[str]) -> list[set[str]]:
    """The vowels before the first consonant, between each two, and after the last."""
    gaps: list[set[str]] = [set()]
    for s in stream:
        if s.isupper():
            gaps.append(set())
        else:
            gaps[-1].add(s)
    return gaps


def arabic_skeleton(word: str) -> str:
    """The consonant classes of a folded Arabic word or phrase: "تش" reads as one sound (ch,
    "تشاد" → 'XD'); a word-final ه (a folded ة) is a vowel."""
    return _skeleton(_arabic_stream(word))


def latin_skeletons(name: str, country: str | None = None) -> frozenset[str]:
    """Every consonant skeleton a Latin place name may be written with in Arabic letters (at most
    MAX_VARIANTS readings); spaces, hyphens and apostrophes drop out."""
    return frozenset(k for k in map(_skeleton, _latin_streams(name, country)) if k)


def spelled_alike(arabic: str, latin: str, country: str | None = None) -> bool:
    """The folded Arabic spelling writes the Latin name: one reading of the Latin name has the
    Arabic consonant skeleton, and each long vowel the Arabic writes between two consonants (or
    at the end) stands where that reading has a vowel it may write (ا: a/e, و: o/u, ي: i/e). An
    alef before the first consonant carries the start ("اسطنبول"), whatever follows."""
    ar = _arabic_stream(arabic)
    key = _skeleton(ar)
    if not key:
        return False
    ar_gaps = _gaps(ar)
    ar_gaps[0].discard("a")
    for stream in _latin_streams(latin, country):
        if _skeleton(stream) != key:
            continue
        if all(all(_VOWEL_FITS[v] & lv for v in av) for av, lv in zip(ar_gaps, _gaps(stream))):
            return True
    return False


# ---------------------------------------------------------------- romanizing a name

_ROMAN = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ڤ": "v", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "'",
}
_ROMAN_VOWELS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "ة": "a", "ئ": "i", "ؤ": "u"}
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def romanize(name: str) -> str:
    """A Latin spelling of an Arabic place name, for the gazetteer rows that have no Latin name (an
    English `location.name` must not be Arabic): consonants as ACLED's transliterations write them,
    و/ي as vowels between consonants, the article as "Al".

    >>> romanize("ليغو"), romanize("الزويه"), romanize("أبو قرين"), romanize("عين زارة")
    ('Lighu', 'Al Zuya', 'Abu Qrin', 'Ayn Zara')
    """
    words = []
    for word in _MARKS.sub("", name).split():
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            prefix, word = "Al ", word[2:]
        out: list[str] = []
        vowel = True   # a word starts as after a vowel: و ي there are consonants
        for k, ch in enumerate(word):
            last = k == len(word) - 1
            if ch in "وي":
                if vowel:
                    out.append("w" if ch == "و" else "y")
                    vowel = False
                else:
                    out.append("u" if ch == "و" else "i")
                    vowel = True
            elif ch == "ع" and k == 0:
                out.append("a")   # "عين زارة": Ain Zara
                vowel = True
            elif ch == "ه" and last and k > 0 and not vowel:
                out.append("a")   # a final ه after a consonant writes the feminine ending
                vowel = True
            elif ch in _ROMAN_VOWELS:
                v = _ROMAN_VOWELS[ch]
                if not (out and out[-1] == v):
                    out.append(v)
                vowel = True
            elif ch in _ROMAN:
                out.append(_ROMAN[ch])
                vowel = False
            elif ch.isascii():
                out.append(ch)
                vowel = not ch.isalpha()
        text = "".join(out).strip("'")
        words.append(prefix + text[:1].upper() + text[1:] if text else prefix.strip())
    return " ".join(w for w in words if w).strip()
