"""Actor mentions: who is named in the article, as ACLED-style actors.

`add_actors(doc, *, resources)` matches the actor lexicon (`resources.actors`, see
rasd/resources/actors.py) token by token over `doc.tokens`, skipping masked text, and fills
`doc.actors` with `ActorMention(span, actor, surface)` in text order; `actor` is concrete (no
`{country}` left) and `span` covers the phrase without its proclitics ("لداعش" → "داعش").

Rules:
- **Longest match wins**, scanning left to right: "تنظيم الدولة الإسلامية" is one mention, not
  "الدولة". The first word may carry و ف ب ل ك (and لل); an explicit pattern beats a `* <adjective>`
  pattern of the same length ("الشرطة التركية" is the police, "المقاتلات التركية" the military).
- **The country a mention is read in** decides `where` and fills `{country}`: first the most frequent
  country among the places of its own sentence, then the article's focus country (the most frequent
  country among `doc.places`; when there are no places, the most frequent country named by a
  country word — ليبيا، الليبية، سوريا، السوري ... — outside actor phrases). A reading restricted by
  `where` applies only in those countries; a pattern with several readings and no known country is
  dropped, one with a single reading is kept. With no country at all, `{country}` falls back to the
  actor's own country, else " ({country})" is dropped ("Civilians").
- **Periods**: with a reference date (`doc.article.published`, else the latest absolute date in the
  text), only readings valid that day apply (قوات الوفاق in 2015 is not the GNA). With no date,
  validity is ignored and the open-ended (current) reading wins.
- **State forces abroad** are inter 8 (the Turkish military read in Syria).
- **"التنظيم"** (the organisation) names the Islamic State / al-Qaeda group last mentioned before it
  in the article; with no such earlier mention it names nobody.

>>> from rasd.model import Article
>>> from rasd.pipeline import run
>>> doc = run(Article("a", "قتل أربعة جنود في هجوم لداعش قرب سرت الليبية.", published=date(2016, 8, 6)),
...           until="actors")
>>> [(m.surface, m.actor.name) for m in doc.actors][-1]
('داعش', 'Islamic State (Libya)')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_not

from rasd.arabic.normalize import fold_string
from rasd.arabic.tokens import stems
from rasd.model import Actor, ActorMention, Doc, Token
from rasd.extract.places import neighbour_mention
from rasd.extract.places import DATELINE_VOTE, dateline_place
from rasd.resources.actors import (ARTICLE, COUNTRY_NAMES, FORCE_HEADS, FORCE_MODIFIERS, ActorLexicon,
                                   ActorPattern, ActorRow, resolve_actor, strip_article)

__all__ = ["add_actors", "find_actors", "resolve_actor", "focus_country", "reference_date", "choose_reading", "post_force", "COUNTRY_NAMES", "COUNTRY_WORDS"]

MAX_MODIFIERS = 3
BELIEF_WORDS = frozenset(fold_string(w) for w in "يعتقد يرجح يشتبه يرجّح يعتقَد يظن".split())
BELIEF_THAT = frozenset(fold_string(w) for w in "أنها أنه بأنها بأنه انها انه".split())
# "مسلحون يعتقد أنهم من جماعة بوكو حرام": men said to be of a group
THEY_THAT = frozenset(fold_string(w) for w in "أنهم انهم بأنهم بانهم أنهما انهما".split())
_JOINERS = frozenset(" «»\"'“”‘’-–")
_JOINER_CHARS = "".join(sorted(_JOINERS))

ANAPHOR = fold_string("تنظيم")
"""Core of "التنظيم": the organisation last named (see ANAPHOR_NAMES)."""
ANAPHOR_NAMES = ("Islamic State", "Al Qaeda", "AQIM", "Al Nusra", "Hayat Tahrir", "Ansar Bayt",
                 "Jabhat Fateh", "Ansar al Sharia")


def _country_words() -> dict[str, str]:
    names = {
        "LY": ("ليبيا", "ليبي"), "SY": ("سوريا", "سوري", "سورية"), "IQ": ("العراق", "عراقي"),
        "YE": ("اليمن", "يمني"), "EG": ("مصر", "مصري"), "SD": ("السودان", "سوداني"),
        "TN": ("تونس", "تونسي"), "SA": ("السعودية", "سعودي"), "TR": ("تركيا", "تركي"),
        "JO": ("الأردن", "أردني"), "LB": ("لبنان", "لبناني"), "AF": ("أفغانستان", "أفغاني"),
        "PK": ("باكستان", "باكستاني"), "DZ": ("الجزائر", "جزائري"), "SO": ("الصومال", "صومالي"),
        "NG": ("نيجيريا", "نيجيري"), "IR": ("إيران", "إيراني"), "PS": ("فلسطين", "فلسطيني"),
        "IL": ("إسرائيل", "إسرائيلي"), "MA": ("المغرب", "مغربي"), "ML": ("مالي",),
        "SS": ("جنوب السودان",), "IN": ("الهند", "هندي"), "US": ("الولايات المتحدة", "أميركي", "أمريكي"),
        "RU": ("روسيا", "روسي"),
    }
    out: dict[str, str] = {}
    for cc, words in names.items():
        for i, w in enumerate(words):
            if " " in w:
                continue
            f = fold_string(w)
            core, _ = strip_article(f)
            out[core] = cc
            if i > 0:  # an adjective: feminine too (الليبية)
                out[core + "ه"] = cc
    # bare country names that are also common words are left out (مالي "financial")
    out.pop(fold_string("مالي"), None)
    # the US and Russia are rarely the scene of what Arabic news reports: their adjectives name
    # forces abroad more often than a place; keep only the country names
    for w in ("أميركي", "أمريكي", "روسي"):
        f = fold_string(w)
        out.pop(f, None)
        out.pop(f + "ه", None)
    return out


COUNTRY_WORDS: dict[str, str] = _country_words()
"""Folded core of a country name or nationality adjective → ISO2 (the focus fallback)."""

# "شنت إسرائيل غارة"، "تركيا قصفت مواقع": a country named as the subject of a strike or an attack
# is its armed forces
AGENT_COUNTRIES: dict[str, str] = {fold_string(w): cc for w, cc in (
    ("إسرائيل", "IL"), ("تركيا", "TR"), ("إيران", "IR"), ("روسيا", "RU"), ("أميركا", "US"), ("أمريكا", "US"),
    ("الولايات", "US"), ("السعودية", "SA"), ("مصر", "EG"), ("الأردن", "JO"), ("الإمارات", "AE"),
    ("فرنسا", "FR"), ("بريطانيا", "GB"), ("باكستان", "PK"), ("إثيوبيا", "ET"), ("كينيا", "KE"))}
AGENT_VERBS = frozenset(fold_string(w) for w in """شنت شن تشن يشن نفذت نفذ تنفذ قصفت قصف تقصف هاجمت هاجم
أطلقت أطلق استهدفت استهدف ضربت ضرب اغتالت""".split())


@lru_cache(maxsize=100_000)
def _readings(norm: str) -> tuple[tuple[str, bool | None, int], ...]:
    """(core, has_article, front chars to skip for the span) for each proclitic reading of a token."""
    out: list[tuple[str, bool, int]] = []
    seen: set[tuple[str, bool]] = set()
    for stem, k, j in stems(norm):
        if j:
            continue
        core, art = strip_article(stem)
        if not art and k >= 2 and norm[k - 2:k] in ("ال", "لل"):
            art = True
            if norm[k - 2:k] == "ال":
                k -= 2
        if (core, art) not in seen:
            seen.add((core, art))
            out.append((core, art, k))
    return tuple(out)


def _word_ok(want: bool | None, art: bool) -> bool:
    return want is None or want == art


_NO_PLAN = ((), None)
_NORM = attrgetter("norm")
_SPAN_START = attrgetter("span.start")


def _plan(lex: ActorLexicon, norm: str) -> tuple[tuple, tuple | None]:
    """What a token of folded form `norm` may do, memoised on the lexicon (one dict lookup per token):
    (readings that may start a pattern: (core, art, k, explicit patterns, is a force noun), and the
    fallback when none matches: ("anaphor", k), ("country", iso2) or None)."""
    plans = lex.plans
    plan = plans.get(norm)
    if plan is None:
        starts = []
        fallback = None
        for core, art, k in _readings(norm):
            pats = lex.index.get(core, ())
            # ("آلية" folds to "اليه": its first letters read as the article, the force noun is the whole word)
            force = (core in FORCE_HEADS or (art and ARTICLE + core in FORCE_HEADS)) and bool(lex.wild_index)
            if pats or force:
                by_second, singles = _by_second_word(lex, core)
                starts.append((core, art, k, by_second, singles, force))
        for core, art, k in _readings(norm):
            if core == ANAPHOR and art:
                fallback = ("anaphor", k)
                break
            cc = COUNTRY_WORDS.get(core)
            if cc:
                fallback = ("country", cc)
                break
        plan = (tuple(starts), fallback) if starts or fallback else _NO_PLAN
        if len(plans) > 200_000:
            plans.clear()
        plans[norm] = plan
    return plan


def _by_second_word(lex: ActorLexicon, core: str) -> tuple[dict[str, tuple[ActorPattern, ...]], tuple]:
    """The explicit patterns whose first word is `core`, split by the core of their second word
    (each group longest first, in index order) and the one-word ones (last in index order)."""
    key = ("2", core)
    got = lex.plans.get(key)
    if got is None:
        by_second: dict[str, list[ActorPattern]] = {}
        singles = []
        for pat in lex.index.get(core, ()):
            if len(pat.words) > 1:
                by_second.setdefault(pat.words[1].core, []).append(pat)
            else:
                singles.append(pat)
        got = ({c: tuple(v) for c, v in by_second.items()}, tuple(singles))
        lex.plans[key] = got
    return got


def _masked_tokens(doc: Doc) -> list[bool] | None:
    """Per token, whether it overlaps a mask (None when the doc has no masks)."""
    if not doc.masks:
        return None
    toks = doc.tokens
    starts = [t.span.start for t in toks]
    ends = [t.span.end for t in toks]
    out = [False] * len(toks)
    for m in doc.masks:
        lo = bisect_right(ends, m.span.start)    # first token ending after the mask starts
        hi = bisect_left(starts, m.span.end)     # first token starting at or after its end
        for j in range(lo, hi):
            out[j] = True
    return out


class _Scan:
    """One pass over the tokens of a doc (kept in locals of add_actors; nothing global changes)."""

    __slots__ = ("doc", "toks", "masked", "folded")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.toks = doc.tokens
        self.folded = doc.folded
        self.masked = _masked_tokens(doc)

    def joins(self, a: Token, b: Token) -> bool:
        """b follows a in one phrase: same sentence, only spaces or quotes between, not masked."""
        if a.sentence != b.sentence:
            return False
        if a.fend == b.fstart:
            return True
        return not self.folded[a.fend:b.fstart].strip(_JOINER_CHARS)   # nothing but joiners

    def follow(self, pat: ActorPattern, start: int, i: int) -> int:
        """Match pattern words[start:] from token i on; return the index past the match or -1."""
        words = pat.words
        if start >= len(words):
            return i
        toks, masked = self.toks, self.masked
        n = len(toks)
        for k in range(start, len(words)):
            if i >= n or (masked and masked[i]) or not self.joins(toks[i - 1], toks[i]):
                return -1
            w = words[k]
            norm = toks[i].norm
            # strip_article, inline: "الجيش" → ("جيش", True)
            if norm.startswith(ARTICLE) and len(norm) > 3:
                if norm[2:] != w.core or w.article is False:
                    return -1
            elif norm != w.core or w.article:
                return -1
            i += 1
        return i

    def match_at(self, i: int, lex: ActorLexicon, starts: tuple) -> tuple[int, ActorPattern, int] | None:
        """The longest pattern starting at token i: (end token index, pattern, front chars skipped).
        `starts`: the token's readings that may start a pattern (see `_plan`)."""
        best: tuple[int, ActorPattern, int] | None = None
        toks, masked = self.toks, self.masked
        nxt: str | None = None   # core of the next token when it may continue a phrase
        j = i + 1
        if j < len(toks) and not (masked and masked[j]) and self.joins(toks[i], toks[j]):
            nxt = toks[j].norm
            if nxt.startswith(ARTICLE) and len(nxt) > 3:   # strip_article, inline
                nxt = nxt[2:]
        for core, art, k, by_second, singles, force in starts:
            # only patterns whose second word is the next token's core can go past one word: the
            # others would fail in `follow`, so skipping them changes nothing (order is kept)
            pats = by_second.get(nxt, ()) + singles if nxt is not None else singles
            for pat in pats:
                if best and pat.size < best[0] - i:
                    break
                want = pat.words[0].article
                if want is not None and want != art:
                    continue
                end = self.follow(pat, 1, i + 1)
                if end > 0 and (best is None or end > best[0]):
                    best = (end, pat, k)
            if force:
                wild = self.wild_from(i, lex)
                if wild and (best is None or wild[0] > best[0]):
                    best = (wild[0], wild[1], k)
        return best

    def wild_from(self, i: int, lex: ActorLexicon) -> tuple[int, ActorPattern] | None:
        """`* adjective` patterns after the force noun at token i (skipping up to two modifiers)."""
        toks, masked = self.toks, self.masked
        j = i + 1
        for _ in range(MAX_MODIFIERS + 1):
            if j >= len(toks) or (masked and masked[j]) or not self.joins(toks[j - 1], toks[j]):
                return None
            core, art = strip_article(toks[j].norm)
            for pat in lex.wild_index.get(core, ()):
                if not _word_ok(pat.words[0].article, art):
                    continue
                end = self.follow(pat, 1, j + 1)
                if end > 0:
                    return end, pat
            if toks[j].norm in BELIEF_WORDS and j + 2 < len(toks) and toks[j + 1].norm in BELIEF_THAT:
                # "غارات جوية يعتقد أنها روسية": the doer said with a belief, as ACLED codes it
                j += 2
                continue
            if toks[j].norm not in FORCE_MODIFIERS:
                return None
            j += 1
        return None


