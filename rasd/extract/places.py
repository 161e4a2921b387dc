"""Finding place names: longest match of folded tokens against the gazetteer, cue words, ambiguity.

`add_places(doc, *, resources)` fills `doc.places` with `PlaceMention(span, place, candidates, cue,
score, why)`, in text order. Rules:

* the first token of a name may carry proclitics (بسرت، وسرت، لمدينة سرت); later tokens match their
  folded form, with or without "ال"; أبو/بو + word is one canonical word (بوقرين = أبو قرين);
* a cue word before a name ("مدينة", "بلدة", "قرية", "منطقة", "حي", "محور", "معسكر", "قاعدة", "ميناء",
  "مطار", "محافظة", "ولاية", "ريف", "ضواحي"...) is evidence, biases the choice (محافظة X → the admin1
  unit) and catches places the gazetteer lacks (place=None, the phrase kept);
* names on the stop list (false_places.tsv: weekdays, months, person names, common words) and names
  that are mostly ordinary words are places only with a cue word (or, for a common word, when the
  place is large);
* one-word names that are far more often ordinary words (frequent_words.tsv: "خمس", "وان", "فيصل"),
  or written with the article when the place's names never take it ("اللوم" / Lome) or without it
  when they always do ("خارجة" / Al Kharijah), need a cue, or a locating word and a candidate in
  the article's geography (or the same name already read as a place); number words (doc.numbers)
  and nationality adjectives built from country names ("الهندية"، "السورية") are never places
  without a cue;
* ambiguous names prefer the article's focus country, closeness to the other places mentioned,
  population and a better feature code (PPLC > PPLA > PPL);
* tokens inside masked spans (captions, bylines) are skipped.

>>> from rasd.model import Article
>>> from rasd.pipeline import run
>>> doc = run(Article("a", "اشتباكات عنيفة بمدينة سرت الليبية"), until="places")
>>> [(doc.span_text(p.span), p.place.name, p.cue) for p in doc.places]
[('سرت', 'Sirte', 'مدينه')]
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, is_, itemgetter
from typing import Any

from rasd.arabic.normalize import fold_string
from rasd.arabic.tokens import stems
from rasd.extract import latin_places
from rasd.model import Doc, Place, PlaceMention, Span, Token
from rasd.resources.actors import FORCE_HEADS, FORCE_MODIFIERS
from rasd.resources.gazetteer import _ABU, KIND_RANK, Gazetteer, _distance_km, canon_word, name_key

# month names written as no place is ("آب" August; Ibb is "إب")
MONTH_SURFACES = frozenset({"آب"})
_MONTH_FOLDS = frozenset(fold_string(w) for w in MONTH_SURFACES)   # (the original is read only for these)
# cue word (canonical folded form) -> the kind of place it announces
CUES: dict[str, str] = {
    "مدينه": "city", "مدن": "city", "بلده": "city", "بلدات": "city", "قريه": "city", "قري": "city",
    "مستوطنه": "city", "مستعمره": "city",
    "خربه": "city",   # "في خربة الركيز"، "خربة حمصة": the hamlets of the West Bank's Area C and of Syria
    "بلدتي": "city", "مدينتي": "city", "منطقه": "area", "مناطق": "area", "حي": "district",
    "احياء": "district", "محور": "area", "معسكر": "base", "قاعده": "base", "ميناء": "port",
    "مرفا": "port", "مطار": "base", "محافظه": "admin", "ولايه": "admin", "شعبيه": "admin",
    "مديريه": "admin2", "قضاء": "admin2", "ناحيه": "admin2", "ريف": "around", "ضواحي": "around",
    "اطراف": "around", "محيط": "around", "مخيم": "area", "معبر": "crossing", "منفذ": "crossing",
    "عاصمه": "capital", "حاضره": "city", "جزيره": "area", "واحه": "city", "اقليم": "admin",
    "جبال": "area", "جبل": "area", "تفتيش": "crossing", "حاجز": "crossing", "بوابه": "crossing",
    "محليه": "admin2", "بلديه": "admin2", "قائمقام": "admin2", "قائممقام": "admin2",
    "محافظات": "admin", "ولايات": "admin", "محافظتي": "admin", "ولايتي": "admin", "قريتي": "city",
    "مديريتي": "admin2", "منطقتي": "area", "ناحيتي": "admin2",
    "صحراء": "around",   # "في صحراء ميدي": the desert around a town, coded at it (precision 2)
    "باديه": "around",   # "في بادية السخنة"، "بادية تدمر": the steppe around a town, coded at it (precision 2)
    "سجن": "area",   # "أمام سجن صيدنايا"، "سجن أبو غريب": a prison named after its town
    "جرود": "around",   # "في جرود عرسال": the barren hills around a town, coded at it (precision 2)
    # the nominative dual, the subject of its clause: "تعرضت بلدتا الفوعة وكفريا أمس لقصف"
    "بلدتا": "city", "مدينتا": "city", "قريتا": "city", "محافظتا": "admin", "ولايتا": "admin",
    "مديريتا": "admin2", "منطقتا": "area", "ناحيتا": "admin2",
}
# plural and dual cue words that open a list: "في محافظات الجيزة والشرقية والبحيرة", "في مدن
# بغداد والبصرة", "أحياء حدة والجزائر" (a quarter, not Algeria): every member joined by و or a comma has
# the cue word
LIST_CUES = frozenset({"محافظات", "ولايات", "محافظتي", "ولايتي", "مدن", "مدينتي", "بلدات", "بلدتي", "قري", "قريتي",
                       "مديريتي", "منطقتي", "ناحيتي", "احياء",
                       "بلدتا", "مدينتا", "قريتا", "محافظتا", "ولايتا", "مديريتا", "منطقتا", "ناحيتا"})
_LIST_JOINS = ("", "،", ",")
# admin cue words used by one country's (or a few countries') administration: a tie-breaker among
# same-named candidates when the sentence names no country ("ناحية اليوسفية" in Iraq, not Yemen;
# "مديرية" Yemen; "محلية" Sudan; "مركز ملوي" Egypt; "بلدية" the Maghreb and the Levant)
CUE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "ناحيه": ("IQ", "SY"), "قضاء": ("IQ", "LB"), "مديريه": ("YE",), "محليه": ("SD",),
    "ولايه": ("SD", "DZ", "TN", "MR", "OM", "SO"), "شعبيه": ("LY",), "بلديه": ("LY", "TN", "DZ", "LB", "JO", "PS"),
    "مركز": ("EG",), "عزله": ("YE",),
}
HINT_VOTE = 0.3
HINT_SCORE = 2.5
# cues that may introduce a place the gazetteer lacks (kept as a phrase with place=None)
OPEN_CUES = {"مدينه", "بلده", "قريه", "منطقه", "حي", "محور", "معسكر", "قاعده", "ميناء", "مطار",
             "مخيم", "معبر", "منفذ", "مديريه", "ناحيه", "قضاء", "محليه", "تفتيش", "حاجز", "جبل"}
# words after a cue that are not names ("منطقة عسكرية", "قاعدة جوية")
NOT_NAMES = set("""في من علي الي الى عن مع بين قرب حول داخل خارج عند لدى لدي التي الذي الذين هذه هذا تلك ذلك
 كل بعض اخري اخر عسكريه امنه امنيه الامنيه العسكريه العسكري مشتركه المشتركه سكنيه صناعيه حدوديه محرمه عازله واسعه جديده مجاوره قريبه نفسها نفسه
 جويه بحريه بريه عسكري جوي بحري حيويه استراتيجيه ساحليه نائيه جبليه صحراويه زراعيه تجاريه حره
 شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي الشمال الجنوب الشرق الغرب او و ثم قد لم لن ان انه
 تابعه تسيطر يسيطر سيطره عمليات اشتباكات الاشتباكات المعارك معارك عبر خلال حتي منذ بعد قبل تحت فوق
 امام خلف قبالة قباله بالقرب امني الامني عسكريا امنيا تابع للجيش ثانيه مفتوحه خاليه مأهوله ماهوله غير
 مهجوره مدنيه مكتظه مزدحمه فارغه قريبه بعيده
 العمليه عمليه الهجوم هجوم الهجمات التفجير تفجير التفجيرات الاعتداء اعتداء الطعن الجريمه""".split())
# ("منفذ العملية"، "منفذ الهجوم": the one who carried it out, not a border crossing)
# common nouns that are also place names ("المدينة" is Medina's short name): never a place alone,
# even after a cue word ("حي المدينة" is a local quarter); a name must follow ("المدينة المنورة")
GENERIC_NOUNS = {"مدينه", "عاصمه", "ساحل", "جبل", "وادي", "مطار", "ميناء", "منطقه", "قريه", "بلده", "مخيم",
                 "معسكر", "سوق", "صحراء", "باديه", "ريف", "حدود", "مرفا", "قاعده", "حي", "واحه", "جزيره", "سد", "نهر",
                 "بحر", "خليج", "ضفه", "قطاع", "شمال", "جنوب", "شرق", "غرب", "وسط", "مركز", "ميدان", "ساحه"}
# kinds a descriptive phrase ("المدينة القديمة", "المدينة الرياضية") may name abroad by chance
_DESCRIPTIVE_KINDS = {"PPLX", "PPL", "PPLL"}
BIG_POPULATION = 100_000
SMALL_CUES = {"بلده", "بلدات", "بلدتي", "بلدتا", "قريه", "قري", "قريتي", "قريتا", "خربه"}
SMALL_CUE_MAX_POPULATION = 300_000
KNOWN_POPULATION = 20_000
SMALL_POPULATION = 5_000
WELL_KNOWN_KINDS = {"PCLI", "PPLC", "ADM1", "PPLA", "PPLA2", "REGION"}
# words after a small place that tie it to a known one: "X بريف حلب", "X شمال حماة", "X في محافظة إدلب"
CONTAINER_WORDS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "ريف", "محافظه",
                   "ولايه", "مدينه", "منطقه", "ضواحي", "اطراف", "قضاء", "ناحيه", "مديريه", "شمال شرق"}
PREPOSITIONS = {"في", "من", "علي", "الي", "نحو", "قرب", "داخل", "عند", "وسط", "بوسط", "مدخل", "ضواحي",
                "اطراف", "محيط", "بمحيط", "باطراف", "بضواحي", "وفي", "ومن", "والي", "بلده", "قريه", "مدينه"}
# buildings told by a definite noun and a relational adjective ("القصر الجمهوري"، "المجمع الحكومي"،
# "المبنى الإداري"): landmarks of the town named with them, though villages bear the noun's name
LANDMARK_NOUNS = frozenset(canon_word(fold_string(w)) for w in "قصر مجمع مبنى مبني مقر قلعة ديوان".split())
# an indefinite adjective after a cue word describes the place, it names none: "قرية جديدة" (a new
# village), "بلدة أخرى"، "منطقة نائية"
CUE_ADJECTIVES = frozenset(fold_string(w) for w in """جديدة جديد أخرى اخرى آخر اخر صغيرة صغير كبيرة كبير
مجاورة مجاور قريبة قريب نائية نائي واحدة عديدة ثانية ثالثة رئيسية حدودية سكنية زراعية ريفية محاصرة مهجورة
استراتيجية حيوية مختلفة متفرقة عدة بعيدة""".split())
# a definite cue word followed by an adjective is a description, not a name ("المدن الكبرى")
_DEFINITE = ("ال", "وال", "بال", "فال", "لل", "كال", "وبال", "وللال")
MAX_GAP = " \u00a0"
_QUOTES = " \u00a0«»\"'“”‘’"
# words before a name that make it part of a person's name ("أبو العلا ماضي", "مولاي الرشيد"): the
# name alone is then no place (a place called "أبو X" is matched whole, before this applies)
NAME_PARTICLES = {"ابو", "بو", "ام", "ابن", "بن", "بنت", "مولاي", "عبد"}
# nouns naming a street, an agreement or a medium after a place: "شارع القدس" in Baghdad, "اتفاق
# أبوجا", "قناة الجزيرة", an operation "عاصفة الحزم" are not the place itself
NAMED_AFTER = {"شارع", "جاده", "ساحه", "ميدان", "جسر", "نفق", "اتفاق", "اتفاقيه", "اتفاقيات", "معاهده",
               "مؤتمر", "موتمر", "اعلان", "مبادره", "قناه", "صحيفه", "جريده", "اذاعه", "تلفزيون", "وكاله",
               "مجله", "فندق", "مطعم", "مقهي", "ملعب", "نادي", "بنك", "مصرف", "شركه", "لقاء",
               "قمه", "محادثات", "مفاوضات", "مسار", "عربه", "شاحنه", "مدرعه", "دبابه", "صاروخ", "صواريخ",
               "طراز", "ماركه", "منتدي", "ميثاق", "بروتوكول", "تفاهمات", "عاصفه"}
# institutions often named after a city, and most often standing in it ("جامعة بغداد"), but not
# always ("مستشفى القدس" in Gaza): the place stays, any other place of the sentence says more
INSTITUTIONS = {"جامعه", "مستشفي", "مستشفيات", "سوق", "اسواق", "مسجد", "جامع", "مدرسه", "كليه", "سجن",
                "معهد", "كنيسه", "مستوصف", "ستاد", "استاد",
                "تله"}   # (a hill named after a town, near it or not: "تلة الموصل في جرود قارة")
FACILITY_WHY = "named after the place"
CENTRE_WORDS = {"مركز", "قاعه", "مجمع", "قصر", "دار"}
_CENTRE_HEAD = "وسط"
# a place of a country the article never names is kept only when it is this prominent
WORLD_KNOWN_POPULATION = 100_000
# a namesake this much bigger than the one in a country the article names wins anyway ("إقليم
# هرات" near the Iranian border is Herat, not the Iranian village of 13,000)
NAMESAKE_RATIO = 20
NAMESAKE_MIN_POPULATION = 300_000
# words before a country that make it a neighbour, not the place: "المحاذية لأفغانستان", "قرب
# الحدود مع إيران", "الحدود الإيرانية"
_NEIGHBOUR_BEFORE = re.compile(
    r"(?:^|\s)(?:ال)?(?:محاذيه|محاذي|متاخمه|متاخم|مجاوره|مجاور|حدوديه)\s+ل\S*$"
    r"|(?:^|\s)(?:ال)?حدود(?:يه)?\s+(?:مع|ل|الي|علي)?\s*$"
    r"|(?:^|\s)(?:ال)?حدود\s*$")
# "سقط صاروخان مصدرهما الجانب السوري"، "قذائف أطلقت من الأراضي السورية": where the fire came from
SOURCE_WORDS = r"مصدره|مصدرها|مصدرهما|مصدرهم"   # (folded) "its source": the fire's, then where it came from
_SOURCE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{SOURCE_WORDS}|اطلق|اطلقت|اطلقها|اطلقه|اطلقوا|المطلقه)\s+(?:من\s+)?(?:ال)?(?:جانب|اراضي)\s*$")


def fire_source(doc: Doc, start: int) -> bool:
    """The nationality word at `start` names the side of a border the fire came from ("صاروخان مصدرهما
    الجانب السوري"): no vote for where it fell."""
    return bool(_SOURCE_BEFORE.search(fold_between(doc, max(0, start - 30), start)))


@dataclass(slots=True)
class _Match:
    first: int              # first token index (the name, not the cue)
    last: int               # last token index
    front: int              # proclitic chars stripped from the first token
    key: str
    candidates: tuple[Place, ...]
    cue: str | None = None
    cue_token: int | None = None
    definite: bool | None = None   # the name was written with "ال" (set before choosing)
    hint: tuple[str, ...] = ()     # countries an admin cue word points to (CUE_COUNTRIES)
    chosen: Place | None = None
    score: float = 0.0
    why: list[str] = field(default_factory=list)
    # a name that is a place only after a cue word (`Gazetteer.cue_only`, not itself a cue word):
    # known in advance for a one-word key (the word's cached facts), else None (asked when needed)
    uncued_drop: bool | None = None
    filed: bool = False   # a dateline's place: where the story was filed (article_votes)


_NORM = attrgetter("norm")
# Per-word caches (they never change): plain dicts, one lookup a hit (an lru_cache hit also relinks
# its entry in a list, more memory touched when the CPU caches are cold), cleared when large.
_CACHE_MAX = 100_000


def _bounded(make: Callable[[str], Any]) -> Callable[[str], Any]:
    """`make` cached per word in a plain dict, cleared once it holds _CACHE_MAX words."""
    cache: dict[str, Any] = {}

    def get(norm: str):
        r = cache.get(norm)
        if r is None:
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            r = cache[norm] = make(norm)
        return r

    get.__doc__ = make.__doc__
    return get


# two-letter words with a proclitic, which the tokeniser leaves whole (its stems are three letters
# or more): the cue word "حي" ("بحي الكندي", "وحي السلامة"; not ل: "لحى", beards, folds to "لحي")
# and the first words of names "ذي"، "ذو"، "ام"، "بن" ("البصرة وذي قار"، "بام قصر"، "ببن قردان")
_SHORT_CUE = re.compile(r"([وف]?ب|و)(حي|ذي|ذو|ام|بن)")


def _first_readings(norm: str) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    for stem, front, back in stems(norm):
        if back:
            continue
        w = canon_word(stem)
        if w not in seen:
            seen.add(w)
            out.append((w, front))
    short = _SHORT_CUE.fullmatch(norm)
    if short is not None and short[2] not in seen:
        out.append((short[2], len(short[1])))
    return tuple(out)


_readings = _bounded(_first_readings)   # norm → canonical first-word readings with their proclitic length
_canon = _bounded(canon_word)           # norm → canonical form


def _cue_of_norm(norm: str) -> str | None:
    for w, _ in _readings(norm):
        if w in CUES:
            return w
    return None


def _before_info_of(norm: str) -> tuple:
    """What a word says about the name right after it, as a tuple (cached per word):

    0. it is definite ("المنطقة", "الضواحي"; not "العاصمة"): a description, so no cue word;
    1. the cue word it is (`_cue_of`), or None;
    2. its canonical form is itself a cue word (a second cue: "ريف حلب" in "مدينة ريف ...");
    3. the countries its admin word points to (CUE_COUNTRIES; () when definite or none);
    4. it makes the name part of a person's, a street's or an agreement's name (NAME_PARTICLES,
       NAMED_AFTER); 5. it names an institution after the place (INSTITUTIONS)."""
    definite = norm.startswith(_DEFINITE)
    hint: tuple[str, ...] = ()
    if not definite:
        for w, _ in _readings(norm):
            if w in CUE_COUNTRIES:
                hint = CUE_COUNTRIES[w]
                break
    words = {canon_word(norm)} | {w for w, _ in _readings(norm)}
    return (definite and "عاصمه" not in norm, _cue_of_norm(norm), canon_word(norm) in CUES, hint,
            bool(words & NAME_PARTICLES or words & NAMED_AFTER), bool(words & INSTITUTIONS))


_before_info = _bounded(_before_info_of)


# a person's name follows these titles: definite honorifics and ranks ("الرئيس عمر البشير", "العقيد
# سرت محمد") right away, construct titles ("وزير الداخلية الزبير بشير طه") after their definite
# complement; nationality adjectives and a few others may stand between ("وزير الخارجية اليمني رياض ياسين")
_NAME_TITLES = frozenset("""رئيس ملك امير شيخ عقيد لواء عميد مقدم رائد نقيب ملازم فريق مشير سيد سيده دكتور
 حاج جنرال مهندس قاضي امام زعيم مستشار ناشط ناشطه صحفي صحفيه قيادي اعلامي مصور شهيد""".split())
_CONSTRUCT_TITLES = frozenset("وزير وزيره رئيس محافظ قائد مدير سفير متحدث ناطق نائب امين".split())
_TITLE_ADJECTIVES = frozenset("سابق ركن متقاعد جديد اسبق اول عام".split())
# words after a name that do not continue a person's name: "زار الرئيس بغداد أمس"
_NOT_NAME_AFTER = frozenset("""امس اليوم غدا الليله صباح مساء فجر ظهر عصر حيث قادما قادمين برفقه حاملا
 الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت""".split())


def _bare(norm: str) -> tuple[str, bool]:
    """(canonical form, definite) of a word written without a proclitic other than و/ف ("والرئيس")."""
    w = norm[1:] if norm[:1] in ("و", "ف") and norm[1:3] == "ال" else norm
    return canon_word(w), w.startswith("ال")


def _titled_name(doc: Doc, m: _Match, known_at: Callable[[int], bool]) -> bool:
    """The name stands where a title puts a person's first name and a name goes on after it: "قال
    وزير الداخلية الزبير بشير طه" (not Az Zubayr), "وزير الخارجية اليمني رياض ياسين" (not Riyadh),
    "العقيد سرت محمد". A place the title governs ("محافظ البصرة", "أمير قطر") is no such name; nor
    one not followed by a name ("زار الرئيس بغداد أمس", "... بغداد والبصرة"), nor a country ("أن يذكر
    الرئيس الفنزويلي سوريا بالتزاماتها": the caller leaves countries alone)."""
    toks = doc.tokens
    if m.front or m.last + 1 >= len(toks) or m.first == 0:
        return False
    first, nxt = toks[m.first], toks[m.last + 1]
    if nxt.sentence != first.sentence or doc.folded[toks[m.last].fend:nxt.fstart].strip(MAX_GAP) \
            or not nxt.norm[:1].isalpha() or nxt.norm in NOT_NAMES or nxt.norm[:1] == "و" \
            or nxt.norm in _NOT_NAME_AFTER or known_at(m.last + 1):
        return False
    k = m.first - 1
    adjectives = True   # every word between k and the name is an adjective so far
    while k >= 0 and m.first - k <= 3 and toks[k].sentence == first.sentence:
        w, definite = _bare(toks[k].norm)
        if not definite:
            return False
        if adjectives and w in _NAME_TITLES:
            return True
        # "وزير الداخلية", "رئيس الوزراء": a construct title and its definite complement (not a place)
        if k >= 1 and adjectives and not known_at(k) and toks[k - 1].sentence == first.sentence:
            w2, definite2 = _bare(toks[k - 1].norm)
            if not definite2 and w2 in _CONSTRUCT_TITLES:
                return True
        if known_at(k) or not (w.endswith(("ي", "يه")) or w in _TITLE_ADJECTIVES):
            return False
        k -= 1
    return False


# a family name after a first name: "ال" + a nisba ("النوري"، "الخالدي"، "الجبوري")
_FAMILY_NAME = re.compile(r"ال\w{3,}ي")
# a family name without the article: "سليماني"، "روحاني"، "جعفري"
_BARE_NISBA = re.compile(r"\w{3,}ي")
# a person is told of: speech, attack, arrest, death ("واغتال مسلحون مجهولون أمس رياض النوري",
# "وقال رياض النوري") before the name; an office after the family name ("رياض النوري مدير مكتب")
_PERSON_VERBS = frozenset("""قال اضاف اكد اوضح صرح اعلن ذكر تابع اغتال اغتيال اعتقل اعتقال اختطف اختطاف خطف قتل
 مقتل اصيب اصابه اعدم اعدام نعي توفي استشهد استقبل التقي هاجم نجا نجاه""".split())
_OFFICES = frozenset("""مدير رئيس قائد عضو نائب امين متحدث ناطق مسوول مسؤول زعيم احد مستشار محافظ وزير قيادي
 ناشط صحفي شيخ عميد مراسل نجل شقيق ابن""".split())
_PERSON_GAP_WORDS = 3
# adjectives in "ال" + ...ي that follow a place's name ("مطار صنعاء الدولي", "ريف حلب الشرقي")
_PLACE_ADJECTIVES = frozenset("""الشرقي الغربي الشمالي الجنوبي الدولي العسكري المركزي الرئيسي الجوي البحري
 البري النووي المالي الاسلامي العربي الشعبي الوطني الحكومي الامني الحالي الماضي الثاني الجامعي التجاري
 الصناعي الزراعي الاقليمي المحلي الاهلي الرياضي الثقافي السياسي الرسمي الاعلامي الاقتصادي القومي الطبي
 الانساني الدبلوماسي الاستراتيجي""".split())


_HE_SHE = frozenset(fold_string(w) for w in "وهي وهو وهما وهم".split())
_PERSON_WORDS = frozenset(fold_string(w) for w in """طالب ناشط صحفي مواطن موظف طبيب مهندس معلم محام امراه
فتاه شاب رجل طفل ام زوجه ابنه ام شقيق مدرس استاذ ممرض عامل لاجئ""".split())


def _person_apposition(doc: Doc, m: _Match) -> bool:
    """A name followed by "، وهي ..."، "، وهو ..." and a word for a person: "كاتي، وهي طالبة" (not
    "بغداد، وهي العاصمة")."""
    toks = doc.tokens
    k = m.last + 1
    if k + 1 >= len(toks) or toks[k].sentence != toks[m.last].sentence or toks[k].norm not in _HE_SHE:
        return False
    if doc.folded[toks[m.last].fend:toks[k].fstart].strip() not in ("،", ","):
        return False
    n = toks[k + 1].norm.removeprefix("ال")
    return n in _PERSON_WORDS or (n.endswith("ه") and n[:-1] in _PERSON_WORDS)


def _person_verb(norm: str) -> bool:
    w = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    return w in _PERSON_VERBS or w.endswith("ت") and w[:-1] in _PERSON_VERBS


def _family_named(doc: Doc, m: _Match, known_at: Callable[[int], bool], gaz: Gazetteer) -> bool:
    """The name is a person's first name followed by a family name ("ال" + a nisba that names no
    country: "النوري", "الخالدي"), in a sentence that speaks of a person: a verb of speech, attack,
    arrest or death at most three words before it ("واغتال مسلحون مجهولون أمس رياض النوري", not
    Riyadh; "وقال رياض النوري إن"), or an office right after the family name ("رياض النوري مدير
    مكتب التيار"). A name after a preposition or written with ب/ل ("في طهران النووي") is a place;
    "معرض صنعاء الدولي" has no such context. A family name without the article ("موكب قاسم سليماني")
    needs no context: a place's adjective takes the article."""
    toks = doc.tokens
    k = m.last + 1
    if m.front > 1 or m.front == 1 and toks[m.first].norm[0] != "و" or k >= len(toks) \
            or not _joined(doc, toks[m.last], toks[k]) or known_at(k):
        return False
    fam = toks[k].norm
    if _BARE_NISBA.fullmatch(fam) and not fam.startswith("ال") and fam[:1] not in "وفبلك" \
            and _nationality_of(gaz, fam) is None \
            and fam not in NOT_NAMES and not (m.first > 0 and toks[m.first - 1].norm in PREPOSITIONS):
        # "موكب قاسم سليماني": a place takes no bare nisba after it (its adjective is definite, "صنعاء
        # اليمنية"); a name without "ال" ending in "ي" is a family name
        return True
    if not _FAMILY_NAME.fullmatch(fam) or fam in _PLACE_ADJECTIVES or _nationality_of(gaz, fam) is not None:
        return False
    if k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence:
        nxt = toks[k + 1].norm
        office = nxt[2:] if nxt.startswith("ال") else nxt
        if doc.folded[toks[k].fend:toks[k + 1].fstart].strip(MAX_GAP + "،,") == "" \
                and canon_word(office) in _OFFICES:
            return True
    j = m.first - 1
    while j >= 0 and m.first - j <= _PERSON_GAP_WORDS and toks[j].sentence == toks[m.first].sentence:
        w = toks[j].norm
        if _person_verb(w):
            return True
        if w in PREPOSITIONS or w in NOT_NAMES or not w[:1].isalpha() or known_at(j):
            return False
        j -= 1
    return False


def _centre_named_after(doc: Doc, m: _Match) -> bool:
    """"مركز X للمؤتمرات"، "مركز X للدراسات": a centre named after a place and followed by what it is
    for is a building (in another town), not the place X ("مركز المدينة" and "مركز بغداد" stay)."""
    toks = doc.tokens
    if m.first == 0 or m.last + 1 >= len(toks):
        return False
    if not (toks[m.last + 1].norm.startswith("لل") and len(toks[m.last + 1].norm) > 4):
        return False
    return any(w in CENTRE_WORDS for w, _ in _readings(toks[m.first - 1].norm))


_AMMAN = "عمان"
SAME_SPOT_KM = 3.0
# the seat town of a district named bare lies within this of the district's point
SEAT_KM = 30.0
_SEAT_KINDS = frozenset(("PPLA2", "PPLA3"))
_SULTANATE = frozenset(("سلطنه", "بسلطنه", "وسلطنه", "لسلطنه"))


_BACKER_WORDS = frozenset(fold_string(w) for w in """موالية الموالية موالين الموالين موال الموالي موالون الموالون
التابعة التابعين التابع تابعة بقيادة وبقيادة""".split())
_BACKED_BY = frozenset(fold_string(w) for w in "مدعومة المدعومة مدعومين المدعومين بدعم وبدعم مدعوم المدعوم".split())


def _backer_before(doc: Doc, m: _Match) -> bool:
    """The country (or its capital) is named as a side's backer or leader: "موالية لإيران"،
    "المدعومة من تركيا"، "بقيادة الولايات المتحدة"."""
    toks = doc.tokens
    k = m.first - 1
    if k < 0 or toks[k].sentence != toks[m.first].sentence:
        return False
    w = toks[k].norm
    if w in _BACKER_WORDS and (m.front > 0 or w.endswith("بقياده")):
        return True   # ("موالية لـ", the ل on the name; "بقيادة" with none)
    return w == "من" and k > 0 and toks[k - 1].norm in _BACKED_BY


# the heads of armed units' names that take a symbolic place as their complement: "سرايا القدس"، "فيلق القدس"،
# "لواء القدس"، "كتائب شهداء الأقصى" (the place names the cause, not where the unit fights)
_SYMBOLIC_NAMES = frozenset({"قدس", "اقصي", "بيت مقدس"})
_UNIT_NAME_HEADS = frozenset(fold_string(w) for w in "سرايا كتائب كتيبة ألوية الوية لواء فيلق".split())


_ALLIED = frozenset(fold_string(w) for w in "المتحالفة المتحالف المتحالفين المتحالفون متحالفة متحالفين".split())


def _allied_with(doc: Doc, m: _Match) -> bool:
    """"كتائب القعقاع والصواعق المتحالفة مع مدينة الزنتان": the town a side is allied with names the side,
    not where the act was ("المتحالفة مع" right before the name or its cue word)."""
    toks = doc.tokens
    k = (m.cue_token if m.cue_token is not None else m.first) - 1
    return k >= 1 and toks[k].norm == "مع" and toks[k - 1].norm in _ALLIED and toks[k - 1].sentence == toks[m.first].sentence


def _sultanate(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """"عمان" names the Sultanate: "سلطنة" before it, or Oman told in the article by its people or
    its capital ("العماني"، "مسقط")."""
    if m.first > 0 and doc.tokens[m.first - 1].norm in _SULTANATE:
        return True
    return "OM" in nationality_countries(doc, gaz) or any(
        t.norm.lstrip("وب") in ("مسقط", "العماني", "العمانيه", "العمانيين") for t in doc.tokens)


_OPEN_QUOTES = "\"«“'"
_CLOSE_QUOTES = "\"»”'"
# words that name a medium before its quoted name: "ذكر موقع «عدن الغد»"، "قال لصحيفة «الشرق الأوسط»"
_OUTLET_NOUNS = frozenset(fold_string(w) for w in """صحيفة الصحيفة جريدة مجلة موقع الموقع وكالة قناة القناة إذاعة
راديو تلفزيون شبكة""".split())
OUTLET_QUOTE_WORDS = 4


def _outlet_name(doc: Doc, m: _Match) -> bool:
    """"وقال مصدر لـ«عدن الغد»"، "ذكر موقع "عدن الغد""، "لـ"سودان تربيون"": a quoted name opening on a place
    and going on past it, right after "لـ" or a medium's noun, is the outlet told to, not a place."""
    toks = doc.tokens
    if m.front or m.first == 0:
        return False
    start = toks[m.first].span.start
    lead = doc.text[max(0, start - 3):start].rstrip()
    if not lead or lead[-1] not in _OPEN_QUOTES:
        return False
    before = toks[m.first - 1].norm
    if before != "ل" and before.lstrip("وبل") not in _OUTLET_NOUNS and before not in _OUTLET_NOUNS:
        return False
    end = toks[m.last].span.end
    close = next((i for i, ch in enumerate(doc.text[end:end + 60]) if ch in _CLOSE_QUOTES), None)
    if close is None:
        return False
    rest = doc.text[end:end + close].split()
    return 0 < len(rest) < OUTLET_QUOTE_WORDS


def _masked_flags(doc: Doc) -> list[bool]:
    # (a dateline is read: "الخرطوم - اعتقلت ..." names where the story was filed, as "الخرطوم (رويترز) -"
    # does; `dateline_place` keeps it from being taken for the place of what it tells)
    masks = [m for m in doc.masks if m.reason != "dateline"]
    if not masks:
        return [False] * len(doc.tokens)
    spans = sorted((m.span.start, m.span.end) for m in masks)
    starts = [s for s, _ in spans]
    out = []
    for t in doc.tokens:
        k = bisect_right(starts, t.span.start) - 1
        out.append(k >= 0 and spans[k][0] <= t.span.start < spans[k][1])
    return out


def _joined(doc: Doc, a: Token, b: Token) -> bool:
    """Two tokens in one phrase: only spaces between them, same sentence."""
    return a.sentence == b.sentence and doc.folded[a.fend:b.fstart].strip(MAX_GAP) == ""


def _starting_readings(gaz: Gazetteer, norm: str) -> tuple[tuple[str, int], ...]:
    """A token's readings that may start a gazetteer key (or أبو/بو, which join the next word)."""
    if not norm:
        return ()
    if not norm[0].isalpha():
        # a number starts few names ("مدينة 6 أكتوبر"): the number itself, if a key starts with it
        return ((norm, 0),) if norm[0].isdigit() and gaz.max_words(norm) else ()
    return tuple((w, front) for w, front in _readings(norm) if w in _ABU or gaz.max_words(w))


# per-word facts kept with the gazetteer: cleared past this many words (a long stream meets
# ever more rare forms; ~0.5 KB a word)
_FACTS_MAX = 200_000
_STARTS, _OPEN, _NATIONALITY, _CAPITAL = (itemgetter(k) for k in range(4))


def _token_facts(doc: Doc, gaz: Gazetteer) -> tuple[list[str], list[tuple]]:
    """(norms, facts) of the doc's tokens: per token, what the place finder asks of its word, cached
    per word on the gazetteer (one pass of dict lookups an article once warm): 0. its readings
    that may start a gazetteer key (`_starting_readings`) as (word, proclitic length, longest key
    in words from it, the word alone is a key), 1. the open cue word it starts a phrase
    with (`_open_cue_at`), 2. the country it names as a nationality adjective (`_nationality_of`),
    3. it reads as "عاصمه" (the capital), 4. its canonical form (`_canon`), 5. what it says about
    a name after it (`_before_info`), 6. when every reading is a one-word key only (no longer key
    starts with it, no أبو/بو), the match it makes alone: (front, key) of the best reading, the
    country it votes for as a nationality word (or None), and whether it needs a cue word."""
    memo = gaz.memo("place-token-facts")
    norms = list(map(_NORM, doc.tokens))
    facts = list(map(memo.get, norms))
    if None in facts:
        if len(memo) >= _FACTS_MAX:
            memo.clear()
        for k in compress(range(len(facts)), map(is_, facts, repeat(None))):
            w = norms[k]
            f = memo.get(w)
            if f is None:
                readings = _starting_readings(gaz, w)
                single = None
                if readings and all(r not in _ABU and gaz.max_words(r) == 1 for r, _ in readings):
                    negfront, key = max((-front, r) for r, front in readings if gaz.has_key(r))
                    sw = gaz.stopword(key)
                    single = (-negfront, key,
                              sw.country if sw is not None and sw.reason == "nationality" and sw.country else None,
                              gaz.cue_only(key) and key not in CUES)
                walk = tuple((r, front, gaz.max_words(r), gaz.has_key(r)) for r, front in readings)
                f = memo[w] = (walk, _open_cue_at(w),
                               _nationality_of(gaz, w),
                               "عاصمه" in w and any(r == "عاصمه" for r, _ in _readings(w)),
                               canon_word(w), _before_info(w), single)
            facts[k] = f
    return norms, facts


def _later_words(gaz: Gazetteer) -> frozenset[str]:
    """The words that stand after the first in some gazetteer key (memoised on the gazetteer)."""
    memo = gaz.memo("place-later-words")
    r = memo.get("")
    if r is None:
        words: set[str] = set()
        for key in gaz._index:
            if " " in key:
                words.update(key.split(" ")[1:])
        r = memo[""] = frozenset(words)
    return r


def find_matches(doc: Doc, gaz: Gazetteer, facts: tuple[list[str], list[tuple]] | None = None
                 ) -> tuple[list[_Match], Counter]:
    """Gazetteer matches (longest first, left to right) and nationality votes per country."""
    toks = doc.tokens
    n = len(toks)
    folded = doc.folded
    masked = _masked_flags(doc) if any(m.reason != "dateline" for m in doc.masks) else None
    matches: list[_Match] = []
    votes: Counter = Counter()
    norms, facts_ = facts or _token_facts(doc, gaz)
    firsts = list(compress(range(n), map(_STARTS, facts_)))
    # "في آب الماضي": the month is written with madda, the Yemeni city Ibb with hamza below ("إب");
    # folding makes them one word, the original tells them apart
    firsts = [k for k in firsts if len(norms[k]) > 4 or norms[k].lstrip("وفبل") not in _MONTH_FOLDS
              or doc.text[toks[k].span.start:toks[k].span.end].lstrip("وفبل") not in MONTH_SURFACES]
    dated = [d.span for d in doc.dates if any(ch.isdigit() for ch in doc.text[d.span.start:d.span.end])]
    if dated:
        # "قتل 5 مسلحين في 6 أكتوبر"، "في 21 من آب"، "في 20 من تشرين الأول": no word of a dated phrase
        # begins a name (not the number, nor the month: Ibb, Dafil); "مدينة 6 أكتوبر" is no date, the
        # dates step leaves it
        firsts = [k for k in firsts if not any(sp.start <= toks[k].span.start and toks[k].span.end <= sp.end
                                               for sp in dated)]
    # the gazetteer's key tables read directly (has_key, max_words, may_continue without a call)
    has_key = gaz._index.__contains__
    max_words = gaz._first.get
    may_continue = gaz._prefixes.__contains__
    stopword = gaz.stopwords.get
    later = _later_words(gaz)
    nxt_first = 0
    i = 0
    while nxt_first < len(firsts):
        if firsts[nxt_first] < i:
            nxt_first += 1
            continue
        i = firsts[nxt_first]
        nxt_first += 1
        f = facts_[i]
        if masked is not None and masked[i]:
            i += 1
            continue
        if f[6] is not None:   # a one-word key only: the word's own match, known in advance
            front, key, vote, drop = f[6]
            if vote is not None and not _force_nisba(toks, i) and not fire_source(doc, toks[i].span.start):
                votes[vote] += 1
            matches.append(_Match(i, i, front, key, (), uncued_drop=drop))
            i += 1
            continue
        readings = f[0]
        best: tuple[int, int, int, str] | None = None   # (tokens, -front, last, key)
        for w, front, maxw, is_key in readings:
            j = i
            if w in _ABU:
                if i + 1 >= n:
                    continue
                a, b = toks[i], toks[i + 1]
                if a.sentence != b.sentence or folded[a.fend:b.fstart].strip(MAX_GAP):
                    continue   # not joined to the next word
                w = "بو" + facts_[i + 1][4]
                j = i + 1
                maxw = max_words(w, 0)
                is_key = has_key(w)
            if not maxw:
                continue
            key = w
            words = 1
            while True:
                if is_key:
                    cand = (j - i + 1, -front, j, key)
                    if best is None or cand > best:
                        best = cand
                if words >= maxw or j + 1 >= n or (masked is not None and masked[j + 1]) \
                        or (words >= 2 and not may_continue(key)):
                    break
                a, b = toks[j], toks[j + 1]
                if a.sentence != b.sentence or folded[a.fend:b.fstart].strip(MAX_GAP):
                    break
                nxt = facts_[j + 1][4]
                if nxt in _ABU and j + 2 < n and _joined(doc, b, toks[j + 2]):
                    nxt = "بو" + facts_[j + 2][4]
                    j += 1
                if nxt not in later:
                    break   # no key has this word after its first: neither a key nor a prefix of one
                j += 1
                key = f"{key} {nxt}"
                words += 1
                is_key = has_key(key)
        if best is None:
            i += 1
            continue
        _, negfront, last, key = best
        sw = stopword(key)
        if sw is not None and sw.reason == "nationality" and sw.country and not _force_nisba(toks, i) \
                and not fire_source(doc, toks[i].span.start):
            votes[sw.country] += 1
        matches.append(_Match(i, last, -negfront, key, ()))   # candidates filled by add_places
        i = last + 1
    return matches, votes


def _word_before(doc: Doc, m: _Match, facts: list[tuple] | None = None) -> tuple | None:
    """`_before_info` of the word right before a name written without a proclitic ("شارع" in
    "شارع القدس", "اتفاق" in "لاتفاق أبوجا"); None when there is none. Quotes may stand between:
    "عربة «أورال»" is a truck."""
    k = m.first - 1
    if m.front or k < 0:
        return None
    a, b = doc.tokens[k], doc.tokens[m.first]
    if a.sentence != b.sentence or doc.folded[a.fend:b.fstart].strip(_QUOTES) != "":
        return None
    return facts[k][5] if facts is not None else _before_info(a.norm)


def _cue_before(doc: Doc, m: _Match, facts: list[tuple] | None = None) -> tuple[str | None, int | None]:
    key = m.key
    if " " in key:
        first_cue = _canon(key.partition(" ")[0])
        if first_cue in CUES:
            return first_cue, None      # "حي الدولار", "قاعدة الجفرة": the cue is part of the name
    k = m.first - 1
    if m.front == 0 and k >= 0:
        toks = doc.tokens
        folded = doc.folded
        a, b = toks[k], toks[m.first]
        if a.sentence == b.sentence and not folded[a.fend:b.fstart].strip(MAX_GAP):
            info = facts[k][5] if facts is not None else _before_info(a.norm)
            blocked, c, second = info[0], info[1], info[2]
            if blocked:
                return None, None   # "المنطقة الوسطى", "الضواحي الجنوبية", "المقاومة الشعبية اليمنية"
            if c is not None:
                return c, k
            # "مدينة سرت الليبية", "ريف حلب الشمالي": one word between (a second cue or "ال"-adjective)
            if second and k >= 1:
                z = toks[k - 1]
                if z.sentence == a.sentence and not folded[z.fend:a.fstart].strip(MAX_GAP):
                    c = (facts[k - 1][5] if facts is not None else _before_info(z.norm))[1]
                    if c is not None:
                        return c, k - 1
    return None, None


# one-word place names that are also nouns heading a construct: written without the article and
# followed by a name they are that noun ("بحيرة تشاد" a lake, "بورصة نيويورك" a stock exchange)
CONSTRUCT_HEADS = frozenset({"بحيره", "بورصه", "صاله", "شاطي", "شاطئ"})


def _construct_head(doc: Doc, m: _Match, facts: list[tuple]) -> bool:
    """The name, without the article, is followed right away by a word that is no nationality
    adjective, preposition or direction: it heads a construct ("بحيرة تشاد", "ببورصة لندن"),
    not "بورصة التركية" or "في بورصة في تركيا"."""
    toks = doc.tokens
    k = m.last + 1
    if _definite(toks[m.first], m.front) or k >= len(toks) or toks[k].sentence != toks[m.last].sentence \
            or doc.folded[toks[m.last].fend:toks[k].fstart].strip(MAX_GAP) or not toks[k].norm[:1].isalpha():
        return False
    nxt = toks[k].norm
    return not (facts[k][2] or nxt in NOT_NAMES or nxt in PREPOSITIONS or canon_word(nxt) in CONTAINER_WORDS)


def _after_preposition(doc: Doc, m: _Match) -> bool:
    """The name has ب/ل before it or follows a preposition ("في", "من", "إلى")."""
    toks = doc.tokens
    pre = toks[m.first].norm[:m.front]
    if pre[:1] in ("و", "ف"):
        pre = pre[1:]
    if pre[:1] in ("ب", "ل"):
        return True
    k = m.first - 1
    return k >= 0 and toks[k].sentence == toks[m.first].sentence and toks[k].norm in PREPOSITIONS


def _list_cue(doc: Doc, m: _Match, by_last: dict[int, _Match]) -> tuple[str | None, int | None]:
    """The plural cue word of the list a name is a member of: "في محافظات الجيزة والشرقية" gives
    "الشرقية" (a common word, a place only after a cue) the cue of "الجيزة" before it, joined by
    و or a comma; (None, None) when the name before it has no list cue (set left to right)."""
    prev = by_last.get(m.first - 1)
    if prev is None or prev.cue not in LIST_CUES or prev.cue_token is None or m.front > 1:
        return None, None
    toks = doc.tokens
    t, p = toks[m.first], toks[prev.last]
    if t.sentence != p.sentence or (m.front == 1) != (t.norm[0] == "و"):
        return None, None
    gap = doc.folded[p.fend:t.fstart].strip(MAX_GAP)
    if gap not in _LIST_JOINS or not m.front and not gap:
        return None, None
    return prev.cue, prev.cue_token


_ADMIN_KINDS = ("admin", "admin2")


_SEAT_OF = frozenset(fold_string(w) for w in "عاصمة مركز كبرى".split())


def _stated_container(doc: Doc, gaz: Gazetteer, m: _Match, by_first: dict[int, _Match],
                      facts: list[tuple] | None = None) -> _Match | None:
    """The admin unit a name is said to lie in right after it: "بلدة سلوان بولاية دياربكر", "X في
    محافظة Y", "X بمحافظة Y" (the unit's cue word with ب, or after في, then its name), or a known
    place written with ب right after it ("منطقة المهدية برفح"); None else."""
    toks = doc.tokens
    k = m.last + 1
    if k >= len(toks) or toks[k].sentence != toks[m.last].sentence \
            or doc.folded[toks[m.last].fend:toks[k].fstart].strip(MAX_GAP):
        return None   # "العبيد والجبور، في قضاء الحويجة": after a comma, a new phrase
    n = by_first.get(k)
    if n is not None and n.front and toks[k].norm[n.front - 1] == "ب" and toks[k].norm[0] == "ب":
        # "منطقة المهدية برفح": after a cue-word name, a well-known town right after with ب is where
        # it lies ("أمن البحرين بالحجارة" is stoning: no cue word, no known town)
        if m.cue is not None and CUES.get(m.cue) != "admin" and any(
                well_known(p) and p.kind != "PCLI" for p in _lookup(gaz, n.key)):
            return n
        return None
    if toks[k].norm in _SEAT_OF and k + 1 < len(toks):
        # "مدينة زنجبار عاصمة محافظة أبين"، "X مركز ولاية Y": the unit it is the seat of
        n = by_first.get(k + 1)
        if n is not None and not n.front and any(p.kind in ("ADM1", "ADM2", "REGION") for p in n.candidates or _lookup(gaz, n.key)):
            return n   # ("عاصمة أبين": the unit named right after the word)
        k += 1   # ("عاصمة محافظة أبين": the admin word, then the unit, as after "في")
        n = by_first.get(k + 1)
        if n is None or n.front:
            return None
        cue, at = _cue_before(doc, n, facts)
        return n if at == k and CUES.get(cue or "") in _ADMIN_KINDS else None
    elif toks[k].norm == "في":
        k += 1
    elif not toks[k].norm.startswith(("ب", "وب")):
        return None
    n = by_first.get(k + 1)
    if n is None or n.front:
        return None
    cue, at = _cue_before(doc, n, facts)
    # ("بلدة صيدا في ريف درعا الشرقي": the countryside of a province's seat is the province)
    return n if at == k and (CUES.get(cue or "") in _ADMIN_KINDS or cue == _COUNTRYSIDE) else None


_COUNTRYSIDE = "ريف"


# "قرية دوما جنوب نابلس"، "بلدة X قرب حلب": a direction from a known place after a name ties it there
_ANCHOR_WORDS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "وسط"}
_ANCHOR_LINKS = {"من", "الشرقي", "الغربي", "شرق", "غرب", "شرقي", "غربي"}
ANCHOR_KM = 60.0


FAR_FROM_ANCHOR_KM = 400.0


def _is_country(places: tuple[Place, ...]) -> bool:
    return any(p.kind == "PCLI" for p in places)


def _direction_anchor(doc: Doc, m: _Match, by_first: dict[int, _Match]) -> _Match | None:
    """The known place a direction right after the name is told from: "دوما جنوب نابلس" → نابلس,
    "X بالقرب من Y", "X جنوب شرق Y"; None else."""
    toks = doc.tokens
    k = m.last + 1
    if k >= len(toks) or toks[k].sentence != toks[m.last].sentence \
            or doc.folded[toks[m.last].fend:toks[k].fstart].strip(MAX_GAP):
        return None
    if not any(w in _ANCHOR_WORDS for w, _ in _readings(toks[k].norm)) and toks[k].norm != "بالقرب":
        return None
    for j in range(k + 1, min(len(toks), k + 3)):
        if toks[j].sentence != toks[k].sentence:
            return None
        if toks[j].norm in _ANCHOR_LINKS:
            continue   # "جنوب شرقي مدينة تعز": the second half of a direction, not a village named Sharqi
        n = by_first.get(j)
        if n is not None and n.front == 0:
            # ("السعدون وسط العاصمة": "the capital" is no place to measure from)
            return None if n.key in CUES or n.key in GENERIC_NOUNS else n
        return None
    return None


def _adjectives_of(gaz: Gazetteer, country: str) -> tuple[str, ...]:
    """The nationality adjectives ("تركي", "تركيه") of a country, from the country names."""
    memo = gaz.memo("adjectives-of")
    if not memo:
        for w, cc in _nisba_countries(gaz).items():
            if w.endswith(("ي", "يه")):
                memo.setdefault(cc, []).append(w)
        memo[""] = []
    return tuple(memo.get(country, ()))


def _inside_container(gaz: Gazetteer, m: _Match, cont: _Match) -> tuple[Place, ...]:
    """The candidates of `m` inside the unit `cont` names ("بلدة سلوان بولاية دياربكر": a Turkish
    town, not the Jerusalem quarter; "قرية المهدية بمحافظة شمال سيناء": the Sinai village, not an
    Iraqi "Qaryat al Mahdiyah"): those in the unit's admin1, else in its country (a name read with
    its cue word "قرية X" is tried without it too), else the places listed under the name qualified
    by the country's adjective ("سلوان التركية"); () when none."""
    units = _lookup(gaz, cont.key)
    units = tuple(p for p in units if p.kind in ("ADM1", "ADM2", "REGION", "PPLA", "PPLC")) \
        or tuple(p for p in units if well_known(p)) or units
    countries = {p.country for p in units}
    admin1 = {p.admin1 for p in units if p.admin1}
    pools = [m.candidates]
    head, _, rest = m.key.partition(" ")
    if rest and _canon(head) in CUES:
        pools.append(_lookup(gaz, rest))
    for pool in pools:
        # a candidate whose admin1 the sources leave out may lie in it too ("مديرية الصفراء بصعدة")
        finer = tuple(p for p in pool if p.country in countries and (p.admin1 in admin1 or not p.admin1))
        if finer:
            return finer
    for pool in pools:
        inside = tuple(p for p in pool if p.country in countries)
        if inside:
            return inside
    out: list[Place] = []
    for cc in sorted(countries):
        for adj in _adjectives_of(gaz, cc):
            out.extend(p for p in _lookup(gaz, f"{m.key} {adj}") if p.country == cc and p not in out)
    return tuple(out)


def _country_hint(doc: Doc, m: _Match, facts: list[tuple] | None = None) -> tuple[str, ...]:
    """Countries the admin word before a name points to: its cue ("مديرية الصفراء" → YE) or, for the
    Egyptian "مركز" (also "centre", so no cue), the word right before the name ("مركز ملوي" → EG)."""
    if m.cue is not None:
        return CUE_COUNTRIES.get(m.cue, ())
    k = m.first - 1
    toks = doc.tokens
    if m.front == 0 and k >= 0 and _joined(doc, toks[k], toks[m.first]):
        return (facts[k][5] if facts is not None else _before_info(toks[k].norm))[3]
    return ()


# a cue word that is also an ordinary word for a building's gate or an office: before a common word, that
# building's or that office's ("بوابة الجامعة"، "مديرية الشرطة")
_GATE_CUES = frozenset({"بوابه"})
_DIRECTORATE_CUE = "مديريه"
_DIRECTORATES = frozenset(fold_string(w) for w in "الشرطة الأمن شرطة أمن التربية الصحة المرور الجوازات".split())


def _admitted(m: _Match, gaz: Gazetteer, toks: tuple[Token, ...]) -> tuple[Place, ...]:
    """Candidates that may stand without a cue word (stop list, common words)."""
    if m.first == m.last and toks[m.first].norm in NOT_NAMES:
        return ()   # "منطقة عبر الحدود": a preposition, not Al `Abr, even after a cue word
    sw = gaz.stopword(m.key)
    if m.cue is not None:
        if (m.cue in _GATE_CUES and sw is not None and sw.reason == "common") \
                or (m.cue == _DIRECTORATE_CUE and m.key in _DIRECTORATES):
            # "اقتحم بوابة المدرسة"، "عند بوابة الجامعة": the gate of a school, no village ("مبنى مديرية
            # الشرطة في الرمادي": the police directorate, no district)
            return ()
        return m.candidates
    if sw is not None:
        if sw.reason in ("month", "weekday"):
            big = tuple(p for p in m.candidates if p.population >= BIG_POPULATION
                        or KIND_RANK.get(p.kind, 0) >= 6)
            # "في إب" as a town, but "في آب 2015" is a month: a number next to it means a date
            near_num = any(0 <= k < len(toks) and toks[k].norm[0].isdigit() for k in (m.first - 1, m.last + 1))
            prep = m.front > 0 or (m.first > 0 and toks[m.first - 1].norm in ("في", "من", "الي", "الى"))
            return big if big and prep and not near_num else ()
        if sw.reason == "person" and toks[m.first].norm[m.front:].startswith("ال") \
                and (m.front > 0 or (m.first > 0 and toks[m.first - 1].norm in ("في", "من", "الي", "الى"))):
            # "في الخليل": a first name takes no article; after a preposition, with it, a city of
            # 100,000+ (Hebron) is the place
            return tuple(p for p in m.candidates if p.population >= BIG_POPULATION)
        return ()
    if m.key in CUES:
        return ()
    # the same candidates (the key's cached lookup, unfiltered) always give the same answer
    memo = gaz.memo("place-admitted")
    hit = memo.get(m.key)
    if hit is not None and hit[0] is m.candidates:
        return hit[1]
    out = []
    for p in m.candidates:
        if gaz.is_common(p) and p.population < BIG_POPULATION and p.kind not in ("PPLC", "PCLI"):
            continue
        out.append(p)
    out = tuple(out)
    if m.candidates is _lookup(gaz, m.key) and len(memo) < 500_000:
        memo[m.key] = (m.candidates, out)
    return out


def _lookup(gaz: Gazetteer, key: str) -> tuple[Place, ...]:
    """`gaz.lookup(key)`, one tuple per key kept with the gazetteer (lookup builds a new one)."""
    memo = gaz.memo("place-lookup")
    r = memo.get(key)
    if r is None:
        r = gaz.lookup(key)
        if len(memo) >= 500_000:
            memo.clear()
        memo[key] = r
    return r


def well_known(p: Place) -> bool:
    """A place a reader is expected to know: a capital, an admin unit or its capital, a curated
    base, port, crossing or region, a district of 20,000+, or a town of 20,000 people or more.
    A second-order admin seat ("PPLA2") or a curated district counts only when its population is
    known to be 5,000+: "لودر"/"الدورة" are also ordinary words and need a locating word."""
    if p.population >= KNOWN_POPULATION:
        return True
    if p.kind == "PPLA2":
        return p.population >= SMALL_POPULATION
    if p.id.startswith("sup:"):
        return p.kind != "DISTRICT"
    return p.kind in WELL_KNOWN_KINDS


def _tied_to_container(doc: Doc, m: _Match, strong_first: set[int]) -> bool:
    """A small place followed by a locating phrase: "X بريف حلب", "X شمال حماة", "X، جنوب Y"."""
    toks = doc.tokens
    for k in range(m.last + 1, min(len(toks), m.last + 4)):
        if toks[k].sentence != toks[m.last].sentence:
            return False
        if k in strong_first:
            return True
        if any(w in CONTAINER_WORDS for w, _ in _readings(toks[k].norm)):
            return True
        if toks[k].norm not in PREPOSITIONS and toks[k].norm not in ("و",):
            return False
    return False


def _prep_before(doc: Doc, m: _Match) -> bool:
    toks = doc.tokens
    if m.front and toks[m.first].norm[m.front - 1] == "ب":
        return True
    return m.first > 0 and toks[m.first - 1].norm in PREPOSITIONS or _listed_after_prep(doc, m)


# verbs whose object is the place struck: "قصفت فصائل المعارضة أمس كفريا"، "استهدف الطيران الفوعة";
# "تعرضت الفوعة لقصف": the place is the subject of تعرض
STRIKE_VERBS = frozenset(fold_string(w) for w in """قصف قصفت يقصف تقصف استهدف استهدفت يستهدف تستهدف دك دكت
هاجم هاجمت يهاجم تهاجم اقتحم اقتحمت اجتاح اجتاحت حاصر حاصرت قصفوا استهدفوا هاجموا اقتحموا""".split())
SUFFERED_VERBS = frozenset(fold_string(w) for w in "تعرض تعرضت تتعرض يتعرض".split())
TIME_WORDS = frozenset(fold_string(w) for w in """أمس امس اليوم الليلة فجر صباح مساء ظهر فجرا صباحا مساء
ظهرا ليلا مجددا""".split())
STRIKER_WORDS = 3     # words of the striking side between the verb and the place
# the head of the striking side right after the verb ("قصفت فصائل المعارضة"، "استهدف الطيران"):
# "اقتحمت منزل جاسم" has an object there, and the name after it is a person's
STRIKER_HEADS = FORCE_HEADS | frozenset(fold_string(w) for w in """عناصر مسلحو مقاتلو فصائل ميليشيات مليشيات ميليشيا
مليشيا مسلحون مسلحين معارضة ثوار تنظيم حوثيون حوثيين متمردون حركة جماعة احتلال مدفعية""".split())


def _struck_at(doc: Doc, first: int) -> bool:
    """The name starting at token `first` is the place a strike verb acts on, named bare: its object
    after the striking side ("قصفت فصائل المعارضة أمس كفريا"، "استهدفت طائرات النظام الزعفرانة"), or
    the subject of "تعرض" ("تعرضت الفوعة أمس لقصف"). A word right after a transitive verb is its
    doer, not its object; words after a time word, a preposition or a number belong to some other
    phrase."""
    toks = doc.tokens
    sent = toks[first].sentence
    k = first - 1
    while k >= 0 and toks[k].sentence == sent and toks[k].norm in TIME_WORDS:
        k -= 1
    words = 0
    while k >= 0 and toks[k].sentence == sent:
        w = toks[k].norm
        bare = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
        if w in SUFFERED_VERBS or bare in SUFFERED_VERBS:
            return words == 0
        if w in STRIKE_VERBS or bare in STRIKE_VERBS:
            head = toks[k + 1].norm
            return words > 0 and (head in STRIKER_HEADS or head.removeprefix("ال") in STRIKER_HEADS)
        if words == STRIKER_WORDS or w in PREPOSITIONS or w in NOT_NAMES or w in TIME_WORDS \
                or not w[:1].isalpha():
            return False
        words += 1
        k -= 1
    return False


def _struck(doc: Doc, m: _Match) -> bool:
    """A struck place named bare (`_struck_at`), or a second name joined by "و" to one: "قصفت فصائل
    المعارضة الفوعة وكفريا"."""
    if _struck_at(doc, m.first):
        return True
    toks = doc.tokens
    first = toks[m.first]
    if not (m.front > 0 and first.norm[0] == "و"):
        return False
    for j in range(m.first - 1, max(-1, m.first - 1 - LIST_MEMBER_WORDS), -1):
        t = toks[j]
        if t.sentence != first.sentence or t.norm in NOT_NAMES or t.norm in PREPOSITIONS \
                or t.norm in TIME_WORDS or not t.norm[:1].isalpha():
            return False
        if _struck_at(doc, j):
            return True
    return False


LIST_MEMBERS = 4      # members of a list walked back to its preposition
LIST_MEMBER_WORDS = 3


def _listed_after_prep(doc: Doc, m: _Match) -> bool:
    """A later member of a list opened by a locating word is as located as the first: "انسحبت من
    البسطرة وكفر شوبا وشبعا" (Kfar Shouba and Shebaa follow "من" too); members are joined by "و"
    (a comma alone joins clauses as often: "من العرب السنة، مرة باسم ..."), each at most three
    words, at most four, and the walk back stops at a word that is no name ("عن", "التي")."""
    toks = doc.tokens
    first = toks[m.first]
    joined = m.front > 0 and first.norm[0] == "و"
    if not joined and m.first > 0:
        a = toks[m.first - 1]
        joined = a.sentence == first.sentence and a.norm == "و"
    if not joined:
        return False
    words, stretch, members = 0, 0, 1
    k = m.first - 1
    while k >= 0 and toks[k].sentence == first.sentence:
        t = toks[k]
        if t.norm == "و":
            k -= 1
            continue
        if t.norm in PREPOSITIONS:
            return words > 0
        if t.norm in NOT_NAMES or not t.norm[0].isalpha():
            return False
        words += 1
        stretch += 1
        if stretch > LIST_MEMBER_WORDS:
            return False   # "من العرب السنة، مرة باسم اجتثاث البعث ومرة": a clause, not a list
        if t.norm.startswith("و") and len(t.norm) > 3:
            members += 1   # a member starts here
            stretch = 0
            if members > LIST_MEMBERS:
                return False
        k -= 1
    return False


FELLOW_KM = 30.0
FELLOW_TOKENS = 8
FELLOW_QUARTER_TOKENS = 25


def _near_fellows(doc: Doc, m: _Match, fellows: list[_Match]) -> tuple[Place, ...]:
    """The candidates of `m` within 30 km of a candidate of another name of its sentence at most
    eight words away ("من كفر شوبا وشبعا": Shebaa in Lebanon, 5 km from Kfar Shouba, not the Syrian
    Shab`a), whatever the article's focus: two small places named together lie together."""
    sent = doc.tokens[m.first].sentence
    near: list[Place] = []
    quarter = CUES.get(m.cue or "") == "district" and m.cue_token is not None
    for f in fellows:
        if f is m or f.key == m.key or doc.tokens[f.first].sentence != sent \
                or abs(f.first - m.first) > (FELLOW_QUARTER_TOKENS if quarter and f.cue == m.cue
                                             and f.cue_token is not None else FELLOW_TOKENS):
            # (two quarters told by their cue word in one sentence lie in one town, their victims' names
            # between: "استشهاد الشاب محمد شرف (17 عاما) في حي رأس العامود، والشاب ... في حي الطور")
            continue
        for p in m.candidates:
            if p.lat is not None and p not in near and any(
                    (Gazetteer.distance_km(p, q) or 1e9) < FELLOW_KM for q in f.candidates):
                near.append(p)
    return tuple(near)


def _admit_small(doc: Doc, weak: list[_Match], strong: list[_Match], focus: str | None,
                 fellows: list[_Match] | None = None) -> list[_Match]:
    """Villages and small towns named without a cue: kept when tied to a known place next to them,
    or (after a preposition, or in a list opened by one) in the focus country within 150 km of another
    place of the article, or within 30 km of another name of the sentence (`fellows`: every name
    found, before the article is weighed)."""
    strong_first = {m.first for m in strong}
    anchors = [m.candidates[0] for m in strong if len(m.candidates) == 1 and m.candidates[0].lat is not None
               and m.candidates[0].kind != "PCLI"]
    out = []
    for m in weak:
        if _tied_to_container(doc, m, strong_first):
            out.append(m)
            continue
        if not (_prep_before(doc, m) or _struck(doc, m)):
            continue
        home = tuple(p for p in m.candidates if (focus is None or p.country == focus) and p.lat is not None)
        fellow = _near_fellows(doc, m, fellows) if fellows else ()
        if fellow:   # "من البسطرة وكفر شوبا وشبعا": villages named together lie together
            m.candidates = fellow
            out.append(m)
            continue
        if anchors:
            near = tuple(p for p in home if any((Gazetteer.distance_km(p, a) or 1e9) < 150 for a in anchors))
        else:   # only the country is named: a town of some size after a locating word
            # (or a city's quarter the news names bare, curated as "City - Quarter": "بانفجار سيارة مفخخة في
            # الكرادة" is Baghdad's)
            near = tuple(p for p in home if p.population >= 1000 or p.kind in ("PPLA2", "ADM2", "PPLA3")
                         or (p.kind == "DISTRICT" and p.id.startswith("sup:")))
        if near:
            m.candidates = near
            out.append(m)
    # "وتبنى تنظيم داعش تفجير الكرادة" after "انفجار في منطقة الكرادة": a name the article already read as a
    # place is that place again, told bare
    admitted = {m.key: m.candidates for m in out}
    for m in weak:
        if m not in out and m.key in admitted and _struck_noun_before(doc, m):
            m.candidates = admitted[m.key]
            out.append(m)
    return sorted(out, key=lambda m: m.first)


# the act a name is in construct with: "تفجير الكرادة"، "مجزرة الحولة"، "معركة الموصل"
_ACT_OF_PLACE = frozenset(fold_string(w) for w in "تفجير تفجيرات تفجيري انفجار هجوم هجمات مجزرة معركة".split())


def _struck_noun_before(doc: Doc, m: _Match) -> bool:
    """The name follows an act's noun in construct ("تبنى التنظيم تفجير الكرادة")."""
    if m.front or m.first == 0:
        return False
    prev = doc.tokens[m.first - 1]
    return prev.sentence == doc.tokens[m.first].sentence and prev.norm.lstrip("وبل") in _ACT_OF_PLACE


def _admit_cued_small(cued: list[_Match], strong: list[_Match], focus: str | None, doc: Doc | None = None,
                      fellows: list[_Match] | None = None) -> list[_Match]:
    """Small places after a cue word ("قرية X", "جبل X", "منطقة X") where no candidate is well known:
    candidates in the article's focus country stand; one abroad only within 200 km of a place the
    article names without doubt ("جبل الزيتون" in a Yemen story is not a Turkish hamlet of that name).
    A match left without candidates is dropped (its cue phrase may still be kept as an unknown place)."""
    if not cued:
        return []
    anchors = _anchors(strong)
    out = []
    for m in cued:
        # "من بلدة شبعا وكفر شوبا": the Shebaa near Kfar Shouba, whatever the focus
        fit = (_near_fellows(doc, m, fellows) if fellows else ()) or _fit_cue(m, focus, anchors)
        if fit:
            m.candidates = fit
            out.append(m)
    return out


def _anchors(strong: list[_Match]) -> list[Place]:
    return [m.candidates[0] for m in strong if len(m.candidates) == 1 and m.candidates[0].lat is not None
            and m.candidates[0].kind != "PCLI"]


_MOUNTAIN_CUES = {"جبل", "جبال"}
# countries whose news names each other's towns as its own: an Israeli story's "مدينة طوباس" is in
# the West Bank (the focus country is read from the Israeli forces' adjective), "شن الطيران الحربي
# الإسرائيلي غارة على بلدة دير سريان" is in south Lebanon, a Lebanese story's "بلدة شلومي" in Israel
PEER_COUNTRIES: dict[str, tuple[str, ...]] = {"IL": ("PS", "LB"), "PS": ("IL",), "LB": ("IL",)}


def _fit_cue(m: _Match, focus: str | None, anchors: list[Place], *, well_known_ok: bool = False) -> tuple[Place, ...]:
    """Candidates of a cued name that fit the article: in the focus country, or within 200 km of a
    place named without doubt (or, with `well_known_ok`, well known anywhere). After "جبل"/"جبال" a
    town of that name stands only in the focus country near the article's places ("جبل الزيتون" is
    a hill, not the Cairo district El-Zaytoon)."""
    def near(p: Place, limit: float) -> bool:
        return p.lat is not None and any((Gazetteer.distance_km(p, a) or 1e9) < limit for a in anchors)
    if m.cue in _MOUNTAIN_CUES and m.cue_token is not None:
        return tuple(p for p in m.candidates if p.kind in ("MOUNTAIN", "REGION") or (
            (focus is None or p.country == focus) and (not anchors or near(p, 100))))
    return tuple(p for p in m.candidates if focus is None or p.country == focus or near(p, 200)
                 or p.country in PEER_COUNTRIES.get(focus, ()) or (well_known_ok and well_known(p)))


_SIDE_WORDS = {"شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "في", "بشرق", "بغرب",
               "بشمال", "بجنوب", "بوسط", "بشرقي", "بغربي", "بشمالي", "بجنوبي"}


def _adjective_country(doc: Doc, m: _Match, gaz: Gazetteer) -> str | None:
    """"سوسة التونسية", "طرابلس اللبنانية": the nationality word right after a name; "البيضاء شرق
    ليبيا", "رفح في مصر": a side of a country (or في) and the country's name right after it."""
    k = m.last + 1
    toks = doc.tokens
    if k < len(toks) and _joined(doc, toks[m.last], toks[k]):
        sw = gaz.stopword(canon_word(toks[k].norm))
        if sw is not None and sw.reason == "nationality":
            return sw.country
        if toks[k].norm in _SIDE_WORDS and k + 1 < len(toks) and _joined(doc, toks[k], toks[k + 1]):
            country = [p for p in _lookup(gaz, canon_word(toks[k + 1].norm)) if p.kind == "PCLI"]
            if len(country) == 1:
                return country[0].country
    return None


# "بلدة الخيام جنوبي لبنان"، "كفركلا في جنوب لبنان"، "في الجنوب اللبناني": the side of the country a town
# lies in; among its namesakes there, the one furthest that way (Khiam of Marjayoun, not El Khiam of
# Mount Lebanon), when it lies SIDE_KM further that way than the others
_SIDES: dict[str, tuple[float, float]] = {"شمال": (1, 0), "جنوب": (-1, 0), "شرق": (0, 1), "غرب": (0, -1)}
_SIDE_AFTER = re.compile(r"\s*،?\s*(?:في\s+|ب)?(?:ال)?(شمال|جنوب|شرق|غرب)(?:ي|ا)?(?:\s+(?:ال)?(شرق|غرب)(?:ي)?)?\s+(\S+)")
SIDE_KM = 20.0
_VILLAGE_KINDS = frozenset({"PPL", "PPLX", "TOWN", "PPLL", "PPLF", "PPLS"})


def _side_of_country(doc: Doc, matches: list[_Match], gaz: Gazetteer) -> None:
    """Keep, of a name's namesakes in one country, the one furthest towards the side of that country
    told right after it ("بلدة الخيام جنوبي لبنان"، "في الجنوب اللبناني")."""
    for m in matches:
        if len(m.candidates) < 2:
            continue
        end = doc.tokens[m.last].fend
        got = _SIDE_AFTER.match(doc.folded, end, min(len(doc.folded), end + 40))
        if got is None:
            continue
        word = canon_word(got.group(3).rstrip("،,.؛:"))
        sw = gaz.stopword(word)
        if sw is not None and sw.reason == "nationality" and got.group(0).lstrip(" ،").startswith(("في ال", "بال", "ال")):
            country = sw.country   # "في الجنوب اللبناني"
        else:
            country = next((p.country for p in _lookup(gaz, word) if p.kind == "PCLI"), None)
        inside = [p for p in m.candidates if p.country == country and p.lat is not None]
        if country is None or len(inside) < 2 or any(well_known(p) or p.kind not in _VILLAGE_KINDS for p in inside):
            continue   # ("بنغازي شرق ليبيا"، "منطقة قنديل شمالي العراق": the city, the mountains stand)
        dlat, dlon = _SIDES[got.group(1)]
        if got.group(2):
            dlat, dlon = dlat * 0.7, _SIDES[got.group(2)][1] * 0.7
        def reach(p: Place) -> float:   # km that way (a degree is ~111 km north-south, ~90 east-west here)
            return dlat * p.lat * 111.0 + dlon * p.lon * 90.0
        best = max(inside, key=reach)
        far = reach(best)
        keep = [p for p in m.candidates if p.country != country or p.lat is None or p is best
                or reach(p) >= far - SIDE_KM]
        if len(keep) < len(m.candidates):
            m.candidates = tuple(keep)


_REPORTER_BEFORE = re.compile(r"(?:^|\s)[وفل]?ل?مراسل(?:ها|ه|نا|هم|ي|ين|ون|و)?(?:\s+\S+){0,2}"
                              r"(?:\s+(?:في|من)\s*|\s+[وف]?ب)$")


def reporter_post(doc: Doc, start: int) -> bool:
    """The place name starting at `start` (after any clitic) is where a reporter is posted, not
    news of it: "نقلا عن مراسلها في القدس", "قال مراسل الجزيرة في بغداد", "مراسلنا بالقدس"."""
    return bool(_REPORTER_BEFORE.search(fold_between(doc, max(0, start - 40), start)))


def fold_between(doc: Doc, start: int, end: int) -> str:
    """`fold_string(doc.text[start:end])` read off `doc.folded` (0 <= start, end <= len(text)).

    Folding maps each original character on its own (to nothing, one or two characters), so the
    folded form of an original range is the folded text from the first folded character that
    comes from inside it to the first that comes after it: "بمدينة سِرت"[7:11] → "سرت"."""
    om = doc.offsets
    text = doc.article.text
    folded = doc.folded
    if om is None or start < 0 or end > len(text) or om.n_original != len(text) \
            or om.n_folded != len(folded):
        from rasd.arabic.normalize import fold_string
        return fold_string(text[start:end])
    starts = om._starts
    if starts is None:
        return folded[start:end]
    # om.to_folded(start), om.to_folded(end) inlined (~100 calls an article)
    return folded[bisect_right(starts, start - 1):bisect_right(starts, end - 1)]


def neighbour_mention(doc: Doc, start: int) -> bool:
    """The country or nationality word at `start` names a neighbour, not where things are: "منطقة دير
    المحاذية لأفغانستان", "قرب الحدود مع إيران", "القريب من الحدود الإيرانية"."""
    before = fold_between(doc, max(0, start - 30), start)
    if before.endswith(("حرس الحدود ", "حرس الحدود ال")):
        return False   # "حرس الحدود الأردني": the Jordanian border guard, in Jordan
    return bool(_NEIGHBOUR_BEFORE.search(before) or _SOURCE_BEFORE.search(before)) or before.endswith(("الحدود ال", "حدود "))


_NISBA_SCAN_SKIP = {"ML", "GH"}   # "مالية" financial, "غاني" rich: words first


def nationality_countries(doc: Doc, gaz: Gazetteer, lo: int = 0, hi: int | None = None) -> Counter:
    """Countries implied by nationality adjectives in tokens lo..hi ("الجيش اللبناني" → LB, "ولاية
    بلوشستان الباكستانية" → PK, "الجورجية" → GE), from the stop list's nationality rows and the
    adjectives built from country names; a neighbour's ("الحدود الإيرانية") is not counted."""
    memo = gaz.memo("nationality-of-form")
    toks = doc.tokens[lo:hi]
    ccs = list(map(memo.get, map(_NORM, toks), repeat(False)))   # one C-level pass when all are known
    if False in ccs:
        for k in compress(range(len(ccs)), map(is_, ccs, repeat(False))):
            norm = toks[k].norm
            cc = memo.get(norm, False)
            if cc is False:
                cc = _nationality_of(gaz, norm)
                if len(memo) < 500_000:
                    memo[norm] = cc
            ccs[k] = cc
    out: Counter = Counter()
    for k in compress(range(len(ccs)), ccs):
        if not neighbour_mention(doc, toks[k].span.start):
            out[ccs[k]] += 1
    return out


def _nationality_of(gaz: Gazetteer, norm: str) -> str | None:
    if len(norm) < 4 or not norm[0].isalpha():
        return None
    if norm.endswith(("يتان", "يتين")) and len(norm) >= 7:
        # a dual: "عراقيتان" reads as "عراقية", "عراقيان" as "عراقي"
        return _nationality_of(gaz, norm[:-3] + "ه")
    if norm.endswith("يان") and len(norm) >= 6:
        return _nationality_of(gaz, norm[:-2])
    nisba = _nisba_countries(gaz) if norm.endswith(("ي", "يه", "يون", "يين", "يات")) else {}
    for w, _ in _readings(norm):
        sw = gaz.stopword(w)
        if sw is not None and sw.reason == "nationality" and sw.country:
            return sw.country
        cc = nisba.get(w)
        if cc and cc not in _NISBA_SCAN_SKIP:
            return cc
    return None


def _people_countries(doc: Doc, gaz: Gazetteer, facts: list[tuple] | None = None) -> set[str]:
    """The countries the article's nationality adjectives name, a neighbour's mention aside ("قرب الحدود
    الإيرانية"): from the tokens' cached facts when given."""
    if facts is None:
        return set(nationality_countries(doc, gaz))
    toks = doc.tokens
    return {facts[k][2] for k in compress(range(len(facts)), map(_NATIONALITY, facts))
            if not neighbour_mention(doc, toks[k].span.start)}


def _named_countries(doc: Doc, matches: list[_Match], votes: Counter, gaz: Gazetteer,
                     facts: list[tuple] | None = None,
                     placed: dict[int, set[str]] | None = None,
                     people: set[str] | None = None) -> dict[int, set[str]]:
    """For each match (by index), the countries the rest of the article names or implies: countries
    named, unambiguous prominent places, nationality adjectives (neighbours included: a place "near
    the Iranian border" may lie in Iran)."""
    nat = (people if people is not None else _people_countries(doc, gaz, facts)) | {c for c in votes if c}
    if placed is None:
        placed = _placed_countries(matches)
    return {k: nat | placed[k] for k in range(len(matches))}


def _placed_countries(matches: list[_Match]) -> dict[int, set[str]]:
    """For each match (by index), the countries the article's other place names stand in (each
    name's prominent candidates when they lie in one country): the places' evidence alone, without
    nationality words ("القوات الأميركية" says who acts, not where)."""
    own: list[set[str]] = []
    for m in matches:
        pool = [p for p in m.candidates if p.kind in ("PCLI", "PPLC", "PPLA", "ADM1", "REGION")
                or p.population >= BIG_POPULATION or p.id.startswith("sup:")] or m.candidates
        cs = {p.country for p in pool}
        # (a dateline places nothing; nor does a name found in several countries: "منطقة النصر" is
        # Cairo's Nasr City as much as an Iraqi village)
        own.append(cs if len(cs) == 1 and not m.filed and {p.country for p in m.candidates} == cs else set())
    out = {}
    for k, m in enumerate(matches):
        cs: set[str] = set()
        for j, o in enumerate(own):
            if j != k and matches[j].key != m.key:
                cs |= o
        out[k] = cs
    return out


def world_known(p: Place) -> bool:
    """A place news from anywhere names without saying its country: a country, a capital, a
    curated place, an admin1 unit or a city of 100,000+."""
    return (p.kind in ("PCLI", "PPLC", "ADM1", "REGION") or p.id.startswith("sup:")
            or p.population >= WORLD_KNOWN_POPULATION and p.kind != "ADM2")


# forces named by their country's adjective: "المدفعية التركية"، "القوات الأميركية" say who acts
_FORCE_NOUNS = frozenset(fold_string(w) for w in """قوات القوات المدفعية مدفعية الجيش جيش الطيران طيران طائرات الطائرات
مقاتلات المقاتلات جنود الجنود الدبابات دبابات البحرية الأمن الشرطة القوة طائرة الطائرة مروحيات مروحية غارات غارة
الغارات الغارة ضربات ضربة الضربات الضربة قصف القصف هجمات هجوم العدوان عدوان""".split())


_FORCE_ADJECTIVES = frozenset(fold_string(w) for w in "جوية الجوية حربية الحربية مسيرة المسيرة صاروخية الصاروخية".split())


_HEDGES = frozenset(fold_string(w) for w in "يرجح يعتقد يشتبه".split())
HEDGE_THAT = frozenset(fold_string(w) for w in "أنها انها أنه انه أنهم انهم أنهما انهما".split())   # "يرجح أنها روسية"


def _agent_countries(doc: Doc, facts: list[tuple]) -> set[str]:
    """The countries named only by the adjective of a force ("المدفعية التركية"): who acts."""
    toks = doc.tokens
    agent, other = set(), set()
    for k in compress(range(len(facts)), map(_NATIONALITY, facts)):
        j = k - 1
        while j > 0 and _NATIONALITY(facts[j]):
            j -= 1   # "طيران العدوان الأمريكي البريطاني": both adjectives of the one force
        if j > 1 and toks[j].norm in HEDGE_THAT and toks[j - 1].norm.lstrip("و") in _HEDGES:
            j -= 2   # "طائرات حربية يرجح أنها روسية": whose jets, hedged
        if j > 0 and toks[j].norm.lstrip("وبل") in _FORCE_ADJECTIVES:
            j -= 1   # "غارات جوية روسية"، "طائرات حربية تركية"
        force = (j >= 0 and toks[j].norm.lstrip("وبل") in _FORCE_NOUNS) or _force_nisba(toks, k)
        (agent if force else other).add(facts[k][2])
    return agent - other


def _fit_named(matches: list[_Match], named: dict[int, set[str]],
               placed: dict[int, set[str]] | None = None, agents: set[str] = frozenset(),
               territory: set[str] = frozenset()) -> list[_Match]:
    """Candidates in a country the article names or implies win ("مدينة غوري" with "الجورجية";
    "رفح" with "مصادر فلسطينية"), unless a namesake elsewhere is a city 20x bigger than them; a
    candidate in a country never named or implied stands only when it is world known ("ولاية
    يالا" is no hamlet in Chad, "حي الفضل" no Saudi quarter: better no place than a wrong country),
    or when a town word names it and no other place of the article lies elsewhere (`placed`: the
    countries of the other place names): "اقتحمت القوات الأميركية منزلا في بلدة الخالص" is the Iraqi
    town Al Khalis (70,000): the nationality word says who acts, the cue word that this is a town.
    The countries of one-country sides (`territory`: "الحشد الشعبي" → Iraq) count as named for a name
    told with a cue word or found in several countries ("ناحية ربيعة" is Iraq's, not Latakia's), not
    for a bare name of one country (a side alone is too weak to make "قاسم" in "قاسم سليماني" a place).
    A match left without candidates is dropped (its cue phrase may be kept as an unknown place)."""
    out = []
    for k, m in enumerate(matches):
        cs = named[k]
        if territory and (m.cue is not None or len({p.country for p in m.candidates}) > 1):
            cs = cs | territory
        cs = cs or set(m.hint)   # nothing named: the admin word's countries ("ناحية" → IQ, SY)
        if agents and named[k] and named[k] <= agents and placed is not None and not placed[k] \
                and not any(p.country in agents for p in m.candidates):
            # "غارات جوية روسية على مدينة معرة النعمان": the only country named is the one that acts, and
            # no place of the name lies there: nothing says where, as when no country is named
            # (its peers still count: "جنود إسرائيليون" in a West Bank village)
            cs = set(m.hint) | {q for c in named[k] for q in PEER_COUNTRIES.get(c, ())}
        peers = {q for c in cs for q in PEER_COUNTRIES.get(c, ())}
        if m.cue is not None:
            cs = cs | peers
        # a known town of a peer country stands uncued too ("برام الله" with Israeli forces)
        inside = [p for p in m.candidates if p.country in cs or p.country in peers and well_known(p)]
        if inside and any(p.country in m.hint for p in inside):
            m.candidates = tuple(inside)   # "ناحية الإسكندرية" in Iraq: the admin word decides
        elif inside:
            top = max(p.population for p in inside)
            # (a province's capital in the named country stands: "زنجبار" in a story on Yemen is Zinjibar)
            # (nor does a district word yield to a city: "جندي يمني ... في حي المنصورة" is Aden's quarter,
            # "مديريتي المنصورة والشيخ عثمان في مدينة عدن" its districts)
            big = [p for p in m.candidates if p.country not in cs and p.population >= NAMESAKE_MIN_POPULATION
                   and p.population >= NAMESAKE_RATIO * max(top, SMALL_POPULATION) and p.kind != "ADM2"] \
                if not any(p.kind in ("PPLA", "PPLC") for p in inside) and not (
                    CUES.get(m.cue or "") in ("district", "admin2")
                    and any(p.kind in ("DISTRICT", "ADM2") for p in inside)) else []
            m.candidates = tuple(inside) if not big else tuple(big + [p for p in inside if p.kind in ("ADM1", "REGION")])
        elif cs and m.cue == _SQUARE_CUE and m.cue_token is None and all(p.kind == "DISTRICT" for p in m.candidates):
            # "احتشد آلاف المصريين في ساحة التحرير": a quarter named by its own square or quarter word lies
            # in the country the article names; Baghdad's square is no reading
            m.candidates = ()
        elif cs:
            # ("قصفت المدفعية التركية قرى في ريف عفرين": the countryside of a town, too)
            town = (CUES.get(m.cue or "") in ("city", "around") and m.cue_token is not None
                    and placed is not None and not placed[k]) or (
                # "قصفت المدفعية التركية مواقع في عفرين": the only country named is the one that acts
                cs <= agents and placed is not None and not placed[k])
            # (a foreign province named bare, no admin word before it, is a common word read as a name:
            # "في منطقة الواحات بالصحراء الغربية" in a story on Egypt is no Libyan district)
            # (a province's full name of two words is no common word: "على حدود قطاع غزة ... تزامنا مع افتتاح
            # السفارة الأمريكية في القدس" with the sides fighting there; "البحر الأحمر" is a sea elsewhere)
            unit = CUES.get(m.cue or "") in ("admin", "admin2") or (
                " " in m.key and any(p.country in territory for p in m.candidates))
            m.candidates = tuple(p for p in m.candidates if (world_known(p) and (p.kind != "ADM1" or unit))
                                 or town and well_known(p)
                                 and p.kind not in ("ADM1", "ADM2") and not p.id.startswith(("osm:", "wof:")))
        else:
            # nothing in the article says where it is: a known place, an admin seat, or a name found
            # in one country only in GeoNames (not a bare OSM/WOF point: "يالا" is a Chadian hamlet)
            one = len({p.country for p in m.candidates}) == 1
            unit = CUES.get(m.cue or "") in ("admin", "admin2")
            m.candidates = tuple(p for p in m.candidates if (p.kind != "ADM2" or unit) and (
                world_known(p) or well_known(p) or p.kind in ("PPLA2", "PPLA3")
                or one and not p.id.startswith(("osm:", "wof:"))))
        if m.candidates:
            out.append(m)
    return out


def _keep_foreign(doc: Doc, m: _Match, focus: str | None, gaz: Gazetteer,
                  named: frozenset[str] = frozenset()) -> bool:
    """Outside the focus country only capitals, countries, admin capitals, curated places and towns
    of 50,000+ stand without a cue, and the admin1 units of a country the article names (`named`:
    "جنوب لبنان" with "لبنان" in an Israeli story) and the known towns of a peer country ("برام الله"
    with Israeli forces); a nationality word after the name picks the country."""
    adj = _adjective_country(doc, m, gaz)
    if adj is not None:
        same = tuple(p for p in m.candidates if p.country == adj)
        if same:
            m.candidates = same
            return True
    if focus is None or m.cue is not None:
        return True
    kept = tuple(p for p in m.candidates if p.country == focus or p.kind in ("PCLI", "PPLC", "PPLA")
                 or p.id.startswith("sup:") or p.population >= 50_000
                 or p.kind == "ADM1" and p.country in named
                 or p.country in PEER_COUNTRIES.get(focus, ()) and well_known(p))
    if kept:
        m.candidates = kept
        return True
    return False


_ROAD_NAME = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:طريق|اوتوستراد|اتوستراد)\s+(?!(?:في|علي|قرب|بين|من|الي|نحو)\s)\S+\s+(?:-\s+)?$")
_DATELINE_AFTER = re.compile(r"\s*[-–—:(]")


