"""The merge rule and the merging of events within one run (see rasd.merge for the rule in words)."""
from __future__ import annotations

import dataclasses
import functools
import logging
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Sequence

from rasd.arabic.normalize import fold_string
from rasd.extract.events import make_note
from rasd.model import Event, Location, Source
from rasd.resources.acled import SPECIFICITY, EventType, SubEventType
from rasd.settings import Settings


log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

EARTH_KM = 6371.0088
CONFIDENCE_CAP = 0.99
TIME_WINDOW_DAYS = {2: 7, 3: 30}           # precision 1: settings.merge_days
KM_FACTOR = {1: 1.0, 2: 1.5, 3: 2.0}        # × settings.merge_km
SAME_PLACE_KM_FACTOR = 0.2                  # a town and "near" another named town
DUPLICATE_KM = 1.0                          # two different named towns at precision 1: duplicate entries

_S = SubEventType
_RANK = {s: i for i, s in enumerate(SPECIFICITY)}
_CONTRADICTING = {frozenset((_S.GOV_REGAINS, _S.NSA_OVERTAKES))}

# "ارتفع عدد القتلى إلى", "ارتفعت حصيلة", "ارتفاع حصيلة الضحايا", "حصيلة جديدة" (folded text)
_TOLL_ROSE = re.compile(
    r"ارتفع(?:ت)?\s+(?:ال)?(?:عدد|حصيله)|ارتفاع\s+(?:ال)?(?:عدد|حصيله)|حصيله\s+جديده"
    r"|(?:ال)?حصيله\s+(?:\S+\s+){0,3}ارتفعت|عدد\s+(?:ال)?(?:قتلي|ضحايا)\s+ارتفع")


# ---------------------------------------------------------------- small pieces

def source_key(s: Source) -> str:
    """The identity of a source: its article and evidence span ("a1@12:80")."""
    return f"{s.article_id}@{s.evidence.start}:{s.evidence.end}"


def _block_keys(e: Event) -> set[str]:
    """The keys do-not-merge pairs are recorded under: sources, "art:<article id>", "ev:<event id>"."""
    return ({source_key(s) for s in e.sources} | {"art:" + s.article_id for s in e.sources}
            | {"ev:" + e.event_id})


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(31.2089, 16.5887, 32.3754, 15.0925))  # سرت → مصراتة
    192
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings()  # dataclass defaults: no file read


def day_window(e: Event, settings: Settings | None = None) -> int:
    """Days an event's date may be off: merge_days for precision 1, 7 for 2, 30 for 3."""
    return TIME_WINDOW_DAYS.get(e.time_precision, _settings(settings).merge_days)


def km_window(e: Event, settings: Settings | None = None) -> float:
    """Kilometres an event's place may be off: merge_km × 1, 1.5, 2 for geo_precision 1, 2, 3."""
    return _settings(settings).merge_km * KM_FACTOR.get(e.location.geo_precision, 2.0)


def _has_coords(loc: Location) -> bool:
    return loc.latitude is not None and loc.longitude is not None


def _known(actor: str | None) -> bool:
    return bool(actor) and not actor.startswith("Unidentified")


def _same_actor(x: str | None, y: str | None) -> bool:
    return not (_known(x) and _known(y)) or x == y


def _actors_agree(a: Event, b: Event) -> tuple[bool, str]:
    if _same_actor(a.actor1, b.actor1) and _same_actor(a.actor2, b.actor2):
        return True, "same roles"
    if a.event_type is EventType.BATTLES and _same_actor(a.actor1, b.actor2) and _same_actor(a.actor2, b.actor1):
        return True, "same sides, told the other way round"
    if not _same_actor(a.actor1, b.actor1):
        return False, f"different actor1: {a.actor1} / {b.actor1}"
    return False, f"different actor2: {a.actor2} / {b.actor2}"


def _articles(e: Event) -> set[str]:
    return {s.article_id for s in e.sources}


