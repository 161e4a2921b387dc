"""Place finding and geocoding against the gold events in ../shared (measured, never asserted).

For every gold event of seeds_gold.jsonl and dev_articles/gold.jsonl: is there a place mention within
`tol_km` of the gold point in the sentence holding the evidence ("found"), and does
`geocode.locate` on that sentence land within `tol_km` ("located") with the right country?

    .venv/bin/python eval/places_recall.py [-v] [--core]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from rasd.arabic.normalize import fold_string  # noqa: E402
from rasd.extract import geocode  # noqa: E402
from rasd.model import Article, Span  # noqa: E402
from rasd.pipeline import steps  # noqa: E402

NEEDED = ("fold", "clean", "sentences", "tokens", "distances", "places")


def run_places(article: Article, res: Resources):
    """The steps place finding needs (others' steps may be mid-change; a failing optional one is skipped)."""
    from rasd.model import Doc
    doc = Doc(article)
    for name, step in steps():
        if name not in NEEDED:
            continue
        try:
            doc = step(doc, resources=res)
        except Exception as e:  # noqa: BLE001 - measuring tool: report and go on
            if name in ("fold", "tokens", "places"):
                raise
            print(f"  (step {name} failed: {e.__class__.__name__}: {e})", file=sys.stderr)
    return doc
from rasd.resources import Resources  # noqa: E402


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def articles() -> dict[str, str]:
    out = {}
    for f in sorted((SHARED / "data/seeds").glob("*.txt")):
        out[f.stem] = f.read_text("utf-8")
    p = SHARED / "data/dev_articles/articles.jsonl"
    if p.exists():
        for line in p.read_text("utf-8").splitlines():
            r = json.loads(line)
            out[r["id"]] = r["text"]
    return out


def find_evidence(text: str, ev: str) -> int:
    k = text.find(ev)
    if k >= 0:
        return k
    f, ef = fold_string(text), fold_string(ev)
    k = f.find(ef)
    if k >= 0:
        return k   # folding keeps length for almost all text; close enough for a sentence lookup
    return f.find(ef[:25]) if len(ef) >= 25 else -1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--core", action="store_true", help="core events only")
    a = ap.parse_args()
    texts = articles()
    res = Resources.builtin()
    gaz = res.gazetteer
    docs = {}
    tot = {"seeds": [0, 0, 0, 0, 0], "dev": [0, 0, 0, 0, 0]}
    for name, path in (("seeds", SHARED / "data/seeds_gold.jsonl"), ("dev", SHARED / "data/dev_articles/gold.jsonl")):
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            g = json.loads(line)
            if a.core and not g.get("core"):
                continue
            text = texts.get(g["article"])
            if text is None or g.get("lat") is None:
                continue
            if g["article"] not in docs:
                docs[g["article"]] = run_places(Article(g["article"], text), res)
            doc = docs[g["article"]]
            t = tot[name]
            t[0] += 1
            k = find_evidence(text, g["evidence"])
            if k < 0:
                if a.v:
                    print(f"  ? {g['gid']}: evidence not found")
                continue
            si = doc.sentence_of(Span(k, k + 1))
            sent = doc.sentences[si] if si is not None else Span(0, len(text))
            gold = (g["lat"], g["lon"])
            tol = g.get("tol_km") or 25
            ms = [p for p in doc.places if sent.contains(p.span) and p.place is not None and p.place.lat is not None]
            found = any(km((p.place.lat, p.place.lon), gold) <= tol for p in ms)
            t[1] += found
            trig = Span(k, min(len(text), k + max(1, len(g["evidence"].split()[0]) if g["evidence"].split() else 1)))
            loc, why = geocode.locate(doc, trig, gazetteer=gaz)
            ok = loc is not None and loc.latitude is not None and km((loc.latitude, loc.longitude), gold) <= tol
            t[2] += ok
            ok161 = loc is not None and loc.latitude is not None and km((loc.latitude, loc.longitude), gold) <= 161
            t[3] += ok161
            gcountry = min(((km((p.lat, p.lon), gold), p.country) for p in
                            [gaz.capital(c) for c in ("LY", "SY", "IQ", "YE", "SD", "EG", "TR", "PK", "AF", "SA", "TN")]
                            if p is not None), default=(0, None))[1]
            if loc is not None:
                t[4] += 1
            if a.v and not ok:
                d = "-" if loc is None or loc.latitude is None else f"{km((loc.latitude, loc.longitude), gold):.0f} km"
                print(f"  x {g['gid']} gold '{g.get('place_ar')}' tol {tol}: found={found} -> {loc.name if loc else None} "
                      f"({d}) | {why}")
    for name, t in tot.items():
        if t[0]:
            print(f"{name}: {t[0]} events; place within tol in the sentence {t[1]}/{t[0]} ({t[1]/t[0]:.0%}); "
                  f"locate within tol {t[2]}/{t[0]} ({t[2]/t[0]:.0%}); within 161 km {t[3]}/{t[0]} ({t[3]/t[0]:.0%})")


if __name__ == "__main__":
    main()
