"""The ingest writer's memory and time as the store grows: extraction done once, its output replayed.

`--base` bench articles (make_corpus.py, real Arabic text) go through the pipeline once; their
extracted batches (articles, events, annotation docs) are then written again and again through
`rasd.distributed.write_extracted` (the merge + `Store.write_batch` transaction `rasd ingest` runs),
each round with new article ids, into a new SQLite store. Two ways to replay:

- `--density grow` (default): dates and places unchanged, so every round reports the same events
  again and the stored events gather one more source each round (what a corpus that keeps telling
  the same stories does: events per type, place and day grow with the corpus);
- `--density flat`: dates shifted 61 days a round, so the new events meet an empty window.

Every `--every` rounds: the writer's current and peak RSS, the time of the last round, the largest
and mean number of sources of a stored event and the mean stored record size.

    .venv/bin/python bench/bench_writer.py [--base 1000] [--rounds 30] [--density grow|flat]

Reported, never asserted.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import pickle
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from rasd.model import Source, make_event_id  # noqa: E402


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident set of this process in MiB."""
    cur = 0.0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
    return cur, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extracted(n: int) -> list[tuple[list, list, list]]:
    """[(articles, events, docs)] of the first `n` bench articles, in batches of 200 (cached)."""
    cache = Path(tempfile.gettempdir()) / "rasd-bench" / f"extracted-{n}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from make_corpus import build, iter_corpus

    from rasd.distributed import extract_batches
    out = [tuple(b) for b in extract_batches(iter_corpus(build(n), n), batch_size=200, keep_docs=True)]
    out = [(a, e, d) for a, e, _, d in out]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


def renamed(batch: tuple[list, list, list], r: int, shift_days: int) -> tuple[list, list, list]:
    arts, evs, docs = batch
    new_id = {a.id: f"r{r:04d}-{a.id}" for a in arts}
    shift = timedelta(days=shift_days)
    arts2 = [dataclasses.replace(a, id=new_id[a.id], published=a.published + shift if a.published else None) for a in arts]
    by_id = {a.id: a for a in arts2}
    docs2 = [d.with_(article=by_id[new_id[d.article.id]]) for d in docs]
    evs2 = []
    for e in evs:
        srcs = tuple(Source(new_id.get(s.article_id, s.article_id), s.outlet,
                            s.published + shift if s.published else None, s.evidence, s.text) for s in e.sources)
        first = srcs[0]
        evs2.append(e.with_(event_id=make_event_id(first.article_id, first.evidence, e.sub_event_type.value),
                            event_date=e.event_date + shift if e.event_date else None, sources=srcs))
    return arts2, evs2, docs2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=int, default=1000, help="bench articles extracted once (default 1000)")
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--every", type=int, default=5, help="report every N rounds")
    ap.add_argument("--density", choices=("grow", "flat"), default="grow")
    ap.add_argument("--db", help="SQLite file (default: a new one under $TMPDIR/rasd-bench/)")
    a = ap.parse_args()
    from sqlalchemy import func, select

    from rasd.distributed import _default_merge, write_extracted
    from rasd.store import Store
    from rasd.store.schema import events as events_table

    batches = extracted(a.base)
    n_arts = sum(len(b[0]) for b in batches)
    path = Path(a.db or Path(tempfile.gettempdir()) / "rasd-bench" / f"writer-{a.density}-{os.getpid()}.db")
    merge = _default_merge()
    gc.collect()
    print(f"## writer replay, density {a.density}: {n_arts} articles, "
          f"{sum(len(b[1]) for b in batches)} events a round; load average {os.getloadavg()[0]:.1f}\n")
    print("| articles | RSS now / peak (MiB) | last round (s) | stored events | sources max / mean | record bytes mean |")
    print("|---|---|---|---|---|---|")
    with Store(f"sqlite:///{path}") as store:
        for r in range(a.rounds):
            t = time.perf_counter()
            for b in batches:
                arts, evs, docs = renamed(b, r, 61 * r if a.density == "flat" else 0)
                write_extracted(store, arts, evs, docs=docs, merge=merge)
            secs = time.perf_counter() - t
            if (r + 1) % a.every == 0 or r == 0:
                with store.reading() as conn:
                    n, size = conn.execute(select(func.count(), func.avg(func.length(events_table.c.record)))).one()
                    srcs = conn.execute(select(func.max(func.json_array_length(events_table.c.record, "$.sources")),
                                               func.avg(func.json_array_length(events_table.c.record, "$.sources")))).one()
                cur, peak = rss_mib()
                print(f"| {(r + 1) * n_arts:,} | {cur:.0f} / {peak:.0f} | {secs:.1f} | {n:,} | "
                      f"{srcs[0]} / {srcs[1]:.1f} | {size:,.0f} |", flush=True)
    if not a.db:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
