"""Choosing an event's location the way an ACLED coder would (ACLED_CODING §4).

`locate(doc, trigger, *, gazetteer) -> (Location | None, why)`:

1. the place attached to the trigger in its sentence: a place after the trigger (joined by في/على/ب/
   قرب...) before one before it, the nearest first; a named district before the city that contains it;
   a country only when nothing finer is named;
2. else the nearest preceding place in the paragraph;
3. else the article's dateline / main place (`article_focus`).

Precision: a town or a district at its own point → 1 (a district without coordinates → its city, 2);
"near / outskirts / west of X" (a DistanceMention without km, or a direction word before the name),
"ريف X", a cue phrase the gazetteer lacks (located at its container) → 2; "N km <direction> of X" →
the great-circle destination point, 3; an admin1 unit or a country → its capital, 3 (never a
centroid).

>>> round(destination(31.2089, 16.5887, 240, 135)[0], 2)
29.67
"""
from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from rasd.arabic.normalize import fold_string
from rasd.arabic.translit import romanize
from rasd.extract.cues import BACKGROUND_OPENERS, SINCE_OPENERS, SPAN_OF, SPAN_OF_TIME
from rasd.extract.places import (_BELONGING_GAP, CUES, SOURCE_WORDS, WIDE_PROVINCE_KM, FACILITY_WHY, article_focus_country, dateline_place, fold_between, reporter_post,
                                 nationality_countries, neighbour_mention, well_known)
from rasd.model import DistanceMention, Doc, Location, Place, PlaceMention, Span
from rasd.resources.gazetteer import ADMIN_KINDS, Gazetteer

EARTH_KM = 6371.0088
AROUND_CUES = {"ريف", "ضواحي", "اطراف", "محيط", "صحراء", "باديه"}
# direction / proximity words right before a place name ("غرب سرت", "قرب سرت", "بالقرب من سرت")
_NEAR_BEFORE = re.compile(
    # (with its article, a direction is a side only as a noun: "الشرقي" after "ريف إدلب" is its adjective)
    r"(?:^|\s)(?:[وف]?(?:(?:ب|ل)(?:ال)?)?(?:شمال|جنوب|شرق|غرب)(?:ي|ي?\s+(?:شرق|غرب)ي?)?"
    r"|[وف]?ال(?:شمال|جنوب|شرق|غرب)(?:\s+(?:ال)?(?:شرق|غرب)ي?)?"
    r"|[وف]?(?:ب?القرب\s+من|قرب|قرابه|حوالي|مشارف|اطراف|ضواحي|محيط|بمحيط|باطراف|بضواحي|مداخل|مدخل))"
    r"(?:\s+(?:مدينه|بلده|قريه|العاصمه|منطقه))?\s*$")
_PARA = re.compile(r"\n\s*\n|\n")


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """Great-circle destination point `km` from (lat, lon) on initial `bearing` (degrees from north).

    >>> destination(0.0, 0.0, 111.195, 90)
    (0.0, 1.0)
    """
    d = km / EARTH_KM
    t = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(t))
    l2 = l1 + math.atan2(math.sin(t) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    lon2 = (math.degrees(l2) + 540) % 360 - 180
    return round(math.degrees(p2), 4), round(lon2, 4)


def _latin_key(name: str | None) -> str:
    name = unicodedata.normalize("NFKD", (name or "").replace("ı", "i"))
    return "".join(c for c in name if c.isalpha() and not unicodedata.combining(c)).lower()


def _names_its_admin1(place: Place) -> bool:
    """A town whose admin1 unit bears its name (Kaduna in Kaduna State, Kano): the unit's capital."""
    return (place.kind.startswith("PPL") or place.kind == "TOWN") and bool(place.admin1) \
        and _latin_key(place.admin1) == _latin_key(place.name)   # (a curated town row too: "ولاية غزني")


def location_of(place: Place, *, precision: int = 1, gazetteer: Gazetteer) -> Location:
    """The Location of a gazetteer place. An admin1 unit or a country stands at its capital with
    precision 3; a district without coordinates at its city with precision 2. (Cached with the
    gazetteer per place object and precision: an article asks it for the same places again.)"""
    memo = gazetteer.memo("location-of")
    key = (id(place), precision)
    hit = memo.get(key)
    if hit is not None and hit[0] is place:   # the memo holds the place: its id is not reused
        return hit[1]
    loc = _location_of(place, precision, gazetteer)
    if len(memo) >= 200_000:
        memo.clear()
    memo[key] = (place, loc)
    return loc


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def _location_of(place: Place, precision: int, gazetteer: Gazetteer) -> Location:
    alias = gazetteer.alias_of(place)
    if alias is not None:   # a curated news spelling of a gazetteer town: the town itself
        place = alias
    town = gazetteer.main_town(place)
    if place.kind == "ADM2" and town is not place:
        # "في مديرية حيس"، "قضاء تلعفر": a district, a named part of a province, at its main town
        # (ACLED_CODING §4: precision 2)
        precision = max(precision, 2)
    elif town is not place or place.kind in ("PCLI", "ADM1"):
        precision = 3
    elif place.parent and (par := gazetteer.parent(place)) is not None \
            and (place.lat is None or (place.lat, place.lon) == (par.lat, par.lon)):
        # a row with no point of its own (the gazetteer lends it its parent's): near that town
        town, precision = par, max(precision, 2)
    admin1 = place.admin1 if place.kind == "ADM1" else (town.admin1 or place.admin1)
    if place.kind == "ADM1" and not admin1:
        admin1 = place.name
    name = town.name
    if _ARABIC_LETTER.search(name):
        # an OSM village with no Latin name: the English field gets a romanized one
        name = romanize(town.name_ar or name)
    return Location(name=name, name_ar=town.name_ar, latitude=town.lat, longitude=town.lon,
                    geo_precision=precision, admin1=admin1, country=gazetteer.country_name(town.country),
                    geonameid=town.id, iso=town.country)


# answers kept for the doc being read (locate runs once per event cue of the doc, over the same
# places): (doc, {key: value}), replaced when another doc comes
_DOC_MEMO: tuple = (None, {})


def _doc_memo(doc: Doc) -> dict:
    global _DOC_MEMO
    held, memo = _DOC_MEMO
    if held is not doc:
        memo = {}
        _DOC_MEMO = (doc, memo)
    return memo


def article_focus(doc: Doc, gazetteer: Gazetteer) -> tuple[Place | None, str | None]:
    """(main place, focus country) of the article: the dateline place, else the most-mentioned
    town of the focus country, else that country's capital.

    "طرابلس - قتل أربعة..." → (Tripoli, "LY")."""
    memo = _doc_memo(doc)
    hit = memo.get("focus")
    if hit is not None and hit[0] is gazetteer:
        return hit[1]
    r = _article_focus(doc, gazetteer)
    memo["focus"] = (gazetteer, r)
    return r


def _article_focus(doc: Doc, gazetteer: Gazetteer) -> tuple[Place | None, str | None]:
    country = article_focus_country(doc, gazetteer)
    # a take-off site ("مقاتلات أقلعت من قاعدة في دياربكر") is no main place of the article
    known = [p for p in doc.places if p.place is not None and not _launch_site(doc, p)]
    if known and known[0].span.start < 60:
        head = doc.text[known[0].span.end:known[0].span.end + 25]
        first = known[0].place
        if re.match(r"\s*(?:\)|\(|[^\n]{0,20}?\))?\s*[-–—:]", head) and first.kind not in ("PCLI",):
            return first, country
    towns = Counter(p.place.id for p in known if p.place.kind not in ("PCLI", "ADM1", "ADM2", "REGION")
                    and (country is None or p.place.country == country))
    if towns:
        best = max(towns.items(), key=lambda kv: (kv[1], -_first_index(known, kv[0])))[0]
        return gazetteer.get(best), country
    if country:
        return gazetteer.capital(country), country
    return None, None


def _first_index(mentions: list[PlaceMention], pid: str) -> int:
    for k, m in enumerate(mentions):
        if m.place is not None and m.place.id == pid:
            return k
    return 10**6


def _distance_for(doc: Doc, m: PlaceMention) -> DistanceMention | None:
    for d in doc.distances:
        if d.anchor.overlaps(m.span) or d.span.contains(m.span):
            return d
    return None


def _memoised(doc: Doc, key, compute):
    """compute() once per document and key: the geocoder asks about one mention many times."""
    memo = _doc_memo(doc)
    r = memo.get(key)
    if r is None:
        r = memo[key] = compute()
    return r


def _match_before(doc: Doc, m: PlaceMention, name: str, pattern: re.Pattern, width: int) -> int:
    """Where `pattern` (anchored at its end) matches in the folded `width` characters before mention
    m: an offset into the text (at most the fold's: folding only drops characters), or -1."""
    start = m.span.start
    memo = _doc_memo(doc)   # `_memoised`, inline (~45 calls an article)
    key = (name, start)
    r = memo.get(key)
    if r is None:
        lo = max(0, start - width)
        hit = pattern.search(fold_between(doc, lo, start))
        r = memo[key] = -1 if hit is None else lo + hit.start()
    return r


def _token_starts(doc: Doc) -> list[int]:
    return _memoised(doc, "token-starts", lambda: [t.span.start for t in doc.tokens])


def _near_word_before(doc: Doc, m: PlaceMention) -> bool:
    return _match_before(doc, m, "near", _NEAR_BEFORE, 40) >= 0


def _own_country(doc: Doc, sentence: Span, neighbours: set[str], gazetteer: Gazetteer
                 ) -> tuple[Location, str] | None:
    """The one country a nationality adjective of the sentence names, other than its neighbours:
    "ضربة جوية استهدفت المنطقة القبلية الباكستانية المحاذية لأفغانستان" → Pakistan (precision 3)."""
    lo, hi = _token_range(doc, sentence)
    own = set(nationality_countries(doc, gazetteer, lo, hi)) - neighbours
    return _at_capital(own, gazetteer, "'{}' in the sentence: a nationality word; the other country named is not "
                                       "where it happened ({}, country only, at the capital, precision 3)")


def _token_range(doc: Doc, sentence: Span) -> tuple[int, int]:
    """The first tokens starting at or after the sentence's start and its end (tokens are in text order)."""
    starts = _token_starts(doc)
    return bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)


def _at_capital(countries: set[str], gazetteer: Gazetteer, why: str) -> tuple[Location, str] | None:
    """The one country of `countries` at its capital, precision 3, with `why` (its name filled in, every
    '{}'); None when there is not exactly one known country."""
    if len(countries) != 1:
        return None
    country = gazetteer.country(next(iter(countries)))
    if country is None:
        return None
    return location_of(country, precision=3, gazetteer=gazetteer), why.replace("{}", country.name)


# "في عدة مدن مغربية"، "قرى سورية": towns told only by the country's adjective
_TOWNS_WORDS = frozenset(fold_string(w) for w in """مدن مدينة المدن قرى قرية القرى بلدات بلدة مناطق منطقة المناطق
محافظات ولايات أقاليم""".split())


def _towns_of_a_country(doc: Doc, sentence: Span, gazetteer: Gazetteer) -> tuple[Location, str] | None:
    """A sentence that names no place but towns of a country by its adjective ("خرجت مظاهرات في عدة
    مدن مغربية"): that country, at its capital, precision 3."""
    starts = _token_starts(doc)
    lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    toks = doc.tokens
    for k in range(lo, hi - 1):
        if toks[k].norm in _TOWNS_WORDS or toks[k].norm.lstrip("وفب") in _TOWNS_WORDS:
            if toks[k + 1].norm.startswith("ال") and not toks[k].norm.lstrip("وفب").startswith("ال"):
                continue   # "بلدة الصينية": a town's name in the genitive, no adjective ("بلدة صينية")
            cc = next(iter(nationality_countries(doc, gazetteer, k + 1, k + 2)), None)
            country = gazetteer.country(cc) if cc else None
            if country is not None:
                loc = location_of(country, precision=3, gazetteer=gazetteer)
                return loc, (f"'{doc.span_text(Span(toks[k].span.start, toks[k + 1].span.end))}': towns of "
                             f"{country.name} by its adjective (country only, at the capital, precision 3)")
            # "أوقفت قوات الأمن المغربية خلية ... في مدن عدة": the towns of the state whose forces act there
            # (several towns told as such; the first force named in the sentence, at home)
            if not _SEVERAL_CITIES.search(fold_between(doc, toks[max(lo, k - 2)].span.start, toks[min(hi - 1, k + 2)].span.end)):
                continue
            own = next((a.actor.country for a in doc.actors if sentence.contains(a.span) and a.actor.kind == "state"
                        and a.actor.inter == 1 and a.actor.country), None)
            country = gazetteer.country(own) if own else None
            if country is not None:
                loc = location_of(country, precision=3, gazetteer=gazetteer)
                return loc, (f"'{doc.span_text(toks[k].span)}': towns of {country.name}, whose forces act there "
                             f"(country only, at the capital, precision 3)")
    return None