def _share_article(a: Event, b: Event) -> bool:
    """Do two events cite one article? (the smaller side's ids only: a stored event may hold
    hundreds of sources, and this runs for every candidate pair)"""
    sa, sb = a.sources, b.sources
    if len(sa) > len(sb):
        sa, sb = sb, sa
    ids = {s.article_id for s in sa}
    return any(s.article_id in ids for s in sb)


# Explosions told from the air or from afar vs on the ground: a suicide bomb and an air strike are
# not one event, but an outlet's "قصف" may be another's "غارة", and "تفجير" may be a bomber's.
_EXPLOSION_GROUPS = (frozenset((_S.AIR_STRIKE, _S.SHELLING, _S.CHEMICAL)),
                     frozenset((_S.SUICIDE_BOMB, _S.REMOTE_EXPLOSIVE, _S.GRENADE, _S.CHEMICAL)))


@functools.lru_cache(maxsize=8192)
def _fold_name(name: str) -> str:
    """fold_string of a place name (cached: the same few names are compared in many pairs)."""
    return fold_string(name)


def _different_places(la: Location, lb: Location) -> bool:
    """Both named at town level (precision 1–2) or both at region level (3), and not the same place:
    different folded Arabic names, else different gazetteer ids. One name under two gazetteer ids
    (the town "لودر" and the district "لودر" 13 km from it, duplicate entries) is one place, left
    to the ordinary radius."""
    if (la.geo_precision > 2) != (lb.geo_precision > 2):
        return False  # a town and its province / region: not told apart by name
    if la.name_ar and lb.name_ar:
        if _fold_name(la.name_ar) == _fold_name(lb.name_ar):
            return False
        if not (la.geonameid and lb.geonameid):
            return True
    if la.geonameid and lb.geonameid:
        return la.geonameid != lb.geonameid
    return False


def _city_and_district(la: Location, lb: Location) -> bool:
    """One is a district of the other as ACLED names it: "Baghdad" and "Baghdad - Sadr City"."""
    a, b = la.name or "", lb.name or ""
    return bool(a and b) and (b.startswith(a + " - ") or a.startswith(b + " - "))


def _contradict(x: SubEventType, y: SubEventType) -> bool:
    if x is y:
        return False
    if frozenset((x, y)) in _CONTRADICTING:
        return True
    if x.event_type is EventType.EXPLOSIONS:
        return not any(x in g and y in g for g in _EXPLOSION_GROUPS)
    return x.event_type is EventType.STRATEGIC and _S.OTHER not in (x, y)


# every ordered pair of sub-event types that _contradict (a set lookup instead of its tests, for
# the many pairs a merge into a big store looks at)
_CONTRADICTING_PAIRS = frozenset((x, y) for x in SubEventType for y in SubEventType if _contradict(x, y))


# ---------------------------------------------------------------- the rule

_AIR_AND_ARTILLERY = frozenset({SubEventType.AIR_STRIKE, SubEventType.SHELLING})


