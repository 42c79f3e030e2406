// 出题: make a quiz from the chosen documents, sections, kinds and counts; preview it; drop or make
// again one item; download it in every format; take it on the 答题 page.
"use strict";
(() => {
  const form = document.getElementById("make");
  const status = document.getElementById("status");
  const preview = document.getElementById("preview");
  const list = document.getElementById("items");
  let quiz = null;
  let params = null;

  function request() {
    const data = new FormData(form);
    const kind = {};
    for (const [key, value] of data) if (key.startsWith("kind-") && Number(value) > 0) kind[key.slice(5)] = Number(value);
    const docs = data.getAll("doc");
    const seed = data.get("seed");
    return {
      kind, n: Object.values(kind).reduce((a, b) => a + b, 0) || 1,
      seed: seed === "" ? null : Number(seed), doc: docs.length ? docs : null,
      section: data.get("section") || null, title: data.get("title") || null,
    };
  }

  function show() {
    tk.saveQuiz(quiz);
    document.getElementById("quiz-title").textContent = `${quiz.title}（共 ${quiz.items.length} 题）`;
    list.replaceChildren(...quiz.items.map((item) => {
      const prompt = tk.promptNodes(item, (n, len) => tk.el("u", {}, "＿".repeat(len)));
      const opts = item.kind === "cloze" ? null : tk.el("ol", { class: "opts" },
        (item.choices || []).map((c, i) => tk.el("li", {}, `${tk.letters[i]}. ${c}`)));
      const answer = tk.el("div", { class: "answer" }, `答案：${item.answers.join("；")}`);
      const tools = tk.el("div", { class: "tools" },
        tk.el("button", { type: "button", class: "secondary", onclick: () => change(item.id, "replace") }, "换一题"),
        tk.el("button", { type: "button", class: "secondary", onclick: () => change(item.id, "drop") }, "删除"));
      return tk.el("li", { class: "item", "data-id": item.id },
        tk.el("span", { class: "kind" }, tk.kindNames[item.kind] || item.kind), prompt, opts, answer,
        item.source && item.source.note ? tk.el("div", { class: "small" }, `出处：${item.source.note}`) : null, tools);
    }));
    preview.hidden = false;
  }

  async function change(id, action) {
    tk.status(status, action === "drop" ? "正在删除…" : "正在换题…");
    try {
      quiz = await tk.api("POST", "/api/quiz/item", { quiz, id, action, doc: params.doc, section: params.section });
      tk.status(status, "");
      show();
    } catch (e) { tk.status(status, e.message, true); }
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    params = request();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    tk.status(status, "正在出题…");
    try {
      quiz = await tk.api("POST", "/api/quiz", params);
      const made = new Set(quiz.items.map((i) => i.kind));
      const missing = Object.keys(params.kind).filter((k) => !made.has(k)).map((k) => tk.kindNames[k] || k);
      const notes = [];
      if (quiz.items.length < params.n) notes.push(`只找到 ${quiz.items.length} 道合适的题。`);
      if (missing.length) notes.push(`这些文档没有出成：${missing.join("、")}。`);
      tk.status(status, notes.join(""));
      show();
    } catch (err) { tk.status(status, err.message, true); }
    button.disabled = false;
  });

  document.querySelectorAll("button.download").forEach((button) => button.addEventListener("click", async () => {
    const fmt = button.dataset.format;
    const part = button.dataset.part || "all";
    try {
      const blob = await tk.api("POST", `/api/quiz?format=${encodeURIComponent(fmt)}&part=${part}`, { quiz });
      const a = tk.el("a", { href: URL.createObjectURL(blob), download: `${quiz.title}${part === "key" ? "（答案）" : ""}.${fmt}` });
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } catch (e) { tk.status(status, `未能下载 ${fmt}：${e.message}`, true); }
  }));
})();
