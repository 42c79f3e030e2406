"""``docs/quality.md`` from the harness's results (written by ``eval.run``)."""

from __future__ import annotations

import json
from pathlib import Path

from . import data
from .cloze import JUDGMENTS, load

REPORT = data.ROOT / "docs" / "quality.md"


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _ranking(r: dict) -> list[str]:
    lines = ["| system | MRR@10 (all) | R@1 | R@5 | MRR@10 tune half | MRR@10 held-out half |",
             "|---|---|---|---|---|---|"]
    for name, v in r["ranking"].items():
        a = v["all"]
        lines.append(f"| {name} | {_f(a['mrr@10'])} | {_pct(a['recall@1'])} | {_pct(a['recall@5'])} "
                     f"| {_f(v['tune']['mrr@10'])} | {_f(v['test']['mrr@10'])} |")
    for name, m in (r.get("ranking_margin") or {}).items():
        for part, g in m.items():
            verdict = "meets" if g["meets_target"] else "misses"
            lines.append("")
            lines.append(f"On {'all questions' if part == 'all' else 'the held-out half'}: {name} {_f(g['textkit_mrr@10'])} "
                         f"vs best peer ({g['best_peer']}) {_f(g['best_peer_mrr@10'])}: gap {g['gap']:+.3f}, "
                         f"{verdict} the +0.010 target.")
    return lines


def _recall(r: dict) -> list[str]:
    lines = []
    for kind, title in (("substrings", "Random rare substrings (2–6 characters, each occurring once)"),
                        ("words", "Whole words (a plain jieba's words of 2+ characters, each occurring once)")):
        res = r["recall"][kind]
        lengths = sorted({k for v in res.values() for k in v["by_length"]})
        lines += [f"**{title}**, found at rank 1:", "",
                  "| system | n | at rank 1 | " + " | ".join(f"len {k}" for k in lengths) + " |",
                  "|---|---|---|" + "---|" * len(lengths)]
        for name, v in res.items():
            lines.append(f"| {name} | {v['n']} | {_pct(v['at_rank_1'])} | "
                         + " | ".join(_pct(v["by_length"].get(k)) for k in lengths) + " |")
        lines.append("")
    return lines


def _known(r: dict) -> list[str]:
    lines = ["| system | items | source excerpt first | in top 5 |", "|---|---|---|---|"]
    for name, v in r["known_items"].items():
        lines.append(f"| {name} | {v['n']} | {_pct(v['at_rank_1'])} | {_pct(v['in_top_5'])} |")
    return lines


def _other(title: str, value: dict | None, how: str) -> list[str]:
    if value is None:
        return [f"Not measured in this run ({how})."]
    if title == "segmentation" and isinstance(value.get("bakeoff_f1"), dict):
        f1 = value["bakeoff_f1"]
        systems = list(dict.fromkeys(name for corpus in f1.values() for name in corpus))
        lines = [f"From `eval/segmentation.py` (`eval/results/segmentation.json`): F1 with the official rule (word spans).", "",
                 "| system | " + " | ".join(c.upper() for c in f1) + " |", "|---|" + "---|" * len(f1)]
        for name in systems:
            lines.append(f"| {name} | " + " | ".join(_f(f1[c].get(name, {}).get("f1")) for c in f1) + " |")
        return lines + [""] + [f"- {note}" for note in value.get("notes", [])]
    if title == "blanks":
        flat = {k: v for k, v in value.items() if isinstance(v, (int, float, str)) and k not in ("method", "seconds")}
        lines = [f"From `eval/blanks.py` (`eval/results/blanks.json`):", ""]
        lines += [f"- {k.replace('_', ' ')}: {v}" for k, v in flat.items()]
        for k, v in value.items():
            if isinstance(v, dict) and k != "examples":
                lines.append(f"- {k.replace('_', ' ')}: " + json.dumps(v, ensure_ascii=False))
        if value.get("method"):
            lines += ["", f"Method: {value['method']}."]
        return lines
    shown = {k: v for k, v in value.items() if k not in ("examples", "misses")}
    return [f"From `eval/{title}.py` (its own figures, folded in as written):", "",
            "```json", json.dumps(shown, ensure_ascii=False, indent=2)[:4000], "```"]