def _rank(row: ActorRow) -> tuple:
    a = row.actor
    return (0 if row.where else 1, 0 if a.valid_to is None else 1,
            -(a.valid_from.toordinal() if a.valid_from else 0))


COMMON_NOUN_PATTERNS = frozenset("""المتمردين المتمردون الميليشيات المليشيات الميليشيا المليشيا الطيران المروحيات
مروحيات الفصائل الثوار المعارضة الكتائب الأكراد الاكراد المقاومة الشرعية الشباب النظام الحشد الانقلابيين الانقلابيون
الانقلابي المخلوع الجيش الجنود جنود جندي جنديا جنديين الصاعقة الرئاسي الشرطة التحالف القاعدة""".split())


_PERIOD_FORCE = re.compile(r"(?:Military|Police) Forces of [^()]+ \(\d{4}-(?:\d{4})?\)$")


def _earliest(rows: tuple[ActorRow, ...], country: str | None, when: date | None) -> list[ActorRow]:
    """A day before every period the lexicon gives a state's forces ("الجيش الإسرائيلي" in a 2007
    story; the table starts in 2009): the earliest period's reading, for the force is the same one.
    Only for state forces whose every reading there starts after that day; none otherwise."""
    if when is None:
        return []
    here = [r for r in rows if r.applies(country, None)]
    # (a force named for a government, "... (2016-2021) Government of National Accord", is that
    # government's only: "قوات الوفاق" in 2015 is no one)
    if not here or any(r.actor.kind != "state" or r.actor.valid_from is None or r.actor.valid_from <= when
                       or not _PERIOD_FORCE.match(r.actor.name) for r in here):
        return []
    first = min(r.actor.valid_from for r in here)
    return [r for r in here if r.actor.valid_from == first]


