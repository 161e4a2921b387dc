"""The Arabic gazetteer: places of the region with every Arabic spelling, looked up by folded key.

`Gazetteer.builtin()` loads the shipped `gazetteer.tsv` (GeoNames / Who's On First / OpenStreetMap,
built by scripts/build_gazetteer.py) plus the hand-curated `gazetteer_supplement.tsv` (districts,
bases, ports, crossings) and the stop list `false_places.tsv`; `Gazetteer.from_path(path)` loads a
gazetteer file of the same format (and, optionally, a supplement). Every row is validated; a bad row
raises ResourceError naming the file, line and reason.

Lookup keys are "canonical" word sequences (`name_key`): folded (hamza/alef, ى/ي, ة/ه, harakat),
the article "ال" dropped from every word, and أبو/ابو/بو/أبي + word joined into one word, so
"أبو قرين", "ابو قرين", "بوقرين" and "بو قرين" share a key, as do "بنغازى" and "بنغازي":

>>> g = Gazetteer.builtin()
>>> sorted(p.name for p in g.lookup(name_key("بنغازى")) if p.kind == "PPLA")
['Benghazi']
>>> name_key("أبو قرين") == name_key("بوقرين")
True
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path

from rasd.arabic.normalize import fold_string
from rasd.arabic.translit import arabic_skeleton, spelled_alike
from rasd.errors import ResourceError
from rasd.model import Place

MAIN_FILE = "gazetteer.tsv"
SUPPLEMENT_FILE = "gazetteer_supplement.tsv"
STOPLIST_FILE = "false_places.tsv"
FREQUENT_FILE = "frequent_words.tsv"
LATIN_FILE = "latin_places.tsv"

MAIN_HEADER = "id name name_ar names_ar kind country admin1 lat lon population parent common".split()
SUPPLEMENT_HEADER = "id name name_ar names_ar kind country admin1 lat lon parent source".split()
STOPLIST_HEADER = "word reason country".split()
FREQUENT_HEADER = "word zipf place_zipf".split()
LATIN_HEADER = "id name country admin1 lat lon population names keys kind parent".split()
LATIN_KINDS = ("PPL", "ADM1")
STOP_REASONS = {"common", "weekday", "month", "person", "nationality", "organisation", "cue", "direction"}

# feature codes: a higher rank is a better-known place (PPLC > PPLA > PPL...)
KIND_RANK = {"PCLI": 9, "PPLC": 8, "ADM1": 7, "PPLA": 6, "PPLA2": 5, "ADM2": 4, "PPLA3": 4,
             "PPLA4": 3, "PPL": 2, "PPLX": 2, "PPLL": 1, "PPLF": 1, "PPLS": 1, "STLMT": 1,
             "REGION": 5, "DISTRICT": 3, "BASE": 3, "AIRP": 3, "PORT": 3, "CROSSING": 3,
             "CHECKPOINT": 2, "FACILITY": 2, "TOWN": 3, "DAM": 3, "MOUNTAIN": 3}
SUPPLEMENT_KINDS = {"DISTRICT", "BASE", "AIRP", "PORT", "CROSSING", "CHECKPOINT", "FACILITY",
                    "TOWN", "REGION", "DAM", "MOUNTAIN"}
ADMIN_KINDS = {"PCLI", "ADM1", "ADM2", "REGION"}

_ABU = {"ابو", "بو", "ابي", "ابا"}
_CITY_WORD = "مدينه "
# the first words of compound names ("أم درمان", "أبو غريب", "تل أبيض", "عين العرب"): GeoNames has
# a few villages named by the word alone ("أم" in Darfur, "تل" in Palestine), which then took the
# first word of any compound the gazetteer lacks ("قرية أم قونجة" was Om); never indexed alone
HEAD_ONLY = frozenset("ام ابو بو بني بنى تل دير عين بير بئر كفر خربه راس ذي ذو باب عرب وادي جبل".split())
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))


_JOINABLE = frozenset("دير عين راس تل بير باب".split())


def canon_word(word: str) -> str:
    """One folded word without the article: "البريقه" → "بريقه"; "ابوقرين" → "بوقرين"."""
    if word.startswith("ال") and len(word) >= 4:
        word = word[2:]
    if word.startswith("ابو") and len(word) >= 6:
        word = word[1:]
    return word


def canon_words(words: list[str]) -> list[str]:
    """Canonical words of a folded name: أبو/بو + next word joined ("ابو قرين" → ["بوقرين"])."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _ABU and i + 1 < len(words):
            out.append("بو" + canon_word(words[i + 1]))
            i += 2
            continue
        out.append(canon_word(w))
        i += 1
    return out


