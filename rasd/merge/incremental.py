"""Merging new events into the store, explaining merges and undoing them (`split`)."""
from __future__ import annotations

import gc
import json
import math
import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import select

from rasd.errors import InputError, StoreError
from rasd.merge.rules import (_CONTRADICTING_PAIRS, EARTH_KM, KM_FACTOR, TIME_WINDOW_DAYS, _articles,
                              _block_keys, _Cluster, _Grouper, _has_coords, _known, _order_key, _settings, combine,
                              compatible, day_window, km_window, source_key)
from rasd.merge.tables import (_chunks, _load_blocks, _now, _read, _upsert, _write, article_aliases,
                               merge_blocks, merge_sources)
from rasd.model import Event, Source, make_event_id
from rasd.resources.acled import EventType, SubEventType
from rasd.settings import Settings

# ---------------------------------------------------------------- merging into the store

@dataclass(frozen=True)
class MergeResult:
    """What `merge_into_store` decided. `events_to_write` go to `store.write_batch` (stored events
    that gained sources, keeping their ids, and the new events; an iterator with
    `merge_into_store(..., stream=True)`); `merged` lists (new event id, id of the event it joined,
    compatible()'s explanation)."""

    events_to_write: list[Event]
    merged: list[tuple[str, str, dict[str, Any]]]
    unchanged: int = 0      # new events whose sources were all stored already (re-ingest)


MAX_RUN_DAYS = 31  # longest date range one candidate lookup covers
REACH_BAND_DEG = 0.25  # latitude bands (~28 km) the new events' reach is filed under


def _lookup_runs(events: Iterable[Event], st: Settings) -> list[tuple[Any, int, int, tuple[float, float, float, float]]]:
    """(event type, first day, last day, bbox) lookups covering every dated, placed event's window
    ([date - window, date + window], radius around its point): the windows of one event type are
    joined into runs of at most MAX_RUN_DAYS, each run with the bounding box of its events' circles."""
    per_type: dict[Any, list[tuple[int, int, tuple[float, float, float, float]]]] = defaultdict(list)
    for e in events:
        loc = e.location
        if e.event_date is None or not _has_coords(loc):
            continue
        d, w, km = e.event_date.toordinal(), day_window(e, st), km_window(e, st)
        dlat = km / 111.0
        dlon = km / (111.0 * max(0.1, math.cos(math.radians(abs(loc.latitude)))))  # type: ignore[arg-type]
        box = (max(-180.0, loc.longitude - dlon), max(-90.0, loc.latitude - dlat),  # type: ignore[operator]
               min(180.0, loc.longitude + dlon), min(90.0, loc.latitude + dlat))  # type: ignore[operator]
        per_type[e.event_type].append((d - w, d + w, box))
    runs = []
    for etype in sorted(per_type, key=lambda t: t.value):
        cur: list[Any] | None = None
        for lo, hi, box in sorted(per_type[etype]):
            if cur is not None and lo <= cur[2] + 1 and max(hi, cur[2]) - cur[1] < MAX_RUN_DAYS:
                cur[2] = max(cur[2], hi)
                cur[3] = (min(cur[3][0], box[0]), min(cur[3][1], box[1]),
                          max(cur[3][2], box[2]), max(cur[3][3], box[3]))
                continue
            if cur is not None:
                runs.append(tuple(cur))
            cur = [etype, lo, hi, box]
        if cur is not None:
            runs.append(tuple(cur))
    return runs  # type: ignore[return-value]


def _fetch_candidates(store: Any, events: Sequence[Event], st: Settings) -> dict[str, Event]:
    """`_candidate_pks`' stored events, read in full."""
    return {c.event_id: c for c in store.events_by_pk(_candidate_pks(store, events, st))}


