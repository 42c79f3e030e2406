"""HTML sheet: one self-contained page, printable on A4 and interactive in a browser.

All source text goes through :func:`html.escape`; the data the page's script checks answers
against travels as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` written as ``\\u003c`` etc., so no source text can close the block or open markup. A
Content-Security-Policy lets only the page's own script run (by its hash) and loads nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape as _escape

from ..quiz.model import Quiz, QuizItem, item_points
from .sheet import (
    CHOICE_BLANK,
    LETTERS,
    answer_text,
    blank_width,
    key_notes,
    one_line,
    parts,
    question_pieces,
    total_points,
)

_STYLE = """
:root { --ink: #1a1a1a; --line: #444; --muted: #666; --ok: #1b7a36; --bad: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f4f4f0;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "宋体", serif;
  font-size: 17px; line-height: 1.9; }
.paper { max-width: 52em; margin: 1.5em auto; background: #fff; padding: 2.2em 3em 3em;
  box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", SimHei, "黑体", sans-serif;
  font-size: 1.55em; text-align: center; margin: .2em 0 .6em; line-height: 1.5; }
h2 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", SimHei, "黑体", sans-serif;
  font-size: 1.08em; margin: 1.4em 0 .5em; }
.candidate { text-align: center; margin: 0 0 1.2em; white-space: nowrap; }
.candidate .fill { display: inline-block; width: 6.5em; border-bottom: 1px solid var(--line); }
.candidate span + span { margin-left: 1.6em; }
.instructions { color: var(--muted); }
ol.items { list-style: none; padding: 0; margin: 0; }
li.item { margin: 0 0 .9em; break-inside: avoid; page-break-inside: avoid; }
.num { font-weight: bold; margin-right: .3em; }
input.blank { font: inherit; border: 0; border-bottom: 1px solid var(--line); background: #fafaf5;
  text-align: center; padding: 0 .15em; margin: 0 .15em; line-height: 1.4; }
