"""Distances and directions from a named place, for the geocoder to offset or widen a point.

- "على بعد 240 كيلومترا جنوب شرق سرت", "160 كم جنوب شرقي مدينة سرت", "نحو 50 كلم غرب بنغازي",
  "100 كيلومتر الى الشمال الشرقي من العاصمة" → relation "offset", km and bearing;
- "على بعد 25 كم من بغداد" (no bearing) → relation "near" with km;
- "غرب سرت", "شرق العاصمة طرابلس", "جنوبي البلاد" → relation "direction", km None;
- "بالقرب من X", "قرب X", "على مقربة من X" → "near"; "ضواحي X", "أطراف X", "محيط X", "مشارف X"
  → "outskirts"; "وسط X" → "centre".

Bearings in degrees: شمال 0, شمال شرق 45, شرق 90, جنوب شرق 135, جنوب 180, جنوب غرب 225, غرب 270,
شمال غرب 315. Miles are converted (×1.609), metres divided by 1000.

`anchor` is the span of the place phrase after the direction: a cue ("مدينة", "العاصمة", "بلدة"...)
may open it, and it ends with the (up to 3-word) name; the places step resolves it.

>>> from rasd.arabic.normalize import fold
>>> text = "استهدفت معسكرا على مسافة 240 كيلومترا جنوب شرقي مدينة سرت أمس"
>>> folded, omap = fold(text)
>>> [(text[s.start:s.end], text[a.start:a.end], km, b, r) for s, a, km, b, r in find_distances(folded, omap)]
[('240 كيلومترا جنوب شرقي مدينة سرت', 'مدينة سرت', 240.0, 135.0, 'offset')]
"""
from __future__ import annotations

import re

from rasd.arabic.numbers import APPROX_BEFORE, parse_number
from rasd.arabic.patterns import gated_finditer, word_alternation
from rasd.model import Doc, DistanceMention, Span

_L = r"[^\W\d_]"
_BL = rf"(?<!{_L})"
_NL = rf"(?!{_L})"

BEARINGS = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}
UNITS: dict[str, float] = {}
for _w in ("كيلومترا", "كيلومترات", "كيلومتر", "كيلو مترا", "كيلو مترات", "كيلو متر", "كم", "كلم",
           "كيلو"):
    UNITS[_w] = 1.0
for _w in ("ميلا", "ميل", "اميال", "اميالا"):
    UNITS[_w] = 1.609
for _w in ("ميلا بحريا", "ميل بحري", "اميال بحريه", "اميالا بحريه", "ميلين بحريين"):
    UNITS[_w] = 1.852   # the nautical mile of ship attacks: "على بعد 50 ميلا بحريا جنوب غربي عدن"
for _w in ("مترا", "متر", "امتار", "مترات"):
    UNITS[_w] = 0.001

# words that may open the anchor phrase (kept in the anchor)
CUES = ("مدينه", "مدينتي", "العاصمه", "عاصمه", "بلده", "بلدات", "قريه", "قري", "محافظه", "ولايه", "منطقه",
        "مناطق", "حي", "احياء", "ميناء", "مطار", "قاعده", "معسكر", "جبل", "وادي", "واحه", "مخيم", "ضاحيه",
        "مديريه", "قضاء", "ناحيه", "اقليم", "بلديه", "مركز", "شارع", "طريق", "سواحل", "ساحل", "حقل",
        "البلاد", "المدينه", "البلده", "القريه", "المنطقه", "المحافظه", "الولايه")
# first words of multi-word place names ("الشيخ زويد", "ابو قرين", "دير الزور")
NAME_HEADS = frozenset({"ابو", "ام", "بن", "بني", "بنو", "عين", "بئر", "بير", "دير", "تل", "جبل", "وادي",
                        "راس", "الشيخ", "سيدي", "خان", "كفر", "جسر", "بنت", "قصر", "سوق", "باب", "ذي",
                        "ذو", "دار", "مرسي", "بو", "حي", "جزيره", "شط", "حمام", "معره", "مدينه", "نهر",
                        "سد", "ابي", "عين", "بيت", "تلعفر", "ال", "القائم", "المزه", "سبع", "الحجر",
                        "جنوب", "شمال", "شرق", "غرب", "ود", "الدار", "الجبل", "الخمس"})