def compatible(a: Event, b: Event, *, settings: Settings | None = None,
               relaxed: bool = False) -> tuple[bool, dict[str, Any]]:
    """May `a` and `b` be one event? (ok, explanation). See the module docstring for the rule.

    The explanation is JSON-ready: {"ok", "agreed": [fields], "event_type", "sub_event_types",
    "day_gap", "day_window", "distance_km", "km_window", "actors", "same_article", "why_not"}.

    >>> from datetime import date
    >>> from rasd.model import Event, Location, Source, Span
    >>> from rasd.resources.acled import SubEventType
    >>> loc = Location("Sirte", "سرت", 31.2089, 16.5887, 1, None, "Libya", "2210247")
    >>> src = Source("a1", None, None, Span(0, 4), "غارة")
    >>> strike = Event("e1", date(2016, 8, 1), 1, SubEventType.AIR_STRIKE, None, None, loc, (src,))
    >>> clash = strike.with_(event_id="e2", sub_event_type=SubEventType.ARMED_CLASH)
    >>> compatible(strike, clash)[1]["why_not"]
    'different event types: Explosions/Remote violence / Battles'
    """
    st = _settings(settings)
    sa, sb = a.sub_event_type, b.sub_event_type
    same = _share_article(a, b)
    agreed: list[str] = []
    x: dict[str, Any] = {
        "ok": False, "agreed": agreed, "event_type": sa.event_type.value,
        "sub_event_types": [sa.value, sb.value],
        "day_gap": None, "day_window": None, "distance_km": None, "km_window": None,
        "actors": None, "same_article": same, "why_not": None,
    }
    # each "no" below: x["why_not"] = why; return False, x (inlined: this runs for every pair a
    # merge into a big store looks at)
    if sa.event_type is not sb.event_type:
        x["why_not"] = f"different event types: {sa.event_type.value} / {sb.event_type.value}"
        return False, x
    if (sa, sb) in _CONTRADICTING_PAIRS:
        x["why_not"] = f"contradicting sub-event types: {sa.value} / {sb.value}"
        return False, x
    if same and not relaxed and {sa, sb} == _AIR_AND_ARTILLERY:
        # one article telling an air strike and a shelling near one place: its extractor kept two
        # weapons apart (a vaguer "قصف" it would have refined into one of them)
        x["why_not"] = f"same article, sub-event types kept apart: {sa.value} / {sb.value}"
        return False, x
    agreed.append("event_type")
    if sa is sb:
        agreed.append("sub_event_type")
    # date
    da, db = a.event_date, b.event_date
    if da is None and db is None and not relaxed:
        # two undated events: nothing says they happened on one day (within one article the
        # extractor already joined what it told of one place and day, and kept the rest apart)
        x["why_not"] = "both undated"
        return False, x
    if da is None or db is None:
        if not same and not relaxed:
            x["why_not"] = "no date, and not from the same article"
            return False, x
    else:
        gap = abs((da - db).days)
        if same and not relaxed and gap > 0 and a.time_precision == b.time_precision == 1:
            # one article's extractor kept two days apart ("تصاعدت أمس التظاهرات في بغداد" and "وكان
            # المتظاهرون في ساحة التحرير أول من أمس"): ACLED codes one event per day
            x["day_gap"] = gap
            x["why_not"] = f"same article, days kept apart: {da} / {db}"
            return False, x
        if same and not relaxed and gap == 0 and a.location.name == b.location.name \
                and _articles(a) == _articles(b):
            # one article's extractor told two acts of one kind at one place on one day apart ("وفي هجوم
            # منفصل، أطلق مسلحون مجهولون النار على سوق للماشية في المدينة"): it had joined them had they
            # been one
            x["day_gap"] = gap
            x["why_not"] = "same article, acts kept apart by its extractor"
            return False, x
        window = max(TIME_WINDOW_DAYS.get(a.time_precision, st.merge_days),
                     TIME_WINDOW_DAYS.get(b.time_precision, st.merge_days))  # day_window() of each
        x["day_gap"], x["day_window"] = gap, window
        if gap > window:
            x["why_not"] = f"{gap} days apart (window {window})"
            return False, x
        agreed.append("event_date")
    # place
    la, lb = a.location, b.location
    if la.latitude is not None and la.longitude is not None and lb.latitude is not None and lb.longitude is not None:
        km = haversine_km(la.latitude, la.longitude, lb.latitude, lb.longitude)
        radius = max(st.merge_km * KM_FACTOR.get(la.geo_precision, 2.0), st.merge_km * KM_FACTOR.get(lb.geo_precision, 2.0))  # km_window()s
        x["distance_km"] = round(km, 1)
        if same and not relaxed and la.name_ar and lb.name_ar \
                and _fold_name(la.name_ar) != _fold_name(lb.name_ar) and km > st.merge_km * SAME_PLACE_KM_FACTOR:
            # one article's extractor already folded a town into the province or region it names;
            # two places it kept apart are two places (protests in Hilla and in Karbala, 41 km apart)
            x["why_not"] = f"same article, places kept apart: {la.name or la.name_ar} / {lb.name or lb.name_ar}, {km:.0f} km"
            return False, x
        if _different_places(la, lb):
            # two different named places, both at town level (1) or near a town (2): a city and one
            # of its districts ("Baghdad" / "Baghdad - Sadr City") within merge_km; else duplicate
            # gazetteer entries only (within a kilometre: Douma and Harasta, 4 km apart, are two
            # towns; two districts of Aden are two places), and a town and "near" another town
            # within merge_km / 5
            if _city_and_district(la, lb):
                factor = 1.0
            elif la.geo_precision == lb.geo_precision == 1:
                factor = DUPLICATE_KM / st.merge_km
            else:
                factor = SAME_PLACE_KM_FACTOR
            radius = min(radius, st.merge_km * factor)
            x["km_window"] = radius
            if km > radius:
                x["why_not"] = f"different places: {la.name or la.name_ar} / {lb.name or lb.name_ar}, {km:.0f} km apart"
                return False, x
        x["km_window"] = radius
        if km > radius:
            x["why_not"] = f"{km:.0f} km apart (radius {radius:.0f} km)"
            return False, x
        agreed.append("location")
    else:
        if not same and not relaxed:
            x["why_not"] = "no coordinates, and not from the same article"
            return False, x
        if la.name_ar and lb.name_ar and _fold_name(la.name_ar) != _fold_name(lb.name_ar):
            x["why_not"] = f"different places: {la.name_ar} / {lb.name_ar}"
            return False, x
    # actors
    ok, how = _actors_agree(a, b)
    x["actors"] = how
    if not ok:
        x["why_not"] = how
        return False, x
    agreed.append("actors")
    x["ok"] = True
    return True, x