def choose_reading(rows: tuple[ActorRow, ...], countries: tuple[str, ...],
                   when: date | None) -> tuple[ActorRow, str | None] | None:
    """The reading of a pattern for a mention read in `countries` (most specific first) on `when`.

    Returns (row, the country it was read in) or None when no reading applies or, with no known
    country, the pattern is ambiguous.
    """
    for c in countries:
        cands = [r for r in rows if r.applies(c, when)] or _earliest(rows, c, when)
        if cands:
            return min(cands, key=_rank), c
    cands = [r for r in rows if r.applies(None, when)] or _earliest(rows, None, when)  # readings that hold anywhere
    if cands:
        return min(cands, key=_rank), None
    if countries:
        return None
    # no country known: a reading restricted by `where` stands only if it is the only one, and not
    # for a common noun ("المتمردين" rebels → the Houthis only in Yemen, "الشباب" youth → al-Shabaab
    # only in Somalia, "مروحيات" helicopters → the Syrian air force only in Syria)
    if rows and rows[0].pattern in COMMON_NOUN_PATTERNS:
        return None
    # (a reading that holds anywhere but not on this day has no `where`: "جبهة فتح الشام" before its
    # founding)
    cands = [r for r in rows if r.where and r.applies(next(iter(r.where)), when)]
    if len({r.actor.name for r in cands}) != 1:
        return None
    best = min(cands, key=_rank)
    return best, (next(iter(best.where)) if len(best.where) == 1 else None)


def focus_country(doc: Doc) -> str | None:
    """The article's main country: the most frequent `place.country` among doc.places (ties: first);
    a dateline's place ("نيروبي (رويترز) -": where the story was filed) counts only where no other
    place names a country."""
    counts: Counter = Counter()
    for pm in doc.places:
        if pm.place is not None and pm.place.country:
            counts[pm.place.country] += _weight(doc, pm)
    return counts.most_common(1)[0][0] if counts else None


def _weight(doc: Doc, pm) -> float:
    """A place mention's vote for its country: a dateline's is weak (where the story was filed)."""
    return DATELINE_VOTE if pm.span.start < 40 and dateline_place(doc, pm.span.start, pm.span.end) else 1.0


def reference_date(doc: Doc) -> date | None:
    """The day actor periods are judged on: the publication date, else the latest absolute date the
    text gives (an undated article that says "في 6 أغسطس 2016" is read as of that day), else None."""
    if doc.article.published is not None:
        return doc.article.published
    # An undated article's dates are often history ("استولى على المدينة في مايو 2015" in a 2016
    # story): judge periods only on exact days, and only when the article tells the current year.
    exact = [d.value for d in doc.dates if d.kind in ("absolute", "hijri") and d.precision == 1]
    return max(exact) if exact else None