# words that end a place phrase: particles, pronouns, common verbs and nouns after a place
STOP = frozenset({
    "في", "من", "الي", "على", "باتجاه", "صوب", "اتجاه", "علي", "عن", "مع", "حيث", "التي", "الذي", "الذين", "اللتين", "الذي", "بعد",
    "قبل", "خلال", "حتى", "او", "ثم", "لكن", "منذ", "امس", "اليوم", "غدا", "عند", "نحو", "ضد", "بين",
    "وفق", "حسب", "اثر", "عبر", "الا", "لا", "لم", "لن", "قد", "ان", "انه", "انها", "كما", "ما", "هذا",
    "هذه", "ذلك", "تلك", "هناك", "هنا", "فيما", "بينما", "عندما", "كان", "كانت", "يوم", "مساء", "صباح",
    "فجر", "ليل", "وسط", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "الليبيه", "السوريه", "العراقيه", "اليمنيه", "السودانيه", "المصريه", "الساحليه", "الليبي",
    "السوري", "العراقي", "اليمني", "السوداني", "المصري", "الحدوديه", "الجنوبيه", "الشماليه",
    "الشرقيه", "الغربيه", "النفطيه", "المحاصره", "المحتله", "الاستراتيجيه",
})
# after "وسط" these mean "amid", not "the centre of"
AMID = frozenset({"اشتداد", "اجواء", "مخاوف", "حضور", "تكهنات", "انباء", "تقارير", "ظروف", "دعوات",
                  "اتهامات", "تحذيرات", "تصاعد", "استمرار", "غياب", "صمت", "ترقب", "توتر", "تزايد",
                  "مطالب", "احتجاجات", "تعزيزات", "اشتباكات", "معارك", "قصف", "حاله", "حشود", "هتافات",
                  "انتشار", "اجراءات", "تدابير", "دمار", "ركام", "انقاض", "جدل", "خلافات", "انقسام",
                  "تنديد", "ادانات", "اطلاق", "ازمه", "حمله", "حالات", "ضغوط", "تهديدات", "هدوء"})
NEAR = ("بالقرب من", "بالقرب", "على مقربه من", "علي مقربه من", "قرب", "بمحاذاه", "قريبا من")
OUTSKIRTS = ("ضواحي", "اطراف", "محيط", "مشارف", "تخوم", "اكناف", "ضاحيه", "جرود")   # ("جرود عرسال": its barren hills)
CENTRE = ("وسط", "قلب")


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_DIR_WORD = r"(?:ال)?(?P<{n}>شمال|جنوب|شرق|غرب)(?:ي)?"
_DIRECTION = (rf"(?:الي\s+|في\s+|ب)?{_DIR_WORD.format(n='d1')}(?:\s*[-]?\s*{_DIR_WORD.format(n='d2')})?{_NL}"
              rf"(?:\s+(?:من|ل)(?=\s))?")
# ("على بعد15 كيلومترا": digits glued to the word before are still the whole number, never its tail)
_NUMBER = (rf"(?:{_BL}(?P<approx>{word_alternation(APPROX_BEFORE)})\s+)?(?P<num>(?<![\d.,])\d+(?:[.,]\d+)?|"
           rf"{_BL}[^\W\d_]+(?:\s+و?[^\W\d_]+){{0,2}}?)")
DISTANCE_RE = re.compile(
    rf"{_NUMBER}\s*(?P<unit>{word_alternation(UNITS)}){_NL}\s*"
    rf"(?:(?P<dir>{_DIRECTION})|(?P<from>من|عن)(?=\s))\s*"
)
DIRECTION_RE = re.compile(rf"{_BL}[وف]?{_DIRECTION}\s*")
RELATION_RE = re.compile(
    rf"{_BL}(?:[وف]?(?:ب|في\s+)?)(?:(?P<near>{_alt(NEAR)})|(?P<out>{_alt(OUTSKIRTS)})|(?P<centre>{_alt(CENTRE)})){_NL}\s*"
)
# the finders above run only around these words (see rasd.arabic.patterns.gated_finditer): a unit
# word (at most 7 words after the start of a distance phrase: "ما لا يقل عن" + three number words;
# at most 5 before its end: "الي الشمال - الغربي من"), a direction word, a relation word
_UNIT_GATE = re.compile(word_alternation(UNITS))
_DIRECTION_GATE = re.compile(word_alternation(BEARINGS))
_RELATION_GATE = re.compile(word_alternation(w for ws in (NEAR, OUTSKIRTS, CENTRE) for w in ws))
# a direction with its article is a place's own side only with its preposition ("الى الشمال الشرقي من
# العاصمة"، "في الجنوب الغربي من البلاد"، "بالشمال")
_DIRECTION_LINKED = re.compile(r"^[وف]?(?:الي|في|ب)|\s(?:من|ل)\s*$")
_CUE_RE = re.compile(rf"(?:{_alt(CUES)}){_NL}")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _bearing(d1: str, d2: str | None) -> float | None:
    a = BEARINGS[d1]
    if not d2 or d2 == d1:
        return a
    b = BEARINGS[d2]
    if {a, b} == {0.0, 270.0}:
        return 315.0
    if abs(a - b) == 180:
        return None
    return (a + b) / 2


