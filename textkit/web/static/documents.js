// 文档: drag-and-drop upload with progress (bytes sent, then excerpts indexed), and removal.
"use strict";
(() => {
  const drop = document.getElementById("drop");
  const input = document.getElementById("file");
  const jobs = document.getElementById("jobs");
  let pending = 0;

  function upload(file) {
    const bar = tk.el("progress", { max: 100, value: 0 });
    const text = tk.el("span", {}, `${file.name}：上传中…`);
    const row = tk.el("li", {}, text, bar);
    jobs.prepend(row);
    pending += 1;
    const form = new FormData();
    form.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.setRequestHeader("X-CSRF-Token", tk.csrf);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round(50 * e.loaded / e.total); };
    xhr.onload = () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON: shown as the status below */ }
      if (xhr.status !== 202) return finish(row, text, `${file.name}：未能上传（${body.detail || xhr.status}）`, true);
      poll(body.job, file.name, row, text, bar);
    };
    xhr.onerror = () => finish(row, text, `${file.name}：连接中断，请重试`, true);
    xhr.send(form);
  }

  async function poll(id, name, row, text, bar) {
    let job;
    try { job = await tk.api("GET", `/api/jobs/${encodeURIComponent(id)}`); }
    catch (e) { return finish(row, text, `${name}：${e.message}`, true); }
    if (job.state === "done") return finish(row, text, `${name}：已加入索引（${job.message}）`, false);
    if (job.state === "error") return finish(row, text, `${name}：未能加入索引（${job.message}）`, true);
    text.textContent = job.state === "queued" ? `${name}：排队等待…` : `${name}：正在建立索引…`;
    if (job.total) bar.value = 50 + Math.round(50 * job.done / job.total);
    setTimeout(() => poll(id, name, row, text, bar), 300);
  }

  function finish(row, text, message, error) {
    text.textContent = message;
    row.classList.toggle("error", error);
    row.querySelector("progress")?.remove();
    pending -= 1;
    if (!error && pending === 0) setTimeout(() => location.reload(), 600);
  }

  if (drop) {
    ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
    ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.remove("over"); }));
    drop.addEventListener("drop", (e) => [...e.dataTransfer.files].forEach(upload));
    input.addEventListener("change", () => { [...input.files].forEach(upload); input.value = ""; });
  }
  document.querySelectorAll("button.remove").forEach((button) => button.addEventListener("click", async () => {
    const doc = button.dataset.doc;
    if (!confirm(`从索引中移除“${doc}”？`)) return;
    button.disabled = true;
    try { await tk.api("DELETE", `/api/documents/${encodeURIComponent(doc)}`); location.reload(); }
    catch (e) { button.disabled = false; alert(`未能移除：${e.message}`); }
  }));
})();
