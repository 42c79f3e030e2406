"""Do textkit's key phrases agree with the blanks human quiz writers chose?

Takes real quiz-bank questions (``../shared/data/quizbank``) whose filled-in sentence occurs in
the political corpus (``../shared/data/political/*.jsonl``), runs textkit's phrase ranking on that
corpus sentence and counts how often the human writer's answer is among the top 3 / top 5.
Writes ``eval/results/blanks.json``.

    python eval/blanks.py [--limit 1500]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.quiz.grading import key  # noqa: E402
from textkit.analysis.normalize import analysis_form  # noqa: E402
from textkit.quiz.phrases import rank_candidates  # noqa: E402
from textkit.analysis.segment import Segmenter  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "eval" / "results" / "blanks.json"
CONTEXT = 5  # characters each side of the answer that must match the question
_SENTENCE = re.compile(r"[。！？；\n]")


def corpus() -> str:
    parts = []
    for path in sorted((DATA / "political").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                parts.append(analysis_form(json.loads(line).get("content") or ""))
    return "\n".join(parts)


def questions() -> list[tuple[str, str, str]]:
    """(bank, question text with the blank removed, answer) for single text answers."""
    out = []
    for row in json.loads((DATA / "quizbank" / "xxqg_questionbank.json").read_text(encoding="utf-8")):
        answer = (row.get("answer") or "").strip()
        if answer and not re.fullmatch(r"[A-Z]+", answer):
            out.append(("questionbank", row["question"], answer))
    for row in json.loads((DATA / "quizbank" / "xxqg_dd.json").read_text(encoding="utf-8")):
        stem = row["Question"].split("|")[0]
        answer = (row.get("Answer") or "").strip()
        if answer and len(re.findall(r" +", stem)) == 1:  # one blank, written as spaces
            out.append(("dd", re.sub(r" +", "", stem), answer))
    return out


def locate(text: str, question: str, answer: str) -> tuple[int, int] | None:
    """Where ``answer`` sits in the corpus with the question's words on both sides of it."""
    q = analysis_form(question)
    a = analysis_form(answer)
    start = 0
    while (i := text.find(a, start)) >= 0:
        start = i + 1
        left, right = text[max(0, i - CONTEXT):i], text[i + len(a):i + len(a) + CONTEXT]
        if len(left) == CONTEXT and len(right) == CONTEXT and "\n" not in left + right and left + right in q:
            return i, i + len(a)
    return None


def sentence(text: str, a: int, b: int) -> tuple[str, int]:
    start = max((m.end() for m in _SENTENCE.finditer(text, max(0, a - 400), a)), default=max(0, a - 400))
    m = _SENTENCE.search(text, b)
    return text[start:m.end() if m else len(text)], start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1500, help="at most this many located questions (random, seed 0)")
    args = parser.parse_args()
    t0 = time.time()
    text = corpus()
    qs = questions()
    random.Random(0).shuffle(qs)
    seg = Segmenter()
    cases, seen = [], set()
    for bank, question, answer in qs:
        if len(cases) >= args.limit:
            break
        span = locate(text, question, answer)
        if span is None:
            continue
        sent, offset = sentence(text, *span)
        if (sent, answer) in seen:
            continue
        seen.add((sent, answer))
        cases.append((bank, sent, answer))
    # Halves by sentence (crc32 parity): phrase ranking was tuned on "tune" only.
    halves = {"tune": [0, 0, 0, 0], "held_out": [0, 0, 0, 0]}
    hits = {3: 0, 5: 0}
    partial3 = 0
    anywhere = 0
    chance3 = 0.0
    by_len = {}
    examples = []
    for bank, sent, answer in cases:
        ranked = rank_candidates([sent], seg)
        keys = [[key(m) for m in c.members] for c in ranked]
        a = key(answer)
        ranks = [n for n, members in enumerate(keys) if a in members]
        first = ranks[0] if ranks else None
        anywhere += first is not None
        chance3 += min(3, len(keys)) / len(keys) if first is not None else 0.0
        for k in hits:
            hits[k] += first is not None and first < k
        half = halves["tune" if zlib.crc32(sent.encode("utf-8")) % 2 == 0 else "held_out"]
        half[0] += 1
        half[1] += first is not None and first < 3
        half[2] += first is not None and first < 5
        half[3] += first is not None
        partial3 += any(a in m or m in a for members in keys[:3] for m in members)
        bucket = "1" if len(a) == 1 else "2-4" if len(a) <= 4 else "5+"
        stats = by_len.setdefault(bucket, [0, 0])
        stats[0] += 1
        stats[1] += first is not None and first < 3
        if len(examples) < 25:
            examples.append({"sentence": sent, "answer": answer, "top5": ["、".join(m) for m in keys[:5]]})
    n = len(cases)
    result = {
        "questions_located": n,
        "banks": {b: sum(1 for c in cases if c[0] == b) for b in ("questionbank", "dd")},
        "top3": round(hits[3] / n, 3) if n else None,
        "top5": round(hits[5] / n, 3) if n else None,
        "top3_overlap": round(partial3 / n, 3) if n else None,
        "answer_among_all_candidates": round(anywhere / n, 3) if n else None,
        "top3_if_three_candidates_were_picked_at_random": round(chance3 / n, 3) if n else None,
        "halves": {h: {"n": v[0], "top3": round(v[1] / v[0], 3), "top5": round(v[2] / v[0], 3),
                       "answer_among_all_candidates": round(v[3] / v[0], 3)} for h, v in halves.items() if v[0]},
        "top3_by_answer_length": {k: {"n": v[0], "top3": round(v[1] / v[0], 3)} for k, v in sorted(by_len.items())},
        "method": "answer located in the political corpus with 5 matching characters each side; textkit "
                  "rank_candidates on the corpus sentence; hit = the answer is exactly (textkit.quiz.grading.key: width, t2s, no punctuation/quotes) a top-k "
                  "phrase or a member of a top-k series; top3_overlap also counts a top-3 phrase inside the "
                  "answer or the answer inside one",
        "seconds": round(time.time() - t0, 1),
        "examples": examples,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "examples"}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
