"""Throughput of the Arabic text layer, per core (reported, never asserted).

Fold alone, then fold + clean + sentences + tokens + numbers + dates (+ distances), over the sample
articles and, when present, the development articles in ../shared (repeated to ~20 MB of text).

    PYTHONPATH=. .venv/bin/python bench/bench_text.py [--mb 20]
"""
from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from rasd import clean
from rasd.arabic import dates, distances, numbers, sentences, tokens
from rasd.arabic.normalize import fold
from rasd.model import Article, Doc

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    dev = ROOT.parent / "shared" / "data" / "dev_articles" / "articles.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.open(encoding="utf-8")]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="megabytes of text to process (default 20)")
    args = ap.parse_args()
    base = corpus()
    base_bytes = sum(len(t.encode("utf-8")) for t in base)
    reps = max(1, int(args.mb * 1e6 / base_bytes))
    texts = base * reps
    nbytes = base_bytes * reps
    nchars = sum(map(len, base)) * reps
    print(f"{len(texts)} articles, {nbytes / 1e6:.1f} MB UTF-8, {nchars / 1e6:.1f} M chars")

    t0 = time.perf_counter()
    for t in texts:
        fold(t)
    dt = time.perf_counter() - t0
    print(f"fold:                          {nbytes / 1e6 / dt:7.2f} MB/s  {nchars / 1e6 / dt:6.2f} Mchar/s")

    pub = date(2016, 8, 6)
    stages = [("clean", clean.mask_boilerplate), ("sentences", sentences.add_sentences),
              ("tokens", lambda d, resources=None: tokens.add_tokens(d)), ("numbers", numbers.add_numbers),
              ("dates", dates.add_dates), ("distances", distances.add_distances)]
    cost = {name: 0.0 for name, _ in stages}
    cost["fold"] = 0.0
    n = min(len(texts), max(len(base), int(len(texts) / 4)))   # a quarter of the text is enough here
    sub_bytes = nbytes * n / len(texts)
    for t in texts[:n]:
        a = time.perf_counter()
        f, om = fold(t)
        doc = Doc(Article("b", t, published=pub), f, om)
        b = time.perf_counter()
        cost["fold"] += b - a
        for name, step in stages:
            a = time.perf_counter()
            doc = step(doc, resources=None)
            cost[name] += time.perf_counter() - a
    total = sum(cost.values())
    upto_dates = total - cost["distances"]
    print(f"fold+clean+sentences+tokens+numbers+dates: {sub_bytes / 1e6 / upto_dates:7.2f} MB/s "
          f"({n / upto_dates:,.0f} articles/s)")
    print(f"... + distances:               {sub_bytes / 1e6 / total:7.2f} MB/s ({n / total:,.0f} articles/s)")
    for name, c in cost.items():
        print(f"  {name:10s} {1e3 * c / n:7.3f} ms/article")


if __name__ == "__main__":
    main()