def _sentence_countries(doc: Doc) -> dict[int, str]:
    """Sentence index → the most frequent country of the places in it (`Doc.sentence_of`, by bisection)."""
    per: dict[int, Counter] = {}
    sents = doc.sentences
    starts = [sp.start for sp in sents]
    for pm in doc.places:
        if pm.place is None or not pm.place.country:
            continue
        if pm.place.kind == "PCLI" and neighbour_mention(doc, pm.span.start):
            continue   # "قرب الحدود مع الجزائر في ولاية القصرين": the neighbour is not where the police are
        pos = pm.span.start
        s = bisect_right(starts, pos) - 1
        if s >= 0 and pos < sents[s].end:
            per.setdefault(s, Counter())[pm.place.country] += _weight(doc, pm)
    return {s: c.most_common(1)[0][0] for s, c in per.items()}


def _countries_outside(doc: Doc, si: int, span) -> tuple[str | None, str | None]:
    """(the sentence's country, the article's) from the places outside `span`."""
    here: Counter = Counter()
    every: Counter = Counter()
    for pm in doc.places:
        if pm.place is None or not pm.place.country or pm.span.overlaps(span):
            continue
        if pm.place.kind == "PCLI" and neighbour_mention(doc, pm.span.start):
            continue
        w = _weight(doc, pm)
        every[pm.place.country] += w
        if doc.sentence_of(pm.span) == si:
            here[pm.place.country] += w
    return (here.most_common(1)[0][0] if here else None), (every.most_common(1)[0][0] if every else None)


def _reading_actor(pat: ActorPattern, countries: tuple[str, ...], when: date | None,
                   hint: date | None = None) -> Actor | bool:
    """The concrete actor a pattern names when read in `countries` on `when`; False for none.

    An undated article (`when` None) gives a `hint`: the latest date it mentions at any precision.
    Readings valid then are preferred ("جبهة النصرة" in a story about 2015 is not yet HTS); a
    pattern none of whose readings fits the hint keeps its undated reading (history dates in a
    later story must not hide the GNA)."""
    chosen = choose_reading(pat.rows, countries, hint) if (when is None and hint is not None) else None
    if chosen is None:
        chosen = choose_reading(pat.rows, countries, when)
    if chosen is None:
        return False
    row, read_in = chosen
    if row.actor.kind == "none":
        return False
    return resolve_actor(row.actor, country=read_in or (countries[0] if countries else None), when=when)


# "عسكريا" is a soldier ("قتل مسلحون عسكريا") or the adjective of the thing before it ("سقط مقذوفا عسكريا")
_MILITARY_ADJECTIVES = frozenset(fold_string(w) for w in "عسكريا عسكري".split())


def _describes(norm: str) -> bool:
    """The word before is an indefinite accusative noun ("مقذوفا"، "هدفا"): the next word is its adjective
    (not a count, "ثلاثة عسكريين", nor a verb's plural subject, "قتل مسلحون عسكريا")."""
    return (len(norm) > 3 and norm.endswith("ا") and not norm[:1].isdigit() and not norm.endswith(("وا", "ان"))) \
        or norm in _ATTIRE


# "مسلحون يرتدون زيا عسكريا"، "بالزي العسكري": a uniform, no soldier
_ATTIRE = frozenset(fold_string(w) for w in "زي زيا بزي الزي بالزي لباس لباسا بلباس اللباس باللباس ملابس بملابس".split())


def find_actors(doc: Doc, lex: ActorLexicon) -> tuple[ActorMention, ...]:
    """All actor mentions in `doc` (tokens needed; places and publication date used when present)."""
    toks = doc.tokens
    if not toks:
        return ()
    scan = _Scan(doc)
    masked = scan.masked
    raw: list[tuple[int, int, ActorPattern | None, int]] = []  # (start, end, pattern, front)
    words = Counter()
    n = len(toks)
    # only tokens whose form may start a pattern or name a country need a look (C-level filter)
    norms = list(map(_NORM, toks))
    plans = list(map(lex.plans.get, norms))
    after = 0   # tokens before this one are inside a phrase already found
    for i in compress(range(n), map(is_not, plans, repeat(_NO_PLAN))):
        if i < after or (masked and masked[i]):
            continue
        starts, fallback = plans[i] or _plan(lex, norms[i])
        hit = scan.match_at(i, lex, starts) if starts else None
        if hit is not None:
            end, pat, k = hit
            raw.append((i, end, pat, k))
            after = end
            continue
        if fallback is not None:
            if fallback[0] == "anaphor":
                raw.append((i, i + 1, None, fallback[1]))
            else:
                words[fallback[1]] += 1
    agents = _agent_countries(toks, norms)
    nationals = _counted_nationals(doc, norms) if doc.numbers or _DUAL_NATIONALS.intersection(norms) \
        or _SINGLE_NATIONALS.keys() & set(norms) else []
    if not raw and not agents and not nationals:
        return ()

    focus = focus_country(doc)
    if focus is None and words:
        focus = words.most_common(1)[0][0]
    by_sentence = _sentence_countries(doc) if doc.places else {}
    when = reference_date(doc)
    hint = None
    if when is None:
        mentioned = [d.value for d in doc.dates if d.kind in ("absolute", "hijri")]
        hint = max(mentioned) if mentioned else None
    text = doc.article.text
    out: list[ActorMention] = []
    last_org: Actor | None = None
    resolved: dict[tuple, Actor | bool] = {}
    for start, end, pat, k in raw:
        first, last = toks[start], toks[end - 1]
        span = doc.offsets.span(first.fstart + k, last.fend)
        if pat is None:  # التنظيم
            if last_org is not None:
                out.append(ActorMention(span, last_org, text[span.start:span.end]))
            continue
        if any(pm.span.start <= span.start and span.end <= pm.span.end for pm in doc.places if pm.place is not None):
            continue   # "ود مدني": a word of a place's own name ("مدني", a civilian), not an actor
        if end == start + 1 and norms[start][k:] in NAMED_PERSON_NOUNS and not _name_after(doc, end):
            continue   # "احتجاجا على مقتل الفتى": the person referred back to, not named here
        if end == start + 1 and k == 0 and norms[start] in _MILITARY_ADJECTIVES and start > 0 \
                and toks[start - 1].sentence == first.sentence and _describes(norms[start - 1]):
            continue   # "مقذوفا عسكريا"، "موقعا عسكريا": the adjective of a thing, no soldier
        if end == start + 1 and norms[start][k:] == _THE_BASE and _base_meant(doc, norms, start):
            continue   # "فجروا سيارة ملغومة عند مدخل القاعدة": the base told before, not Al Qaeda
        sc = by_sentence.get(first.sentence) if doc.sentences else None
        fc = focus
        if sc is not None and any(pm.span.overlaps(span) for pm in doc.places if pm.place is not None):
            # "لواء القدس" in Aleppo: the town in a group's own name says nothing of where it is read
            sc, fc = _countries_outside(doc, first.sentence, span)
            fc = fc or focus
        countries = (sc, fc) if sc and fc and sc != fc else (sc or fc,) if sc or fc else ()
        key = (id(pat), countries)   # the same pattern read in the same countries: the same actor
        actor = resolved.get(key)
        if actor is None:
            actor = resolved[key] = _reading_actor(pat, countries, when, hint)
        if actor is False:
            continue
        out.append(ActorMention(span, actor, text[span.start:span.end]))
        if actor.name.startswith(ANAPHOR_NAMES):
            last_org = actor
    if agents:
        for i, cc in agents:
            forces = _country_forces(lex, cc, when)
            span = doc.offsets.span(toks[i].fstart + _front(norms[i]), toks[i].fend)
            if forces is None or any(m.span.overlaps(span) for m in out):
                continue
            # read where the sentence happens (another country named in it, else the article's): a
            # state's forces abroad are external (inter 8)
            here = [pm.place.country for pm in doc.places if pm.place is not None and pm.place.country
                    and pm.place.country != cc and doc.sentence_of(pm.span) == toks[i].sentence]
            where = here[0] if here else focus if focus and focus != cc else cc
            actor = resolve_actor(forces, country=where, when=when)
            out.append(ActorMention(span, actor, text[span.start:span.end]))
        out.sort(key=lambda m: m.span.start)
    if bare := _bare_forces(toks, norms, out):
        for i, sp in bare:
            speaker = _speakers_force(doc, lex, toks, norms, out, i, sp, focus, when)
            if speaker is not None:
                span = doc.offsets.span(toks[i].fstart + _front(norms[i]), toks[i].fend)
                out.append(ActorMention(span, speaker, text[span.start:span.end]))
        out.sort(key=lambda m: m.span.start)
    if len(out) > 1:
        out = _drop_affiliations(doc, out)
        out = _owned_forces(doc, out)
    if nationals:
        civ = _civilians_row(lex)
        for i, cc in nationals:
            span = doc.offsets.span(toks[i].fstart, toks[i].fend)
            if civ is None or any(m.span.overlaps(span) for m in out):
                continue
            out.append(ActorMention(span, resolve_actor(civ, country=cc, when=when), text[span.start:span.end]))
        out.sort(key=lambda m: m.span.start)
    return tuple(out)