# a country's home-security institutions: they act inside it ("قالت وزارة الداخلية المصرية إن 16 شرطيا قتلوا")
_HOME_FORCES = frozenset(fold_string(w) for w in "الداخلية الشرطة الأمن الدرك".split())


def _home_force_country(doc: Doc, sentence: Span, gazetteer: Gazetteer) -> tuple[Location, str] | None:
    """No place anywhere, but the sentence names a country's interior ministry, police or security
    service by its adjective: that country, at its capital, precision 3 (ACLED_CODING §4: the country
    only)."""
    lo, hi = _token_range(doc, sentence)
    toks = doc.tokens
    found: set[str] = set()
    for k in range(lo, hi):
        if toks[k].norm.lstrip("وب") in _HOME_FORCES:
            found |= set(nationality_countries(doc, gazetteer, k + 1, min(hi, k + 3)))
    return _at_capital(found, gazetteer, "no place named: the sentence's home forces are {}'s (its capital, precision 3)")


def people_country(doc: Doc, sentence: Span, gazetteer: Gazetteer) -> tuple[Location, str] | None:
    """A protest in an article that names no place, told with its people's nationality ("تظاهر آلاف
    المصريين أمام مقر وزارة الدفاع", "اعتصم مئات الأردنيين", "فرقت الشرطة المصرية المحتجين"): the one
    country the sentence's nationality words name, at its capital, precision 3 (two countries named:
    none)."""
    lo, hi = _token_range(doc, sentence)
    return _at_capital(set(nationality_countries(doc, gazetteer, lo, hi)), gazetteer,
                       "no place named: the people's nationality in the sentence, {} (its capital, precision 3)")


def _article_nationality(doc: Doc, neighbours: set[str], gazetteer: Gazetteer) -> Place | None:
    """The country the article's nationality adjectives name most (at least twice, more than any
    other), other than `neighbours`: "المقاتلات التركية ... السلطات التركية" → Turkey."""
    tally = nationality_countries(doc, gazetteer)
    ranked = [(n, cc) for cc, n in tally.most_common() if cc not in neighbours]
    if not ranked or ranked[0][0] < 2 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return gazetteer.country(ranked[0][1])


# a purpose clause after a protest: "احتجاجا على", "تنديدا ب", "رفضا ل", "تضامنا مع" (no comma or
# full stop between it and the place)
_PURPOSE_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:احتجاجا|تنديدا|استنكارا|رفضا|تضامنا|نصره|دعما)(?:\s+(?:علي|ضد|مع|ل\S*|ب\S*))?(?:\s+[^\s.،,:؛]+){0,7}?\s+(?:\S+\s+)?\S?$")
# "عدة مدن تركية", "مدن عراقية عدة", "مختلف المدن السورية": a country-wide protest
_SEVERAL_CITIES = re.compile(r"(?:^|\s)(?:(?:عده|عدد\s+من|مختلف|كبري|بعض)\s+(?:ال)?مدن|(?:ال)?مدن\s+(?:\S+\s+)?(?:عده|عديده|مختلفه|اخري))(?:\s|$)")


def _topic_place(doc: Doc, m: PlaceMention, trigger: Span) -> bool:
    """A place inside a purpose clause opened after the trigger names what a protest is about:
    "تظاهروا احتجاجا على نشر قوات في العراق", "تضامنا مع غزة" (the purpose word may be the cue itself;
    for a cue inside the clause, "الغارات في أفغانستان", the place is its own)."""
    r = _match_before(doc, m, "topic", _PURPOSE_BEFORE, 60)
    if r < 0 or r < trigger.start - 1:
        return False
    # ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين موقعا للجيش في منطقة موبتي": a group's name, no purpose)
    return not any(a.span.start <= r + 8 and r < a.span.end for a in doc.actors if a.span.start < m.span.start)


_CALM_CLAUSE = re.compile(r"(?:^|\s|،|,)[وف]?(?:فيما|بينما|في\s+حين|حين|وسط)\s+(?:\S+\s+){0,3}?"
                          r"(?:[وف]?(?:ساد|يسود|سادت|تسود|عاد|يعود|عادت|تعود|خيم|يخيم|عم|يعم|استتب|يستتب)\s+(?:ال)?هدوء"
                          r"|(?:ال)?هدوء\s+(?:ال)?حذر|(?:ال)?هدوء\s+(?:\S+\s+)?(?:يسود|ساد|يخيم|خيم))")


_CALM_BEFORE = re.compile(_CALM_CLAUSE.pattern + r"(?:\s+\S+){0,3}?\s*$")
# a clause telling what the act coincided with: "تزامنا مع افتتاح السفارة الأمريكية في القدس"، "بالتزامن مع"
_COINCIDING_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:تزامنا|بالتزامن|متزامنا|متزامنه|وتزامن|تزامن)\s+(?:ذلك\s+)?مع(?:\s+[^\s.،,:؛]+){0,7}?\s+(?:\S+\s+)?\S?$")


def _coinciding_place(doc: Doc, m: PlaceMention, trigger: Span) -> bool:
    """The place is in a clause opened after the trigger that tells what the act coincided with:
    "استشهد 60 مواطنا ... على حدود قطاع غزة تزامنا مع افتتاح السفارة الأمريكية في القدس"."""
    if m.span.start < trigger.end:
        return False
    r = _match_before(doc, m, "coinciding", _COINCIDING_BEFORE, 60)
    return r >= 0 and r >= trigger.end - 1


def _calm_clause(doc: Doc, m: PlaceMention, trigger: Span | None = None) -> bool:
    """The place is in a clause (after the trigger) that states calm: "..., فيما ساد الهدوء مدينة
    كربلاء", "بينما عاد الهدوء إلى حلب"."""
    if trigger is not None and m.span.start < trigger.end:
        return False
    r = _match_before(doc, m, "calm", _CALM_BEFORE, 60)
    return r >= 0 and (trigger is None or r >= trigger.end - 1)


_SEAT_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?(?:تعمل|يعمل|تعملان|يعملون|تتخذ|يتخذ|المقيمه|المقيم|المنفيه)\s+(?:من|في)"
                         r"|[وف]?(?:مقرها|مقره|ومقرها|ومقره)\s+(?:في\s+)?|(?:^|\s)[وف]?(?:تتخذ|يتخذ)\s+من"
                         # "قال المتحدث في مؤتمر صحفي في بغداد إن ...": where it was said
                         r"|(?:مؤتمر|موتمر)\s+(?:صحفي|صحافي)\s+(?:\S+\s+){0,2}?(?:في|ب)"
                         r"|(?:عقده|عقدته|عقدها)\s+(?:في|ب))\s*$")


def _seat(doc: Doc, m: PlaceMention) -> bool:
    """A place named as where an actor is based: "الحكومة التي تعمل من الرياض", "ومقرها لندن", or
    where a reporter is posted: "نقلا عن مراسلها في القدس"."""
    return _match_before(doc, m, "seat", _SEAT_BEFORE, 25) >= 0 \
        or _memoised(doc, ("reporter", m.span.start), lambda: reporter_post(doc, m.span.start))


def _dateline(doc: Doc, m: PlaceMention) -> bool:
    """The place of a dateline opening the text: "استنبول - قنا - ا ف ب :", "كراتشي ( رويترز )"; or
    opening the line after the headline ("مقتل 7 جنود ...\nعدن (رويترز) - قال ...")."""
    return dateline_place(doc, m.span.start, m.span.end)


# news agencies named like places: Qatar's QNA (قنا, also Qena), Jordan's Petra (بترا), Yemen's Saba
# (سبأ), the Emirates' WAM (وام)
_AGENCY_NAMES = frozenset({"قنا", "بترا", "سبا", "وام"})
_CREDIT_BEFORE = re.compile(r"[-–—(/]\s*$")
_CREDIT_AFTER = re.compile(r"\s*[-–—):/]")


def _agency_credit(doc: Doc, m: PlaceMention) -> bool:
    """A news agency's name in a credit line, between dashes or in brackets ("استنبول - قنا - ا ف ب",
    "(بترا)"), not the place of that name."""
    if fold_between(doc, m.span.start, m.span.end).strip() not in _AGENCY_NAMES:
        return False
    return bool(_CREDIT_BEFORE.search(doc.text[max(0, m.span.start - 3):m.span.start])
                and _CREDIT_AFTER.match(doc.text[m.span.end:m.span.end + 3]))


def _neighbour(doc: Doc, m: PlaceMention) -> bool:
    """A country named as a neighbour ("المحاذية لأفغانستان", "قرب الحدود مع إيران")."""
    if m.place is None or m.place.kind != "PCLI":
        return False
    return _memoised(doc, ("neighbour", m.span.start), lambda: neighbour_mention(doc, m.span.start))


# a word between an unknown place and a known one after it that opens another phrase ("جبل يسوف
# الاستراتيجي وتحرير بلدة العين": "و" + a word, but not "وسط"): the known place is the next item,
# not the container
_NEW_PHRASE = re.compile(r"(?:^|\s)و(?!سط|لاي)\S{2,}")   # ("ولاية": a cue word, no "و" joining a new phrase)


def _container(doc: Doc, m: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer) -> PlaceMention | None:
    """The known place a cue phrase the gazetteer lacks belongs to: the next place right after it
    ("حي X في مدينة Y", "منطقة X بسرت", "منطقة X جنوب سرت"), else the nearest known place before it."""
    after = [p for p in mentions if p.place is not None and p.span.start >= m.span.end
             and p.span.start - m.span.end <= 30
             and not _NEW_PHRASE.search(fold_between(doc, m.span.end, p.span.start))]
    if after:
        first = after[0]
        if not fold_between(doc, m.span.end, first.span.start).strip():
            # "منطقة علاوي الحلة وسط بغداد": a name right after the phrase, with no word between, is
            # likely the rest of the unknown name; the place named as its container after it wins
            # (from all the places: "وسط بغداد" after a name may have been set aside as describing it)
            nxt = next((p for p in doc.places if p.place is not None and p.span.start >= first.span.end
                        and not doc.is_masked(p.span)
                        and p.span.start - first.span.end <= 20), None)
            if nxt is not None and _CONTAINER_GAP.fullmatch(fold_between(doc, first.span.end, nxt.span.start)) \
                    and fold_between(doc, first.span.end, nxt.span.start).strip():
                return nxt
        return first
    before = [p for p in doc.places if p.place is not None and p.span.end <= m.span.start
              and p.place.kind != "PCLI" and not _counterpart(doc, p) and not _launch_site(doc, p)
              and not _persons_place(doc, p) and not _calm_clause(doc, p) and not _dateline(doc, p)]
    si = doc.sentence_of(m.span)
    if before and si is not None:
        # "قال المتحدث ... في الصومال إن مسلحين سيطروا على بلدة بنديرادلي": the unknown town lies in
        # the country its sentence names as a place ("في الصومال"), not in a town of another country
        # named sentences earlier
        sent = doc.sentences[si]
        named = {p.place.country for p in mentions if p.place is not None and p.place.kind == "PCLI"
                 and sent.contains(p.span) and p.span.end <= m.span.start and _locative(doc, p)
                 and not _neighbour(doc, p) and not _counterpart(doc, p)}
        if named and not any(p.place.country in named for p in before if sent.contains(p.span)):
            before = [p for p in before if p.place.country in named]
    if len(before) > 1 and doc.distances:
        # "وفي مدينة بعقوبة (50 كلم شمال بغداد) ... في حي المصطفى": a distance's reference point
        # describes where another place lies; it holds the phrase only when nothing else can
        refs = [d.anchor for d in doc.distances if d.relation == "offset"]
        other = [p for p in before if not any(r.start <= p.span.start < r.end for r in refs)]
        if other and len(other) < len(before):
            before = other
    if len(before) > 1:
        # "... في شمال العراق. ... في منطقة ليجي" in an article about Turkey: the nearest place of the
        # article's country, not one named for another country (a seat, a far capital)
        _, country = article_focus(doc, gazetteer)
        own = [p for p in before if p.place.country == country]
        if country is not None and own:
            before = own
    if before and before[-1].place.kind == "REGION" and CUES.get(m.cue or "") == "district":
        # "في مدينة تعز، جنوب غربي اليمن ... سقطت على حي الجمهوري": a quarter lies in a town; the region
        # told after the town only says where the town is
        town = next((p for p in reversed(before[:-1]) if p.place.kind.startswith("PPL")
                     and m.span.start - p.span.end < 400), None)
        if town is not None:
            return town
    if len(before) > 1 and before[-1].place.kind == "ADM1":
        # "في مديرية الصلو جنوب شرقي محافظة تعز. ... في منطقة الصيار": the province told right after a
        # place of it only says where that place is; the place holds the phrase told in its sentence or the
        # next (further on, "وفي سياق آخر ... منطقة الأزرق", the province)
        unit, inner = before[-1], before[-2]
        if inner.place.kind not in ("ADM1", "PCLI", "REGION") and inner.place.country == unit.place.country \
                and inner.place.admin1 == unit.place.admin1 and unit.span.start - inner.span.end <= 40 \
                and doc.sentence_of(inner.span) == doc.sentence_of(unit.span) \
                and si is not None and 0 <= si - doc.sentence_of(unit.span) <= 1:
            return inner
    return before[-1] if before else None


