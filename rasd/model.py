"""rasd's records: frozen, typed, and every annotation a span into the ORIGINAL article text.

`Span(start, end)` is half-open, in Python str indices into `Article.text`. Extractors match on the
folded text (`Doc.folded`) and map back with `Doc.offsets.to_original()`; nothing here ever holds a
modified copy of the original text.

`Event.to_record()` is the only producer of the EVENT_SCHEMA keys (see ../shared/EVENT_SCHEMA.md).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from rasd.resources.acled import EventType, SubEventType

if TYPE_CHECKING:  # pragma: no cover
    from rasd.arabic.offsets import OffsetMap


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range [start, end) into an article's original text.

    >>> Span(0, 3).text_of("سرت الليبية")
    'سرت'
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span {self.start}..{self.end}")

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def cover(self, other: "Span") -> "Span":
        return Span(min(self.start, other.start), max(self.end, other.end))


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read. `text` is never modified by any later step."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # the file (and record) it was read from, for error messages

    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- annotations (mentions)

@dataclass(frozen=True, slots=True)
class Token:
    """A word or number. `span` is in the original text, `fstart`/`fend` in the folded text.

    `norm` is the folded surface form; `stems()` (see rasd.arabic.tokens) lists clitic-stripped forms.
    """

    span: Span
    fstart: int
    fend: int
    norm: str
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Mask:
    """Text that is not news (caption, byline, share widget, related stories...)."""

    span: Span
    reason: str


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A count written in digits or words. `value` follows ACLED's conservative rules
    (عشرات → 10, بضعة/عدة → 3, مئات → 100, ranges → the lowest)."""

    span: Span
    value: int | float
    approximate: bool = False
    kind: str = "number"  # number | vague | range | dual


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase resolved against the publication date. precision: 1 day, 2 week, 3 month."""

    span: Span
    value: date
    precision: int
    kind: str = "absolute"  # absolute | relative | weekday | hijri | future (not happened yet)


@dataclass(frozen=True, slots=True)
class DistanceMention:
    """"240 كيلومترا جنوب شرق سرت": the anchor phrase, km (or None), bearing degrees (or None),
    relation: 'offset' (km+bearing), 'direction' (bearing only), 'near' (km may be set: "على بعد 125 كم من صنعاء"), 'outskirts', 'centre'."""

    span: Span
    anchor: Span
    km: float | None
    bearing: float | None
    relation: str


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    id: str                 # geonameid or a supplement id ("sup:…")
    name: str               # English / romanised
    name_ar: str
    lat: float | None
    lon: float | None
    kind: str               # feature code: PPL, PPLA, PPLC, ADM1, PCLI, DISTRICT, BASE, PORT, ...
    country: str            # ISO 3166-1 alpha-2
    admin1: str | None = None
    population: int = 0
    parent: str | None = None  # id of the containing city for districts


@dataclass(frozen=True, slots=True)
class PlaceMention:
    span: Span
    place: Place | None          # chosen candidate (None: cue phrase not in the gazetteer)
    candidates: tuple[Place, ...] = ()
    cue: str | None = None       # "مدينة", "حي", ...
    score: float = 0.0
    why: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor lexicon entry."""

    name: str
    inter: int
    country: str | None = None   # ISO alpha-2 where the actor is country-specific
    kind: str = "rebel"          # state | rebel | militia | coalition | external | civilians | protesters | rioters | unidentified | none
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    span: Span
    actor: Actor
    surface: str


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """An event cue: its ACLED sub-event type and the strength of the cue (0..1)."""

    span: Span
    sub_event_type: SubEventType | None   # None for context-typed cues (cue = "@kill", "@attack", ...)
    weight: float
    lemma: str
    sentence: int = 0
    cue: str = ""                          # the lexicon's cue column: a sub-event type or "@family"
    prefix: str = ""                       # folded proclitics on the cue word ("ل" marks purpose)

    @property
    def event_type(self) -> EventType | None:
        return self.sub_event_type.event_type if self.sub_event_type else None


# ---------------------------------------------------------------- events

@dataclass(frozen=True, slots=True)
class Location:
    name: str | None
    name_ar: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int = 3
    admin1: str | None = None
    country: str | None = None
    geonameid: str | None = None
    iso: str | None = None      # ISO alpha-2, for the ACLED csv `iso`/region columns

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name, "name_ar": self.name_ar,
            "latitude": self.latitude, "longitude": self.longitude,
            "geo_precision": self.geo_precision, "admin1": self.admin1,
            "country": self.country, "geonameid": self.geonameid, "iso": self.iso,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """One supporting article. `text == article.text[evidence.start:evidence.end]`."""

    article_id: str
    outlet: str | None
    published: date | None
    evidence: Span
    text: str

    @classmethod
    def from_article(cls, article: Article, evidence: Span) -> "Source":
        return cls(article.id, article.outlet, article.published, evidence,
                   evidence.text_of(article.text))

    def to_record(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id, "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "evidence": {"text": self.text, "start": self.evidence.start, "end": self.evidence.end},
        }


