"""Tuning experiments on the CMRC ranking task, chosen on the tune half, reported on the held-out half.

``python -m eval.tune`` writes ``eval/results/tuning.json``. Settings are tried through textkit's
own index: BM25 k1/b (the module constants ``K1``/``B``, patched for the run
only), search-mode vs exact tokens (``Segmenter(mode=…)``), and, as a prototype outside
textkit, adding a character-bigram BM25 (the n-gram path) to the word score with weight w.
Rankings here are word BM25 from ``SearchIndex.bm25_scores`` (what decides CMRC questions, which
never occur verbatim); the chosen setting is also measured through the full ``search_many``.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import time

import numpy as np

from . import data, metrics


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _bigrams(text: str) -> list[str]:
    from textkit.search.index import analysis_key

    out = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[a-z0-9]+", analysis_key(text)):
        out.extend([run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)])
    return out


class _Bigram:
    """Character-bigram BM25 (bm25s, Lucene) over the corpus: the n-gram path as a score."""

    def __init__(self, texts: list[str], k1: float = 1.5, b: float = 0.75):
        import bm25s

        self.model = bm25s.BM25(k1=k1, b=b)
        self.model.index([_bigrams(t) for t in texts], show_progress=False)
        self.vocab = self.model.vocab_dict
        self.n = len(texts)

    def scores(self, query: str) -> np.ndarray:
        q = [t for t in _bigrams(query) if t in self.vocab]
        return self.model.get_scores(q) if q else np.zeros(self.n)


def _constants() -> tuple[float, float]:
    """textkit's BM25 k1 and b as shipped."""
    try:
        from textkit.search.bm25 import B, K1
    except ImportError:
        from textkit.search.index import B, K1
    return K1, B


def _ranked(score_rows, ids: list[str]) -> list[list[str]]:
    out = []
    for s in score_rows:
        top = np.argpartition(-s, 10)[:10]
        top = top[np.argsort(-s[top], kind="stable")]
        out.append([ids[i] for i in top if s[i] > 0])
    return out


def run(log=_stderr) -> dict:
    from textkit.search.index import SearchIndex
    from textkit.analysis.segment import Segmenter

    from .known_items import evaluate as known_rate, known_items
    from .systems import TextkitRanker, bm25_params

    excerpts, questions = data.cmrc()
    political = list(data.political())
    corpus = excerpts + political
    ids = [e.id for e in corpus]
    tune, test = data.split(questions)
    items = known_items(political)
    t = time.perf_counter()
    default_k1, default_b = _constants()
    indexes = {}
    for mode in ("search", "exact"):
        indexes[mode] = SearchIndex.build(corpus, segmenter=Segmenter(engine="fast", mode=mode))
    default_mode = SearchIndex().segmenter.mode
    log(f"indexes: {time.perf_counter() - t:.0f} s")

    def word_scores(index, qs) -> list[np.ndarray]:
        return [index.bm25_scores(index.analyze(q.text)) for q in qs]

    def measure(qs, rows) -> dict:
        return metrics.summarize(_ranked(rows, ids), [q.target for q in qs])

    def setting(mode: str, k1: float, b: float):
        return bm25_params(k1, b, indexes[mode])

    def full(mode: str) -> dict:
        """The whole search path (search_many, verbatim tiers) and known items, as a user gets them."""
        ranker = TextkitRanker.__new__(TextkitRanker)
        ranker.name, ranker.index = mode, indexes[mode]
        ranked = dict(zip((q.id for q in test), ranker.rank([q.text for q in test], k=10)))
        return {"test_search_many": metrics.summarize([ranked[q.id] for q in test], [q.target for q in test]),
                "known_items": known_rate({"t": ranker}, items)["t"]}

    grid = []
    for mode in indexes:
        for k1, b in itertools.product((0.3, 0.6, 0.9, 1.2, 1.5), (0.1, 0.3, 0.5, 0.75)):
            with setting(mode, k1, b):
                grid.append({"mode": mode, "k1": k1, "b": b,
                             "tune": measure(tune, word_scores(indexes[mode], tune))["mrr@10"]})
    log(f"grid: {time.perf_counter() - t:.0f} s")
    best = max(grid, key=lambda g: g["tune"])
    report = {}
    for name, (mode, k1, b) in {"default": (default_mode, default_k1, default_b),
                                "best": (best["mode"], best["k1"], best["b"])}.items():
        with setting(mode, k1, b):
            rows = {"tune": word_scores(indexes[mode], tune), "test": word_scores(indexes[mode], test)}
            report[name] = {"mode": mode, "k1": k1, "b": b, "rows": rows,
                            "tune": measure(tune, rows["tune"]), "test": measure(test, rows["test"]), **full(mode)}
    log(f"settings: {time.perf_counter() - t:.0f} s")

    bigram = _Bigram([e.text for e in corpus])
    grams = {"tune": [bigram.scores(q.text) for q in tune], "test": [bigram.scores(q.text) for q in test]}
    words = report["best"].pop("rows")
    report["default"].pop("rows")
    weights = [{"w": w, "tune": measure(tune, [a + w * g for a, g in zip(words["tune"], grams["tune"])])["mrr@10"]}
               for w in (0.0, 0.25, 0.5, 1.0, 1.5, 2.0)]
    best_w = max(weights, key=lambda g: g["tune"])["w"]
    combined = {p: [a + best_w * g for a, g in zip(words[p], grams[p])] for p in ("tune", "test")}
    log(f"bigrams: {time.perf_counter() - t:.0f} s")
    return {
        "method": "chosen on tune (even CMRC articles), reported on test (odd articles); word BM25 via "
                  "SearchIndex.bm25_scores on indexes built with Segmenter(engine='fast', mode=…), "
                  "textkit's K1/B constants patched for the run; test_search_many is the full search path; "
                  "known items (not tuned on) as a second held-out check; bigram BM25 from bm25s (prototype)",
        "default": report["default"],
        "best_words": report["best"],
        "grid": grid,
        "bigram_weights": weights,
        "best_with_bigrams": {"w": best_w, "tune": measure(tune, combined["tune"]), "test": measure(test, combined["test"])},
        "seconds": round(time.perf_counter() - t, 1),
    }


def main() -> None:
    if not data.available():
        sys.exit(f"evaluation data not found under {data.DATA}")
    result = run()
    out = data.RESULTS / "tuning.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "grid"}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
