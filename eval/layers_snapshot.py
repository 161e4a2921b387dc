"""Snapshot of the text layers, to prove a speed-up changed nothing (never shipped, never asserted in tests).

Runs the pipeline up to the triggers on the sample articles (examples/*.txt), the 60 development
articles and the first 500 GSR sentences, and writes every layer the text steps produce — masks,
sentences, tokens, numbers, dates, distances, places, actors, triggers — plus the modality phrase
matches the events step reads, one JSON line per (document, layer). The actors are also dumped as
found with no places, so the actors step can be checked while someone changes the places step. `--check` compares a fresh run
with the saved file and names the first differing documents per layer.

    .venv/bin/python eval/layers_snapshot.py --save   # before a change
    .venv/bin/python eval/layers_snapshot.py --check  # after it: exit 0 when byte-identical

Places are someone else's step; when they change, actors (which read the places' countries) may
change with them: the report says so rather than blaming the actors step.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.score_dev import SHARED, jsonl_articles, seeds  # noqa: E402
from rasd.model import Article, Doc  # noqa: E402
from rasd.pipeline import run  # noqa: E402
from rasd.resources import Resources  # noqa: E402

DEFAULT = ROOT / "eval" / "out" / "layers_snapshot.jsonl"
LAYERS = ("masks", "sentences", "tokens", "numbers", "dates", "distances", "places", "actors",
          "actors_without_places", "triggers", "modality")


def corpus() -> list[Article]:
    arts = list(seeds())
    arts += jsonl_articles(SHARED / "data" / "dev_articles" / "articles.jsonl")
    arts += jsonl_articles(SHARED / "data" / "arabic_event_gsr" / "dev.jsonl")[:500]
    return arts


def _sp(s) -> list[int]:
    return [s.start, s.end]


def layers(doc: Doc, res: Resources) -> dict[str, list]:
    from rasd.extract.actors import find_actors
    mods = res.triggers.modality_index.find(doc)
    bare = find_actors(doc.with_(places=()), res.actors)
    return {
        "masks": [[*_sp(m.span), m.reason] for m in doc.masks],
        "sentences": [_sp(s) for s in doc.sentences],
        "tokens": [[*_sp(t.span), t.fstart, t.fend, t.norm, t.sentence] for t in doc.tokens],
        "numbers": [[*_sp(n.span), repr(n.value), n.approximate, n.kind] for n in doc.numbers],
        "dates": [[*_sp(d.span), d.value.isoformat(), d.precision, d.kind] for d in doc.dates],
        "distances": [[*_sp(d.span), *_sp(d.anchor), repr(d.km), repr(d.bearing), d.relation]
                      for d in doc.distances],
        "places": [[*_sp(p.span), p.place.id if p.place else None, p.cue, repr(p.score)] for p in doc.places],
        "actors": [[*_sp(a.span), repr(a.actor), a.surface] for a in doc.actors],
        "actors_without_places": [[*_sp(a.span), repr(a.actor), a.surface] for a in bare],
        "triggers": [[*_sp(t.span), t.sub_event_type.value if t.sub_event_type else None, repr(t.weight),
                      t.lemma, t.sentence, t.cue, t.prefix] for t in doc.triggers],
        "modality": [[*_sp(m.span), *_sp(m.full), m.first, m.last, m.value.pattern, m.value.kind, m.prefix]
                     for m in mods],
    }


def snapshot() -> list[str]:
    res = Resources.builtin()
    lines = []
    for a in corpus():
        doc = run(a, resources=res, until="triggers")
        for name, value in layers(doc, res).items():
            lines.append(json.dumps({"doc": a.id, "layer": name, "value": value}, ensure_ascii=False))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", action="store_true")
    g.add_argument("--check", action="store_true")
    ap.add_argument("--file", type=Path, default=DEFAULT)
    a = ap.parse_args()
    lines = snapshot()
    text = "\n".join(lines) + "\n"
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    if a.save:
        a.file.parent.mkdir(parents=True, exist_ok=True)
        a.file.write_text(text, "utf-8")
        print(f"saved {len(lines)} layer lines to {a.file} (sha1 {digest})")
        return 0
    old = a.file.read_text("utf-8")
    if old == text:
        print(f"identical: {len(lines)} layer lines (sha1 {digest})")
        return 0
    before = {(r["doc"], r["layer"]): r["value"] for r in map(json.loads, old.splitlines())}
    diffs: dict[str, list[str]] = defaultdict(list)
    for ln in lines:
        r = json.loads(ln)
        if before.get((r["doc"], r["layer"])) != r["value"]:
            diffs[r["layer"]].append(r["doc"])
    for layer in LAYERS:
        if diffs.get(layer):
            print(f"DIFFERENT {layer}: {len(diffs[layer])} docs, e.g. {diffs[layer][:5]}")
    if diffs.get("places"):
        print("note: places changed (not a text step); actors read the places' countries: "
              "'actors_without_places' is the actors step's own check")
    return 1


if __name__ == "__main__":
    sys.exit(main())
