"""The rankers compared: textkit's SearchIndex and the peers (jieba + bm25s, jieba + rank-bm25).

Each ranker is built once over a list of excerpts and answers ``rank(queries, k)`` with the ids
of the excerpts it puts first, so every test scores every system the same way.
"""

from __future__ import annotations

import json
import logging
import time
from contextlib import contextmanager
from typing import Callable, Sequence

import numpy as np

from textkit.analysis.excerpts import Excerpt

from . import data

Tokenize = Callable[[str], list[str]]


def jieba_tokenizer(mode: str = "exact") -> Tokenize:
    """A plain ``jieba.Tokenizer()`` of its own (never the global one), exact or search mode."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    if mode == "search":
        return tok.lcut_for_search
    return tok.lcut


def without_stopwords(tokenize: Tokenize) -> Tokenize:
    """``tokenize`` minus bm25s' Chinese stopwords, punctuation and whitespace tokens."""
    from bm25s.stopwords import STOPWORDS_CHINESE

    stop = frozenset(STOPWORDS_CHINESE)

    def run(text: str) -> list[str]:
        return [t for t in tokenize(text) if t not in stop and any(c.isalnum() for c in t)]

    return run


class Bm25sRanker:
    """bm25s with its default settings (Lucene BM25, k1=1.5, b=0.75) over given tokens."""

    def __init__(self, name: str, excerpts: Sequence[Excerpt], tokens: list[list[str]], tokenize: Tokenize, **params):
        import bm25s

        self.name = name
        self.ids = [e.id for e in excerpts]
        self.tokenize = tokenize
        self.retriever = bm25s.BM25(**params)
        self.retriever.index(tokens, show_progress=False)
        self._vocab = self.retriever.vocab_dict

    def rank(self, queries: Sequence[str], k: int = 10) -> list[list[str]]:
        # bm25s rejects a query whose tokens are all unknown: keep known ones, mark empty queries.
        tokenized = [[t for t in self.tokenize(q) if t in self._vocab] for q in queries]
        empty = [not q for q in tokenized]
        filler = next(iter(self._vocab))
        tokenized = [q or [filler] for q in tokenized]
        docs, _scores = self.retriever.retrieve(tokenized, k=k, show_progress=False)
        return [[] if e else [self.ids[i] for i in row] for row, e in zip(docs, empty)]


class RankBm25Ranker:
    """rank-bm25's ``BM25Okapi`` with its defaults (k1=1.5, b=0.75, epsilon=0.25).

    ``BM25Okapi.get_scores`` loops in Python over every document for every query term (about
    65 ms a query here), so the same formula is applied with a sparse matrix built from the
    model's own idf, lengths and parameters; :meth:`check` compares it with ``get_scores``.
    """

    def __init__(self, name: str, excerpts: Sequence[Excerpt], tokens: list[list[str]], tokenize: Tokenize):
        from rank_bm25 import BM25Okapi
        from scipy import sparse

        self.name = name
        self.ids = [e.id for e in excerpts]
        self.tokenize = tokenize
        self.model = BM25Okapi(tokens)
        m = self.model
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        norm = m.k1 * (1 - m.b + m.b * np.asarray(m.doc_len, dtype=np.float64) / m.avgdl)
        for d, freqs in enumerate(m.doc_freqs):
            for term, tf in freqs.items():
                rows.append(vocab.setdefault(term, len(vocab)))
                cols.append(d)
                vals.append(tf * (m.k1 + 1) / (tf + norm[d]))
        self.vocab = vocab
        self.weights = sparse.csr_matrix((vals, (rows, cols)), shape=(len(vocab), len(self.ids)))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        out = np.zeros(len(self.ids))
        for term in query_tokens:  # repeated query terms count again, as in get_scores
            row = self.vocab.get(term)
            if row is not None:
                out += (self.model.idf.get(term) or 0) * self.weights.getrow(row).toarray().ravel()
        return out

    def rank(self, queries: Sequence[str], k: int = 10) -> list[list[str]]:
        out = []
        for q in queries:
            tokens = self.tokenize(q)
            s = self.scores(tokens)
            if not s.any():
                out.append([])
                continue
            top = np.argpartition(-s, min(k, len(s) - 1))[:k]
            top = top[np.argsort(-s[top], kind="stable")]
            out.append([self.ids[i] for i in top if s[i] > 0])  # no score, no match
        return out

    def check(self, queries: Sequence[str]) -> float:
        """Largest difference between these scores and ``BM25Okapi.get_scores`` on ``queries``."""
        return max(
            float(np.abs(self.scores(self.tokenize(q)) - self.model.get_scores(self.tokenize(q))).max())
            for q in queries
        )


