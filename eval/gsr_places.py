"""Where the GSR 'yes' sentences' events happened, for a person to review (measured, never asserted).

Runs each ASSAULT-yes and PROTEST-yes sentence of ../shared/data/arabic_event_gsr/dev.jsonl through
the pipeline as a one-sentence article with no publication date and prints, per sentence, its id,
each event's location (name, country, precision, the Arabic it was read from) and the place reason,
then the place mentions of the sentence (span text -> place, country, cue). Nothing is written into
the repository (the GSR text stays in ../shared); with `--text` the sentence itself is printed too.

    .venv/bin/python eval/gsr_places.py [--text] [--type ASSAULT|PROTEST] [--mentions] [--grep WORD]

A summary line counts the events by country and the events with no location.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from rasd.model import Article  # noqa: E402
from rasd.pipeline import process_article, run  # noqa: E402


def sentences(kind: str | None) -> list[dict]:
    path = SHARED / "data" / "arabic_event_gsr" / "dev.jsonl"
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r["label"] == "yes" and (kind is None or r["event_type"] == kind):
            out.append(r)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--text", action="store_true", help="print each sentence too")
    ap.add_argument("--type", choices=["ASSAULT", "PROTEST"])
    ap.add_argument("--mentions", action="store_true", help="list every place mention of the sentence")
    ap.add_argument("--grep", help="only sentences containing this text")
    a = ap.parse_args()
    countries: Counter = Counter()
    n_events = no_loc = 0
    for r in sentences(a.type):
        if a.grep and a.grep not in r["text"]:
            continue
        art = Article(r["id"], r["text"])
        events = process_article(art)
        print(f"== {r['id']}")
        if a.text:
            print("   " + r["text"])
        for ev in events:
            n_events += 1
            loc = ev.location
            place = next((x for x in ev.reasons if x.startswith("place:")), "")
            if loc is None or loc.name is None:
                no_loc += 1
                print(f"   {ev.event_type.value:28s} -> (none)  {place}")
                continue
            countries[loc.iso] += 1
            print(f"   {ev.event_type.value:28s} -> {loc.name} [{loc.iso}] p{loc.geo_precision} "
                  f"'{loc.name_ar}'  {place}")
        if a.mentions or not events:
            doc = run(art, until="places")
            for p in doc.places:
                what = f"{p.place.name} [{p.place.country}] {p.place.kind}" if p.place else "(unknown)"
                print(f"     . '{doc.span_text(p.span)}' -> {what} cue={p.cue}")
    print(f"# {n_events} events, {no_loc} without a location; by country: "
          + ", ".join(f"{c}:{n}" for c, n in countries.most_common()))


if __name__ == "__main__":
    main()