# ---------------------------------------------------------------- combining two events

@functools.lru_cache(maxsize=4096)
def _text_tells_toll_rose(text: str) -> bool:
    """'ارتفعت حصيلة القتلى إلى 7' → True (cached: a stored event's evidence is read again each time
    its fatalities are compared in a merge)."""
    return _TOLL_ROSE.search(fold_string(text)) is not None


def _toll_rose(e: Event) -> bool:
    return any(_text_tells_toll_rose(s.text) for s in e.sources)


def _latest(e: Event) -> date | None:
    days = [s.published for s in e.sources if s.published]
    return max(days) if days else None


def _count(base: int | None, new: int | None, base_ev: Event, new_ev: Event) -> tuple[int | None, str | None]:
    """The conservative figure of two reports of one event (fatalities or injured).

    ACLED codes the lowest credible report, so conflicting figures give the MINIMUM. The exception
    is an explicit update of the same toll ("ارتفع عدد القتلى إلى", "ارتفعت حصيلة"): a report that
    says the toll ROSE, published no earlier than the other, supersedes it, and its (higher)
    figure is kept. This way an early "3 killed" followed by "the toll rose to 7" gives 7, while
    two outlets saying 5 and 7 on the same day give 5. (An update is recognised in the evidence
    of the event's sources, so it survives later merges: a late-arriving earlier report does not
    lower an update it predates.)
    """
    if base is None or new is None:
        return (new if base is None else base), None
    if base == new:
        return base, None
    nb, bb = _latest(new_ev), _latest(base_ev)
    if new > base and _toll_rose(new_ev) and (nb is None or bb is None or nb >= bb):
        return new, f"toll updated {base}→{new}"
    if base > new and _toll_rose(base_ev) and (nb is None or bb is None or bb >= nb):
        return base, f"toll update {base} kept over {new}"
    return min(base, new), f"lowest of {base} and {new}"


def _better_location(base: Location, new: Location) -> Location:
    if _has_coords(new) and not _has_coords(base):
        return new
    if _has_coords(new) == _has_coords(base) and new.geo_precision < base.geo_precision:
        return new
    return base


def _same_fields(a: Event, b: Event) -> bool:
    """Two events that say the same of every field a merge combines: folding one into the other adds nothing."""
    return (a.location == b.location and a.event_date == b.event_date and a.time_precision == b.time_precision
            and a.sub_event_type is b.sub_event_type and a.fatalities == b.fatalities and a.injured == b.injured
            and a.actor1 == b.actor1 and a.actor2 == b.actor2 and a.confidence == b.confidence)


