// 出题 page: "作为竞赛发布" publishes the quiz shown (as edited) as a contest and opens its organiser page.
"use strict";
(() => {
  const button = document.getElementById("to-contest");
  if (!button) return;
  button.addEventListener("click", async () => {
    const quiz = tk.loadQuiz();
    const status = document.getElementById("status");
    if (!quiz || !quiz.items) { tk.status(status, "请先生成试卷，再发布为竞赛。", true); return; }
    button.disabled = true;
    try {
      const made = await tk.api("POST", "/api/contests", { quiz, title: quiz.title });
      window.location.assign(made.organiser_url);
    } catch (err) { tk.status(status, `未能发布竞赛：${err.message}`, true); button.disabled = false; }
  });
})();
