"""Per-step CPU cost of the pipeline on the development articles, and articles/s per core.

Runs every step of `rasd.pipeline` on the 60 development articles (../shared/data/dev_articles;
the bundled examples/*.txt when that is missing), repeated, and times each step with
`time.process_time` (CPU time of this process, so other load on a shared machine counts less than
with wall time). Each round runs the whole set; the best round is kept per step and for the total.
Resources are loaded and the per-word caches warmed on one pass before timing.

`--corpus bench --n 1000` times the bench corpus instead (bench/make_corpus.py: news-length
articles, more event cues than the dev articles): the caches are warmed on 300 other articles of
it, and each round is ONE pass over the n articles, as a real stream sees them (a set repeated in a
tight loop keeps the gate's weights and the lexicons in the CPU caches and reads ~1.5x faster).

The garbage collector's time (gc.callbacks) is taken out of the step it fell in and shown as its
own row: a full collection walks every object alive (the loaded resources, the caches), ~0.1 s
each, and lands in whichever step happened to allocate at that moment.

    .venv/bin/python bench/bench_pipeline_steps.py [--repeat 5] [--rounds 5]
    .venv/bin/python bench/bench_pipeline_steps.py --corpus bench --n 1000 --rounds 3

Reported, never asserted. Bars (issues 6 and 9): the whole pipeline >= 200 articles/s per core;
this bench aims at <= 4 ms/article (>= 250/s) so slower machines stay above the bar.
"""
from __future__ import annotations

import argparse
import gc
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


def bench_articles(n: int, warm: int = 300) -> tuple[list[Article], list[Article], str]:
    """(warm-up articles, timed articles, description) from the bench corpus."""
    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import build, iter_corpus
    arts = list(iter_corpus(build(max(1000, n + warm)), n + warm))
    return arts[:warm], arts[warm:], f"{n} bench-corpus articles (bench/make_corpus.py), one pass a round"


class _GCTimer:
    """CPU seconds spent in the garbage collector (gc.callbacks), since the process started timing."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._start = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.spent += time.process_time() - self._start


def one_round(arts: list[Article], res: Resources, gct: _GCTimer) -> tuple[dict[str, float], float]:
    """CPU seconds per step (the collector's time apart, under "gc") and in total for one pass."""
    per = dict.fromkeys((name for name, _ in steps()), 0.0)
    per["gc"] = 0.0
    clock = time.process_time
    gate_time = [0.0]
    gate = getattr(res, "gate", None)
    if gate is not None:        # the learned gate's scoring, inside the events step: shown apart
        score_many = type(gate).score_many

        def timed(texts):
            g, t = gct.spent, clock()
            out = score_many(gate, texts)
            gate_time[0] += clock() - t - (gct.spent - g)
            return out
        gate.score_many = timed
    g0 = gct.spent
    t0 = clock()
    try:
        for a in arts:
            doc = Doc(a)
            for name, step in steps():
                g = gct.spent
                t = clock()
                doc = step(doc, resources=res)
                per[name] += clock() - t - (gct.spent - g)
    finally:
        if gate is not None:
            del gate.score_many
    per["gc"] = gct.spent - g0
    per[GATE_ROW] = gate_time[0]
    return per, clock() - t0


GATE_ROW = "(events: of which the gate's scoring)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5, help="passes over the articles per round (default 5)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds; the best is kept (default 5)")
    ap.add_argument("--corpus", choices=("dev", "bench"), default="dev",
                    help="dev: the development articles repeated (default); bench: the bench corpus, one pass")
    ap.add_argument("--n", type=int, default=1000, help="bench-corpus articles timed (default 1000)")
    ap.add_argument("--gc-freeze", action="store_true",
                    help="gc.freeze() after the warm-up (what a worker could do once its resources are "
                         "loaded: full collections then skip them)")
    a = ap.parse_args()
    if a.corpus == "bench":
        warm_set, base, what = bench_articles(a.n)
        arts = base
        what = f"{what} (warmed on {len(warm_set)} others)"
    else:
        base, what = articles()
        warm_set = base
        arts = base * a.repeat
        what = f"{what} x {a.repeat}"
    n = len(arts)
    chars = sum(len(x.text) for x in base) / len(base)

    res = Resources.builtin()
    gct = _GCTimer()
    t = time.process_time()
    one_round(warm_set, res, gct)     # loads the resources and warms the per-word caches
    warm = time.process_time() - t
    if a.gc_freeze:
        gc.freeze()
        what = f"{what}; gc.freeze() after the warm-up"

    best = dict.fromkeys([*(name for name, _ in steps()), "gc", GATE_ROW], float("inf"))
    best_total = float("inf")
    for _ in range(a.rounds):
        per, total = one_round(arts, res, gct)
        for k, v in per.items():
            best[k] = min(best[k], v)
        best_total = min(best_total, total)

    ms = {k: v * 1000 / n for k, v in best.items()}
    total_ms = best_total * 1000 / n
    print(f"## Pipeline steps, CPU time ({what} = {n} articles, mean {chars:.0f} characters; "
          f"best of {a.rounds} rounds)\n")
    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; load average at start "
          f"{os.getloadavg()[0]:.1f}; first pass (resource load + warm-up) {warm:.2f} s CPU\n")
    print("| step | ms/article | share |\n|---|---|---|")
    for name, v in ms.items():
        print(f"| {name} | {v:.3f} | {'' if name == GATE_ROW else f'{v / total_ms:.0%}'} |")
    rate = 1000 / total_ms
    print(f"| **total** | **{total_ms:.2f}** | |\n")
    print(f"whole pipeline: **{rate:.0f} articles/s per core** (CPU time); bar >= 200: "
          f"{'met' if rate >= 200 else 'NOT met'}; aim <= 4 ms/article: {'met' if total_ms <= 4 else 'NOT met'}")


if __name__ == "__main__":
    main()
