"""API latency with a large store (default 1,000,000 events): the web app's JSON endpoints, in-process.

The store is filled with bench/bench_store.py's synthetic-from-real events (every evidence a real
Arabic sentence, every article a real article text under a synthetic id) and kept under
$TMPDIR/rasd-bench/ for reuse (a few GB at 1M events; never committed). Requests go through
`fastapi.testclient.TestClient` against `rasd.web.app.create_app` (no network: the figures are the
app's and the store's, not a server's). Each request runs --repeat times; median and p95 are kept.

    .venv/bin/python bench/bench_api.py [--events 1000000] [--repeat 15] [--fill-timeout 1800]

Reported, never asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

REQUESTS = [
    ("newest 100 events", "/api/events?limit=100"),
    ("one country, one year", "/api/events?country=LY&from=2015-01-01&to=2015-12-31&limit=100"),
    ("event type + min fatalities", "/api/events?type=Battles&min_fatalities=5&limit=100"),
    ("actor substring", "/api/events?actor=Ansar&limit=100"),
    ("bbox (northern Syria)", "/api/events?bbox=36,35,40,37.5&limit=100"),
    ("full text (Arabic, folded)", "/api/events?q=%D8%BA%D8%A7%D8%B1%D8%A9&limit=100"),
    ("deep page (offset 100000)", "/api/events?limit=100&offset=100000"),
    ("stats (whole store)", "/api/stats"),
    ("stats, one country", "/api/stats?country=SY"),
    ("map clusters, zoom 5", "/api/clusters?zoom=5"),
    ("one event", None),
]


def fill(url: str, n: int, timeout: float) -> tuple[int, float]:
    from bench_store import corpus

    from rasd.store import Store

    t0 = time.perf_counter()
    with Store(url) as s:
        have = s.count_events()
        if have >= n:
            return have, 0.0
        k = 0
        for arts, evs in corpus(n):
            k += len(evs)
            if k <= have:
                continue
            s.write_batch(arts, evs)
            if time.perf_counter() - t0 > timeout:
                break
        return s.count_events(), time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--fill-timeout", type=float, default=1800.0, help="stop filling after this many seconds")
    ap.add_argument("--db", help="store URL (default: a SQLite file under $TMPDIR/rasd-bench/)")
    a = ap.parse_args()
    from fastapi.testclient import TestClient

    from bench_pipeline import machine
    from rasd.web.app import create_app

    url = a.db or f"sqlite:///{Path(tempfile.gettempdir()) / 'rasd-bench' / f'api-{a.events}.db'}"
    if not a.db:
        (Path(tempfile.gettempdir()) / "rasd-bench").mkdir(parents=True, exist_ok=True)
    n, secs = fill(url, a.events, a.fill_timeout)
    print(f"## API latency with {n:,} events ({'SQLite' if url.startswith('sqlite') else 'PostgreSQL'})\n")
    print(f"machine: {machine()}; load average at start {os.getloadavg()[0]:.1f}  ")
    if secs:
        print(f"store filled in {secs:.0f} s ({n / secs:,.0f} events/s)" + (
            f"; stopped at {n:,} of {a.events:,} (fill timeout)" if n < a.events else ""))
    print("\n| request | median ms | p95 ms | events returned / total |\n|---|---|---|---|")
    with TestClient(create_app(url, token=None)) as client:
        first = client.get("/api/events?limit=1").json()["events"]
        for name, path in REQUESTS:
            path = path or f"/api/events/{first[0]['event_id']}"
            times, body = [], None
            for _ in range(a.repeat):
                t = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                body = r
            info = ""
            if body is not None and body.status_code == 200 and path.startswith("/api/events?"):
                j = body.json()
                info = f"{len(j['events'])} / {j['total']:,}"
            elif body is not None and body.status_code != 200:
                info = f"HTTP {body.status_code}: {body.text[:80]}"
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"| {name} | {statistics.median(times):.1f} | {p95:.1f} | {info} |", flush=True)


if __name__ == "__main__":
    main()