# "لزعيم الحرب السابق في مقديشو", "أمير الحرب في كسمايو": the place a leader is known by
_PERSON_BEFORE = re.compile(r"(?:^|\s)[وفل]?(?:ال|لل)?(?:زعيم|زعماء|امير|امراء)\s+(?:ال)?(?:حرب|ميليشيا|مليشيا|قبيله|عشيره)"
                            r"(?:\s+(?:ال)?(?:سابق|سابقين|معروف|قوي))?\s+(?:في|ب|من)\s*$"
                            # "هاجم مستوطنون من مستوطنة يتسهار قرية عوريف": the settlement they came from
                            r"|(?:^|\s)(?:ال)?مستوطن(?:ون|ين)\s+(?:قادمين\s+|قادمون\s+)?من\s+(?:مستوطنه\s+)?$")
# "وقال والي شانلي أورفة إن القذائف سقطت ..."، "ما يسمى «والي كركوك» في تنظيم داعش"، "محافظ الأنبار": an
# office named by the province or district it governs
_OFFICE_BEFORE = re.compile(r"(?:^|\s)[«\"“']?[وفل]?(?:ال|لل)?(?:والي|محافظ|قائممقام|قائمقام|رئيس\s+بلديه)"
                            r"\s*[«\"“']?\s*$"
                            # "مسؤول ملف الاستيطان شمال الضفة": the area a file's official covers
                            r"|(?:^|\s)[وفل]?(?:ال)?(?:مسؤول|مسئول|منسق)\s+ملف\s+\S+\s+(?:(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)"
                            r"(?:ي)?\s+)?$")


def _office_place(doc: Doc, m: PlaceMention) -> bool:
    """The place an office is named by: "والي كركوك"، "قائمقام تلعفر"، "مسؤول ملف الاستيطان شمال الضفة"."""
    return bool(_OFFICE_BEFORE.search(fold_between(doc, max(0, m.span.start - 40), m.span.start)))


# "شابين من أبناء مدينة شهبا"، "الشاب المنحدر من قرية ...": where a person comes from ("خرج العشرات من أهالي
# بلدة المسيفرة في مظاهرة": the residents, where they are)
_HOMETOWN_BEFORE = re.compile(r"(?:^|\s)(?:(?:من|احد)\s+ابناء|ابن|(?:ال)?(?:منحدر|منحدرين|منحدره)\s+من"
                            r"|(?:ينحدر|ينحدرون|تنحدر)\s+من)\s+(?:(?:ال)?(?:مدينه|بلده|قريه|مخيم|حي|منطقه|محافظه|ريف)\s+)?$")


def _hometown(doc: Doc, m: PlaceMention) -> bool:
    """A place that tells where a person comes from ("اغتال مسلحون شاباً من أبناء مدينة طفس في بلدة
    المزيريب"), not where the act was."""
    return bool(_HOMETOWN_BEFORE.search(fold_between(doc, max(0, m.span.start - 40), m.span.start)))


def _persons_place(doc: Doc, m: PlaceMention) -> bool:
    """A place that tells who a person is ("مسلحين موالين لزعيم الحرب السابق في مقديشو"), not where
    something happened."""
    return bool(_PERSON_BEFORE.search(fold_between(doc, max(0, m.span.start - 45), m.span.start)))


_OWNED_CUES = {"base", "port", "crossing"}
_OWNED_KINDS = {"BASE", "AIRP", "PORT", "CROSSING", "FACILITY"}


def _phrase_country(doc: Doc, m: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """The country a nationality adjective ending a cue phrase names ("مدينة الصخيرات المغربية",
    "بلدة سروج التركية" → Morocco, Turkey), the adjective inside the phrase or right after it."""
    if CUES.get(m.cue or "") in _OWNED_CUES or (m.place is not None and m.place.kind in _OWNED_KINDS):
        return None   # "قاعدة حميميم الروسية", "معبر X التركي": the adjective names who holds it
    starts = _token_starts(doc)
    lo, hi = bisect_left(starts, m.span.start), bisect_left(starts, m.span.end)
    if hi <= lo:
        return None
    toks = doc.tokens
    # a definite name's first word is no adjective of it: "حي الكندي" is the Kindi quarter, not
    # Canadian ("مدينة إسرائيلية", an Israeli town, stays in Israel)
    first = max(0, bisect_right(starts, m.span.start) - 1)   # the token the phrase starts in ("بحي")
    if m.place is None and m.cue is not None:
        first += 1
    ccs = set() if hi - 1 == first and toks[first].norm.startswith("ال") \
        else nationality_countries(doc, gazetteer, hi - 1, hi)
    # "بلدة المنارة الزرقاء المغربية": the phrase may stop before the rest of the name; up to two
    # definite words right after it, the last being the adjective
    k, end = hi, m.span.end
    while not ccs and k < min(hi + 2, len(toks)) and toks[k].sentence == toks[hi - 1].sentence \
            and toks[k].norm.startswith("ال") and not fold_between(doc, end, toks[k].span.start).strip():
        ccs = nationality_countries(doc, gazetteer, k, k + 1)
        end, k = toks[k].span.end, k + 1
    if len(ccs) != 1:
        return None
    return gazetteer.country(next(iter(ccs)))


def _quarter_town(m: PlaceMention, cont: PlaceMention, gazetteer: Gazetteer) -> Place | None:
    """The town a quarter ("حي X") lies in when its container is an admin1 unit: the unit's chief
    town ("حي X في قطاع غزة" → Gaza City, "حي X في محافظة نينوى" → Mosul), to be coded at precision
    2 rather than the unit's 3. None for other cues or containers (a quarter "في العراق" may be in
    any town)."""
    if CUES.get(m.cue or "") != "district" or cont.place is None or cont.place.kind != "ADM1":
        return None
    town = gazetteer.main_town(cont.place)
    return town if town is not cont.place and town.lat is not None else None


def _mention_location(doc: Doc, m: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer,
                      how: str) -> tuple[Location | None, str]:
    text = doc.span_text(m.span)
    if m.place is None:
        off = _described_offset(doc, m, gazetteer)
        if off is not None:
            return off[0], f"'{text}' {how}, not in the gazetteer: {off[1]}"
        cont = _container(doc, m, mentions, gazetteer)
        own = _phrase_country(doc, m, gazetteer)
        if own is not None and (cont is None or cont.place.country != own.country):
            # "بمدينة الصخيرات المغربية": the adjective names the country the unknown town is in
            loc = location_of(own, precision=3, gazetteer=gazetteer)
            return loc, (f"'{text}' {how}, not in the gazetteer: in {own.name} by its adjective "
                         f"(at the capital, precision {loc.geo_precision})")
        if cont is None:
            country = next((p for p in mentions if p.place is not None and p.place.kind == "PCLI"
                            and p.span.start < m.span.start and not _neighbour(doc, p)
                            and not _counterpart(doc, p)), None)
            if country is not None and m.span.start - country.span.end < 300:
                # "المتحدث ... في الصومال ... سيطروا على بلدة بنديرادلي": an unknown town of the
                # country the sentence names (at its capital, precision 3)
                main = _main_place_in(doc, country.place.country, gazetteer)
                loc = location_of(main or country.place, precision=3, gazetteer=gazetteer)
                at = f"at the article's main place there, {main.name}" if main is not None else "at the capital"
                return loc, (f"'{text}' {how}, not in the gazetteer: in {country.place.name} named in the "
                             f"sentence ({at}, precision {loc.geo_precision})")
            unit = next((p for p in mentions if p.place is not None and p.place.kind in ("ADM1", "REGION")
                         and p.span.start >= m.span.end and doc.sentence_of(p.span) == doc.sentence_of(m.span)), None)
            if unit is not None:
                # "قاعدة عين الأسد التي تضم قوات أمريكية في محافظة الأنبار": the province the sentence
                # names for it (precision 3), not the article's main place
                loc = location_of(unit.place, precision=3, gazetteer=gazetteer)
                return loc, (f"'{text}' {how}, not in the gazetteer: in {unit.place.name} named after it "
                             f"(precision {loc.geo_precision})")
            main, _ = article_focus(doc, gazetteer)
            if main is None:
                return None, f"'{text}' {how}: not in the gazetteer and no container"
            named = [p for p in doc.places if p.place is not None and p.place.id == main.id]
            if named and all(_dateline(doc, p) for p in named):
                # "باماكو (أ ف ب) - ... في بلدة بولكيسي": where the story was filed says only the country
                loc = location_of(main, precision=3, gazetteer=gazetteer)
                return loc, (f"'{text}' {how}, not in the gazetteer: the dateline's {main.name} only "
                             f"(precision {loc.geo_precision})")
            return location_of(main, precision=2, gazetteer=gazetteer), \
                f"'{text}' {how}, not in the gazetteer: located at the article's main place {main.name} (precision 2)"
        town = _quarter_town(m, cont, gazetteer)
        if town is not None:
            loc = location_of(town, precision=2, gazetteer=gazetteer)
            return loc, (f"'{text}' {how}, not in the gazetteer: a quarter of {cont.place.name}, "
                         f"located at its chief town {town.name} (precision {loc.geo_precision})")
        if CUES.get(m.cue or "") == "district" and cont.place.kind.startswith("PPL"):
            # "في حي المنصورة بمدينة عدن": a named quarter of the town (ACLED_CODING §4: precision 1)
            loc = location_of(cont.place, precision=1, gazetteer=gazetteer)
            return loc, (f"'{text}' {how}, not in the gazetteer: a named quarter of {cont.place.name} "
                         f"(precision {loc.geo_precision})")
        loc = location_of(cont.place, precision=2, gazetteer=gazetteer)
        return loc, f"'{text}' {how}, not in the gazetteer: located at its container {cont.place.name} (precision 2)"
    d = _distance_for(doc, m)
    place = m.place
    if place.kind == "REGION" and (d is None or d.relation != "offset"):
        # "شمال العراق", "ولاية لوغار", "جنوب شرقي تركيا": the region's main town, precision 3;
        # "ريف حلب" (a countryside around a town) precision 2
        prec = 2 if m.cue in AROUND_CUES or place.name.endswith("countryside") else 3
        loc = location_of(place, precision=prec, gazetteer=gazetteer)
        return loc, f"'{text}' {how}: region {place.name}, coded at its main town (precision {prec})"
    if d is not None and place.lat is not None:
        if d.km is not None and d.bearing is not None and d.relation == "offset":
            anchor = gazetteer.main_town(place)
            lat, lon = destination(anchor.lat, anchor.lon, d.km, d.bearing)
            loc = location_of(place, precision=3, gazetteer=gazetteer)
            loc = Location(name=f"{d.km:g} km from {anchor.name}", name_ar=doc.span_text(d.span),
                           latitude=lat, longitude=lon, geo_precision=3, admin1=loc.admin1,
                           country=loc.country, geonameid=None, iso=loc.iso)
            return loc, f"distance '{doc.span_text(d.span)}' {how}: {d.km:g} km on {d.bearing:g}° from {anchor.name} (precision 3)"
        if d.relation == "centre" and place.kind not in ("PCLI", "ADM1"):
            return location_of(place, precision=1, gazetteer=gazetteer), f"'{doc.span_text(d.span)}' {how}: centre of {place.name}"
        loc = location_of(place, precision=2, gazetteer=gazetteer)
        return loc, f"distance '{doc.span_text(d.span)}' {how}: {d.relation} {place.name} (precision {loc.geo_precision})"
    if place.kind not in ("PCLI", "ADM1", "REGION"):
        own = _phrase_country(doc, m, gazetteer)
        if own is not None and own.country != place.country:
            # "قرية الكرمة التركية" where the only Karmah known is Iraqi: a Turkish village the
            # gazetteer lacks, in the country its adjective names
            loc = location_of(own, precision=3, gazetteer=gazetteer)
            return loc, (f"'{text}' {how}: no {place.name} known in {own.name}, named by its adjective: "
                         f"at the capital (precision {loc.geo_precision})")
    held = _held_by_container(doc, m, mentions, gazetteer)
    if held is not None:
        cont, near = held
        if near is None:
            town = _quarter_town(m, cont, gazetteer)
            if town is not None:   # "حي الجنينة في قطاع غزة": no Geneina there, a quarter of Gaza City
                loc = location_of(town, precision=2, gazetteer=gazetteer)
                return loc, (f"'{text}' {how}: no {text} near its container {cont.place.name}: a quarter "
                             f"of its chief town {town.name} (precision {loc.geo_precision})")
            loc = location_of(cont.place, precision=2, gazetteer=gazetteer)
            return loc, (f"'{text}' {how}: no {text} near its container {cont.place.name}: "
                         f"located at the container (precision {loc.geo_precision})")
        place = near
    else:
        host = _quarter_host(doc, m, mentions, gazetteer)
        if host is not None:
            cont, near = host
            if near is None:
                loc = location_of(cont.place, precision=2, gazetteer=gazetteer)
                return loc, (f"'{text}' {how}: the only {place.name} known lies far from {cont.place.name} "
                             f"named before it: a quarter of {cont.place.name} (precision {loc.geo_precision})")
            place = near
            stray = None
        else:
            stray = _stray_village(doc, m, mentions, gazetteer)
        if stray is not None:
            loc = location_of(stray.place, precision=2, gazetteer=gazetteer)
            return loc, (f"'{text}' {how}: the only {place.name} known lies far from {stray.place.name} named "
                         f"with it: located near {stray.place.name} (precision 2)")
    if _match_before(doc, m, "between", _BETWEEN_BEFORE, 24) >= 0 and place.kind not in ("PCLI", "ADM1", "REGION"):
        # "بين مدينتي الموصل وأربيل": somewhere between two towns, coded at the first (precision 2)
        loc = location_of(place, precision=2, gazetteer=gazetteer)
        return loc, f"'{text}' {how}: between {place.name} and another place (precision 2)"
    if m.cue in AROUND_CUES or _near_word_before(doc, m) or place.kind == "MOUNTAIN":
        loc = location_of(place, precision=2, gazetteer=gazetteer)
        return loc, f"'{text}' {how}: near / around {place.name} (precision 2)"
    if CUES.get(m.cue or "") == "admin" and (place.kind == "PPLA" or _names_its_admin1(place)):
        # "في محافظة دياربكر": the province the capital is named after, where the gazetteer has
        # no unit of its own (ACLED_CODING §4: only a province, precision 3); "ولاية كادونا": a
        # town the sources give no admin rank whose admin1 unit bears its name
        loc = location_of(place, precision=3, gazetteer=gazetteer)
        return loc, f"'{text}' {how}: the province of {place.name}, at its capital (precision 3)"
    loc = location_of(place, precision=1, gazetteer=gazetteer)
    what = {"PCLI": "country only, at the capital", "ADM1": "admin1 unit, at its capital",
            "ADM2": "district unit, at its main town"}.get(place.kind, place.kind)
    return loc, f"'{text}' {how}: {place.name} ({what}, precision {loc.geo_precision})"


_BETWEEN_BEFORE = re.compile(r"(?:^|\s)[وف]?بين\s+(?:(?:ال)?(?:مدينتي|بلدتي|قريتي|مديريتي|منطقتي|ناحيتي)\s+)?$")
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?من|انطلاقا\s+من|قادمه\s+من|اقلعت\s+من)\s*$")
# "أقلعت من قاعدة في ديار بكر", "انطلقت من مطار X", "أقلعت من X": any place named after a take-off verb
# (or a launch verb: "قذائف هاون أطلقتها فصائل المعارضة من الغوطة الشرقية على حي العباسيين")
_TAKE_OFF_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:اقلعت|اقلعن|اقلع|انطلقت|انطلقن|انطلق|انطلاقا|تنطلق|تقلع|يقلع|اطلقتها|اطلقها|اطلقه|اطلقت|"
    r"اطلقوها|اطلقوا|اطلق|المطلقه|تطلق|يطلق)\s+(?:[^\s.،,]+\s+){0,3}?من\s+"
    r"(?:(?:ال)?(?:قاعده|مطار|حامله|مدرج)\s+(?:(?:ال)?(?:جويه|عسكريه|عسكري|حربيه)\s+)?(?:في\s+|ب|داخل\s+)?)?\s*$")
