"""Store benchmark: ingest rate (events/s) on SQLite vs PostgreSQL, and query latency at 100k+ events.

Events are synthetic-from-real: every evidence text is a real Arabic sentence from
../shared/data/dev_articles (and the sample articles), every article a real article text (under a
synthetic id); dates, places, types and actors are drawn at random from realistic values.

    .venv/bin/python bench/bench_store.py [--ingest 20000] [--query 100000] [--pg URL]

Without --pg (or $RASD_BENCH_PG) a throw-away PostgreSQL cluster is started from Debian's
/usr/lib/postgresql/*/bin (as the `postgres` user when run as root), on 127.0.0.1, and removed after.
Reported, never asserted.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.model import Article, Event, Location, Source, Span, make_event_id  # noqa: E402
from rasd.resources.acled import SubEventType  # noqa: E402
from rasd.store import EventFilter, Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
PLACES = [("Sirte", "سرت", 31.21, 16.59, "Libya", "LY"), ("Benghazi", "بنغازي", 32.12, 20.07, "Libya", "LY"),
          ("Aleppo", "حلب", 36.20, 37.13, "Syria", "SY"), ("Raqqa", "الرقة", 35.95, 39.01, "Syria", "SY"),
          ("Mosul", "الموصل", 36.34, 43.13, "Iraq", "IQ"), ("Ramadi", "الرمادي", 33.42, 43.30, "Iraq", "IQ"),
          ("Taizz", "تعز", 13.58, 44.02, "Yemen", "YE"), ("Aden", "عدن", 12.78, 45.04, "Yemen", "YE"),
          ("Arish", "العريش", 31.13, 33.80, "Egypt", "EG"), ("Mogadishu", "مقديشو", 2.04, 45.34, "Somalia", "SO")]
ACTORS = ["Islamic State (Libya)", "Military Forces of Syria (2000-)", "Ansar Allah", "Libyan National Army",
          "Military Forces of Iraq (2014-2018)", "Al Shabaab", "Civilians (Syria)", "Protesters (Egypt)",
          "Military Forces of the United States", "Popular Mobilization Forces"]
_SENT = re.compile(r"[^.!؟?\n]{40,300}[.!؟?]")


def real_articles() -> list[tuple[str, str]]:
    """(title, text) of the real articles available (dev articles and the samples)."""
    out = []
    path = SHARED / "dev_articles" / "articles.jsonl"
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            r = json.loads(line)
            out.append((r.get("title") or "", r["text"]))
    for p in sorted((SHARED / "seeds").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt")):
        out.append(("", p.read_text("utf-8")))
    if not out:
        raise SystemExit(f"no real articles found under {SHARED} or examples/")
    return out


def corpus(n_events: int, seed: int = 7, events_per_article: int = 3):
    """Batches of (articles, events), 200 events a batch, built from real text."""
    rnd = random.Random(seed)
    texts = real_articles()
    sents = [(i, m.start(), m.end()) for i, (_, t) in enumerate(texts) for m in _SENT.finditer(t)]
    subs = list(SubEventType)
    start = date(2015, 1, 1)
    batch_a, batch_e = [], []
    for k in range(n_events):
        ti, s, e = rnd.choice(sents)
        aid = f"bench-{k // events_per_article:08d}"
        if k % events_per_article == 0:
            title, text = texts[ti]
            batch_a.append(Article(aid, text, title=title or None, published=start + timedelta(rnd.randrange(730)),
                                   outlet="Bench Outlet"))
        text = texts[ti][1]
        name, name_ar, lat, lon, country, iso = rnd.choice(PLACES)
        sub = rnd.choice(subs)
        span = Span(s, e)
        ev = Event(
            event_id=make_event_id(aid, span, f"{sub.value}{k}"),
            event_date=start + timedelta(rnd.randrange(730)) if rnd.random() > 0.05 else None,
            time_precision=rnd.choice((1, 1, 2, 3)), sub_event_type=sub,
            actor1=rnd.choice(ACTORS), actor2=rnd.choice(ACTORS + [None]),
            location=Location(name, name_ar, lat + rnd.uniform(-0.3, 0.3), lon + rnd.uniform(-0.3, 0.3), 1,
                              None, country, None, iso),
            sources=(Source(aid, "Bench Outlet", None, span, span.text_of(text)),),
            fatalities=rnd.choice((None, 0, 1, 2, 3, 5, 10, 25)), confidence=0.6,
            notes=f"Synthetic benchmark event {k} in {name}.",
        )
        batch_e.append(ev)
        if len(batch_e) == 200:
            yield batch_a, batch_e
            batch_a, batch_e = [], []
    if batch_e:
        yield batch_a, batch_e


@contextmanager
def postgres(url: str | None):
    if url:
        yield url
        return
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL is not installed: apt-get install postgresql (or pass --pg URL)")
    bindir = os.path.dirname(found[-1])
    base = tempfile.mkdtemp(prefix="rasd-bench-pg-")
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if prefix:
        shutil.chown(base, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = f"{base}/data"
    try:
        subprocess.run([*prefix, f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                        "--locale=C.UTF-8"], check=True, capture_output=True)
        # default durability settings (fsync on): the figures are what a user gets
        subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", data, "-l", f"{base}/log", "-w", "-o",
                        f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories=''", "start"],
                       check=True, capture_output=True)
        subprocess.run([*prefix, f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                        "rasd_bench"], check=True, capture_output=True)
        yield f"postgresql://postgres@127.0.0.1:{port}/rasd_bench"
    finally:
        subprocess.run([*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def ingest(store: Store, n: int) -> tuple[float, int]:
    t0 = time.perf_counter()
    added = 0
    for arts, evs in corpus(n):
        added += store.write_batch(arts, evs).events_added
    return time.perf_counter() - t0, added


def timed(fn, repeat: int = 5) -> float:
    fn()  # warm
    xs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        xs.append(time.perf_counter() - t0)
    return statistics.median(xs) * 1000


QUERIES = {
    "events() first page (100)": lambda s: s.events(EventFilter()),
    "events(date range 1 month)": lambda s: s.events(EventFilter(date_from=date(2016, 3, 1), date_to=date(2016, 3, 31))),
    "events(type + country)": lambda s: s.events(EventFilter(event_type="Battles", country="Syria")),
    "events(bbox Libya)": lambda s: s.events(EventFilter(bbox=(9.0, 19.0, 25.0, 33.5))),
    "events(actor substring)": lambda s: s.events(EventFilter(actor="shabaab")),
    "events(min_fatalities=25, offset 1000)": lambda s: s.events(EventFilter(min_fatalities=25, offset=1000)),
    "events(q='قتل')": lambda s: s.events(EventFilter(q="قتل")),
    "count_events(type)": lambda s: s.count_events(EventFilter(event_type="Protests")),
    "candidate_events(±1 day, 0.5° box)": lambda s: s.candidate_events(
        date_from=date(2016, 3, 9), date_to=date(2016, 3, 11), bbox=(16.3, 31.0, 16.8, 31.5)),
    "search_articles('غارة')": lambda s: s.search_articles("غارة"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ingest", type=int, default=20000, help="events for the ingest-rate run")
    ap.add_argument("--query", type=int, default=100000, help="events in the store for query latency")
    ap.add_argument("--pg", default=os.environ.get("RASD_BENCH_PG"), help="PostgreSQL URL (else a throw-away cluster)")
    args = ap.parse_args()
    print(f"# bench_store  {date.today()}  {platform.node()}  {platform.processor() or platform.machine()}  "
          f"{os.cpu_count()} cpus  python {platform.python_version()}")
    print(f"# command: {' '.join(sys.argv)}")
    tmp = tempfile.mkdtemp(prefix="rasd-bench-")
    try:
        with postgres(args.pg) as pg_url:
            for name, url in (("sqlite", f"sqlite:///{tmp}/bench.db"), ("postgresql", pg_url)):
                with Store(url) as s:
                    secs, added = ingest(s, args.ingest)
                    print(f"{name:10s} ingest {added} events ({added // 3} articles) in {secs:.1f}s: "
                          f"{added / secs:,.0f} events/s")
                    if args.query > args.ingest:
                        t0 = time.perf_counter()
                        for arts, evs in corpus(args.query, seed=11):
                            s.write_batch([a.__class__(f"q{a.id}", a.text, a.title, a.published, a.outlet)
                                           for a in arts],
                                          [e.with_(event_id="q" + e.event_id) for e in evs])
                        print(f"{name:10s} filled to {s.count_events():,} events in {time.perf_counter() - t0:.1f}s")
                    n = s.count_events()
                    for label, q in QUERIES.items():
                        ms = timed(lambda: q(s))
                        print(f"{name:10s} {n:>8,} events  {label:40s} {ms:8.1f} ms")
                    assert s.integrity_check()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
