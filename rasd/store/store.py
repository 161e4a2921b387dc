"""Store: rasd's database (SQLite or PostgreSQL through the same SQLAlchemy Core code).

`write_batch()` is the only writer of articles and events: articles upserted by id (skipped when
the stored content hash is the same), events upserted on `event_id` (skipped when the stored record
is the same), so re-running a batch adds nothing. It runs in one transaction; `transaction()` opens
one explicitly, so that other writes of the same batch (the merge tables of rasd.merge) commit or
roll back with it: a crash leaves all of the batch or none of it.

>>> with Store("sqlite:///:memory:").transaction() as tx:   # doctest: +SKIP
...     result = merge_into_store(tx, events)      # reads and merge tables: in this transaction
...     tx.write_batch(articles, result.events_to_write)

>>> store = Store("sqlite:///:memory:")
>>> store.write_batch([Article("a1", "قُتل ثلاثة في سرت")], []).articles_added
1
>>> [r["article_id"] for r in store.search_articles("قتل")]
['a1']
"""
from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sqlite3
import threading
import time
from urllib.parse import quote
from dataclasses import fields as dc_fields
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import (Connection, Engine, and_, create_engine, delete, event, func, or_, select,
                        true)
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from rasd.arabic.normalize import fold_string
from rasd.errors import StoreError
from rasd.model import Article, Doc, Event
from rasd.resources.countries import country_by_key
from rasd.store import search
from rasd.store.migrations import migrate
from rasd.store.query import EventFilter, actors_folded, bbox_clause, filter_clauses
from rasd.store.schema import article_spans, articles, event_articles, events

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

DEFAULT_URL = "sqlite:///rasd.db"
BUSY_TIMEOUT_S = 30
_CHUNK = 500  # ids per IN (...) list
WRITER_LOCK = 7265_6173  # PostgreSQL advisory lock taken by every rasd write transaction ("rasd")


@dataclass(frozen=True)
class BatchResult:
    articles_added: int
    articles_skipped: int
    events_added: int
    events_updated: int
    articles_updated: int = 0   # stored before with another content hash, replaced


def normalize_url(url: str) -> URL:
    """A SQLAlchemy URL from a URL or a plain file path; postgresql:// uses psycopg (3).

    >>> normalize_url("data/rasd.db").render_as_string()
    'sqlite:///data/rasd.db'
    """
    if "://" not in url:
        url = "sqlite:///" + url
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    u = make_url(url)
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return u


def _remedy(msg: str) -> str:
    m = msg.lower()
    if "readonly" in m or "read-only" in m or "permission denied" in m:
        return "the database is read-only: check the file's and directory's permissions or use another --db"
    if "disk is full" in m or "no space left" in m or "disk full" in m:
        return "the disk is full: free some space and run again (nothing from this batch was written)"
    if "locked" in m or "busy" in m or "could not obtain lock" in m or "lock timeout" in m:
        return (f"another process held the database for more than {BUSY_TIMEOUT_S}s: "
                "wait for it to finish and run again")
    if "unable to open" in m:
        return "cannot open the file: check that its directory exists and is writable"
    if "not a database" in m or "malformed" in m or "corrupt" in m:
        return "the file is not a rasd database or is damaged: restore it from a backup or use another --db"
    if "connection refused" in m or "could not connect" in m or "timeout expired" in m or "name or service" in m:
        return "cannot reach the server: check it is running and the host/port in the URL"
    if "password authentication" in m or "role" in m and "does not exist" in m:
        return "the server refused the login: check the user and password in the URL"
    if "database" in m and "does not exist" in m:
        return "the database does not exist: create it (createdb NAME) or fix the URL"
    if "pg_trgm" in m or "extension" in m:
        return "PostgreSQL needs the pg_trgm extension: install postgresql-contrib or ask an administrator to run CREATE EXTENSION pg_trgm"
    return "check the database URL and that the database is a rasd store"


def _one_line(e: BaseException) -> str:
    msg = str(getattr(e, "orig", None) or e)
    return " ".join(msg.split())[:300]