def _candidate_pks(store: Any, events: Sequence[Event], st: Settings) -> list[int]:
    """The primary keys of the stored events in reach of the new ones, in two steps. (1) One
    light lookup per run of overlapping date windows (see `_lookup_runs`): (pk, date, lat, lon,
    sub-event type, actors, precisions) of the stored events of that type, days and box, from a
    covering index. (2) Only the points within the date window AND the radius of one of the new
    events (a run's box is the union of many events' circles) that this new event could join are
    kept, to be read in full (`Store.events_by_pk`). So the events held in memory are the true
    candidates, whatever the size or density of the store.

    "Could join": a stored event only grows by a new event joining it, and the first to join meets
    `compatible` with it as stored, which says no whatever else holds (`_Grouper._far_probes`) to
    contradicting sub-event types, two different known actors, a day gap beyond both windows or a
    distance beyond both radii. When the stored event's own day window and km factor are no wider
    than every new event's of its type (precision 1, as most), both windows are the new event's,
    those `reach` is filed by: a point none of its new events could join is left out. It is kept
    whatever its fields when it cites an article of the new events (they may share a source, and an
    undated or unplaced new event joins within its own article only), when its windows are wider,
    or when a field is unknown."""
    # each new event stamped on every day of its window and every latitude band its radius
    # touches: (type, day, band) → [(lat, lon, km, radians(lat), cos(radians(lat)), sub-event type,
    # known actor1, known actor2), ...]; a point is tested against its band's only
    reach: dict[tuple[Any, int, int], list[tuple]] = defaultdict(list)
    narrowest: dict[Any, tuple[int, float]] = {}  # event type → the new events' smallest day window, km factor
    for e in events:
        if e.event_date is None or not _has_coords(e.location):
            continue
        d, w, km = e.event_date.toordinal(), day_window(e, st), km_window(e, st)
        et = e.event_type
        f = KM_FACTOR.get(e.location.geo_precision, 2.0)
        n = narrowest.get(et)
        narrowest[et] = (w, f) if n is None else (min(n[0], w), min(n[1], f))
        lat, lon = e.location.latitude, e.location.longitude
        margin = (km + 2) / 111.0  # wider than the "km + 1" test below: no rounding at a band's edge
        bands = range(math.floor((lat - margin) / REACH_BAND_DEG), math.floor((lat + margin) / REACH_BAND_DEG) + 1)  # type: ignore[operator]
        p2 = math.radians(lat)  # type: ignore[arg-type]
        item = (lat, lon, km, p2, math.cos(p2), e.sub_event_type,
                e.actor1 if _known(e.actor1) else None, e.actor2 if _known(e.actor2) else None)
        for day in range(d - w, d + w + 1):
            for band in bands:
                reach[(et, day, band)].append(item)  # type: ignore[arg-type]
    # stored events citing an article of the new events: they may share a source (and an undated or
    # unplaced new event joins only within its article), so the early no below never drops them
    cited = store.event_pks_citing(sorted({s.article_id for e in events for s in e.sources})) \
        if hasattr(store, "event_pks_citing") else None
    pks: set[int] = set()
    sin, radians, asin, sqrt = math.sin, math.radians, math.asin, math.sqrt
    for etype, lo, hi, bbox in _lookup_runs(events, st):
        narrow = narrowest[etype]
        battles = etype is EventType.BATTLES
        for pk, day, lat, lon, sub, a1, a2, tp, gp in store.candidate_points(
                date_from=date.fromordinal(lo), date_to=date.fromordinal(hi), bbox=bbox, event_type=etype.value):
            if pk in pks or lat is None or lon is None:
                continue
            items = reach.get((etype, day.toordinal(), math.floor(lat / REACH_BAND_DEG)))
            if not items:
                continue
            p1 = radians(lat)
            cp1 = math.cos(p1)
            sub = _SUB_BY_VALUE.get(sub)
            # the early no applies (see above): only a new event it could join makes it a candidate
            early_no = cited is not None and pk not in cited and sub is not None and tp is not None \
                and gp is not None and TIME_WINDOW_DAYS.get(int(tp or 3), st.merge_days) <= narrow[0] \
                and KM_FACTOR.get(int(gp or 3), 2.0) <= narrow[1]
            x1, x2 = _known_column(a1), _known_column(a2)
            for elat, elon, km, p2, cp2, esub, y1, y2 in items:
                if early_no and ((sub, esub) in _CONTRADICTING_PAIRS or not (
                        ((x1 is None or y1 is None or x1 == y1) and (x2 is None or y2 is None or x2 == y2))
                        or (battles and (x1 is None or y2 is None or x1 == y2) and (x2 is None or y1 is None or x2 == y1)))):
                    continue  # _Grouper._far_probes: contradicting sub-event types, different known actors
                # haversine_km(lat, lon, elat, elon) <= km, term for term (the point's and the new
                # event's trigonometry computed once each)
                if abs(lat - elat) * 111.0 <= km + 1 and \
                        2 * EARTH_KM * asin(min(1.0, sqrt(sin((p2 - p1) / 2) ** 2 + cp1 * cp2 * sin(radians(elon - lon) / 2) ** 2))) <= km:
                    pks.add(pk)
                    break
    return sorted(pks)


