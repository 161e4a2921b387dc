"""Records per real event, and wrong merges, after `rasd ingest` (pipeline + incremental merge).

Ingests the seed articles (../shared/data/seeds/*.txt) and the 60 development articles
(../shared/data/dev_articles/articles.jsonl) into a new SQLite store with `rasd.distributed.ingest`
(the code `rasd ingest` runs: batches, `merge_into_store`, `write_batch`), then compares the stored
events with the hand-coded gold (seeds_gold.jsonl, dev_articles/gold.jsonl).

How the gold is read. Gold events are coded per article (`gid`, `article`); the gold has no field
linking the reports of one real event across articles, so they are linked here: two gold events of
DIFFERENT articles are one real event when they have the same sub_event_type, lie within the smaller
of their `tol_km` of each other, and their dates (when both are known) are within the larger
`date_tol_days` (default 1). Real events are the connected groups of such links. Two gold events of
the SAME article are always two events (the coder coded them apart).

How a stored event is tied to gold. Each of its sources (article + evidence span) is mapped to the
gold event of that article whose evidence quote overlaps the source's evidence (several: same
event_type first, then nearest); failing that, to the nearest gold event of that article with the
event's event_type within its `tol_km` of the event's location (the scorer's rule).

Reported:
- records per matched real event: for every real event some stored event is tied to, the number of
  distinct stored events tied to it (bar ≤ 1.1), over all real events and over those with a core
  member;
- wrong merges: a stored event tied to gold events of different event types, or of places further
  apart than the larger of their tolerances (bar: none);
- split reports (real events with more than one record) and same-article merges of two gold events
  of the same type and place (not counted as wrong: ACLED codes one type × place × day as one event),
  listed with -v.

    .venv/bin/python eval/records_per_event.py [-v] [--batch-size N] [--only seeds|dev]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

from rasd.arabic.normalize import fold  # noqa: E402
from rasd.distributed import ingest  # noqa: E402
from rasd.ingest import read_paths  # noqa: E402
from rasd.store import Store  # noqa: E402


def km(a: float, b: float, c: float, d: float) -> float:
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def load_gold(only: str | None) -> list[dict]:
    files = {"seeds": SHARED / "seeds_gold.jsonl", "dev": SHARED / "dev_articles" / "gold.jsonl"}
    out = []
    for name, path in files.items():
        if only and only != name:
            continue
        out.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return out


def evidence_spans(gold: list[dict], texts: dict[str, str]) -> dict[str, tuple[int, int] | None]:
    """Each gold event's evidence quote located in its article's original text (folded match)."""
    folded: dict[str, tuple[str, object]] = {}
    out: dict[str, tuple[int, int] | None] = {}
    for g in gold:
        text = texts.get(g["article"])
        quote = (g.get("evidence") or "").strip()
        if text is None or not quote:
            out[g["gid"]] = None
            continue
        i = text.find(quote)
        if i >= 0:
            out[g["gid"]] = (i, i + len(quote))
            continue
        if g["article"] not in folded:
            folded[g["article"]] = fold(text)
        ftext, omap = folded[g["article"]]
        fq = fold(quote)[0]
        j = ftext.find(fq)
        if j < 0 and len(fq) > 40:  # quotes are sometimes trimmed or lightly edited: try the head
            j = ftext.find(fq[:40])
            fq = fq[:40] if j >= 0 else fq
        out[g["gid"]] = omap.to_original(j, j + len(fq)) if j >= 0 else None  # type: ignore[attr-defined]
    return out


def same_real_event(a: dict, b: dict, *, undated: bool = False) -> bool:
    """Reports of one real event in two articles: same sub-event type, within the smaller
    tolerance, and on the same day (within the larger date tolerance). With `undated`, a pair
    where a date is missing links too (the loose reading)."""
    if a["article"] == b["article"] or a["sub_event_type"] != b["sub_event_type"]:
        return False
    if km(a["lat"], a["lon"], b["lat"], b["lon"]) > min(a["tol_km"], b["tol_km"]):
        return False
    if not (a.get("date") and b.get("date")):
        return undated
    gap = abs((date.fromisoformat(a["date"]) - date.fromisoformat(b["date"])).days)
    return gap <= max(a.get("date_tol_days") or 1, b.get("date_tol_days") or 1)


def real_events(gold: list[dict], *, undated: bool = False) -> dict[str, int]:
    """gid → real-event number. Groups are joined only when EVERY pair across them is linked
    (complete linkage), so an undated report cannot chain two different days into one event."""
    groups: list[list[dict]] = [[g] for g in gold]
    changed = True
    while changed:
        changed = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if all(same_real_event(a, b, undated=undated) for a in groups[i] for b in groups[j]):
                    groups[i].extend(groups.pop(j))
                    changed = True
                    break
            if changed:
                break
    return {g["gid"]: n for n, grp in enumerate(groups) for g in grp}


def tie(event: dict, gold_by_article: dict[str, list[dict]], spans: dict[str, tuple[int, int] | None]
        ) -> list[tuple[dict, str | None]]:
    """[(source record, gid or None)] for one stored event record."""
    loc = event["location"]
    out = []
    for s in event["sources"]:
        cands = gold_by_article.get(s["article_id"], [])
        s0, s1 = s["evidence"]["start"], s["evidence"]["end"]

        def dist(g: dict) -> float:
            if loc.get("latitude") is None:
                return 1e9
            return km(g["lat"], g["lon"], loc["latitude"], loc["longitude"])

        over = [g for g in cands if spans.get(g["gid"]) and spans[g["gid"]][0] < s1 and s0 < spans[g["gid"]][1]]
        if over:
            g = min(over, key=lambda g: (g["event_type"] != event["event_type"], dist(g)))
            out.append((s, g["gid"]))
            continue
        near = [g for g in cands if g["event_type"] == event["event_type"] and dist(g) <= g["tol_km"]]
        out.append((s, min(near, key=dist)["gid"] if near else None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--batch-size", type=int, default=200, help="ingest batch size (rasd ingest: 200)")
    ap.add_argument("--only", choices=["seeds", "dev"], default=None)
    args = ap.parse_args()
    paths = []
    if args.only in (None, "seeds"):
        paths.append(SHARED / "seeds")
    if args.only in (None, "dev"):
        paths.append(SHARED / "dev_articles" / "articles.jsonl")
    articles = list(read_paths(paths))
    texts = {a.id: a.text for a in articles}
    gold = load_gold(args.only)
    gold_by_id = {g["gid"]: g for g in gold}
    gold_by_article: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        gold_by_article[g["article"]].append(g)
    spans = evidence_spans(gold, texts)

    with tempfile.TemporaryDirectory(prefix="rasd-rpe-") as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'rpe.db'}")
        t = time.perf_counter()
        summary = ingest(articles, store, batch_size=args.batch_size)
        dt = time.perf_counter() - t
        records = [e.to_record() for e in store.iter_events()]
        store.close()
    print(f"# records_per_event: {len(articles)} articles ({summary['articles_processed']} processed, "
          f"{summary['articles_failed']} failed) ingested in batches of {args.batch_size} in {dt:.1f} s: "
          f"{summary['events_found']} events found, {len(records)} stored ({summary['events_merged']} merges); "
          f"gold: {len(gold)} events ({sum(g['core'] for g in gold)} core), "
          f"{sum(1 for x in spans.values() if x is None)} evidence quotes not found in their article")
    ties = {rec["event_id"]: tie(rec, gold_by_article, spans) for rec in records}
    for reading, undated in (("strict (cross-article links need both dates)", False),
                             ("loose (undated reports link too)", True)):
        report(reading, records, ties, gold_by_id, real_events(gold, undated=undated),
               verbose=args.verbose and not undated)


def report(reading: str, records: list[dict], ties: dict[str, list], gold_by_id: dict[str, dict],
           real: dict[str, int], *, verbose: bool) -> None:
    members: dict[int, list[str]] = defaultdict(list)
    for gid, r in real.items():
        members[r].append(gid)
    by_id = {rec["event_id"]: rec for rec in records}
    tied_events: dict[int, set[str]] = defaultdict(set)   # real event → stored events of its type
    wrong, same_place = [], []
    unmatched_sources = 0
    for rec in records:
        gids = sorted({gid for _, gid in ties[rec["event_id"]] if gid})
        unmatched_sources += sum(1 for _, gid in ties[rec["event_id"]] if gid is None)
        for gid in gids:
            if gold_by_id[gid]["event_type"] == rec["event_type"]:  # a wrongly typed record is not a copy
                tied_events[real[gid]].add(rec["event_id"])
        for i, a in enumerate(gids):
            for b in gids[i + 1:]:
                ga, gb = gold_by_id[a], gold_by_id[b]
                if real[a] == real[b]:
                    continue
                d = km(ga["lat"], ga["lon"], gb["lat"], gb["lon"])
                if ga["event_type"] != gb["event_type"]:
                    wrong.append((rec, a, b, f"types {ga['event_type']} / {gb['event_type']}"))
                elif d > max(ga["tol_km"], gb["tol_km"]):
                    wrong.append((rec, a, b, f"places {ga['place_ar']} / {gb['place_ar']} {d:.0f} km apart "
                                             f"(tolerances {ga['tol_km']}/{gb['tol_km']})"))
                else:
                    same_place.append((rec, a, b, f"{d:.0f} km, {ga['sub_event_type']} / {gb['sub_event_type']}"))

    def rate(keep) -> str:
        rs = [r for r in tied_events if keep(r)]
        n_rec = sum(len(tied_events[r]) for r in rs)
        return f"{(n_rec / len(rs) if rs else float('nan')):.3f} ({n_rec} records / {len(rs)})"

    core = lambda r: any(gold_by_id[g]["core"] for g in members[r])  # noqa: E731
    multi = lambda r: len({gold_by_id[g]["article"] for g in members[r]}) > 1  # noqa: E731
    print(f"\n## {reading}: {len(members)} real events, {sum(1 for r in members if multi(r))} reported "
          f"by several articles")
    print(f"records per matched real event: all {rate(lambda r: True)}; with a core member {rate(core)}; "
          f"reported by several articles {rate(multi)}   [bar <= 1.1]")
    print(f"wrong merges (different types, or places beyond tolerance): {len({id(w[0]) for w in wrong})} "
          f"stored events ({len(wrong)} gold pairs)   [bar: 0]; same-type same-place gold events merged: "
          f"{len(same_place)} pairs; sources tied to no gold event: {unmatched_sources}")
    if not verbose:
        return
    for rec, a, b, why in wrong:
        print(f"  WRONG {rec['event_id']} {rec['sub_event_type']} {rec['location']['name_ar']}: {a} + {b}: {why}")
        for s in rec["sources"]:
            print(f"        {s['article_id']}@{s['evidence']['start']}: {s['evidence']['text'][:90]}")
    for r in sorted(tied_events, key=lambda r: -len(tied_events[r])):
        if len(tied_events[r]) > 1:
            print(f"  SPLIT {sorted(members[r])}: {len(tied_events[r])} records")
            for eid in sorted(tied_events[r]):
                rec = by_id[eid]
                loc = rec["location"]
                print(f"    {eid} {rec['sub_event_type']} {rec['event_date']} tp{rec['time_precision']} "
                      f"{loc['name_ar']} gp{loc['geo_precision']} ({loc['latitude']},{loc['longitude']}) "
                      f"{rec['actor1']} / {rec['actor2']}")
                for s in rec["sources"]:
                    print(f"        {s['article_id']}@{s['evidence']['start']}: {s['evidence']['text'][:100]}")
    for rec, a, b, why in same_place:
        print(f"  SAME-PLACE {rec['event_id']}: {a} + {b}: {why}")


if __name__ == "__main__":
    main()