_BASE_KINDS = {"BASE", "AIRP"}


def _launch_site(doc: Doc, m: PlaceMention) -> bool:
    """"طائرة من قاعدة طبرق الجوية قصفت مركبا قبالة درنة": a base or airport after "من" is where the
    aircraft came from, not where the event happened; so is any place after a take-off verb
    ("مقاتلات أقلعت من قاعدة في ديار بكر")."""
    memo = _doc_memo(doc)
    key = ("launch", id(m))
    hit = memo.get(key)
    if hit is not None and hit[0] is m:
        return hit[1]
    r = _launch_site_of(doc, m)
    memo[key] = (m, r)
    return r


# "خط الغاز المتجه إلى الأردن"، "الطريق المؤدي إلى دمشق"، "الحافلة المتوجهة نحو حلب": where a line, a
# road or a vehicle leads, not where the act happened
_BOUND_FOR = re.compile(r"(?:^|\s)(?:المتجه|المتجهه|المتوجه|المتوجهه|المؤدي|المؤديه|المغذي|المغذيه|القادم|"
                        r"القادمه)\s+(?:الي|نحو|ل)\s*$")


# "اشتباكات بين كتائب من مصراتة وقوات تابعة لفجر ليبيا في منطقة الكريمية": where fighters come from
# (fighters only: "اعتقلت القوات 3 شبان من بلدة بيت أمر" is an arrest in Beit Ummar)
_ORIGIN_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:كتائب|كتيبه|ميليشيات|مليشيات|مقاتلين|مقاتلون|ثوار)\s+من\s*$"
                            # "لدى مرور موكبه قادما من مدينة بيداوة": where a convoy came from
                            r"|(?:^|\s)(?:ال)?(?:قادما|قادمه|قادمين|قادمون|القادم|القادمه|القادمين)\s+من\s+(?:(?:ال)?(?:مدينه|بلده|قريه|منطقه)\s+)?$")
# "وفر الباقون باتجاه محافظة تعز"، "لاذوا بالفرار نحو الجبال": where the beaten side fled to, not where the
# fight was
_FLED_TO = re.compile(r"(?:^|\s)[وف]?(?:فر|فرت|فروا|فرار|الفرار|هرب|هربت|هربوا|هروب|بالفرار|فارين|هاربين)\s+(?:\S+\s+){0,3}?"
                      r"(?:باتجاه|نحو|صوب|الي|الى)\s+(?:(?:ال)?(?:مدينه|محافظه|منطقه|بلده|قريه|مديريه)\s+)?$")
# "وإصابة 32 آخرين نقلوا إلى مستشفى مصراتة المركزي"، "نقلت الجثث إلى مشرحة مستشفى الجلاء في بنغازي": where the
# dead and hurt were taken, not where the act was
_TAKEN_TO = re.compile(r"(?:^|\s)(?:الي|الى|لل)\s*(?:ال)?(?:مستشفي|مشفي|مستشفيات|مشافي|مشرحه|مستوصف)\s+"
                       r"(?:(?:ال)?(?:مستشفي|مشفي)\s+)?(?:\S+\s+){0,2}?(?:(?:في|ب)\s*)?"
                       r"(?:[بل]?(?:ال)?(?:مدينه|بلده)\s+)?$")
# "قذائف أطلقت من مناطق سيطرة التنظيم في جرابلس سقطت على قضاء قرقميش": the held areas the fire came from
_FIRED_FROM_HELD = re.compile(r"(?:^|\s)[وف]?(?:اطلقت|اطلق|اطلقها|اطلقوا|اطلقتها|مصدرها|مصدره|انطلاقا)\s+من\s+"
                              r"(?:ال)?(?:مناطق|منطقه)\s+(?:سيطره|نفوذ)\s+(?:\S+\s+){1,3}?(?:في|ب)\s*"
                              r"(?:(?:ال)?(?:مدينه|بلده|قريه|منطقه|ريف)\s+)?$")
_LEFT_FROM = re.compile(r"(?:^|\s)[وف]?(?:انسحب|انسحبت|انسحبوا|انسحاب|طرد|طردت|طردوا|طرد|خروج|فرار|فروا|هروب|"
                        r"اخلاء|اخلت|اخلوا)\s+(?:\S+\s+){0,3}?من\s*$")


# "قصفت الميليشيات حي الروضة بقذائف الهاون من مواقعها في منطقة الحوبان"، "... انطلاقا من منطقة الحوبان":
# where the guns fired from, told after the fire; the shells fell where the act is (not "طردوا الحوثيين
# من مواقعهم في منطقة X": ground taken there, no fire told before it)
_FIRED_FROM = re.compile(
    r"(?:(?:^|\s)[وف]?من\s+(?:ال)?(?:مواقع|موقع|مواقعها|مواقعهم|موقعها|موقعهم|مرابض|مرابضها|تمركز|تمركزها|تمركزهم|"
    r"تمركزات|تمركزاتها|مناطق\s+تمركزها|اماكن\s+تمركزها)\s+(?:\S+\s+){0,2}?(?:في\s+|ب|داخل\s+)?"
    r"|(?:^|\s)انطلاقا\s+من\s+)"
    r"(?:(?:ال)?(?:مدينه|بلده|قريه|منطقه|حي|جبل|تبه|مديريه)\s+)?$")
# "طال قصف مصدره قوات النظام المتمركزة في ريف إدلب الشرقي بلدة تلمنس"، "قصفت قوات النظام المتمركزة في معسكر
# الحامدية بلدة تلمنس": where the force that fired is posted, not where its shells fell (the force the fire
# verb's subject or the fire's source; "قصفت الطائرات قوات قسد المتمركزة في قرية X": its object, hit there)
_POSTED = r"(?:المتمركزه|المتمركزين|المتمركزون|المرابطه|المرابطين|المتواجده|المتواجدين|المتحصنه|المتحصنين)"
_POSTED_FIRERS = re.compile(
    rf"(?:(?:^|\s)(?:{SOURCE_WORDS})\s+(?:\S+\s+){{1,4}}?"
    r"|(?:^|\s)[وف]?(?:قصفت|قصف|قصفوا|استهدفت|استهدف|استهدفوا|اطلقت|اطلق|اطلقوا)\s+(?:قوات|ميليشيات|مليشيات|مليشيا|ميليشيا|"
    r"عناصر|مسلحو|مسلحي|مدفعيه|المدفعيه|وحدات|فصائل|كتائب)\s+(?:\S+\s+){0,3}?)"
    + _POSTED + r"\s+(?:في|ب|داخل|قرب)\s*(?:(?:ال)?(?:مدينه|بلده|قريه|منطقه|معسكر|جبل|تله|تبه|ريف|محيط|مطار|قاعده)\s+)?$")
# "سقطت صواريخ عدة مصدرها جرود عرسال على بلدة اللبوة"، "صاروخان مصدرهما الجانب السوري": where the fire came
# from, the weapon's source named right after its word
_SOURCE_OF = re.compile(rf"(?:^|\s)(?:{SOURCE_WORDS})(?:\s+من)?\s+"
                        r"(?:(?:ال)?(?:جرود|اطراف|محيط|ريف|مدينه|بلده|قريه|منطقه|مناطق|الاراضي|الجانب|داخل)\s+)?$")
_FIRE_WORDS = re.compile(r"قصف|قذائف|قذيفه|صواريخ|صاروخ|الهاون|المدفعيه|مدفعي|اطلقت|اطلقها|اطلقتها|بالمدفعيه|راجمات|الكاتيوشا")


