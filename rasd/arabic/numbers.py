"""Counts written in digits or words, valued by ACLED's conservative rules.

Works on the folded text (`Doc.folded`: أ→ا, ة→ه, ى→ي, Arabic-Indic digits → ASCII) and maps every
mention back to the original text.

- digits: "25", "3.5", "1,200"; not parts of dates (6/8/2016), times (19:44), years ("عام 2015"),
  days of a month ("11 يوليو"), percentages or model names ("اف-16");
- number words, masculine and feminine, compound: "ثلاثة آلاف" = 3000, "مئتين وأربعين" = 240,
  "خمسة وعشرين" = 25, "ثلاثة عشر" = 13; ordinals ("الثالث") are not counts;
- duals of count nouns kept as data (`DUAL_NOUNS`): "قتيلين", "جنديين", "غارتين" = 2 (kind "dual");
  nisba nouns such as "مدنيين" are plural, not dual;
- vague counts (kind "vague"): "عشرات" → 10, "بضعة"/"عدة"/"عدد من" → 3, "مئات" → 100, "آلاف" → 1000,
  "عشرات الآلاف" → 10000;
- qualifiers "نحو"/"حوالي"/"أكثر من"/"ما لا يقل عن"/"على الأقل" keep the number, approximate=True;
- ranges "بين 10 و15", "10 إلى 15", "10-15" → the lowest (kind "range").

>>> parse_number("مئتين واربعين")
240
>>> parse_number("ثلاثه الاف")
3000
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_

from rasd.arabic.patterns import gated_finditer, windowed_finditer, word_alternation
from rasd.model import Doc, NumberMention

# ---------------------------------------------------------------- lexicon (folded forms)

UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9,
}
TEN_WORDS: dict[str, int] = {"عشر": 10, "عشره": 10}
TEEN_HEADS: dict[str, int] = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
TENS: dict[str, int] = {}
for _stem, _v in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70),
                  ("ثمان", 80), ("تسع", 90)):
    TENS[_stem + "ون"] = _v
    TENS[_stem + "ين"] = _v
HUNDREDS: dict[str, int] = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200,
                            "مائتين": 200, "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200}
for _stem, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
    HUNDREDS[_stem + "مئه"] = _v * 100
    HUNDREDS[_stem + "مائه"] = _v * 100
# multipliers: singular/dual forms carry their value; plural forms multiply the count before them
THOUSANDS: dict[str, int] = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000,
                             "مليون": 10**6, "مليونا": 10**6, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6,
                             "مليار": 10**9, "مليارا": 10**9}
PLURAL_MULTIPLIERS: dict[str, int] = {"الاف": 1000, "ملايين": 10**6, "مليارات": 10**9}
VAGUE: dict[str, int] = {"عشرات": 10, "مئات": 100, "بضعه": 3, "بضع": 3, "عده": 3}

# count nouns whose dual cannot be a plural (their plurals are broken: قتلى، جنود، غارات...)
DUAL_NOUNS: tuple[str, ...] = (
    "قتيل", "شهيد", "جريح", "جندي", "طفل", "شخص", "عنصر", "ضابط", "رجل", "امراه", "فتاه", "صبي", "شاب",
    "غاره", "ضربه", "هجوم", "تفجير", "انفجار", "صاروخ", "قذيفه", "عبوه", "سياره", "مروحيه",
    "طائره", "دبابه", "مقاتل", "مسلح", "حارس", "شقيق", "نائب", "قيادي", "موقع", "مقر", "معسكر",
    "منزل", "انتحاري", "مدرعه", "زورق",
)
# nisba and participle nouns: their "-ين" form is a sound plural as often as a dual; only a following
# "اثنين/اثنتين" or a preceding dual cue makes them dual
AMBIGUOUS_DUALS = frozenset({"مقاتل", "مسلح", "انتحاري", "قيادي", "نائب", "حارس"})

# (as folded text writes them: "على" → "علي", "إلى" → "الي")
APPROX_BEFORE = ("نحو", "حوالي", "قرابه", "زهاء", "اكثر من", "ما لا يقل عن", "ما يزيد عن",
                 "ما يزيد علي", "ما يربو علي", "ما يقارب", "يقارب", "ما يناهز", "يناهز", "اقل من",
                 "اكثر من", "ازيد من", "حوالي", "تقريبا", "اقرب الي", "ما لا يقل علي", "ما يزيد قليلا عن",
                 "ما يزيد قليلا علي")
ORDINAL_BEFORE = frozenset({"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                            "الثامن", "التاسع", "الحاديه", "الثانيه", "الثالثه", "الرابعه", "الخامسه",
                            "السادسه", "السابعه", "الثامنه", "التاسعه", "حادي", "ثاني", "ثالث", "رابع",
                            "خامس", "سادس", "سابع", "ثامن", "تاسع"})

_ALL_WORDS: dict[str, int] = {**UNITS, **TEN_WORDS, **TEEN_HEADS, **TENS, **HUNDREDS, **THOUSANDS,
                              **PLURAL_MULTIPLIERS, **VAGUE}
NUMBER_WORDS = frozenset(_ALL_WORDS)   # every folded number word (units, tens, hundreds, vague counts)
# the article makes اثنين/احد weekdays (الاثنين، الاحد) and مئه a percentage (بالمئه)
_NO_ARTICLE = frozenset({"اثنين", "اثنان", "احد", "احدي", "مئه", "مائه", "الف", "ست", "سبع", "عده",
                         "اثنتين", "اثنتان", "ثماني", "خمس", "اربع", "ثلاث", "تسع"})

_L = r"[^\W\d_]"
_WORD_ALT = word_alternation(_ALL_WORDS)  # longest first, as a trie (rasd.arabic.patterns)
_DUAL_FORMS: dict[str, str] = {}
for _n in DUAL_NOUNS:
    if _n.endswith("ه"):
        _DUAL_FORMS[_n[:-1] + "تين"] = _n
        _DUAL_FORMS[_n[:-1] + "تان"] = _n
    else:
        _DUAL_FORMS[_n + "ين"] = _n
        _DUAL_FORMS[_n + "ان"] = _n
_DUAL_ALT = word_alternation(_DUAL_FORMS)

# one number-ish token: (prefix)(core); digits allow decimal / thousands separators
TOKEN_RE = re.compile(
    rf"(?<!{_L})(?P<pre>[وف]??[بلك]??(?:ال)??)(?:(?P<word>{_WORD_ALT})|(?P<dual>{_DUAL_ALT}))(?!{_L})"
    rf"|(?<![\d.,٫٬_a-z])(?P<pre2>[وف]?[بل]?)(?P<digits>\d+(?:[.,٫٬]\d+)*)(?![\w٫٬]|[.,/:]\d)"
)
_TWO_AFTER = re.compile(r"\s+(?:اثنين|اثنان|اثنتين|اثنتان)(?!" + _L + ")")
_AT_LEAST_AFTER = re.compile(r"\s*(?:على\s+الاقل|علي\s+الاقل|تقريبا)(?!" + _L + ")")
_AT_LEAST_AFTER_NOUN = re.compile(r"\s+[^\W\d_]+\s+(?:على\s+الاقل|علي\s+الاقل|تقريبا)(?!" + _L + ")")
_SOME_OF = re.compile(rf"(?<!{_L})[وف]?(?:ب|ل)?عدد\s+من(?!{_L})")
_SOME_OF_GATE = re.compile(r"عدد")
_APPROX_RE = re.compile(r"(?:(?<=\s)|^)(?:" + "|".join(map(re.escape, APPROX_BEFORE)) + r")\s*$")
_RANGE_LINK = re.compile(r"\s*(?:-|–|الي|حتى|و)\s*$")
_BETWEEN_BEFORE = re.compile(rf"(?<!{_L})(?:ما\s+)?(?:بين|من)\s*$")
_DATE_CONTEXT_AFTER = re.compile(r"\s*(?:[/:]\d|%|٪|بالمئه|بالمائه|في\s+المئه|في\s+المائه)")
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")
_CLOCK_AFTER = re.compile(r"\s*(?:ت|بتوقيت|gmt|utc|صباحا|مساء|ص(?![^\W\d_])|م(?![^\W\d_])|ظهرا|فجرا|ليلا)")
_YEAR_BEFORE = re.compile(rf"(?<!{_L})(?:[وفبل]?(?:ال)?عام|[وفبل]?(?:ال)?سنه|منذ|حتى)\s*$")
_LABEL_BEFORE = re.compile(rf"(?<!{_L})(?:رقم|القرار|قرار|الرقم|طراز|الطراز)\s*$")
_MODEL_BEFORE = re.compile(rf"{_L}\s?-\s?$|[a-z]\s?$")


def _order(v: int) -> int:
    return 3 if v >= 1000 else 2 if v >= 100 else 1 if v >= 10 else 0


def _combine(words: list[str]) -> tuple[int | None, int, bool]:
    """Value of the longest well-formed number-word prefix of `words` (each folded, the joining
    "و" already stripped and marked by a leading "+"): (value, words used, vague)."""
    total = 0
    current = 0
    last_unit = 0       # a bare unit that a following مئه/الاف/عشر can take
    prev_val: int | None = None
    vague = False
    used = 0
    for raw in words:
        joined = raw.startswith("+")
        w = raw[1:] if joined else raw
        if w in VAGUE:
            if used:
                break
            current, vague, used, prev_val = VAGUE[w], True, 1, VAGUE[w]
            continue
        if w in PLURAL_MULTIPLIERS:
            if joined:
                break
            mult = PLURAL_MULTIPLIERS[w]
            total += (current or 1) * mult
            current, last_unit, prev_val = 0, 0, mult
            used += 1
            continue
        if w in THOUSANDS:
            v = THOUSANDS[w]
            if used and not joined and current and v in (1000, 10**6, 10**9):
                total += current * v  # "خمسين الف"
                current = 0
            else:
                if used and joined and (prev_val is None or _order(prev_val) <= _order(v)):
                    break
                if used and not joined:
                    break
                total += v
            last_unit, prev_val = 0, v
            used += 1
            continue
        if w in TEN_WORDS and used and not joined and last_unit:
            current += 10               # "ثلاثه عشر", "احد عشر"
            last_unit, prev_val = 0, current
            used += 1
            continue
        if w in ("مئه", "مائه") and used and not joined and last_unit:
            current += last_unit * 99   # "ثلاث مئه"
            last_unit, prev_val = 0, 100
            used += 1
            continue
        if w in TEEN_HEADS:
            if used:
                break
            current, last_unit, prev_val, used = TEEN_HEADS[w], TEEN_HEADS[w], TEEN_HEADS[w], 1
            continue  # only valid if "عشر" follows; checked below
        v = UNITS.get(w) or TEN_WORDS.get(w) or TENS.get(w) or HUNDREDS.get(w)
        if v is None:
            break
        if used:
            if not joined:
                break
            ok = (prev_val is not None and _order(prev_val) > _order(v)) or \
                (prev_val is not None and prev_val < 10 and 20 <= v <= 90)
            if not ok:
                break
        current += v
        last_unit = v if v < 10 else 0
        prev_val = v
        used += 1
    if used and words and (words[0].lstrip("+") in TEEN_HEADS) and not (used >= 2):
        return None, 0, False
    if used == 0:
        return None, 0, False
    return total + current, used, vague


def parse_number(phrase: str) -> int | None:
    """Value of a folded number phrase written in words or digits, or None.

    >>> parse_number("خمسه وعشرين")
    25
    >>> parse_number("العشرات")
    10
    >>> parse_number("25") , parse_number("الثالث")
    (25, None)
    """
    phrase = phrase.strip()
    if not phrase:
        return None
    d = _digits_value(phrase)
    if d is not None:
        return int(d) if float(d).is_integer() else None
    words: list[str] = []
    for i, w in enumerate(phrase.split()):
        joined = False
        if i and w.startswith("و") and w not in _ALL_WORDS and _strip_prefix(w[1:]) in _ALL_WORDS:
            w, joined = _strip_prefix(w[1:]), True
        else:
            w = _strip_prefix(w)
        words.append(("+" if joined else "") + w)
    value, used, _ = _combine(words)
    if value is None or used != len(words):
        return None
    return value


def _strip_prefix(w: str) -> str:
    if w in _ALL_WORDS:
        return w
    for k in range(1, 5):
        if w[k:] in _ALL_WORDS and re.fullmatch(r"[وف]?[بلك]?(?:ال)?", w[:k]):
            return w[k:]
    return w


def _digits_value(s: str) -> float | None:
    s = s.strip().replace("٫", ".").replace("٬", ",")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    return None


# ---------------------------------------------------------------- finding mentions

_PREFIX_RE = re.compile(r"[وف]?[بلك]?(?:ال)?")


@lru_cache(maxsize=100_000)
def _may_hold_number(norm: str) -> bool:
    """Whether a token (rasd.arabic.tokens) of folded form `norm` may hold a TOKEN_RE match: it has
    a digit, or it is a number word or a dual behind proclitics ("وبثلاثه", "الجنديين")."""
    if not norm.isalpha():
        return True
    for k in range(min(4, len(norm) - 1) + 1):
        core = norm[k:]
        if (core in _ALL_WORDS or core in _DUAL_FORMS) and _PREFIX_RE.fullmatch(norm, 0, k):
            return True
    return False


def _number_tokens(folded: str, tokens) -> Iterator[re.Match]:
    """TOKEN_RE's matches, scanned only over the runs of text holding a token that may hold one
    (a token is a run of letters or of digits: every match lies in one run of non-spaces)."""
    norms = list(map(_NORM, tokens))
    flags = list(map(_HOLDS.get, norms))     # a dict lookup a token (an lru_cache hit costs 4x more)
    if None in flags:
        if len(_HOLDS) > 200_000:
            _HOLDS.clear()
        for i in compress(range(len(flags)), map(is_, flags, repeat(None))):
            flags[i] = _HOLDS[norms[i]] = _may_hold_number(norms[i])
    cands = compress(tokens, flags)
    return windowed_finditer(TOKEN_RE, folded, ((t.fstart, t.fend) for t in cands), 0, 0)


_HOLDS: dict[str, bool] = {}   # folded token → _may_hold_number (a cache: the answer never changes)


_NORM = attrgetter("norm")


def find_numbers(folded: str, tokens=None) -> list[tuple[int, int, int | float, bool, str]]:
    """(fstart, fend, value, approximate, kind) for every count in folded text, in order.

    `tokens`: the text's tokens (rasd.arabic.tokens.tokenize of the same folded text), when known:
    the scan then visits only those that may hold a number (same result, less work)."""
    toks: list[tuple[int, int, str, str]] = []  # (core start, end, core text, type)
    for m in (_number_tokens(folded, tokens) if tokens else TOKEN_RE.finditer(folded)):
        if m.group("digits") is not None:
            s, e = m.span("digits")
            if _DATE_CONTEXT_AFTER.match(folded, e) or _MODEL_BEFORE.search(folded, max(0, s - 3), s):
                continue
            if s >= 1 and folded[s - 1] in "/:" and s >= 2 and folded[s - 2].isdigit():
                continue
            if _CLOCK.fullmatch(m.group("digits")) and _CLOCK_AFTER.match(folded, e):
                continue
            toks.append((s, e, m.group("digits"), "digits"))
        elif m.group("dual") is not None:
            s, e = m.span("dual")
            toks.append((s, e, m.group("dual"), "dual"))
        else:
            pre = m.group("pre")
            w = m.group("word")
            if "ال" in pre[-2:] and pre.endswith("ال") and w in _NO_ARTICLE:
                continue
            s, e = m.span("word")
            toks.append((m.start() if pre.endswith("ال") else s, e, ("+" if pre == "و" else "") + w, "word"))
    out: list[tuple[int, int, int | float, bool, str]] = []
    i = 0
    n = len(toks)
    while i < n:
        s, e, core, typ = toks[i]
        if typ == "dual":
            noun = _DUAL_FORMS[core]
            m2 = _TWO_AFTER.match(folded, e)
            if noun in AMBIGUOUS_DUALS and not m2:
                i += 1
                continue
            end = m2.end() if m2 else e
            while i + 1 < n and toks[i + 1][0] < end:
                i += 1
            out.append((s, end, 2, False, "dual"))
            i += 1
            continue
        if typ == "digits":
            val = _digits_value(core)
            if val is None:
                i += 1
                continue
            if _is_year_or_day(folded, s, e, core):
                i += 1
                continue
            value: int | float = int(val) if val.is_integer() else val
            end = e
            # "3 الاف", "5 ملايين"
            if i + 1 < n and toks[i + 1][3] == "word" and folded[e:toks[i + 1][0]].strip() == "":
                nxt = toks[i + 1][2].lstrip("+")
                if nxt in PLURAL_MULTIPLIERS or nxt in ("الف", "مليون", "مليار"):
                    value = value * (PLURAL_MULTIPLIERS.get(nxt) or THOUSANDS[nxt])
                    end = toks[i + 1][1]
                    i += 1
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            out.append((s, end, value, False, "number"))
            i += 1
            continue
        # a run of number words separated only by spaces (the joining و is in the token)
        j = i
        words = [core.lstrip("+") if j == i else core]
        while j + 1 < n and toks[j + 1][3] == "word" and folded[toks[j][1]:toks[j + 1][0]].strip() in ("", "و") \
                and toks[j + 1][0] - toks[j][1] <= 3:
            j += 1
            words.append(toks[j][2])
        if _ordinal_before(folded, s):
            i = j + 1
            continue
        value_w, used, vague = _combine(words)
        if value_w is None:
            i += 1
            continue
        end = toks[i + used - 1][1]
        out.append((s, end, value_w, vague, "vague" if vague else "number"))
        i += used
    for m in gated_finditer(_SOME_OF, folded, _SOME_OF_GATE, 1, 2):
        out.append((m.start(), m.end(), 3, True, "vague"))
    out.sort()
    return _qualify(folded, out)


def _ordinal_before(folded: str, s: int) -> bool:
    k = folded.rfind(" ", 0, max(0, s - 1))
    prev = folded[k + 1:s].strip()
    return prev in ORDINAL_BEFORE


def _is_year_or_day(folded: str, s: int, e: int, core: str) -> bool:
    from rasd.arabic.dates import MONTH_AFTER_RE, MONTH_BEFORE_RE
    if MONTH_AFTER_RE.match(folded, e) or _LABEL_BEFORE.search(folded, max(0, s - 8), s):
        return True
    if len(core) == 4 and core.isdigit() and 1800 <= int(core) <= 2100:
        if _YEAR_BEFORE.search(folded, max(0, s - 12), s) or MONTH_BEFORE_RE.search(folded, max(0, s - 30), s):
            return True
        if folded[max(0, s - 1):s] in ("(", "/") or re.match(r"\s*[)هم](?![^\W\d_])", folded[e:e + 3]):
            return True
    return False


def _qualify(folded: str, found: list[tuple[int, int, int | float, bool, str]]):
    """Add approximators before, "على الاقل" after, and fold ranges into their lowest value."""
    out: list[tuple[int, int, int | float, bool, str]] = []
    k = 0
    while k < len(found):
        s, e, v, approx, kind = found[k]
        if out and out[-1][1] > s:  # overlap (e.g. "عدد من" inside a run): keep the first
            k += 1
            continue
        m = _APPROX_RE.search(folded, max(0, s - 16), s)
        if m:
            s, approx = m.start(), True
        m = _AT_LEAST_AFTER.match(folded, e)
        if m:
            e, approx = m.end(), True
        elif _AT_LEAST_AFTER_NOUN.match(folded, e):
            approx = True
        if k + 1 < len(found):
            s2, e2, v2, _, kind2 = found[k + 1]
            gap = folded[e:s2]
            link = _RANGE_LINK.fullmatch(gap) if len(gap) <= 8 else None
            if link and kind == kind2 and kind in ("number",) and v2 > v:
                linked_by_wa = gap.strip() == "و"
                b = _BETWEEN_BEFORE.search(folded, max(0, s - 8), s)
                if (linked_by_wa and b) or (not linked_by_wa and gap.strip() != ""):
                    if b:
                        s = b.start()
                    out.append((s, e2, v, True, "range"))
                    k += 2
                    continue
        out.append((s, e, v, approx, kind))
        k += 1
    return out


def add_numbers(doc: Doc, *, resources=None) -> Doc:
    """Pipeline step: `doc.numbers`, spans in the original text, masked spans left out.

    "قتل نحو 25 جنديا" → NumberMention(span of "نحو 25", value=25, approximate=True).
    """
    omap = doc.offsets
    out = []
    for s, e, v, approx, kind in find_numbers(doc.folded, doc.tokens):
        span = omap.span(s, e)
        if doc.masks and doc.is_masked(span):
            continue
        out.append(NumberMention(span, v, approx, kind))
    return doc.with_(numbers=tuple(out))