def dateline_place(doc: Doc, start: int, end: int) -> bool:
    """The place at [start, end) is a dateline opening the text ("استنبول - قنا - ا ف ب :"، "كراتشي (
    رويترز )") or the line after the headline ("مقتل 7 جنود ...\nعدن (رويترز) - قال ..."): where the
    story was filed, not what it tells."""
    before = doc.text[:start]
    line = before.rfind("\n") + 1
    if start - line > 40 or before[line:].strip() or (
            line and (line > 300 or sum(1 for x in before[:line].split("\n") if x.strip()) > 1
                      or before[:line].rstrip().endswith((".", "؟", "?", "!", ":")))):
        return False   # (a headline does not end as a sentence does)
    return _DATELINE_AFTER.match(doc.text, end, end + 40) is not None


# a dateline's vote for the article's country: where the story was filed (Beirut for Syria, Dubai for
# Yemen, Nairobi for Somalia) is a weak sign of where it happened
DATELINE_VOTE = 0.4
NATIONALITY_TIE_VOTE = 0.1


def article_votes(matches: list[_Match], votes: Counter, gaz: Gazetteer, doc: Doc,
                  filed: list[str] | None = None, people: set[str] | None = None) -> Counter:
    """Country votes: unambiguous places, countries named, capitals and big cities, nationality words.
    A dateline's place casts a weak vote only (its country is appended to `filed`, if given)."""
    tally: Counter = Counter()
    for c, v in votes.items():
        tally[c] += 0.5 * v
    nat = people   # the countries of the article's people adjectives, read once if needed
    for m in matches:
        if not m.candidates:
            continue
        tok = doc.tokens[m.first]
        if reporter_post(doc, doc.offsets.span(tok.fstart + m.front, tok.fend).start if m.front else tok.span.start):
            continue   # "نقلا عن مراسلها في القدس": where the reporter sits says nothing of the story
        if m.first < 4 and m.cue is None and dateline_place(doc, tok.span.start, doc.tokens[m.last].span.end) and (
                len({p.country for p in m.candidates}) == 1 or any(p.kind == "PCLI" for p in m.candidates)):
            if any(p.kind == "PCLI" for p in m.candidates) and any(p.kind in ("PPLC", "PPLA") for p in m.candidates):
                # "عمان (رويترز) -": a dateline names a city (Amman), not a country (Oman)
                m.candidates = tuple(p for p in m.candidates if p.kind in ("PPLC", "PPLA"))
            if len({p.country for p in m.candidates}) != 1:
                continue
            c = m.candidates[0].country
            tally[c] += DATELINE_VOTE
            m.filed = True
            if filed is not None:
                filed.append(c)
            continue
        prominent = [p for p in m.candidates if p.kind in ("PCLI", "PPLC", "PPLA", "ADM1")
                     or (p.population >= BIG_POPULATION and p.kind != "ADM2") or p.id.startswith("sup:")]
        pool = prominent or list(m.candidates)
        if CUES.get(m.cue or "") == "admin":   # "ولاية الجزيرة": the Sudanese state, not Algiers
            pool = [p for p in pool if p.kind in ("ADM1", "REGION")] or pool
        countries = {p.country for p in pool}
        if len(countries) == 1:
            c = next(iter(countries))
            w = 2.0 if any(p.kind == "PCLI" for p in pool) else (1.5 if prominent else 0.5)
            if m.first < 12 and doc.tokens[m.first].span.start < 80:
                w += 1.0   # dateline / lead
            tally[c] += w
        else:   # ambiguous: a small vote each, the country of the biggest candidate breaks ties
            towns = [p for p in pool if p.kind not in ("ADM1", "ADM2", "REGION")] or pool
            if nat is None:
                nat = _people_countries(doc, gaz)
            for c in sorted(countries):
                # a district unit's population is its whole district's: the towns break the tie
                # (a people's adjective in the article, "جندي يمني", breaks it first)
                top = max((p.population for p in towns if p.country == c), default=0)
                tally[c] += 0.2 + 0.01 * math.log10(top + 1) + (HINT_VOTE if c in m.hint else 0.0) \
                    + (NATIONALITY_TIE_VOTE if c in nat else 0.0)
    return tally


