#!/usr/bin/env python3
"""Fill the empty admin1 column of the gazetteer TSVs, offline and reproducibly.

    python scripts/fill_admin1.py            # rewrite rasd/resources/gazetteer{,_supplement}.tsv
    python scripts/fill_admin1.py --dry-run  # only print the per-country counts

Only an empty admin1 cell is written; every other cell, row, comment line, the header, the row
order and the line endings stay as they are. A row with an empty admin1 gets, in this order:

  (a) its parent's admin1 (the parent row's own, or the one this script gives it), when the parent
      is in the gazetteer and lies in the same country;
  (b) for an ADM1 row, its own name, when that name is an admin1 spelling the country's rows use;
  (c) the admin1 of the nearest reference rows of the same country within CAP_KM (great-circle
      distance): reference rows are rows of the main gazetteer that had an admin1 before this
      script ran and are populated places or admin units (kind PPL*, ADM1, ADM2). Of the (up to)
      three nearest within the cap the majority admin1 wins; with no majority, the nearest's.
      A row without coordinates stands at its parent's point.

Rows without a country, and PCLI (countries) and REGION rows, stay empty. Only admin1 spellings the
country's main-gazetteer rows already use are written. Filled rows are never references of
other rows (no chains across the map), so the result does not depend on the row order.
"""
from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

RES = Path(__file__).resolve().parent.parent / "rasd" / "resources"
MAIN = RES / "gazetteer.tsv"
SUPPLEMENT = RES / "gazetteer_supplement.tsv"
ADMIN1_COL = 6          # same column in both files
CAP_KM = 40.0
NEAREST = 3
SKIP_KINDS = {"PCLI", "REGION"}
CELL = 0.5              # degrees of the search grid