class TextkitRanker:
    """textkit's :class:`SearchIndex` as built by a user: ``SearchIndex.build(excerpts)``."""

    def __init__(self, name: str, excerpts: Sequence[Excerpt], **build_args):
        from textkit.search.index import SearchIndex

        self.name = name
        self.index = SearchIndex.build(list(excerpts), **build_args)

    def rank(self, queries: Sequence[str], k: int = 10) -> list[list[str]]:
        return [[h.excerpt for h in hits] for hits in self.index.search_many(list(queries), k=k)]


class TunedTextkitRanker(TextkitRanker):
    """textkit built with a proposed setting: its segmenter mode and BM25 k1/b."""

    def __init__(self, name: str, excerpts: Sequence[Excerpt], mode: str, k1: float, b: float):
        from textkit.analysis.segment import Segmenter

        super().__init__(name, excerpts, segmenter=Segmenter(engine="fast", mode=mode), k1=k1, b=b)


@contextmanager
def bm25_params(k1: float, b: float, *indexes):
    """BM25 k1/b of ``indexes`` set to ``k1``/``b`` inside the block (their weight caches cleared
    on entry and exit), so that one built index can be scored under several settings."""
    saved = [(index.k1, index.b) for index in indexes]
    for index in indexes:
        index.k1, index.b = k1, b
        index._reset_cache()
    try:
        yield
    finally:
        for index, (old_k1, old_b) in zip(indexes, saved):
            index.k1, index.b = old_k1, old_b
            index._reset_cache()


def peers(excerpts: Sequence[Excerpt], log: Callable[[str], None] = lambda s: None) -> dict[str, object]:
    """The peer rankers over ``excerpts``: default settings, and bm25s with search-mode tokens
    minus stopwords (the strongest peer setting the issue names)."""
    texts = [e.text for e in excerpts]
    t = time.perf_counter()
    exact = jieba_tokenizer("exact")
    exact_tokens = [exact(x) for x in texts]
    log(f"jieba exact tokens: {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    search = without_stopwords(jieba_tokenizer("search"))
    search_tokens = [search(x) for x in texts]
    log(f"jieba search-mode tokens: {time.perf_counter() - t:.1f} s")
    return {
        "jieba+bm25s": Bm25sRanker("jieba+bm25s", excerpts, exact_tokens, exact),
        "jieba+rank-bm25": RankBm25Ranker("jieba+rank-bm25", excerpts, exact_tokens, exact),
        "jieba search-mode−stopwords+bm25s": Bm25sRanker(
            "jieba search-mode−stopwords+bm25s", excerpts, search_tokens, search
        ),
    }


def build_rankers(corpus: list, log: Callable[[str], None] = lambda msg: None) -> dict[str, object]:
    """textkit's default index (if the index module is there) and the peers, over ``corpus``."""
    rankers: dict[str, object] = {}
    try:
        import textkit.search.index  # noqa: F401
    except ImportError as exc:
        log(f"textkit index not available ({exc}); peers only")
    else:
        t = time.perf_counter()
        rankers["textkit"] = TextkitRanker("textkit", corpus)
        log(f"textkit index: {time.perf_counter() - t:.1f} s")
        proposal = _proposal()
        if proposal:
            name = f"textkit proposed ({proposal['mode']}, k1={proposal['k1']}, b={proposal['b']})"
            rankers[name] = TunedTextkitRanker(name, corpus, proposal["mode"], proposal["k1"], proposal["b"])
    rankers.update(peers(corpus, log=log))
    return rankers


def _proposal() -> dict | None:
    """The setting ``eval.tune`` chose on the tune half, if it differs from today's default."""
    path = data.RESULTS / "tuning.json"
    if not path.exists():
        return None
    t = json.loads(path.read_text(encoding="utf-8"))
    best, default = t.get("best_words"), t.get("default")
    if not best or all(best.get(k) == default.get(k) for k in ("mode", "k1", "b")):
        return None
    return {k: best[k] for k in ("mode", "k1", "b")}