def _launch_site_of(doc: Doc, m: PlaceMention) -> bool:
    start = m.span.start
    before = fold_between(doc, max(0, start - 80), start)
    if _TAKE_OFF_BEFORE.search(before) or _BOUND_FOR.search(before[-24:]) or _ORIGIN_BEFORE.search(before[-30:]) \
            or _FLED_TO.search(before[-60:]) or _SOURCE_OF.search(before[-30:]) or _TAKEN_TO.search(before[-50:]) \
            or _FIRED_FROM_HELD.search(before):
        return True
    if (f := _FIRED_FROM.search(before)) is not None and _FIRE_WORDS.search(before, 0, f.start()):
        return True
    if _POSTED_FIRERS.search(before):
        return True
    is_base = CUES.get(m.cue or "") == "base" or (m.place is not None and m.place.kind in _BASE_KINDS)
    if not is_base:
        return False
    before = fold_between(doc, max(0, start - 30), start)
    if m.cue is not None:   # the cue word stands between "من" and the name: "من قاعدة طبرق"
        before = re.sub(r"\S*$", "", before.rstrip()).rstrip() if before.rstrip().endswith(("قاعده", "مطار", "معسكر")) else before
    if _LEFT_FROM.search(before):
        return False   # "انسحبت قوات النظام من مطار أبو الظهور": the base left is where the ground changed hands
    return bool(_FROM_BEFORE.search(before))


_CONTAINER_GAP = re.compile(
    r"[\s،,]*(?:في\s+|[وف]?ب|داخل\s+|[وف]?(?:ب|في\s+)?وسط\s+)?"
    r"(?:(?:ال)?(?:مدينه|محافظه|ولايه|منطقه|قضاء|بلده|ناحيه|مديريه|محليه|اقليم|ريف)\s+)?")
_CONTAINER_KM = {"town": 40.0, "capital": 100.0, "admin": 200.0, "district": 25.0}


def _held_by_container(doc: Doc, m: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer
                       ) -> tuple[PlaceMention, Place | None] | None:
    """"منطقة مليتة بمدينة زوارة", "X في محافظة Y": a named place followed right away by its container.
    When the chosen candidate lies far from the container, another candidate near it is taken, or,
    when none is near, the container itself (precision 2). None when the place fits its container."""
    if m.place is None or m.place.lat is None or m.place.kind in ("PCLI", "ADM1", "REGION"):
        return None
    cont = next((p for p in mentions if p.place is not None and p is not m and p.span.start >= m.span.end
                 and p.span.start - m.span.end <= 20), None)
    if cont is None or not _CONTAINER_GAP.fullmatch(fold_between(doc, m.span.end, cont.span.start)):
        return None
    c = cont.place
    if c.kind == "PCLI":
        if m.place.country == c.country:
            return None
        near = [p for p in m.candidates if p.country == c.country and p.lat is not None]
        return cont, (near[0] if near else None)
    town = gazetteer.main_town(c)
    if town.lat is None:
        return None
    # "قضاء الحويجة في كركوك", "X في حلب": a district unit, or a province capital standing for its province
    wide = c.kind in ("ADM1", "ADM2", "REGION") or CUES.get(m.cue or "") == "admin2"
    limit = _CONTAINER_KM["admin"] if wide else (_CONTAINER_KM["capital"] if c.kind in ("PPLA", "PPLC") else _CONTAINER_KM["town"])
    # "حي المصطفى وسط بعقوبة": a quarter lies inside its town, not 90 km away
    quarter = CUES.get(m.cue or "") == "district" and c.kind not in ("ADM1", "ADM2", "REGION")
    if quarter:
        limit = _CONTAINER_KM["district"]
    # "الباغوز بريف دير الزور", "المالكية بريف الحسكة": a province capital stands for its province,
    # which reaches 150-250 km from it: a candidate in the capital's admin1 unit fits
    province = c.kind in ("PPLA", "PPLC", "ADM1") and town.admin1 and not quarter

    def fits(p: Place) -> bool:
        d = Gazetteer.distance_km(p, town)
        return d is not None and (d <= limit or bool(province) and p.country == town.country and (
            p.admin1 == town.admin1 and d <= _PROVINCE_KM
            # "منطقة الفرافرة بمحافظة الوادي الجديد": a place the gazetteer gives no province, in the
            # province's country and within the reach of the widest provinces, may be in it
            or c.kind == "ADM1" and not p.admin1 and d <= WIDE_PROVINCE_KM))
    if fits(m.place):
        return None
    near = sorted((Gazetteer.distance_km(p, town), k, p) for k, p in enumerate(m.candidates)
                  if p.lat is not None and fits(p))
    return cont, (near[0][2] if near else None)


def _launch_sites(doc: Doc, mentions: list[PlaceMention]) -> set[int]:
    """Indexes (into `mentions`) of take-off places and of the containers named right after them
    ("أقلعت من قاعدة في ديار بكر بجنوب شرق تركيا": both ديار بكر and جنوب شرق تركيا)."""
    out = {k for k, m in enumerate(mentions) if _launch_site(doc, m)}
    if out:
        for k, m in enumerate(mentions):
            if k in out:
                continue
            for j in list(out):
                prev = mentions[j]
                if 0 <= m.span.start - prev.span.end <= 20 and _CONTAINER_GAP.fullmatch(
                        gap := fold_between(doc, prev.span.end, m.span.start)) and (
                        _CONTAINER_LINK.search(gap) or m.place is None or not m.place.kind.startswith("PPL")) \
                        and not (prev.place is not None and prev.place.kind in ADMIN_KINDS and m.place is not None
                                 and m.place.kind not in ADMIN_KINDS):
                    # (a town holds no province: "سقط صاروخ أطلق من قطاع غزة في مدينة سديروت" fell there)
                    # (a town after a bare cue word is no container: "قصفت قوات النظام المتمركزة في معسكر
                    # الحامدية بلدة تلمنس", the fire's object)
                    out.add(k)
                    break
    return out


_CONTAINER_LINK = re.compile(r"[،,]|في|داخل|وسط|(?:^|\s)[وف]?ب(?!لده(?:\s|$))")


QUARTER_KM = 25.0
_HOST_KINDS = ("PCLI", "ADM1", "ADM2", "REGION", "PPLX", "DISTRICT", "MOUNTAIN")


def _quarter_host(doc: Doc, m: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer
                  ) -> tuple[PlaceMention, Place | None] | None:
    """"وفي بعقوبة (60 كلم شمال شرقي بغداد) ... في حي المصطفى (وسط)": a quarter ("حي X") whose known
    namesakes lie over 25 km from the town named before it in the sentence (else earlier in the
    paragraph) is a quarter of that town: returns (the town's mention, a candidate within 25 km of
    it or None). The namesake may be a well-known town: "في الموصل ... في حي الحمدانية" is a Mosul
    quarter, not Al-Hamdaniya 30 km east (a town is not written with "حي"). A place that only
    anchors a distance ("بغداد" above) is no such town; a curated or GeoNames quarter ("حي
    الشجاعية", "حي الأعظمية") and a capital keep their own point. None otherwise."""
    place = m.place
    if CUES.get(m.cue or "") != "district" or place is None or place.lat is None \
            or place.id.startswith("sup:") or place.kind in _HOST_KINDS or place.kind == "PPLC":
        return None
    def towns(pool: list[PlaceMention]) -> list[PlaceMention]:
        described = _descriptive_anchors(doc, pool) if len(pool) > 1 else set()
        return [p for p in pool if p.place is not None and p.place.lat is not None and p is not m
                and p.span.end <= m.span.start and p.span not in described and not doc.is_masked(p.span)
                and p.place.kind not in _HOST_KINDS and well_known(p.place)]
    earlier = towns(mentions)
    if not earlier:
        si = doc.sentence_of(m.span)
        start = doc.sentences[si].start if si is not None else m.span.start
        para = _paragraph_start(doc.text, start)
        earlier = towns([p for p in doc.places if para <= p.span.start < start])
    if not earlier:
        return None
    cont = earlier[-1]
    town = gazetteer.main_town(cont.place)
    d = Gazetteer.distance_km(place, town)
    if d is None or d <= QUARTER_KM:
        return None
    near = sorted((Gazetteer.distance_km(p, town), k, p) for k, p in enumerate(m.candidates)
                  if p.lat is not None and (Gazetteer.distance_km(p, town) or 1e9) <= QUARTER_KM)
    return cont, (near[0][2] if near else None)


STRAY_KM = 100.0
_PROVINCE_KM = 300.0


# a background clause after a comma: "، وكانت المقاومة قد ..."، "، بعد أسابيع من ..." (folded text)
_BACKGROUND_CLAUSE = re.compile(r"[،,]\s*(?:%s)\s(?:\S+\s){0,5}قد\s|[،,]\s*و?(?:%s)\s+(?:%s)\s+(?:%s)\s" % tuple(
    "|".join(map(re.escape, words)) for words in (BACKGROUND_OPENERS, SINCE_OPENERS, SPAN_OF_TIME, SPAN_OF)))


def _stray_village(doc: Doc, m: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer
                   ) -> PlaceMention | None:
    """"اشتباكات في مدينة لودر ... وتحرير بلدة العين": a little-known place whose only known
    namesakes lie over 100 km from every other place of its sentence is most likely a village the
    gazetteer lacks, near those places: the nearest of them (a town, or an admin1 unit at a scaled
    distance) of the same country is returned; None when the place fits its sentence."""
    place = m.place
    if place is None or place.lat is None or well_known(place) or place.kind in ("MOUNTAIN", "REGION"):
        return None
    # a namesake of an ordinary word or a first name ("منطقة حسن كوي في تلعفر": the village حسن)
    # anchors nothing: the known town named with it is not the stray one
    common = gazetteer.is_common(place)
    others = [p for p in mentions if p is not m and p.place is not None and p.place.lat is not None
              and p.place.kind not in ("PCLI", "REGION") and p.place.country == place.country
              and not doc.is_masked(p.span) and p.place.id != place.id
              and not _launch_site(doc, p)   # ("كتائب من مصراتة": where fighters come from anchors nothing)
              and (common or well_known(p.place) or not gazetteer.is_common(p.place))
              # "مدينة لودر ... بلدة العين": a name read among many namesakes (nine villages called
              # العين) anchors no better known one: it is the stray, not the other
              and (well_known(p.place) or len(p.candidates) <= max(2, len(m.candidates)))]
    # (a place of a background clause told after the act is another act's: "اشتباكات في مدينة لودر بمحافظة
    # أبين، بعد أسابيع من تحرير عدن")
    others = [p for p in others if not _BACKGROUND_CLAUSE.search(
        fold_between(doc, min(p.span.end, m.span.end), max(p.span.start, m.span.start)))]
    if not others:
        return None
    def dist(p: PlaceMention) -> float:
        town = gazetteer.main_town(p.place)
        d = Gazetteer.distance_km(place, town) or 0.0
        # an admin1 unit, or its capital standing for it ("مديرية ميدي بحجة"): a wide area
        province = p.place.kind == "ADM1" or (p.place.kind in ("PPLA", "PPLC") and place.admin1
                                              and place.admin1 == p.place.admin1)
        return d * (0.4 if province else 1.0)
    best = min(others, key=dist)
    return best if dist(best) > STRAY_KM else None


_OBJECT_GAP = re.compile(r"\s*(?:(?:علي|الي|نحو|في|من|داخل)\s+)?")


# a cause told between the act and a place: "اعتقلت ... في جامعة الخرطوم بعد احتجاجات على مقتل طالب ...
# في مدينة الأبيض", "ردا على هجوم في X": that place is the cause's
_CAUSE_BETWEEN = re.compile(r"(?:^|\s)[وب]?(?:احتجاجا|احتجاجات\s+(?:علي|ضد)|الاحتجاجات\s+(?:علي|ضد)|تنديدا|خلفيه|ردا\s+علي|"
                            r"انتقاما|تظاهرات\s+(?:علي|ضد)|مظاهرات\s+(?:علي|ضد))(?:\s|$)")
# the protest cue itself, then what it is against: "احتجاجات على مقتل طالب ... في مدينة الأبيض"
_GRIEVANCE_AFTER = re.compile(r"\s*(?:علي|ضد)\s+[وب]?(?:ال)?(?:مقتل|قتل|اعتقال|اغتيال|استشهاد|اختطاف|خطف|اعدام)")
CAUSE_COST = 150   # (more than a facility before the cue, +80, and the distance)