def is_reference_kind(kind: str) -> bool:
    return kind.startswith("PPL") or kind in ("ADM1", "ADM2")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class TsvFile:
    """A TSV kept line by line: comment, header and blank lines come back byte for byte."""

    def __init__(self, path: Path, ncols: int, parent_col: int):
        self.path = path
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        self.eol = "\r\n" if "\r\n" in text else "\n"
        self.lines = text.split(self.eol)
        self.ncols, self.parent_col = ncols, parent_col
        self.rows: dict[int, list[str]] = {}     # line number -> cells of a data row
        for n, line in enumerate(self.lines):
            if n == 0 or not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != ncols:
                sys.exit(f"{path}:{n + 1}: {len(cells)} columns, expected {ncols}")
            self.rows[n] = cells

    def write(self) -> None:
        for n, cells in self.rows.items():
            self.lines[n] = "\t".join(cells)
        self.path.write_bytes(self.eol.join(self.lines).encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--log", metavar="TSV", help="write every filled row with its rule and neighbours here")
    args = ap.parse_args()

    main_f = TsvFile(MAIN, 12, 10)
    sup_f = TsvFile(SUPPLEMENT, 11, 9)
    files = [main_f, sup_f]

    # every row: (file, line) -> id, kind, country, admin1, lat, lon, parent
    rows = {}
    by_id = {}
    for f in files:
        for n, c in f.rows.items():
            r = dict(id=c[0], name=c[1], kind=c[4], cc=c[5], admin1=c[ADMIN1_COL],
                     lat=float(c[7]) if c[7] else None, lon=float(c[8]) if c[8] else None,
                     parent=c[f.parent_col], key=(f, n))
            rows[(f, n)] = r
            by_id[r["id"]] = r

    spellings: dict[str, set[str]] = defaultdict(set)
    grid: dict[tuple[str, int, int], list[dict]] = defaultdict(list)
    for (f, n), r in rows.items():
        if f is main_f and r["admin1"] and r["cc"]:
            spellings[r["cc"]].add(r["admin1"])
    for (f, n), r in rows.items():
        if f is main_f and r["admin1"] and r["cc"] and r["lat"] is not None \
                and is_reference_kind(r["kind"]) and r["admin1"] in spellings[r["cc"]]:
            grid[(r["cc"], math.floor(r["lat"] / CELL), math.floor(r["lon"] / CELL))].append(r)

    def point(r, seen=()):
        if r["lat"] is not None:
            return r["lat"], r["lon"]
        p = by_id.get(r["parent"])
        if p is not None and p["id"] not in seen:
            return point(p, seen + (r["id"],))
        return None

    def nearest(r):
        pt = point(r)
        if pt is None:
            return None, None
        lat, lon = pt
        dlat = CAP_KM / 111.0
        dlon = CAP_KM / (111.32 * max(0.01, math.cos(math.radians(min(89.0, abs(lat) + dlat)))))
        found = []
        for i in range(math.floor((lat - dlat) / CELL), math.floor((lat + dlat) / CELL) + 1):
            for j in range(math.floor((lon - dlon) / CELL), math.floor((lon + dlon) / CELL) + 1):
                for ref in grid.get((r["cc"], i, j), ()):
                    if ref is r:
                        continue
                    d = km(lat, lon, ref["lat"], ref["lon"])
                    if d <= CAP_KM:
                        found.append((d, ref["id"], ref["admin1"]))
        if not found:
            return None, None
        found.sort()
        top = found[:NEAREST]
        votes = Counter(a for _, _, a in top)
        best, n = votes.most_common(1)[0]
        if n < 2:                                # no majority: the nearest
            best = top[0][2]
        return best, top

    result: dict[tuple, tuple[str, str]] = {}   # key -> (admin1, rule)

    def fill(r, seen=()):
        if r["admin1"]:
            return r["admin1"]
        if r["key"] in result:
            return result[r["key"]][0]
        value, rule = "", ""
        if r["cc"] and r["kind"] not in SKIP_KINDS:
            p = by_id.get(r["parent"]) if r["parent"] else None
            if p is not None and p["cc"] == r["cc"] and p["id"] not in seen:
                value = fill(p, seen + (r["id"],))
                rule = "parent" if value else ""
            if not value and r["kind"] == "ADM1" and r["name"] in spellings[r["cc"]]:
                value, rule = r["name"], "own name"
            if not value:
                value, top = nearest(r)
                value = value or ""
                rule = "nearest " + "; ".join(f"{i} {a} {d:.1f}km" for d, i, a in top) if value else ""
        if value and value not in spellings[r["cc"]]:
            sys.exit(f"{r['id']}: {value!r} is not an admin1 spelling of {r['cc']}")
        result[r["key"]] = (value, rule)
        return value

    for r in rows.values():
        fill(r)

    before = {f: Counter() for f in files}
    after = {f: Counter() for f in files}
    rules = Counter()
    log = []
    for (f, n), r in rows.items():
        if r["admin1"]:
            continue
        before[f][r["cc"] or "--"] += 1
        value, rule = result[(f, n)]
        if value:
            f.rows[n][ADMIN1_COL] = value
            rules[(f.path.name, rule.split(" ")[0])] += 1
            log.append("\t".join([f.path.name, r["id"], r["name"], r["kind"], r["cc"], value, rule]))
        else:
            after[f][r["cc"] or "--"] += 1

    for f in files:
        print(f"{f.path.name}: empty admin1 before -> after, per country")
        for cc, k in sorted(before[f].items(), key=lambda x: (-x[1], x[0])):
            print(f"  {cc}\t{k}\t-> {after[f][cc]}\t(filled {k - after[f][cc]})")
        print(f"  total\t{sum(before[f].values())}\t-> {sum(after[f].values())}")
    for (name, rule), k in sorted(rules.items()):
        print(f"{name}: {k} by {rule}")
    if args.log:
        Path(args.log).write_text("file\tid\tname\tkind\tcountry\tadmin1\trule\n"
                                  + "".join(x + "\n" for x in log), encoding="utf-8")
    if not args.dry_run:
        for f in files:
            f.write()


if __name__ == "__main__":
    main()
