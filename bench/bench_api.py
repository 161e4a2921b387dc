"""API latency with a large store (default 1,000,000 events): the web app's JSON endpoints, in-process.

The store is filled in bulk, not through the pipeline (1M events through extraction would take
hours): the pipeline runs once over a small bench corpus (`--base` real articles built by
make_corpus.py from real Arabic text), and its REAL extracted events are replicated to `--events`
rows with new ids, dates drawn over 2014-2024 and the places (real geocoded locations) of other
extracted events; every `--per-article` consecutive events cite one new article id whose text is
the real article the event came from. Rows are made by the store's own row builders
(`rasd.store.store._event_row` / `_article_row`, so every column, the folded text and the FTS
indexes are what `Store.write_batch` writes) and inserted with executemany, `--batch` rows a
transaction. The store is kept under $TMPDIR/rasd-bench/ for reuse (several GB; never committed).

Requests go through `fastapi.testclient.TestClient` against `rasd.web.app.create_app` (no network:
the figures are the app's and the store's, not a server's). Each request runs --repeat times with
the app's aggregate cache emptied before each (so every time is a real query); median and p95 kept.

    .venv/bin/python bench/bench_api.py [--events 1000000] [--repeat 15] [--per-article 5]

Reported, never asserted.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from rasd.model import Article, Event, Source, make_event_id  # noqa: E402

REQUESTS = [
    ("newest 100 events", "/api/events?limit=100"),
    ("one country", "/api/events?country=SY&limit=100"),
    ("one country, one year", "/api/events?country=LY&from=2019-01-01&to=2019-12-31&limit=100"),
    ("one month", "/api/events?from=2020-03-01&to=2020-03-31&limit=100"),
    ("event type", "/api/events?type=Protests&limit=100"),
    ("event type + min fatalities", "/api/events?type=Battles&min_fatalities=5&limit=100"),
    ("sub-event type + year", "/api/events?sub_type=Air/drone%20strike&from=2016-01-01&to=2016-12-31&limit=100"),
    ("actor substring", "/api/events?actor=Islamic%20State&limit=100"),
    ("bbox (northern Syria)", "/api/events?bbox=36,35,40,37.5&limit=100"),
    ("full text (Arabic, folded) 'غارة'", "/api/events?q=%D8%BA%D8%A7%D8%B1%D8%A9&limit=100"),
    ("full text, two words 'قتل مدنيين'", "/api/events?q=%D9%82%D8%AA%D9%84%20%D9%85%D8%AF%D9%86%D9%8A%D9%8A%D9%86&limit=100"),
    ("full text + country", "/api/events?q=%D8%BA%D8%A7%D8%B1%D8%A9&country=YE&limit=100"),
    ("deep page (offset 100000)", "/api/events?limit=100&offset=100000"),
    ("GeoJSON, newest 1000", "/api/events?format=geojson&limit=1000"),
    ("GeoJSON, one country 1000", "/api/events?format=geojson&country=IQ&limit=1000"),
    ("stats (whole store)", "/api/stats"),
    ("stats, timeline only (page)", "/api/stats?parts=per_day"),
    ("stats, one country", "/api/stats?country=SY"),
    ("map clusters, world zoom 3", "/api/clusters?zoom=3&bbox=-180,-85,180,85"),
    ("map clusters, region zoom 6", "/api/clusters?zoom=6&bbox=30,28,50,40"),
    ("map clusters, city zoom 11", "/api/clusters?zoom=11&bbox=37.0,36.1,37.3,36.3"),
    ("map clusters, region + one month", "/api/clusters?zoom=6&bbox=30,28,50,40&from=2020-03-01&to=2020-03-31"),
    ("one event", "EVENT"),
    ("one article", "ARTICLE"),
]


def base_events(n_articles: int) -> list[tuple[Article, Event]]:
    """(article, event) for every event the pipeline extracts from the first `n_articles` bench articles."""
    from make_corpus import build, iter_corpus

    from rasd.pipeline import process_many
    from rasd.resources import Resources

    out = []
    path = build(n_articles)
    for art, evs in process_many(iter_corpus(path, n_articles), resources=Resources.builtin(),
                                 on_error=lambda e: None):
        out.extend((art, e) for e in evs)
    if not out:
        raise SystemExit("the pipeline found no events in the bench corpus")
    return out


def bulk_fill(url: str, n: int, base: list[tuple[Article, Event]], per_article: int, batch: int,
              seed: int = 7) -> tuple[int, int, float]:
    """Fill the store at `url` up to `n` events (see the module doc); (events, articles, seconds)."""
    from sqlalchemy import func, select

    from rasd.store import Store
    from rasd.store.schema import articles, event_articles, events
    from rasd.store.store import _article_row, _event_row  # the rows write_batch writes

    rnd = random.Random(seed)
    locations = [e.location for _, e in base if e.location.latitude is not None]
    first, span_days = date(2014, 1, 1), (date(2024, 12, 31) - date(2014, 1, 1)).days
    t0 = time.perf_counter()
    with Store(url) as store:
        have = store.count_events()
        k = have - have % per_article        # restart at an article boundary
        while k < n:
            ev_rows, art_rows, links = [], [], []
            stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
            for k in range(k, min(n, k + batch)):
                art, ev = base[rnd.randrange(len(base))]
                aid = f"api-{k // per_article:08d}"
                day = first + timedelta(days=rnd.randrange(span_days + 1))
                if k % per_article == 0:
                    art_rows.append({**_article_row(Article(aid, art.text, title=art.title, published=day,
                                                            outlet=art.outlet)), "stored_at": stamp})
                src = ev.sources[0]
                e = ev.with_(event_id=make_event_id(aid, src.evidence, f"{ev.sub_event_type.value}{k}"),
                             event_date=None if rnd.random() < 0.03 else day,
                             location=rnd.choice(locations) if rnd.random() < 0.7 else ev.location,
                             sources=(Source(aid, art.outlet, day, src.evidence, src.text),))
                ev_rows.append({**_event_row(e), "updated_at": stamp})
                links.append((e.event_id, aid))
            k += 1
            with store.writing("bulk fill for the API benchmark") as conn:
                if art_rows:
                    conn.execute(articles.insert(), art_rows)
                conn.execute(events.insert(), ev_rows)
                top = conn.execute(select(func.max(events.c.pk))).scalar_one()   # one writer: the new
                pks = dict(conn.execute(select(events.c.event_id, events.c.pk)   # rows are the last pks
                                        .where(events.c.pk > top - len(ev_rows))).all())
                conn.execute(event_articles.insert(), [{"event_pk": pks[eid], "article_id": aid}
                                                       for eid, aid in links])
            print(f"  filled {k:,} events", file=sys.stderr, flush=True)
        with store.reading() as conn:
            n_art = conn.execute(select(func.count()).select_from(articles)).scalar_one()
        return store.count_events(), n_art, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--base", type=int, default=1000, help="bench articles the pipeline extracts the base events from")
    ap.add_argument("--per-article", type=int, default=5, help="events citing one article (default 5)")
    ap.add_argument("--batch", type=int, default=20_000, help="rows a transaction when filling")
    ap.add_argument("--db", help="store URL (default: a SQLite file under $TMPDIR/rasd-bench/)")
    a = ap.parse_args()
    from fastapi.testclient import TestClient

    from bench_pipeline import machine
    from rasd.web.app import create_app

    url = a.db or f"sqlite:///{Path(tempfile.gettempdir()) / 'rasd-bench' / f'api-{a.events}.db'}"
    if not a.db:
        (Path(tempfile.gettempdir()) / "rasd-bench").mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    t = time.perf_counter()
    base = base_events(a.base)
    t_base = time.perf_counter() - t
    n, n_art, secs = bulk_fill(url, a.events, base, a.per_article, a.batch)
    print(f"## API latency with {n:,} events, {n_art:,} articles "
          f"({'SQLite' if url.startswith('sqlite') else 'PostgreSQL'})\n")
    print(f"machine: {machine()}; load average at start {load:.1f}, before the requests "
          f"{os.getloadavg()[0]:.1f}  ")
    print(f"{len(base):,} base events extracted from {a.base:,} bench articles in {t_base:.0f} s; "
          f"store filled in {secs:.0f} s" + (f" ({n / secs:,.0f} events/s)" if secs > 1 else " (reused)") + "  ")
    if url.startswith("sqlite:///"):
        size = sum(os.path.getsize(url[10:] + x) for x in ("", "-wal") if os.path.exists(url[10:] + x))
        print(f"store size {size / 2**30:.1f} GiB  ")
    print(f"each request {a.repeat} times, the app's aggregate cache emptied before each\n")
    print("| request | median ms | p95 ms | result |\n|---|---|---|---|")
    app = create_app(url, token=None)
    with TestClient(app) as client:
        first = client.get("/api/events?limit=1").json()["events"][0]
        for name, path in REQUESTS:
            path = {"EVENT": f"/api/events/{first['event_id']}",
                    "ARTICLE": f"/api/articles/{first['sources'][0]['article_id']}"}.get(path, path)
            times, body = [], None
            for _ in range(a.repeat):
                app.state.cache.clear()
                t = time.perf_counter()
                body = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
            info = ""
            if body.status_code != 200:
                info = f"HTTP {body.status_code}: {body.text[:80]}"
            elif path.startswith("/api/events?") and "format=" not in path:
                j = body.json()
                info = f"{len(j['events'])} of {j['total']:,}{'+' if j.get('total_capped') else ''}"
            elif path.startswith(("/api/clusters", "/api/stats")):
                j = body.json()
                info = f"{j.get('total', j.get('events')):,} events" + (
                    f", {len(j['cells'])} cells" if j.get("mode") == "cells" else
                    f", {len(j['points'])} points" if j.get("mode") == "points" else "")
            else:
                info = f"{len(body.content) / 1024:,.0f} KiB"
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"| {name} | {statistics.median(times):.1f} | {p95:.1f} | {info} |", flush=True)


if __name__ == "__main__":
    main()