# words that tie a named group to the network it belongs to: "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم
# القاعدة"، "ولاية غرب أفريقيا الموالي لداعش"، "التابع لتنظيم الدولة"، "المعروف سابقا بجبهة النصرة"
AFFILIATION_WORDS = frozenset(fold_string(w) for w in """المرتبطة المرتبط المرتبطين المرتبطون المرتبطتين
الموالي الموالية الموالين الموالون التابع التابعة التابعين المبايع المبايعة المبايعين المتحالفة المتحالف المتحالفين
المنتمي المنتمية المنتمين المحسوبة المحسوب المقربة المقرب فرع ذراع الذراع سابقا
ينتمون ينتمي تنتمي ينتميان منتمون منتمين يتبعون تابعون موالون""".split())
_ARMED_KINDS = frozenset(("rebel", "militia", "unidentified"))


def _drop_affiliations(doc: Doc, out: list[ActorMention]) -> list[ActorMention]:
    """A network named after a group's affiliation word (`AFFILIATION_WORDS`) describes that group, it
    is no side of its own: the mention goes. Only between armed groups ("القوات الموالية للحكومة" names
    whose forces they are, read elsewhere)."""
    toks = doc.tokens
    starts = [t.span.start for t in toks]
    keep = []
    for k, m in enumerate(out):
        # (the group unnamed gunmen are told to belong to says who they are: "مسلحون ينتمون لتنظيم القاعدة")
        if k > 0 and m.actor.kind in _ARMED_KINDS and out[k - 1].actor.kind in _ARMED_KINDS \
                and out[k - 1].actor.kind != "unidentified" \
                and m.actor.name != out[k - 1].actor.name:   # (the same group named twice stays: it counts)
            i = bisect_right(starts, m.span.start) - 1
            j = bisect_right(starts, out[k - 1].span.end - 1) - 1
            between = [t.norm for t in toks[j + 1:i]]
            if 0 < len(between) <= 3 and any(n in AFFILIATION_WORDS for n in between) \
                    and toks[i].sentence == toks[j].sentence:
                continue
        keep.append(m)
    return keep


# (the affiliation words that tell a force's owner: "التابع ل"، "الموالية ل")
_OWNED_WORDS = frozenset(w for w in AFFILIATION_WORDS if w.startswith(("التابع", "الموال")))


def _state_of(name: str) -> str:
    """The government a state force's name is of: "Police Forces of Syria (2000-)" → "Syria (2000-)"."""
    return name.partition(" Forces of ")[2] or name


def _owned_forces(doc: Doc, out: list[ActorMention]) -> list[ActorMention]:
    """A state's force followed by the government it belongs to names that government's force: "الجيش
    الليبي، التابع للحكومة المعترف بها دوليا" and "سلاح الجو التابع لحكومة الوفاق" are the GNA's, not the
    LNA's the bare words read as. The owner's mention goes (it describes the force)."""
    toks = doc.tokens
    starts = [t.span.start for t in toks]
    keep: list[ActorMention] = []
    for m in out:
        if keep and m.actor.kind == "state" and keep[-1].actor.kind == "state" and m.actor.name != keep[-1].actor.name \
                and m.actor.country == keep[-1].actor.country \
                and _state_of(m.actor.name) != _state_of(keep[-1].actor.name):   # ("الأجهزة الأمنية التابعة للنظام": its police)
            i = bisect_right(starts, m.span.start) - 1
            j = bisect_right(starts, keep[-1].span.end - 1) - 1
            between = [t.norm for t in toks[j + 1:i]]
            if len(between) == 1 and between[0] in _OWNED_WORDS and toks[i].sentence == toks[j].sentence:
                prev = keep[-1]
                keep[-1] = ActorMention(prev.span, m.actor, prev.surface)
                continue
        keep.append(m)
    return keep