def _cloze(r: dict) -> list[str]:
    s = r.get("cloze_judgments")
    if not s:
        return ["No judgments kept yet: run `python -m eval.cloze sample`, then judge each item."]
    doc = load(JUDGMENTS)
    rows = doc["items"]
    lines = [f"{s['judged']} items of `make_quiz(congress reports, n=50, kind=\"cloze\", seed={s['seed']})`, "
             f"judged by reading each one: answerable {_pct(s['answerable'])}, worth asking "
             f"{_pct(s['worth_asking'])}, both {_pct(s['good'])}. The verdicts are kept in "
             f"`{JUDGMENTS.relative_to(data.ROOT)}`; `python -m eval.cloze compare` shows which of "
             "today's items are unchanged since."]
    for key, label in (("judged_against", "Judged against"), ("earlier_sample", "Earlier sample kept")):
        if doc.get(key):
            lines += ["", f"{label}: {doc[key]}."]
    lines += ["", "Items judged not good, and why:", ""]
    for row in rows:
        if not (row["answerable"] and row["worth_asking"]):
            lines.append(f"- {row['id']} `{'/'.join(row['answers'])}`: {row['note']}")
    other = [row for row in rows if row["answerable"] and row["worth_asking"] and row["note"]]
    if other:
        lines += ["", "Notes on items judged good:", ""]
        lines += [f"- {row['id']} `{'/'.join(row['answers'])}`: {row['note']}" for row in other]
    return lines


def _tuning(r: dict) -> list[str]:
    t = r.get("tuning")
    if not t:
        return ["No tuning run kept (`python -m eval.tune` writes `eval/results/tuning.json`)."]
    d, w, bw = t["default"], t["best_words"], t["best_with_bigrams"]
    lines = [t["method"] + ".", "",
             "| setting | MRR@10 tune | MRR@10 held-out | R@1 held-out | held-out, full search path | known items first |",
             "|---|---|---|---|---|---|"]
    for label, x in ((f"textkit today ({d['mode']} mode, k1={d['k1']}, b={d['b']})", d),
                     (f"{w['mode']} mode, k1={w['k1']}, b={w['b']}", w)):
        lines.append(f"| {label} | {_f(x['tune']['mrr@10'])} | {_f(x['test']['mrr@10'])} | {_pct(x['test']['recall@1'])} "
                     f"| {_f(x['test_search_many']['mrr@10'])} | {_pct(x['known_items']['at_rank_1'])} |")
    lines.append(f"| same + {bw['w']} × character-bigram BM25 (prototype) | {_f(bw['tune']['mrr@10'])} | "
                 f"{_f(bw['test']['mrr@10'])} | {_pct(bw['test']['recall@1'])} | – | – |")
    bs = sorted({g["b"] for g in t["grid"]})
    lines += ["", "Grid on the tune half (word BM25 MRR@10; search mode / exact mode):", "",
              "| k1 \\ b | " + " | ".join(str(b) for b in bs) + " |", "|---|" + "---|" * len(bs)]
    for k1 in sorted({g["k1"] for g in t["grid"]}):
        cells = []
        for b in bs:
            vals = {g["mode"]: g["tune"] for g in t["grid"] if g["k1"] == k1 and g["b"] == b}
            cells.append(f"{vals.get('search', 0):.4f} / {vals.get('exact', 0):.4f}")
        lines.append(f"| {k1} | " + " | ".join(cells) + " |")
    lines += ["", "Bigram weight on the tune half: " + ", ".join(f"w={x['w']}: {x['tune']:.4f}" for x in t["bigram_weights"])]
    return lines


def _headline(r: dict) -> list[str]:
    """The few figures the README shows."""
    lines = ["| measure | " + " | ".join(r["ranking"]) + " |", "|---|" + "---|" * len(r["ranking"])]
    rows = [("CMRC MRR@10, held-out half", lambda n: _f(r["ranking"][n]["test"]["mrr@10"])),
            ("rare substrings found first", lambda n: _pct(r["recall"]["substrings"][n]["at_rank_1"])),
            ("rare whole words found first", lambda n: _pct(r["recall"]["words"][n]["at_rank_1"])),
            ("quiz-bank stems find their source first", lambda n: _pct(r["known_items"][n]["at_rank_1"]))]
    for label, cell in rows:
        lines.append(f"| {label} | " + " | ".join(cell(n) for n in r["ranking"]) + " |")
    return lines