def _score(p: Place, m: _Match, focus: str | None, others: list[Place], gaz: Gazetteer) -> tuple[float, list[str]]:
    why = []
    s = KIND_RANK.get(p.kind, 1) * 0.5 + math.log10(p.population + 1) * 0.4
    kind = CUES.get(m.cue or "", None)
    if p.id.startswith("sup:"):
        s += 1.0
    if m.definite is not None and len(m.candidates) > 1 and m.first == m.last:
        # "شقرة" is the Abyan port Shuqrah, "الشقرة" the Sa'dah village: the names' own article use
        has_def, has_bare = _article_forms(gaz, p)
        if (has_def if m.definite else has_bare):
            s += 0.6
    if focus and p.country == focus:
        s += 3.0
        why.append("focus country")
    if p.country in m.hint and (focus is None or p.country == focus):
        s += HINT_SCORE   # the admin word's country; never against the article's focus
        why.append("admin word of its country")
    home = focus is None or p.country == focus   # "محلية X" in a Sudan story: a Sudanese unit first
    if kind == "admin":
        if p.kind in ("ADM1", "REGION"):
            s += 5.0 if home else 2.0
            why.append("admin1 cue")
    elif kind == "admin2":
        if p.kind == "ADM2":
            s += 3.0 if home else 1.0
    elif p.kind in ("ADM1", "ADM2"):
        s -= 3.5 if kind in ("city", "district", "base", "port") else 2.0
    if p.kind == "PCLI" and kind in ("city", "capital", "district", "area"):
        s -= 4.0   # "مدينة عمان" is Amman, not Oman
    if kind in ("base", "port", "crossing") and p.kind in ("BASE", "AIRP", "PORT", "CROSSING", "FACILITY"):
        s += 2.0
    if kind == "district" and p.kind in ("DISTRICT", "PPLX"):
        s += 2.0
    if p.lat is not None and others and len(m.candidates) > 1:
        # an admin1 unit stands at its capital and spans ~150 km: "X بشمال دارفور" near El Fasher
        best = min(_km(p.lat, p.lon, o.lat, o.lon) * (0.4 if o.kind in ("ADM1", "REGION") else 1.0)
                   for o in others if o.lat is not None) if others else 1e9
        if best < 60:
            s += 2.5
            why.append("near other places")
        elif best < 200:
            s += 1.2
    return s, why


