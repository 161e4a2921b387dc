"""Place finding and geocoding against the gold events in ../shared (measured, never asserted).

Each article goes through the real pipeline (`rasd.pipeline.run`, title and publication date
included). For every gold event of seeds_gold.jsonl and dev_articles/gold.jsonl the trigger is the
one the event assembler would use: a cue of doc.triggers inside the gold evidence (same event type
first, then the strongest), else the nearest cue in the evidence's sentence, else the evidence's
first word. Places inside actor names are dropped as the assembler drops them. Reported:

* found: a place mention within `tol_km` of the gold point in the evidence's sentence;
* located: `geocode.locate(doc, trigger)` within `tol_km`, and within 161 km;
* country: the located country equals the country of the gazetteer place nearest the gold point.

    .venv/bin/python eval/places_recall.py [-v] [--core] [--only seeds|dev]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from rasd.arabic.normalize import fold_string  # noqa: E402
from rasd.extract import geocode  # noqa: E402
from rasd.model import Article, Doc, Span  # noqa: E402
from rasd.pipeline import run  # noqa: E402
from rasd.resources import Resources  # noqa: E402


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def articles() -> dict[str, Article]:
    out = {}
    for f in sorted((SHARED / "data/seeds").glob("*.txt")):
        text = f.read_text("utf-8")
        try:
            from rasd.arabic.dates import header_date
            pub = header_date(text)
        except ImportError:
            pub = None
        out[f.stem] = Article(f.stem, text, published=pub)
    p = SHARED / "data/dev_articles/articles.jsonl"
    if p.exists():
        for line in p.read_text("utf-8").splitlines():
            r = json.loads(line)
            pub = r.get("published")
            out[r["id"]] = Article(r["id"], r["text"], title=r.get("title"), outlet=r.get("outlet"),
                                   published=date.fromisoformat(pub) if pub else None)
    return out


def find_evidence(text: str, ev: str) -> Span | None:
    k = text.find(ev)
    if k >= 0:
        return Span(k, k + len(ev))
    f, ef = fold_string(text), fold_string(ev)
    k = f.find(ef)
    if k >= 0:
        return Span(k, min(len(text), k + len(ev)))  # folding keeps length for almost all text
    if len(ef) >= 25:
        k = f.find(ef[:25])
        if k >= 0:
            return Span(k, min(len(text), k + len(ev)))
    return None


def like_assembler(doc: Doc) -> Doc:
    """Places inside actor names ("أنصار بيت المقدس") dropped, as rasd.extract.events does."""
    if doc.actors and doc.places:
        kept = tuple(p for p in doc.places if not any(a.span.contains(p.span) and a.span != p.span
                                                        for a in doc.actors))
        return doc.with_(places=kept)
    return doc


def pick_trigger(doc: Doc, ev: Span, event_type: str) -> tuple[Span, str]:
    inside = [t for t in doc.triggers if ev.start <= t.span.start < ev.end]
    if inside:
        same = [t for t in inside if t.event_type is not None and t.event_type.value == event_type]
        pool = same or inside
        t = max(pool, key=lambda t: (t.sub_event_type is not None, t.weight, -t.span.start))
        return t.span, "cue in evidence"
    si = doc.sentence_of(ev)
    if si is not None:
        in_sent = [t for t in doc.triggers if doc.sentences[si].contains(t.span)]
        if in_sent:
            t = min(in_sent, key=lambda t: abs(t.span.start - ev.start))
            return t.span, "cue in sentence"
    first = ev.start + max(1, len(doc.text[ev.start:ev.end].split(" ")[0]))
    return Span(ev.start, min(first, len(doc.text))), "evidence start"


class CountryOf:
    """Country of the gazetteer place nearest a point (populated places of the region)."""

    def __init__(self, gaz) -> None:
        import numpy as np
        self.np = np
        pts, cc = [], []
        for i in range(len(gaz)):
            p = gaz._place(i)
            if p.lat is not None and p.kind.startswith("PPL"):
                pts.append((p.lat, p.lon))
                cc.append(p.country)
        self.pts = np.radians(np.array(pts))
        self.cc = cc

    def __call__(self, lat: float, lon: float) -> str:
        np = self.np
        la, lo = math.radians(lat), math.radians(lon)
        h = np.sin((self.pts[:, 0] - la) / 2) ** 2 + np.cos(la) * np.cos(self.pts[:, 0]) * np.sin((self.pts[:, 1] - lo) / 2) ** 2
        return self.cc[int(np.argmin(h))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--core", action="store_true", help="core events only")
    ap.add_argument("--only", choices=["seeds", "dev"])
    a = ap.parse_args()
    arts = articles()
    res = Resources.builtin()
    gaz = res.gazetteer
    country_of = CountryOf(gaz)
    docs: dict[str, Doc] = {}
    tot = {}
    for name, path in (("seeds", SHARED / "data/seeds_gold.jsonl"), ("dev", SHARED / "data/dev_articles/gold.jsonl")):
        if not path.exists() or (a.only and a.only != name):
            continue
        t = tot[name] = dict(n=0, found=0, tol=0, k161=0, country=0)
        for line in path.read_text("utf-8").splitlines():
            g = json.loads(line)
            if a.core and not g.get("core"):
                continue
            art = arts.get(g["article"])
            if art is None or g.get("lat") is None:
                continue
            if g["article"] not in docs:
                docs[g["article"]] = like_assembler(run(art, resources=res))
            doc = docs[g["article"]]
            t["n"] += 1
            ev = find_evidence(art.text, g["evidence"])
            if ev is None:
                if a.v:
                    print(f"  ? {g['gid']}: evidence not found")
                continue
            si = doc.sentence_of(ev)
            sent = doc.sentences[si] if si is not None else Span(0, len(art.text))
            gold = (g["lat"], g["lon"])
            tol = g.get("tol_km") or 25
            ms = [p for p in doc.places if sent.contains(p.span) and p.place is not None and p.place.lat is not None]
            found = any(km((p.place.lat, p.place.lon), gold) <= tol for p in ms)
            t["found"] += found
            trig, how = pick_trigger(doc, ev, g["event_type"])
            loc, why = geocode.locate(doc, trig, gazetteer=gaz)
            d = None if loc is None or loc.latitude is None else km((loc.latitude, loc.longitude), gold)
            ok = d is not None and d <= tol
            t["tol"] += ok
            t["k161"] += d is not None and d <= 161
            gc = country_of(*gold)
            t["country"] += loc is not None and loc.iso == gc
            if a.v and not ok:
                ds = "-" if d is None else f"{d:.0f} km"
                print(f"  x {g['gid']} gold '{g.get('place_ar')}' ({gc}) tol {tol}: found={found} "
                      f"trigger '{doc.span_text(trig)}' ({how}) -> {loc.name if loc else None} ({ds}) | {why}")
    for name, t in tot.items():
        n = t["n"]
        if n:
            print(f"{name}: {n} events; place within tol in the sentence {t['found']}/{n} ({t['found']/n:.0%}); "
                  f"locate within tol {t['tol']}/{n} ({t['tol']/n:.0%}); within 161 km {t['k161']}/{n} "
                  f"({t['k161']/n:.0%}); country right {t['country']}/{n} ({t['country']/n:.0%})")


if __name__ == "__main__":
    main()