def _cost(doc: Doc, trigger: Span, m: PlaceMention, launch: bool = False) -> float:
    if m.span.start >= trigger.end:
        gap = m.span.start - trigger.end
        cost = gap * 1.0
        if gap > 12:
            between = fold_between(doc, trigger.end, m.span.start)
            if _CAUSE_BETWEEN.search(between) or _GRIEVANCE_AFTER.match(between):
                cost += CAUSE_COST
    elif m.span.end <= trigger.start:
        gap = trigger.start - m.span.end
        cost = 25 + gap * 1.5
    else:
        cost = 0.0
    if launch:
        cost += 200   # any other place of the sentence says more than where the aircraft took off
    if FACILITY_WHY in m.why:
        cost += 80    # "جامعة بغداد", "سوق الكرادة": the place a facility is named after, a weak hint
    if _counterpart(doc, m):
        cost += 100   # "الهدنة مع أنقرة": a government named by its seat, not where it happened
    if m.place is None:
        # an unknown cue phrase right after the trigger is its object ("السيطرة على جبل يسوف",
        # "اقتحموا قرية X"): it says more than a known place before the trigger
        cost += 10 if 0 <= m.span.start - trigger.end <= 8 and _OBJECT_GAP.fullmatch(
            fold_between(doc, trigger.end, m.span.start)) else 40
    elif m.cue == "عاصمه" and len(m.candidates) == 1 and m.score == 1.0:
        cost += 30   # "العاصمة العراقية": a named place nearby says more
    elif m.place.kind == "PCLI":
        cost += 400
    elif m.place.kind == "ADM1":
        cost += 60
    return cost


ROAD_END_COST = 120
ROAD_PLACE_GAP = 25   # characters between the road's last town and the place that locates the road
_ROAD_BEFORE = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:طريق|اوتوستراد|اتوستراد)(?:\s+\S+){0,3}\s+بين\s+(?:\S+\s+){0,2}و?$"
                          # "على طريق حلب دمشق الدولي": the road named by the towns it joins
                          # ("الطريق الدولي حلب-دمشق"، "طريق دمشق-حمص": a hyphen may join them, with an adjective first)
                          r"|(?:^|\s)[وبل]?(?:ال)?(?:طريق|اوتوستراد|اتوستراد)\s+(?:(?!(?:في|علي|قرب|بين|من|الي|نحو|منطقه|مدينه)\s)"
                          r"[^\s\-–]+(?:\s*[-–]\s*|\s+)){0,2}$")


def _road_end(doc: Doc, m: PlaceMention) -> bool:
    """A town named as an end of the road the act was on: "على الطريق الدولي بين دمشق وحمص"."""
    return _match_before(doc, m, "road", _ROAD_BEFORE, 50) >= 0


_WITH_BEFORE = re.compile(r"(?:^|\s)[وف]?مع\s+$")


def _counterpart(doc: Doc, m: PlaceMention) -> bool:
    """A place right after "مع" is a party dealt with, not a place: "قطع الهدنة مع أنقرة",
    "المفاوضات مع طرابلس"."""
    return _match_before(doc, m, "with", _WITH_BEFORE, 8) >= 0


_FRAME_KM = 80.0


def _town_in_frame(doc: Doc, trigger: Span, best: PlaceMention, mentions: list[PlaceMention], launch: set[int],
                   gazetteer: Gazetteer) -> PlaceMention:
    """"وفي ريف حلب الشمالي، دارت اشتباكات ... في محيط بلدة تل رفعت": a region or province named before
    the cue frames the sentence; a town in it named after the cue is where the event happened (and a
    quarter of a town so named, after the cue: "وفي بنغازي، ... في محور قنفودة")."""
    if best.place is None or best.span.start >= trigger.start:
        return best
    if best.place.kind.startswith("PPL"):
        # "وفي بنغازي، تواصلت الاشتباكات ... في محور قنفودة": a quarter of the town named first, after the cue
        for k, m in enumerate(mentions):
            p = m.place
            if m is not best and k not in launch and p is not None and p.kind in ("DISTRICT", "PPLX") \
                    and m.span.start >= trigger.end and (p.parent == best.place.id or (
                        p.lat is not None and best.place.lat is not None
                        and (Gazetteer.distance_km(p, best.place) or 99.0) <= QUARTER_KM)):
                return m
        if best.place.kind == "PPLA" and best.place.admin1 and _frame_opener(doc, best):
            # "وفي الحديدة، استشهد طفل ... في مدينة حيس": the seat the sentence opens on names its province
            # too; a town of that province named after the cue is where it happened
            for k, m in enumerate(mentions):
                p = m.place
                if m is not best and k not in launch and p is not None and m.span.start >= trigger.end \
                        and (p.kind.startswith("PPL") or p.kind == "TOWN") and p.kind != "PPLX" \
                        and p.admin1 == best.place.admin1 and p.country == best.place.country:
                    return m
        return best
    if best.place.kind not in ("REGION", "ADM1", "ADM2"):
        return best
    centre = gazetteer.main_town(best.place)
    for k, m in enumerate(mentions):
        p = m.place
        if m is best or k in launch or p is None or p.lat is None or m.span.start < trigger.end \
                or not (p.kind.startswith("PPL") or p.kind in ("TOWN", "DISTRICT")) or p.country != best.place.country:
            continue
        d = Gazetteer.distance_km(p, centre) if centre is not None and centre.lat is not None else None
        if (best.place.admin1 and p.admin1 == best.place.admin1) or (d is not None and d <= _FRAME_KM):
            return m
    return best


_FRAME_OPENERS = frozenset(("في", "وفي", "ففي"))


def _frame_opener(doc: Doc, m: PlaceMention) -> bool:
    """The sentence opens on the place and a comma: "وفي صنعاء، ..."."""
    si = doc.sentence_of(m.span)
    head = fold_between(doc, doc.sentences[si].start, m.span.start).split() if si is not None else []
    return len(head) == 1 and head[0] in _FRAME_OPENERS \
        and doc.text[m.span.end:m.span.end + 2].strip()[:1] in ("،", ",")