def _name_key(name: str) -> str:
    f = fold_string(name).replace("-", " ")
    return " ".join(canon_words(f.split()))


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Lookup key of an Arabic name (folded, canonical words joined by one space)."""
    return _name_key(name)


@dataclass(frozen=True, slots=True)
class StopWord:
    word: str
    reason: str
    country: str | None


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _check_text(path: str, line: int, value: str, what: str) -> None:
    if unicodedata.normalize("NFC", value) != value:
        raise ResourceError(path, line, f"{what} {value!r} is not NFC; normalise the file to NFC")
    for ch in value:
        o = ord(ch)
        if any(a <= o <= b for a, b in _PRESENTATION):
            raise ResourceError(path, line, f"{what} {value!r} holds Arabic presentation forms; use base letters")


class Gazetteer:
    """Places by id and by canonical Arabic key. Places are built on first use (fast loading)."""

    def __init__(self) -> None:
        self._rows: list[str] = []         # the row's tab-separated line (parsed on first use)
        self._places: list[Place | None] = []
        self._common: list[bool] = []
        self._source: list[str] = []
        self._origin: dict[int, tuple[str, int]] = {}   # rows with a parent: (file, line) for errors
        self._by_id: dict[str, int] = {}
        self._index: dict[str, list[int]] = {}
        self._first: dict[str, int] = {}     # first canonical word -> longest key length in words
        self._prefixes: set[str] = set()     # proper prefixes (2+ words) of longer keys
        self.stopwords: dict[str, StopWord] = {}
        self.frequent: dict[str, float] = {}   # key -> zipf frequency as an ordinary word
        self._capitals: dict[str, int] = {}
        self._countries: dict[str, int] = {}
        self._memos: dict[str, dict] = {}
        self._latin_source: tuple[str, str] | None = None   # (file, text) of the Latin-only places
        self._latin_rows: dict[str, list[tuple[int, str]]] | None = None   # country -> (line, row)
        # (country, kind) -> consonant skeleton -> (place, its Latin names), most populous first
        self._latin: dict[tuple[str, str], dict[str, tuple[tuple[Place, tuple[str, ...]], ...]]] = {}

    def memo(self, name: str) -> dict:
        """A named cache dict kept with this gazetteer (lookups derived from it, e.g. which token
        forms may start a name); its content depends only on the gazetteer."""
        d = self._memos.get(name)
        if d is None:
            d = self._memos[name] = {}
        return d

    # ------------------------------------------------------------ loading

    @classmethod
    def builtin(cls) -> "Gazetteer":
        """The shipped gazetteer (loaded once per process)."""
        return _builtin()

    @classmethod
    def from_path(cls, path: str | Path, *, supplement: str | Path | None = None,
                  stoplist: str | Path | None = None, frequent: str | Path | None = None,
                  latin: str | Path | None = None) -> "Gazetteer":
        """A gazetteer from a main TSV file (same columns as gazetteer.tsv), optionally a supplement
        (columns of gazetteer_supplement.tsv), a stop list (columns of false_places.tsv) and a
        Latin-only place list (columns of latin_places.tsv, read on first `latin` lookup)."""
        g = cls()
        p = Path(path)
        g._load_main(str(p), _read(p))
        if supplement is not None:
            s = Path(supplement)
            g._load_supplement(str(s), _read(s))
        if stoplist is not None:
            s = Path(stoplist)
            g._load_stoplist(str(s), _read(s))
        if frequent is not None:
            s = Path(frequent)
            g._load_frequent(str(s), _read(s))
        if latin is not None:
            s = Path(latin)
            g._latin_source = (str(s), _read(s))
        g._finish()
        return g

    def _load_main(self, path: str, text: str) -> None:
        lines = text.split("\n")
        if not lines or lines[0].split("\t") != MAIN_HEADER:
            raise ResourceError(path, 1, f"header must be: {' '.join(MAIN_HEADER)}")
        for n, line in enumerate(lines[1:], start=2):
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 12:
                raise ResourceError(path, n, f"expected 12 tab-separated columns, got {len(cols)}")
            self._add(path, n, cols[:11], cols[11] == "1", "gazetteer", line)

    def _load_supplement(self, path: str, text: str) -> None:
        lines = text.split("\n")
        if not lines or lines[0].split("\t") != SUPPLEMENT_HEADER:
            raise ResourceError(path, 1, f"header must be: {' '.join(SUPPLEMENT_HEADER)}")
        for n, line in enumerate(lines[1:], start=2):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 11:
                raise ResourceError(path, n, f"expected 11 tab-separated columns, got {len(cols)}")
            pid, name, name_ar, names_ar, kind, cc, adm, lat, lon, parent, source = cols
            if not pid.startswith("sup:"):
                raise ResourceError(path, n, f"supplement id {pid!r} must start with 'sup:'")
            if kind not in SUPPLEMENT_KINDS:
                raise ResourceError(path, n, f"kind {kind!r} is not one of {', '.join(sorted(SUPPLEMENT_KINDS))}")
            if not source.strip():
                raise ResourceError(path, n, "empty source: say where the coordinates come from")
            if not lat and not parent:
                raise ResourceError(path, n, "a row without coordinates needs a parent")
            self._add(path, n, [pid, name, name_ar, names_ar, kind, cc, adm, lat, lon, "0", parent],
                      False, source)

    def _load_stoplist(self, path: str, text: str) -> None:
        lines = text.split("\n")
        if not lines or lines[0].split("\t") != STOPLIST_HEADER:
            raise ResourceError(path, 1, f"header must be: {' '.join(STOPLIST_HEADER)}")
        for n, line in enumerate(lines[1:], start=2):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise ResourceError(path, n, f"expected 3 tab-separated columns, got {len(cols)}")
            word, reason, cc = (c.strip() for c in cols)
            if not word:
                raise ResourceError(path, n, "empty word")
            _check_text(path, n, word, "word")
            if reason not in STOP_REASONS:
                raise ResourceError(path, n, f"reason {reason!r} is not one of {', '.join(sorted(STOP_REASONS))}")
            if cc and (len(cc) != 2 or not cc.isupper()):
                raise ResourceError(path, n, f"country {cc!r} is not an ISO alpha-2 code")
            key = name_key(word)
            if key in self.stopwords:
                raise ResourceError(path, n, f"duplicate stop word {word!r}")
            self.stopwords[key] = StopWord(word, reason, cc or None)

    def _load_frequent(self, path: str, text: str) -> None:
        """Place keys that are frequent ordinary words (built by scripts/build_gazetteer.py)."""
        lines = text.split("\n")
        if not lines or lines[0].split("\t") != FREQUENT_HEADER:
            raise ResourceError(path, 1, f"header must be: {' '.join(FREQUENT_HEADER)}")
        for n, line in enumerate(lines[1:], start=2):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise ResourceError(path, n, f"expected 3 tab-separated columns, got {len(cols)}")
            try:
                z = float(cols[1])
            except ValueError:
                raise ResourceError(path, n, f"zipf {cols[1]!r} is not a number") from None
            if not cols[0] or cols[0] != _name_key(cols[0]):
                raise ResourceError(path, n, f"word {cols[0]!r} is not a folded lookup key")
            self.frequent[cols[0]] = z

    def _add(self, path: str, n: int, cols: list[str], common: bool, source: str,
             line: str | None = None) -> None:
        pid, name, name_ar, names_ar, kind, cc, adm, lat, lon, pop, parent = cols
        if not pid:
            raise ResourceError(path, n, "empty id")
        if pid in self._by_id:
            raise ResourceError(path, n, f"duplicate id {pid!r}")
        if not name_ar:
            raise ResourceError(path, n, "empty Arabic name")
        if not kind:
            raise ResourceError(path, n, "empty kind")
        if len(cc) != 2 or not cc.isupper():
            raise ResourceError(path, n, f"country {cc!r} is not an ISO alpha-2 code")
        if lat or lon:
            try:
                la, lo = float(lat), float(lon)
            except ValueError:
                raise ResourceError(path, n, f"lat/lon {lat!r}/{lon!r} are not numbers") from None
            if not (-90 <= la <= 90 and -180 <= lo <= 180):
                raise ResourceError(path, n, f"lat/lon {lat}/{lon} out of range")
        if not pop.isdigit():
            raise ResourceError(path, n, f"population {pop!r} is not a whole number")
        names = [name_ar] + [x for x in names_ar.split("|") if x]
        idx = len(self._rows)
        keys = set()
        for nm in names:
            if source != "gazetteer":   # the shipped file is checked when built; hand-made rows here
                _check_text(path, n, nm, "Arabic name")
            k = _name_key(nm)
            if not k:
                raise ResourceError(path, n, f"Arabic name {nm!r} folds to nothing")
            if kind == "ADM2" and k.startswith(_CITY_WORD) and k.count(" ") == 1:
                # a district unit named "مدينة البيضاء" (Al Bayda City): the text "مدينة البيضاء" is the
                # cue word and the town's name, not this unit alone; the unit is indexed as "البيضاء"
                k = k[len(_CITY_WORD):]
            if k in HEAD_ONLY and fold_string(nm).strip() in HEAD_ONLY:
                continue   # (a bare head word: "الباب" Al-Bab, "التل" At-Tall stay)
            keys.add(k)
            f = fold_string(nm).replace("-", " ").split()
            if len(f) >= 2 and f[0] in _JOINABLE and f[1].startswith("ال"):
                # "ديرالزور"، "راسالعين": news often writes the head word and the name as one
                keys.add(" ".join(canon_words([f[0] + f[1]] + f[2:])))
            elif len(f) >= 2 and f[0] == "كفر" and len(f[1]) >= 3:
                # "كفرنبل"، "كفرنبودة"، "كفرسوسة": Syrian and Lebanese villages written as one word
                keys.add(" ".join(canon_words([f[0] + f[1]] + f[2:])))
            if len(k) >= 5 and k.endswith("اء"):
                # "مستبأ" for "مستباء"، "صنعا" for "صنعاء": news often drops the final hamza
                keys.add(k[:-1])
        if parent:
            self._origin[idx] = (path, n)
        self._rows.append(line if line is not None else "\t".join(cols))
        self._places.append(None)
        self._common.append(common)
        self._source.append(source)
        self._by_id[pid] = idx
        for k in keys:
            lst = self._index.get(k)
            if lst is None:
                self._index[k] = [idx]
            else:
                lst.append(idx)
            first, _, _ = k.partition(" ")
            nw = k.count(" ") + 1
            if self._first.get(first, 0) < nw:
                self._first[first] = nw
            if nw > 2:
                words = k.split(" ")
                for m in range(2, nw):
                    self._prefixes.add(" ".join(words[:m]))
        if kind == "PPLC":
            old = self._capitals.get(cc)
            if old is None or int(pop) > int(self._rows[old].split("\t")[9]):
                self._capitals[cc] = idx
        elif kind == "PCLI":
            self._countries[cc] = idx

    def _finish(self) -> None:
        for i, (path, n) in self._origin.items():
            cols = self._rows[i].split("\t")
            if cols[10] not in self._by_id:
                raise ResourceError(path, n, f"parent {cols[10]!r} of {cols[0]!r} is not in the gazetteer")

    # ------------------------------------------------------------ access

    def __len__(self) -> int:
        return len(self._rows)

    def _place(self, i: int) -> Place:
        p = self._places[i]
        if p is None:
            c = self._rows[i].split("\t")
            lat = lon = None
            if c[7]:
                lat, lon = float(c[7]), float(c[8])
            elif c[10]:
                par = self._place(self._by_id[c[10]])
                lat, lon = par.lat, par.lon
            admin1 = c[6] or None
            if admin1 is None and c[10]:
                admin1 = self._place(self._by_id[c[10]]).admin1
            p = Place(c[0], c[1], c[2], lat, lon, c[4], c[5], admin1, int(c[9]), c[10] or None)
            self._places[i] = p
        return p

    def get(self, place_id: str) -> Place | None:
        i = self._by_id.get(place_id)
        return None if i is None else self._place(i)

    def lookup(self, key: str) -> tuple[Place, ...]:
        """Places whose canonical key (see `name_key`) is `key`."""
        idx = self._index.get(key)
        return tuple(self._place(i) for i in idx) if idx else ()

    def find(self, name: str) -> tuple[Place, ...]:
        """Places named `name` (any spelling): `find("بوقرين")`."""
        return self.lookup(name_key(name))

    def cue_only(self, key: str) -> bool:
        """True when every place of the key is mostly an ordinary word and small (common, under
        100,000 people, not a capital or country): such a name is a place only after a cue word, so
        the finder need not build its candidates otherwise. Memoised per key."""
        memo = self._memos.get("cue-only")
        if memo is None:
            memo = self._memos["cue-only"] = {}
        r = memo.get(key)
        if r is None:
            idx = self._index.get(key) or ()
            r = bool(idx) and all(self._common[i] and self._cheap_small(i) for i in idx)
            memo[key] = r
        return r

    def _cheap_small(self, i: int) -> bool:
        c = self._rows[i].split("\t")
        return c[4] not in ("PPLC", "PCLI") and int(c[9]) < 100_000

    def has_key(self, key: str) -> bool:
        return key in self._index

    def may_continue(self, key: str) -> bool:
        """True when some longer key starts with `key` (a key of 2+ canonical words)."""
        return key in self._prefixes

    def max_words(self, first: str) -> int:
        """Longest key (in canonical words) starting with `first`; 0 when none."""
        return self._first.get(first, 0)

    def is_common(self, place: Place) -> bool:
        """True when every Arabic name of the place is mostly used as an ordinary word."""
        i = self._by_id.get(place.id)
        return bool(i is not None and self._common[i])

    def source_of(self, place: Place) -> str:
        i = self._by_id.get(place.id)
        return "" if i is None else self._source[i]

    def is_frequent_word(self, key: str) -> bool:
        """True when the key is far more often an ordinary word than a place of its size would be
        ("خمس" five / Al Khums, "فيصل" a first name): a place only with stronger evidence."""
        return key in self.frequent

    def stopword(self, key: str) -> StopWord | None:
        return self.stopwords.get(key)

    def capital(self, country: str) -> Place | None:
        i = self._capitals.get(country)
        return None if i is None else self._place(i)

    def country(self, iso2: str) -> Place | None:
        i = self._countries.get(iso2)
        return None if i is None else self._place(i)

    def country_name(self, iso2: str | None) -> str | None:
        """ACLED's English name when known (countries.tsv), else the gazetteer's."""
        if not iso2:
            return None
        from rasd.resources.countries import country_by_key
        c = country_by_key(iso2)
        if c is not None:
            return c.name
        p = self.country(iso2)
        return p.name if p else iso2

    def alias_of(self, place: Place) -> Place | None:
        """The gazetteer place a curated spelling row stands for: a supplement TOWN row without
        coordinates of its own ("بلدوين" for Beledweyne, GeoNames "بلد وين"); None otherwise."""
        if not place.parent or place.kind != "TOWN":
            return None
        i = self._by_id.get(place.id)
        if i is None or self._rows[i].split("\t")[7]:
            return None
        return self.get(place.parent)

    def parent(self, place: Place) -> Place | None:
        return self.get(place.parent) if place.parent else None

    def main_town(self, place: Place) -> Place:
        """The place an event is coded at when the text names only this unit: an admin1 unit's
        capital, a country's capital; other places stand for themselves."""
        if place.kind in ("PCLI", "ADM1", "ADM2") and place.parent:
            par = self.get(place.parent)
            if par is not None:
                return par
        if place.kind == "PCLI":
            cap = self.capital(place.country)
            if cap is not None:
                return cap
        return place

    def latin(self, word: str, country: str, kind: str = "PPL") -> tuple[Place, ...]:
        """Places of `country` by their Latin names (no Arabic spelling in any source: Lice,
        Gurdaspur; or one the news rarely uses: Silvan, shipped only as "ميافارقين", is returned as
        the shipped row) that the folded Arabic `word` spells (rasd.arabic.translit.spelled_alike), most
        populous first. `kind` "PPL": towns; "ADM1": admin1 units the gazetteer has no row for
        (Punjab of India, Kaduna State), at their capital's point (`parent`: the capital's id when
        the gazetteer has it). The list is read on the first call, a country's index built on its
        first lookup.

        >>> [p.name for p in Gazetteer.builtin().latin("غورداسبور", "IN")]
        ['Gurdaspur']
        >>> [p.name for p in Gazetteer.builtin().latin("بنجاب", "IN", "ADM1")]
        ['Punjab']
        """
        idx = self._latin.get((country, kind))
        if idx is None:
            for k in LATIN_KINDS:
                self._latin[(country, k)] = {}
            for key, entries in self._latin_index(country).items():
                for kind_, e in entries:
                    self._latin[(country, kind_)].setdefault(key, []).append(e)
            idx = self._latin.get((country, kind), {})
        return tuple(p for p, names in idx.get(arabic_skeleton(word), ())
                     if any(spelled_alike(word, n, country) for n in names))

    def _latin_index(self, country: str) -> dict[str, tuple[tuple[str, tuple[Place, tuple[str, ...]]], ...]]:
        """skeleton → ((the row's kind, (place, Latin names)), ...), most populous first; a row whose
        id the gazetteer ships stands for the shipped place (Silvan, shipped as "ميافارقين")."""
        if self._latin_rows is None:
            self._latin_rows = {}
            if self._latin_source is not None:
                path, text = self._latin_source
                lines = text.split("\n")
                if lines[0].rstrip("\r").split("\t") != LATIN_HEADER:
                    raise ResourceError(path, 1, f"header must be {' '.join(LATIN_HEADER)}")
                for n, ln in enumerate(lines[1:], 2):
                    if ln.strip():
                        self._latin_rows.setdefault(ln.split("\t", 3)[2], []).append((n, ln.rstrip("\r")))
        path = self._latin_source[0] if self._latin_source else LATIN_FILE
        found: dict[str, list[tuple[Place, tuple[str, ...]]]] = {}
        for n, ln in self._latin_rows.get(country, ()):
            c = ln.split("\t")
            if len(c) != len(LATIN_HEADER):
                raise ResourceError(path, n, f"{len(c)} columns, expected {len(LATIN_HEADER)}")
            try:
                lat, lon, pop = float(c[4]), float(c[5]), int(c[6])
            except ValueError:
                raise ResourceError(path, n, f"lat/lon/population {c[4]!r}/{c[5]!r}/{c[6]!r} are not numbers") from None
            if c[9] not in LATIN_KINDS:
                raise ResourceError(path, n, f"kind {c[9]!r} is not one of {' '.join(LATIN_KINDS)}")
            place = self.get(c[0]) if c[0] in self._by_id else None
            if place is None:
                place = Place(c[0], c[1], "", lat, lon, c[9], country, c[3] or None, pop, c[10] or None)
            entry = (c[9], (place, tuple(c[7].split("|"))))
            for k in c[8].split("|"):
                found.setdefault(k, []).append(entry)
        return {k: tuple(sorted(v, key=lambda e: -e[1][0].population)) for k, v in found.items()}

    @staticmethod
    def distance_km(a: Place, b: Place) -> float | None:
        if a.lat is None or b.lat is None:
            return None
        return _distance_km(a.lat, a.lon, b.lat, b.lon)


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise ResourceError(str(path), None, "file not found") from None
    except UnicodeDecodeError as e:
        raise ResourceError(str(path), None, f"not UTF-8 ({e.reason})") from None


@lru_cache(maxsize=1)
def _builtin() -> Gazetteer:
    g = Gazetteer()
    base = _res.files("rasd.resources")
    g._load_main(MAIN_FILE, base.joinpath(MAIN_FILE).read_text("utf-8"))
    g._load_supplement(SUPPLEMENT_FILE, base.joinpath(SUPPLEMENT_FILE).read_text("utf-8"))
    g._load_stoplist(STOPLIST_FILE, base.joinpath(STOPLIST_FILE).read_text("utf-8"))
    g._load_frequent(FREQUENT_FILE, base.joinpath(FREQUENT_FILE).read_text("utf-8"))
    g._latin_source = (LATIN_FILE, base.joinpath(LATIN_FILE).read_text("utf-8"))
    g._finish()
    return g