@lru_cache(maxsize=100_000)
def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return _distance_km(lat1, lon1, lat2, lon2)


def _unique(places: list[Place]) -> list[Place]:
    seen: set[str] = set()
    out = []
    for p in places:
        if p.id not in seen and p.lat is not None:
            seen.add(p.id)
            out.append(p)
    return out


def _choose(matches: list[_Match], focus: str | None, gaz: Gazetteer) -> None:
    resolved: list[Place] = []
    for m in matches:
        if len(m.candidates) == 1 and m.candidates[0].kind not in ("PCLI",):
            resolved.append(m.candidates[0])
    resolved = _unique(resolved)
    for rnd in range(2):
        chosen: list[Place] = []
        for m in matches:
            if not m.candidates:
                continue
            if len(m.candidates) == 1:
                # one candidate: its score ignores the other places, so the second round repeats the first
                p = m.candidates[0]
                if rnd == 0:
                    s, why = _score(p, m, focus, [], gaz)
                    m.chosen, m.score = p, round(s, 2)
                    m.why = [f"{p.name} ({p.country}, {p.kind})"] + why
                chosen.append(p)
                continue
            ids = {p.id for p in m.candidates}
            others = [p for p in resolved if p.id not in ids]
            scored = sorted(((_score(p, m, focus, others, gaz), k, p) for k, p in enumerate(m.candidates)),
                            key=lambda t: (-t[0][0], t[1]))
            (s, why), _, p = scored[0]
            m.chosen, m.score = p, round(s, 2)
            extra = f"; {len(scored)} candidates" if len(scored) > 1 else ""
            m.why = [f"{p.name} ({p.country}, {p.kind}){extra}"] + why
            chosen.append(p)
        resolved = _unique([p for p in chosen if p.kind != "PCLI"])