input.blank:focus { outline: 2px solid #8ab4f8; background: #fff; }
.choice-blank { white-space: pre; display: inline-block; }
ul.choices { list-style: none; padding: 0 0 0 2em; margin: .1em 0 0;
  display: grid; grid-template-columns: repeat(auto-fill, minmax(9em, 1fr)); gap: 0 1.2em; }
ul.choices label { cursor: pointer; }
ul.choices.judge { grid-template-columns: repeat(2, 5em); }
ul.choices.wide { grid-template-columns: repeat(2, 1fr); }
ul.choices.long { grid-template-columns: 1fr; }
.rule { color: var(--muted); font-size: .92em; margin: -.3em 0 .6em; }
.mark { margin-left: .6em; font-weight: bold; white-space: nowrap; }
li.right .mark { color: var(--ok); } li.wrong .mark { color: var(--bad); }
input.blank.right { border-bottom-color: var(--ok); background: #e8f5ec; }
input.blank.wrong { border-bottom-color: var(--bad); background: #fdecea; }
.controls { position: sticky; bottom: 0; background: #fff; border-top: 1px solid #ddd;
  padding: .7em 0; margin-top: 1.5em; display: flex; gap: .8em; align-items: center; flex-wrap: wrap; }
button { font: inherit; font-size: .95em; padding: .25em 1.1em; border: 1px solid #888; border-radius: 4px;
  background: #f7f7f7; cursor: pointer; }
button:hover { background: #eee; }
#score { font-weight: bold; }
section.key { border-top: 2px solid var(--ink); margin-top: 2em; padding-top: .5em; }
section.key li { margin: 0 0 .6em; }
.answer { font-weight: bold; }
.source { color: var(--muted); font-size: .9em; }
@page { size: A4; margin: 18mm 17mm 20mm; }
@media print {
  body { background: #fff; font-size: 12pt; line-height: 1.8; }
  .paper { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .controls, .mark { display: none !important; }
  input.blank { background: none !important; border-bottom: 1px solid #000 !important; }
  section.key { display: block !important; break-before: page; page-break-before: always;
    border-top: 0; margin-top: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.key > h2 { text-align: center; font-size: 1.3em; margin-top: 0; }
}
"""

# The page's only script: reads the JSON block, checks answers, reveals the key. It writes to the
# page through textContent and classes only, never innerHTML, so answers typed or stored stay text.
_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("quiz-data").textContent);
  function norm(s) {
    return String(s).normalize("NFKC").replace(/[\\s\\p{P}\\p{S}]/gu, "").toLowerCase();
  }
  function accepted(item, n) {
    var alts = [item.answers[n]].concat((item.accept && item.accept[n]) || []);
    return alts.map(norm);
  }
  function check() {
    var got = 0, total = 0;
    data.items.forEach(function (item) {
      var li = document.getElementById(item.anchor), ok = true, earned = 0;
      total += item.points;
      if (item.kind === "cloze") {
        li.querySelectorAll("input.blank").forEach(function (box, n) {
          var right = accepted(item, n).indexOf(norm(box.value)) >= 0 && norm(box.value) !== "";
          box.classList.toggle("right", right);
          box.classList.toggle("wrong", !right);
          if (right) { earned += item.points / item.answers.length; } else { ok = false; }
        });
      } else {
        var picked = [];
        li.querySelectorAll("input.option:checked").forEach(function (box) { picked.push(Number(box.value)); });
        var wrong = picked.filter(function (i) { return item.correct.indexOf(i) < 0; }).length;
        ok = wrong === 0 && picked.length === item.correct.length;
        if (ok) { earned = item.points; }
        // A multi item: fewer options picked, all of them right, earns half (the rule under its heading).
        else if (item.kind === "multi" && wrong === 0 && picked.length > 0) { earned = item.points / 2; }
      }
      got += earned;
      var partial = !ok && earned > 0;
      li.classList.toggle("right", ok);
      li.classList.toggle("wrong", !ok);
      li.querySelector(".mark").textContent = ok ? "✓ 正确" : partial ? "△ 少选（得一半分）" : "✗ 再想想";
    });
    document.getElementById("score").textContent = "得分：" + (Math.round(got * 10) / 10) + " / " + total;
  }
  function reveal() {
    var key = document.getElementById("key"), button = document.getElementById("reveal");
    key.hidden = !key.hidden;
    button.textContent = key.hidden ? "显示参考答案" : "隐藏参考答案";
    if (!key.hidden) { key.scrollIntoView({behavior: "smooth"}); }
  }
  function reset() {
    document.querySelectorAll("input.blank").forEach(function (box) { box.value = ""; box.className = "blank"; });
    document.querySelectorAll("input.option").forEach(function (r) { r.checked = false; });
    document.querySelectorAll("li.item").forEach(function (li) {
      li.classList.remove("right", "wrong"); li.querySelector(".mark").textContent = "";
    });
    document.getElementById("score").textContent = "";
  }
  document.getElementById("check").addEventListener("click", check);
  document.getElementById("reveal").addEventListener("click", reveal);
  document.getElementById("reset").addEventListener("click", reset);
})();
"""


def e(text: str) -> str:
    """Source text as HTML text or attribute value: nothing in it can become markup."""
    return _escape(text, quote=True)


def script_json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``]]>`` can form."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, code)
    return text


def render(quiz: Quiz, part: str = "all") -> str:
    """The quiz as one HTML page; ``part`` is all (interactive, key at the end), sheet or key."""
    title = e(one_line(quiz.title or "测验"))
    body: list[str] = []
    interactive = part == "all"
    if part in ("all", "sheet"):
        body.append(f"<h1>{title}</h1>")
        body.append(
            '<p class="candidate"><span>姓名：<span class="fill"></span></span>'
            '<span>部门：<span class="fill"></span></span>'
            f'<span>得分：<span class="fill"></span>（满分 {total_points(quiz)} 分）</span></p>'
        )
        if quiz.instructions:
            body.append(f'<p class="instructions">{e(quiz.instructions)}</p>')
        for section in parts(quiz):
            body.append(f"<section class=\"part\"><h2>{e(section.heading)}</h2>")
            if section.rule:
                body.append(f'<p class="rule">{e(section.rule)}</p>')
            body.append('<ol class="items">')
            body += [_question(number, item) for number, item in section.items]
            body.append("</ol></section>")
    if interactive:
        body.append(
            '<div class="controls"><button type="button" id="check">核对答案</button>'
            '<button type="button" id="reveal">显示参考答案</button>'
            '<button type="button" id="reset">重新作答</button><span id="score" aria-live="polite"></span></div>'
        )
    if part in ("all", "key"):
        heading = "参考答案" if part == "all" else f"{title} · 参考答案"
        hidden = " hidden" if interactive else ""
        body.append(f'<section class="key" id="key"{hidden}><h2>{heading}</h2><ol class="items">')
        for section in parts(quiz):
            body += [_key(number, item) for number, item in section.items]
        body.append("</ol></section>")
    scripts = ""
    csp_script = "'none'"
    if interactive:
        digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
        csp_script = f"'sha256-{digest}'"
        scripts = (
            f'<script type="application/json" id="quiz-data">{script_json(_data(quiz))}</script>\n'
            f"<script>{_SCRIPT}</script>\n"
        )
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {csp_script}; "
           "base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="textkit">\n'
        f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main class=\"paper\">\n"
        + "\n".join(body)
        + "\n</main>\n"
        + scripts
        + "</body>\n</html>\n"
    )


def _anchor(number: int) -> str:
    return f"item-{number}"


def _question(number: int, item: QuizItem) -> str:
    pieces = []
    for piece in question_pieces(item):
        if not isinstance(piece, int):
            pieces.append(e(piece).replace(CHOICE_BLANK, f'<span class="choice-blank">{CHOICE_BLANK}</span>'))
        else:
            width = blank_width(item, piece)
            pieces.append(
                f'<input class="blank" type="text" autocomplete="off" spellcheck="false" data-blank="{piece}" '
                f'style="width:{width * 1.1 + 0.8:.1f}em" aria-label="第 {number} 题第 {piece + 1} 空">'
            )
    html = [f'<li class="item kind-{e(item.kind)}" id="{_anchor(number)}" data-id="{e(item.id)}">'
            f'<span class="num">{number}.</span>{"".join(pieces)}<span class="mark" aria-live="polite"></span>']
    if item.kind != "cloze":
        # Checkboxes where several options are right, radio buttons where one is (对/错 included).
        box = "checkbox" if item.kind == "multi" else "radio"
        longest = max((len(c) for c in item.choices), default=0)
        # Four options to a row when they are short, two or one when long (as a typeset paper has them).
        width = " judge" if item.kind == "judge" else " long" if longest > 18 else " wide" if longest > 7 else ""
        html.append(f'<ul class="choices{width}">')
        for i, choice in enumerate(item.choices):
            label = e(choice) if item.kind == "judge" else f"{LETTERS[i]}. {e(choice)}"
            html.append(f'<li><label><input class="option" type="{box}" name="q{number}" value="{i}"> '
                        f"{label}</label></li>")
        html.append("</ul>")
    html.append("</li>")
    return "".join(html)


def _key(number: int, item: QuizItem) -> str:
    notes = "".join(f'<div class="source">{e(note)}</div>' for note in key_notes(item))
    return (f'<li><span class="num">{number}.</span><span class="answer">{e(answer_text(item))}</span>'
            f"{notes}</li>")


def _data(quiz: Quiz) -> dict[str, object]:
    """What the script needs to check answers: per item its anchor, kind, answers and points."""
    items = []
    for section in parts(quiz):
        for number, item in section.items:
            row: dict[str, object] = {"anchor": _anchor(number), "id": item.id, "kind": item.kind,
                                      "points": item_points(item)}
            if item.kind == "cloze":
                row["answers"] = item.answers
                row["accept"] = item.accept
            else:
                row["correct"] = [i for i, c in enumerate(item.choices) if c in item.answers]
            items.append(row)
    return {"title": quiz.title, "items": items}
