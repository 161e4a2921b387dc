/* Shared helpers for rasd's pages. Untrusted text (articles, evidence, names) is only ever put in
   the page as DOM text nodes (textContent / createTextNode), never as HTML. */
"use strict";

const RASD = (function () {
  const TYPES = [
    ["Battles", "t-battles"],
    ["Explosions/Remote violence", "t-explosions"],
    ["Violence against civilians", "t-vac"],
    ["Protests", "t-protests"],
    ["Riots", "t-riots"],
    ["Strategic developments", "t-strategic"],
  ];
  const TYPE_CLASS = Object.fromEntries(TYPES);

  /** el("a", {href: url, class: "x"}, "text", childNode, ...): attributes set one by one, children as text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new Error((body && body.error) || ("HTTP " + r.status));
    return body;
  }

  function typeClass(t) { return TYPE_CLASS[t] || "t-other"; }

  function legend(ul) {
    clear(ul);
    for (const [name, cls] of TYPES) ul.appendChild(el("li", {}, el("span", { class: "swatch " + cls }), name));
  }

  return { TYPES, el, clear, getJSON, typeClass, legend };
})();
