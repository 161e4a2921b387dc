"""Exports: pure functions over Events (any iterable, streamed), one per format.

Every writer takes the events and a target: a path (str or PathLike, opened and closed here) or an
open file (text for jsonl/csv/geojson; binary, or a text stream with `.buffer`, for parquet). Each
returns the number of events written.

- `write_jsonl`: one `Event.to_record()` per line (EVENT_SCHEMA), UTF-8, Arabic unescaped.
- `write_acled_csv`: ACLED's columns in ACLED's order (`ACLED_CSV_COLUMNS`), filled as far as rasd
  knows; as in ACLED files, unknown fatalities are 0, `iso` is the numeric ISO 3166 code and
  `interaction` the two inter codes, lowest first (12), or inter1 × 10 for a lone actor (60).
- `to_geojson` / `write_geojson`: an RFC 7946 FeatureCollection; Point [longitude, latitude]
  (null geometry when the event has no coordinates); properties = the record without coordinates.
- `write_parquet`: typed columns (event_date date32, ints as int64, location flattened to columns,
  sources as list<struct>), written in row groups so memory stays flat.

>>> FORMATS["acled-csv"] is write_acled_csv
True
"""
from __future__ import annotations

import csv
import io
import json
import os
import time
from contextlib import contextmanager
from itertools import islice
from typing import IO, Any, Callable, Iterable, Iterator

from rasd.model import Event
from rasd.resources.acled import ACLED_CSV_COLUMNS, EventType
from rasd.resources.countries import Country, country_by_key

_ROW_GROUP = 10_000
_CIVILIAN_TARGET_TYPES = {EventType.VAC, EventType.EXPLOSIONS, EventType.RIOTS}


@contextmanager
def _text_target(target: Any) -> Iterator[IO[str]]:
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield target


@contextmanager
def _binary_target(target: Any) -> Iterator[Any]:
    if isinstance(target, (str, os.PathLike)):
        with open(target, "wb") as fh:
            yield fh
    elif isinstance(target, io.TextIOBase) or hasattr(target, "buffer"):
        target.flush()
        yield target.buffer
    else:
        yield target


# ---------------------------------------------------------------- JSON Lines

def write_jsonl(events: Iterable[Event], fh: Any) -> int:
    """One EVENT_SCHEMA record per line."""
    n = 0
    with _text_target(fh) as out:
        for e in events:
            out.write(json.dumps(e.to_record(), ensure_ascii=False) + "\n")
            n += 1
    return n


# ---------------------------------------------------------------- ACLED CSV

