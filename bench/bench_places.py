"""Place finding speed with the full gazetteer loaded, and the gazetteer's load time and memory.

    .venv/bin/python bench/bench_places.py [--repeat 20]

Reported, never asserted. Uses the sample articles in examples/ (and the development articles in
../shared when present). Load time and memory are measured in a fresh subprocess.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOAD = """
import resource, time, tracemalloc, sys
sys.path.insert(0, %r)
r0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
from rasd.resources.gazetteer import Gazetteer
g = Gazetteer.builtin()
dt = time.perf_counter() - t
r1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(dt, (r1 - r0) / 1024, len(g))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    out = subprocess.run([sys.executable, "-c", LOAD % str(ROOT)], capture_output=True, text=True, check=True)
    load_s, mem_mb, rows = out.stdout.split()
    print(f"gazetteer load: {float(load_s):.2f} s, +{float(mem_mb):.0f} MB max RSS, {rows} places")

    from rasd.arabic import sentences, tokens
    from rasd.extract.places import add_places
    from rasd.model import Article, Doc
    from rasd.pipeline import fold_text
    from rasd.resources import Resources
    res = Resources.builtin()
    res.gazetteer  # noqa: B018 - load before timing
    texts = [f.read_text("utf-8") for f in sorted((ROOT / "examples").glob("*.txt"))]
    dev = ROOT.parent / "shared/data/dev_articles/articles.jsonl"
    if dev.exists():
        texts += [json.loads(x)["text"] for x in dev.read_text("utf-8").splitlines()]
    docs = []
    for i, t in enumerate(texts):
        d = fold_text(Doc(Article(str(i), t)), resources=res)
        d = sentences.add_sentences(d, resources=res)
        docs.append(tokens.add_tokens(d))
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    n = 0
    for _ in range(a.repeat):
        for d in docs:
            add_places(d, resources=res)
            n += 1
    dt = time.perf_counter() - t0
    print(f"place finding: {n / dt:.0f} articles/s on one core ({dt / n * 1000:.2f} ms/article, "
          f"{len(docs)} articles of {chars // len(docs)} chars on average, x{a.repeat})")


if __name__ == "__main__":
    main()
