"""Tuning experiments on the CMRC ranking task, chosen on the tune half, reported on the held-out half.

``python -m eval.tune`` writes ``eval/results/tuning.json``. Settings are tried through textkit's
own index: BM25 k1/b (the module constants ``textkit.index.K1``/``B``, patched for the run
only), query and document stopwords (a Segmenter that drops them), and, as a prototype outside
textkit, adding a character-bigram BM25 (the n-gram path) to the word score with weight w.
Rankings here are word BM25 from ``SearchIndex.bm25_scores`` (what decides CMRC questions, which
never occur verbatim); ``eval.run`` measures the full ``search_many``.
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


def _stop() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_CHINESE

    return frozenset(STOPWORDS_CHINESE)


def _bigrams(text: str) -> list[str]:
    from textkit.index import analysis_key

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


def _ranked(score_rows, ids: list[str]) -> list[list[str]]:
    out = []
    for s in score_rows:
        top = np.argpartition(-s, 10)[:10]
        top = top[np.argsort(-s[top], kind="stable")]
        out.append([ids[i] for i in top if s[i] > 0])
    return out


def run(log=_stderr) -> dict:
    import textkit.index as tki
    from textkit.index import SearchIndex

    excerpts, questions = data.cmrc()
    corpus = excerpts + list(data.political())
    ids = [e.id for e in corpus]
    tune, test = data.split(questions)
    stop = _stop()
    t = time.perf_counter()
    index = SearchIndex.build(corpus)
    log(f"index: {time.perf_counter() - t:.0f} s")
    tokens = {q.id: index.analyze(q.text) for q in questions}

    def word_scores(qs, drop_stop: bool) -> list[np.ndarray]:
        return [index.bm25_scores([w for w in tokens[q.id] if not (drop_stop and w in stop)]) for q in qs]

    def measure(qs, rows) -> dict:
        return metrics.summarize(_ranked(rows, ids), [q.target for q in qs])

    default_k1, default_b = tki.K1, tki.B
    grid = []
    try:
        for k1, b, drop in itertools.product((0.3, 0.6, 0.9, 1.2, 1.5), (0.1, 0.3, 0.5, 0.75), (False, True)):
            tki.K1, tki.B = k1, b
            index._reset_cache()
            grid.append({"k1": k1, "b": b, "query_stopwords_removed": drop,
                         "tune": measure(tune, word_scores(tune, drop))["mrr@10"]})
        log(f"grid: {time.perf_counter() - t:.0f} s")
        best = max(grid, key=lambda g: g["tune"])
        tki.K1, tki.B = best["k1"], best["b"]
        index._reset_cache()
        best_words = {"tune": word_scores(tune, best["query_stopwords_removed"]),
                      "test": word_scores(test, best["query_stopwords_removed"])}
        tki.K1, tki.B = default_k1, default_b
        index._reset_cache()
        default_words = {"tune": word_scores(tune, False), "test": word_scores(test, False)}
    finally:
        tki.K1, tki.B = default_k1, default_b
        index._reset_cache()

    bigram = _Bigram([e.text for e in corpus])
    grams = {"tune": [bigram.scores(q.text) for q in tune], "test": [bigram.scores(q.text) for q in test]}
    weights = []
    for w in (0.0, 0.25, 0.5, 1.0, 1.5, 2.0):
        weights.append({"w": w, "tune": measure(tune, [a + w * g for a, g in zip(best_words["tune"], grams["tune"])])["mrr@10"]})
    best_w = max(weights, key=lambda g: g["tune"])["w"]
    log(f"bigrams: {time.perf_counter() - t:.0f} s")

    def both(rows_by_part):
        return {"tune": measure(tune, rows_by_part["tune"]), "test": measure(test, rows_by_part["test"])}

    # Stopwords dropped from the documents too (a Segmenter that never yields them), at the best k1/b.
    class _NoStop(type(index.segmenter)):
        def __call__(self, text: str) -> list[str]:
            return [w for w in super().__call__(text) if w not in stop]

    seg = index.segmenter
    nostop = SearchIndex.build(corpus, segmenter=_NoStop(engine=seg.engine, mode=seg.mode, hmm=seg.hmm))
    try:
        tki.K1, tki.B = best["k1"], best["b"]
        nostop._reset_cache()
        doc_stop = {p: [nostop.bm25_scores(nostop.analyze(q.text)) for q in qs] for p, qs in (("tune", tune), ("test", test))}
    finally:
        tki.K1, tki.B = default_k1, default_b
    log(f"stopwords in documents: {time.perf_counter() - t:.0f} s")

    combined = {p: [a + best_w * g for a, g in zip(best_words[p], grams[p])] for p in ("tune", "test")}
    return {
        "method": "chosen on tune (even CMRC articles), reported on test (odd articles); word BM25 "
                  "via SearchIndex.bm25_scores with textkit.index.K1/B patched; bigram BM25 from bm25s",
        "default": {"k1": default_k1, "b": default_b, **both(default_words)},
        "grid": grid,
        "best_words": {**{k: best[k] for k in ("k1", "b", "query_stopwords_removed")}, **both(best_words)},
        "stopwords_also_in_documents": {"k1": best["k1"], "b": best["b"], **both(doc_stop)},
        "bigram_weights": weights,
        "best_with_bigrams": {"w": best_w, **both(combined)},
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