def make_event_id(article_id: str, evidence: Span, sub_event_type: str = "") -> str:
    """Content hash of the first source's article id, evidence span and sub-event type."""
    key = f"{article_id}\x1f{evidence.start}\x1f{evidence.end}\x1f{sub_event_type}"
    return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    event_date: date | None
    time_precision: int
    sub_event_type: SubEventType
    actor1: str | None
    actor2: str | None
    location: Location
    sources: tuple[Source, ...]
    actor1_ar: str | None = None
    actor2_ar: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    fatalities: int | None = None
    injured: int | None = None
    confidence: float = 0.5
    notes: str = ""
    reasons: tuple[str, ...] = ()
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None

    @property
    def event_type(self) -> EventType:
        return self.sub_event_type.event_type

    def with_(self, **changes: Any) -> "Event":
        return replace(self, **changes)

    def to_record(self) -> dict[str, Any]:
        """The EVENT_SCHEMA record: the only place its keys are produced."""
        return {
            "event_id": self.event_id,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "event_type": self.event_type.value,
            "sub_event_type": self.sub_event_type.value,
            "actor1": self.actor1, "actor1_ar": self.actor1_ar,
            "actor2": self.actor2, "actor2_ar": self.actor2_ar,
            "inter1": self.inter1, "inter2": self.inter2,
            "location": self.location.to_record(),
            "fatalities": self.fatalities, "injured": self.injured,
            "sources": [s.to_record() for s in self.sources],
            "confidence": round(float(self.confidence), 3),
            "notes": self.notes,
            "disorder_type": self.sub_event_type.disorder_type,
            "assoc_actor_1": self.assoc_actor_1, "assoc_actor_2": self.assoc_actor_2,
            "reasons": list(self.reasons),
        }

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> "Event":
        """Inverse of to_record (the store keeps records as JSON)."""
        loc = r.get("location") or {}
        return cls(
            event_id=r["event_id"],
            event_date=date.fromisoformat(r["event_date"]) if r.get("event_date") else None,
            time_precision=int(r.get("time_precision") or 3),
            sub_event_type=SubEventType(r["sub_event_type"]),
            actor1=r.get("actor1"), actor2=r.get("actor2"),
            actor1_ar=r.get("actor1_ar"), actor2_ar=r.get("actor2_ar"),
            inter1=r.get("inter1"), inter2=r.get("inter2"),
            location=Location(
                name=loc.get("name"), name_ar=loc.get("name_ar"),
                latitude=loc.get("latitude"), longitude=loc.get("longitude"),
                geo_precision=int(loc.get("geo_precision") or 3), admin1=loc.get("admin1"),
                country=loc.get("country"), geonameid=loc.get("geonameid"), iso=loc.get("iso"),
            ),
            sources=tuple(
                Source(s["article_id"], s.get("outlet"),
                       date.fromisoformat(s["published"]) if s.get("published") else None,
                       Span(s["evidence"]["start"], s["evidence"]["end"]), s["evidence"]["text"])
                for s in r.get("sources") or ()
            ),
            fatalities=r.get("fatalities"), injured=r.get("injured"),
            confidence=float(r.get("confidence") or 0.0), notes=r.get("notes") or "",
            reasons=tuple(r.get("reasons") or ()),
            assoc_actor_1=r.get("assoc_actor_1"), assoc_actor_2=r.get("assoc_actor_2"),
        )


# ---------------------------------------------------------------- the document

@dataclass(frozen=True, slots=True)
class Doc:
    """An article and everything the pipeline found in it. Steps return a new Doc (`doc.with_()`)."""

    article: Article
    folded: str = ""
    offsets: "OffsetMap | None" = None
    masks: tuple[Mask, ...] = ()
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    distances: tuple[DistanceMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    triggers: tuple[TriggerMention, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default=())  # reasons trail for `rasd annotate`

    @property
    def text(self) -> str:
        return self.article.text

    def with_(self, **changes: Any) -> "Doc":
        """A copy with some fields changed (every step calls this: a plain slot copy, about 3x
        cheaper than dataclasses.replace, which re-runs __init__)."""
        new = object.__new__(Doc)
        for name in _DOC_FIELDS:
            object.__setattr__(new, name, changes.pop(name) if name in changes else getattr(self, name))
        if changes:
            raise TypeError(f"Doc has no field(s) {', '.join(sorted(changes))}")
        return new

    def span_text(self, span: Span) -> str:
        return self.article.text[span.start:span.end]

    def is_masked(self, span: Span) -> bool:
        return any(m.span.overlaps(span) for m in self.masks)

    def in_date(self, offset: int) -> bool:
        """The original offset lies inside a date mention ("مساء الأربعاء"، "16 / 7 / 1436هـ")."""
        return any(d.span.start <= offset < d.span.end for d in self.dates)

    def in_number(self, offset: int) -> bool:
        """The original offset lies inside a number mention ("ثلاثة"، "34")."""
        return any(n.span.start <= offset < n.span.end for n in self.numbers)

    def sentence_of(self, span: Span) -> int | None:
        """Index of the sentence containing span.start (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= span.start:
                lo = mid + 1
            elif s.start > span.start:
                hi = mid
            else:
                return mid
        return None


_DOC_FIELDS = tuple(f.name for f in fields(Doc))