_SUB_BY_VALUE = {s.value: s for s in SubEventType}


def _known_column(actor: str | None) -> str | None:
    """An actor column's value as `_Grouper._probe` reads the record's: None when unknown (None,
    "Unidentified ..."), and when the store changed it on writing (a NUL or a lone surrogate
    replaced: U+FFFD, '?') — unknown agrees with any actor, so such a value never drops a candidate."""
    if not _known(actor) or "\ufffd" in actor or "?" in actor:  # type: ignore[operator]
        return None
    return actor


def _indexed_events(store: Any, events: Sequence[Event]) -> dict[str, Event]:
    """Stored events that already hold one of these sources (re-ingest), via merge_sources; and
    undated or unplaced events stored under their own id (those no candidate lookup can find)."""
    wanted = {source_key(s) for e in events for s in e.sources}
    aids = sorted({s.article_id for e in events for s in e.sources})
    ids: set[str] = set()
    with _read(store, "read merged sources") as conn:
        for chunk in _chunks(aids):
            for aid, s0, s1, eid in conn.execute(
                    select(merge_sources.c.article_id, merge_sources.c.span_start, merge_sources.c.span_end,
                           merge_sources.c.event_id).where(merge_sources.c.article_id.in_(chunk))):
                if f"{aid}@{s0}:{s1}" in wanted:
                    ids.add(eid)
    ids |= {e.event_id for e in events if e.event_date is None or not _has_coords(e.location)}
    out: dict[str, Event] = {}
    for eid in sorted(ids):
        ev = store.get_event(eid)
        if ev is not None:
            out[eid] = _light(ev)
    return out


def _light(e: Event) -> Event:
    """A stored event as the grouping holds it: its sources without their evidence text, outlet
    and publication day (article id and span kept), without its reasons and note. What the
    grouping decides never reads those: `compatible` and `_far_probes` read a source's article
    only, re-ingests and do-not-merge pairs its article and span; `combine` reads them only for
    the merged event's fatalities (a toll update told in the evidence), reasons and note. So the
    grouping's decisions are the same as with the full event, and the stored events it rewrites
    are made again from their full records afterwards, a few at a time (`_rewritten`): what a
    batch holds grows far less with the number of sources of the stored events it touches (a
    reason line and an evidence sentence per source, before)."""
    return e.with_(sources=tuple(Source(s.article_id, None, None, s.evidence, "") for s in e.sources),
                   reasons=(), notes="")


def merge_into_store(store: Any, new_events: Sequence[Event], *, settings: Settings | None = None,
                     record: bool = True, stream: bool = False) -> MergeResult:
    """Merge newly extracted events with each other and with the stored events.

    The stored events looked at are those in reach of the new ones: `store.candidate_events` per
    run of overlapping date windows of one event type (each new event's own window and radius),
    and
    the events already holding one of the new sources. So the cost grows with the new events (and
    the density of the store around them), not with the size of the store. Stored events are
    never merged with each other; a stored event keeps its id and gains sources. Re-running on the
    same input is a no-op (a source already stored — same article and evidence span — is not
    added again; `unchanged` counts those events). Do-not-merge pairs recorded by `split` are
    honoured.

    With `record` (default) the merge tables are updated (which event each source is part of,
    why, and the event as extracted from it, for `explain` and `split`). The caller then stores
    the events. Pass a transaction, so that the merge tables and the events commit together (a
    crash in between would otherwise leave merge rows pointing at events never written):

    >>> with store.transaction() as tx:     # doctest: +SKIP
    ...     result = merge_into_store(tx, events)
    ...     tx.write_batch(articles, result.events_to_write)

    Given a Store instead, each read is its own and the merge tables are written in their own
    transaction.

    With `stream` (what `rasd ingest`'s writer uses, inside its transaction), `events_to_write` is
    an iterator instead of a list, each event id once (as `write_batch` would keep them): the
    stored events that gained sources are read again and combined a few at a time as it is
    consumed, so that the writer holds a bounded part of them at once. Consume it in the same
    transaction, before writing anything else to the events table.
    """
    if not new_events:
        return MergeResult(iter(()) if stream else [], [])
    with _no_cyclic_gc():
        return _merge_into_store(store, new_events, _settings(settings), record, stream)