def combine(base: Event, new: Event, explanation: dict[str, Any] | None = None, *, reread: bool = False) -> Event:
    """`base` with `new`'s sources folded in; `base` keeps its id (it is the earlier event).

    Sources: base's, then new's not already present (same article and evidence span), each with its
    own evidence. Location: the most precise (lowest geo_precision; tie: base's). Date: the most
    precise time_precision (tie: base's). Sub-event type: the most specific (SPECIFICITY). Actors:
    base's known ones, filled from new where base has none. Fatalities/injured: see `_count`.
    Confidence: 1 - Π(1 - c), capped at 0.99. A reason line records what was merged and why.
    With no new source, `base` is returned as it is, unless `reread` (another event of the run read
    from a source base already has: one sentence read twice); then the fields are combined as
    above, its confidence the higher of the two (one source is no second report).
    """
    have = {source_key(s) for s in base.sources}
    added = tuple(s for s in new.sources if source_key(s) not in have)
    if not added and (not reread or _same_fields(base, new)):
        return base
    # (reread: no new source but another event of this run, one sentence's two readings of one act, "ألقى
    # الطيران المروحي براميل متفجرة على حي الشعار ... كما أسفر القصف عن سقوط عدد من الجرحى": the place and
    # toll each tells are kept, not the first reading alone)
    loc = _better_location(base.location, new.location)
    if new.event_date is not None and (base.event_date is None or new.time_precision < base.time_precision):
        day, tp = new.event_date, new.time_precision
    else:
        day, tp = base.event_date, base.time_precision
    sub = min((base.sub_event_type, new.sub_event_type), key=lambda s: _RANK[s])
    if _RANK[base.sub_event_type] == _RANK[new.sub_event_type]:
        sub = base.sub_event_type
    # actors: a roles swap in Battles keeps base's order
    swapped = (base.event_type is EventType.BATTLES and not (
        _same_actor(base.actor1, new.actor1) and _same_actor(base.actor2, new.actor2)))
    n1, n2 = ((new.actor2, new.actor2_ar, new.inter2), (new.actor1, new.actor1_ar, new.inter1)) if swapped \
        else ((new.actor1, new.actor1_ar, new.inter1), (new.actor2, new.actor2_ar, new.inter2))
    a1 = (base.actor1, base.actor1_ar, base.inter1) if _known(base.actor1) or not n1[0] else n1
    a2 = (base.actor2, base.actor2_ar, base.inter2) if _known(base.actor2) or not n2[0] else n2
    fat, why_f = _count(base.fatalities, new.fatalities, base, new)
    inj, _ = _count(base.injured, new.injured, base, new)
    conf = min(CONFIDENCE_CAP, 1 - (1 - base.confidence) * (1 - new.confidence)) if added \
        else max(base.confidence, new.confidence)   # (one source read twice is no second report)
    bits = []
    if explanation:
        if explanation.get("distance_km") is not None:
            bits.append(f"{explanation['distance_km']} km")
        if explanation.get("day_gap") is not None:
            bits.append(f"{explanation['day_gap']} days apart")
        if explanation.get("same_article"):
            bits.append("same article")
    if why_f:
        bits.append(f"fatalities: {why_f}")
    reason = (f"merged {', '.join(source_key(s) for s in added or new.sources)} ({new.sub_event_type.value}"
              + (f"; {'; '.join(bits)}" if bits else "") + ")")
    assoc1, assoc2 = base.assoc_actor_1 or new.assoc_actor_1, base.assoc_actor_2 or new.assoc_actor_2
    if not _EVENT_POSITIONAL:  # (Event's fields changed: the slower, field-by-name way)
        merged = base.with_(
            event_date=day, time_precision=tp, sub_event_type=sub, location=loc,
            actor1=a1[0], actor1_ar=a1[1], inter1=a1[2], actor2=a2[0], actor2_ar=a2[1], inter2=a2[2],
            assoc_actor_1=assoc1, assoc_actor_2=assoc2, fatalities=fat, injured=inj, confidence=conf,
            sources=base.sources + added, reasons=base.reasons + (reason,))
        return merged.with_(notes=make_note(merged))
    # Event(...) with every field in order: a third of dataclasses.replace's cost (a merge into a big
    # store combines thousands of times)
    args = [base.event_id, day, tp, sub, a1[0], a2[0], loc, base.sources + added, a1[1], a2[1], a1[2], a2[2],
            fat, inj, conf, base.notes, base.reasons + (reason,), assoc1, assoc2]
    args[15] = make_note(Event(*args))  # the note tells the merged fields, not the first report's
    return Event(*args)


