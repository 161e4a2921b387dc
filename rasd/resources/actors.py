"""The actor lexicon: Arabic phrases → ACLED-style actors, with periods and where each reading applies.

`actors.tsv` holds one row per Arabic pattern (header row, tab-separated, '#' comments):

    pattern  name  inter  country  kind  valid_from  valid_to  where  source

- `pattern`: the phrase as written (matched after `fold_string`, token by token). The first word may
  carry the proclitics و ف ب ل ك. A word written with the article (الجيش) needs the article in the
  text (الجيش، للجيش، بالجيش), one written without it (داعش) needs its absence; a word written
  `(ال)حوثيين` takes either. A leading `*` stands for a force noun (جيش، قوات، طيران، طائرات،
  مقاتلات، غارة ...; see `FORCE_HEADS`) optionally followed by up to two modifiers (الحربية، المسلحة،
  الخاصة ...): `* التركية` matches "المقاتلات التركية", "الطائرات الحربية التركية", "غارة تركية".
- `name`: the ACLED-style English name; may contain `{country}` ("Islamic State ({country})"),
  filled with the country the mention is read in (see `resolve_actor`).
- `inter`: ACLED interaction code 1–8 (empty only for kind `none`).
- `country`: ISO alpha-2 of the actor's own state, if any.
- `kind`: state | rebel | militia | coalition | external | civilians | protesters | rioters |
  unidentified | none (`none` rows name no actor: they stop a shorter pattern, e.g. القاعدة الجوية).
- `valid_from` / `valid_to`: ISO dates (inclusive) or empty.
- `where`: comma-separated ISO2 countries where this reading applies (empty: anywhere).

>>> lex = ActorLexicon.builtin()
>>> [r.actor.name for r in lex.rows_for("داعش")][:1]
['Islamic State ({country})']
>>> resolve_actor(Actor("Islamic State ({country})", 2, None, "rebel"), country="LY", when=None).name
'Islamic State (Libya)'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources as _importlib_resources
from pathlib import Path

from rasd.arabic.normalize import fold_string
from rasd.arabic.tokens import TOKEN_RE
from rasd.errors import ResourceError
from rasd.model import Actor
from rasd.resources.countries import COUNTRY_NAMES  # ISO alpha-2 → English name (countries.tsv)

COLUMNS = ("pattern", "name", "inter", "country", "kind", "valid_from", "valid_to", "where", "source")
KINDS = frozenset({"state", "rebel", "militia", "coalition", "external", "civilians", "protesters",
                   "rioters", "unidentified", "none"})
WILDCARD = "*"
OPTIONAL_ARTICLE = "(ال)"
ARTICLE = "ال"


FORCE_HEADS = frozenset(fold_string(w) for w in (
    "جيش", "قوات", "قوة", "طيران", "طائرات", "طائرة", "طائرتين", "مقاتلات", "مقاتلة", "مروحيات",
    "مروحية", "غارة", "غارات", "ضربة", "ضربات", "قصف", "مدفعية", "بحرية", "جنود", "جنديين",
    "عسكريين", "دبابات", "بوارج", "وحدات", "قاذفات", "سلاح", "سفن", "مدمرة", "درونز",
    "مروحيتين", "مروحيتان", "طائرتان", "مقاتلتين", "مقاتلتان", "غارتين", "غارتان", "ضربتين", "ضربتان",
    "جندي", "جنديان", "ضابط", "ضابطان", "ضابطين", "دبابة", "دورية", "دوريات", "مدرعة", "مدرعات", "آلية",
    "آليات", "جنديا", "ضابطا", "عسكريا", "دفاعات", "زوارق", "زورق", "زورقا", "حرس", "تعزيزات",
    # weapons and attacks named by their side's adjective ("بقذيفة حوثية"، "هجوم داعشي"، "صواريخ روسية")
    "قذيفة", "قذائف", "صاروخ", "صواريخ", "لغم", "ألغام", "هجوم", "هجمات",
    # a drone by its side's adjective ("مسيرة إسرائيلية"، "مسيرات تركية"; a march has no army)
    "مسيرة", "مسيرات", "مسيرتان", "مسيرتين",
    # a raid or fire by its side's adjective ("خلال اقتحام إسرائيلي"، "عملية عسكرية إسرائيلية"، "برصاص إسرائيلي")
    "اقتحام", "عملية", "رصاص", "نيران", "توغل",
    # warships by their side's adjective, one, two or many ("أطلقت مدمرتان أميركيتان 59 صاروخا")
    "مدمرات", "مدمرتان", "مدمرتين", "بارجة", "بارجتان", "بارجتين", "سفينة", "سفينتان", "سفينتين",
    "غواصة", "غواصات", "فرقاطة", "فرقاطات",
    # snipers by their side's adjective ("برصاص قناص إسرائيلي"، "قناصة إسرائيليون")
    "قناص", "قناصة", "قناصان", "قناصين", "قناصو", "قناصي",
))
"""Force nouns a `* <adjective>` pattern may start with (folded, without the article)."""

FORCE_MODIFIERS = frozenset(fold_string(w) for w in (
    "الحربي", "الحربية", "حربي", "حربية", "حربيتان", "حربيتين", "المسلحة", "الخاصة", "خاصة", "الجوي", "الجوية", "جوي",
    "جوية", "البري", "البرية", "البحرية", "العسكري", "العسكرية", "عسكرية", "عسكري", "مسيرة", "الحكومي",
    "المسيرة", "الجو", "بدون", "طيار", "دون", "النظامية", "الحكومية", "إف", "اف", "16", "35",
    "15", "سو", "24", "25", "34", "ميغ", "من", "طراز", "الخاصة", "المروحي", "مروحي", "الحدود",
    "الدفاع", "دفاع",   # ("قوات الدفاع الجوي السعودية")
    "الملكي", "الملكية",   # ("قوات الدفاع الجوي الملكي السعودي"، "القوات الجوية الملكية الأردنية")
    "الهندسة", "هندسة",   # ("قوات الهندسة العراقية")
    "مدفعي", "المدفعي", "صاروخي", "الصاروخي", "صاروخية", "الصاروخية",   # ("قصف مدفعي تركي")
    "ومدفعي", "والمدفعي", "وصاروخي", "والصاروخي", "وجوي", "والجوي",   # ("قصف صاروخي ومدفعي سعودي")
))
"""Words allowed between a force noun and the nationality adjective ("الطائرات الحربية التركية")."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PRESENTATION = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE]")
_NAME_FIELD = re.compile(r"\{([^}]*)\}")