# a named quarter ("حي X", "أحياء X") lies within this many km of the town the text ties it to
QUARTER_KM = 25.0
# what stands between a quarter and its town right after it: "حي باب توما بدمشق", "حي الروضة في
# مدينة تعز", "حي X وسط حلب", "حي المطرية شرق القاهرة"
_QUARTER_GAP = re.compile(
    r"[\s،,]*(?:في\s+|[وف]?ب|داخل\s+|[وف]?(?:ب|في\s+)?(?:وسط|شمال|جنوب|شرق|غرب)(?:ي)?\s+)?"
    r"(?:(?:ال)?(?:مدينه|محافظه|ولايه|منطقه|قضاء|بلده|ناحيه|مديريه|محليه|اقليم)\s+)?")
_TOWN_KINDS = ("PPL", "DISTRICT")
_WESTERN_DESERT = "صحراء غربيه"
_SAHARA_COUNTRIES = frozenset({"EH", "MA", "DZ", "MR", "ES"})
# the head words of a named square ("ميدان التحرير"، "ساحة الأمويين") and the cue they stand for
_SQUARE_HEADS = frozenset({"ميدان", "ساحه", "دوار"})
_SQUARE_CUE = "حي"
QUARTER_SENTENCES = 3   # the town a quarter belongs to may be named this many sentences before
_QUARTER_KINDS = ("DISTRICT", "PPLX")


