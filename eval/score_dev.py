"""Quality on the development data in ../shared (never shipped, never asserted in tests).

Runs the pipeline on the seed articles, the 60 development articles and the GSR sentences, writes
the predictions to eval/out/, and prints the scorers' figures.

    .venv/bin/python eval/score_dev.py [--only seeds|dev|gsr] [-v] [--no-gate]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "eval" / "out"
sys.path.insert(0, str(ROOT))

from rasd.model import Article  # noqa: E402
from rasd.pipeline import process_article  # noqa: E402
from rasd.resources import Resources  # noqa: E402


def _header_date(text: str):
    try:
        from rasd.arabic.dates import header_date
    except ImportError:
        return None
    return header_date(text)


def seeds() -> list[Article]:
    arts = []
    for p in sorted((SHARED / "data" / "seeds").glob("*.txt")):
        text = p.read_text("utf-8")
        arts.append(Article(p.stem, text, published=_header_date(text)))
    return arts


def jsonl_articles(path: Path) -> list[Article]:
    arts = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        pub = r.get("published")
        arts.append(Article(str(r["id"]), r["text"], title=r.get("title"),
                            published=date.fromisoformat(pub) if pub else None, outlet=r.get("outlet")))
    return arts


def run(name: str, arts: list[Article], merge: bool = True) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{name}.jsonl"
    t0 = time.perf_counter()
    n = 0
    events = [ev for a in arts for ev in process_article(a)]
    if merge:
        from rasd.merge import merge_events
        events = merge_events(events)  # what `rasd extract` prints
    with out.open("w", encoding="utf-8") as fh:
        for ev in events:
            fh.write(json.dumps(ev.to_record(), ensure_ascii=False) + "\n")
            n += 1
    dt = time.perf_counter() - t0
    print(f"{name}: {len(arts)} articles, {n} events, {dt:.1f}s ({len(arts) / dt:.0f} articles/s)")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["seeds", "dev", "gsr"])
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--no-gate", action="store_true", help="rules alone, without the learned gate")
    ap.add_argument("--no-merge", action="store_true", help="events per article, before rasd.merge")
    a = ap.parse_args()
    if a.no_gate:
        Resources.builtin()._given["gate"] = None
    v = ["-v"] if a.v else []
    if a.only in (None, "seeds"):
        p = run("seeds", seeds(), not a.no_merge)
        subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"),
                        str(SHARED / "data" / "seeds_gold.jsonl"), str(p), *v])
    if a.only in (None, "dev"):
        p = run("dev", jsonl_articles(SHARED / "data" / "dev_articles" / "articles.jsonl"), not a.no_merge)
        subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"),
                        str(SHARED / "data" / "dev_articles" / "gold.jsonl"), str(p), *v])
    if a.only in (None, "gsr"):
        gsr = SHARED / "data" / "arabic_event_gsr" / "dev.jsonl"
        p = run("gsr", jsonl_articles(gsr), not a.no_merge)
        subprocess.run([sys.executable, str(SHARED / "tools" / "score_gsr.py"), str(gsr), str(p)])


if __name__ == "__main__":
    main()
