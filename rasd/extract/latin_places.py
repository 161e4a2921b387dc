"""Foreign towns the Arabic gazetteer lacks, found by their Latin name's consonant skeleton.

GeoNames gives no Arabic spelling for most towns of Turkey, India, Pakistan, Afghanistan or
Nigeria, so "منطقة ليجي" (Lice) or "في غورداسبور بولاية البنجاب" (Gurdaspur) stay unknown to the
gazetteer. `resolve` takes the names the places step found no place for, and looks their consonant
skeleton (rasd.arabic.translit) up among the Latin-only places (`Gazetteer.latin`). A loose match
must be narrowed, so a name is placed only when

* it stands where a place name stands: after a place cue word ("منطقة ليجي", "بلدة X") or between
  "في" and a province ("في غورداسبور بولاية البنجاب", "في X، محافظة Y"); it has no article "ال"
  (an Arabic word, not a foreign name);
* and the article ties it down: a town in the province the article names, near its capital (Lice
  in Diyarbakır, 70 km from Diyarbakir), or, for a skeleton of four or more consonants, a town
  of a country the article names within two sentences before it (Gurdaspur, India).

>>> from rasd.pipeline import run
>>> from rasd.model import Article
>>> doc = run(Article("t", "قتل شرطيان في الهجوم على مركز للشرطة في الهند. ووقع الهجوم في غورداسبور بولاية البنجاب."),
...           until="places")
>>> [(doc.span_text(p.span), p.place.name) for p in doc.places if p.place]
[('الهند', 'India'), ('غورداسبور', 'Gurdaspur')]
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace

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
    for i, t in enumerate(doc.tokens):
        if i in matched or t.norm != "في":
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
    if tied:
        best = max(tied, key=lambda p: p.population)
        return replace(best, name_ar=text), f"{_WHY} {key!r}, in {best.admin1} (a province the article names)"
    if by_country and len({p.country for p in by_country}) == 1:
        best = max(by_country, key=lambda p: p.population)
        return replace(best, name_ar=text), f"{_WHY} {key!r}, in {best.country} (named nearby)"
    return None


def _sentence_of(doc: Doc, m: PlaceMention) -> int:
    for s_i, s in enumerate(doc.sentences):
        if s.start <= m.span.start < s.end:
            return s_i
    return -1
