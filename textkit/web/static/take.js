// 答题: the quiz made on the 出题 page (or a new one), answered in the browser and graded by /api/grade.
"use strict";
(() => {
  const sheet = document.getElementById("sheet");
  const list = document.getElementById("questions");
  const score = document.getElementById("score");
  const fresh = document.getElementById("new");
  let quiz = tk.loadQuiz();

  function field(item) {
    if (item.kind === "cloze") return null;
    const multi = item.kind === "multi";
    return tk.el("ul", { class: "opts" }, (item.choices || []).map((c, i) => tk.el("li", {},
      tk.el("label", {}, tk.el("input", { type: multi ? "checkbox" : "radio", name: item.id, value: c }),
        `${tk.letters[i]}. ${c}`))));
  }

  function show() {
    document.getElementById("quiz-title").textContent = quiz.title;
    list.replaceChildren(...quiz.items.map((item) => {
      const prompt = tk.promptNodes(item, (n, len) => item.kind === "cloze"
        ? tk.el("input", { class: "blank", size: Math.min(24, 2 * len + 2), name: `${item.id}-${n}`, "aria-label": `第 ${n + 1} 空（${len} 字）`, placeholder: `${len} 字`, autocomplete: "off" })
        : tk.el("u", {}, "（　　）"));
      return tk.el("li", { class: "item", "data-id": item.id },
        tk.el("span", { class: "kind" }, tk.kindNames[item.kind] || item.kind), prompt, field(item),
        tk.el("div", { class: "verdict" }));
    }));
    sheet.hidden = false; fresh.hidden = true; score.hidden = true;
  }

  sheet.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const report = await tk.api("POST", "/api/grade", { quiz, answers: tk.answersOf(sheet, quiz.items) });
      for (const r of report.results) {
        const li = list.querySelector(`li[data-id="${CSS.escape(r.id)}"]`);
        li.classList.toggle("right", r.correct); li.classList.toggle("wrong", !r.correct);
        li.querySelector(".verdict").textContent = r.correct ? "✓ 正确" : `✗ 正确答案：${r.expected}`;
      }
      score.textContent = report.summary || `得分：答对 ${report.correct}/${report.total} 题`;
      score.hidden = false;
      score.scrollIntoView({ behavior: "smooth", block: "center" });
    } catch (err) { score.textContent = `未能评分：${err.message}`; score.hidden = false; }
  });
  document.getElementById("again").addEventListener("click", () => { sheet.reset(); show(); });
  fresh.addEventListener("submit", async (e) => {
    e.preventDefault();
    const n = Number(new FormData(fresh).get("n")) || 10;
    try { quiz = await tk.api("POST", "/api/quiz", { n, kind: "mixed" }); tk.saveQuiz(quiz); show(); }
    catch (err) { score.textContent = err.message; score.hidden = false; }
  });
  document.getElementById("open").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    try {
      const data = JSON.parse(await file.text());
      if (!data || !Array.isArray(data.items)) throw new Error("不是 textkit 的试卷（缺少 items）");
      quiz = data; tk.saveQuiz(quiz); show();
    } catch (err) { score.textContent = `无法打开 ${file.name}：${err.message}`; score.hidden = false; }
    e.target.value = "";
  });
  if (quiz && quiz.items) show(); else fresh.hidden = false;
})();