# The merge allocates many small objects that live until it returns (the candidates read from the
# store, their clusters, the combined events, the merge-table rows): with the cyclic garbage
# collector on, each ~700 net allocations start a young collection that re-walks them, and the
# older generations' passes walk every object of the process (the loaded gazetteer and lexicons
# included) — at 1M stored events 3 full passes, 0.25-0.35 s of a ~1.5 s merge (bench/RESULTS.md,
# "Merging"). So the collector is paused while a merge runs and the young generation collected
# once after it (the merge's own cyclic garbage, if any: the memory a merge holds stays bounded by
# its input). Reference counting still frees everything acyclic as it goes. Nested or concurrent
# merges share one pause: the collector is enabled again when the last of them ends, also on errors.
_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def _no_cyclic_gc():
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            resume = _gc_pauses == 0 and _gc_was_enabled
            if resume:
                gc.enable()
        if resume:
            gc.collect(0)


def _merge_into_store(store: Any, new_events: Sequence[Event], st: Settings, record: bool,
                      stream: bool = False) -> MergeResult:
    bkeys = set().union(*(_block_keys(e) for e in new_events))
    stored = _indexed_events(store, new_events)
    pks = _candidate_pks(store, new_events, st)
    # A cold SQLite file: the candidate rows are scattered over it, one disk wait each. Readers
    # fetch them in the background (Store.prefetch_events) while this thread makes what needs no
    # stored event: the new events' merge-table records (their JSON, read by `_record_members`) and
    # the do-not-merge pairs; then it reads the rows, from the cache by then.
    members: dict[int, str] = {}
    reading = store.prefetch_events(pks) if pks and record and hasattr(store, "prefetch_events") else None
    if reading is not None and reading.running():
        for i, e in enumerate(new_events):
            if i % 16 == 0 and not reading.running():
                break
            members[id(e)] = _member_json(e)
    blocks = _load_blocks(store, bkeys)  # pairs are stored both ways: the new events' keys suffice
    pk_of: dict[str, int] = {}  # stored event id → its row, to read it again in full (`_rewritten`)
    if hasattr(store, "iter_events_by_pk"):  # each candidate made light as it is read (`_light`)
        for pk, c in (store.iter_events_by_pk(pks, prefetch=reading) if reading is not None
                      else store.iter_events_by_pk(pks)):
            pk_of[c.event_id] = pk
            if c.event_id not in stored:
                stored[c.event_id] = _light(c)
    else:
        candidates = store.events_by_pk(pks, prefetch=reading) if reading is not None else store.events_by_pk(pks)
        stored.update((c.event_id, _light(c)) for c in candidates if c.event_id not in stored)
        del candidates
    g = _Grouper(st, blocks)
    for eid in sorted(stored):
        g.seed(stored[eid])
    position = {id(e): i for i, e in enumerate(new_events)}
    for e in sorted(new_events, key=_order_key):
        g.offer(e, position[id(e)])
    out: list[tuple[str, _Cluster]] = [(c.event.event_id, c) for c in g.clusters
                                       if c.stored and c.event is not stored[c.event.event_id]]
    out.extend((c.event.event_id, c) for c in sorted((c for c in g.clusters if not c.stored), key=lambda c: c.first))
    if record and out:
        _record_members(store, g, [c.event for _, c in out], members)
    if stream:  # each id once, where it first stands, the last one given (as write_batch keeps them)
        return MergeResult(_rewritten(store, list(dict(out).values()), pk_of), g.merged, g.noop)  # type: ignore[arg-type]
    return MergeResult(list(_rewritten(store, [c for _, c in out], pk_of)), g.merged, g.noop)