def _country(e: Event) -> Country | None:
    return country_by_key(e.location.iso) or country_by_key(e.location.country)


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: the two actor types, lowest first; a lone actor's type × 10.

    >>> interaction_code(2, 1), interaction_code(6, None), interaction_code(None, None)
    (12, 60, None)
    """
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return (inter1 or inter2) * 10  # type: ignore[operator]
    lo, hi = sorted((int(inter1), int(inter2)))
    return lo * 10 + hi


def acled_row(e: Event, timestamp: int) -> dict[str, Any]:
    """The ACLED CSV row for one event (keys = ACLED_CSV_COLUMNS)."""
    loc, c = e.location, _country(e)
    outlets = list(dict.fromkeys(s.outlet for s in e.sources if s.outlet))
    civilians = e.event_type in _CIVILIAN_TARGET_TYPES and 7 in (e.inter1, e.inter2)
    return {
        "event_id_cnty": e.event_id,
        "event_date": e.event_date.isoformat() if e.event_date else "",
        "year": e.event_date.year if e.event_date else "",
        "time_precision": e.time_precision,
        "disorder_type": e.sub_event_type.disorder_type,
        "event_type": e.event_type.value,
        "sub_event_type": e.sub_event_type.value,
        "actor1": e.actor1 or "", "assoc_actor_1": e.assoc_actor_1 or "",
        "inter1": "" if e.inter1 is None else e.inter1,
        "actor2": e.actor2 or "", "assoc_actor_2": e.assoc_actor_2 or "",
        "inter2": "" if e.inter2 is None else e.inter2,
        "interaction": interaction_code(e.inter1, e.inter2) or "",
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": c.iso_numeric if c else "",
        "region": c.region if c else "",
        "country": loc.country or (c.name if c else ""),
        "admin1": loc.admin1 or "", "admin2": "", "admin3": "",
        "location": loc.name or "",
        "latitude": "" if loc.latitude is None else round(loc.latitude, 6),
        "longitude": "" if loc.longitude is None else round(loc.longitude, 6),
        "geo_precision": loc.geo_precision,
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": e.notes,
        "fatalities": e.fatalities or 0,
        "tags": "",
        "timestamp": timestamp,
    }


def write_acled_csv(events: Iterable[Event], fh: Any, *, timestamp: int | None = None) -> int:
    """ACLED-style CSV: header exactly ACLED_CSV_COLUMNS. `timestamp` (ACLED: when the row was
    written, Unix seconds) defaults to now."""
    ts = int(time.time()) if timestamp is None else int(timestamp)
    n = 0
    with _text_target(fh) as out:
        w = csv.DictWriter(out, fieldnames=ACLED_CSV_COLUMNS, lineterminator="\n")
        w.writeheader()
        for e in events:
            w.writerow(acled_row(e, ts))
            n += 1
    return n


# ---------------------------------------------------------------- GeoJSON

def to_feature(e: Event) -> dict[str, Any]:
    props = e.to_record()
    loc = dict(props.pop("location"))
    lat, lon = loc.pop("latitude", None), loc.pop("longitude", None)
    props["location"] = loc
    geometry = ({"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None else None)
    return {"type": "Feature", "id": e.event_id, "geometry": geometry, "properties": props}


def to_geojson(events: Iterable[Event]) -> dict[str, Any]:
    """RFC 7946 FeatureCollection; coordinates [longitude, latitude]."""
    return {"type": "FeatureCollection", "features": [to_feature(e) for e in events]}


def write_geojson(events: Iterable[Event], fh: Any) -> int:
    """The FeatureCollection, written one feature at a time (memory flat)."""
    n = 0
    with _text_target(fh) as out:
        out.write('{"type": "FeatureCollection", "features": [\n')
        for e in events:
            out.write((",\n" if n else "") + json.dumps(to_feature(e), ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
    return n


# ---------------------------------------------------------------- Parquet

def parquet_schema():
    import pyarrow as pa

    source = pa.struct([("article_id", pa.string()), ("outlet", pa.string()), ("published", pa.date32()),
                        ("evidence_text", pa.string()), ("evidence_start", pa.int64()),
                        ("evidence_end", pa.int64())])
    return pa.schema([
        ("event_id", pa.string()), ("event_date", pa.date32()), ("year", pa.int64()),
        ("time_precision", pa.int64()), ("disorder_type", pa.string()), ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("actor1", pa.string()), ("actor1_ar", pa.string()), ("inter1", pa.int64()),
        ("actor2", pa.string()), ("actor2_ar", pa.string()), ("inter2", pa.int64()),
        ("location_name", pa.string()), ("location_name_ar", pa.string()),
        ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int64()),
        ("admin1", pa.string()), ("country", pa.string()), ("iso", pa.string()),
        ("geonameid", pa.string()),
        ("fatalities", pa.int64()), ("injured", pa.int64()), ("confidence", pa.float64()),
        ("notes", pa.string()), ("reasons", pa.list_(pa.string())),
        ("sources", pa.list_(source)),
    ])


def _parquet_row(e: Event) -> dict[str, Any]:
    loc, c = e.location, _country(e)
    return {
        "event_id": e.event_id, "event_date": e.event_date,
        "year": e.event_date.year if e.event_date else None, "time_precision": e.time_precision,
        "disorder_type": e.sub_event_type.disorder_type, "event_type": e.event_type.value,
        "sub_event_type": e.sub_event_type.value,
        "actor1": e.actor1, "actor1_ar": e.actor1_ar, "inter1": e.inter1,
        "actor2": e.actor2, "actor2_ar": e.actor2_ar, "inter2": e.inter2,
        "location_name": loc.name, "location_name_ar": loc.name_ar,
        "latitude": loc.latitude, "longitude": loc.longitude, "geo_precision": loc.geo_precision,
        "admin1": loc.admin1, "country": loc.country, "iso": c.iso2 if c else loc.iso,
        "geonameid": None if loc.geonameid is None else str(loc.geonameid),
        "fatalities": e.fatalities, "injured": e.injured, "confidence": float(e.confidence),
        "notes": e.notes, "reasons": list(e.reasons),
        "sources": [{"article_id": s.article_id, "outlet": s.outlet, "published": s.published,
                     "evidence_text": s.text, "evidence_start": s.evidence.start,
                     "evidence_end": s.evidence.end} for s in e.sources],
    }


def write_parquet(events: Iterable[Event], path: Any) -> int:
    """Parquet readable by pyarrow, pandas and DuckDB with proper types (event_date is a date)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    it = iter(events)
    with _binary_target(path) as out, pq.ParquetWriter(out, schema, compression="zstd") as writer:
        while True:
            rows = [_parquet_row(e) for e in islice(it, _ROW_GROUP)]
            if not rows and n:
                break
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
            if len(rows) < _ROW_GROUP:
                break
    return n


FORMATS: dict[str, Callable[..., int]] = {
    "jsonl": write_jsonl,
    "csv": write_acled_csv,
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "parquet": write_parquet,
}

# File-name suffix per format (for the CLI's default output names).
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "acled-csv": ".csv", "geojson": ".geojson",
            "parquet": ".parquet"}

__all__ = ["write_jsonl", "write_acled_csv", "to_geojson", "write_geojson", "write_parquet",
           "FORMATS", "SUFFIXES", "interaction_code", "acled_row"]
