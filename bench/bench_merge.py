"""Merge benchmark: merging 10,000 new events into a big store vs into an empty one (bar: ≤ 2×).

Events are synthetic-from-real: evidence texts are real Arabic sentences from
../shared/data/dev_articles; places are real towns moved by up to ~50 km, dates spread over
2010–2024 (the store) or over 60 days of 2024 (the new events, a realistic ingest batch); a fifth
of the new events are other outlets' reports of stored events (same type and day, a few km off),
so real merges happen. The big store is built through Store.write_batch in large batches.

    .venv/bin/python bench/bench_merge.py [--sizes 100000,1000000] [--new 10000] [--db-dir DIR] [--keep]

Reported, never asserted; best of --repeat runs, and the first run, cold: the database file is
evicted from the OS page cache (posix_fadvise DONTNEED) before it, so its candidate lookups read
from disk. The time measured is `merge_into_store` inside an ingest transaction (candidate lookups,
merging, recording the merge tables), rolled back afterwards; not the write of its result.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.merge import merge_into_store  # noqa: E402
from rasd.model import Event, Location, Source, Span, make_event_id  # noqa: E402
from rasd.resources.acled import SubEventType  # noqa: E402
from rasd.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TOWNS = [("Sirte", "سرت", 31.21, 16.59, "Libya"), ("Benghazi", "بنغازي", 32.12, 20.07, "Libya"),
         ("Derna", "درنة", 32.77, 22.64, "Libya"), ("Aleppo", "حلب", 36.20, 37.13, "Syria"),
         ("Idlib", "إدلب", 35.93, 36.63, "Syria"), ("Raqqa", "الرقة", 35.95, 39.01, "Syria"),
         ("Deir ez-Zor", "دير الزور", 35.33, 40.14, "Syria"), ("Homs", "حمص", 34.73, 36.71, "Syria"),
         ("Mosul", "الموصل", 36.34, 43.13, "Iraq"), ("Ramadi", "الرمادي", 33.42, 43.30, "Iraq"),
         ("Baqubah", "بعقوبة", 33.75, 44.64, "Iraq"), ("Kirkuk", "كركوك", 35.47, 44.39, "Iraq"),
         ("Taizz", "تعز", 13.58, 44.02, "Yemen"), ("Aden", "عدن", 12.78, 45.04, "Yemen"),
         ("Marib", "مأرب", 15.46, 45.33, "Yemen"), ("Saada", "صعدة", 16.94, 43.76, "Yemen"),
         ("Arish", "العريش", 31.13, 33.80, "Egypt"), ("Rafah", "رفح", 31.28, 34.24, "Egypt"),
         ("Mogadishu", "مقديشو", 2.04, 45.34, "Somalia"), ("Kabul", "كابول", 34.53, 69.17, "Afghanistan")]
TYPES = [SubEventType.AIR_STRIKE, SubEventType.SHELLING, SubEventType.ARMED_CLASH,
         SubEventType.REMOTE_EXPLOSIVE, SubEventType.SUICIDE_BOMB, SubEventType.ATTACK,
         SubEventType.ABDUCTION, SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS]
ACTORS = [None, "Islamic State (Iraq)", "Military Forces of Syria (2000-)", "Houthi Movement",
          "Libyan National Army", "Al Shabaab", "Unidentified Armed Group (Syria)"]
_SENT = re.compile(r"[^.!؟?\n]{40,300}[.!؟?]")


def sentences() -> list[str]:
    out = []
    for line in (SHARED / "dev_articles" / "articles.jsonl").read_text("utf-8").splitlines():
        out.extend(m.group(0).strip() for m in _SENT.finditer(json.loads(line)["text"]))
    return out


def make(rng: random.Random, sents: list[str], n: int, aid: str, day: date, sub: SubEventType,
         town, dlat: float, dlon: float, actor1) -> Event:
    text = sents[n % len(sents)]
    span = Span(0, len(text))
    name, name_ar, lat, lon, country = town
    return Event(make_event_id(aid, span, sub.value), day, 1, sub, actor1, None,
                 Location(name, name_ar, round(lat + dlat, 4), round(lon + dlon, 4), 1, None, country),
                 (Source(aid, "Outlet %d" % (n % 17), day + timedelta(days=1), span, text),),
                 fatalities=rng.choice([None, 0, 1, 2, 3, 5, 10]), confidence=0.6)


def random_event(rng: random.Random, sents: list[str], n: int, prefix: str, first: date, days: int) -> Event:
    return make(rng, sents, n, f"{prefix}-{n}", first + timedelta(days=rng.randrange(days)),
                rng.choice(TYPES), rng.choice(TOWNS), rng.uniform(-0.45, 0.45), rng.uniform(-0.45, 0.45),
                rng.choice(ACTORS))


def build_store(path: Path, size: int, sents: list[str], batch: int = 20000) -> float:
    rng = random.Random(7)
    store = Store(f"sqlite:///{path}")
    t = time.perf_counter()
    for i in range(0, size, batch):
        store.write_batch([], [random_event(rng, sents, n, "old", date(2010, 1, 1), 5479)
                               for n in range(i, min(size, i + batch))])
    store.close()
    return time.perf_counter() - t


def new_events(store_size: int, sents: list[str], count: int) -> list[Event]:
    """`count` new events in 60 days of 2024; a fifth re-report stored events of those days."""
    rng = random.Random(11)
    window_start = date(2024, 6, 1)
    out = []
    old_rng = random.Random(7)  # replay the store's generator to find events of the window
    olds = []
    for n in range(store_size):
        e = random_event(old_rng, sents, n, "old", date(2010, 1, 1), 5479)
        if window_start <= e.event_date < window_start + timedelta(days=60):
            olds.append(e)
    for n in range(count):
        if olds and n % 5 == 0:
            o = rng.choice(olds)
            town = next(t for t in TOWNS if t[0] == o.location.name)
            out.append(make(rng, sents, n + 7, f"new-{n}", o.event_date, o.sub_event_type, town,
                            o.location.latitude - town[2] + rng.uniform(-0.03, 0.03),
                            o.location.longitude - town[3] + rng.uniform(-0.03, 0.03), o.actor1))
        else:
            out.append(random_event(rng, sents, n, "new", window_start, 60))
    return out


class _Undo(Exception):
    """Raised to roll the timed transaction back: the store is left as it was."""


def evict(path: Path) -> None:
    """Drop the database's pages from the OS cache (posix_fadvise DONTNEED on the file and its
    WAL): the next run reads from disk, as the first merge after a reboot would."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists() and hasattr(os, "posix_fadvise"):
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)  # dirty pages cannot be dropped
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def result_hash(result) -> str:
    """A digest of a merge's result (the events to write, as records, and the merge list): equal
    digests, equal merges — for checking that a speed-up changed no decision."""
    h = hashlib.sha1()
    for e in result.events_to_write:
        h.update(json.dumps(e.to_record(), sort_keys=True, ensure_ascii=False).encode())
    for m in result.merged:
        h.update(json.dumps(m, sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()[:12]


def timed_merge(path: Path, events: list[Event], cold: bool = False) -> tuple[float, int, int, str]:
    """The time of `merge_into_store` inside one ingest transaction (candidate lookups, merging,
    the merge tables' rows), then rolled back; and the result's digest (`result_hash`)."""
    if cold:
        evict(path)
    store = Store(f"sqlite:///{path}")
    out: list = []
    try:
        with store.transaction("bench") as tx:
            t = time.perf_counter()
            result = merge_into_store(tx, events)
            out = [time.perf_counter() - t, len(result.events_to_write), len(result.merged)]
            out.append(result_hash(result))
            raise _Undo
    except _Undo:
        pass
    store.close()
    return tuple(out)  # type: ignore[return-value]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,1000000", help="store sizes, comma-separated")
    ap.add_argument("--new", type=int, default=10000, help="new events merged")
    ap.add_argument("--db-dir", default=None, help="where to build the databases (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each merge (best and first reported)")
    ap.add_argument("--keep", action="store_true", help="keep the big stores (and reuse one found in --db-dir)")
    args = ap.parse_args()
    sents = sentences()
    tmp = Path(args.db_dir or tempfile.mkdtemp(prefix="rasd-bench-merge-"))
    warm = tmp / "warm.db"  # imports, regex compilation, first connections: out of the timings
    timed_merge(warm, new_events(0, sents, 200))
    warm.unlink(missing_ok=True)
    print(f"# bench_merge: {platform.python_version()} on {platform.machine()}, SQLite, {args.new} new events")
    for size in [int(s) for s in args.sizes.split(",")]:
        new = new_events(size, sents, args.new)
        empty = tmp / f"empty-{size}.db"
        Store(f"sqlite:///{empty}").close()
        runs0 = [timed_merge(empty, new, cold=(k == 0)) for k in range(args.repeat)]
        t_empty, w0, m0, h0 = min(runs0)
        big = tmp / f"store-{size}.db"
        t_build = 0.0 if args.keep and big.exists() else build_store(big, size, sents)
        Store(f"sqlite:///{big}").close()  # a kept store's pending migrations: applied before the timed runs
        runs1 = [timed_merge(big, new, cold=(k == 0)) for k in range(args.repeat)]
        t_big, w1, m1, h1 = min(runs1)
        print(f"store {size:>9,}: built in {t_build:6.1f}s | merge into empty {t_empty:6.2f}s "
              f"({w0} written, {m0} merged) | into store {t_big:6.2f}s ({w1} written, {m1} merged) "
              f"| ratio {t_big / t_empty:4.2f}x (best of {args.repeat}; first runs: "
              f"{runs0[0][0]:.2f}s / {runs1[0][0]:.2f}s = {runs1[0][0] / runs0[0][0]:.2f}x, the database "
              f"evicted from the OS cache before each)")
        print(f"  runs (s), the first cold: empty {' '.join(f'{r[0]:.2f}' for r in runs0)} | store "
              f"{' '.join(f'{r[0]:.2f}' for r in runs1)} | load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"  result digests: empty {h0}, store {h1} (10k into 1M, 2026-11-23: f8b6f3bae2db; "
              f"into empty: 3426c05553ee)")
        if not args.keep:
            big.unlink(missing_ok=True)
        empty.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
