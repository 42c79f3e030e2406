"""Mechanical checks of every item on many quiz sheets (issue 14).

Makes sheets (``make_quiz``, n=20, kind mixed, several seeds) from reports, laws and a book of
excerpts, and counts, with the same rules the maker uses (``textkit.quiz.rules``) plus checks the
maker does not run itself: answers shown by another item, distractors reused or another item's
answer, distractors of another kind (``same_shape``), fragment prompts, glued article numbers,
file-name titles, and blanks that cut a word of the lexicon-aware segmentation (jieba engine).
Sources are split into the tuning set and the held-out set (``eval/README.md``).

    python -m eval.sheets [--seeds 3] [--n 20]
    python -m eval.sheets --sample 120     # items from held-out sheets for a fresh judge, unjudged

Writes ``eval/results/sheets.json`` and the table in ``docs/quality.md`` (section "Quiz sheets");
``--sample`` writes ``eval/judgments/sheets_heldout.json`` instead: items drawn at random from
held-out sheets (seed 1), each with the rubric's checks left blank (null) for the judge.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import time
from pathlib import Path

from textkit.analysis.book import document_title
from textkit.analysis.excerpts import Document, Excerpt, split_document
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import analysis_form, clean
from textkit.analysis.segment import Segmenter
from textkit.quiz.distractors import same_shape
from textkit.quiz.maker import make_quiz
from textkit.quiz.rules import GLUED_ARTICLE, conflicts, cut_blanks, fragment, title_problem

from . import data

OUT = data.RESULTS / "sheets.json"
LAWS = data.DATA / "laws" / "laws.jsonl.xz"
REPORT = data.ROOT / "docs" / "quality.md"
BEGIN, END = "<!-- sheets:begin -->", "<!-- sheets:end -->"

#: Tuning set: the only sources whose sheets were read while tuning the maker.
TUNE_LAW_DIR = "社会法/"
TUNE_REPORTS = ("二十大", "2024年中华人民共和国国务院政府工作报告")
#: Held out: other years' government work reports, other congress reports, laws outside 社会法/, the book.
HELD_GOV_YEARS = ("2019", "2014", "2009", "2004", "1998")
HELD_CONGRESS = ("十九大", "十八大", "十七大", "十六大")
HELD_LAWS = ("民法商法/", "经济法/", "行政法/", "刑法/", "宪法相关法/", "诉讼与非诉讼程序法/")


def _laws() -> list[dict]:
    with lzma.open(LAWS, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _law_excerpts(row: dict) -> list[Excerpt]:
    """A statute's excerpts as a user's file of it gives them (line breaks repaired and the title read from its
    first line, as ``load_corpus`` does: 《中华人民共和国民法典》 for the file of its 继承编)."""
    text = clean(row["content"])
    title = document_title(text)
    return split_document(Document(name=row["title"], text=text, meta={"title": title} if title else {}))


def _book(reports: list[Excerpt]) -> list[Excerpt]:
    """A book of excerpts built from congress reports, shaped as a study book is: title page,
    publication note, contents, chapters of numbered excerpts each followed by its source note."""
    by_doc: dict[str, list[Excerpt]] = {}
    for e in reports:
        by_doc.setdefault(e.doc, []).append(e)
    lines = ["党的代表大会报告论述摘编", "中央文献出版社", "出版说明",
             "本书摘编了党的全国代表大会报告中的重要论述，共分四个专题。", "目录",
             "第一章 改革开放 第二章 经济建设 第三章 民主法治 第四章 党的建设"]
    chapters = ("改革开放", "经济建设", "民主法治", "党的建设")
    for n, (doc, chapter) in enumerate(zip([d for d in by_doc if any(k in d for k in HELD_CONGRESS)], chapters), 1):
        lines.append(f"第{'一二三四'[n - 1]}章 {chapter}")
        congress = re.search(r"[（(](.{1,3}大)[)）]", doc)
        note = f"（摘自在党的{congress.group(1) if congress else ''}上的报告）"
        for k, e in enumerate(by_doc[doc][20:32], 1):
            if len(e.text) > 60:
                lines += [f"{k}", e.text, note]
    return split_document(Document(name="党的代表大会报告论述摘编", text="\n".join(lines)))


def sources() -> dict[str, dict[str, list[Excerpt]]]:
    """``{"tune"|"held_out": {source name: excerpts}}``."""
    political = list(data.political())
    by_doc: dict[str, list[Excerpt]] = {}
    for e in political:
        by_doc.setdefault(e.doc, []).append(e)
    laws = _laws()
    tune: dict[str, list[Excerpt]] = {"notice": load_corpus([str(data.ROOT / "corpus")])}
    for key in TUNE_REPORTS:
        doc = next(d for d in by_doc if key in d)
        tune[doc] = by_doc[doc]
    for row in laws:
        if row["path"].startswith(TUNE_LAW_DIR):
            tune[row["title"]] = _law_excerpts(row)
    held: dict[str, list[Excerpt]] = {}
    for year in HELD_GOV_YEARS:
        doc = next(d for d in by_doc if d.startswith(year) and "政府工作报告" in d)
        held[doc] = by_doc[doc]
    for key in HELD_CONGRESS:
        doc = next(d for d in by_doc if f"({key})" in d)
        held[doc] = by_doc[doc]
    for folder in HELD_LAWS:
        rows = [r for r in laws if r["path"].startswith(folder) and len(r["content"]) > 8000]
        for row in rows[:2]:
            held[row["title"]] = _law_excerpts(row)
    held["book"] = _book([e for e in political if "大)" in e.doc])
    return {"tune": tune, "held_out": held}


def check_sheet(quiz, seg: Segmenter) -> dict:
    """Counts of each problem on one sheet, and examples."""
    c = {"items": 0, "blanks": 0, "choice_items": 0, "distractors": 0, "leaks": 0, "reused_distractors": 0,
         "foreign_distractors": 0, "fragments": 0, "glued_articles": 0, "file_name_titles": 0, "cut_blanks": 0,
         "cut_prompts": 0}
    examples: list[str] = []
    if title_problem(quiz.title):
        c["file_name_titles"] += 1
        examples.append(title_problem(quiz.title))
    items = quiz.items
    for i, item in enumerate(items):
        c["items"] += 1
        c["blanks"] += len(item.blanks)
        for problem in conflicts(item, items[:i] + items[i + 1:]):
            key = "reused_distractors" if "distractor" in problem else "leaks"
            c[key] += 1
            examples.append(problem)
        if item.kind == "choice":
            c["choice_items"] += 1
            answer = item.answers[0]
            for option in item.choices:
                if analysis_form(option) == analysis_form(answer):
                    continue
                c["distractors"] += 1
                if not same_shape(answer, option):
                    c["foreign_distractors"] += 1
                    examples.append(f"{item.id}: {option} for {answer}")
        if item.prompt.rstrip().endswith(("……", "…")):
            c["cut_prompts"] += 1  # a sentence too long for a prompt, cut at a comma (allowed, counted)
        why = fragment(item.prompt)
        if why:
            c["fragments"] += 1
            examples.append(f"{item.id}: fragment ({why}): {item.prompt[:60]}")
        if GLUED_ARTICLE.search(item.prompt.replace("＿", "某")):
            c["glued_articles"] += 1
            examples.append(f"{item.id}: glued article: {item.prompt[:60]}")
        if title_problem(item.source.get("doc", "")):
            c["file_name_titles"] += 1
            examples.append(f"{item.id}: cites {item.source.get('doc')}")
        cut = cut_blanks(item, seg)
        c["cut_blanks"] += len(cut)
        examples += [f"{item.id}: blank {item.answers[k]} cuts a word: {item.prompt[:60]}" for k in cut]
    return {"counts": c, "examples": examples}


def run(seeds: int = 3, n: int = 20) -> dict:
    seg = Segmenter()  # the reference engine with the lexicon: what "a word" means here
    result: dict = {"n": n, "seeds": list(range(1, seeds + 1)), "groups": {}}
    for group, srcs in sources().items():
        totals: dict[str, int] = {}
        per_source = {}
        examples: list[str] = []
        seconds = []
        for name, excerpts in srcs.items():
            src_counts: dict[str, int] = {}
            for seed in result["seeds"]:
                t = time.perf_counter()
                quiz = make_quiz(excerpts, n=n, kind="mixed", seed=seed)
                seconds.append(time.perf_counter() - t)
                checked = check_sheet(quiz, seg)
                for k, v in checked["counts"].items():
                    src_counts[k] = src_counts.get(k, 0) + v
                    totals[k] = totals.get(k, 0) + v
                examples += [f"{name} seed {seed}: {x}" for x in checked["examples"]]
            per_source[name] = src_counts
        totals["sheets"] = len(srcs) * seeds
        totals["cut_blank_rate"] = round(totals["cut_blanks"] / max(1, totals["blanks"]), 4)
        totals["seconds_per_sheet"] = round(sum(seconds) / max(1, len(seconds)), 2)
        result["groups"][group] = {"totals": totals, "sources": per_source, "examples": examples[:60]}
    return result


_ROWS = (("sheets", "sheets"), ("items", "items"), ("blanks", "blanks"), ("choice_items", "choice items"),
         ("leaks", "answer shown by another item"), ("reused_distractors", "distractor reused / another item's answer"),
         ("foreign_distractors", "distractor of another kind"), ("fragments", "fragment prompts"),
         ("glued_articles", "glued article numbers"), ("file_name_titles", "file-name titles"),
         ("cut_blanks", "blanks cutting a word"), ("cut_blank_rate", "share of blanks cutting a word"),
         ("cut_prompts", "prompts cut at a comma (……: the sentence is too long)"),
         ("seconds_per_sheet", "seconds per sheet"))


def table(result: dict) -> str:
    g = result["groups"]
    lines = [BEGIN, "## Quiz sheets: mechanical checks (`python -m eval.sheets`)", "",
             f"Sheets of {result['n']} items (kind mixed), seeds {result['seeds']}, from the tuning sources and from "
             "held-out sources the tuning never saw (lists in `eval/README.md`). Problems counted on every item.", "",
             "| check | tuning sources | held-out sources |", "|---|---|---|"]
    for key, label in _ROWS:
        a, b = g["tune"]["totals"].get(key, 0), g["held_out"]["totals"].get(key, 0)
        if key == "cut_blank_rate":
            a, b = f"{100 * a:.2f}%", f"{100 * b:.2f}%"
        lines.append(f"| {label} | {a} | {b} |")
    lines += ["", "Most of these checks are the rules `make_quiz` enforces while it picks items "
              "(`textkit.quiz.rules`), so zeros show the rules hold on sources the tuning never saw, not that "
              "the items are good: that is the hand-judged sample's job (`python -m eval.sheets --sample 120` "
              "writes held-out items for a fresh judge to `eval/judgments/sheets_heldout.json`). The cut-word "
              "check segments with the jieba engine, the maker with rjieba (the same tokens)."]
    blanks = data.RESULTS / "blanks.json"
    if blanks.exists():
        b = json.loads(blanks.read_text(encoding="utf-8"))
        lines += ["", f"Human-blank agreement (`eval/blanks.py`, {b['questions_located']} quiz-bank questions located in "
                  f"the political corpus): the human writer's answer is among textkit's top 3 key phrases of the "
                  f"sentence in {100 * b['top3']:.1f}% (top 5: {100 * b['top5']:.1f}%)."]
    bench = data.ROOT / "bench" / "results" / "phrases.json"
    if bench.exists():
        r = json.loads(bench.read_text(encoding="utf-8"))
        sec, q = r["seconds"], r["quiz_88_reports"]
        lines += ["", f"Speed (`bench/phrases.py`): key phrases of {r['text_chars']:,} characters (five government "
                  f"work reports) in {sec['textkit_extract_phrases']:.2f} s, {r['speed_vs_tfidf']}x the speed of "
                  f"jieba TF-IDF `extract_tags` ({sec['jieba_tfidf_extract_tags']:.2f} s) and "
                  f"{r['speed_vs_textrank']}x TextRank ({sec['jieba_textrank']:.2f} s) on the same text; `make_quiz` "
                  f"on the index of the {q['documents']} political reports in {q['quiz_make_seconds']:.1f} s (the index "
                  f"builds in {q['index_build_seconds']:.1f} s). Timed on a shared 2-core machine while other jobs ran: "
                  "the ratios compare runs made side by side, the absolute times are slower than on an idle machine."]
    lines += ["", END]
    return "\n".join(lines)


def write_table(result: dict, path: Path = REPORT) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = table(result)
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


SAMPLE = data.ROOT / "eval" / "judgments" / "sheets_heldout.json"
RUBRIC = ("answerable", "worth_asking", "natural", "whole_word_blank", "plausible_options", "no_leak", "fair_key")


def sample(k: int, n: int = 20) -> dict:
    """``k`` items drawn at random from held-out sheets, for a judge who has not seen them."""
    import random

    items = []
    for name, excerpts in sources()["held_out"].items():
        quiz = make_quiz(excerpts, n=n, kind="mixed", seed=1)
        for item in quiz.items:
            row = {"source": name, "sheet_title": quiz.title, **item.__dict__}
            row["blanks"] = [list(b) for b in item.blanks]
            row["verdict"] = {c: None for c in RUBRIC}
            row["note"] = ""
            items.append(row)
    random.Random(14).shuffle(items)
    return {"rubric": "docs DESIGN.md, 'What a sound quiz item is'; a choice item's plausible_options counts, "
                      "others null", "made_with": "make_quiz(n=20, kind='mixed', seed=1)", "items": items[:k]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--sample", type=int, default=0, help="write this many held-out items for judging instead")
    args = parser.parse_args()
    if args.sample:
        SAMPLE.write_text(json.dumps(sample(args.sample, args.n), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SAMPLE}")
        return
    result = run(args.seeds, args.n)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_table(result)
    print(json.dumps({k: v["totals"] for k, v in result["groups"].items()}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