_THE_BASE = fold_string("القاعدة")
_BASE_PARTS = frozenset(fold_string(w) for w in """مدخل داخل بوابة بوابه أسوار اسوار محيط باحة ساحة مدرج مهبط حرم
مسجد مستشفى مخازن مستودعات""".split())
PROJECTILES = frozenset(fold_string(w) for w in "صاروخ صواريخ قذيفة قذائف صاروخين قذيفتين".split())


def _base_meant(doc: Doc, norms: list[str], i: int) -> bool:
    """Bare "القاعدة" at token i is a military base, not Al Qaeda: after a part of a site ("مدخل القاعدة"،
    "داخل القاعدة"), after "على" with rockets or shells falling in the sentence ("سقطت ثلاثة صواريخ على
    القاعدة"), or when a base was named before in the article ("هاجم مسلحون قاعدة للقوات الكينية ...
    عند مدخل القاعدة")."""
    toks = doc.tokens
    prev = norms[i - 1] if i > 0 and toks[i - 1].sentence == toks[i].sentence else ""
    if prev in _BASE_PARTS:
        return True
    si = toks[i].sentence
    j = i
    while j > 0 and toks[j - 1].sentence == si:
        j -= 1
    if prev in ("علي", "على") and any(norms[q].lstrip("وب") in PROJECTILES for q in range(j, i)):
        return True
    if any(n.lstrip("وبل") in ("قاعده", "قاعدتين") for n in norms[max(0, i - 120):i]):
        return True
    # "قتل 29 شخصا، بينهم 16 مصليا في مسجد القاعدة، عندما هاجم مسلحون قاعدة بادابير": the base named
    # later in its sentence
    return any(norms[q].lstrip("وبل") == "قاعده" for q in range(i + 1, min(len(norms), i + 40))
               if toks[q].sentence == si)


# a definite person noun is a civilian actor when a personal name follows it ("استشهد الطفل أحمد سالم"،
# "قتل مسلحون الطبيب علي حسن"); alone it refers back to someone told before ("احتجاجا على مقتل الفتى")
NAMED_PERSON_NOUNS = frozenset(fold_string(w) for w in """الطفل الطفلة الشاب الشابة الفتى الفتاة المواطن المواطنة
الصحفي الصحفية المصور المصورة الطبيب الطبيبة المسعف الممرض المزارع الراعي الطالب الطالبة المعلم الناشط الناشطة
المسن المسنة العامل الصياد التاجر""".split())
_NOT_NAMES = frozenset(fold_string(w) for w in """في من على علي الى إلى عن مع بعد قبل خلال عند منذ بينما حين عندما
الذي التي وذلك ذلك هذا هذه أن إن أنه انه كان كانت قد لم لن متأثرا متاثرا برصاص بنيران بجروح بجراح جراء إثر اثر
أثناء اثناء داخل قرب أمام امام وهو وهي و أو او ثم لا ما""".split())


def _name_after(doc: Doc, k: int) -> bool:
    """Token k reads as the first word of a personal name: in the sentence, right after the noun, no
    function word, no word with the article (an adjective first: "الشاب الفلسطيني محمد"), no number."""
    toks = doc.tokens
    if k < len(toks) and toks[k].norm.startswith("ال") and toks[k].norm.endswith("ي") \
            and toks[k].sentence == toks[k - 1].sentence:
        k += 1   # "الناشط الحقوقي سعيد علي"
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence:
        return False
    if doc.text[toks[k - 1].span.end:toks[k].span.start].strip():
        return False   # punctuation between: "الفتى، وذلك"
    n = toks[k].norm
    return not (n.startswith("ال") or n in _NOT_NAMES or n[:1].isdigit() or len(n) < 3)


# "أصيب ثلاثة فلسطينيين"، "قتل خمسة عراقيين"، "استشهد فلسطينيان"، "قتل عراقي": people told only by their
# nationality, counted as the dead or hurt, are civilians of that country ("ثلاثة مقاتلين سوريين":
# the fighters' noun comes first and is read by the lexicon)
_KILL_WORDS = frozenset(fold_string(w) for w in """قتل قتلت قتلا قتلوا أصيب اصيب أصيبت اصيبت جرح جرحت استشهد
استشهدت لقي مقتل مصرع إصابة اصابة استشهاد وفاة""".split())
_NATIONALS: dict[str, str] = {}
_DUAL_NATIONALS: set[str] = set()
for _core, _cc in COUNTRY_WORDS.items():
    if _core.endswith("ي") and len(_core) > 3 and _cc not in ("IL",):  # (Israelis named so are settlers or soldiers as often)
        for _suf in ("ين", "ون"):
            _NATIONALS[_core + _suf] = _cc
        for _suf in ("ان", "ين"):
            _NATIONALS.setdefault(_core + _suf, _cc)
        _DUAL_NATIONALS.add(_core + "ان")
# "قتل عراقي وجرح آخر"، "استشهد فلسطيني": one national told right after the kill verb
_SINGLE_NATIONALS: dict[str, str] = {c: cc for c, cc in COUNTRY_WORDS.items()
                                     if c.endswith("ي") and len(c) > 3 and cc not in ("IL",)}


# "قالت وزارة الدفاع العراقية إن القوات قتلت 20 مسلحا"، "قال الجيش ... وأضاف أن القوات ...": forces
# told bare by a state body that speaks for them are its own
_BARE_FORCE_FORMS = frozenset(fold_string(w) for w in "القوات قواتنا".split())
_SAY_VERBS = frozenset(fold_string(w) for w in """قال قالت وقال وقالت أعلن أعلنت وأعلن وأعلنت أفاد أفادت وأفاد وأفادت
ذكر ذكرت وذكر وذكرت أكد أكدت وأكد وأكدت أوضح أوضحت وأوضح وأوضحت أضاف أضافت وأضاف وأضافت تابع وتابع وتابعت""".split())
_BARE_FORCE_ALL = _BARE_FORCE_FORMS | frozenset("و" + f for f in _BARE_FORCE_FORMS)
_GO_ON_VERBS = frozenset(fold_string(w) for w in "وأضاف وأضافت وتابع وتابعت وأوضح وأوضحت وأشار وأشارت".split())
_THAT = frozenset(fold_string(w) for w in "إن أن بأن وأن وإن".split())
_MINISTRIES = {fold_string("الدفاع"): "army", fold_string("الداخلية"): "police"}
_MINISTRY = fold_string("وزارة")
_SPOKESMEN = frozenset(fold_string(w) for w in "العسكري الجيش".split())