def _clean(s: str | None) -> str | None:
    """Text the database accepts, same length: NUL → U+FFFD (PostgreSQL rejects NUL), lone surrogates → '?'."""
    if s is None:
        return None
    if "\x00" in s:
        s = s.replace("\x00", "\ufffd")
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = s.encode("utf-8", "replace").decode("utf-8")
    return s


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _chunks(seq: Sequence[Any], n: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _doc_spans(doc: Doc) -> list[dict[str, Any]]:
    """The annotations worth showing for an article: [{"kind","start","end","label"}]."""
    out: list[dict[str, Any]] = []
    add = lambda kind, span, label: out.append(  # noqa: E731
        {"kind": kind, "start": span.start, "end": span.end, "label": None if label is None else str(label)})
    for m in doc.masks:
        add("mask", m.span, m.reason)
    for p in doc.places:
        add("place", p.span, p.place.name if p.place else p.cue)
    for a in doc.actors:
        add("actor", a.span, a.actor.name)
    for t in doc.triggers:
        add("trigger", t.span, t.sub_event_type.value if t.sub_event_type else t.cue)
    for d in doc.dates:
        add("date", d.span, d.value.isoformat())
    for n in doc.numbers:
        add("number", n.span, n.value)
    for d in doc.distances:
        add("distance", d.span, d.relation)
    out.sort(key=lambda r: (r["start"], r["end"], r["kind"]))
    return out


def _event_row(e: Event) -> dict[str, Any]:
    rec = e.to_record()
    if e.location.iso:  # to_record() leaves it out; Event.from_record() reads it back
        rec["location"]["iso"] = e.location.iso
    record = _clean(json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    loc = e.location
    iso = loc.iso or (c.iso2 if (c := country_by_key(loc.country)) else None)
    names = [e.actor1, e.actor2, e.actor1_ar, e.actor2_ar, e.assoc_actor_1, e.assoc_actor_2]
    # each distinct evidence text once: an event many outlets report in the same words (wire copy)
    # would otherwise re-index the same sentence once per source every time it gains one
    text = "\n".join(x for x in dict.fromkeys([*(s.text for s in e.sources), e.notes, *names,
                                               loc.name, loc.name_ar, loc.admin1, loc.country]) if x)
    return {
        "event_id": e.event_id, "event_date": e.event_date,
        "event_type": e.event_type.value, "sub_event_type": e.sub_event_type.value,
        "actor1": _clean(e.actor1), "actor2": _clean(e.actor2),
        "actors_folded": _clean(actors_folded(*names)),
        "country": _clean(loc.country), "iso": iso.upper() if iso else None,
        "lat": loc.latitude, "lon": loc.longitude,
        "fatalities": e.fatalities,
        "time_precision": e.time_precision, "geo_precision": loc.geo_precision,
        "folded": _clean(fold_string(text)),
        "record": record,
        "record_hash": hashlib.sha1(record.encode("utf-8")).hexdigest(),
    }


def _article_row(a: Article) -> dict[str, Any]:
    return {
        "id": _clean(a.id), "content_hash": a.content_hash(), "title": _clean(a.title),
        "published": a.published, "outlet": _clean(a.outlet), "url": _clean(a.url),
        "origin": _clean(a.origin), "text": _clean(a.text),
        "folded": _clean(fold_string(((a.title or "") + "\n" + a.text))),
    }


def _insert(conn: Connection, tbl):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(tbl)


def _upsert(conn: Connection, tbl, rows: list[dict[str, Any]], key: str) -> None:
    if not rows:
        return
    stmt = _insert(conn, tbl)
    cols = [k for k in rows[0] if k != key]
    stmt = stmt.on_conflict_do_update(index_elements=[key], set_={k: stmt.excluded[k] for k in cols})
    conn.execute(stmt, rows)


def _write_batch(conn: Connection, name: str, articles_: Sequence[Article], events_: Iterable[Event],
                 docs: Sequence[Doc]) -> BatchResult:
    # events given twice: the last one, where the first stood. An iterator (merge_into_store's
    # `stream`) is written as it is consumed, in chunks (it gives each event id once)
    if isinstance(events_, Sequence):
        evs: Iterable[Event] = {e.event_id: e for e in events_}.values()
    else:
        evs = events_
    ev_added = ev_updated = 0
    # -- events first, in chunks of about WRITE_CHUNK_SOURCES sources: each chunk's rows (its
    # records' JSON, folded text) are made, written and dropped before the next, so the memory a
    # batch holds does not grow with the size of the events it rewrites; and what a streaming
    # merge holds for them (its light stored events) is let go before the articles' rows and
    # spans are made. (The two parts touch different tables: the order changes nothing stored.)
    for chunk in _event_chunks(evs):
        a, u = _write_events(conn, name, chunk)
        ev_added += a
        ev_updated += u
    del evs, events_
    added, skipped, updated = _write_articles(conn, articles_, docs)
    return BatchResult(added, skipped, ev_added, ev_updated, updated)


def _write_articles(conn: Connection, articles_: Sequence[Article], docs: Sequence[Doc]) -> tuple[int, int, int]:
    """Upsert articles and the spans of `docs`; (added, skipped, updated)."""
    arts: dict[str, Article] = {}
    for a in [*articles_, *(d.article for d in docs)]:
        arts[_clean(a.id)] = a  # keyed as stored (a NUL in an id cannot even be looked up on PostgreSQL)
    spans = {_clean(d.article.id): _doc_spans(d) for d in docs}
    added = skipped = updated = 0
    # -- articles
    ids = list(arts)
    stored: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(ids):
        for pk, aid, h in conn.execute(select(articles.c.pk, articles.c.id, articles.c.content_hash)
                                       .where(articles.c.id.in_(chunk))):
            stored[aid] = (pk, h)
    rows, changed_pks = [], []
    for aid, a in arts.items():
        old = stored.get(aid)
        if old and old[1] == a.content_hash():
            skipped += 1
            continue
        if old:
            updated += 1
            changed_pks.append(old[0])
        else:
            added += 1
        rows.append({**_article_row(a), "stored_at": _now()})
    for chunk in _chunks(changed_pks):
        conn.execute(delete(article_spans).where(article_spans.c.article_pk.in_(chunk)))
    _upsert(conn, articles, rows, "id")
    # spans of the written articles, and of unchanged ones stored before without spans
    need = [r["id"] for r in rows if spans.get(r["id"])]
    unchanged = [aid for aid in spans if spans[aid] and aid in stored
                 and stored[aid][1] == arts[aid].content_hash()]
    for chunk in _chunks([stored[aid][0] for aid in unchanged]):
        have = set(conn.execute(select(article_spans.c.article_pk).distinct()
                                .where(article_spans.c.article_pk.in_(chunk))).scalars())
        need.extend(aid for aid in unchanged if stored[aid][0] in chunk and stored[aid][0] not in have)
    if need:
        pks: dict[str, int] = {}
        for chunk in _chunks(need):
            pks.update((aid, pk) for pk, aid in conn.execute(
                select(articles.c.pk, articles.c.id).where(articles.c.id.in_(chunk))))
        for chunk in _chunks(list(pks.values())):  # a concurrent writer may have added them
            conn.execute(delete(article_spans).where(article_spans.c.article_pk.in_(chunk)))
        span_rows = [{"article_pk": pks[aid], "kind": s["kind"], "span_start": s["start"],
                      "span_end": s["end"], "label": _clean(s["label"])}
                     for aid in need for s in spans[aid]]
        conn.execute(article_spans.insert(), span_rows)
    return added, skipped, updated


# Sources per chunk of events written together (a rewritten event's row holds all its sources:
# its record and folded text). Writing 400 events of ~20 sources each in one piece held ~20 MiB
# of rows at once (bench/RESULTS.md, "Eighth session").
WRITE_CHUNK_SOURCES = 1000


def _event_chunks(events_: Iterable[Event], limit: int | None = None) -> Iterator[list[Event]]:
    """`events_` in order, cut into lists of at most `limit` (default WRITE_CHUNK_SOURCES)
    sources; an event with more is a chunk of its own."""
    limit = WRITE_CHUNK_SOURCES if limit is None else limit
    chunk: list[Event] = []
    n = 0
    for e in events_:
        k = len(e.sources)
        if chunk and n + k > limit:
            yield chunk
            chunk, n = [], 0
        chunk.append(e)
        n += k
    if chunk:
        yield chunk


def _write_events(conn: Connection, name: str, evs: Sequence[Event]) -> tuple[int, int]:
    """Upsert events and their event_articles links; (added, updated)."""
    ev_added = ev_updated = 0
    evs = list({e.event_id: e for e in evs}.values())
    ev_rows: list[dict[str, Any]] = []
    for e in evs:
        try:
            ev_rows.append(_event_row(e))
        except (TypeError, ValueError, AttributeError, KeyError) as err:
            raise StoreError(f"{name}: event {e.event_id!r} cannot be stored ({_one_line(err)}); "
                             "nothing from this batch was written") from err
    sources = {e.event_id: e.sources for e in evs}
    known: dict[str, tuple[int, str]] = {}
    for chunk in _chunks([r["event_id"] for r in ev_rows]):
        for pk, eid, h in conn.execute(select(events.c.pk, events.c.event_id, events.c.record_hash)
                                       .where(events.c.event_id.in_(chunk))):
            known[eid] = (pk, h)
    write, relink = [], []
    now = _now()
    for r in ev_rows:
        old = known.get(r["event_id"])
        if old and old[1] == r["record_hash"]:
            continue
        if old:
            ev_updated += 1
            relink.append(old[0])
        else:
            ev_added += 1
        write.append({**r, "updated_at": now})
    # links of rewritten events: only the difference is written (an event with hundreds of sources
    # gains one at a time; deleting and re-inserting all its links each time grew with its size)
    linked: set[tuple[int, str]] = set()
    for chunk in _chunks(relink):
        linked.update((pk, aid) for pk, aid in conn.execute(
            select(event_articles.c.event_pk, event_articles.c.article_id)
            .where(event_articles.c.event_pk.in_(chunk))))
    _upsert(conn, events, write, "event_id")
    if write:
        epks: dict[str, int] = {}
        for chunk in _chunks([r["event_id"] for r in write]):
            epks.update((eid, pk) for pk, eid in conn.execute(
                select(events.c.pk, events.c.event_id).where(events.c.event_id.in_(chunk))))
        links = {(epks[r["event_id"]], _clean(s.article_id))
                 for r in write for s in sources[r["event_id"]]}
        gone = sorted(linked - links)
        for pk, aid in gone:
            conn.execute(delete(event_articles).where(event_articles.c.event_pk == pk,
                                                      event_articles.c.article_id == aid))
        links -= linked
        if links:
            conn.execute(_insert(conn, event_articles).on_conflict_do_nothing(),
                         [{"event_pk": pk, "article_id": aid} for pk, aid in sorted(links)])
    return ev_added, ev_updated


def _fields(flt: EventFilter) -> dict[str, Any]:
    return {f.name: getattr(flt, f.name) for f in dc_fields(flt)}


def _get_event(conn: Connection, event_id: str) -> Event | None:
    row = conn.execute(select(events.c.record).where(events.c.event_id == _clean(event_id))).first()
    return Event.from_record(json.loads(row[0])) if row else None


def _candidate_points(conn: Connection, *, date_from: date, date_to: date, bbox, event_type: str
                      ) -> list[tuple]:
    """(pk, event_date, lat, lon, sub_event_type, actor1, actor2, time_precision, geo_precision) of
    the events of one type in a date range and box: read from the covering index
    ix_events_merge_candidates alone."""
    min_lon, min_lat, max_lon, max_lat = EventFilter(date_from=date_from, date_to=date_to, bbox=bbox).bbox
    if conn.dialect.name == "sqlite":
        # the same query as below, on the driver: a merge into a big store reads ~10^4 points,
        # and SQLAlchemy's per-row processing was half of this step's time. SQLite has no
        # statistics: `lat + 0` keeps it off ix_events_map (a band across all the years); lat/lon
        # are still tested in the index. Dates are stored as ISO text.
        rows = conn.exec_driver_sql(
            "SELECT pk, event_date, lat, lon, sub_event_type, actor1, actor2, time_precision, geo_precision "
            "FROM events WHERE event_type = ? AND event_date BETWEEN ? AND ? "
            "AND lat + 0 BETWEEN ? AND ? AND lon + 0 BETWEEN ? AND ?",
            (event_type, date_from.isoformat(), date_to.isoformat(), min_lat, max_lat, min_lon, max_lon)).fetchall()
        day = date.fromisoformat
        return [(pk, day(d), *rest) for pk, d, *rest in rows]
    lat, lon = events.c.lat, events.c.lon
    q = (select(events.c.pk, events.c.event_date, events.c.lat, events.c.lon, events.c.sub_event_type,
                events.c.actor1, events.c.actor2, events.c.time_precision, events.c.geo_precision)
         .where(events.c.event_type == event_type, events.c.event_date.between(date_from, date_to),
                lat.between(min_lat, max_lat), lon.between(min_lon, max_lon)))
    return [tuple(r) for r in conn.execute(q)]


def _event_pks_citing(conn: Connection, article_ids: Sequence[str]) -> set[int]:
    out: set[int] = set()
    for chunk in _chunks(sorted({_clean(a) for a in article_ids})):
        out.update(conn.execute(select(event_articles.c.event_pk)
                                .where(event_articles.c.article_id.in_(chunk))).scalars())
    return out


# Rows read by primary key from a SQLite file are scattered across it (pk follows the order of
# writing, not of the date a merge looks at): one connection reads them one page at a time, each a
# disk wait when the file is not cached. PostgreSQL prefetches such reads itself (bitmap heap scan,
# effective_io_concurrency); on SQLite a few read-only connections touch the rows' pages
# concurrently first, so the real read (on the caller's connection, in its transaction) finds them
# in the OS cache. Measured at 1M events, 7,830 rows, cache evicted: 0.62 s one reader, 0.23 s
# four, 0.16 s eight (bench/RESULTS.md, "Merging"). Four since the merge computes while they read
# (Store.prefetch_events): on a 2-core machine eight competed with it for the CPU (5,510 rows at
# load ~2: the cold merge 1.21-1.33 s with four, 1.28-1.40 s with eight).
PREFETCH_MIN_ROWS = 256
PREFETCH_READERS = 4


def _sqlite_file(conn: Connection) -> str | None:
    """The main database file of a SQLite connection; None for PostgreSQL and in-memory databases."""
    if conn.dialect.name != "sqlite":
        return None
    for _, name, path in conn.exec_driver_sql("PRAGMA database_list"):
        if name == "main":
            return path or None
    return None


PREFETCH_CHUNK = 128  # rows per reader query: the readers advance through the rows together, in pk order
PREFETCH_CACHE_KIB = 64  # page cache of a reader's connection


def _start_prefetch(path: str, pks: Sequence[int], readers: int = PREFETCH_READERS) -> list[threading.Thread]:
    """Start reading the events rows `pks` (sorted) of the SQLite file `path` with `readers`
    concurrent read-only connections, discarding what they read: a cache hint, never a source of
    results (a reader that fails is skipped; the caller's own read is the one that counts). Reader
    k takes every `readers`-th row, so together they advance in pk order and a caller reading the
    same rows in that order meanwhile finds them cached (its decoding overlaps their disk waits).
    Returns the started threads (join them)."""
    uri = f"file:{quote(path)}?mode=ro"

    def touch(part: Sequence[int]) -> None:
        try:
            db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        except sqlite3.Error:
            return
        try:
            # the OS cache is what the reader fills; its own page cache (2 MiB by default, in this
            # process's heap, filled with overflow pages by large records) would be memory the
            # writer holds for nothing: 4 readers added up to ~8 MiB to its peak RSS
            db.execute(f"PRAGMA cache_size=-{PREFETCH_CACHE_KIB}")
            for chunk in _chunks(part, PREFETCH_CHUNK):
                # length(record) reads the whole row, overflow pages included; summed, one step of
                # the statement reads the whole chunk without the GIL (a row per step would wait
                # for the GIL once per row while the caller's thread computes)
                db.execute(f"SELECT sum(length(record)) FROM events WHERE pk IN ({','.join('?' * len(chunk))})",
                           list(chunk)).fetchall()
        except sqlite3.Error:
            pass
        finally:
            db.close()

    threads = [threading.Thread(target=touch, args=(pks[k::readers],), daemon=True)
               for k in range(min(readers, len(pks)))]
    for t in threads:
        t.start()
    return threads


PREFETCH_SAMPLE = 16        # rows read first, spread over the list, to tell a cached file from a cold one
PREFETCH_SAMPLE_S = 0.0005  # ... cached when they take less. Measured at 1M events (bench/RESULTS.md,
# "Merging"): 16 cached rows 0.10-0.17 ms; evicted 1.7-3.3 ms (~0.1-0.2 ms a row: on a virtual
# machine the host's cache may still hold them). With 2 ms, evicted rows were sometimes taken for
# cached, and 5,510 rows read one disk wait at a time took 0.41 s instead of ~0.1 s.


def _rows_cached(conn: Connection, pks: Sequence[int]) -> bool:
    """Do the events rows `pks` (sorted) seem to be in the OS cache? A few rows spread over them
    are read on `conn` and timed: a warm store answers in microseconds, a cold one waits for the
    disk for each. (When the store is warm the prefetch readers only add work.) The sample's rows
    are then cached either way."""
    step = max(1, len(pks) // PREFETCH_SAMPLE)
    sample = list(pks[::step][:PREFETCH_SAMPLE])
    t = time.perf_counter()
    conn.exec_driver_sql(f"SELECT length(record) FROM events WHERE pk IN ({','.join('?' * len(sample))})",
                         tuple(sample)).all()
    return time.perf_counter() - t < PREFETCH_SAMPLE_S


def _prefetch_rows(path: str, pks: Sequence[int], readers: int = PREFETCH_READERS) -> None:
    """`_start_prefetch`, waiting for the readers to finish."""
    for t in _start_prefetch(path, pks, readers):
        t.join()


class RowPrefetch:
    """Prefetch readers started by `prefetch_events` (a cache hint: see `_start_prefetch`). The
    caller may do other work while `running()`, then pass this to `events_by_pk`, which reads
    behind the readers and waits for them. An empty one (no readers) when nothing is worth
    prefetching: PostgreSQL (it prefetches itself), an in-memory database, few rows, a warm file."""

    def __init__(self, pks: Sequence[int], threads: Sequence[threading.Thread] = ()):
        self.pks, self.threads = tuple(pks), list(threads)

    def running(self) -> bool:
        """Are readers still reading (the disk still working for the caller)?"""
        return any(t.is_alive() for t in self.threads)

    def join(self) -> None:
        for t in self.threads:
            t.join()


def _prefetch_events(conn: Connection, pks: Sequence[int]) -> RowPrefetch:
    pks = sorted(set(pks))
    if len(pks) >= PREFETCH_MIN_ROWS and (path := _sqlite_file(conn)) and not _rows_cached(conn, pks):
        return RowPrefetch(pks, _start_prefetch(path, pks))
    return RowPrefetch(pks)


def _iter_records_by_pk(conn: Connection, pks: Sequence[int],
                        prefetch: RowPrefetch | bool | None = None, *, with_pk: bool = False) -> Iterator[Any]:
    """The records (decoded JSON) of the events rows `pks`, in pk order, read on `conn` ((pk,
    record) pairs `with_pk`); on a SQLite file, with many rows, prefetch readers run ahead of this
    read (`_start_prefetch`, or the ones `prefetch` started; none with `prefetch=False`), so what
    the caller does with each record overlaps their disk waits."""
    pks = sorted(set(pks))
    if prefetch is None:
        prefetch = _prefetch_events(conn, pks)
    elif prefetch is False:  # rows the caller has just read: no readers ahead
        prefetch = RowPrefetch(pks)
    loads = json.loads
    sqlite = conn.dialect.name == "sqlite"
    try:
        for chunk in _chunks(pks):
            # the rows are decoded as they come, not fetched all first: a chunk of large records
            # (events of hundreds of sources) held as text next to their decoded events doubled
            # what a merge held
            if sqlite:  # on the driver: SQLAlchemy's expanding IN and rows cost more than the read
                rows = conn.exec_driver_sql(f"SELECT pk, record FROM events WHERE pk IN ({','.join('?' * len(chunk))}) "
                                            "ORDER BY pk", tuple(chunk))
            else:
                rows = conn.execute(select(events.c.pk, events.c.record).where(events.c.pk.in_(chunk))
                                    .order_by(events.c.pk))
            for pk, r in rows:
                yield (pk, loads(r)) if with_pk else loads(r)
    finally:
        prefetch.join()


def _events_by_pk(conn: Connection, pks: Sequence[int], prefetch: RowPrefetch | bool | None = None) -> list[Event]:
    return [Event.from_record(r) for r in _iter_records_by_pk(conn, pks, prefetch)]


def _candidate_events(conn: Connection, *, date_from: date | None, date_to: date | None, bbox=None,
                      event_types: Sequence[str] = ()) -> list[Event]:
    flt = EventFilter(date_from=date_from, date_to=date_to, bbox=bbox)  # validates
    if not (flt.date_from or flt.date_to or flt.bbox):
        return []
    conds = []
    if flt.date_from:
        conds.append(events.c.event_date >= flt.date_from)
    if flt.date_to:
        conds.append(events.c.event_date <= flt.date_to)
    if flt.bbox:
        if (flt.date_from or flt.date_to) and conn.dialect.name == "sqlite":
            # a few days across the whole store are fewer rows than a latitude band across all
            # the years: make SQLite (which has no statistics) take the date index
            min_lon, min_lat, max_lon, max_lat = flt.bbox
            conds.append(and_((events.c.lat + 0).between(min_lat, max_lat),
                              (events.c.lon + 0).between(min_lon, max_lon)))
        else:
            conds.append(bbox_clause(flt.bbox))
    types = [getattr(t, "value", t) for t in event_types]
    if types:
        conds.append(events.c.event_type.in_(types))
    q = select(events.c.record, events.c.iso).where(*conds).order_by(events.c.event_id)
    return [Event.from_record(json.loads(r)) for r, _ in conn.execute(q)]


class Transaction:
    """One open write transaction of a Store (see `Store.transaction`): the batch writer, the reads
    a merge needs, and the connection for other tables, all in the same transaction.

    Has the reading/writing/get_event/candidate_events methods of Store, so code written for a
    Store (rasd.merge) runs unchanged inside a transaction.
    """

    def __init__(self, store: "Store", conn: Connection):
        self.store, self.connection = store, conn
        self.name, self.dialect = store.name, conn.dialect.name

    def write_batch(self, articles_: Sequence[Article], events_: Iterable[Event], *,
                    docs: Sequence[Doc] = ()) -> BatchResult:
        """`Store.write_batch` inside this transaction (committed with the rest of it). `events_`
        may be an iterator (`merge_into_store(..., stream=True)`): it is consumed as the events are
        written, after the articles."""
        return _write_batch(self.connection, self.name, articles_, events_, docs)

    def get_event(self, event_id: str) -> Event | None:
        return _get_event(self.connection, event_id)

    def candidate_events(self, *, date_from: date | None, date_to: date | None, bbox=None,
                         event_types: Sequence[str] = ()) -> list[Event]:
        """`Store.candidate_events`, seeing this transaction's own writes."""
        return _candidate_events(self.connection, date_from=date_from, date_to=date_to, bbox=bbox,
                                 event_types=event_types)

    def candidate_points(self, *, date_from: date, date_to: date, bbox, event_type: str) -> list[tuple]:
        """`Store.candidate_points` in this transaction."""
        return _candidate_points(self.connection, date_from=date_from, date_to=date_to, bbox=bbox,
                                 event_type=event_type)

    def event_pks_citing(self, article_ids: Sequence[str]) -> set[int]:
        """`Store.event_pks_citing` in this transaction."""
        return _event_pks_citing(self.connection, article_ids)

    def prefetch_events(self, pks: Sequence[int]) -> RowPrefetch:
        """`Store.prefetch_events` for this transaction's reads."""
        return _prefetch_events(self.connection, pks)

    def events_by_pk(self, pks: Sequence[int], *, prefetch: RowPrefetch | bool | None = None) -> list[Event]:
        """`Store.events_by_pk` in this transaction (its own writes included)."""
        return _events_by_pk(self.connection, pks, prefetch)

    def iter_events_by_pk(self, pks: Sequence[int], *, prefetch: RowPrefetch | None = None
                          ) -> Iterator[tuple[int, Event]]:
        """`Store.iter_events_by_pk` in this transaction (its own writes included)."""
        return ((pk, Event.from_record(r))
                for pk, r in _iter_records_by_pk(self.connection, pks, prefetch, with_pk=True))

    @contextmanager
    def reading(self, action: str = "read") -> Iterator[Connection]:
        yield self.connection

    @contextmanager
    def writing(self, action: str = "write") -> Iterator[Connection]:
        yield self.connection

    def __repr__(self) -> str:
        return f"Transaction({self.name!r})"


class Store:
    """rasd's event and article store. See the module docstring; every method raises StoreError
    (one line: the database, what failed, the remedy) on database errors."""

    def __init__(self, url: str = DEFAULT_URL):
        self.url = normalize_url(url)
        self.name = self.url.render_as_string(hide_password=True)
        try:
            self._engine = self._create_engine(self.url)
            migrate(self._engine)
        except sa_exc.SQLAlchemyError as e:
            raise self._error("open", e) from e
        except ModuleNotFoundError as e:
            raise StoreError(f"{self.name}: cannot open: the driver {e.name!r} is missing; "
                             "install it with: pip install 'rasd[postgres]'") from e

    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        """The store at `url`, else $RASD_DB, else sqlite:///rasd.db."""
        return cls(url or os.environ.get("RASD_DB") or DEFAULT_URL)

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    # ------------------------------------------------------------------ connection plumbing

    @staticmethod
    def _create_engine(url: URL) -> Engine:
        if url.get_backend_name() == "sqlite":
            memory = url.database in (None, "", ":memory:")
            if not memory and not url.query.get("uri"):
                folder = os.path.dirname(os.path.abspath(url.database))
                if not os.path.isdir(folder):
                    raise StoreError(f"{url}: cannot open: the directory {folder} does not exist; create it first")
            engine = create_engine(
                url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
                **({"poolclass": StaticPool} if memory else {}))

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
                dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
                cur = dbapi_conn.cursor()
                if not memory:
                    cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=FULL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
                cur.close()

            @event.listens_for(engine, "begin")
            def _on_begin(conn):  # pragma: no cover
                # writers take the write lock at BEGIN, so two writers queue instead of deadlocking
                immediate = conn.get_execution_options().get("rasd_write")
                conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

            return engine
        args: dict[str, Any] = {"connect_timeout": 10}
        if "options" not in url.query:  # a writer waits for another at most BUSY_TIMEOUT_S, then fails clearly
            args["options"] = f"-c lock_timeout={BUSY_TIMEOUT_S * 1000}"
        return create_engine(url, pool_pre_ping=True, connect_args=args)

    def _error(self, action: str, e: BaseException) -> StoreError:
        msg = _one_line(e)
        return StoreError(f"{self.name}: cannot {action}: {msg}; {_remedy(msg)}")

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except sa_exc.SQLAlchemyError as e:
            raise self._error(action, e) from e

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        try:
            with self._engine.connect().execution_options(rasd_write=True) as conn, conn.begin():
                yield conn
        except sa_exc.SQLAlchemyError as e:
            raise self._error(action, e) from e

    # ------------------------------------------------------------------ the writer

    def write_batch(self, articles_: Sequence[Article], events_: Sequence[Event], *,
                    docs: Sequence[Doc] = ()) -> BatchResult:
        """Store a batch in ONE transaction: all of it or (on any error) none of it.

        Articles (and the articles of `docs`) are upserted by id: same content hash → skipped.
        Events are upserted on event_id: same record → neither added nor updated. Re-running the
        same batch therefore returns BatchResult(0, n, 0, 0). `docs` add the annotation spans
        shown by get_article(). To write more in the same transaction (the merge tables), use
        `transaction()` and its `write_batch`.
        """
        with self.transaction("write the batch") as tx:
            return tx.write_batch(articles_, events_, docs=docs)

    @contextmanager
    def transaction(self, action: str = "write the batch") -> Iterator["Transaction"]:
        """One write transaction: everything done through the `Transaction` commits together when
        the block ends, or not at all when it raises (the exception goes on; a database error
        becomes StoreError). Writers queue: SQLite takes the write lock at BEGIN (IMMEDIATE),
        PostgreSQL a transaction-level advisory lock, so reads made inside the block (merge
        candidates) cannot be overtaken by another writer before the block commits.
        """
        with self._write(action) as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
            yield Transaction(self, conn)

    @contextmanager
    def reading(self, action: str = "read") -> Iterator[Connection]:
        """A read connection (SQLAlchemy Core), for readers of tables outside this module (the
        merge tables); a database error becomes StoreError naming `action`."""
        with self._read(action) as conn:
            yield conn

    @contextmanager
    def writing(self, action: str = "write") -> Iterator[Connection]:
        """A connection in a transaction of its own, committed when the block ends."""
        with self.transaction(action) as tx:
            yield tx.connection

    # ------------------------------------------------------------------ articles

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        """True when the article is stored (with this content hash, if one is given)."""
        q = select(articles.c.pk).where(articles.c.id == _clean(article_id))  # stored ids are _clean()ed
        if content_hash is not None:
            q = q.where(articles.c.content_hash == content_hash)
        with self._read("read articles") as conn:
            return conn.execute(q.limit(1)).first() is not None

    def article_ids(self) -> set[str]:
        with self._read("read articles") as conn:
            return set(conn.execute(select(articles.c.id)).scalars())

    def get_article(self, article_id: str) -> tuple[Article, list[dict[str, Any]]] | None:
        """The stored article and its spans [{"kind","start","end","label"}] sorted by start."""
        with self._read("read an article") as conn:
            row = conn.execute(select(articles).where(articles.c.id == _clean(article_id))).mappings().first()
            if row is None:
                return None
            spans = [{"kind": k, "start": s, "end": e, "label": lab} for k, s, e, lab in conn.execute(
                select(article_spans.c.kind, article_spans.c.span_start, article_spans.c.span_end,
                       article_spans.c.label)
                .where(article_spans.c.article_pk == row["pk"])
                .order_by(article_spans.c.span_start, article_spans.c.span_end, article_spans.c.kind))]
        art = Article(id=row["id"], text=row["text"], title=row["title"], published=row["published"],
                      outlet=row["outlet"], url=row["url"], origin=row["origin"])
        return art, spans

    def search_articles(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles containing every term of `query`, folded (see rasd.store.search):
        [{"article_id", "title", "snippet", "score", "highlight": [start, end] in the snippet or None,
        "published": "YYYY-MM-DD" or None}], best first. "قتل" finds "قُتِل", "مدينة" finds "مدينه".
        """
        if not isinstance(query, str) or "\x00" in query:
            raise ValueError("query: expected text without NUL characters")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
            raise ValueError(f"limit: {limit!r} is outside 1..1000")
        terms = search.query_terms(query[:1000])
        if not terms:
            return []
        score = search.score_expression(articles, terms).label("score")
        q = (select(articles.c.id, articles.c.title, articles.c.text, articles.c.published, score)
             .where(search.match_clause(self.dialect, articles, "articles_fts", terms))
             .order_by(score.desc(), articles.c.published.desc().nulls_last(), articles.c.id)
             .limit(limit))
        with self._read("search articles") as conn:
            rows = conn.execute(q).all()
        out = []
        for aid, title, text, published, sc in rows:
            snip, hl = search.snippet(text, terms)
            out.append({"article_id": aid, "title": title, "snippet": snip, "score": float(sc or 0),
                        "highlight": list(hl) if hl else None,
                        "published": published.isoformat() if published else None})
        return out

    # ------------------------------------------------------------------ events

    def _q_clause(self, q: str | None, pk=None):
        if not q:
            return None
        terms = search.query_terms(q)
        if not terms:
            return None
        pk = events.c.pk if pk is None else pk
        in_events = search.match_clause(self.dialect, events, "events_fts", terms, pk=pk)
        in_articles = pk.in_(
            select(event_articles.c.event_pk)
            .join(articles, articles.c.id == event_articles.c.article_id)
            .where(search.match_clause(self.dialect, articles, "articles_fts", terms)))
        return or_(in_events, in_articles)

    def _where(self, flt: EventFilter):
        return and_(true(), *filter_clauses(flt, self._q_clause(flt.q)))

    @staticmethod
    def _to_event(record: str, iso: str | None = None) -> Event:
        return Event.from_record(json.loads(record))

    def events(self, flt: EventFilter = EventFilter()) -> list[Event]:
        """Matching events, newest first (event_date desc, undated last, then event_id)."""
        order = (events.c.event_date.desc().nulls_last(), events.c.event_id)
        with self._read("read events") as conn:
            if self._walk_dates(conn, flt):
                pk = events.c.pk + 0   # "+ 0": match the rowid against the lists, not look rows up by it
                rest = filter_clauses(EventFilter(**{**_fields(flt), "q": None}))
                conds = [pk.in_(select(events.c.pk).where(*rest))] if rest else []
                if flt.q:
                    conds.append(self._q_clause(flt.q, pk=pk))
                pks = list(conn.execute(select(events.c.pk).where(and_(true(), *conds)).order_by(*order)
                                        .limit(flt.limit).offset(flt.offset)).scalars())
                recs = dict(conn.execute(select(events.c.pk, events.c.record).where(events.c.pk.in_(pks))).all())
                return [self._to_event(recs[p]) for p in pks if p in recs]
            q = (select(events.c.record, events.c.iso).where(self._where(flt))
                 .order_by(*order).limit(flt.limit).offset(flt.offset))
            rows = conn.execute(q).all()
        return [self._to_event(r, iso) for r, iso in rows]

    def _walk_dates(self, conn: Connection, flt: EventFilter) -> bool:
        """Whether to read a page by walking ix_events_date (newest first) and testing each entry
        against the filter's matches, instead of SQLite's choice (no statistics): the filter's index,
        then a sort of every match. Chosen on SQLite for a bbox, a death floor or a text search with
        no date, country or sub-type range (those have date-ordered indexes), when the matches are
        many: the walk reads about (offset + limit) x events / matches index entries, the sort reads
        every match, so walk when matches > sqrt((offset + limit) x events)."""
        if self.dialect != "sqlite" or not (flt.bbox or flt.min_fatalities is not None or flt.q):
            return False
        if flt.date_from or flt.date_to or flt.country or flt.sub_event_type:
            return False
        n = conn.execute(select(func.max(events.c.pk))).scalar() or 0
        enough = max(1, math.isqrt((flt.offset + flt.limit) * n))
        found = conn.execute(select(func.count()).select_from(
            select(events.c.pk).where(self._where(flt)).limit(enough).subquery())).scalar_one()
        return found >= enough

    def iter_events(self, flt: EventFilter = EventFilter(), batch: int = 1000) -> Iterator[Event]:
        """Every matching event (limit/offset ignored) in events() order, read in pages of `batch`
        (keyset pagination: each page a short read, memory flat)."""
        if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
            raise ValueError(f"batch: {batch!r} must be a positive whole number")
        where = self._where(flt)
        cols = (events.c.record, events.c.iso, events.c.event_date, events.c.event_id)
        last: tuple[date, str] | None = None
        while True:  # dated events, newest first
            q = select(*cols).where(where, events.c.event_date.is_not(None))
            if last:
                q = q.where(or_(events.c.event_date < last[0],
                                and_(events.c.event_date == last[0], events.c.event_id > last[1])))
            with self._read("read events") as conn:
                rows = conn.execute(q.order_by(events.c.event_date.desc(), events.c.event_id).limit(batch)).all()
            for rec, iso, _, _ in rows:
                yield self._to_event(rec, iso)
            if len(rows) < batch:
                break
            last = (rows[-1][2], rows[-1][3])
        after: str | None = None
        while True:  # then the undated ones
            q = select(*cols).where(where, events.c.event_date.is_(None))
            if after is not None:
                q = q.where(events.c.event_id > after)
            with self._read("read events") as conn:
                rows = conn.execute(q.order_by(events.c.event_id).limit(batch)).all()
            for rec, iso, _, _ in rows:
                yield self._to_event(rec, iso)
            if len(rows) < batch:
                break
            after = rows[-1][3]

    def count_events(self, flt: EventFilter = EventFilter(), *, at_most: int | None = None) -> int:
        """How many events match `flt` (limit/offset ignored). With `at_most`, counting stops there:
        the answer is min(matches, at_most), and a count over a broad filter (a common word in `q`,
        a whole country) costs at most `at_most` rows instead of all of them.

        >>> store.count_events(EventFilter(q="غارة"), at_most=10_001)   # doctest: +SKIP
        10001
        """
        where = self._where(flt)
        if at_most is None:
            q = select(func.count()).select_from(events).where(where)
        else:
            if isinstance(at_most, bool) or not isinstance(at_most, int) or at_most < 1:
                raise ValueError(f"at_most: {at_most!r} must be a positive whole number")
            q = select(func.count()).select_from(select(events.c.pk).where(where).limit(at_most).subquery())
        with self._read("count events") as conn:
            return int(conn.execute(q).scalar_one())

    def get_event(self, event_id: str) -> Event | None:
        with self._read("read an event") as conn:
            return _get_event(conn, event_id)

    def candidate_events(self, *, date_from: date | None, date_to: date | None, bbox=None,
                         event_types: Sequence[str] = ()) -> list[Event]:
        """Stored events that a new event could merge with: dated within [date_from, date_to] and/or
        inside `bbox` (min_lon, min_lat, max_lon, max_lat), of one of `event_types` (any if empty).

        The lookup goes through the (event_date) and (lat, lon) indexes, so its cost depends on the
        window, not on the size of the store. With neither a date range nor a bbox there is nothing
        to look up by, and the answer is [].
        """
        with self._read("read candidate events") as conn:
            return _candidate_events(conn, date_from=date_from, date_to=date_to, bbox=bbox,
                                     event_types=event_types)

    def candidate_points(self, *, date_from: date, date_to: date, bbox, event_type: str) -> list[tuple]:
        """(pk, event_date, lat, lon, sub_event_type, actor1, actor2, time_precision, geo_precision)
        of the stored events of `event_type` dated within [date_from, date_to] and inside `bbox`
        (min_lon, min_lat, max_lon, max_lat): the first, light step of finding merge candidates,
        answered from one covering index (no table rows are read, so a cold store costs a few index
        pages). The precisions are None for rows written before they were columns by an older
        writer. Fetch the ones that matter with `events_by_pk`."""
        with self._read("read candidate events") as conn:
            return _candidate_points(conn, date_from=date_from, date_to=date_to, bbox=bbox,
                                     event_type=event_type)

    def event_pks_citing(self, article_ids: Sequence[str]) -> set[int]:
        """The primary keys of the stored events citing one of these articles (event_articles)."""
        with self._read("read candidate events") as conn:
            return _event_pks_citing(conn, article_ids)

    def prefetch_events(self, pks: Sequence[int]) -> RowPrefetch:
        """Start reading the events rows `pks` into the OS cache, in the background, and return at
        once: on a SQLite file whose rows are not cached (the first merge after a restart), the
        disk then works while the caller computes what does not need the rows; pass the result to
        `events_by_pk(pks, prefetch=...)`. Does nothing (an empty RowPrefetch) on PostgreSQL, for
        few rows or a warm file."""
        with self._read("read candidate events") as conn:
            return _prefetch_events(conn, pks)

    def events_by_pk(self, pks: Sequence[int], *, prefetch: RowPrefetch | bool | None = None) -> list[Event]:
        """The stored events with these primary keys (from `candidate_points`), in pk order. Many
        rows of a cold SQLite file are read ahead by concurrent readers (or by the ones `prefetch`
        started; none with `prefetch=False`: rows the caller has just read)."""
        with self._read("read candidate events") as conn:
            return _events_by_pk(conn, pks, prefetch)

    def iter_events_by_pk(self, pks: Sequence[int], *, prefetch: RowPrefetch | None = None
                          ) -> Iterator[tuple[int, Event]]:
        """(pk, event) of `events_by_pk`, one at a time as the rows are read: a caller that keeps
        only part of each event (the merge's candidates) never holds all of them decoded."""
        with self._read("read candidate events") as conn:
            for pk, r in _iter_records_by_pk(conn, pks, prefetch, with_pk=True):
                yield pk, Event.from_record(r)

    # ------------------------------------------------------------------ overview and checks

    def stats(self, top: int = 20) -> dict[str, Any]:
        """{"events", "articles", "per_day": [["YYYY-MM-DD", n], ...] ascending,
        "per_type": {event_type: n}, "per_actor": {actor: n} (the `top` most frequent, actor1 or actor2)}."""
        with self._read("read statistics") as conn:
            n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
            n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            per_day = [[d.isoformat(), int(n)] for d, n in conn.execute(
                select(events.c.event_date, func.count()).where(events.c.event_date.is_not(None))
                .group_by(events.c.event_date).order_by(events.c.event_date))]
            per_type = {t: int(n) for t, n in conn.execute(
                select(events.c.event_type, func.count()).group_by(events.c.event_type)
                .order_by(events.c.event_type))}
            actors: Counter[str] = Counter()
            for col in (events.c.actor1, events.c.actor2):
                for a, n in conn.execute(select(col, func.count()).where(col.is_not(None)).group_by(col)):
                    actors[a] += int(n)
        return {"events": int(n_events), "articles": int(n_articles), "per_day": per_day,
                "per_type": per_type, "per_actor": dict(actors.most_common(top))}

    def integrity_check(self) -> bool:
        """True when the database and its search indexes are consistent."""
        try:
            with self._engine.connect() as conn:
                if self.dialect == "sqlite":
                    if conn.exec_driver_sql("PRAGMA integrity_check").scalar() != "ok":
                        return False
                    if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        return False
                    for fts in ("articles_fts", "events_fts"):
                        conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
                    conn.rollback()
                else:
                    orphans = conn.execute(select(func.count()).select_from(article_spans).where(
                        ~article_spans.c.article_pk.in_(select(articles.c.pk)))).scalar_one()
                    if orphans:
                        return False
                    conn.execute(select(func.count()).select_from(events)).scalar_one()
            return True
        except sa_exc.DatabaseError:
            return False
        except sa_exc.SQLAlchemyError as e:
            raise self._error("check the database", e) from e

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.name!r})"


__all__ = ["Store", "Transaction", "BatchResult", "EventFilter", "normalize_url"]