# Event's fields in the order `combine` passes them
_EVENT_POSITIONAL = tuple(f.name for f in dataclasses.fields(Event)) == (
    "event_id", "event_date", "time_precision", "sub_event_type", "actor1", "actor2", "location", "sources",
    "actor1_ar", "actor2_ar", "inter1", "inter2", "fatalities", "injured", "confidence", "notes", "reasons",
    "assoc_actor_1", "assoc_actor_2")


# ---------------------------------------------------------------- merging within one run

def _order_key(e: Event) -> tuple:
    """Earliest first: first source's publication day, event date, article id, evidence start, id."""
    s = e.sources[0] if e.sources else None
    return (s.published or date.max if s else date.max, e.event_date or date.max,
            s.article_id if s else "", s.evidence.start if s else 0, e.event_id)


@dataclass
class _Cluster:
    event: Event
    members: list[Event] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    bkeys: set[str] = field(default_factory=set)  # keys do-not-merge pairs refer to
    first: int = 0              # input position of its first member (output order)
    stored: bool = False        # seeded from the store: its id is kept, it only grows
    probe: tuple = ()           # _probe(event): the fields the cheap early no reads, kept with event
    joins: list = field(default_factory=list)  # the explanation each of members[1:] was combined with


def _blocked(keys_a: Iterable[str], keys_b: set[str], blocks: dict[str, set[str]]) -> bool:
    return any(blocks.get(k, set()) & keys_b for k in keys_a)


def _score(x: dict[str, Any]) -> tuple:
    return (not x.get("same_article"), x.get("distance_km") or 0.0, x.get("day_gap") or 0)