def adjective_forms(core: str, article: bool | None) -> tuple[str, ...]:
    """The other case and number forms of a folded nisba adjective after a force noun: "اميركي" →
    the accusative "اميركيا" (indefinite only) and the duals "اميركيان"، "اميركيين"; "اميركيه" →
    "اميركيتين"، "اميركيتان"."""
    if core.endswith("يه") and len(core) > 3:
        return (core[:-1] + "تين", core[:-1] + "تان")
    if core.endswith("ي") and len(core) > 2:
        forms = (core + "ان", core + "ين")
        return forms if article else (core + "ا",) + forms
    return ()


def strip_article(word: str) -> tuple[str, bool]:
    """(core, had_article) of a folded word: "الجيش" → ("جيش", True); "داعش" → ("داعش", False)."""
    if word.startswith(ARTICLE) and len(word) > 3:
        return word[2:], True
    return word, False


@dataclass(frozen=True, slots=True)
class PatternWord:
    """One folded word of a pattern: its core (article removed) and the article rule.

    `article`: True (must have ال), False (must not), None (either way).
    """

    core: str
    article: bool | None


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One lexicon row: a pattern and the actor it names, where and when this reading applies."""

    pattern: str
    words: tuple[PatternWord, ...]
    wildcard: bool
    actor: Actor
    where: frozenset[str]
    source: str
    path: str
    line: int

    @property
    def key(self) -> tuple:
        return (self.wildcard, self.words)

    def applies(self, country: str | None, when: date | None) -> bool:
        """Whether this reading holds in `country` (None: unknown) on day `when` (None: any day)."""
        if self.where and country not in self.where:
            return False
        if when is not None:
            a = self.actor
            if a.valid_from is not None and when < a.valid_from:
                return False
            if a.valid_to is not None and when > a.valid_to:
                return False
        return True


@dataclass(frozen=True, slots=True)
class ActorPattern:
    """All rows sharing one folded pattern (its readings), in file order."""

    words: tuple[PatternWord, ...]
    wildcard: bool
    rows: tuple[ActorRow, ...]

    @property
    def size(self) -> int:
        return len(self.words) + (1 if self.wildcard else 0)


def _words_of(pattern: str) -> tuple[tuple[PatternWord, ...], bool]:
    chunks = pattern.split()
    wildcard = bool(chunks) and chunks[0] == WILDCARD
    if wildcard:
        chunks = chunks[1:]
    words: list[PatternWord] = []
    for chunk in chunks:
        optional = chunk.startswith(OPTIONAL_ARTICLE)
        if optional:
            chunk = chunk[len(OPTIONAL_ARTICLE):]
        toks = TOKEN_RE.findall(fold_string(chunk))
        for i, tok in enumerate(toks):
            core, had = strip_article(tok)
            if optional and i == 0:
                words.append(PatternWord(core, None))
            else:
                words.append(PatternWord(core, had))
    return tuple(words), wildcard


def _date(value: str, path: str, no: int, column: str) -> date | None:
    if not value:
        return None
    if not _ISO_DATE.fullmatch(value):
        raise ResourceError(path, no, f"{column} {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise ResourceError(path, no, f"{column} {value!r} is not a valid date ({e})") from e


def _parse_row(cols: dict[str, str], path: str, no: int) -> ActorRow:
    pattern = cols["pattern"].strip()
    if not pattern:
        raise ResourceError(path, no, "empty pattern")
    words, wildcard = _words_of(pattern)
    if not words:
        raise ResourceError(path, no, f"pattern {pattern!r} has no words to match")
    if WILDCARD in pattern.split()[1:] or any(WILDCARD in w.core for w in words):
        raise ResourceError(path, no, f"'*' may only stand first in a pattern: {pattern!r}")
    kind = cols["kind"].strip()
    if kind not in KINDS:
        raise ResourceError(path, no, f"unknown kind {kind!r} (expected one of {', '.join(sorted(KINDS))})")
    name = cols["name"].strip()
    if not name:
        raise ResourceError(path, no, "empty name")
    fields = _NAME_FIELD.findall(name)
    if any(f != "country" for f in fields) or name.count("{") != len(fields) or "}" in _NAME_FIELD.sub("", name):
        raise ResourceError(path, no, f"name {name!r}: the only placeholder allowed is {{country}}")
    inter_s = cols["inter"].strip()
    if kind == "none":
        if inter_s:
            raise ResourceError(path, no, "rows of kind 'none' name no actor: leave inter empty")
        inter = 0
    else:
        if not inter_s.isdigit() or not 1 <= int(inter_s) <= 8:
            raise ResourceError(path, no, f"unknown inter code {inter_s!r} (ACLED inter is 1-8)")
        inter = int(inter_s)
    country = cols["country"].strip() or None
    if country is not None and country not in COUNTRY_NAMES:
        raise ResourceError(path, no, f"unknown country code {country!r} (add it to COUNTRY_NAMES)")
    where_s = cols["where"].strip()
    where = frozenset(c.strip() for c in where_s.split(",")) if where_s else frozenset()
    for c in where:
        if c not in COUNTRY_NAMES:
            raise ResourceError(path, no, f"unknown country code {c!r} in where")
    vf = _date(cols["valid_from"].strip(), path, no, "valid_from")
    vt = _date(cols["valid_to"].strip(), path, no, "valid_to")
    if vf and vt and vt < vf:
        raise ResourceError(path, no, f"valid_to {vt} is before valid_from {vf}")
    actor = Actor(name=name, inter=inter, country=country, kind=kind, valid_from=vf, valid_to=vt)
    return ActorRow(pattern, words, wildcard, actor, where, cols["source"].strip(), path, no)


def _read(path: Path) -> list[ActorRow]:
    p = str(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ResourceError(p, None, f"cannot read the actor lexicon ({e})") from e
    header: list[str] | None = None
    rows: list[ActorRow] = []
    seen: dict[tuple, int] = {}
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = [c.strip() for c in cols]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise ResourceError(p, no, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cols) != len(header):
            raise ResourceError(p, no, f"expected {len(header)} tab-separated columns, found {len(cols)}")
        if unicodedata.normalize("NFC", line) != line:
            raise ResourceError(p, no, "text is not in Unicode NFC form (normalise the row to NFC)")
        if _PRESENTATION.search(line):
            raise ResourceError(p, no, "contains Arabic presentation forms; write plain letters")
        row = _parse_row(dict(zip(header, cols)), p, no)
        dup = (row.key, row.where, row.actor.valid_from, row.actor.valid_to)
        if dup in seen:
            raise ResourceError(p, no, f"duplicate of line {seen[dup]}: pattern {row.pattern!r} "
                                       f"with the same where and period")
        seen[dup] = no
        rows.append(row)
    if header is None:
        raise ResourceError(p, None, "empty actor lexicon (no header row)")
    return rows


class ActorLexicon:
    """Patterns indexed by the folded core of their first word (force nouns for `*` patterns).

    Build with `ActorLexicon.builtin()` (the shipped `actors.tsv`, loaded once) or
    `ActorLexicon.from_path(path)`; both validate every row and raise `ResourceError`.
    """

    def __init__(self, rows: list[ActorRow]):
        self.rows = tuple(rows)
        grouped: dict[tuple, list[ActorRow]] = {}
        for r in rows:
            grouped.setdefault(r.key, []).append(r)
        self.patterns = tuple(ActorPattern(k[1], k[0], tuple(v)) for k, v in grouped.items())
        index: dict[str, list[ActorPattern]] = {}
        wild: dict[str, list[ActorPattern]] = {}
        for pat in self.patterns:
            (wild if pat.wildcard else index).setdefault(pat.words[0].core, []).append(pat)
        # the accusative and dual of a one-word `* <adjective>` ("جنديا أميركيا"، "مروحيتين
        # إسرائيليتين"، "جنديان تركيان") name the force as the adjective does, unless a row spells them
        own = {(pat.words, pat.wildcard) for pat in self.patterns}
        for pat in [p for p in self.patterns if p.wildcard and len(p.words) == 1]:
            w = pat.words[0]
            for core in adjective_forms(w.core, w.article):
                words = (PatternWord(core, w.article),)
                if (words, True) not in own:
                    own.add((words, True))
                    wild.setdefault(core, []).append(ActorPattern(words, True, pat.rows))
        # `index`: explicit patterns by the core of their first word; `wild_index`: `* …` patterns by
        # the core of the word after the force noun (and its modifiers). Longest first, file order.
        self.index: dict[str, tuple[ActorPattern, ...]] = {
            k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in index.items()}
        self.wild_index: dict[str, tuple[ActorPattern, ...]] = {
            k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in wild.items()}
        # folded token form → what it may start (filled by rasd.extract.actors on first sight; a
        # memo of the read-only index above, so one dict lookup per token)
        self.plans: dict = {}

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def from_path(cls, path: str | Path) -> "ActorLexicon":
        return cls(_read(Path(path)))

    @classmethod
    def builtin(cls) -> "ActorLexicon":
        global _BUILTIN
        if _BUILTIN is None:
            _BUILTIN = cls.from_path(builtin_path())
        return _BUILTIN

    def rows_for(self, pattern: str) -> tuple[ActorRow, ...]:
        """Every row whose pattern folds like `pattern` (for tests and `rasd show`)."""
        words, wildcard = _words_of(pattern)
        for pat in self.patterns:
            if pat.words == words and pat.wildcard == wildcard:
                return pat.rows
        return ()


def builtin_path() -> Path:
    return Path(str(_importlib_resources.files("rasd.resources").joinpath("actors.tsv")))


_BUILTIN: ActorLexicon | None = None


def resolve_actor(actor: Actor, *, country: str | None, when: date | None = None) -> Actor:
    """The concrete actor for a mention read in `country` (ISO2, None if unknown) on `when`.

    `{country}` is filled with `COUNTRY_NAMES[country]` (or, lacking a country, with the actor's own
    country; with neither, " ({country})" is dropped: "Islamic State"). The result's `country` is
    the actor's own country, else the country it was read in. A state's forces read outside their
    own country are external forces: inter 8. `when` is accepted for period-dependent names; the
    lexicon already picks the reading valid on that day, so it does not change the name here.

    >>> resolve_actor(Actor("Military Forces of Turkey (2002-)", 1, "TR", "state"), country="SY").inter
    8
    >>> resolve_actor(Actor("Civilians ({country})", 7, None, "civilians"), country=None).name
    'Civilians'
    """
    name = actor.name
    fill = country or actor.country
    if "{country}" in name:
        if fill and fill in COUNTRY_NAMES:
            name = name.replace("{country}", COUNTRY_NAMES[fill])
        else:
            name = re.sub(r"\s*\(\{country\}\)", "", name).replace("{country}", "").strip()
    inter = actor.inter
    if actor.kind == "state" and actor.country and country and country != actor.country:
        inter = 8
    own = actor.country or (fill if fill in COUNTRY_NAMES else None)
    if name == actor.name and inter == actor.inter and own == actor.country:
        return actor
    return replace(actor, name=name, inter=inter, country=own)