def render(r: dict) -> str:
    c = r["corpus"]
    parts = [
        "# Quality of textkit's results",
        "",
        "Made by `python -m eval.run` (see `eval/README.md`) from `../shared/data`; the figures are in "
        "`eval/results/quality.json`. Every ranking test searches one corpus: "
        f"{c['cmrc_paragraphs']} CMRC 2018 dev paragraphs plus {c['political_excerpts']} excerpts of the "
        "government work reports and CPC congress reports (as `load_corpus` splits them). Peers tokenize "
        "with a plain `jieba.Tokenizer()` (exact mode unless said) and keep their library defaults "
        "(k1=1.5, b=0.75). Held-out split: " + r["split"] + f". Run time {r['seconds']} s.",
        "",
        "## Headline",
        "",
        *_headline(r),
        "",
        "## Ranking: CMRC 2018 dev questions find their own paragraph",
        "",
        *_ranking(r),
        "",
        "## Recall: any rare piece of text is found first",
        "",
        *_recall(r),
        "## Known items: quiz-bank questions traced to the political corpus",
        "",
        "Quiz-bank questions (`xxqg_dd.json`, `xxqg_questionbank.json`) whose blank, filled in with 8 "
        "characters of context either side, occurs in the political corpus; the query is the stem with "
        "its blank removed; the source excerpt should come first.",
        "",
        *_known(r),
        "",
        "## Segmentation (SIGHAN 2005 PKU / MSR)",
        "",
        *_other("segmentation", r.get("segmentation"), "`eval/segmentation.py` writes `eval/results/segmentation.json`"),
        "",
        "## Blanks: textkit's phrases against human quiz writers",
        "",
        *_other("blanks", r.get("blanks"), "`eval/blanks.py` writes `eval/results/blanks.json`"),
        "",
        "### Hand-judged cloze items (congress reports)",
        "",
        *_cloze(r),
        "",
        "## Tuning (held-out split)",
        "",
        *_tuning(r),
        "",
    ]
    return "\n".join(parts)


#: The hand-judged samples (``eval.judge_sheets``), newest first: each folder's README goes into the report.
JUDGED = ("round121", "round120", "round119", "round118", "round117", "round116", "round115", "round114", "round113",
          "round112", "round111", "round110", "round109", "round108", "round107", "round106", "round105", "round104",
          "round103", "round102", "round101", "round100", "round99", "round98", "round97", "round96", "round95",
          "round94", "round93", "round92", "round91", "round90", "round89", "round88", "round87", "round86",
          "round85", "round84", "round83", "round82", "round81", "round80", "round79", "round78", "round77",
          "round76", "round75", "round74", "round73", "round72", "round71", "round70", "round69", "round68",
          "round67", "round66", "round65", "round64", "round63", "round62", "round61", "round60", "round59",
          "round58", "round57", "round56", "round55", "round54", "round53", "round52", "round51", "round50",
          "round49", "round48", "round47", "round46", "round45", "round44", "round43", "round42", "round41",
          "round40", "round39", "round38", "round37", "round36", "round35", "round34", "round33", "round32",
          "round31", "round30", "round29", "round28", "round27", "round26", "round25", "round24", "round23",
          "round22", "round21", "round20", "round19", "round18", "round17", "round16", "round15", "round14",
          "round13", "round12", "round11", "round10", "round9", "round8", "round7", "round6", "round5", "last",
          "final", "fresh", "heldout")


def write_report(results: dict, path: Path = REPORT) -> Path:
    """Write ``docs/quality.md`` (the analysis and recommendations live in its last section)."""
    notes = data.ROOT / "eval" / "notes.md"
    text = render(results)
    if notes.exists():
        text += "\n" + notes.read_text(encoding="utf-8")
    for sample in JUDGED:
        judged = data.ROOT / "eval" / "judgments" / sample / "README.md"
        if judged.exists():
            text = text.rstrip("\n") + "\n\n" + judged.read_text(encoding="utf-8")
    sheets = data.RESULTS / "sheets.json"
    if sheets.exists():  # the quiz-sheet checks of eval.sheets, kept across regenerations
        from .sheets import table

        text = text.rstrip("\n") + "\n\n" + table(json.loads(sheets.read_text(encoding="utf-8"))) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