class _Grouper:
    """Greedy grouping with blocking: clusters indexed by (type, time precision, day, grid cell)
    and by article, so each newcomer is compared only with the clusters in its date window and
    radius (and those of its own article)."""

    def __init__(self, settings: Settings, blocks: dict[str, set[str]]):
        self.st, self.blocks = settings, blocks
        self.clusters: list[_Cluster] = []
        self.by_day: dict[tuple, list[int]] = defaultdict(list)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        self.merged: list[tuple[str, str, dict[str, Any]]] = []
        self.noop = 0
        self.levels: set[tuple[EventType, int]] = set()
        # grid cells as wide as the precision-1 radius; a newcomer looks as many cells around as
        # the wider of its radius and the candidates' covers
        self.cell_deg = max(0.05, settings.merge_km / 111.0)

    def _cell(self, loc: Location) -> tuple[int, int] | None:
        if not _has_coords(loc):
            return None
        return (math.floor(loc.latitude / self.cell_deg), math.floor(loc.longitude / self.cell_deg))  # type: ignore[operator]

    def _index(self, ci: int, e: Event) -> None:
        cell = self._cell(e.location)
        if e.event_date is not None and cell is not None:  # the others merge within their article only
            self.by_day[(e.event_type, e.time_precision, e.event_date.toordinal(), cell)].append(ci)
            self.levels.add((e.event_type, e.time_precision))
        for aid in _articles(e):
            self.by_article[aid].append(ci)

    def _bkeys(self, e: Event) -> set[str]:
        """A cluster's do-not-merge keys, only read when there are do-not-merge pairs (most merges
        have none: no set of keys is built for each of the thousands of stored candidates)."""
        return _block_keys(e) if self.blocks else set()

    def seed(self, e: Event) -> None:
        c = _Cluster(e, [e], {source_key(s) for s in e.sources}, self._bkeys(e), first=-1, stored=True,
                     probe=self._probe(e))
        self.clusters.append(c)
        self._index(len(self.clusters) - 1, e)

    def _candidates(self, e: Event) -> list[int]:
        found: set[int] = set()
        for aid in _articles(e):
            found.update(self.by_article.get(aid, ()))
        cell = self._cell(e.location)
        if e.event_date is not None and cell is not None:
            d, w, km = e.event_date.toordinal(), day_window(e, self.st), km_window(e, self.st)
            coslat = max(0.05, math.cos(math.radians(e.location.latitude)))  # type: ignore[arg-type]
            et = e.event_type
            by_day = self.by_day
            for p in (1, 2, 3):
                if (et, p) not in self.levels:
                    continue
                reach = max(km, self.st.merge_km * KM_FACTOR[p])
                rlat = math.ceil(reach / 111.0 / self.cell_deg)
                rlon = math.ceil(reach / (111.0 * coslat) / self.cell_deg)
                cells = [(cell[0] + i, cell[1] + j) for i in range(-rlat, rlat + 1) for j in range(-rlon, rlon + 1)]
                span = max(w, TIME_WINDOW_DAYS.get(p, self.st.merge_days))
                for day in range(d - span, d + span + 1):
                    for c in cells:
                        hit = by_day.get((et, p, day, c))
                        if hit:
                            found.update(hit)
        return sorted(found)

    def _probe(self, e: Event) -> tuple:
        """What the cheap early no (`_far_probes`) reads of an event, computed once per event instead
        of once per pair: (event type, sub-event type, day ordinal or None, day window, latitude,
        longitude, km factor, radians(latitude), cos(radians(latitude)), known actor1, known actor2)
        — an unknown actor (None, "Unidentified ...") as None."""
        st, loc = self.st, e.location
        lat, lon = loc.latitude, loc.longitude
        p = math.radians(lat) if lat is not None else None
        a1, a2 = e.actor1, e.actor2
        return (e.sub_event_type.event_type, e.sub_event_type,
                e.event_date.toordinal() if e.event_date is not None else None,
                TIME_WINDOW_DAYS.get(e.time_precision, st.merge_days), lat, lon,
                KM_FACTOR.get(loc.geo_precision, 2.0), p, math.cos(p) if p is not None else None,
                a1 if _known(a1) else None, a2 if _known(a2) else None)

    def _far_probes(self, pa: tuple, pb: tuple) -> bool:
        """A cheap early no, before compatible(a, b) (which decides the rest), from the two events'
        `_probe`s: sub-event types that contradict each other, dates or places further apart than any
        window allows, two different known actors. Each is a "no" of compatible() whatever else
        holds (same article or not), so skipping compatible() here changes no decision; most pairs
        a big store offers end here. (The distance is `haversine_km`'s, term for term.)"""
        if (pa[1], pb[1]) in _CONTRADICTING_PAIRS:
            return True
        da, db = pa[2], pb[2]
        if da is not None and db is not None:
            gap = abs(da - db)
            if gap > pa[3] and gap > pb[3]:
                return True
        lat1, lat2 = pa[4], pb[4]
        if lat1 is not None and lat2 is not None:
            radius = self.st.merge_km * max(pa[6], pb[6])
            if abs(lat1 - lat2) * 111.0 > radius + 1:
                return True
            lon1, lon2 = pa[5], pb[5]
            if lon1 is not None and lon2 is not None:
                h = math.sin((pb[7] - pa[7]) / 2) ** 2 + pa[8] * pb[8] * math.sin(math.radians(lon2 - lon1) / 2) ** 2
                if 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h))) > radius:
                    return True
        # _actors_agree(a, b)[0], on known actors only: two actors agree when either is unknown
        x1, x2, y1, y2 = pa[9], pa[10], pb[9], pb[10]
        if (x1 is None or y1 is None or x1 == y1) and (x2 is None or y2 is None or x2 == y2):
            return False
        if pa[0] is EventType.BATTLES and (x1 is None or y2 is None or x1 == y2) \
                and (x2 is None or y1 is None or x2 == y1):
            return False
        return True

    def _far(self, a: Event, b: Event) -> bool:
        """`_far_probes` of two events."""
        return self._far_probes(self._probe(a), self._probe(b))

    def offer(self, e: Event, position: int) -> None:
        keys = {source_key(s) for s in e.sources}
        best: tuple[tuple, int, dict[str, Any]] | None = None
        pe = self._probe(e)
        et = pe[0]
        clusters, far = self.clusters, self._far_probes
        for ci in self._candidates(e):
            c = clusters[ci]
            if c.probe[0] is not et:
                continue
            if not keys.isdisjoint(c.keys) and (e.event_id in {m.event_id for m in c.members} or (
                    c.event.sub_event_type is e.sub_event_type
                    and compatible(c.event, e, settings=self.st, relaxed=True)[0])):
                # a source it already has (re-ingest, or one event given twice); one sentence may
                # also tell several events ("في إسطنبول وأنقرة"): those stay apart, and so do two
                # acts its extractor typed apart ("ألقت مروحيات النظام براميل على بلدة جرجناز، في حين طال
                # قصف مدفعي بلدة تلمنس": an air strike and a shelling 5 km apart)
                best = ((False, -1.0, 0), ci, {"ok": True, "why_not": None, "same_source": True,
                                                "same_article": True, "agreed": ["source"]})
                break
            if far(c.probe, pe):
                continue
            ok, x = compatible(c.event, e, settings=self.st)
            if not ok or (self.blocks and _blocked(_block_keys(e), c.bkeys, self.blocks)):
                continue
            if any(not compatible(m, e, settings=self.st, relaxed=True)[0] for m in c.members
                   if m is not c.event):
                continue  # no chaining: the newcomer contradicts none of the members
            if best is None or _score(x) < best[0]:
                best = (_score(x), ci, x)
        if best is None:
            self.clusters.append(_Cluster(e, [e], keys, self._bkeys(e), first=position, probe=pe))
            self._index(len(self.clusters) - 1, e)
            return
        _, ci, x = best
        c = self.clusters[ci]
        before = c.event
        # (a source it already has, from another event of this run: its other reading; not a re-ingest)
        reread = bool(x.get("same_source")) and not c.stored and all(m.event_id != e.event_id for m in c.members)
        c.event = combine(c.event, e, x, reread=reread)
        if c.event is before:  # nothing new: every source of e is there already
            self.noop += 1
            return
        c.probe = self._probe(c.event)
        c.members.append(e)
        c.joins.append(x)
        c.keys |= keys
        if self.blocks:
            c.bkeys |= _block_keys(e)
        if c.first < 0 or position < c.first:
            c.first = position if not c.stored else c.first
        if (c.event.event_date, c.event.time_precision, self._cell(c.event.location)) != \
                (before.event_date, before.time_precision, self._cell(before.location)) \
                or _articles(c.event) != _articles(before):
            self._index(ci, c.event)
        if not x.get("same_source"):
            self.merged.append((e.event_id, c.event.event_id, x))