def _anchor(folded: str, pos: int, *, strict: bool = False) -> tuple[int, int] | None:
    """Folded (start, end) of the place phrase starting at `pos`: [cue] name (≤ 3 words)."""
    n = len(folded)
    i = pos
    while i < n and folded[i] == " ":
        i += 1
    start = i
    m = _CUE_RE.match(folded, i)
    end = None
    if m:
        end = m.end()
        i = end
        while i < n and folded[i] == " ":
            i += 1
        cue = m.group()
        if cue in ("البلاد", "المدينه", "البلده", "القريه", "المنطقه", "المحافظه", "الولايه"):
            return start, end
    words = 0
    head = True
    while words < 3:
        w = _WORD_RE.match(folded, i)
        if not w:
            break
        word = w.group()
        if word in STOP or (words and word.startswith("و")) or (words and word[:2] in ("لل", "بال")):
            break
        if words and not head:
            break
        if not words and strict and word in AMID:
            return None
        end = w.end()
        words += 1
        head = word in NAME_HEADS or (word.startswith("ال") and words == 1 and m is None and False)
        i = end
        if i < n and folded[i] == " " and i + 1 < n:
            i += 1
        else:
            break
    if end is None or end <= start:
        return None
    return start, end


def find_distances(folded: str, offsets) -> list[tuple[Span, Span, float | None, float | None, str]]:
    """(span, anchor, km, bearing, relation) in the original text, in text order."""
    out: list[tuple[int, int, int, int, float | None, float | None, str]] = []
    taken: list[tuple[int, int]] = []
    for m in gated_finditer(DISTANCE_RE, folded, _UNIT_GATE, 8, 6):
        unit = re.sub(r"\s+", " ", m.group("unit"))
        num = m.group("num")
        val = parse_number(num)
        s = m.start("num") if not m.group("approx") else m.start("approx")
        if val is None:
            # the number may be the last word(s) before the unit: retry on the tail
            parts = num.split()
            val = None
            for k in range(1, len(parts)):
                v = parse_number(" ".join(parts[k:]))
                if v is not None:
                    val = v
                    s = m.start("num") + num.index(parts[k], len(" ".join(parts[:k])))
                    break
            if val is None:
                continue
        km = round(val * UNITS[unit], 3)
        a = _anchor(folded, m.end())
        if a is None:
            continue
        if m.group("dir"):
            bearing = _bearing(m.group("d1"), m.group("d2"))
            rel = "offset" if bearing is not None else "near"
        else:
            bearing, rel = None, "near"
        out.append((s, a[1], a[0], a[1], km, bearing, rel))
        taken.append((s, a[1]))
    for m in gated_finditer(DIRECTION_RE, folded, _DIRECTION_GATE, 3, 5):
        if any(t[0] <= m.start() < t[1] for t in taken):
            continue
        a = _anchor(folded, m.end())
        if a is None:
            continue
        bearing = _bearing(m.group("d1"), m.group("d2"))
        if bearing is None:
            continue
        s = m.start("d1")
        if folded[max(0, s - 2):s] == "ال" and not _DIRECTION_LINKED.search(m.group()):
            continue  # "ريف إدلب الشرقي بلدة تلمنس": the adjective of the place before (not "إلى الشرق من")
        if folded[max(0, s - 2):s] == "ال":
            s -= 2
        out.append((s, a[1], a[0], a[1], None, bearing, "direction"))
        taken.append((s, a[1]))
    for m in gated_finditer(RELATION_RE, folded, _RELATION_GATE, 3, 4):
        if any(t[0] <= m.start() < t[1] for t in taken):
            continue
        a = _anchor(folded, m.end(), strict=True)
        if a is None:
            continue
        rel = "near" if m.group("near") else "outskirts" if m.group("out") else "centre"
        out.append((m.start(), a[1], a[0], a[1], None, None, rel))
        taken.append((m.start(), a[1]))
    out.sort()
    res = []
    last_end = -1
    for s, e, as_, ae, km, b, rel in out:
        if s < last_end:
            continue
        last_end = e
        res.append((offsets.span(s, e), offsets.span(as_, ae), km, b, rel))
    return res


def add_distances(doc: Doc, *, resources=None) -> Doc:
    """Pipeline step: `doc.distances`; mentions inside masked text are left out.

    "نحو 50 كلم غرب بنغازي" → DistanceMention(span, anchor "بنغازي", 50.0, 270.0, "offset").
    """
    out = []
    for span, anchor, km, bearing, rel in find_distances(doc.folded, doc.offsets):
        if doc.masks and doc.is_masked(span):
            continue
        out.append(DistanceMention(span, anchor, km, bearing, rel))
    return doc.with_(distances=tuple(out))
