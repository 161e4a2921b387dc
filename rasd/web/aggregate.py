"""Server-side aggregates for the page: filtered counts per day/type/actor and map clusters.

Everything is one grouped SQL query over the store's indexed event columns, with the same
`EventFilter` as /api/events (bound parameters only), so the page stays fast at 100,000+ events:
the browser receives at most a few hundred grid cells or `POINTS_MAX` points, never the whole store.

>>> cell_degrees(0), cell_degrees(6)
(90.0, 1.40625)
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Integer, and_, cast, func, or_, select, true

from rasd.store import EventFilter, Store
from rasd.store.schema import events

POINTS_MAX = 3000      # up to this many events in view: send the points (clustered in the browser)
CELLS_PER_TILE = 4     # else: a grid of 256/4 = 64-pixel cells, grouped in SQL
MAX_ZOOM = 22
TOP_ACTORS = 20


def cell_degrees(zoom: int) -> float:
    """The grid cell size in degrees at a Leaflet zoom level (a 256-pixel tile spans 360/2**zoom)."""
    return 360.0 / (2 ** zoom) / CELLS_PER_TILE


def _where(store: Store, flt: EventFilter):
    # the store's own WHERE builder (filters + dialect-specific full-text); see rasd.store.store
    return store._where(flt)  # noqa: SLF001 - needs Store.where(flt) made public (reported)


STATS_PARTS = ("per_day", "per_type", "per_actor")


def stats(store: Store, flt: EventFilter, parts: tuple[str, ...] = STATS_PARTS) -> dict[str, Any]:
    """{"events", "per_day": [[day, n]...], "per_type": {type: n}, "per_actor": {actor: n}} over
    the events matching `flt` (limit/offset ignored); only the `parts` asked for (the timeline needs
    per_day alone, which an index answers; per_actor reads every matching row)."""
    where = _where(store, flt)
    c = events.c
    out: dict[str, Any] = {}
    # each query below may read every matching row (a filter no index serves scans the table), so
    # as few as possible: the count comes with the per-type counts, and both actor columns are
    # grouped in one pass
    with store._read("read statistics") as conn:  # noqa: SLF001
        if "per_type" in parts:
            out["per_type"] = {t: int(n) for t, n in conn.execute(
                select(c.event_type, func.count()).where(where).group_by(c.event_type).order_by(c.event_type))}
            out["events"] = sum(out["per_type"].values())   # event_type is never NULL
        else:
            out["events"] = int(conn.execute(select(func.count()).select_from(events).where(where)).scalar_one())
        if "per_day" in parts:
            out["per_day"] = [[d.isoformat(), int(n)] for d, n in conn.execute(
                select(c.event_date, func.count()).where(where, c.event_date.is_not(None))
                .group_by(c.event_date).order_by(c.event_date))]
        if "per_actor" in parts:
            first: Counter[str] = Counter()
            second: Counter[str] = Counter()
            for a1, a2, n in conn.execute(select(c.actor1, c.actor2, func.count())
                                          .where(where, or_(c.actor1.is_not(None), c.actor2.is_not(None)))
                                          .group_by(c.actor1, c.actor2)):
                if a1 is not None:
                    first[a1] += int(n)
                if a2 is not None:
                    second[a2] += int(n)
            actors: Counter[str] = Counter()
            for counts in (first, second):      # ties: actor1 names first, each in name order
                for a in sorted(counts):
                    actors[a] += counts[a]
            out["per_actor"] = dict(actors.most_common(TOP_ACTORS))
    return {k: out[k] for k in ("events", "per_day", "per_type", "per_actor") if k in out}


def clusters(store: Store, flt: EventFilter, zoom: int) -> dict[str, Any]:
    """What the map draws for the events matching `flt` (its bbox = the visible map).

    - few events: {"mode": "points", "total", "points": [[event_id, lat, lon, event_type, fatalities]]}
    - many: {"mode": "cells", "total", "cells": [{"lat", "lon", "count", "fatalities",
      "types": {event_type: n}}]} grouped on a grid of `cell_degrees(zoom)`; lat/lon = the mean
      position of the cell's events.
    """
    c = events.c
    # a bbox already excludes unlocated events (BETWEEN NULL is not true); "IS NOT NULL" next to it
    # would lead SQLite into the (lat, lon) index with one row lookup per event
    located = true() if flt.bbox else and_(c.lat.is_not(None), c.lon.is_not(None))
    where = and_(_where(store, flt), located)
    unindexed_bbox = None
    # bbox, type and minimum deaths are all in ix_events_map (lat, lon, event_type, fatalities): such a
    # view is counted and grouped from that index alone, whatever its size
    map_index_only = not (flt.date_from or flt.date_to or flt.sub_event_type or flt.actor or flt.country or flt.q)
    if store.dialect == "sqlite" and flt.bbox and not map_index_only:
        # SQLite has no statistics: with a date range, take the date index; with most of the store
        # in view, one pass over the table; both beat the (lat, lon) range + a row lookup per event
        min_lon, min_lat, max_lon, max_lat = flt.bbox
        unindexed_bbox = and_(_where(store, EventFilter(**{**_fields(flt), "bbox": None})),
                              (c.lat + 0).between(min_lat, max_lat), (c.lon + 0).between(min_lon, max_lon))
        if flt.date_from or flt.date_to:
            where = unindexed_bbox
    with store._read("read map clusters") as conn:  # noqa: SLF001
        # counted up to POINTS_MAX + 1 only: beyond that the cells are drawn, and their counts add up
        # to the total (a second full pass over a million events saved)
        few = int(conn.execute(select(func.count()).select_from(
            select(c.pk).where(where).limit(POINTS_MAX + 1).subquery())).scalar_one())
        if few <= POINTS_MAX:
            rows = conn.execute(select(c.event_id, c.lat, c.lon, c.event_type, c.fatalities).where(where)
                                .order_by(c.event_date.desc().nulls_last(), c.event_id)).all()
            return {"mode": "points", "total": few,
                    "points": [[eid, round(lat, 5), round(lon, 5), et, fat] for eid, lat, lon, et, fat in rows]}
        size = cell_degrees(zoom)
        if unindexed_bbox is not None and where is not unindexed_bbox:
            total = int(conn.execute(select(func.count()).select_from(events).where(where)).scalar_one())
            everything = int(conn.execute(select(func.count()).select_from(events)).scalar_one())
            if 2 * total > everything:
                where = unindexed_bbox
        # two steps: events grouped by (lat, lon, type) first, which ix_events_map delivers in order
        # (no sort; geocoded events sit on a few thousand gazetteer points), then those groups into
        # grid cells. One GROUP BY on the cell would sort every event: 0.6 s instead of 0.15 s at 1M.
        spot = (select(c.lat.label("lat"), c.lon.label("lon"), c.event_type.label("event_type"),
                       func.count().label("n"), func.coalesce(func.sum(c.fatalities), 0).label("fat"))
                .where(where).group_by(c.lat, c.lon, c.event_type).subquery())
        if store.dialect == "postgresql":
            gx, gy = func.floor((spot.c.lon + 180.0) / size), func.floor((spot.c.lat + 90.0) / size)
        else:  # SQLite: CAST truncates, and both values are >= 0, so it is floor()
            gx, gy = cast((spot.c.lon + 180.0) / size, Integer), cast((spot.c.lat + 90.0) / size, Integer)
        gx, gy = gx.label("gx"), gy.label("gy")
        q = (select(gx, gy, spot.c.event_type, func.sum(spot.c.n), func.sum(spot.c.lat * spot.c.n),
                    func.sum(spot.c.lon * spot.c.n), func.sum(spot.c.fat))
             .group_by("gx", "gy", spot.c.event_type))
        cells: dict[tuple[int, int], dict[str, Any]] = defaultdict(
            lambda: {"count": 0, "lat": 0.0, "lon": 0.0, "fatalities": 0, "types": {}})
        for x, y, et, n, slat, slon, fat in conn.execute(q):
            cell = cells[(int(x), int(y))]
            cell["count"] += int(n)
            cell["lat"] += float(slat)
            cell["lon"] += float(slon)
            cell["fatalities"] += int(fat or 0)
            cell["types"][et] = int(n)
    out = []
    for cell in cells.values():
        cell["lat"] = round(cell["lat"] / cell["count"], 5)
        cell["lon"] = round(cell["lon"] / cell["count"], 5)
        out.append(cell)
    out.sort(key=lambda k: -k["count"])
    return {"mode": "cells", "total": sum(k["count"] for k in out), "cells": out}


def _fields(flt: EventFilter) -> dict[str, Any]:
    return {k: getattr(flt, k) for k in flt.__dataclass_fields__}


__all__ = ["stats", "clusters", "cell_degrees", "POINTS_MAX", "MAX_ZOOM"]