REWRITE_CHUNK_SOURCES = 1000  # sources of the stored events read again and combined at once


def _rewritten(store: Any, clusters: Sequence[_Cluster], pk_of: dict[str, int]) -> Iterator[Event]:
    """The events of `clusters`, in order. A new event's cluster holds its event already; a
    stored event's holds it light (`_light`): its full record is read again (in chunks of about
    REWRITE_CHUNK_SOURCES sources) and the members that joined it are combined into it again, in
    the order and with the explanations the grouping combined them: the same event as combining
    them into the full record in the first place."""
    chunk: list[_Cluster] = []
    n = 0
    for c in clusters:
        if not c.stored:
            yield from _replayed(store, chunk, pk_of)
            chunk, n = [], 0
            yield c.event
            continue
        if chunk and n + len(c.event.sources) > REWRITE_CHUNK_SOURCES:
            yield from _replayed(store, chunk, pk_of)
            chunk, n = [], 0
        chunk.append(c)
        n += len(c.event.sources)
    yield from _replayed(store, chunk, pk_of)


def _replayed(store: Any, clusters: Sequence[_Cluster], pk_of: dict[str, int]) -> list[Event]:
    if not clusters:
        return []
    ids = [c.members[0].event_id for c in clusters]
    by_pk = sorted(pk_of[i] for i in ids if i in pk_of)
    full = {e.event_id: e for e in store.events_by_pk(by_pk, prefetch=False)} if by_pk else {}  # just read
    out = []
    for c, eid in zip(clusters, ids):
        ev = full.pop(eid, None) or store.get_event(eid)
        if ev is None or len(ev.sources) != len(c.members[0].sources):
            raise StoreError(f"{eid}: the stored event changed while a batch was merged into it "
                             "(another writer?); run the batch again")
        for m, x in zip(c.members[1:], c.joins):
            ev = combine(ev, m, x)
        if ev.event_id != c.event.event_id or len(ev.sources) != len(c.event.sources):
            raise StoreError(f"{eid}: the stored event changed while a batch was merged into it "
                             "(another writer?); run the batch again")
        out.append(ev)
    return out


def _member_json(e: Event) -> str:
    """An event as extracted from its sources, as the merge tables keep it (for `split`)."""
    return json.dumps(e.to_record(), ensure_ascii=False, sort_keys=True)


def _record_members(store: Any, g: _Grouper, written: list[Event], made: dict[int, str] | None = None) -> None:
    """Record in merge_sources which event each source of the written events is part of. `made`:
    members' JSON made already (by id of the member event)."""
    made = made or {}
    why = {}
    for new_id, _, x in g.merged:
        why[new_id] = x
    rows_new, rows_keep = [], []
    now = _now()
    written_ids = {e.event_id for e in written}
    # stored events the merge tables already know recorded all their sources then: not re-recorded
    # each time they gain one (an event with hundreds of sources would re-send them all every batch)
    recorded: set[str] = set()
    stored_ids = sorted(c.event.event_id for c in g.clusters if c.stored and c.event.event_id in written_ids)
    with _read(store, "read merged sources") as conn:
        for chunk in _chunks(stored_ids):
            recorded.update(conn.execute(select(merge_sources.c.event_id).distinct()
                                         .where(merge_sources.c.event_id.in_(chunk))).scalars())
    for c in g.clusters:
        if c.event.event_id not in written_ids:
            continue
        for m in (c.members[1:] if c.stored else c.members):
            member = made.get(id(m)) or _member_json(m)
            x = why.get(m.event_id) if m is not c.members[0] else None
            for s in m.sources:
                rows_new.append({"article_id": s.article_id, "span_start": s.evidence.start,
                                 "span_end": s.evidence.end, "event_id": c.event.event_id,
                                 "member": member, "updated_at": now,
                                 "explanation": json.dumps(x, ensure_ascii=False, sort_keys=True) if x else None})
        if c.stored and c.event.event_id not in recorded:  # its own sources, when stored by another path
            for s in c.members[0].sources:
                rows_keep.append({"article_id": s.article_id, "span_start": s.evidence.start,
                                  "span_end": s.evidence.end, "event_id": c.event.event_id,
                                  "member": None, "explanation": None, "updated_at": now})
    keys = ("article_id", "span_start", "span_end")
    # a source seen again (re-ingest) keeps its row; a new one is recorded
    seen: set[tuple] = set()
    rows = []
    for r in rows_new:
        k = (r["article_id"], r["span_start"], r["span_end"])
        if k not in seen:
            seen.add(k)
            rows.append(r)
    with _write(store, "record merged sources") as conn:
        _upsert(conn, merge_sources, [r for r in rows_keep if (r["article_id"], r["span_start"], r["span_end"]) not in seen], keys)
        _upsert(conn, merge_sources, rows, keys, update=("event_id", "member", "explanation", "updated_at"))


