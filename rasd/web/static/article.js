/* The whole-article view: the original text with every span rasd found marked.
   The text is untrusted: it is cut into DOM text nodes and <mark> elements, never parsed as HTML.
   "#span=START-END" in the URL marks (and scrolls to) one event's evidence. */
"use strict";

(function () {
  const { el, clear, getJSON } = RASD;
  const KINDS = [
    ["place", "place"], ["actor", "actor"], ["trigger", "event cue"], ["date", "date"],
    ["number", "number"], ["distance", "distance"], ["mask", "not news (caption, byline…)"],
  ];
  const status = document.getElementById("count");
  const id = document.body.dataset.articleId;

  function evidenceFromHash() {
    const m = /span=(\d+)-(\d+)/.exec(location.hash);
    return m ? { kind: "evidence", start: +m[1], end: +m[2], label: "the event's evidence" } : null;
  }

  /** Cut [0, text.length) at every span boundary; each piece knows the spans covering it. */
  function segments(text, spans) {
    const cuts = new Set([0, text.length]);
    const ok = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) &&
                                   s.start >= 0 && s.end <= text.length && s.start < s.end);
    for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      out.push({ start: a, end: b, spans: ok.filter((s) => s.start <= a && s.end >= b) });
    }
    return out;
  }

  function render(art, spans) {
    document.title = "rasd · " + (art.title || art.id);
    document.getElementById("a-title").textContent = art.title || art.id;
    document.getElementById("a-meta").textContent =
      [art.outlet, art.published, "id " + art.id].filter(Boolean).join(" · ");
    const legend = document.getElementById("a-legend");
    clear(legend);
    for (const [kind, label] of KINDS)
      legend.appendChild(el("li", {}, el("mark", { class: "k-" + kind }, label)));
    const box = document.getElementById("a-text");
    clear(box);
    const ev = evidenceFromHash();
    const all = ev ? spans.concat([ev]) : spans;
    let first = null;
    for (const seg of segments(art.text, all)) {
      const piece = art.text.slice(seg.start, seg.end);
      if (!seg.spans.length) { box.appendChild(document.createTextNode(piece)); continue; }
      // the innermost (shortest) span names the colour; the evidence underlines everything inside it
      const inner = seg.spans.filter((s) => s.kind !== "evidence")
        .sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
      const inEvidence = seg.spans.some((s) => s.kind === "evidence");
      const cls = [inner ? "k-" + inner.kind : "", inEvidence ? "k-evidence" : ""].filter(Boolean).join(" ");
      const title = seg.spans.map((s) => s.kind + (s.label ? ": " + s.label : "")).join("\n");
      const mark = el("mark", { class: cls, title, "data-start": seg.start, "data-end": seg.end }, piece);
      if (inEvidence && !first) first = mark;
      box.appendChild(mark);
    }
    status.textContent = spans.length + " spans found";
    status.dataset.state = "ready";
    if (first) first.scrollIntoView({ block: "center" });
  }

  getJSON("/api/articles/" + encodeURIComponent(id))
    .then((data) => render(data.article, data.spans || []))
    .catch((err) => {
      status.textContent = "error: " + err.message;
      status.dataset.state = "error";
    });
})();
