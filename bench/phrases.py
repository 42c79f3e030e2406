"""Key phrases and quiz making against jieba's keyword extractors, on the same text (issue 14).

1. ``extract_phrases`` on five government work reports (2021–2025, ~91k characters) against
   ``jieba.analyse`` TF-IDF ``extract_tags`` and ``TextRank.textrank`` on the same text, each with its
   own private tokenizer (never jieba's global one), warmed up, best of several runs.
2. ``make_quiz`` (20 items, mixed) on the excerpts of an index of the 88 political reports (both
   political ``.jsonl`` files), with the time to build that index beside it.

    python bench/phrases.py [--runs 3]

Writes ``bench/results/phrases.json`` and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textkit.analysis.load import load_corpus  # noqa: E402
from textkit.quiz.maker import make_quiz  # noqa: E402
from textkit.quiz.phrases import extract_phrases  # noqa: E402
from textkit.search.index import SearchIndex  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "political"
OUT = ROOT / "bench" / "results" / "phrases.json"


def _best(fn, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def five_reports() -> str:
    rows = [json.loads(line) for line in (DATA / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows = sorted((r for r in rows if r.get("year")), key=lambda r: int(r["year"]))[-5:]
    return "\n".join(r["content"] for r in rows)


def jieba_extractors():
    """TF-IDF and TextRank extractors on a private tokenizer each."""
    import jieba
    import jieba.analyse
    import jieba.posseg

    tokenizer = jieba.Tokenizer()
    tfidf = jieba.analyse.TFIDF()
    tfidf.tokenizer = tokenizer
    tfidf.postokenizer = jieba.posseg.POSTokenizer(tokenizer)
    textrank = jieba.analyse.TextRank()
    textrank.tokenizer = textrank.postokenizer = jieba.posseg.POSTokenizer(tokenizer)
    return tfidf, textrank


def run(runs: int = 3) -> dict:
    text = five_reports()
    lines = text.split("\n")
    tfidf, textrank = jieba_extractors()
    warm = "坚决做到两个维护，大力弘扬劳模精神、劳动精神、工匠精神。"
    tfidf.extract_tags(warm)
    textrank.textrank(warm)
    extract_phrases(warm)
    t_tfidf = _best(lambda: tfidf.extract_tags(text, topK=30), runs)
    t_textrank = _best(lambda: textrank.textrank(text, topK=30), runs)
    t_phrases = _best(lambda: extract_phrases(lines, k=30), runs)

    excerpts = load_corpus([str(DATA / "government_work_reports.jsonl"), str(DATA / "cpc_congress_reports.jsonl")])
    t = time.perf_counter()
    index = SearchIndex.build(excerpts)
    t_index = time.perf_counter() - t
    docs = len({e.doc for e in index.excerpts})
    steps: list[tuple[int, int]] = []
    t = time.perf_counter()
    quiz = make_quiz(index.excerpts, n=20, kind="mixed", seed=1, progress=lambda d, n: steps.append((d, n)))
    t_quiz = time.perf_counter() - t
    return {
        "text_chars": len(text),
        "runs": runs,
        "seconds": {"textkit_extract_phrases": round(t_phrases, 3), "jieba_tfidf_extract_tags": round(t_tfidf, 3),
                    "jieba_textrank": round(t_textrank, 3)},
        "speed_vs_tfidf": round(t_tfidf / t_phrases, 2),
        "speed_vs_textrank": round(t_textrank / t_phrases, 2),
        "quiz_88_reports": {"documents": docs, "excerpts": len(index.excerpts), "index_build_seconds": round(t_index, 2),
                            "quiz_make_seconds": round(t_quiz, 2), "items": len(quiz.items),
                            "progress_calls": len(steps)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    result = run(parser.parse_args().runs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    s = result["seconds"]
    q = result["quiz_88_reports"]
    print(f"key phrases on {result['text_chars']:,} chars: textkit {s['textkit_extract_phrases']:.3f} s, "
          f"jieba TF-IDF {s['jieba_tfidf_extract_tags']:.3f} s ({result['speed_vs_tfidf']}x its speed), "
          f"TextRank {s['jieba_textrank']:.3f} s ({result['speed_vs_textrank']}x)")
    print(f"quiz make on the {q['documents']} reports ({q['excerpts']:,} excerpts): {q['quiz_make_seconds']:.1f} s "
          f"(index build {q['index_build_seconds']:.1f} s)")


if __name__ == "__main__":
    main()
