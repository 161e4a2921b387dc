"""Pipeline speed on one core: articles/s, the ratio to the floor, and the cost of each step.

The floor is reading the same corpus (JSONL → Article) and folding each text
(`rasd.arabic.normalize.fold`): the least any run must do. The pipeline is reading + every step of
`rasd.pipeline` (the events). Resources are loaded before timing (their load time is reported).

    .venv/bin/python bench/bench_pipeline.py [--n 2000] [--repeat 3]

Reported, never asserted. Bars (issue 9): >= 200 articles/s per core, pipeline <= 20x the floor.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import build, iter_corpus  # noqa: E402

from rasd.arabic.normalize import fold  # noqa: E402
from rasd.model import Doc  # noqa: E402
from rasd.pipeline import process_article, steps  # noqa: E402
from rasd.resources import Resources  # noqa: E402


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            model = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), model)
    except OSError:
        pass
    return (f"{os.cpu_count()} CPUs ({model}), {mem:.0f} GiB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def time_floor(path: Path, n: int) -> float:
    t0 = time.perf_counter()
    for a in iter_corpus(path, n):
        fold(a.text)
    return time.perf_counter() - t0


def time_pipeline(path: Path, n: int, res: Resources) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds of this process, events, failed articles)."""
    events = errors = 0
    c0 = time.process_time()
    t0 = time.perf_counter()
    for a in iter_corpus(path, n):
        try:
            events += len(process_article(a, resources=res))
        except Exception:  # noqa: BLE001 - counted, the bench goes on
            errors += 1
    return time.perf_counter() - t0, time.process_time() - c0, events, errors


def time_steps(path: Path, n: int, res: Resources) -> dict[str, float]:
    per: dict[str, float] = defaultdict(float)
    for a in iter_corpus(path, n):
        doc = Doc(a)
        try:
            for name, step in steps():
                t = time.perf_counter()
                doc = step(doc, resources=res)
                per[name] += time.perf_counter() - t
        except Exception:  # noqa: BLE001
            continue
    return per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is kept (default 3)")
    a = ap.parse_args()
    path = build(a.n)
    chars = sum(len(x.text) for x in iter_corpus(path, a.n))

    t = time.perf_counter()
    res = Resources.builtin()
    res.gazetteer, res.actors, res.triggers  # noqa: B018 - load now, not inside the timing
    process_article(next(iter_corpus(path, 1)), resources=res)
    load = time.perf_counter() - t

    floor = min(time_floor(path, a.n) for _ in range(a.repeat))
    runs = [time_pipeline(path, a.n, res) for _ in range(a.repeat)]
    best, cpu, events, errors = min(runs)
    per = time_steps(path, a.n, res)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate = a.n / best
    print(f"## Pipeline on one core ({a.n} articles, mean {chars / a.n:.0f} characters)\n")
    print(f"machine: {machine()}; load average at start {os.getloadavg()[0]:.1f}  ")
    print(f"resources loaded in {load:.2f} s; peak RSS {rss:.0f} MiB\n")
    print("| measure | value | bar |\n|---|---|---|")
    print(f"| floor (read + fold) | {a.n / floor:,.0f} articles/s ({floor * 1000 / a.n:.3f} ms/article) | |")
    print(f"| whole pipeline | **{rate:,.0f} articles/s per core** ({best * 1000 / a.n:.2f} ms/article) "
          f"| >= 200: {'met' if rate >= 200 else 'NOT met'} |")
    print(f"| whole pipeline, per CPU-second | {a.n / cpu:,.0f} articles/s (less sensitive to other load "
          "on the machine) | |")
    print(f"| pipeline / floor | **{best / floor:.1f}x** | <= 20x: {'met' if best / floor <= 20 else 'NOT met'} |")
    print(f"| events found | {events:,} ({errors} articles failed) | |\n")
    total = sum(per.values()) or 1.0
    print("| step | ms/article | share |\n|---|---|---|")
    for name, _ in steps():
        print(f"| {name} | {per[name] * 1000 / a.n:.3f} | {per[name] / total:.0%} |")


if __name__ == "__main__":
    main()