def _bare_forces(toks, norms: list[str], out: list[ActorMention]) -> list[tuple[int, int]]:
    """(token, sentence) of "القوات"/"قواتنا" told with no name of their own, right after "أن/إن"
    ("إن القوات قتلت"), in no actor mention."""
    res = []
    # (only the tokens of those forms need a look: a C-level filter)
    for i in compress(range(len(norms)), map(_BARE_FORCE_ALL.__contains__, norms)):
        if i > 0 and norms[i - 1] in _THAT \
                and (i + 1 >= len(norms) or toks[i + 1].sentence != toks[i].sentence
                     or not norms[i + 1].startswith("ال")) \
                and not any(m.span.start <= toks[i].span.start < m.span.end for m in out):
            res.append((i, toks[i].sentence))
    return res


def _speakers_force(doc: Doc, lex: ActorLexicon, toks, norms: list[str], out: list[ActorMention], i: int,
                    si: int, focus: str | None, when: date | None) -> Actor | None:
    """The state force whose speaker tells of "القوات" at token i: a state actor or a ministry of
    defence or interior named as the subject of a speech verb before it, in its sentence or, when
    the sentence goes on with the same speaker ("وأضاف أن القوات"), in the one before."""
    lo = i - 1
    while lo > 0 and toks[lo - 1].sentence == si:
        lo -= 1
    say = next((j for j in range(i - 2, lo - 1, -1) if norms[j] in _SAY_VERBS), None)
    if say is None:
        return None
    if norms[say] in _GO_ON_VERBS and say == lo and si > 0:
        # the speaker of the sentence before
        hi = lo
        lo = hi - 1
        while lo > 0 and toks[lo - 1].sentence == si - 1:
            lo -= 1
        say = next((j for j in range(lo, hi) if norms[j] in _SAY_VERBS), None)
        if say is None:
            return None
        end = hi
    else:
        end = i - 1
    # the subject: the words after the speech verb up to "أن/إن"
    stop = next((j for j in range(say + 1, end) if norms[j] in _THAT), end)
    subj = [m for m in out if toks[say].span.end <= m.span.start and (stop >= len(toks) or m.span.end <= toks[stop].span.start)]
    if subj:
        a = subj[0].actor
        return a if a.kind == "state" else None
    for j in range(say + 1, min(stop, len(norms) - 1)):
        kind = _MINISTRIES.get(norms[j + 1]) if norms[j] == _MINISTRY else None
        if kind is None:
            continue
        cc = COUNTRY_WORDS.get(strip_article(norms[j + 2])[0]) if j + 2 < stop else None
        cc = cc or focus
        if cc is None:
            return None
        return post_force(lex, cc, kind, when)
    return None


def _kill_word(norm: str) -> bool:
    return norm in _KILL_WORDS or (norm[:1] in "وفب" and norm[1:] in _KILL_WORDS)


def _counted_nationals(doc: Doc, norms: list[str]) -> list[tuple[int, str]]:
    """(token, ISO2) of nationality plurals counted as the dead or hurt: a number right before
    ("ثلاثة فلسطينيين"، "17 عراقيا") or a dual ("فلسطينيان"), with a kill or injury word at most
    three words before the count ("قتل الجيش خمسة عراقيين")."""
    toks = doc.tokens
    starts = list(map(_SPAN_START, toks))
    found: list[int] = []
    for num in doc.numbers:
        j = bisect_left(starts, num.span.end)  # the token after the count
        if j < len(toks) and toks[j].sentence == toks[j - 1].sentence:
            found.append(j)
    found.extend(compress(range(len(norms)), map(_DUAL_NATIONALS.__contains__, norms)))
    single = [j for j, n in enumerate(norms) if n in _SINGLE_NATIONALS and j > 0
              and _kill_word(norms[j - 1]) and toks[j - 1].sentence == toks[j].sentence]
    found.extend(single)
    out = []
    for j in sorted(set(found)):
        core, _ = strip_article(norms[j])
        cc = _NATIONALS.get(core) or _NATIONALS.get(core[:-1] + "ين" if core.endswith("ا") else "") \
            or (_SINGLE_NATIONALS.get(norms[j]) if j in single else None)
        if cc is None:
            continue
        lo = bisect_right(starts, toks[j].span.start) - 1
        first = lo
        while first > 0 and lo - first < 4 and toks[first - 1].sentence == toks[j].sentence:
            first -= 1
        if any(_kill_word(norms[k]) for k in range(first, j)):
            out.append((j, cc))
    return out


@lru_cache(maxsize=8)
def _civilians_row(lex: ActorLexicon) -> Actor | None:
    """The lexicon's civilians actor ("Civilians ({country})")."""
    return next((r.actor for r in lex.rows if r.actor.kind == "civilians" and "{country}" in r.actor.name), None)


def _front(norm: str) -> int:
    """Length of a leading و/ف before a country name ("وتركيا")."""
    return 1 if norm[:1] in "وف" and norm[1:] in AGENT_COUNTRIES else 0


# every token form naming an agent country: the name, or و/ف + the name (read as the name even
# when the whole form is another name: "وفرنسا")
_AGENT_FORMS: dict[str, str] = {**AGENT_COUNTRIES,
                                **{p + w: cc for w, cc in AGENT_COUNTRIES.items() for p in "وف"}}


def _agent_countries(toks, norms: list[str]) -> list[tuple[int, str]]:
    """(token, ISO2) of country names right after or right before a strike or attack verb."""
    out = []
    # only the tokens naming a country need a look (a C-level filter over the forms)
    for i in compress(range(len(norms)), map(_AGENT_FORMS.__contains__, norms)):
        cc = _AGENT_FORMS[norms[i]]
        prev = norms[i - 1].lstrip("و") if i > 0 and toks[i - 1].sentence == toks[i].sentence else ""
        nxt = norms[i + 1].lstrip("و") if i + 1 < len(norms) and toks[i + 1].sentence == toks[i].sentence else ""
        if prev in AGENT_VERBS or nxt in AGENT_VERBS:
            out.append((i, cc))
    return out


