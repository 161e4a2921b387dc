"""EventFilter: what `Store.events()` and friends select, validated up front, turned into bound SQL.

Every value reaches the database as a bound parameter; no SQL is ever built from user text.
Bad values raise ValueError with a one-line reason (the API answers 400 with it).

>>> EventFilter(actor="داعش", date_from="2016-08-01").date_from
datetime.date(2016, 8, 1)
>>> EventFilter(bbox=(20, 35, 10, 30))
Traceback (most recent call last):
...
ValueError: bbox: min_lon 20.0 > max_lon 10.0 (expected min_lon, min_lat, max_lon, max_lat)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_

from rasd.arabic.normalize import fold_string
from rasd.resources.acled import EventType, SubEventType
from rasd.resources.countries import country_by_key
from rasd.store.schema import events

MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000_000
MAX_TEXT = 500  # characters in actor / country / q
MAX_FATALITIES = 10_000_000

_EVENT_TYPES = {t.value.lower(): t.value for t in EventType}
_SUB_EVENT_TYPES = {t.value.lower(): t for t in SubEventType}


def like_escape(term: str) -> str:
    """Escape LIKE wildcards (escape character: backslash)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _as_date(name: str, value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name}: {value[:40]!r} is not a date (expected YYYY-MM-DD)") from None
    raise ValueError(f"{name}: expected a date, got {type(value).__name__}")


def _as_text(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name}: expected text, got {type(value).__name__}")
    value = value.strip()
    if "\x00" in value:
        raise ValueError(f"{name}: contains a NUL character")
    if len(value) > MAX_TEXT:
        raise ValueError(f"{name}: longer than {MAX_TEXT} characters")
    return value or None


def _as_int(name: str, value: Any, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value.strip())
        else:
            raise ValueError(f"{name}: expected a whole number, got {str(value)[:40]!r}")
    if not lo <= value <= hi:
        raise ValueError(f"{name}: {value} is outside {lo}..{hi}")
    return value


@dataclass(frozen=True)
class EventFilter:
    """Which events to select. Every field is optional; all given fields must hold (AND).

    - `date_from`, `date_to`: inclusive; dates or "YYYY-MM-DD" strings.
    - `event_type`, `sub_event_type`: ACLED names (case-insensitive), e.g. "Air/drone strike".
    - `actor`: substring of actor1/actor2 in English (case-insensitive) or Arabic (folded: "داعش"
      also finds "الدّاعشي").
    - `country`: English name ("Libya") or ISO alpha-2 ("LY"), case-insensitive.
    - `bbox`: (min_lon, min_lat, max_lon, max_lat) in degrees.
    - `q`: words or "quoted phrases" searched (all of them) in the folded evidence, notes, actor and
      place names and the supporting articles' text; "قُتل" finds "قتل".
    - `min_fatalities`: at least this many reported deaths.
    - `limit` 1..10000, `offset` >= 0 (ignored by iter_events and count_events).
    """

    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    min_fatalities: int | None = None
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        put = lambda k, v: object.__setattr__(self, k, v)  # noqa: E731 (frozen dataclass)
        put("date_from", _as_date("date_from", self.date_from))
        put("date_to", _as_date("date_to", self.date_to))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.event_type is not None:
            et = _as_text("event_type", getattr(self.event_type, "value", self.event_type))
            if et is not None and et.lower() not in _EVENT_TYPES:
                raise ValueError(f"event_type: {et[:60]!r} is not an ACLED event type "
                                 f"({', '.join(t.value for t in EventType)})")
            put("event_type", _EVENT_TYPES[et.lower()] if et else None)
        if self.sub_event_type is not None:
            st = _as_text("sub_event_type", getattr(self.sub_event_type, "value", self.sub_event_type))
            if st is not None and st.lower() not in _SUB_EVENT_TYPES:
                raise ValueError(f"sub_event_type: {st[:60]!r} is not an ACLED sub-event type")
            sub = _SUB_EVENT_TYPES[st.lower()] if st else None
            if sub and self.event_type and sub.event_type.value != self.event_type:
                raise ValueError(f"sub_event_type {sub.value!r} belongs to {sub.event_type.value!r}, "
                                 f"not {self.event_type!r}")
            put("sub_event_type", sub.value if sub else None)
        put("actor", _as_text("actor", self.actor))
        put("country", _as_text("country", self.country))
        put("q", _as_text("q", self.q))
        if self.bbox is not None:
            put("bbox", _check_bbox(self.bbox))
        if self.min_fatalities is not None:
            put("min_fatalities", _as_int("min_fatalities", self.min_fatalities, 0, MAX_FATALITIES))
        put("limit", _as_int("limit", self.limit, 1, MAX_LIMIT))
        put("offset", _as_int("offset", self.offset, 0, MAX_OFFSET))