# "قرية الحمرا التابعة لناحية تل تمر": a village told as belonging to a town or unit lies within this
# many km of its centre (an admin1 or admin2 unit: in it)
BELONGING_KM = 40.0
_BELONGING_GAP = re.compile(r"\s*(?:ال)?تابع(?:ه|تين|ين)?\s+(?:ل|الي\s+)(?:(?:ال)?(?:ناحيه|مديريه|قضاء|محافظه|منطقه|"
                            r"مدينه|بلده|محليه|ولايه|مركز|اقليم)\s+)?")


# "قرية المنصورة غرب مدينة الرقة"، "منطقة النصر قرب مدينة الحديثة"، "بلدة خوغياني بولاية ننغرهار"، "قرية
# الخضر جنوب مدينة الموصل": a cued place told by its side of, or its nearness to, a town, or in a province
_ANCHOR_GAP = re.compile(
    r"\s*(?:(?:بال)?قرب\s+(?:من\s+)?|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي)?\s+(?:(?:ال)?(?:شرق|غرب)(?:ي)?\s+)?"
    r"|[وف]?ب(?=(?:ال)?(?:محافظه|ولايه|قضاء|ناحيه|مديريه|محليه|اقليم))|في\s+(?=(?:ال)?(?:محافظه|ولايه|قضاء|ناحيه|مديريه|محليه|اقليم)))"
    r"(?:(?:ال)?(?:مدينه|محافظه|ولايه|قضاء|بلده|ناحيه|مديريه|محليه|اقليم)\s+)?")
# how far a place told by its side of, or nearness to, a town may lie from it (a known town: further)
ANCHOR_KM = 60.0
KNOWN_ANCHOR_KM = 250.0
# a point with no admin1 lies in a province or region within this many km of its main town
UNIT_KM = 150.0
WIDE_PROVINCE_KM = 450.0   # a point with no province and a wide province named (Egypt's New Valley, Iraq's Anbar)


def _belongs_to(doc: Doc, k: int, matches: list[_Match]) -> Place | None:
    """The town or unit a cued place is told to belong to: "قرية الحمرا التابعة لناحية تل تمر"."""
    got = _anchored_to(doc, k, matches)
    return got[0] if got is not None else None


def _anchored_to(doc: Doc, k: int, matches: list[_Match]) -> tuple[Place, float] | None:
    """The town or unit a cued place is tied to by the words between them, and how far from a town
    it may lie: belonging ("التابعة لناحية تل تمر", 40 km), a side of or near a town ("غرب مدينة
    الرقة"، "قرب مدينة الحديثة", 60 km), a province it is in ("بولاية ننغرهار": in it)."""
    if k + 1 >= len(matches):
        return None
    m, n = matches[k], matches[k + 1]
    toks = doc.tokens
    if n.chosen is None or n.chosen.lat is None or toks[n.first].sentence != toks[m.last].sentence \
            or n.first - m.last > 4 or n.chosen.kind == "PCLI":
        return None
    end = doc.offsets.span(toks[m.last].fstart, toks[m.last].fend).end
    start = doc.offsets.span(toks[n.first].fstart + n.front, toks[n.first].fend).start
    gap = fold_between(doc, end, start)
    if n.chosen.kind == "REGION":
        # "بلدة خوغياني بولاية ننغرهار": a province the gazetteer keeps as a region, named with its word;
        # "منطقة الجوف شمال اليمن": a side of a country right after the name
        if n.cue is not None and CUES.get(n.cue) == "admin" and _ANCHOR_GAP.fullmatch(gap):
            return n.chosen, ANCHOR_KM
        if not gap.strip() and n.chosen.name_ar and n.chosen.name_ar.split()[0] in _SIDE_WORDS:
            return n.chosen, UNIT_KM
        return None
    if _BELONGING_GAP.fullmatch(gap):
        return n.chosen, BELONGING_KM
    if _ANCHOR_GAP.fullmatch(gap) and (n.chosen.kind in ("ADM1", "ADM2") or not n.chosen.kind.startswith("ADM")):
        return n.chosen, ANCHOR_KM
    return None


def _quarter_town(doc: Doc, k: int, matches: list[_Match], gaz: Gazetteer) -> Place | None:
    """The town the text ties the quarter `matches[k]` to: the place named right after it ("حي باب
    توما بدمشق", "في حي X في مدينة Y"), else the nearest town named before it in its sentence or
    the three before ("... في مدينة تعز. ... قصفت الميليشيات أحياء الروضة"). A province stands for
    itself (its capital and its towns); a country or a region ties it to no town (None), nor do
    other quarters."""
    m = matches[k]
    toks = doc.tokens
    sent = toks[m.first].sentence

    def town(p: Place | None) -> bool:
        return p is not None and p.lat is not None and (p.kind.startswith(_TOWN_KINDS) or p.kind in ("ADM1", "ADM2"))
    if k + 1 < len(matches):
        n = matches[k + 1]
        # the rest of the quarter's name may stand between ("حي باب توما بدمشق")
        last = m.last
        while last + 1 < n.first and last - m.last < 2 and toks[last + 1].norm[:1].isalpha() \
                and toks[last + 1].norm not in NOT_NAMES and toks[last + 1].norm[:1] != "و" \
                and _joined(doc, toks[last], toks[last + 1]):
            last += 1
        if toks[n.first].sentence == sent and n.first - last <= 3:
            end = doc.offsets.span(toks[last].fstart, toks[last].fend).end
            start = doc.offsets.span(toks[n.first].fstart + n.front, toks[n.first].fend).start
            if _QUARTER_GAP.fullmatch(fold_between(doc, end, start)):
                return n.chosen if town(n.chosen) else None
    # "وفي مدينة بعقوبة (50 كلم شمال بغداد) ... في حي المصطفى": a distance's reference point
    # describes where another town lies
    refs = [d.anchor for d in doc.distances if d.relation == "offset"]
    for j in range(k - 1, -1, -1):
        b = matches[j]
        if sent - toks[b.first].sentence > QUARTER_SENTENCES:
            break
        if CUES.get(b.cue or "") == "district" or not town(b.chosen):
            continue
        if refs:
            at = toks[b.first].span.start
            if any(r.start <= at < r.end for r in refs):
                continue
        return b.chosen
    return None


def _far_town_after(doc: Doc, k: int, matches: list[_Match]) -> bool:
    """The match right after matches[k] (same sentence, within three tokens) is a town more than
    QUARTER_KM from it."""
    m, n = matches[k], matches[k + 1]
    p, q = m.chosen, n.chosen
    if q is None or q.lat is None or p.lat is None or not q.kind.startswith(_TOWN_KINDS) \
            or doc.tokens[n.first].sentence != doc.tokens[m.first].sentence or n.first - m.last > 3:
        return False
    d = Gazetteer.distance_km(p, q)
    return d is not None and d > QUARTER_KM


_QUARTER_WORD = "حي"


def _fit_quarters(doc: Doc, matches: list[_Match], gaz: Gazetteer) -> tuple[list[_Match], dict[int, str]]:
    """A name after a quarter's cue word ("حي"، "أحياء") lies in the town the text ties it to
    (`_quarter_town`), within 25 km of it (a province: in it): the candidate there is taken;
    when there is none, a town elsewhere is no reading ("قصفت الميليشيات أحياء الروضة" in Taizz is
    no Ar Rawd 300 km away, "حي باب توما بدمشق" no Al Bab): the match is dropped and its cue word
    returned (token → cue) so that the phrase stays an unknown quarter of that town. A known
    quarter elsewhere stays. Returns the kept matches and the dropped quarters' cue words."""
    kept: list[_Match] = []
    quarters: dict[int, str] = {}
    for k, m in enumerate(matches):
        if m.cue_token is None and m.chosen is not None and m.chosen.kind in _QUARTER_KINDS and k + 1 < len(matches) \
                and doc.tokens[m.first].norm in ("حي", "وحي", "بحي", "وبحي") and _far_town_after(doc, k, matches):
            # "حي العباسية في أم درمان": a quarter known by its cue word with its name ("حي العباسية" of
            # Cairo), tied to another town right after it, is an unknown quarter of that town
            quarters[m.first] = "حي"
            continue
        tied = _anchored_to(doc, k, matches) if m.cue is not None and m.chosen is not None else None
        owner, owner_km = tied if tied is not None else (None, BELONGING_KM)
        cue_tok = m.cue_token if m.cue_token is not None else (m.first if owner is not None else None)
        # ("حي الزهور": a quarter the gazetteer names with its cue word, as if cued)
        named_quarter = m.cue_token is None and owner is None and m.key.partition(" ")[0] == _QUARTER_WORD \
            and m.chosen is not None and m.chosen.kind in _QUARTER_KINDS
        if named_quarter:
            cue_tok = m.first
        if (CUES.get(m.cue or "") != "district" and owner is None and not named_quarter) or cue_tok is None \
                or m.chosen is None or m.chosen.lat is None:
            kept.append(m)
            continue
        home = owner or _quarter_town(doc, k, matches, gaz)
        if home is None or (m.chosen.kind in ("PPLC", "PPLA") and home.kind not in ("ADM1", "ADM2")
                            and cue_tok == m.first - 1):
            # ("قصفت قوات النظام أحياء حلب الشرقية" after a town near it: the quarters of the city
            # named, a capital, not a quarter of that town; a later member of the list, "أحياء حدة
            # والجزائر" in Sanaa, is a quarter)
            kept.append(m)
            continue
        centre = gaz.main_town(home)

        def fits(p: Place) -> bool:
            if p.lat is None:
                return False
            d = Gazetteer.distance_km(p, centre)
            if home.kind in ("ADM1", "ADM2") and p.admin1:
                return p.country == home.country and p.admin1 == home.admin1
            if home.kind == "ADM1" and p.country == home.country:
                # "منطقة الفرافرة بمحافظة الوادي الجديد": a point the gazetteer gives no province, within the
                # reach of the widest provinces from this one's capital
                return d is not None and d <= WIDE_PROVINCE_KM
            if home.kind == "REGION" and owner_km == UNIT_KM:
                return p.country == home.country   # "معسكر إيناتس غرب النيجر": a side of the country, in it
            if home.kind in ("ADM1", "ADM2", "REGION"):
                return p.country == home.country and d is not None and d <= UNIT_KM   # (a point with no admin1)
            if owner is not None and owner_km == ANCHOR_KM and well_known(p):
                # "مدينة سامراء شمال بغداد": a known town told by its side of a city may lie further off
                return d is not None and d <= KNOWN_ANCHOR_KM
            if owner is not None and owner_km == ANCHOR_KM and home.kind in ("PPLA", "PPLC") \
                    and p.country == home.country and p.admin1 is not None and p.admin1 == home.admin1:
                # "مدينة تل أبيض شمالي الرقة" (90 km off): a side of a province's capital names the province
                return d is not None and d <= KNOWN_ANCHOR_KM
            return d is not None and d <= (owner_km if owner is not None else QUARTER_KM)
        if fits(m.chosen):
            kept.append(m)
            continue
        near = sorted(((Gazetteer.distance_km(p, centre) or 0.0), n, p) for n, p in enumerate(m.candidates) if fits(p))
        if near:
            p = near[0][2]
            m.chosen, m.candidates = p, tuple(q for _, _, q in near)
            m.why = [f"{p.name} ({p.country}, {p.kind}); a quarter of {home.name}"]
            kept.append(m)
        elif m.chosen.kind in _QUARTER_KINDS and owner is None and m.chosen.country == home.country and not (
                # ("حي القدم بحلب": a quarter tied to the town right after it is no known quarter of Damascus)
                k + 1 < len(matches) and matches[k + 1].chosen is home
                and doc.tokens[matches[k + 1].first].sentence == doc.tokens[m.first].sentence
                and matches[k + 1].first - m.last <= 3):
            kept.append(m)   # a known quarter of another town ("حي الوعر" named after Aleppo; not of another
            # country: "في الحسكة، ... حي الزهور المجاور" is no quarter of Mosul)
        else:
            quarters[cue_tok] = m.cue or _QUARTER_WORD
    return kept, quarters


# ل + a verbal noun of a derived form (تفعيل/تفاعل, مفاعلة, استفعال/افتعال) or لل + a noun: "لتحدي",
# "لمواجهة", "لاستكمال", "للتصدي"
_PURPOSE_WORD = re.compile(r"ل(?:ت\S{3,}|م\Sا\S{2,}|ا\S{4,}|ل\S{3,})$")

_OPEN_CUE_RE = re.compile(r"(?<![^\W\d_])[وفبلك]{0,3}(?:" + "|".join(sorted(
    {c for c in OPEN_CUES} | {c[:-1] + "ت" for c in OPEN_CUES if c.endswith("ه")}, key=len, reverse=True)) + ")")


@lru_cache(maxsize=100_000)
def _open_cue(norm: str) -> str | None:
    if norm.startswith(("ال", "وال", "بال", "لل")):
        return None   # "المنطقة", "بالمدينة": a reference back, not a name
    for w, _ in _readings(norm):
        if w in OPEN_CUES:
            return w
    return None


# admin cue words that are also adjectives ("مصادر محلية"، "انتخابات بلدية"، "لجان شعبية"): written bare
# after a word other than a preposition, they qualify it
_ADJECTIVE_CUES = frozenset({"محليه", "بلديه", "شعبيه"})
_BEFORE_PLACE_WORDS = frozenset(PREPOSITIONS | CONTAINER_WORDS | {"حول", "عبر", "باتجاه", "و", "او", "ثم"})


def _open_cue_at(norm: str) -> str | None:
    """The open cue word a token starts a phrase with: it begins with one (after و/ف/ب/ل/ك,
    `_OPEN_CUE_RE`) and reads as one (`_open_cue`): "بمنطقة" → "منطقه"; "المنطقة" → None."""
    return _open_cue(norm) if _OPEN_CUE_RE.match(norm) else None


def _open_cue_mentions(doc: Doc, matched: set[int], masked: list[bool], facts: list[tuple],
                        quarters: dict[int, str] | None = None) -> list[PlaceMention]:
    """"منطقة الغربيات" where the gazetteer lacks the name: place=None, the cue and name kept.
    Only tokens whose word opens a cue phrase (`_token_facts`, `_open_cue_at`) are looked at, and
    the cue words of quarters set aside as towns elsewhere (`quarters`: token → cue, `_fit_quarters`)."""
    toks = doc.tokens
    out: list[PlaceMention] = []
    opening = compress(range(len(facts)), map(_OPEN, facts))
    if quarters:
        opening = sorted(set(opening) | set(quarters))
    for i in opening:
        t = toks[i]
        if masked[i] or i + 1 >= len(toks) or i in matched or (i + 1) in matched:
            continue
        cue = facts[i][1] or (quarters or {}).get(i)
        nxt = toks[i + 1]
        if masked[i + 1] or not nxt.norm[0].isalpha() or t.sentence != nxt.sentence:
            continue
        gap = doc.folded[t.fend:nxt.fstart]
        if gap.strip(MAX_GAP) != "" and (cue == "محور" or gap.strip(_QUOTES) != ""):
            continue   # 'جبل “يسوف”', 'معسكر «كلمة»': quotes may stand around a name ('محور «الإيذاء»' a theme)
        if i > 0 and toks[i - 1].sentence == t.sentence and canon_word(toks[i - 1].norm) in NAME_PARTICLES \
                and t.norm == cue:
            continue   # "تامر أبو جبل ومحمود": the cue word is part of a person's name
        if t.norm == cue and cue in _ADJECTIVE_CUES and i > 0 and toks[i - 1].sentence == t.sentence \
                and toks[i - 1].norm not in _BEFORE_PLACE_WORDS:
            continue   # "أفادت مصادر محلية بمقتل 25": local sources, the adjective after a noun, no district
        base = canon_word(nxt.norm)
        if nxt.norm in NOT_NAMES or base in NOT_NAMES or nxt.norm in CUES or base in CUES or len(base) < 3 \
                or nxt.norm in CUE_ADJECTIVES:
            continue
        if not nxt.norm.startswith("ال") and cue in ("منطقه", "قاعده", "محور") and base.endswith("يه"):
            continue
        if nxt.norm in _OWNER_PRONOUNS:
            continue   # "حاجز لهم"، "مقر له": whose checkpoint or office, no name
        if _PURPOSE_WORD.match(nxt.norm):
            continue   # "جعلها قاعدة لتحدي ...", "منطقة لمواجهة": ل + a verbal noun, not a name
        if _owner_word(nxt.norm) or _body_after(cue, nxt.norm) or (cue == _DIRECTORATE_CUE and nxt.norm in _DIRECTORATES):
            continue   # "حاجز لقوات الأمن", "معسكر للجيش", "معسكر قوات الأمن", "مديرية الشرطة": whose post or office
        last = i + 1
        if base in _NAME_HEADS and i + 2 < len(toks) and _joined(doc, nxt, toks[i + 2]) \
                and toks[i + 2].norm[:1].isalpha() and toks[i + 2].norm not in NOT_NAMES \
                and not (toks[i + 2].norm.startswith("ال") and toks[i + 2].norm.endswith("يه")):
            # ("منطقة دير المحاذية": an adjective after the word, not the rest of a name)
            last = i + 2   # "قرية بني زيد", "منطقة أبو غريب": the head word and the name after it
        elif (i + 2 < len(toks) and nxt.norm.startswith("ال") and toks[i + 2].norm.startswith("ال")
                and _joined(doc, nxt, toks[i + 2]) and (i + 2) not in matched
                and toks[i + 2].norm not in NOT_NAMES and toks[i + 2].norm.endswith(("يه", "ي"))
                and canon_word(toks[i + 2].norm) not in ("شماليه", "جنوبيه", "شرقيه", "غربيه", "شمالي", "جنوبي", "شرقي", "غربي")):
            last = i + 2
        front = next((f for w, f in _readings(t.norm) if w == cue), 0)
        span = doc.offsets.span(t.fstart + front, toks[last].fend)
        out.append(PlaceMention(span, None, (), cue, 0.0, "cue phrase not in the gazetteer"))
    return out


_OWNER_PRONOUNS = frozenset("له لها لهم لهما لهن لنا لكم".split())
# armed bodies a checkpoint, camp or base belongs to: "حاجز لقوات الأمن", "معسكر للجيش"
_OWNERS = frozenset(canon_word(fold_string(w)) for w in """قوات قوة وحدات عناصر مسلحي مسلحين ميليشيا ميليشيات
مليشيا مليشيات تنظيم جماعة حركة حزب كتائب كتيبة لواء فصائل فصيل دورية جيش شرطة أمن حرس درك متمردين
حوثيين ثوار معارضة مقاومة""".split())


def _owner_word(norm: str) -> bool:
    """ل + an armed body: "لقوات" (of the forces), "للجيش" (of the army)."""
    if not norm.startswith("ل") or len(norm) < 4:
        return False
    rest = "ال" + norm[2:] if norm.startswith("لل") else norm[1:]
    return canon_word(rest) in _OWNERS


# cue kinds of facilities an armed body holds: "معسكر قوات الأمن الخاصة" (the camp of the special
# security forces), "معسكر اللواء 22", "قاعدة الجيش"; a quarter or a town may bear such a word as
# its name ("حي الشرطة" in Baghdad, "مدينة الجيش")
_FACILITY_CUE_KINDS = frozenset({"base", "port", "crossing"})
_BODIES = _OWNERS | frozenset(canon_word(fold_string(w)) for w in "فرقة فرق ألوية كتائب سرية سرايا".split())


