// textkit serve: helpers every page script uses (the API with the page's CSRF token, element building).
// Plain JS rather than htmx: the pages need a few fetch calls, a drag-and-drop upload with progress and a
// quiz form; a vendored library would be larger than all of it, and this runs under a strict CSP.
"use strict";
const tk = {
  csrf: document.querySelector('meta[name="csrf-token"]').content,
  async api(method, url, body) {
    const opts = { method, headers: { "X-CSRF-Token": tk.csrf }, credentials: "same-origin" };
    if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    const res = await fetch(url, opts);
    const type = res.headers.get("content-type") || "";
    if (!res.ok) {
      const detail = type.includes("json") ? (await res.json()).detail : await res.text();
      throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
    }
    return type.includes("json") ? res.json() : res.blob();
  },
  // el("p", {class: "x"}, "text", child…): text is always set as text, never as HTML.
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    return node;
  },
  kindNames: { cloze: "填空题", choice: "单项选择题", multi: "多项选择题", judge: "判断题", source: "出处题" },
  letters: "ABCDEFGH",
  status(node, text, error) {
    node.hidden = !text; node.textContent = text || ""; node.classList.toggle("error", !!error);
  },
  // A prompt with its blanks: pieces of text and, for each blank, what make(n) returns.
  promptNodes(item, make) {
    const out = []; let pos = 0;
    (item.blanks || []).forEach(([a, b], n) => { out.push(item.prompt.slice(pos, a)); out.push(make(n, b - a)); pos = b; });
    out.push(item.prompt.slice(pos));
    return out;
  },
  // A filled-in sheet's answers, as the graders take them: a list per fill-in (one per blank), the
  // ticked options of a multi item, the one chosen or typed otherwise.
  answersOf(form, items) {
    const data = new FormData(form);
    const out = {};
    for (const item of items) {
      if (item.kind === "cloze") out[item.id] = item.blanks.map((_, n) => data.get(`${item.id}-${n}`) || "");
      else if (item.kind === "multi") out[item.id] = data.getAll(item.id);
      else out[item.id] = data.get(item.id) || "";
    }
    return out;
  },
  saveQuiz(quiz) { sessionStorage.setItem("textkit-quiz", JSON.stringify(quiz)); },
  loadQuiz() { try { return JSON.parse(sessionStorage.getItem("textkit-quiz")); } catch (e) { return null; } },
};
