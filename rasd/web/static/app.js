/* rasd's map page: Leaflet map (clustered markers), timeline with a brush, filters, detail panel.
   The server filters and clusters (/api/clusters, /api/stats), so the page works at 100,000 events.
   Everything from the data is added as DOM text nodes (see common.js), never as HTML. */
"use strict";

(function () {
  const { el, clear, getJSON, typeClass } = RASD;
  const body = document.body;
  const countBox = document.getElementById("count");
  const detail = document.getElementById("detail");
  const state = { filters: {}, brush: null, seq: 0, stats: null };

  // ------------------------------------------------------------------ map
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomSnap: 1 }).setView([29, 22], 5);
  map.attributionControl.setPrefix(false);
  const tileUrl = body.dataset.tileUrl;
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: "map tiles: " + new URL(tileUrl.replace(/[{}]/g, ""), location.href).host })
      .addTo(map);
  }
  map.attributionControl.addAttribution("outlines: Natural Earth");
  map.createPane("outlines").style.zIndex = "350";   // above tiles (200), below markers (600)
  getJSON("/static/outlines.geojson").then((data) => {
    L.geoJSON(data, {
      pane: "outlines",
      interactive: false,
      style: (f) => (f.properties.kind === "country"
        ? { className: "outline-country", weight: 1.2, fill: !tileUrl, fillOpacity: 1 }
        : { className: "outline-admin1", weight: 0.6, fill: false }),
    }).addTo(map);
  }).catch(() => { /* the map still works without outlines */ });

  const clusterGroup = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 45,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: (cluster) => {
      const counts = {};
      let fatalities = 0;
      for (const m of cluster.getAllChildMarkers()) {
        counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
        fatalities += m.options.fatalities || 0;
      }
      return clusterIcon(cluster.getChildCount(), counts, fatalities);
    },
  }).addTo(map);
  const cellLayer = L.layerGroup().addTo(map);

  function dominant(counts) {
    let best = null;
    for (const [t, n] of Object.entries(counts)) if (best === null || n > counts[best]) best = t;
    return best;
  }

  function clusterIcon(n, counts, fatalities) {
    const size = Math.round(Math.min(64, 28 + 6 * Math.log2(n)));
    const node = el("div", { class: "cluster " + typeClass(dominant(counts)),
                             title: n + " events, " + fatalities + " reported deaths" },
                    el("span", {}, n >= 10000 ? Math.round(n / 1000) + "k" : n));
    return L.divIcon({ html: node, className: "cluster-icon", iconSize: [size, size] });
  }

  function markerSize(fatalities) {
    return Math.round(Math.min(44, 14 + 5 * Math.sqrt(fatalities || 0)));
  }

  function pointMarker(p) {
    const [id, lat, lon, type, fatalities] = p;
    const size = markerSize(fatalities);
    const node = el("div", { class: "dot " + typeClass(type) }, fatalities ? el("span", {}, fatalities) : null);
    const m = L.marker([lat, lon], {
      icon: L.divIcon({ html: node, className: "event-marker", iconSize: [size, size] }),
      eventType: type, fatalities: fatalities || 0, eventId: id,
      title: type + (fatalities ? " · " + fatalities + " killed" : ""),
      keyboard: true,
    });
    m.on("click", () => {
      document.querySelectorAll(".dot.selected").forEach((d) => d.classList.remove("selected"));
      node.classList.add("selected");
      showEvent(id);
    });
    return m;
  }

  function cellMarker(c) {
    const m = L.marker([c.lat, c.lon], { icon: clusterIcon(c.count, c.types, c.fatalities), keyboard: true });
    m.on("click", () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, map.getMaxZoom())));
    return m;
  }

  // ------------------------------------------------------------------ filters
  function filterParams(withDates) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    if (withDates && state.brush) { p.set("from", state.brush[0]); p.set("to", state.brush[1]); }
    return p;
  }

  function viewBbox() {
    const b = map.getBounds();
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    let w = b.getWest(), e = b.getEast();
    if (e - w >= 360) { w = -180; e = 180; }
    w = clamp(w, 180); e = clamp(e, 180);
    if (w > e) { w = -180; e = 180; }
    return [w, clamp(b.getSouth(), 90), e, clamp(b.getNorth(), 90)].map((x) => x.toFixed(4)).join(",");
  }

  async function loadMap() {
    const seq = ++state.seq;
    const p = filterParams(true);
    p.set("bbox", viewBbox());
    p.set("zoom", String(map.getZoom()));
    countBox.dataset.state = "loading";
    try {
      const data = await getJSON("/api/clusters?" + p.toString());
      if (seq !== state.seq) return;   // a newer request is on its way
      clusterGroup.clearLayers();
      cellLayer.clearLayers();
      if (data.mode === "points") clusterGroup.addLayers(data.points.map(pointMarker));
      else for (const c of data.cells) cellLayer.addLayer(cellMarker(c));
      // a capped count (total_capped: more than `total` match) reads "10,000+ events"
      countBox.textContent = data.total.toLocaleString("en") + (data.total_capped ? "+" : "") +
        (data.total === 1 && !data.total_capped ? " event" : " events") + " in view";
      countBox.dataset.total = String(data.total);
      countBox.dataset.mode = data.mode;
      countBox.dataset.state = "ready";
    } catch (err) {
      if (seq !== state.seq) return;
      countBox.textContent = "error: " + err.message;
      countBox.dataset.state = "error";
    }
  }

  let moveTimer = null;
  map.on("moveend", () => { clearTimeout(moveTimer); moveTimer = setTimeout(loadMap, 150); });

  const form = document.getElementById("filters");
  function readFilters() {
    state.filters = {
      type: document.getElementById("f-type").value,
      actor: document.getElementById("f-actor").value.trim(),
      country: document.getElementById("f-country").value.trim(),
      q: document.getElementById("f-q").value.trim(),
    };
  }
  form.addEventListener("submit", (ev) => { ev.preventDefault(); readFilters(); refresh(); });
  document.getElementById("f-type").addEventListener("change", () => { readFilters(); refresh(); });
  document.getElementById("f-reset").addEventListener("click", () => {
    form.reset(); readFilters(); setBrush(null); refresh();
  });

  function refresh() { loadMap(); loadTimeline(); }

  // ------------------------------------------------------------------ timeline
  const svg = document.getElementById("timeline");
  const SVG = "http://www.w3.org/2000/svg";
  const brushLabel = document.getElementById("brush-label");
  const brushClear = document.getElementById("brush-clear");
  const DAY = 86400000;
  const tl = { days: [], t0: 0, t1: 0, width: 0, height: 0, pad: 28 };

  function svgEl(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }
  const dayMs = (s) => Date.parse(s + "T00:00:00Z");
  const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

  async function loadTimeline() {
    try {
      const p = filterParams(false);
      p.set("parts", "per_day");
      state.stats = await getJSON("/api/stats?" + p.toString());
    } catch (err) {
      state.stats = { per_day: [] };
    }
    drawTimeline();
  }

  function drawTimeline() {
    clear(svg);
    const days = (state.stats && state.stats.per_day) || [];
    const rect = svg.getBoundingClientRect();
    tl.width = Math.max(200, rect.width); tl.height = Math.max(60, rect.height);
    svg.setAttribute("viewBox", "0 0 " + tl.width + " " + tl.height);
    tl.days = days;
    if (!days.length) {
      const t = svgEl("text", { x: tl.width / 2, y: tl.height / 2, "text-anchor": "middle", class: "tl-empty" });
      t.textContent = "no dated events";
      svg.appendChild(t);
      return;
    }
    tl.t0 = dayMs(days[0][0]);
    tl.t1 = dayMs(days[days.length - 1][0]) + DAY;
    const span = Math.max(tl.t1 - tl.t0, 7 * DAY);
    tl.t1 = tl.t0 + span;
    const max = Math.max(...days.map((d) => d[1]));
    const plotH = tl.height - 22, x0 = tl.pad, plotW = tl.width - 2 * tl.pad;
    const bw = Math.max(1, (plotW * DAY) / span - 1);
    svg.appendChild(svgEl("line", { x1: x0, x2: x0 + plotW, y1: plotH + 0.5, y2: plotH + 0.5, class: "tl-axis" }));
    for (const [day, n] of days) {
      const x = x0 + ((dayMs(day) - tl.t0) / span) * plotW;
      const h = Math.max(2, (n / max) * (plotH - 8));
      const bar = svgEl("rect", { x: x.toFixed(1), y: (plotH - h).toFixed(1), width: bw.toFixed(1), height: h.toFixed(1),
                                  class: "tl-bar", "data-day": day });
      const title = svgEl("title", {});
      title.textContent = day + ": " + n + (n === 1 ? " event" : " events");
      bar.appendChild(title);
      svg.appendChild(bar);
    }
    const ticks = Math.min(6, Math.max(2, Math.floor(plotW / 140)));
    for (let i = 0; i <= ticks; i++) {
      const t = tl.t0 + (span * i) / ticks;
      const label = svgEl("text", { x: x0 + (plotW * i) / ticks, y: tl.height - 6, "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle", class: "tl-tick" });
      label.textContent = isoDay(Math.min(t, tl.t1 - DAY));
      svg.appendChild(label);
    }
    const maxLabel = svgEl("text", { x: 4, y: 12, class: "tl-tick" });
    maxLabel.textContent = String(max);
    svg.appendChild(maxLabel);
    tl.brushRect = svgEl("rect", { x: 0, y: 0, width: 0, height: plotH, class: "tl-brush" });
    svg.appendChild(tl.brushRect);
    paintBrush();
  }

  function xToDay(x) {
    const plotW = tl.width - 2 * tl.pad;
    const f = Math.max(0, Math.min(1, (x - tl.pad) / plotW));
    return Math.floor((tl.t0 + f * (tl.t1 - tl.t0)) / DAY) * DAY;
  }
  function dayToX(ms) {
    const plotW = tl.width - 2 * tl.pad;
    return tl.pad + ((ms - tl.t0) / (tl.t1 - tl.t0)) * plotW;
  }

  function paintBrush() {
    const bars = svg.querySelectorAll(".tl-bar");
    if (!state.brush) {
      if (tl.brushRect) tl.brushRect.setAttribute("width", "0");
      bars.forEach((b) => b.classList.remove("tl-out"));
      brushLabel.textContent = "drag across the timeline to filter by date";
      brushClear.hidden = true;
      return;
    }
    const [a, b] = state.brush;
    if (tl.brushRect && tl.days.length) {
      const xa = dayToX(dayMs(a)), xb = dayToX(dayMs(b) + DAY);
      tl.brushRect.setAttribute("x", xa.toFixed(1));
      tl.brushRect.setAttribute("width", Math.max(2, xb - xa).toFixed(1));
    }
    bars.forEach((bar) => bar.classList.toggle("tl-out", bar.dataset.day < a || bar.dataset.day > b));
    brushLabel.textContent = a === b ? a : a + " → " + b;
    brushClear.hidden = false;
  }

  function setBrush(range) {
    state.brush = range;
    paintBrush();
  }

  function svgX(ev) {
    const r = svg.getBoundingClientRect();
    return ((ev.clientX - r.left) / r.width) * tl.width;
  }
  let dragFrom = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (!tl.days.length) return;
    dragFrom = svgX(ev);
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (dragFrom === null) return;
    const a = xToDay(Math.min(dragFrom, svgX(ev))), b = xToDay(Math.max(dragFrom, svgX(ev)));
    setBrush([isoDay(a), isoDay(b)]);
  });
  svg.addEventListener("pointerup", (ev) => {
    if (dragFrom === null) return;
    const x = svgX(ev);
    const a = xToDay(Math.min(dragFrom, x)), b = xToDay(Math.max(dragFrom, x));
    dragFrom = null;
    setBrush([isoDay(a), isoDay(b)]);
    loadMap();
  });
  brushClear.addEventListener("click", () => { setBrush(null); loadMap(); });
  window.addEventListener("resize", () => drawTimeline());

  // ------------------------------------------------------------------ detail panel
  function field(dl, label, value, arabic) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", {}, label));
    const dd = el("dd", {}, value);
    if (arabic) dd.appendChild(el("span", { class: "ar-inline", lang: "ar", dir: "rtl" }, arabic));
    dl.appendChild(dd);
  }

  async function showEvent(id) {
    clear(detail);
    detail.appendChild(el("p", { class: "muted" }, "loading…"));
    let e;
    try {
      e = await getJSON("/api/events/" + encodeURIComponent(id));
    } catch (err) {
      clear(detail);
      detail.appendChild(el("p", { class: "error" }, "cannot load the event: " + err.message));
      return;
    }
    clear(detail);
    const loc = e.location || {};
    const head = el("div", { class: "detail-head" },
      el("span", { class: "swatch " + typeClass(e.event_type) }),
      el("div", {}, el("h2", {}, e.sub_event_type), el("div", { class: "muted" }, e.event_type)));
    detail.appendChild(head);
    if (e.notes) detail.appendChild(el("p", { class: "note", lang: "en", dir: "ltr" }, e.notes));
    const dl = el("dl", { class: "fields" });
    field(dl, "Date", e.event_date ? e.event_date + (e.time_precision > 1 ? " (±" + (e.time_precision === 2 ? "week" : "month") + ")" : "") : "unknown");
    field(dl, "Location", [loc.name, loc.admin1, loc.country].filter(Boolean).join(", "), loc.name_ar);
    if (loc.latitude !== null && loc.latitude !== undefined)
      field(dl, "Coordinates", loc.latitude.toFixed(4) + ", " + loc.longitude.toFixed(4) + " (precision " + loc.geo_precision + ")");
    field(dl, "Actor 1", e.actor1, e.actor1_ar);
    field(dl, "Actor 2", e.actor2, e.actor2_ar);
    field(dl, "Fatalities", e.fatalities === null ? "not reported" : e.fatalities);
    field(dl, "Injured", e.injured);
    field(dl, "Confidence", typeof e.confidence === "number" ? e.confidence.toFixed(2) : null);
    detail.appendChild(dl);
    detail.appendChild(el("h3", {}, (e.sources || []).length === 1 ? "Source" : "Sources (" + e.sources.length + ")"));
    (e.sources || []).forEach((s, i) => {
      const ctx = (e.contexts || [])[i];
      const ev = s.evidence || {};
      const quote = el("blockquote", { class: "evidence", dir: "rtl", lang: "ar" });
      if (ctx) quote.appendChild(document.createTextNode(ctx.before));
      quote.appendChild(el("mark", { class: "span-evidence" }, ev.text || ""));
      if (ctx) quote.appendChild(document.createTextNode(ctx.after));
      const href = "/articles/" + encodeURIComponent(s.article_id) + "#span=" + ev.start + "-" + ev.end;
      const meta = el("div", { class: "source-meta" },
        el("span", { dir: "auto" }, [s.outlet, s.published].filter(Boolean).join(" · ") || s.article_id), " ",
        el("a", { href, class: "article-link" }, "whole article with every span found →"));
      detail.appendChild(el("div", { class: "source" }, quote, meta));
    });
  }

  // ------------------------------------------------------------------ start
  RASD.legend(document.getElementById("legend"));
  const legendCtl = L.control({ position: "bottomleft" });
  legendCtl.onAdd = () => { const ul = el("ul", { class: "legend map-legend" }); RASD.legend(ul); return ul; };
  legendCtl.addTo(map);
  readFilters();
  refresh();
  window.rasdShowEvent = showEvent;   // for keyboard users and tests
  window.rasdMap = map;
})();