# ---------------------------------------------------------------- explaining and undoing merges

def explain(store: Any, event_id: str) -> list[dict[str, Any]]:
    """Why a stored event has each of its sources, for `rasd show EVENT_ID`.

    One dict per source, in the event's order: {"article_id", "outlet", "published", "evidence"
    {"text","start","end"}, "role": "first report" | "merged", "agreed": [fields], "distance_km",
    "day_gap", "same_article", "sub_event_type" (as extracted from this source), "also_published_by":
    [{"article_id","outlet","url"}] (near-copies kept as aliases of this article)}. [] when the
    event is not stored.
    """
    ev = store.get_event(event_id)
    if ev is None:
        return []
    aids = sorted({s.article_id for s in ev.sources})
    rows: dict[str, tuple[str | None, str | None]] = {}
    aliases: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with _read(store, "read merged sources") as conn:
        for aid, s0, s1, member, x in conn.execute(
                select(merge_sources.c.article_id, merge_sources.c.span_start, merge_sources.c.span_end,
                       merge_sources.c.member, merge_sources.c.explanation)
                .where(merge_sources.c.event_id == event_id)):
            rows[f"{aid}@{s0}:{s1}"] = (member, x)
        for chunk in _chunks(aids):
            for alias, canon, outlet, url in conn.execute(
                    select(article_aliases.c.alias_id, article_aliases.c.canonical_id,
                           article_aliases.c.outlet, article_aliases.c.url)
                    .where(article_aliases.c.canonical_id.in_(chunk)).order_by(article_aliases.c.alias_id)):
                aliases[canon].append({"article_id": alias, "outlet": outlet, "url": url})
    out = []
    for i, s in enumerate(ev.sources):
        member, x = rows.get(source_key(s), (None, None))
        xd = json.loads(x) if x else {}
        sub = json.loads(member)["sub_event_type"] if member else None
        out.append({
            **s.to_record(),
            "role": "merged" if xd or (i > 0 and member is None) else "first report",
            "agreed": xd.get("agreed", []), "distance_km": xd.get("distance_km"),
            "day_gap": xd.get("day_gap"), "same_article": xd.get("same_article"),
            "sub_event_type": sub, "also_published_by": aliases.get(s.article_id, []),
        })
    return out


