// 竞赛答题 (member): name and department, every kind of item, one submission; the score at once and the
// key after the contest closes. A retry after a lost response sends the same key and gets the stored result.
"use strict";
(() => {
  const root = document.getElementById("contest");
  const id = root.dataset.id;
  const base = `/api/contests/${encodeURIComponent(id)}`;
  const who = document.getElementById("who");
  const sheet = document.getElementById("sheet");
  const list = document.getElementById("questions");
  const state = document.getElementById("state");
  const result = document.getElementById("result");
  const saved = `textkit-contest-${id}`;
  let quiz = null;
  let person = null;

  const mine = () => { try { return JSON.parse(localStorage.getItem(saved)) || {}; } catch (e) { return {}; } };
  const keep = (data) => localStorage.setItem(saved, JSON.stringify({ ...mine(), ...data }));
  function newKey() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function field(item) {
    if (item.kind === "cloze") return null;
    const multi = item.kind === "multi";
    return tk.el("ul", { class: "opts" }, item.choices.map((c, i) => tk.el("li", {},
      tk.el("label", {}, tk.el("input", { type: multi ? "checkbox" : "radio", name: item.id, value: c }),
        item.kind === "judge" ? c : `${tk.letters[i]}. ${c}`))));
  }

  function show() {
    list.replaceChildren(...quiz.items.map((item) => {
      const prompt = tk.promptNodes(item, (n, len) => item.kind === "cloze"
        ? tk.el("input", { class: "blank", size: Math.min(16, 2 * len + 1), name: `${item.id}-${n}`,
          "aria-label": `第 ${n + 1} 空（${len} 字）`, placeholder: `${len}字`, autocomplete: "off" })
        : tk.el("u", {}, "（　　）"));
      return tk.el("li", { class: "item", "data-id": item.id },
        tk.el("span", { class: "kind" }, item.kind_name), prompt,
        tk.el("span", { class: "points" }, `（${item.points} 分）`), field(item));
    }));
    document.getElementById("who-line").textContent =
      `答题人：${person.name}${person.department ? `（${person.department}）` : ""}`;
    who.hidden = true; sheet.hidden = false;
  }

  async function showMine(receipt, note) {
    const own = await tk.api("GET", `${base}/submissions/${encodeURIComponent(receipt)}`);
    who.hidden = true; sheet.hidden = true; result.hidden = false;
    document.getElementById("score").textContent = `${own.name}：得分 ${own.score} / ${own.total} 分`;
    document.getElementById("result-note").textContent = note ||
      (own.closed ? "竞赛已结束，下面是你的答卷和正确答案。" : "你的答卷已保存。竞赛结束后，刷新本页即可看到正确答案。");
    const byId = Object.fromEntries(quiz.items.map((it) => [it.id, it]));
    const listEl = document.getElementById("mine");
    if (!own.closed) { listEl.replaceChildren(); return; }
    listEl.replaceChildren(...own.items.map((r) => {
      const item = byId[r.id];
      const given = Array.isArray(r.given) ? r.given.filter(Boolean).join("、") : r.given;
      return tk.el("li", { class: `item ${r.correct ? "right" : "wrong"}` },
        tk.el("span", { class: "kind" }, item.kind_name), item.prompt,
        tk.el("div", { class: "verdict" }, `你的答案：${given || "（未答）"}　${r.correct ? "✓" : "✗"} 正确答案：${r.expected}（得 ${r.points} 分）`));
    }));
  }

  who.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(who);
    person = { name: String(data.get("name")).trim(), department: String(data.get("department")).trim() };
    try {
      const started = await tk.api("POST", `${base}/start`, { name: person.name });
      tk.status(state, started.deadline ? `请在 ${new Date(started.deadline).toLocaleString()} 前提交。` : "");
      keep({ person });
      show();
    } catch (err) { tk.status(state, err.message, true); }
  });

  sheet.addEventListener("submit", async (e) => {
    e.preventDefault();
    const button = document.getElementById("send");
    button.disabled = true;
    const stored = mine();
    const key = stored.key || newKey();
    keep({ key });
    try {
      const done = await tk.api("POST", `${base}/submissions`,
        { name: person.name, department: person.department, answers: tk.answersOf(sheet, quiz.items), client_key: key });
      keep({ receipt: done.receipt });
      tk.status(state, "");
      await showMine(done.receipt, done.again ? "你的答卷此前已保存（没有重复计分）。" : "✓ 答卷已保存。竞赛结束后，刷新本页即可看到正确答案。");
    } catch (err) {
      if (err instanceof TypeError) {
        tk.status(state, "未能确认答卷是否已保存（网络中断）。请再点一次“提交答卷”：已保存的不会重复计分。", true);
      } else {
        keep({ key: null });
        tk.status(state, `答卷未保存：${err.message}`, true);
      }
      button.disabled = false;
    }
  });

  (async () => {
    try {
      quiz = await tk.api("GET", `${base}/quiz`);
      const stored = mine();
      if (stored.receipt) { await showMine(stored.receipt); return; }
      if (quiz.closed) { tk.status(state, "竞赛已结束，不再接收答卷。", true); who.hidden = true; return; }
      if (stored.person && stored.key) { person = stored.person; show(); }
    } catch (err) { tk.status(state, err.message, true); who.hidden = true; }
  })();
})();