@lru_cache(maxsize=64)
def _forces_rows(lex: ActorLexicon, cc: str) -> tuple[ActorRow, ...]:
    """The lexicon's "* <adjective>" rows of country `cc`'s armed forces (a scan of every row: kept
    per country, not per day)."""
    return tuple(r for r in lex.rows if r.pattern.startswith("* ") and r.actor.country == cc
                 and r.actor.kind == "state" and r.actor.name.startswith("Military Forces"))


@lru_cache(maxsize=512)
def _country_forces(lex: ActorLexicon, cc: str, when: date | None) -> Actor | None:
    """The armed forces of country `cc` on `when` (unresolved), from the lexicon's "* <adjective>" rows."""
    rows = _forces_rows(lex, cc)
    chosen = choose_reading(rows, (cc,), when) if rows else None
    return chosen[0].actor if chosen is not None else None


_POLICE_PATTERN = fold_string("قوات الأمن")
_ARMY_PATTERN = fold_string("الجيش")


@lru_cache(maxsize=512)
def post_force(lex: ActorLexicon, cc: str, kind: str, when: date | None) -> Actor | None:
    """The force that holds a post of `kind` ("police": a security post, "army": a barracks) in
    country `cc` on `when`, as the lexicon reads "قوات الأمن" / "الجيش" there; None where the country
    has no reading of its own (resolved: the country's name filled)."""
    rows = tuple(r for r in lex.rows_for(_POLICE_PATTERN if kind == "police" else _ARMY_PATTERN) if cc in r.where)
    chosen = choose_reading(rows, (cc,), when) if rows else None
    if chosen is None or chosen[0].actor.kind != "state":
        return None
    return resolve_actor(chosen[0].actor, country=cc, when=when)


# Non-state sides that fight in one country only, whose name says where the story is as a nationality word
# does: "الحشد الشعبي" (Iraq), "قوات سوريا الديمقراطية" (Syria), "فجر ليبيا" (Libya), "المقاومة الشعبية" (a
# reading kept to Yemen, its own country). Not those that strike across a border as often as at home: the
# PKK (Turkey's strikes on it fall in Iraq), Hezbollah (in Syria), the Houthis (on Saudi border towns and at
# sea), al-Shabaab (in Kenya), Boko Haram (in Chad, Niger, Cameroon), the Taliban and the Haqqanis (both
# sides of the Durand line), settlers, Wagner.
TERRITORY_KINDS = frozenset(("rebel", "militia"))
# (nor militias named after a tribe, clan or town: the name is often the place's own, "ناحية الزوية" in Iraq
# is no sign of Libya's Zuwayya)
IDENTITY_MILITIAS = ("Ethnic Militia", "Tribal Militia", "Clan Militia", "Communal Militia")
CROSS_BORDER_NAMES = ("PKK", "TAK", "Hezbollah", "Houthi", "Al Shabaab", "Boko Haram", "Taliban", "Haqqani", "TTP",
                      "Settlers", "Wagner")


# "قوات الاحتلال"، "جرافات الاحتلال": Israel's forces named as the occupation (Palestinian and Lebanese outlets)
# stand in the lands they hold or strike ("هدمت قوات الاحتلال منزلا في بلدة سلوان" is East Jerusalem's
# quarter); another occupier is named with its adjective, a pattern of its own ("قوات الاحتلال التركي")
OCCUPATION_CORE = fold_string("احتلال")
OCCUPIED_COUNTRIES = frozenset({"PS", "IL", "LB"})


def _territorial(lex: ActorLexicon) -> tuple[frozenset[str], dict[int, frozenset[str]]]:
    """(the first-word cores of the one-country patterns, pattern id → the countries it stands for),
    memoised on the lexicon."""
    got = lex.plans.get(("territory",))
    if got is None:
        by_pat: dict[int, frozenset[str]] = {}
        for pat in lex.patterns:
            if pat.wildcard:
                continue
            countries = {r.actor.country for r in pat.rows}
            if countries == {"IL"} and any(w.core == OCCUPATION_CORE for w in pat.words):
                by_pat[id(pat)] = OCCUPIED_COUNTRIES
            elif len(countries) == 1 and None not in countries and all(
                    r.actor.kind in TERRITORY_KINDS and (not r.where or r.where == {r.actor.country})
                    and not r.actor.name.startswith(CROSS_BORDER_NAMES)
                    and not any(w in r.actor.name for w in IDENTITY_MILITIAS) for r in pat.rows):
                by_pat[id(pat)] = frozenset(countries)
        cores = frozenset(p.words[0].core for p in lex.patterns if id(p) in by_pat)
        got = (cores, by_pat)
        lex.plans[("territory",)] = got
    return got


def territory_countries(doc: Doc, lex: ActorLexicon) -> set[str]:
    """The countries the article's one-country sides stand for ("الحشد الشعبي" → IQ): where the story is,
    when its places alone do not say (the places step reads them before the actors step runs)."""
    cores, by_pat = _territorial(lex)
    out: set[str] = set()
    scan: _Scan | None = None
    covered = 0   # (a word inside a longer name read before is no name of its own: "قوات الاحتلال التركي")
    for i, tok in enumerate(doc.tokens):
        if i < covered:
            continue
        starts = _plan(lex, tok.norm)[0]
        if not starts or not any(s[0] in cores for s in starts):
            continue
        if scan is None:
            scan = _Scan(doc)
        got = scan.match_at(i, lex, starts)
        if got is not None:
            covered = got[0]
            out |= by_pat.get(id(got[1]), frozenset())
    return out


def add_actors(doc: Doc, *, resources=None) -> Doc:
    """Pipeline step: fill `doc.actors` (needs tokens; uses `resources.actors`).

    >>> from rasd.model import Article
    >>> from rasd.pipeline import run
    >>> d = run(Article("b", "شن طيران التحالف العربي غارات على مواقع الحوثيين في صنعاء."), until="actors")
    >>> [m.actor.name for m in d.actors]
    ['Saudi-led Coalition', 'Houthi Movement']
    """
    if resources is None:
        from rasd.resources import Resources
        resources = Resources.builtin()
    return doc.with_(actors=find_actors(doc, resources.actors))
