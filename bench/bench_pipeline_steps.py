"""Per-step CPU cost of the pipeline on the development articles, and articles/s per core.

Runs every step of `rasd.pipeline` on the 60 development articles (../shared/data/dev_articles;
the bundled examples/*.txt when that is missing), repeated, and times each step with
`time.process_time` (CPU time of this process, so other load on a shared machine counts less than
with wall time). Each round runs the whole set; the best round is kept per step and for the total.
Resources are loaded and the per-word caches warmed on one pass before timing.

    .venv/bin/python bench/bench_pipeline_steps.py [--repeat 5] [--rounds 5]

Reported, never asserted. Bars (issues 6 and 9): the whole pipeline >= 200 articles/s per core;
this bench aims at <= 4 ms/article (>= 250/s) so slower machines stay above the bar.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd.model import Article, Doc  # noqa: E402
from rasd.pipeline import steps  # noqa: E402
from rasd.resources import Resources  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "dev_articles" / "articles.jsonl"


def articles() -> tuple[list[Article], str]:
    if DEV.exists():
        out = []
        for line in DEV.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                pub = r.get("published")
                out.append(Article(str(r["id"]), r["text"], title=r.get("title"),
                                   published=date.fromisoformat(pub) if pub else None, outlet=r.get("outlet")))
        return out, "the 60 development articles"
    files = sorted((ROOT / "examples").glob("*.txt"))
    return [Article(p.stem, p.read_text("utf-8")) for p in files], "the bundled examples"


def one_round(arts: list[Article], res: Resources) -> tuple[dict[str, float], float]:
    """CPU seconds per step and in total for one pass over `arts`."""
    per = dict.fromkeys((name for name, _ in steps()), 0.0)
    clock = time.process_time
    t0 = clock()
    for a in arts:
        doc = Doc(a)
        for name, step in steps():
            t = clock()
            doc = step(doc, resources=res)
            per[name] += clock() - t
    return per, clock() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the articles per round (default 5)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds; the best is kept (default 5)")
    a = ap.parse_args()
    base, what = articles()
    arts = base * a.repeat
    n = len(arts)
    chars = sum(len(x.text) for x in base) / len(base)

    res = Resources.builtin()
    t = time.process_time()
    one_round(base, res)              # loads the resources and warms the per-word caches
    warm = time.process_time() - t

    best = dict.fromkeys((name for name, _ in steps()), float("inf"))
    best_total = float("inf")
    for _ in range(a.rounds):
        per, total = one_round(arts, res)
        for k, v in per.items():
            best[k] = min(best[k], v)
        best_total = min(best_total, total)

    ms = {k: v * 1000 / n for k, v in best.items()}
    total_ms = best_total * 1000 / n
    print(f"## Pipeline steps, CPU time ({what} x {a.repeat} = {n} articles, mean {chars:.0f} characters; "
          f"best of {a.rounds} rounds)\n")
    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; load average at start "
          f"{os.getloadavg()[0]:.1f}; first pass (resource load + warm-up) {warm:.2f} s CPU\n")
    print("| step | ms/article | share |\n|---|---|---|")
    for name, v in ms.items():
        print(f"| {name} | {v:.3f} | {v / total_ms:.0%} |")
    rate = 1000 / total_ms
    print(f"| **total** | **{total_ms:.2f}** | |\n")
    print(f"whole pipeline: **{rate:.0f} articles/s per core** (CPU time); bar >= 200: "
          f"{'met' if rate >= 200 else 'NOT met'}; aim <= 4 ms/article: {'met' if total_ms <= 4 else 'NOT met'}")


if __name__ == "__main__":
    main()