def _check_bbox(bbox: Any) -> tuple[float, float, float, float]:
    if isinstance(bbox, str):
        bbox = bbox.split(",")
    try:
        vals = tuple(float(v) for v in bbox)
    except (TypeError, ValueError):
        raise ValueError("bbox: expected four numbers min_lon, min_lat, max_lon, max_lat") from None
    if len(vals) != 4 or not all(math.isfinite(v) for v in vals):
        raise ValueError("bbox: expected four finite numbers min_lon, min_lat, max_lon, max_lat")
    min_lon, min_lat, max_lon, max_lat = vals
    for name, v, lim in (("min_lon", min_lon, 180), ("max_lon", max_lon, 180),
                         ("min_lat", min_lat, 90), ("max_lat", max_lat, 90)):
        if not -lim <= v <= lim:
            raise ValueError(f"bbox: {name} {v} is outside -{lim}..{lim}")
    if min_lon > max_lon:
        raise ValueError(f"bbox: min_lon {min_lon} > max_lon {max_lon} "
                         "(expected min_lon, min_lat, max_lon, max_lat)")
    if min_lat > max_lat:
        raise ValueError(f"bbox: min_lat {min_lat} > max_lat {max_lat} "
                         "(expected min_lon, min_lat, max_lon, max_lat)")
    return vals  # type: ignore[return-value]


def bbox_clause(bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
    min_lon, min_lat, max_lon, max_lat = bbox
    return and_(events.c.lat.between(min_lat, max_lat), events.c.lon.between(min_lon, max_lon))


def actors_folded(*names: str | None) -> str:
    """The text `EventFilter.actor` is matched against: every actor name, folded, ' | '-joined."""
    return " | ".join(fold_string(n) for n in names if n)


def filter_clauses(flt: EventFilter, q_clause: ColumnElement[bool] | None = None) -> list[ColumnElement[bool]]:
    """The WHERE conditions for `flt` (the full-text part is built by the store, per dialect)."""
    c = events.c
    out: list[ColumnElement[bool]] = []
    if flt.date_from:
        out.append(c.event_date >= flt.date_from)
    if flt.date_to:
        out.append(c.event_date <= flt.date_to)
    if flt.event_type:
        out.append(c.event_type == flt.event_type)
    if flt.sub_event_type:
        out.append(c.sub_event_type == flt.sub_event_type)
    if flt.actor:
        out.append(c.actors_folded.like(f"%{like_escape(fold_string(flt.actor))}%", escape="\\"))
    if flt.country:
        known = country_by_key(flt.country)
        if known is not None:
            # every stored event of a known country has its ISO code (written by Store.write_batch,
            # back-filled by migration 0005): `iso = ?` alone ranges over ix_events_iso_date
            out.append(c.iso == known.iso2.upper())
        else:
            out.append(c.country.ilike(like_escape(flt.country), escape="\\"))
    if flt.bbox:
        out.append(bbox_clause(flt.bbox))
    if flt.min_fatalities is not None:
        out.append(c.fatalities >= flt.min_fatalities)
    if q_clause is not None:
        out.append(q_clause)
    return out