def split(store: Any, event_id: str, article_id: str, *, settings: Settings | None = None) -> str:
    """Undo a wrong merge: move `article_id`'s sources out of event `event_id` into their own event.

    The moved event is the one extracted from that article (as recorded when it was merged; the
    merged event's fields otherwise) with id `make_event_id` of its first source; the rest of the
    event is rebuilt from its other sources and keeps `event_id` (if that id is the moved one's —
    the moved source was the one the event id was made from — the rest takes the id of its own
    first source). Do-not-merge pairs (sources and article ↔ event) are recorded, so re-ingesting
    the article does not merge it back. Returns the moved event's id.

    Raises InputError when the event is not stored, the article is not one of its sources, or it is
    its only article. `store` is a Store (the split is then one transaction of its own) or an open
    Transaction.
    """
    if hasattr(store, "transaction"):  # a Store: the split is one transaction
        with store.transaction("split an event") as tx:
            return split(tx, event_id, article_id, settings=settings)
    st = _settings(settings)
    ev = store.get_event(event_id)
    if ev is None:
        raise InputError(event_id, "no such event in the store; list events with `rasd events`")
    moved = tuple(s for s in ev.sources if s.article_id == article_id)
    rest = tuple(s for s in ev.sources if s.article_id != article_id)
    if not moved:
        raise InputError(event_id, f"article {article_id!r} is not a source of this event "
                                   f"(its articles: {', '.join(sorted(_articles(ev)))})")
    if not rest:
        raise InputError(event_id, f"article {article_id!r} is the event's only article: nothing to split")
    members: dict[str, Event] = {}
    with _read(store, "read merged sources") as conn:
        for aid, s0, s1, member in conn.execute(
                select(merge_sources.c.article_id, merge_sources.c.span_start, merge_sources.c.span_end,
                       merge_sources.c.member).where(merge_sources.c.event_id == event_id)):
            if member:
                members[f"{aid}@{s0}:{s1}"] = Event.from_record(json.loads(member))

    def rebuild(sources: tuple[Source, ...]) -> Event:
        seen, parts = set(), []
        for s in sources:
            m = members.get(source_key(s))
            if m is not None and m.event_id not in seen:
                seen.add(m.event_id)
                keep = tuple(x for x in m.sources if source_key(x) in {source_key(y) for y in sources})
                parts.append(m.with_(sources=keep or (s,)))
            elif m is None:
                parts.append(ev.with_(sources=(s,), reasons=()))
        base = parts[0]
        for p in parts[1:]:
            base = combine(base, p, compatible(base, p, settings=st)[1])
        have = {source_key(x) for x in base.sources}  # sources no member record covers
        extra = tuple(x for x in sources if source_key(x) not in have)
        return base.with_(sources=base.sources + extra)

    out_ev, rest_ev = rebuild(moved), rebuild(rest)
    first = out_ev.sources[0]
    out_id = make_event_id(first.article_id, first.evidence, out_ev.sub_event_type.value)
    if out_id == event_id:
        r0 = rest_ev.sources[0]
        rest_id = make_event_id(r0.article_id, r0.evidence, rest_ev.sub_event_type.value)
    else:
        rest_id = event_id
    note = f"split: {article_id} moved out of {event_id} by an analyst"
    out_ev = out_ev.with_(event_id=out_id, reasons=out_ev.reasons + (note,))
    rest_ev = rest_ev.with_(event_id=rest_id, reasons=rest_ev.reasons + (note,))
    store.write_batch([], [rest_ev, out_ev])
    now = _now()
    pairs = set()
    a_keys = {source_key(s) for s in moved} | {"art:" + article_id}
    b_keys = {source_key(s) for s in rest} | {"ev:" + rest_id} | {"art:" + s.article_id for s in rest}
    for a in a_keys:
        for b in b_keys:
            pairs.add((a, b))
            pairs.add((b, a))
    with _write(store, "record a split") as conn:
        _upsert(conn, merge_blocks, [{"key_a": a, "key_b": b, "created_at": now} for a, b in sorted(pairs)],
                ("key_a", "key_b"))
        for e in (out_ev, rest_ev):
            for s in e.sources:
                conn.execute(merge_sources.update()
                             .where(merge_sources.c.article_id == s.article_id,
                                    merge_sources.c.span_start == s.evidence.start,
                                    merge_sources.c.span_end == s.evidence.end)
                             .values(event_id=e.event_id, updated_at=now,
                                     explanation=None if e is out_ev else merge_sources.c.explanation))
        rows = [{"article_id": s.article_id, "span_start": s.evidence.start, "span_end": s.evidence.end,
                 "event_id": e.event_id, "member": None, "explanation": None, "updated_at": now}
                for e in (out_ev, rest_ev) for s in e.sources]
        _upsert(conn, merge_sources, rows, ("article_id", "span_start", "span_end"))
    return out_id
