// 竞赛管理 (organiser): submissions arriving, the live ranking, the items most people missed; close/reopen.
"use strict";
(() => {
  const root = document.getElementById("contest-admin");
  const base = `/api/contests/${encodeURIComponent(root.dataset.id)}`;
  const message = document.getElementById("message");
  const status = document.getElementById("status");
  const closeBtn = document.getElementById("close");
  const reopenBtn = document.getElementById("reopen");

  function draw(r) {
    status.textContent = r.closed ? "已结束" : "进行中";
    status.classList.toggle("closed", r.closed);
    closeBtn.hidden = r.closed; reopenBtn.hidden = !r.closed;
    document.getElementById("count").textContent = `（已提交 ${r.submissions} 人，满分 ${r.full_score} 分）`;
    const rows = r.ranking.map((p) => tk.el("tr", {}, tk.el("td", {}, p.rank), tk.el("td", { class: "name" }, p.name),
      tk.el("td", {}, p.department), tk.el("td", {}, p.score)));
    document.getElementById("ranking").replaceChildren(...(rows.length ? rows
      : [tk.el("tr", {}, tk.el("td", { colspan: 4, class: "small" }, "还没有人提交。"))]));
    document.getElementById("stats").replaceChildren(...r.items.map((s) => {
      const bar = tk.el("span", {});
      bar.style.width = `${Math.round(s.correct_share * 100)}%`;
      return tk.el("li", {}, tk.el("strong", {}, `第 ${s.number} 题`), ` ${s.kind_name}　答对 ${s.right}/${s.people}（${Math.round(s.correct_share * 100)}%）`,
        tk.el("div", { class: "bar" }, bar), tk.el("div", { class: "prompt" }, s.prompt));
    }));
    document.getElementById("recent").replaceChildren(...r.recent.map((s) =>
      tk.el("li", {}, `${new Date(s.submitted_at).toLocaleTimeString()}　${s.name}${s.department ? `（${s.department}）` : ""}`)));
  }

  async function refresh() {
    try { draw(await tk.api("GET", `${base}/results`)); tk.status(message, ""); }
    catch (err) { tk.status(message, `未能刷新：${err.message}`, true); }
  }

  async function act(what) {
    try { await tk.api("POST", `${base}/${what}`); await refresh(); }
    catch (err) { tk.status(message, err.message, true); }
  }
  closeBtn.addEventListener("click", () => act("close"));
  reopenBtn.addEventListener("click", () => act("reopen"));
  refresh();
  setInterval(refresh, 3000);
})();
