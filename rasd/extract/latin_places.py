"""Foreign towns the Arabic gazetteer lacks, found by their Latin name's consonant skeleton.

GeoNames gives no Arabic spelling for most towns of Turkey, India, Pakistan, Afghanistan or
Nigeria, so "منطقة ليجي" (Lice) or "في غورداسبور بولاية البنجاب" (Gurdaspur) stay unknown to the
gazetteer; others it has only under a name the news rarely uses (Silvan as "ميافارقين": "بلدة
سيلوان بإقليم ديار بكر" finds the shipped row by its Latin name). `resolve` takes the names the places step found no place for, and looks their consonant
skeleton (rasd.arabic.translit) up among the Latin-only places (`Gazetteer.latin`). A loose match
must be narrowed, so a name is placed only when

* it stands where a place name stands: after a place cue word ("منطقة ليجي", "بلدة X") or between
  "في" and a province ("في غورداسبور بولاية البنجاب", "في X، محافظة Y"); it has no article "ال"
  (an Arabic word, not a foreign name);
* and the article ties it down: a town in the province the article names, near its capital (Lice
  in Diyarbakır, 70 km from Diyarbakir), or, for a skeleton of four or more consonants, a town
  of a country the article names within two sentences before it (Gurdaspur, India).

An admin1 unit the gazetteer lacks (`resolve_admin1`) is found the same way after an admin cue
word, in a country the article names: "بولاية البنجاب الهندية" (Punjab, India), "ولاية زمفارا"
in a story on Nigeria, "محافظة سيستان وبلوشستان" in one on Iran.

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "قتل شرطيان في الهجوم على مركز للشرطة في الهند. ووقع الهجوم في غورداسبور بولاية البنجاب."),
...           until="places")
>>> [(doc.span_text(p.span), p.place.name) for p in doc.places if p.place]
[('الهند', 'India'), ('غورداسبور', 'Gurdaspur'), ('البنجاب', 'Punjab')]
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from itertools import compress
from operator import attrgetter

from rasd.arabic.translit import arabic_skeleton
from rasd.model import Doc, Place, PlaceMention, Token
from rasd.resources.gazetteer import Gazetteer

MIN_COUNTRY_KEY = 4      # consonants a name needs to be placed by its country alone
TIE_KM = 150.0           # a town tied to a province the article names lies this near its capital
_TIE_KINDS = {"PPLA", "ADM1", "ADM2", "PPLA2"}
_ARABIC_ONLY = set("آؤئءعـ")   # letters an Arabic word has and a foreign name hardly ever
CONTEXT_SENTENCES = 2    # sentences before the name whose countries count
# a province after the name: "بولاية البنجاب", "بمحافظة", "في إقليم", "، محافظة دياربكر"
_PROVINCE_WORDS = {"ولايه", "محافظه", "اقليم", "مقاطعه"}
_WHY = "a Latin-only name by its consonant skeleton"
_NORM = attrgetter("norm")
# the province words "في X بولاية Y" may end on, with their proclitics
_PROVINCE_FORMS = frozenset(w for c in _PROVINCE_WORDS for w in (c, "ب" + c))
_WHY_SHIPPED = "by its Latin name's consonant skeleton"


def _fold_latin(name: str | None) -> str:
    name = (name or "").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def _province_after(doc: Doc, i: int) -> bool:
    """Token i is followed by a province phrase: "بولاية", "في محافظة", "، محافظة"."""
    toks = doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].sentence != toks[i].sentence:
        return False
    nxt = toks[i + 1].norm
    if nxt[:1] == "ب" and nxt[1:] in _PROVINCE_WORDS:
        return True
    gap = doc.folded[toks[i].fend:toks[i + 1].fstart].strip()
    if nxt == "في" and i + 2 < len(toks):
        return toks[i + 2].norm in _PROVINCE_WORDS and not gap
    return nxt in _PROVINCE_WORDS and gap in ("،", ",")


def _foreign_word(doc: Doc, tok: Token) -> bool:
    """Not an Arabic word by its look: three letters or more, no article, no hamza on a seat or
    ع ("منطقة آهلة بالسكان": a populated area)."""
    n = tok.norm
    return len(n) >= 3 and n.isalpha() and not n.startswith("ال") \
        and not _ARABIC_ONLY.intersection(doc.article.text[tok.span.start:tok.span.end])


def _named_between(doc: Doc, i: int) -> list[Token]:
    """"في X بولاية Y": the unknown word X as the name (one token)."""
    toks = doc.tokens
    if i < 1 or toks[i - 1].norm != "في" or toks[i - 1].sentence != toks[i].sentence:
        return []
    return [toks[i]] if _foreign_word(doc, toks[i]) and _province_after(doc, i) else []


def _tokens_in(doc: Doc, m: PlaceMention) -> list[Token]:
    return [t for t in doc.tokens if m.span.start <= t.span.start and t.span.end <= m.span.end]


def resolve(doc: Doc, gaz: Gazetteer, unknown: list[PlaceMention], known: list[PlaceMention],
            matched: set[int]) -> list[PlaceMention]:
    """`unknown` (cue phrases the gazetteer lacks, place=None) with those placed by skeleton
    filled in, plus the "في X بولاية Y" names found among the unmatched tokens (`matched`: the
    token indices already part of a place)."""
    placed = [m for m in known if m.place is not None and m.place.country]
    if not placed:
        return unknown
    out: list[PlaceMention] = []
    for m in unknown:
        toks = _tokens_in(doc, m)
        name = toks[1:] if len(toks) > 1 else []
        hit = _place(doc, gaz, name, placed) if name and all(_foreign_word(doc, t) for t in name) else None
        out.append(m if hit is None else PlaceMention(m.span, hit[0], (hit[0],), m.cue, 1.0, hit[1]))
    norms = list(map(_NORM, doc.tokens))
    if _PROVINCE_FORMS.isdisjoint(norms):
        return out   # (no province word: no "في X بولاية Y"; the test is one C-level pass)
    for i in compress(range(len(norms)), map("في".__eq__, norms)):
        if i in matched:
            continue
        name = _named_between(doc, i + 1)
        if not name or (i + 1) in matched:
            continue
        hit = _place(doc, gaz, name, placed)
        if hit is not None:
            out.append(PlaceMention(name[0].span, hit[0], (hit[0],), None, 1.0, hit[1]))
    return out


def _place(doc: Doc, gaz: Gazetteer, name: list[Token], placed: list[PlaceMention]) -> tuple[Place, str] | None:
    word = " ".join(t.norm for t in name)
    key = arabic_skeleton(word)
    if len(key) < 2:
        return None
    sent = name[0].sentence
    countries = {m.place.country for m in placed}
    # provinces (or their capitals) the article names: (country, admin1) -> the named places
    provinces: dict[tuple[str, str], list[Place]] = {}
    for m in placed:
        if m.place.kind in _TIE_KINDS and m.place.admin1 and m.place.lat is not None:
            provinces.setdefault((m.place.country, _fold_latin(m.place.admin1)), []).append(m.place)
    near = {m.place.country for m in placed
            if sent - CONTEXT_SENTENCES <= _sentence_of(doc, m) <= sent}
    tied: list[Place] = []
    by_country: list[Place] = []
    for cc in sorted(countries):
        for p in gaz.latin(word, cc):
            named = provinces.get((cc, _fold_latin(p.admin1)), ())
            if any(gaz.distance_km(p, q) <= TIE_KM for q in named):
                tied.append(p)
            elif cc in near and len(key) >= MIN_COUNTRY_KEY:
                by_country.append(p)
    text = doc.article.text[name[0].span.start:name[-1].span.end]

    def named(p: Place) -> tuple[Place, str]:
        # a shipped place ("ميافارقين" for Silvan) stays as the gazetteer has it
        if p.name_ar:
            return p, f"{p.name} ({p.country}, {p.kind}); {_WHY_SHIPPED} {key!r}"
        return replace(p, name_ar=text), f"{_WHY} {key!r}"
    if tied:
        best, why = named(max(tied, key=lambda p: p.population))
        return best, f"{why}, in {best.admin1} (a province the article names)"
    if by_country and len({p.country for p in by_country}) == 1:
        best, why = named(max(by_country, key=lambda p: p.population))
        return best, f"{why}, in {best.country} (named nearby)"
    return None


# "ولاية البنجاب", "بإقليم", "ومحافظة", "لمقاطعة": an admin cue word with its proclitics
ADMIN_CUES = {"ولايه", "اقليم", "محافظه", "مقاطعه"}
_CUE_PROCLITICS = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول")
MAX_ADMIN_WORDS = 3      # "ولاية أوتار براديش", "محافظة سيستان وبلوشستان"
# words that end a province's name: directions, prepositions, pronouns, verbs of the telling
_NAME_ENDS = frozenset("""شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا في من الي الى علي على
 عن مع قرب حيث التي الذي الذين بعد قبل خلال منذ حتي عند لدي بين و او ثم قد لم لن ان انه كما ايضا امس اليوم""".split())
_WHY_ADMIN = "an admin1 unit known only by its Latin name, by its consonant skeleton"


_ADMIN_CUE_FORMS = frozenset(p + c for p in _CUE_PROCLITICS for c in ADMIN_CUES)


def _admin_cue(norm: str) -> bool:
    return norm in _ADMIN_CUE_FORMS   # (one set lookup: it is asked of every word of an article)


def _province_word(doc: Doc, tok: Token, first: bool) -> bool:
    """A word of a province's name as the press writes a foreign one: letters only, no ع, no hamza
    on a seat or alone, an alef with hamza or madda only as its first letter ("آسام")."""
    n = tok.norm[2:] if first and tok.norm.startswith("ال") and len(tok.norm) > 4 else tok.norm
    if len(n) < 2 or not n.isalpha() or n in _NAME_ENDS or _admin_cue(n):
        return False
    raw = doc.article.text[tok.span.start:tok.span.end]
    return not (set("عؤئء") & set(raw)) and not (set("أإآ") & set(raw[1:].lstrip("و")))


def resolve_admin1(doc: Doc, gaz: Gazetteer, known: list[PlaceMention], matched: set[int],
                   nationality) -> list[PlaceMention]:
    """Provinces abroad the gazetteer lacks: the name after an admin cue word ("ولاية البنجاب"،
    "بإقليم X"، "محافظة سيستان وبلوشستان") spelled like a Latin admin1 name of a country the
    article names: the nationality word right after it ("بولاية البنجاب الهندية" → Punjab, IN), else
    a country named or implied within two sentences before it, else anywhere in the article (one
    country must fit). The unit stands at its capital's point. `nationality(lo, hi)`: the countries
    the nationality words of tokens lo..hi imply (a Counter); `matched` (token indices already
    placed) gains the name's tokens. A place the gazetteer found in the name's later word
    ("وبلوشستان" of "محافظة سيستان وبلوشستان") is the caller's to drop: the unit's span holds it.

    "ولاية البنجاب" with India named → Punjab (IN, ADM1); with no country named, nothing."""
    toks = doc.tokens
    out: list[PlaceMention] = []
    placed = None
    for i in compress(range(len(toks) - 1), map(_ADMIN_CUE_FORMS.__contains__, map(_NORM, toks))):
        t = toks[i]
        if not _admin_cue(t.norm) or (i + 1) in matched:
            continue
        if placed is None:
            placed = [(m, _sentence_of(doc, m)) for m in known if m.place is not None and m.place.country
                      and not _inside_name(doc, m)]
        names: list[int] = []
        for j in range(i + 1, min(i + 1 + MAX_ADMIN_WORDS, len(toks))):
            prev = toks[j - 1]
            if j in matched and not (j > i + 1 and toks[j].norm.startswith("و")) \
                    or toks[j].sentence != t.sentence or doc.folded[prev.fend:toks[j].fstart].strip() \
                    or not _province_word(doc, toks[j], j == i + 1) or (j > i + 1 and nationality(j, j + 1)):
                break
            names.append(j)
        if not names:
            continue
        hit = None
        for k in range(len(names), 0, -1):   # the longest name first: "سيستان وبلوشستان" before "سيستان"
            last = names[k - 1]
            hit = _admin1_of(doc, gaz, toks[i + 1:last + 1], last, placed, nationality)
            if hit is not None:
                break
        if hit is None:
            continue
        first = toks[i + 1]
        span = doc.offsets.span(first.fstart, toks[last].fend)
        cue = next(c for c in ADMIN_CUES if t.norm.endswith(c))
        place = replace(hit[0], name_ar=doc.article.text[span.start:span.end])
        out.append(PlaceMention(span, place, (place,), cue, 1.0, hit[1]))
        matched.update(range(i, last + 1))
    return out


def _inside_name(doc: Doc, m: PlaceMention) -> bool:
    """"سيستان وبلوشستان": a place found in the و-joined second word of a name after an admin cue
    word is no evidence of its country (Balochistan of Pakistan is not named there)."""
    toks = doc.tokens
    k = next((k for k, t in enumerate(toks) if t.span.start <= m.span.start < t.span.end), None)
    return k is not None and k >= 2 and toks[k].norm.startswith("و") and _admin_cue(toks[k - 2].norm)


def _admin1_of(doc: Doc, gaz: Gazetteer, name: list[Token], last: int, placed, nationality
               ) -> tuple[Place, str] | None:
    toks = doc.tokens
    words = [t.norm for t in name]
    if words[0].startswith("ال") and len(words[0]) > 4:
        words[0] = words[0][2:]   # "البنجاب": the article Arabic puts before a foreign name
    word = " ".join(words)
    if len(arabic_skeleton(word)) < 2:
        return None
    sent = name[0].sentence
    after = nationality(last + 1, last + 2) if last + 1 < len(toks) and toks[last + 1].sentence == sent else {}
    if after:
        tiers = [("the nationality word after it", set(after))]
    else:
        lo = next((k for k in range(last, -1, -1) if toks[k].sentence < sent - CONTEXT_SENTENCES), -1) + 1
        near = {m.place.country for m, s in placed if sent - CONTEXT_SENTENCES <= s <= sent}
        tiers = [("named nearby", near | set(nationality(lo, last + 1))),
                 ("named in the article", {m.place.country for m, _ in placed} | set(nationality(0, len(toks))))]
    for how, countries in tiers:
        hits = [p for cc in sorted(countries) for p in gaz.latin(word, cc, "ADM1")]
        if len(hits) > 1:
            # "في غورداسبور بولاية البنجاب" with India and Pakistan named: the unit of a town the
            # sentence places in it
            hits = [p for p in hits if any(m.place.country == p.country and s == sent
                                           and _fold_latin(m.place.admin1) == _fold_latin(p.admin1)
                                           for m, s in placed)]
            how = "that of a town in it named in the sentence"
        if len(hits) == 1:
            p = hits[0]
            return p, f"{p.name} ({p.country}, ADM1); {_WHY_ADMIN} {arabic_skeleton(word)!r}, its country {how}"
    return None


def _sentence_of(doc: Doc, m: PlaceMention) -> int:
    si = doc.sentence_of(m.span)
    return -1 if si is None else si