def _body_after(cue: str | None, norm: str) -> bool:
    """The word after a facility's cue word is an armed body in the construct state, with or
    without the article ("معسكر قوات", "معسكر اللواء", "قاعدة الجيش"): whose facility it is, not
    its name."""
    return CUES.get(cue or "") in _FACILITY_CUE_KINDS and canon_word(norm) in _BODIES


# words that begin a name and need the next word ("بني زيد", "أبو غريب", "عين عيسى")
_NAME_HEADS = frozenset("بني بنى ابو ام عين بير بئر تل كفر دير خربه راس ذي ذو باب".split())


def _definite(tok: Token, front: int) -> bool:
    """The name's first word carries the article: "الخمس", "بالرقة", "للرقة"."""
    return tok.norm[front:].startswith("ال") or tok.norm[:front].endswith(("ال", "لل"))


def _article_forms(gaz: Gazetteer, p: Place) -> tuple[bool, bool]:
    """(some name of the place starts with "ال", some does not), from its Arabic names."""
    memo = gaz.memo("article-forms")
    r = memo.get(p.id)
    if r is None:
        i = gaz._by_id.get(p.id)
        names = [p.name_ar]
        if i is not None:
            names += [x for x in gaz._rows[i].split("\t")[3].split("|") if x]
        firsts = [(_fold_first(n)) for n in names]
        r = memo[p.id] = (any(f.startswith("ال") for f in firsts), any(not f.startswith("ال") for f in firsts))
    return r


@lru_cache(maxsize=50_000)
def _fold_first(name: str) -> str:
    from rasd.arabic.normalize import fold_string
    return fold_string(name).split(" ")[0] if name.strip() else ""


def _nisba_countries(gaz: Gazetteer) -> dict[str, str]:
    """Nationality adjectives built from the country names: "ليبي/ليبية/ليبيون" → LY, "هندية" → IN,
    "سوري/سورية" → SY, "مصري" → EG (memoised on the gazetteer)."""
    memo = gaz.memo("nisba")
    if memo:
        return memo
    for cc, i in gaz._countries.items():
        row = gaz._rows[i].split("\t")
        for n in [row[2]] + [x for x in row[3].split("|") if x]:
            k = name_key(n)
            if not k or " " in k or len(k) < 3:
                continue
            if k.endswith("يا"):
                stem = k[:-2]
            elif k.endswith(("ا", "ه")):
                stem = k[:-1]
            else:
                stem = k
            if len(stem) < 2:
                continue
            for suf in ("ي", "يه", "يون", "يين", "يات"):
                memo.setdefault(stem + suf, cc)
    memo.setdefault("", "")   # marks the memo as built
    return memo


def _force_nisba(toks, k: int) -> bool:
    """The nationality adjective at token k tells a force's or a weapon's country ("قصف تركي"، "غارة
    أمريكية"، "قصف مدفعي تركي"، "للجيش التركي"): the attacker's, often abroad, no vote for where the
    article's places lie (a Syrian town struck by Turkey stands in Syria)."""
    for j in (k - 1, k - 2, k - 3):
        if j < 0 or toks[j].sentence != toks[k].sentence:
            return False
        w = toks[j].norm
        if any(canon_word(r) in FORCE_HEADS or canon_word(r) in _WEAPON_NOUNS for r, _ in _readings(w)):
            return True
        if w not in FORCE_MODIFIERS:
            return False
    return False


_WEAPON_NOUNS = frozenset(fold_string(w) for w in """قصف غارة غارات ضربة ضربات هجوم هجمات صاروخ صواريخ قذيفة قذائف
عدوان توغل""".split())


def _nisba_of(gaz: Gazetteer, m: _Match, tok: Token) -> str | None:
    """The country of a nationality adjective read as a place: "الهندية" (Indian, also Al Hindiyah),
    "السورية", "ليبية". A country's own name without the article ("سورية", "مالي") is the country."""
    if m.first != m.last:
        return None
    cc = _nisba_countries(gaz).get(m.key)
    if not cc:
        return None
    if not _definite(tok, m.front) and any(p.kind == "PCLI" for p in m.candidates):
        return None
    return cc


def _in_number(doc: Doc, m: _Match, index: tuple[list[int], list[int]] | None = None) -> bool:
    """The name opens on a number word of doc.numbers ("خمس" five, not Al Khums; "ست", "سبع"); a name
    a word opens and a figure closes is a place ("منطقة كيلو 16", "الكيلو 16").
    `index` (`_number_index(doc)`) answers without a pass over the numbers."""
    if not doc.numbers:
        return False
    a, b = doc.tokens[m.first].span.start, doc.tokens[m.first].span.end
    if index is not None:
        # the numbers starting before b are the first k by start: one of them overlaps iff the
        # furthest end among them passes a
        starts, reach = index
        k = bisect_left(starts, b)
        return k > 0 and reach[k - 1] > a
    return any(n.span.start < b and a < n.span.end for n in doc.numbers)


def _number_index(doc: Doc) -> tuple[list[int], list[int]]:
    """(starts, reach) of doc.numbers sorted by start: reach[k] is the furthest end of the first k+1."""
    spans = sorted((n.span.start, n.span.end) for n in doc.numbers)
    return [s for s, _ in spans], list(accumulate((e for _, e in spans), max))


# indefinite accusative nouns a nationality adjective in "-يا" follows ("قصفا تركيا"، "جنديا سوريا")
_ACCUSATIVE_HEADS = frozenset(fold_string(w) for w in """قصفا هجوما توغلا عدوانا اعتداء جنديا جنودا مواطنا
مواطنين طيرانا ضابطا تدخلا وجودا دعما ردا موقفا وفدا رتلا جيشا""".split())


# the indefinite endings (tanween) a name never takes in the news: "كميناً"، "هجومٌ"، "بقصفٍ"
_TANWEEN = frozenset("\u064b\u064c\u064d")


