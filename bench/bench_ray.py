"""Ray with 1 and 2 workers against the local engines, and (--check) identical outputs.

Speed: extraction only (`rasd.distributed.extract_batches`, every batch consumed by the caller as the
writer would), on the same corpus, for: local in-process, local 2 processes, Ray 1 worker, Ray 2
workers. Ray runs on a private local instance (`ray.init(num_cpus=W)`), started and warmed up
(every worker has loaded the resources) before the clock starts; start-up time is reported apart.

Check: the event records and error messages, batch by batch, of a local in-process run, a local
2-process run and a Ray 2-worker run are hashed and compared (default 10,000 articles). Each run
imports the code afresh (worker processes, Ray workers), so run it on a tree nobody is editing, e.g.
an export: `git archive HEAD | tar -x -C /tmp/rasd-snap && cd /tmp/rasd-snap && ...`.

    .venv/bin/python bench/bench_ray.py [--n 2000]
    .venv/bin/python bench/bench_ray.py --check [--n 10000]

Reported, never asserted. Bar (issue 9): 2 Ray workers >= 1.6x one.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def digest(path: Path, n: int, **kw) -> tuple[str, int, int, float]:
    """(sha1 of every batch's article ids, event records and errors; events; errors; seconds)."""
    from make_corpus import iter_corpus

    from rasd.distributed import extract_batches

    h = hashlib.sha1()
    events = errors = 0
    t0 = time.perf_counter()
    for arts, evs, errs in extract_batches(iter_corpus(path, n), **kw):
        h.update(json.dumps([[a.id for a in arts], [e.to_record() for e in evs], errs],
                            ensure_ascii=False, sort_keys=True).encode("utf-8"))
        events += len(evs)
        errors += len(errs)
    return h.hexdigest(), events, errors, time.perf_counter() - t0


def ray_start(workers: int, path: Path) -> float:
    """Start a local Ray instance of `workers` CPUs and warm every worker up; return seconds taken."""
    import ray

    from make_corpus import iter_corpus

    from rasd.distributed import extract_batches

    t0 = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False)
    for _ in extract_batches(iter_corpus(path, 20 * workers), engine="ray", workers=workers, batch_size=10):
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, help="articles (default 2000; 10000 with --check)")
    ap.add_argument("--check", action="store_true", help="compare local, 2-process and Ray outputs")
    ap.add_argument("--batch", type=int, default=50, help="articles a batch (default 50: enough batches "
                    "to keep 2 workers busy on a small corpus)")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs per engine; the best is kept")
    a = ap.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))
    import ray

    from bench_pipeline import machine
    from make_corpus import build

    n = a.n or (10000 if a.check else 2000)
    path = build(n)
    print(f"machine: {machine()}, Ray {ray.__version__}; load average at start {os.getloadavg()[0]:.1f}  ")
    if a.check:
        print(f"## Same outputs: local vs 2 processes vs Ray 2 workers ({n:,} articles)\n")
        print("| run | sha1 of batches (ids, records, errors) | events | errors | s |\n|---|---|---|---|---|")
        runs = {"local, in-process": digest(path, n, batch_size=a.batch),
                "local, 2 processes": digest(path, n, workers=2, batch_size=a.batch)}
        ray_start(2, path)
        try:
            runs["Ray, 2 workers"] = digest(path, n, engine="ray", workers=2, batch_size=a.batch)
        finally:
            ray.shutdown()
        for name, (h, ev, er, s) in runs.items():
            print(f"| {name} | `{h[:16]}` | {ev:,} | {er} | {s:.1f} |")
        same = len({r[0] for r in runs.values()}) == 1
        print(f"\n**{'IDENTICAL' if same else 'DIFFERENT'}** outputs across the three runs.")
        return

    print(f"## Engines: extraction of {n:,} articles (batches of {a.batch})\n")
    print("| engine | workers | s | articles/s | vs local in-process | start-up s |\n|---|---|---|---|---|---|")
    # warm the in-process resources first, as the Ray workers are warmed
    digest(path, 20)
    best = lambda **kw: min(digest(path, n, batch_size=a.batch, **kw)[3] for _ in range(a.repeat))  # noqa: E731
    base = best()
    print(f"| local | 1 (in-process) | {base:.1f} | {n / base:,.0f} | 1.00x | |", flush=True)
    pool = best(workers=2)
    print(f"| local | 2 processes | {pool:.1f} | {n / pool:,.0f} | {base / pool:.2f}x | (included) |", flush=True)
    ray_times = {}
    for w in (1, 2):
        start = ray_start(w, path)
        try:
            s = best(engine="ray", workers=w)
        finally:
            ray.shutdown()
        ray_times[w] = s
        print(f"| Ray | {w} | {s:.1f} | {n / s:,.0f} | {base / s:.2f}x | {start:.1f} |", flush=True)
    ratio = ray_times[1] / ray_times[2]
    print(f"\nRay 2 workers / 1 worker: **{ratio:.2f}x** (bar >= 1.6x: {'met' if ratio >= 1.6 else 'NOT met'}); "
          f"{os.cpu_count()} CPUs on this machine, shared by the workers and the driver.")


if __name__ == "__main__":
    main()