def merge_events_explained(events: Sequence[Event], *, settings: Settings | None = None,
                           blocks: dict[str, set[str]] | None = None
                           ) -> tuple[list[Event], list[tuple[str, str, dict[str, Any]]]]:
    """`merge_events`, also returning [(merged event id, into event id, explanation)].

    `blocks`: do-not-merge pairs as {source key: {source keys it must not join}} (see `split`).
    """
    g = _Grouper(_settings(settings), blocks or {})
    position = {id(e): i for i, e in enumerate(events)}
    for e in sorted(events, key=_order_key):
        g.offer(e, position[id(e)])
    out = sorted(g.clusters, key=lambda c: c.first)
    return [c.event for c in out], g.merged


def merge_events(events: Sequence[Event], *, settings: Settings | None = None) -> list[Event]:
    """Events of one run with the same event merged: one Event, several Sources.

    Stateless (for `rasd extract`). Deterministic: events are considered earliest first (first
    source's publication day, event date, article, evidence start, id), each joins the closest
    compatible event found so far (same article first, then distance, then day gap) or starts a
    new one; the merged event keeps the earliest event's id; the output is in input order (a merged
    event stands where its first member stood in the input). Within one article this folds the headline, the
    lead and the body telling the same strike into one event.
    """
    return merge_events_explained(events, settings=settings)[0]