def _far_from_frame(doc: Doc, trigger: Span, best: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention:
    """"وفي صنعاء، شن طيران التحالف غارات على معسكر السواد": a town the sentence opens on frames it; a
    place named after the cue that lies far from that town (a village "السواد" 100 km away) is not where
    it happened: the frame is."""
    if best.place is None or best.place.lat is None or best.span.start < trigger.end:
        return best
    for m in mentions:
        p = m.place
        if m is best or p is None or p.lat is None or m.span.end > trigger.start \
                or not (p.kind.startswith("PPL") or p.kind == "TOWN"):
            continue
        if not _frame_opener(doc, m):
            continue
        if p.kind == "PPLA" and p.admin1 and best.place.admin1 == p.admin1 and best.place.country == p.country:
            continue  # (a province's seat names its province too: the town lies in it, `_town_in_frame`)
        d = Gazetteer.distance_km(best.place, p)
        if d is not None and d > _FRAME_KM:
            return m
    return best


REGION_TOWN_KM = 50.0


def _prefer_specific(ranked: list[PlaceMention], mentions: list[PlaceMention], doc: Doc) -> PlaceMention:
    """"حي جوبر بمحافظة دمشق": the district, not the container that follows it; "في مدينة دوما بالغوطة
    الشرقية": the town, not the region it lies in (within 50 km of the region's point)."""
    best = ranked[0]
    if best.place is None or best.place.kind not in ("ADM1", "ADM2", "PCLI", "PPLC", "PPLA", "PPLA2", "PPL", "REGION"):
        return best
    for p in mentions:
        if p is best or p.span.end > best.span.start or best.span.start - p.span.end > 25:
            continue
        gap = fold_between(doc, p.span.end, best.span.start)
        if re.fullmatch(r"[\s،,(]*(?:في|ب\S*|من|داخل|شمال\S*|جنوب\S*|شرق\S*|غرب\S*)?[\s\S]{0,12}", gap) is None:
            continue
        if p.place is None or p.place.parent == best.place.id or (
                p.place.kind in ("DISTRICT", "PPLX", "BASE", "AIRP", "PORT", "FACILITY", "PPL", "TOWN")
                and best.place.kind in ("ADM1", "ADM2", "PCLI", "PPLC", "PPLA") and p.place.country == best.place.country):
            return p
        if best.place.kind == "REGION" and p.place.kind not in ("PCLI", "ADM1", "REGION") \
                and p.place.country == best.place.country \
                and (Gazetteer.distance_km(p.place, best.place) or 1e9) < REGION_TOWN_KM:
            return p
    return best


def _sentence_places(doc: Doc, sentence: Span, si: int | None, gazetteer: Gazetteer
                     ) -> tuple[tuple[Location | None, str] | None, tuple[PlaceMention, ...]]:
    """(a location the sentence's places settle whatever the trigger, or None; else the places of
    the sentence an event of it may be at): the unmasked places of the sentence, less a
    neighbouring country, a person's place, a news agency's credit and an actor's seat (`locate`)."""
    kept = tuple(p for p in doc.places if sentence.contains(p.span) and not doc.is_masked(p.span))
    in_sentence = list(kept)
    # "منطقة دير المحاذية لأفغانستان": a neighbouring country is not where the event is when the
    # sentence names another place, or the country it is in ("المنطقة القبلية الباكستانية المحاذية
    # لأفغانستان" → Pakistan); alone, it is kept ("بلدة على الحدود مع سوريا" says no more)
    near = [p for p in in_sentence if _neighbour(doc, p)]
    if near:
        in_sentence = [p for p in in_sentence if p not in near]
        if not in_sentence:
            own = _own_country(doc, sentence, {p.place.country for p in near}, gazetteer)
            if own is not None:
                return own, ()
            if si is not None and _UNNAMED_PLACE.search(fold_between(doc, sentence.start, sentence.end)):
                # "قتل انتحاري 32 شخصا في بلدة على الحدود مع سوريا" in an article on Turkey: the town
                # lies on this side of the border, in the country the article's nationality words name
                own = _article_nationality(doc, {p.place.country for p in near}, gazetteer)
                if own is not None:
                    loc = location_of(own, precision=3, gazetteer=gazetteer)
                    return (loc, (f"'{doc.span_text(near[0].span)}' in the sentence: a neighbour of the unnamed place; "
                                  f"{own.name} by the article's nationality words (country only, at the capital, precision 3)")), ()
            in_sentence = near
    # "تظاهرات شهدتها عدة مدن تركية احتجاجا على نشر قوات في العراق": a place in the protest's
    # purpose clause is its topic, not where it happened
    # "حكومة هادي التي تعمل من الرياض": a seat the actor works from is not where it acts
    # "مسلحين موالين لزعيم الحرب السابق في مقديشو": a place that tells who a leader is says nothing of
    # where the event was, even when the sentence names no other (the sentences before may)
    in_sentence = [p for p in in_sentence if not _persons_place(doc, p) and not _agency_credit(doc, p)]
    # "اختطف مسلحون شابين من أبناء مدينة شهبا قرب بلدة عتيل": the victims' home town yields to a place of the
    # act the sentence names (alone, it is the best the text gives)
    origins = [p for p in in_sentence if _hometown(doc, p)]
    if origins and len(origins) < len(in_sentence):
        in_sentence = [p for p in in_sentence if p not in origins]
    # "اعتقلت قوة ... ما يسمى «والي كركوك» ... في قضاء الحويجة"، "وقال والي شانلي أورفة إن القذائف سقطت على
    # منازل": an office's province or district is no place of the act (kept for a quarter of its town: "قال
    # قائمقام تلعفر إن سيارة مفخخة انفجرت في حي الوحدة وسط البلدة")
    offices = [p for p in in_sentence if _office_place(doc, p)]
    if offices and not any(p.cue == "حي" or (p.place is not None and p.place.kind in ("DISTRICT", "PPLX"))
                           for p in in_sentence if p not in offices):
        in_sentence = [p for p in in_sentence if p not in offices]
    # (a seat alone in the sentence says no more: "وتسعى الحكومة التي تعمل من الرياض ... وسيطرت قواتها على
    # حي جديد" after a sentence on Aden)
    in_sentence = [p for p in in_sentence if not _seat(doc, p)]
    return None, tuple(in_sentence)


def locate(doc: Doc, trigger: Span, *, gazetteer: Gazetteer) -> tuple[Location | None, str]:
    """The location of the event cued at `trigger` and a short English reason.

    >>> from rasd.model import Article
    >>> from rasd.pipeline import run
    >>> d = run(Article("a", "قتل ثلاثة مدنيين في غارة جوية على مدينة سرت أمس."), until="places")
    >>> loc, why = locate(d, Span(0, 3), gazetteer=Gazetteer.builtin())
    >>> loc.name, loc.geo_precision
    ('Sirte', 1)
    """
    si = doc.sentence_of(trigger)
    sentence = doc.sentences[si] if si is not None else Span(0, len(doc.text))
    # the sentence's places and the tests that do not depend on the trigger, once per sentence
    # (an article's event cues share sentences)
    memo = _doc_memo(doc)
    key = ("sentence-places", sentence.start, sentence.end, si is None)
    hit = memo.get(key)
    if hit is None or hit[0] is not gazetteer:
        hit = memo[key] = (gazetteer, _sentence_places(doc, sentence, si, gazetteer))
    found, kept = hit[1]
    if found is not None:
        return found
    in_sentence = list(kept)
    # "قتل عشرات في أعمال عنف شملت مناطق من العراق، فيما ساد الهدوء مدينة كربلاء": a place of a
    # clause opened after the cue that states calm is where nothing happened
    in_sentence = [p for p in in_sentence if not _calm_clause(doc, p, trigger)] or in_sentence
    # (or a clause telling what the act coincided with: "... تزامنا مع افتتاح السفارة الأمريكية في القدس")
    in_sentence = [p for p in in_sentence if not _coinciding_place(doc, p, trigger)] or in_sentence
    topic = [p for p in in_sentence if _topic_place(doc, p, trigger)]
    if topic:
        in_sentence = [p for p in in_sentence if p not in topic]
        if not in_sentence or all(_dateline(doc, p) for p in in_sentence):
            own = _own_country(doc, sentence, {p.place.country for p in topic if p.place is not None}, gazetteer)
            if own is not None and (not in_sentence or _SEVERAL_CITIES.search(fold_between(doc, sentence.start, sentence.end))):
                return own
    if len(in_sentence) > 1:
        # "الموصل (العراق) - أعدم تنظيم داعش 25 شخصا في منطقة الغابات شمالي مدينة الموصل": the dateline
        # says where the story was filed; the places the sentence tells are where it happened
        # (a country named alone does not outweigh it: "بغداد (رويترز) - قتل خمسة ... في العراق")
        told = [p for p in in_sentence if not _dateline(doc, p)]
        # (a province outweighs a dateline outside it: "الرياض (رويترز) - ... على مركز حدودي في منطقة جازان")
        filed = [p.place for p in in_sentence if _dateline(doc, p) and p.place is not None]
        if len(told) < len(in_sentence) and any(
                p.place is None or p.place.kind not in ("PCLI", "REGION", "ADM1")
                or (p.place.kind == "ADM1" and filed and all(f.admin1 != p.place.admin1 or f.country != p.place.country
                                                              for f in filed))
                for p in told):
            in_sentence = told
    anchors: list[PlaceMention] = []
    if len(in_sentence) > 1:
        described = _descriptive_anchors(doc, in_sentence)
        if described:
            anchors = [p for p in in_sentence if p.span in described]
            in_sentence = [p for p in in_sentence if p.span not in described]
    took_off = False
    if in_sentence:
        launch = _launch_sites(doc, in_sentence)
        if anchors and len(launch) == len(in_sentence):
            # "تفجير خط الغاز المتجه إلى الأردن قرب العريش": the place described is where the line leads;
            # the place that describes it is where the act happened
            in_sentence = anchors
            launch = _launch_sites(doc, in_sentence)
        costs = {id(m): _cost(doc, trigger, m, k in launch) for k, m in enumerate(in_sentence)}
        ends = [m for m in in_sentence if _road_end(doc, m)]
        if ends:
            # "الطريق الدولي بين دمشق وحمص قرب بلدة النبك": the towns the road joins, when a place right
            # after them says where on the road, give way to it (it takes the nearer end's cost)
            # (a region or a country after them, "بين الرمادي وهيت غرب العراق", says where the road is, not
            # where on it)
            where = [p for p in in_sentence if p.place is not None and p not in ends
                     and p.place.kind not in ("PCLI", "ADM1", "REGION")
                     and 0 <= p.span.start - ends[-1].span.end <= ROAD_PLACE_GAP]
            if where:
                best_end = min(costs[id(m)] for m in ends)
                for m in ends:
                    costs[id(m)] += ROAD_END_COST
                for p in where:
                    costs[id(p)] = min(costs[id(p)], best_end)
        ranked = sorted(in_sentence, key=lambda m: costs[id(m)])
        took_off = len(launch) == len(in_sentence)
        if not took_off:
            best = _prefer_specific(ranked, in_sentence, doc)
            best = _nearer_country(doc, trigger, ranked, best, launch, in_sentence, gazetteer)
            best = _town_in_frame(doc, trigger, best, in_sentence, launch, gazetteer)
            best = _far_from_frame(doc, trigger, best, in_sentence)
            how = "attached to the trigger in its sentence" if best.span.start >= trigger.end else "in the sentence"
            if best.place is not None and best.place.kind == "PCLI":
                if all(m.place is not None and m.place.kind == "PCLI" and not _locative(doc, m) for m in in_sentence):
                    # "نزل المتظاهرون في عدة مدن باكستانية غضبا من قرار بريطانيا": a country that acts,
                    # where the sentence's nationality word names another one
                    own = _own_country(doc, sentence, {m.place.country for m in in_sentence}, gazetteer)
                    if own is not None:
                        return own
                finer = _country_context(doc, best, si, gazetteer, how)
                if finer is not None:
                    return finer
            loc, why = _mention_location(doc, best, in_sentence, gazetteer, how)
            if loc is not None and loc.geo_precision == 1 and best.place is not None and any(
                    u.place is None and u.span.end <= best.span.start
                    and _BELONGING_GAP.fullmatch(fold_between(doc, u.span.end, best.span.start))
                    for u in doc.places if sentence.contains(u.span)):
                # "قرية الحمرا التابعة لمنطقة السفيرة": a village the gazetteer lacks, near the town it belongs to
                loc = dataclasses.replace(loc, geo_precision=2)
                why += "; an unknown place told as belonging to it (precision 2)"
            elif loc is not None and loc.geo_precision < 3 and best.place is not None and _dateline(doc, best):
                # "بغداد (رويترز) - قال مسؤولون إن ستة جنود قتلوا أمس في هجوم على موقع عسكري": the text names
                # no place for the event; where the story was filed is the article's main place only
                loc = dataclasses.replace(loc, geo_precision=3)
                why += "; the dateline's place only: where the story was filed (precision 3)"
            elif loc is not None and loc.geo_precision == 1 and best.place is not None and _road_end(doc, best):
                # "على الطريق الرابط بين مدينتي الرمادي وهيت": somewhere on the road, near its first town
                loc = dataclasses.replace(loc, geo_precision=2)
                why += "; an end of the road it happened on (precision 2)"
            if loc is not None:
                return loc, why
    if took_off and si is not None and si + 1 < len(doc.sentences):
        # "مقاتلات أقلعت من قاعدة في ديار بكر وقصفت مقرين": the next sentence tells where they struck
        nxt = doc.sentences[si + 1]
        after = [p for p in doc.places if nxt.contains(p.span) and p.place is not None and p.place.kind != "PCLI"
                 and not doc.is_masked(p.span) and not _launch_site(doc, p)]
        if after:
            loc, why = _mention_location(doc, after[0], after, gazetteer, "in the next sentence")
            if loc is not None:
                return loc, _fallback_why(why) + " (the sentence names only where the aircraft took off)"
    # the place of the one or two sentences before, in the same paragraph (or, when the paragraph
    # names none before the sentence, across the paragraph break): in the nearest sentence naming
    # one, the place a cue of that sentence is attached to, else its last place
    para_start = _paragraph_start(doc.text, sentence.start)
    if si is not None:
        back = doc.sentences[max(0, si - 2)].start
        def known_between(lo: int) -> list[PlaceMention]:
            return [p for p in doc.places if lo <= p.span.start < sentence.start and p.place is not None
                    and not doc.is_masked(p.span)]
        before = known_between(max(para_start, back))
        how = "preceding in the paragraph"
        if not before and back < para_start:   # a country named there says less than the headline
            before = [p for p in known_between(back) if p.place.kind != "PCLI"]
            how = "preceding, across the paragraph break"
        if len(before) > 1:
            described = _descriptive_anchors(doc, before)
            before = [p for p in before if p.span not in described]
        if before:
            m = _previous_sentence_place(doc, before)
            loc, why = _mention_location(doc, m, before, gazetteer, how)
            if loc is not None:
                return loc, _fallback_why(why)
    # the headline: the article's first line, or its title when the text does not hold it
    head = _headline_place(doc, gazetteer)
    if head is not None:
        place, where = head
        if place.kind == "PCLI":
            # "جيش جنوب السودان دهس مدنيين" with "ولاية الوحدة" named twice below: the article's
            # main place in the headline's country, not its capital (ACLED_CODING §4)
            main = _main_place_in(doc, place.country, gazetteer)
            if main is not None:
                loc = location_of(main, precision=3, gazetteer=gazetteer)
                return loc, (f"no place near the cue: {place.name} named in the {where}, at the article's "
                             f"main place there, {main.name} (precision 3)")
        loc = location_of(place, precision=2, gazetteer=gazetteer)
        return loc, f"no place near the cue: {place.name} named in the {where} (precision {loc.geo_precision})"
    main, country = article_focus(doc, gazetteer)
    if main is None:
        own = _towns_of_a_country(doc, sentence, gazetteer)
        if own is not None:
            return own
        home = _home_force_country(doc, sentence, gazetteer)
        if home is not None:
            return home
        return None, "no place in the sentence, the paragraph or the article"
    prec = 3 if main.kind == "PPLC" and not any(p.place is not None and p.place.id == main.id for p in doc.places) else 2
    loc = location_of(main, precision=prec, gazetteer=gazetteer)
    return loc, f"no place near the cue: the article's main place {main.name} (precision {loc.geo_precision})"


def _previous_sentence_place(doc: Doc, before: list[PlaceMention]) -> PlaceMention:
    """The place an event told in an earlier sentence happened at: in the latest sentence naming a
    place, the one a cue of that sentence is attached to ("شنت القوات عملية في مدينة سجنان استهدفت
    عناصر ... في منطقة بنزرت" → سجنان), else its last place; a finer place before a country."""
    finer = [p for p in before if p.place.kind != "PCLI"] or before
    last = finer[-1]
    si = doc.sentence_of(last.span)
    if si is None:
        return last
    sent = doc.sentences[si]
    pool = [p for p in finer if sent.contains(p.span)]
    cues = [t for t in doc.triggers if sent.contains(t.span)]
    if len(pool) < 2 or not cues:
        return last
    # the sentence's main cue: the strongest, the first of equals
    cue = max(cues, key=lambda t: (t.weight, -t.span.start)).span
    launch = _launch_sites(doc, pool)
    ranked = sorted(pool, key=lambda p: _cost(doc, cue, p, pool.index(p) in launch))
    return _prefer_specific(ranked, pool, doc)


def _nearer_country(doc: Doc, trigger: Span, ranked: list[PlaceMention], best: PlaceMention,
                    launch: set[int], mentions: list[PlaceMention], gazetteer: Gazetteer) -> PlaceMention:
    """"غارات على مواقع في سوريا وبدأت حملة قصف في شمال العراق": a country named closer to the trigger
    than the finer place, which lies in another country, is where this event is (the finer place
    belongs to another clause); the country is then refined from the article (`_country_context`)."""
    if best.place is None or best.place.kind == "PCLI":
        return best
    countries = [m for k, m in enumerate(mentions) if m.place is not None and m.place.kind == "PCLI"
                 and k not in launch and m.place.country != best.place.country and _locative(doc, m)]
    if not countries:
        return best
    if best.span.start >= trigger.end and _LOCATIVE_CUED.search(fold_between(doc, max(0, best.span.start - 30), best.span.start)):
        # "الاضطرابات في إيران مع هجوم انتحاري ... في مدينة كويتا": the place the cue is told at,
        # after it, beats a country named before the cue (which belongs to the clause before)
        countries = [c for c in countries if c.span.start >= trigger.start]
        if not countries:
            return best
    raw = lambda m: _cost(doc, trigger, m) - (400 if m.place is not None and m.place.kind == "PCLI" else 0)  # noqa: E731
    c = min(countries, key=raw)
    if raw(c) + 10 < raw(best) and not any(
            m.place is not None and m.place.country == c.place.country and m.place.kind != "PCLI" for m in mentions):
        return c
    return best


_LOCATIVE_CUED = re.compile(r"(?:^|\s)[وف]?(?:في|ب)\s*(?:(?:ال)?(?:مدينه|بلده|قريه|منطقه|ولايه|محافظه|اقليم)\s+)?$"
                            r"|(?:^|\s)[وف]?(?:بمدينه|ببلده|بقريه|بمنطقه|بولايه|بمحافظه|باقليم)\s+$")
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|داخل|الي|عبر|قرب|انحاء|اراضي|ارض"
                              r"|ب?(?:وسط|شمال|جنوب|شرق|غرب)(?:ي|\s+(?:شرق|غرب)ي?)?)\s+$")