def _accusative_nisba(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """A one-word country name in "-يا" (تركيا، سوريا، ليبيا، روسيا) right after an indefinite accusative
    noun or "-يا" adjective is that adjective's accusative, no country: "شهدت أطراف قضاء العمادية قصفا
    مدفعيا تركيا" (a Turkish shelling, in Iraq)."""
    if m.first != m.last or m.front or m.first == 0 or not doc.tokens[m.first].norm.endswith("يا") \
            or not any(p.kind == "PCLI" for p in _lookup(gaz, m.key)):
        return False
    prev = doc.tokens[m.first - 1]
    if prev.sentence != doc.tokens[m.first].sentence or doc.article.text[prev.span.end:doc.tokens[m.first].span.start].strip():
        return False
    n = prev.norm
    return n in _ACCUSATIVE_HEADS or (len(n) >= 5 and n.endswith("يا") and not n.startswith("ال"))


def _doubtful(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """A one-word name that is far more often an ordinary word (frequent_words.tsv: "وان" / Van,
    "فيصل", "أبيض"), or written with the article when the place's name never takes it ("اللوم" blame /
    Lome, "الصور" / Tyre) or without it when it always does ("خارجة" / Al Kharijah, "مفرق" / Mafraq)."""
    if m.first != m.last or all(p.kind == "PCLI" for p in m.candidates):
        return False
    if _frequent_form(doc, m, gaz):
        return True
    if gaz.is_frequent_word(m.key) and not any(p.id.startswith("sup:") or p.kind == "REGION" for p in m.candidates):
        return True   # curated places (regions, districts) are news names, not chance readings
    definite = _definite(doc.tokens[m.first], m.front)
    for p in m.candidates:
        has_def, has_bare = _article_forms(gaz, p)
        if (definite and has_def) or (not definite and has_bare):
            return False
    return True


def _frequent_form(doc: Doc, m: _Match, gaz: Gazetteer) -> bool:
    """The one-word name read with a proclitic is, as written, a frequent ordinary word: "بحجة" (on
    the pretext), not ب + Hajjah; "كسرت" (broke), not ك + Sirte; "بأي" (with any), not ب + Bay."""
    if m.first != m.last or not m.front:
        return False
    return gaz.is_frequent_word(doc.tokens[m.first].norm)


def _admit_doubtful(doc: Doc, doubtful: list[_Match], strong: list[_Match], focus: str | None,
                    gaz: Gazetteer, territory: set[str] = frozenset()) -> list[_Match]:
    """Doubtful names stand when the same name was already read as a place in the article, or after
    a locating word (في، ب، قرب...) with a candidate that fits the article's geography: in the focus
    country, or within 150 km of a place named without doubt. With no place to read a focus from, the
    one country of the article's sides stands for it ("قصفت طائرة أمريكية مقرا للحشد الشعبي في القائم":
    Iraq's Al Qa'im, though "القائم" is far more often "existing")."""
    confirmed = {m.key for m in strong}
    if focus is None and not strong and len(territory) == 1:
        focus = next(iter(territory))
    anchors = [m.candidates[0] for m in strong if len(m.candidates) == 1 and m.candidates[0].lat is not None
               and m.candidates[0].kind != "PCLI"]
    heads = {m.first for m in strong}
    out = []
    for m in doubtful:
        if m.last + 1 in heads and not _definite(doc.tokens[m.first], m.front) and gaz.is_frequent_word(m.key):
            continue   # "قرب قلعة حلب": an ordinary word in construct with the place named after it, its landmark
        if m.key in confirmed and not _frequent_form(doc, m, gaz):
            out.append(m)
            continue
        if _frequent_form(doc, m, gaz) or not _prep_before(doc, m):
            continue
        fit = tuple(p for p in m.candidates if p.lat is not None and (
            (focus is not None and p.country == focus and (well_known(p) or not anchors))
            or any((Gazetteer.distance_km(p, a) or 1e9) < 150 for a in anchors)))
        if fit:
            m.candidates = fit
            confirmed.add(m.key)
            out.append(m)
    return out


# words that after "على" are no place: "على صعيد متصل"، "وعلى الصعيد الميداني" (a level of the news, the connective
# of every round-up, not Upper Egypt or the Shabwa district "في الصعيد")، "على لسان" (in the words of, not Al Lisan)
_LEVEL_WORDS = frozenset(fold_string(w) for w in "صعيد الصعيد لسان".split())


def add_places(doc: Doc, *, resources) -> Doc:
    """Pipeline step: doc.places from doc.tokens with `resources.gazetteer`."""
    if not doc.tokens:
        return doc.with_(places=())
    gaz: Gazetteer = resources.gazetteer
    toks = doc.tokens
    norms, facts = _token_facts(doc, gaz)
    raw, votes = find_matches(doc, gaz, (norms, facts))
    if any(m.key in _LEVEL_WORDS for m in raw):
        raw = [m for m in raw if not (m.key in _LEVEL_WORDS and m.first > 0 and toks[m.first - 1].norm in ("علي", "وعلي"))]
    numbers = _number_index(doc) if doc.numbers else None
    strong: list[_Match] = []
    weak: list[_Match] = []
    doubtful: list[_Match] = []
    cued_small: list[_Match] = []
    by_first = {m.first: m for m in raw}
    by_last = {m.last: m for m in raw}
    for m in raw:
        head, _, rest = m.key.partition(" ")
        if rest and m.last == m.first + 1 and head == _CENTRE_HEAD and m.front == 0 \
                and not any(map(well_known, _lookup(gaz, m.key))) and any(map(well_known, _lookup(gaz, rest))):
            # "في وسط بيروت": the city's centre (the distance reader takes "وسط"), not a quarter the
            # gazetteer names so and knows no country for
            m = _Match(m.first + 1, m.last, 0, rest, _lookup(gaz, rest))
        if rest and m.last == m.first + 1 and head in INSTITUTIONS and m.front == 0 \
                and any(map(well_known, _lookup(gaz, rest))):
            # "جامعة الخرطوم" (a campus GeoNames lists on its own, too small to stand uncued): the city
            # it is named after, as for "جامعة دمشق"
            m = _Match(m.first + 1, m.last, 0, rest, _lookup(gaz, rest))
        if _outlet_name(doc, m):
            continue   # "وقال مصدر لـ«عدن الغد»": the outlet told to, not Aden
        if m.front == 0 and m.first > 0 and m.key in _SYMBOLIC_NAMES and toks[m.first - 1].sentence == toks[m.first].sentence \
                and toks[m.first - 1].norm.lstrip("وبل") in _UNIT_NAME_HEADS:
            continue   # "القيادي في سرايا القدس"، "فيلق القدس": a unit named for Jerusalem fights elsewhere ("كتيبة
            # طولكرم" fights at Tulkarm: events place it so, `_local_fighters_of`)
        if _accusative_nisba(doc, m, gaz):
            continue   # "قصفا مدفعيا تركيا"، "12 جنديا سوريا": Turkish, Syrian, no country named
        m.cue, m.cue_token = _cue_before(doc, m, facts)
        if m.cue is None:
            m.cue, m.cue_token = _list_cue(doc, m, by_last)
        if m.cue is None and m.front == 0 and m.key.partition(" ")[0] in _SQUARE_HEADS \
                and (sq := _lookup(gaz, m.key)) and all(p.kind == "DISTRICT" for p in sq):
            # "تظاهر آلاف المصريين في ميدان التحرير": a square the gazetteer names in full is a known
            # quarter of its city though the city goes unnamed (the square's word is its cue)
            m.cue = _SQUARE_CUE
        if m.cue is None and m.first == m.last and not _TANWEEN.isdisjoint(doc.span_text(toks[m.first].span)):
            continue   # "هاجم مسلحون كميناً": a noun written with its indefinite ending is no name (an
            # ambush, not the Chadian quarter Kamina)
        if m.cue is None and (m.uncued_drop if m.uncued_drop is not None
                              else gaz.cue_only(m.key) and m.key not in CUES):
            continue   # a village named by an ordinary word ("طويلة"), and no cue word before it
        if _allied_with(doc, m):
            continue   # "المتحالفة مع مدينة الزنتان": the side's town, not the place of the act
        if m.cue_token is not None and m.front == 0 and _body_after(m.cue, toks[m.first].norm):
            continue   # "معسكر الجيش": the army's camp, not the Yemeni village Al Jaysh
        head, _, rest = m.key.partition(" ")
        if (rest in CUE_ADJECTIVES and _canon(head) in CUES and not _definite(toks[m.last], 0)) or (
                m.cue is not None and m.key in CUE_ADJECTIVES and not _definite(toks[m.first], m.front)):
            continue   # "قرية جديدة": a new village (GeoNames lists villages so named, the news means none)
        m.hint = _country_hint(doc, m, facts)
        before = _word_before(doc, m, facts)
        if before is not None and before[4] and not (" " in m.key and _canon(head) in CUES):
            # ("ثلاثة صواريخ مطار عدن": a name opening on its own cue word names no missile)
            continue   # "أبو العلا ماضي", "مولاي الرشيد", "شارع القدس", "اتفاق أبوجا"
        if _centre_named_after(doc, m):
            continue   # "مركز واغادوغو للمؤتمرات" in Sirte: a centre named after a city, for a purpose
        if m.first == m.last and m.front == 0 and m.key in LANDMARK_NOUNS and _definite(toks[m.first], 0) \
                and m.last + 1 < len(toks) and toks[m.last + 1].sentence == toks[m.last].sentence \
                and _definite(toks[m.last + 1], 0) and toks[m.last + 1].norm.endswith(("ي", "يه")):
            continue   # "في محيط القصر الجمهوري"، "المجمع الحكومي": a landmark described, no village named
        if m.first == m.last and m.key in GENERIC_NOUNS and CUES.get(m.cue or "") != "admin":
            continue   # "المدينة", "حي المدينة", "الساحل": a common noun, not Medina or Sahel
        if m.first == m.last and m.key in CONSTRUCT_HEADS and CUES.get(m.cue or "") not in _ADMIN_KINDS \
                and _construct_head(doc, m, facts):
            continue   # "(منطقة) بحيرة تشاد" (a lake, not the Lac region), "بورصة نيويورك" (an exchange, not Bursa)
        if m.first == m.last and m.cue is None and m.last + 1 in by_first and not _definite(toks[m.first], m.front) \
                and any(_before_info(toks[m.first].norm[m.front:])[4:6]):
            continue   # "على تلة الموصل"، "قرب سوق حلب": the word a landmark is named by, not At Tallah
        m.candidates = _lookup(gaz, m.key)
        if m.candidates and any(p.kind in ("PCLI", "PPLC") for p in m.candidates) and _backer_before(doc, m):
            continue   # "ميليشيات موالية لإيران"، "الفصائل الموالية لأنقرة"، "بقيادة الولايات المتحدة": who backs
            # or leads a side, not where the act was
        if len(m.candidates) > 1 and any(p.id.startswith("sup:") and p.kind == "DISTRICT" for p in m.candidates):
            # "التواهي": the curated "Aden - At Tawahi" stands for the GeoNames points of that name at the
            # same spot (a district of the city, named as ACLED names it)
            sup = [p for p in m.candidates if p.id.startswith("sup:") and p.kind == "DISTRICT"]
            m.candidates = tuple(p for p in m.candidates if p in sup or not any(
                (d := gaz.distance_km(p, q)) is not None and d <= SAME_SPOT_KM for q in sup))
        if m.key == _AMMAN and m.first == m.last and any(p.kind == "PCLI" for p in m.candidates) \
                and any(p.kind == "PPLC" for p in m.candidates) and not _sultanate(doc, m, gaz):
            # "تظاهر الآلاف في عمان": the Jordanian capital; the country is "سلطنة عمان", or told by its
            # people ("العماني") or its capital (Muscat) in the article
            m.candidates = tuple(p for p in m.candidates if p.kind != "PCLI")
        if CUES.get(m.cue or "") == "admin" and m.cue_token is not None and m.cue not in LIST_CUES \
                and all(p.kind == "PCLI" for p in m.candidates):
            continue   # "ولاية النيجر" in Nigeria: a country is no province (the Latin admin1 list may have
            # it); "بمحافظات مصر" (Egypt's governorates) stays
        head, _, rest = m.key.partition(" ")
        if rest and " " not in rest and _canon(head) in SMALL_CUES:
            # "قرية المهدية": a village literally so named (Kirkuk's Qaryat al Mahdiyah), or the
            # village Al Mahdiyah after its cue word (the Sinai one): both readings stand
            more = tuple(p for p in _lookup(gaz, rest) if p not in m.candidates)
            if more:
                m.candidates = m.candidates + more
        cont = _stated_container(doc, gaz, m, by_first, facts)
        member = m
        for _ in range(6):
            # "بلدات الطيبة وصيدا والنعيمة في ريف درعا": the unit after a list holds each name of it
            if cont is not None or (member := by_first.get(member.last + 1)) is None or not (
                    member.front and toks[member.first].norm[0] == "و") \
                    or toks[member.first].sentence != toks[m.first].sentence:
                break
            cont = _stated_container(doc, gaz, member, by_first, facts)
        if cont is not None:
            inside = _inside_container(gaz, m, cont)
            if inside:
                m.candidates = inside
        elif m.candidates and (anchor := _direction_anchor(doc, m, by_first)) is not None \
                and not _is_country(refs := _lookup(gaz, anchor.key)):
            # "قرية دوما جنوب نابلس": the West Bank village, not Douma near Damascus (a side of a
            # country, "كفركلا جنوبي لبنان", is no distance from its capital: `_side_of_country`)
            near = tuple(p for p in m.candidates if any(
                (d := gaz.distance_km(p, q)) is not None and d <= ANCHOR_KM for q in refs))
            if not near and (seats := [q for q in refs if q.kind in ("PPLA", "ADM1") and q.admin1]):
                # "في السخنة شرقي حمص": a province's seat names its province too; the town lies in it
                # (Sukhnah, 160 km east of the city), not in another country
                near = tuple(p for p in m.candidates if any(
                    p.admin1 == q.admin1 and p.country == q.country for q in seats))
            if near:
                m.candidates = near
            elif anchor.key not in _ANCHOR_LINKS \
                    and (towns := [q for q in refs if well_known(q) and q.kind.startswith("PPL")]) and all(
                    (d := gaz.distance_km(p, q)) is not None and d > FAR_FROM_ANCHOR_KM
                    for p in m.candidates for q in towns):
                # (told from a town; a country or a province, "مومباي غرب الهند", is measured from afar)
                # "بلدة القيروان غرب الموصل": no place of the name lies anywhere near the place it is
                # told from (Kairouan is in Tunisia): an unknown village, placed by its direction
                continue
        if m.first != m.last and m.key.partition(" ")[0] in GENERIC_NOUNS and _definite(toks[m.first], m.front):
            # "المدينة القديمة", "المدينة الرياضية": a description; only a curated or prominent place
            # of that name (not a foreign quarter called so) may stand
            m.candidates = tuple(p for p in m.candidates if p.id.startswith("sup:")
                                 or p.kind not in _DESCRIPTIVE_KINDS or p.population >= BIG_POPULATION)
            if not m.candidates:
                continue
        if CUES.get(m.cue or "") == "district" and m.cue_token is not None:
            # "بحي المفرق في قرية بني زيد غرب بعقوبة": a quarter named after a province or a country
            # is not that unit (it stays a cue phrase the gazetteer lacks)
            m.candidates = tuple(p for p in m.candidates if p.kind not in ("PCLI", "ADM1", "REGION"))
            if not m.candidates:
                continue
        if m.cue == "عاصمه":   # "العاصمة صنعاء": only a capital follows the word; "العاصمة صباح" is a time
            big = tuple(p for p in m.candidates if KIND_RANK.get(p.kind, 0) >= 6)
            if big:
                m.candidates = big
            else:
                m.cue, m.cue_token = None, None
        if m.cue in SMALL_CUES and len(m.candidates) > 1:
            # "بلدة العين", "قرية X": a village or small town, not the city of 800,000 of that name
            small = tuple(p for p in m.candidates if p.population <= SMALL_CUE_MAX_POPULATION)
            if small:
                m.candidates = small
        cands = _admitted(m, gaz, toks)
        if not cands:
            continue
        m.candidates = cands
        if m.cue is not None and m.first == m.last and not _definite(toks[m.first], m.front) \
                and not any(_article_forms(gaz, p)[1] for p in cands) and _construct_head(doc, m, facts):
            continue   # "في حي باب توما": a name that always takes the article, here without it and
            # heading a longer name (the Bab Touma quarter, not Al Bab)
        if m.cue is None and m.first == m.last and not _definite(toks[m.first], m.front):
            # "اخلاء منزله" (his house): the bare word is a hamlet's name (Manzilah), never the city
            # whose name always takes the article (Al Manzalah, 127,000)
            bare = tuple(p for p in cands if p.kind == "PCLI" or _article_forms(gaz, p)[1])
            if bare and len(bare) < len(cands):
                cands = m.candidates = bare
        elif m.first == m.last and (len(cands) > 1 or cands[0].kind == "PCLI") and _definite(toks[m.first], m.front):
            # "بالقدس": the word with the article is Jerusalem's name, not Karaj's Persian alias
            # "قدس" that never takes it (a country is no exception: "التشيلي" is the Chilean,
            # "المالي" financial); a place's own main name stays whatever its article ("العديسة"
            # for the village "عديسة"), a country's only if it takes the article
            full = tuple(p for p in cands if _article_forms(gaz, p)[0]
                         or p.kind != "PCLI" and name_key(p.name_ar) == m.key)
            if not full and all(p.kind == "PCLI" for p in cands) and not _after_preposition(doc, m) \
                    and not (m.front and toks[m.first].norm[0] == "و" and (m.first - 1) in by_last):
                continue   # ("في الباكستان", "الأردن والباكستان": after a preposition or a name, the country)
            if full and len(full) < len(cands):
                cands = m.candidates = full
        if m.cue is None:
            if not any(p.kind == "PCLI" for p in cands):
                def known_at(k: int) -> bool:
                    return k in by_first and any(map(well_known, _lookup(gaz, by_first[k].key)))
                if _titled_name(doc, m, known_at):
                    continue   # "وزير الداخلية الزبير بشير طه": a person's first name, not Az Zubayr
                if _family_named(doc, m, known_at, gaz):
                    continue   # "واغتال مسلحون مجهولون رياض النوري مدير مكتب": a man, not Riyadh
                if _person_apposition(doc, m):
                    continue   # "كاتي، وهي طالبة في جامعة كولورادو": a woman, not Kati in Mali
            cc = _nisba_of(gaz, m, toks[m.first])
            if cc is not None:
                if not _force_nisba(toks, m.first) and not fire_source(doc, toks[m.first].span.start):
                    votes[cc] += 1
                continue
            if _in_number(doc, m, numbers):
                continue
            if _doubtful(doc, m, gaz):
                doubtful.append(m)
                continue
        if m.cue is not None:
            if any(well_known(p) for p in cands) or m.cue_token is None and " " in m.key:
                strong.append(m)
            else:
                cued_small.append(m)
        else:
            known = tuple(p for p in cands if well_known(p))
            if known and all(p.kind == "ADM2" for p in known):
                # "شن طيران التحالف غارات على الدريهمي": a district named bare, no admin word, is its
                # seat town (the district unit itself needs "مديرية" before it)
                known += tuple(p for p in cands if p.kind in _SEAT_KINDS and any(
                    (d := gaz.distance_km(p, q)) is not None and d <= SEAT_KM for q in known))
            if known:
                m.candidates = known
                strong.append(m)
            else:
                weak.append(m)
    for m in strong:
        if any(p.kind == "PCLI" for p in m.candidates) and any(p.kind in ("PPLC", "PPLA") for p in m.candidates) \
                and _ROAD_NAME.search(fold_between(doc, max(0, doc.tokens[m.first].span.start - 30),
                                                   doc.tokens[m.first].span.start)):
            # "طريق بغداد عمان الدولي": a road joins towns (Amman), not a country (Oman)
            m.candidates = tuple(p for p in m.candidates if p.kind in ("PPLC", "PPLA"))
    filed: list[str] = []
    people = _people_countries(doc, gaz, facts)
    actors = getattr(resources, "actors", None)   # (a gazetteer-only bundle has none: geocode's)
    territory: set[str] = set()
    if actors is not None:
        # "قتل ثلاثة من الحشد الشعبي ... في ناحية ربيعة": a side that fights in one country only says
        # where, as a nationality word does (Iraq's Rabia, not Latakia's)
        from rasd.extract.actors import territory_countries
        territory = territory_countries(doc, actors)
    if any(m.key == _WESTERN_DESERT for m in strong):
        # "في الصحراء الغربية من محافظة الأنبار"، "جنديا مصريا ... بالصحراء الغربية": Iraq's or Egypt's western
        # desert, not Western Sahara, when the article's people or places are of another country
        others = (people | {m.candidates[0].country for m in strong if m.key != _WESTERN_DESERT
                            and len({p.country for p in m.candidates}) == 1}) - _SAHARA_COUNTRIES
        if others:
            strong = [m for m in strong if m.key != _WESTERN_DESERT]
    tally = article_votes(strong, votes, gaz, doc, filed, people)
    focus = tally.most_common(1)[0][0] if tally else None
    # a focus read from the dateline alone ranks candidates, it filters none out ("بيروت (رويترز) - ...
    # قرية الهبيط": the Syrian village stands though no other place names Syria)
    sure = None if filed and set(tally) == set(filed) and sum(tally.values()) <= DATELINE_VOTE * len(filed) + 1e-9 else focus
    named = frozenset(m.candidates[0].country for m in strong
                      if len(m.candidates) == 1 and m.candidates[0].kind == "PCLI")
    strong = [m for m in strong if _keep_foreign(doc, m, sure, gaz, named)]
    anchors = _anchors(strong)
    if sure is not None and territory and sure not in territory and any(
            m.cue_token is not None and any(p.country in territory for p in m.candidates) for m in strong):
        # "برصاص قوات الاحتلال في حي الطور": the sides fight in the West Bank, and a cued name has a reading
        # there beside the Sinai town that alone made the article's focus: no focus filters the article's
        # names (the sides' country weighs them later)
        sure = None
    for m in strong:
        if m.cue is not None and m.cue_token is not None:
            m.candidates = _fit_cue(m, sure, anchors, well_known_ok=True)
    strong = [m for m in strong if m.candidates]
    fellows = [m for m in strong + cued_small + weak if m.candidates] if len(weak) + len(cued_small) > 0 else []
    matches = sorted(strong + _admit_cued_small(cued_small, strong, sure, doc, fellows)
                     + _admit_small(doc, weak, strong, sure, fellows)
                     + _admit_doubtful(doc, doubtful, strong, sure, gaz, territory), key=lambda m: m.first)
    placed = _placed_countries(matches)
    matches = _fit_named(matches, _named_countries(doc, matches, votes, gaz, facts, placed, people), placed,
                         _agent_countries(doc, facts), territory)
    for m in matches:
        m.definite = _definite(toks[m.first], m.front)
    _side_of_country(doc, matches, gaz)
    _choose(matches, focus, gaz)
    matches, quarters = _fit_quarters(doc, matches, gaz)
    out: list[PlaceMention] = []
    matched_tokens: set[int] = set()
    for m in matches:
        ft = toks[m.first]
        span = doc.offsets.span(ft.fstart + m.front, toks[m.last].fend)
        matched_tokens.update(range(m.first, m.last + 1))
        if m.cue_token is not None and m.cue_token == m.first - 1:
            # (a list's cue word is its first member's: "أحياء الروضة والجحملية" keeps the unknown quarter
            # "أحياء الروضة" beside the known "الجحملية")
            matched_tokens.add(m.cue_token)
        why = "; ".join(m.why)
        before = _word_before(doc, m, facts)
        if before is not None and before[5]:
            why += f"; {FACILITY_WHY}"   # "سوق الكرادة", "جامعة بغداد": the geocoder prefers another place
        out.append(PlaceMention(span, m.chosen, m.candidates, m.cue, m.score, why))
    unknown = _open_cue_mentions(doc, matched_tokens, _masked_flags(doc), facts, quarters)
    if unknown:
        # "حي باب طبرق" (a quarter of Derna): the town named inside a longer unknown name is no mention
        out = [m for m in out if not any(u.span.start <= m.span.start and m.span.end <= u.span.end
                                         and u.span != m.span for u in unknown)]
        # "مديرية دند غوري في ولاية بغلان": a name right after an unknown one, with nothing between, is the
        # rest of it when it lies outside the article's country (no Gori in Georgia)
        def abroad(m: PlaceMention) -> bool:
            others = {o.place.country for o in out if o is not m and o.place is not None
                      and doc.sentence_of(o.span) == doc.sentence_of(m.span)}
            return bool(others) and m.place.country not in others
        out = [m for m in out if not (m.place is not None and m.cue is None
                                      and m.place.kind not in ("PCLI", "ADM1", "REGION")
                                      and any(0 <= m.span.start - u.span.end <= 1 for u in unknown) and abroad(m))]
    out.extend(latin_places.resolve(doc, gaz, unknown, out, matched_tokens))
    admin = latin_places.resolve_admin1(doc, gaz, out, matched_tokens,
                                        lambda lo, hi: nationality_countries(doc, gaz, lo, hi))
    if admin:   # "محافظة سيستان وبلوشستان": the unit's name holds what the gazetteer found in it
        out = [m for m in out if not any(a.span.start <= m.span.start and m.span.end <= a.span.end for a in admin)]
        out.extend(admin)
    out.extend(_capital_mentions(doc, gaz, matched_tokens, focus, facts, out))
    if _BANK_WORD in doc.folded:
        out.extend(_west_bank_mentions(doc, gaz, matched_tokens, tally))
    out.sort(key=lambda p: p.span.start)
    return doc.with_(places=tuple(out))


CAPITAL_CONTEXT_SENTENCES = 2


# verbs of a sentence that tells a reaction, a visit or a transfer, not an event: "ورحبت الحكومة الشرعية في
# الرياض"، "واستقبل الرئيس الروسي في موسكو"، "ونقلت طائرة تركية الجرحى إلى أنقرة"
_ASIDE_VERBS = frozenset(fold_string(w) for w in """رحب رحبت ورحب ورحبت ندد نددت وندد ونددت دان دانت ودان ودانت
أدان أدانت وأدان وأدانت استقبل استقبلت واستقبل واستقبلت زار زارت وزار وزارت نقل نقلت ونقل ونقلت نقلوا
أجلى أجلت وأجلى وأجلت التقى التقت والتقى والتقت""".split())


def _aside_place(doc: Doc, m: PlaceMention, starts: list[int]) -> bool:
    """A place told after "إلى" (where someone was taken) or in a sentence of a reaction, a visit or a
    transfer (`_ASIDE_VERBS`): no antecedent for "العاصمة" (`starts`: the tokens' start offsets)."""
    k = bisect_right(starts, m.span.start) - 1
    if k < 0:
        return False
    toks = doc.tokens
    if k > 0 and toks[k - 1].norm in ("الي", "والي"):
        return True
    si = toks[k].sentence
    j = k
    while j > 0 and toks[j - 1].sentence == si:
        j -= 1
    return any(toks[q].norm in _ASIDE_VERBS for q in range(j, k))


def _recent_country(doc: Doc, known: list[PlaceMention], at: Span) -> str | None:
    """The country of the place named last before `at`, in its sentence or the two before it."""
    start = at.start
    si = doc.sentence_of(at)
    starts = [t.span.start for t in doc.tokens]
    best = None
    for m in sorted((m for m in known if m.place is not None and m.place.country and m.span.end <= start),
                    key=lambda m: m.span.start, reverse=True):
        if not _aside_place(doc, m, starts):
            best = m
            break
    if best is None or si is None or si - (doc.sentence_of(best.span) or 0) > CAPITAL_CONTEXT_SENTENCES:
        return None
    return best.place.country


# "العاصمة المؤقتة عدن"، "العاصمة الاقتصادية"، "العاصمة الإدارية الجديدة": a capital by its role, its name after
_CAPITAL_ADJECTIVES = frozenset(fold_string(w) for w in """المؤقتة المؤقته الاقتصادية التجارية السياسية الإدارية
الادارية الثانية الثقافية الشتوية الصيفية التاريخية الروحية""".split())


def _capital_mentions(doc: Doc, gaz: Gazetteer, matched: set[int], focus: str | None,
                      facts: list[tuple] | None = None, known: list[PlaceMention] = ()) -> list[PlaceMention]:
    """"العاصمة" with no name after it: the capital of the country named next (العاصمة الليبية), else
    of the country of the place named last within two sentences before it ("... في بغداد. وقتل سبعة
    ... وسط العاصمة", in an article that also tells of Kabul), else of the article's focus country."""
    toks = doc.tokens
    out = []
    nationals: str | None = None
    if facts is not None:
        capitals = compress(range(len(toks)), map(_CAPITAL, facts))
    else:
        capitals = (i for i, t in enumerate(toks)
                    if "عاصمه" in t.norm and any(w == "عاصمه" for w, _ in _readings(t.norm)))
    for i in capitals:
        t = toks[i]
        if i in matched:
            continue
        # "العاصمة" alone is the focus country's capital; "عاصمة" without the article needs the
        # country after it ("عاصمة ليبية" is no phrase, "عاصمة الخلافة" no place)
        definite = "العاصمه" in t.norm or "لعاصمه" in t.norm
        if definite and focus is None and nationals is None:
            # no place names the country: the one the nationality words name most ("جنديان عراقيان
            # ... شمال العاصمة" → Baghdad), when one leads
            tally = nationality_countries(doc, gaz).most_common(2)
            nationals = tally[0][0] if tally and (len(tally) == 1 or tally[0][1] > tally[1][1]) else ""
        recent = _recent_country(doc, known, t.span) if definite and known else None
        country, last = ((recent or focus or nationals or None) if definite else None), i
        if i + 1 < len(toks) and _joined(doc, t, toks[i + 1]):
            sw = gaz.stopword(canon_word(toks[i + 1].norm))
            if sw is not None and sw.reason == "nationality" and sw.country:
                country, last = sw.country, i + 1
            elif (i + 1) in matched:
                continue
            elif (i + 2) in matched and toks[i + 1].norm in _CAPITAL_ADJECTIVES and _joined(doc, toks[i + 1], toks[i + 2]):
                continue   # "بالعاصمة المؤقتة عدن"، "العاصمة الاقتصادية الدار البيضاء": the name follows
            elif not definite:
                continue
        cap = gaz.capital(country) if country else None
        if cap is None:
            continue
        front = next((f for s, f, b in stems(t.norm) if not b and canon_word(s) == "عاصمه"), 0)
        span = doc.offsets.span(t.fstart + front, toks[last].fend)
        why = f"{cap.name} ({cap.country}, PPLC); 'the capital' of " + ("the country named" if last > i else "the country of the place named before" if recent
                                                        else "the focus country" if focus else "the nationality words' country")
        out.append(PlaceMention(span, cap, (cap,), "عاصمه", 1.0, why))
    return out


_BANK_WORD = "ضفه"
WEST_BANK_ID = "285153"
_PALESTINIAN_STORY = ("PS", "IL")


def _west_bank_mentions(doc: Doc, gaz: Gazetteer, matched: set[int], tally: Counter) -> list[PlaceMention]:
    """"الضفة" alone ("في الضفة"، "بالضفة"، "والضفة وقطاع غزة") in a story whose countries are
    Palestine or Israel (its places, else its nationality words: "فلسطينيين"، "الإسرائيلي") is the
    West Bank, as Palestinian and Israeli news write it. The word followed by an adjective or a
    genitive ("الضفة الأخرى"، "الضفة الشرقية لنهر") or without the article ("ضفة النهر") is a bank."""
    toks = doc.tokens
    story = tally.most_common(1)[0][0] if tally else None
    if story is None:
        top = nationality_countries(doc, gaz).most_common(1)
        story = top[0][0] if top else None
    if story not in _PALESTINIAN_STORY:
        return []
    bank = gaz.get(WEST_BANK_ID)
    if bank is None:
        return []
    out = []
    for i, t in enumerate(toks):
        if i in matched or _BANK_WORD not in t.norm:
            continue
        front = next((f for s, f, b in stems(t.norm) if not b and s == "ال" + _BANK_WORD), None)
        if front is None:
            continue
        if i + 1 < len(toks) and _joined(doc, t, toks[i + 1]) and toks[i + 1].norm.startswith("ال"):
            continue   # "الضفة الأخرى"، "الضفة الشرقية": a bank described
        span = doc.offsets.span(t.fstart + front, t.fend)
        why = f"{bank.name} ({bank.country}, {bank.kind}); 'الضفة' alone in a Palestinian or Israeli story"
        out.append(PlaceMention(span, bank, (bank,), None, 1.0, why))
    return out


def article_focus_country(doc: Doc, gaz: Gazetteer) -> str | None:
    """The article's focus country (ISO alpha-2) from its place mentions (recomputed from doc.places)."""
    tally: Counter = Counter()
    for k, p in enumerate(doc.places):
        if p.place is None or p.place.kind == "PCLI" and neighbour_mention(doc, p.span.start):
            continue
        if k == 0 and p.span.start < 40 and dateline_place(doc, p.span.start, p.span.end):
            tally[p.place.country] += DATELINE_VOTE   # where the story was filed
            continue
        w = 2.0 if p.place.kind == "PCLI" else 1.0
        if len({c.country for c in p.candidates}) > 1:
            w *= 0.5
        if k < 2 and p.span.start < 80:
            w += 1.0
        tally[p.place.country] += w
    return tally.most_common(1)[0][0] if tally else None
