"""Build a benchmark corpus of any size from REAL Arabic text only, as JSONL (never committed).

Sources (whatever is present): the bundled sample articles (examples/*.txt), the development
articles (../shared/data/dev_articles/articles.jsonl) and the Arabic event sentences
(../shared/data/arabic_event_gsr/dev.jsonl). Nothing is invented: an article is either a real
article under a new id, or 5-14 real newswire sentences recombined into one news-length text
(about the length of the real articles, ~1.8k characters). Ids, outlets and publication dates are
drawn at random (seeded, so a size always gives the same corpus).

    .venv/bin/python bench/make_corpus.py 10000 [--out /tmp/rasd-bench/corpus-10000.jsonl] [--seed 7]

Prints the path written. `iter_corpus(path)` streams it back as rasd.model.Article.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUTLETS = ["Asharq Al-Awsat", "Al Riyadh", "Okaz", "Al Jazirah", "Al Wasat", "Sabq", "Al Yaum", "Al Madina"]
WHOLE_SHARE = 0.4   # share of articles that are a whole real article; the rest are recombined sentences


def real_texts() -> tuple[list[tuple[str | None, str]], list[str]]:
    """(whole articles as (title, text), single sentences) from the available real sources."""
    whole: list[tuple[str | None, str]] = []
    sents: list[str] = []
    for p in sorted((ROOT / "examples").glob("*.txt")):
        whole.append((None, p.read_text("utf-8")))
    dev = SHARED / "dev_articles" / "articles.jsonl"
    if dev.exists():
        for line in dev.read_text("utf-8").splitlines():
            r = json.loads(line)
            whole.append((r.get("title"), r["text"]))
    gsr = SHARED / "arabic_event_gsr" / "dev.jsonl"
    if gsr.exists():
        for line in gsr.read_text("utf-8").splitlines():
            t = json.loads(line)["text"].strip()
            if len(t) >= 40:
                sents.append(t)
    if not whole:
        raise SystemExit("no real articles found (examples/*.txt)")
    return whole, sents


def make_records(n: int, seed: int = 7) -> Iterator[dict]:
    rnd = random.Random(seed)
    whole, sents = real_texts()
    start = date(2014, 1, 1)
    for k in range(n):
        published = start + timedelta(days=rnd.randrange(4 * 365))
        rec = {"id": f"bench-{seed}-{k:08d}", "outlet": rnd.choice(OUTLETS), "published": published.isoformat(),
               "url": None, "title": None}
        if not sents or rnd.random() < WHOLE_SHARE:
            title, text = rnd.choice(whole)
            rec["title"], rec["text"] = title, text
        else:
            picked = rnd.sample(sents, rnd.randint(5, 14))
            # paragraphs of 1-3 sentences, as news sites lay them out
            paras, i = [], 0
            while i < len(picked):
                j = i + rnd.randint(1, 3)
                paras.append(" ".join(picked[i:j]))
                i = j
            rec["text"] = "\n\n".join(paras)
        yield rec


def build(n: int, out: Path | None = None, seed: int = 7) -> Path:
    """Write the corpus of `n` articles (reusing an existing file of the same size and seed)."""
    out = out or Path(tempfile.gettempdir()) / "rasd-bench" / f"corpus-{n}-s{seed}.jsonl"
    if out.exists() and out.stat().st_size > 0:
        with out.open("rb") as fh:
            if sum(1 for _ in fh) == n:
                return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in make_records(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def iter_corpus(path: Path, limit: int | None = None):
    """Stream the corpus back as Articles (one line at a time)."""
    sys.path.insert(0, str(ROOT))
    from rasd.model import Article

    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            r = json.loads(line)
            yield Article(r["id"], r["text"], title=r.get("title"), outlet=r.get("outlet"), url=r.get("url"),
                          published=date.fromisoformat(r["published"]) if r.get("published") else None,
                          origin=f"{path}:{i + 1}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", type=Path, help="output .jsonl (default: $TMPDIR/rasd-bench/corpus-N-sSEED.jsonl)")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    print(build(a.n, a.out, a.seed))


if __name__ == "__main__":
    main()