def _locative(doc: Doc, m: PlaceMention) -> bool:
    """The name is where something is, not who acts: "في سوريا", "بسوريا", "داخل الأراضي السورية";
    not "الضربات التي تقودها السعودية", "المتحالفة مع إيران"."""
    start = m.span.start
    lead = fold_between(doc, start - 1, start) if start else ""
    if lead in ("ب", "ل") and start >= 2 and not doc.text[start - 2].isspace():
        return lead == "ب"
    return bool(_LOCATIVE_BEFORE.search(fold_between(doc, max(0, start - 20), start)))


def _country_context(doc: Doc, m: PlaceMention, si: int | None, gazetteer: Gazetteer, how: str
                     ) -> tuple[Location, str] | None:
    """The sentence names only a country ("غارات على مواقع للتنظيم في سوريا"): ACLED codes the
    article's main place in that country, not its capital, when the article names one. Tried in
    order: a finer place of that country in the next sentence (which often tells the detail: "استهدفتا
    موقعا يبعد 160 كيلومترا جنوب شرقي سرت"), in the two sentences before, then the headline's, then the
    country's place named most often in the article. The reason keeps "country only" (the sentence
    itself gave no more)."""
    cc = m.place.country
    def same(p: PlaceMention) -> bool:
        return (p.place is not None and p.place.country == cc and p.place.kind != "PCLI"
                and p.place.lat is not None and not doc.is_masked(p.span))
    text = doc.span_text(m.span)
    if si is not None:
        said = fold_between(doc, doc.sentences[si].start, doc.sentences[si].end)
        if _UNNAMED_PLACE.search(said) or _COUNTRY_PART.search(said):
            # "بعد تفجير ... في بلدة على الحدود مع سوريا", "في جنوب شرق البلاد": the sentence describes
            # a place it does not name; a town another sentence names (for another event) is not it:
            # the part of the country the sentence names when the gazetteer has it, else the capital
            part = _COUNTRY_PART.search(said)
            if part is not None:
                side = " ".join(w for w in part.group(1, 2) if w)
                region = next((p for p in gazetteer.find(f"{side} {m.place.name_ar}")
                               if p.country == cc and p.kind == "REGION"), None)
                if region is not None:
                    loc = location_of(region, precision=3, gazetteer=gazetteer)
                    return loc, (f"'{text}' {how}: {m.place.name} (country only), the part of the country "
                                 f"named, {region.name} (precision 3)")
            return None
        if si + 1 < len(doc.sentences):
            nxt = doc.sentences[si + 1]
            after = [p for p in doc.places if nxt.contains(p.span) and same(p) and not _launch_site(doc, p)
                     and not _persons_place(doc, p) and not _calm_clause(doc, p) and not _dateline(doc, p)]
            if after:
                loc, why = _mention_location(doc, after[0], after, gazetteer, "in the next sentence")
                if loc is not None:
                    return loc, f"'{text}' {how}: {m.place.name} (country only), refined by the next sentence: {_fallback_why(why)}"
        lo = doc.sentences[max(0, si - 2)].start
        before = [p for p in doc.places if lo <= p.span.start < doc.sentences[si].start and same(p)
                  and not _persons_place(doc, p) and not _calm_clause(doc, p)]
        if before:
            loc, why = _mention_location(doc, before[-1], before, gazetteer, "preceding")
            if loc is not None:
                return loc, f"'{text}' {how}: {m.place.name} (country only), refined by the sentence before: {_fallback_why(why)}"
    head = _headline_place(doc, gazetteer)
    if head is not None and head[0].country == cc and head[0].kind != "PCLI":
        loc = location_of(head[0], precision=3, gazetteer=gazetteer)
        return loc, f"'{text}' {how}: {m.place.name} (country only), at {head[0].name} named in the {head[1]} (precision 3)"
    place = _main_place_in(doc, cc, gazetteer)
    if place is not None:
        loc = location_of(place, precision=3, gazetteer=gazetteer)
        return loc, f"'{text}' {how}: {m.place.name} (country only), at the article's main place there, {place.name} (precision 3)"
    return None


# an unnamed place the sentence describes: "بلدة على الحدود مع سوريا", "مدينة في جنوب البلاد",
# "قرية تقع شمال ..."; a side of "البلاد" (the country named): "في جنوب شرق البلاد"
_UNNAMED_PLACE = re.compile(
    r"(?:^|\s)[وف]?(?:ب|في\s+)?(?:بلده|مدينه|قريه|بلدات|مدن|قري|منطقه)\s+(?:علي\s+(?:ال)?حدود|(?:تقع|واقعه)\s"
    r"|في\s+(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)|ب?(?:شمال|جنوب|شرق|غرب|وسط)ي?\s+(?:ال)?بلاد|حدوديه|قريبه\s+من"
    r"|(?:ب?القرب|قرب)\s)")
_COUNTRY_PART = re.compile(r"(?:^|\s)(?:في|ب)\s*(?:ال)?(شمال|جنوب|شرق|غرب|وسط)ي?(?:\s+(شرق|غرب)ي?)?\s+(?:ال)?بلاد(?:\s|$)")


def _main_place_in(doc: Doc, cc: str, gazetteer: Gazetteer) -> Place | None:
    """The place of country `cc` (finer than the country) the article names most often, the first
    named of equals; None when it names none."""
    def same(p: PlaceMention) -> bool:
        return (p.place is not None and p.place.country == cc and p.place.kind != "PCLI"
                and p.place.lat is not None and not doc.is_masked(p.span) and not _calm_clause(doc, p)
                and not _persons_place(doc, p))
    named = Counter(p.place.id for p in doc.places if same(p))
    if not named:
        return None
    order: dict[str, int] = {}
    for k, p in enumerate(doc.places):
        if p.place is not None:
            order.setdefault(p.place.id, k)
    return gazetteer.get(max(named, key=lambda i: (named[i], -order[i])))


_APPOSITION = re.compile(
    r"[\s،,(\-–]*(?:(?:ال)?(?:واقعه|تقع|يقع|التي|الذي|علي|مسافه|بعد|نحو|حوالي|قرابه|زهاء|مقربه|من)\s*)*[\s(]*$")


_UNIT_IN_GAP = re.compile(r"(?:مدينه|محافظه|ولايه|منطقه|قضاء|بلده|ناحيه|مديريه|محليه|اقليم|ريف)")
_HEADS_UNIT = re.compile(r"[\s،,]*(?:وهي\s+|التي\s+تعد\s+)?(?:عاصمه|كبري\s+مدن|مركز|اكبر\s+مدن|ثاني\s+اكبر\s+مدن)\s+"
                         r"(?:(?:ال)?(?:ولايه|محافظه|اقليم|اقليمي|اقليمه|منطقه|اماره)\s+)?")


def _descriptive_anchors(doc: Doc, mentions: list[PlaceMention]) -> set[Span]:
    """Anchors of distance phrases that only describe where a place named just before lies:
    "سرت (450 كلم شرق طرابلس)", "سرت الواقعة على بعد 450 كلم شرق طرابلس" → طرابلس is not where the
    event is. A place the gazetteer lacks ("بلدة X الواقعة 50 كلم جنوب طرابلس") keeps the distance."""
    out: set[Span] = set()
    for a, b in zip(mentions, mentions[1:]):
        # "بلدة ملكال عاصمة ولاية أعالي النيل"، "بعقوبة كبرى مدن محافظة ديالى": the unit the town heads
        # only says where the town is
        if a.place is not None and b.place is not None and b.place.kind in ("ADM1", "ADM2", "REGION", "PCLI") \
                and a.place.kind not in ("ADM1", "ADM2", "REGION", "PCLI") \
                and (_HEADS_UNIT.fullmatch(gap := fold_between(doc, a.span.end, b.span.start))
                     or (b.place.kind != "PCLI" and _CONTAINER_GAP.fullmatch(gap)
                         and (_UNIT_IN_GAP.search(gap) or fold_between(doc, b.span.start, b.span.end).startswith("ريف")))):
            # ("بلدة سرمين بريف إدلب": the region the town is in says where the town is, it is no second place)
            out.add(b.span)
    for d in doc.distances:
        named = [p for p in mentions if p.place is not None and p.span.end <= d.span.start
                 and d.span.start - p.span.end <= 40 and not d.anchor.overlaps(p.span)]
        if not named or _road_end(doc, named[-1]):
            continue   # ("الطريق بين دمشق وحمص قرب بلدة النبك": the phrase places the road, not Homs)
        g0, g1 = named[-1].span.end, d.span.start
        gap = fold_between(doc, g0, g1)
        if _APPOSITION.fullmatch(gap) or _apposition_phrase(doc, gap, g0, g1):
            out.update(p.span for p in mentions if d.anchor.overlaps(p.span) or d.span.contains(p.span))
    return out


def _described_offset(doc: Doc, m: PlaceMention, gazetteer: Gazetteer) -> tuple[Location, str] | None:
    """"بلدة X الواقعة على بعد 50 كلم جنوب طرابلس" with X unknown: the computed point, precision 3."""
    for d in doc.distances:
        if d.relation != "offset" or d.km is None or d.bearing is None or d.span.start < m.span.end \
                or d.span.start - m.span.end > 40:
            continue
        if not _APPOSITION.fullmatch(fold_between(doc, m.span.end, d.span.start)):
            continue
        anchor = next((p for p in doc.places if p.place is not None and p.place.lat is not None
                       and d.anchor.overlaps(p.span)), None)
        if anchor is None:
            continue
        town = gazetteer.main_town(anchor.place)
        lat, lon = destination(town.lat, town.lon, d.km, d.bearing)
        base = location_of(anchor.place, precision=3, gazetteer=gazetteer)
        loc = Location(name=f"{d.km:g} km from {town.name}", name_ar=doc.span_text(m.span), latitude=lat,
                       longitude=lon, geo_precision=3, admin1=base.admin1, country=base.country,
                       geonameid=None, iso=base.iso)
        return loc, f"distance '{doc.span_text(d.span)}': {d.km:g} km on {d.bearing:g}° from {town.name} (precision 3)"
    return None


def _apposition_phrase(doc: Doc, gap: str, g0: int, g1: int) -> bool:
    """"سرت، معقل تنظيم داعش شرق طرابلس": a comma or bracket, then a short noun phrase (at most six
    words, none opening a new clause with و/ف, no event cue) before the distance phrase."""
    g = gap.lstrip(" ")
    if not g or g[0] not in "،,(-–":
        return False
    words = g[1:].split()
    if len(words) > 6 or any(w[0] in "وف" and len(w) > 3 for w in words):
        return False
    return not any(g0 <= t.span.start < g1 for t in doc.triggers)


def _fallback_why(why: str) -> str:
    """A reason for a place found outside the event's sentence must not read as in-sentence
    (the event assembler keys on "attached", "in the sentence" and "distance")."""
    return why.replace("distance '", "offset '")


def _headline_place(doc: Doc, gazetteer: Gazetteer) -> tuple[Place, str] | None:
    """The first place (a town before a country) of the headline: the text's first line when it is
    short, else Article.title (used only to choose, never as evidence)."""
    text = doc.text
    nl = text.find("\n")
    first = Span(0, nl if nl >= 0 else len(text))
    if 0 < len(first) <= 200 and nl >= 0:
        found = [p for p in doc.places if first.contains(p.span) and p.place is not None]
        if found:
            finer = [p for p in found if p.place.kind != "PCLI"]
            return (finer or found)[0].place, "headline"
    title = doc.article.title
    if title and title.strip() and title.strip() not in text:
        place = _title_place(title.strip(), gazetteer)
        if place is not None:
            return place, "title"
    return None


@lru_cache(maxsize=512)
def _title_place(title: str, gazetteer: Gazetteer) -> Place | None:
    """The first place of a title (cached: every event of an article asks for it)."""
    from rasd.arabic import tokens
    from rasd.arabic.normalize import fold
    from rasd.extract.places import add_places
    from rasd.model import Article
    folded, omap = fold(title)
    d = Doc(Article("title", title), folded=folded, offsets=omap, sentences=(Span(0, len(title)),))
    d = tokens.add_tokens(d)
    found = [p for p in add_places(d, resources=_GazOnly(gazetteer)).places if p.place is not None]
    finer = [p for p in found if p.place.kind != "PCLI"]
    return (finer or found)[0].place if found else None


class _GazOnly:
    """The resources bundle add_places needs: a gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer


def _paragraph_start(text: str, pos: int) -> int:
    k = text.rfind("\n", 0, pos)
    return 0 if k < 0 else k + 1


__all__ = ["locate", "location_of", "article_focus", "destination", "CUES"]
