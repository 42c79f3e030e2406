"""BM25 (Okapi) from raw counts, computed at query time as Lucene does.

With rank-bm25's parameters (k1=1.5, b=0.75, epsilon=0.25) scores equal
``rank_bm25.BM25Okapi``'s on the same tokens. textkit's defaults are k1=0.6, b=0.3: on the CMRC
2018 retrieval evaluation (held-out half, see docs/quality.md) exact-mode words with a flatter
BM25 rank the right paragraph higher than k1=1.5, b=0.75, because long pasted queries otherwise
pile up on common words and long excerpts are over-penalised. Where
rank-bm25's IDF is negative (a term in more than half the excerpts) we use its floor, epsilon ×
the mean IDF; in a corpus so small that the mean itself is not positive we use epsilon × Lucene's
always-positive IDF ``log(1 + (N − n + 0.5) / (n + 0.5))`` instead, so no score is negative and a
matching term always counts a little.

:meth:`BM25.rank` hands whole queries to the compiled extension (``textkit/search/_kernel.c``), which
computes the same sums in the same order as the numpy methods here; those remain the reference
and the path taken where the extension was not built.
"""

from __future__ import annotations

import math
import os
import threading
from collections import Counter

import numpy as np

from ..errors import IndexCorrupt
from .postings import Postings

try:  # the compiled ranking (textkit/search/_kernel.c); optional: the numpy path gives the same results
    from . import _kernel as kernel
except ImportError:  # pragma: no cover - built without a C compiler
    kernel = None
if os.environ.get("TEXTKIT_PURE_PYTHON"):
    kernel = None

K1, B, EPSILON = 0.6, 0.3, 0.25  # textkit's defaults; rank-bm25's are k1=1.5, b=0.75
#: BM25 formulas: ``okapi`` (rank-bm25's, textkit's default) and ``lucene`` (Lucene's and so
#: OpenSearch's and Elasticsearch's: IDF log(1 + (N − n + 0.5)/(n + 0.5)) with no floor, no (k1 + 1)
#: factor, each excerpt's length stored in Lucene's one-byte norm), so that a local index and an
#: exported one served by OpenSearch rank alike.
FLAVOURS = ("okapi", "lucene")
HEAD = 128  # best postings kept in order per term: enough for any top-k a search asks for
_CACHE_WEIGHTS = 8_000_000  # posting weights cached per scorer (64 MB) before the cache starts afresh


class BM25:
    """Scores of word postings; everything derived from the counts is cached until they change."""

    def __init__(self, words: Postings, lengths: np.ndarray, k1: float = K1, b: float = B,
                 flavour: str = "okapi") -> None:
        self.words = words
        self.k1, self.b = k1, b
        self.size = len(lengths)
        n = self.size
        df = np.diff(words.ptr).astype(np.float64)
        length = np.asarray(lengths, np.float64)
        if flavour == "lucene":
            # Every sum below computes idf·tf·(k1+1)/(tf+norm); Lucene's term is idf·tf/(tf+norm), so the
            # IDF is divided by (k1+1) here, and the rest of the code (and the compiled path) is shared.
            # Lucene counts only the documents with a word in the field (docCount), for IDF and mean length.
            counted = int(np.count_nonzero(length))
            self.idf = np.log1p((counted - df + 0.5) / (df + 0.5)) / (k1 + 1)
            avg = length.sum() / max(1, counted)
            length = lucene_length(lengths)
        else:
            raw = np.log(n - df + 0.5) - np.log(df + 0.5)
            alive = df > 0
            mean = float(raw[alive].mean()) if alive.any() else 0.0
            self.idf = np.where(raw < 0, _floor(mean, n, df), raw)
            avg = length.mean() if n and length.mean() > 0 else 1.0
        avg = avg if avg > 0 else 1.0
        self.norm = k1 * (1 - b + b * length / avg)  # the length part of the denominator
        self.boost = (k1 + 1) / (1 + self.norm)  # a verbatim part's weight per excerpt, before its IDF
        self._local = threading.local()  # a zeroed scratch array per thread, for gathers
        self._weights: dict[int, np.ndarray] = {}
        self._arrays: tuple | None = None  # the arrays the compiled path reads, in its types
        self._orders: dict[int, np.ndarray] = {}
        self._cached = 0  # weights held in _weights

    def weights(self, term: int) -> np.ndarray:
        """Contribution of a term to each excerpt of its postings (cached per term)."""
        w = self._weights.get(term)
        if w is None:
            p = self.words
            lo, hi = p.ptr[term], p.ptr[term + 1]
            tf = np.asarray(p.tf[lo:hi], np.float64)
            w = self.idf[term] * tf * (self.k1 + 1) / (tf + self.norm[p.doc[lo:hi]])
            self._cached += len(w)
            if self._cached > _CACHE_WEIGHTS:  # a long-running process meets ever more words: start afresh
                self._weights, self._orders, self._cached = {}, {}, len(w)
            self._weights[term] = w
        return w

    def scores(self, counts: Counter) -> tuple[np.ndarray, np.ndarray]:
        """Sorted excerpt numbers holding any query term (id → times in the query), and scores."""
        p = self.words
        parts = [(p.doc[p.ptr[t]:p.ptr[t + 1]], self.weights(t) * c) for t, c in counts.items()]
        if not parts:
            return np.zeros(0, np.int32), np.zeros(0)
        if len(parts) == 1:
            return np.asarray(parts[0][0]), parts[0][1]
        docs = np.concatenate([d for d, _ in parts])
        weights = np.concatenate([w for _, w in parts])
        if len(docs) * 16 < self.size:  # few postings: accumulate over them, not over all excerpts
            order = np.argsort(docs, kind="stable")
            docs, weights = docs[order], weights[order]
            fresh = np.concatenate(([True], docs[1:] != docs[:-1]))
            # bincount adds in term order, as every other path does (add.reduceat pairs up sums).
            return docs[fresh], np.bincount(np.cumsum(fresh) - 1, weights)
        dense = np.bincount(docs, weights=weights, minlength=self.size)
        hit = np.zeros(self.size, bool)
        hit[docs] = True
        uniq = np.flatnonzero(hit)
        return uniq, dense[uniq]

    def order(self, term: int) -> np.ndarray:
        """Positions of a term's best postings, best weight first, ties to the lower excerpt (cached)."""
        o = self._orders.get(term)
        if o is None:
            w = self.weights(term)
            # Postings are sorted by excerpt: a stable sort breaks ties as search results do.
            o = self._orders[term] = np.argsort(-w, kind="stable")[:HEAD]
        return o

    def peak(self, term: int) -> float:
        """The largest contribution a term makes to any excerpt (0 for a term no excerpt holds)."""
        o = self.order(term)
        return float(self.weights(term)[o[0]]) if len(o) else 0.0

    def best(self, counts: Counter, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Like :meth:`scores`, but only excerpts that can be among the ``k`` best (sorted, exact scores).

        One term: its ``k`` best postings, read from the order cached per term. Several: scores
        are summed into a dense array; the ``k``-th best score among the excerpts of one rare term
        is a floor for the ``k``-th best overall, so only the postings at or above it are kept: no
        sort of every excerpt a common word touches. (MaxScore, tried here, measured slower: with
        k1=0.6, b=0.3 every term's largest weight is close to its IDF, so the remaining terms'
        bound stays above the k-th partial score until the common words are read anyway.)
        """
        p = self.words
        ptr = p.ptr
        terms = [(t, c) for t, c in counts.items() if ptr[t + 1] > ptr[t]]
        if not terms:
            return np.zeros(0, np.int32), np.zeros(0)
        if len(terms) == 1:
            t, c = terms[0]
            if k > HEAD:
                return self.scores(counts)
            pos = np.sort(self.order(t)[:k])
            return p.doc[ptr[t] + pos], self.weights(t)[pos] * c
        spans = [(int(p.ptr[t]), int(p.ptr[t + 1]), t, c) for t, c in counts.items()]
        total = sum(hi - lo for lo, hi, _, _ in spans)
        if len(spans) < 2 or total < 64 * k:
            return self.scores(counts)
        docs = np.concatenate([p.doc[lo:hi] for lo, hi, _, _ in spans])
        acc = np.bincount(docs, np.concatenate([self.weights(t) * c for _, _, t, c in spans]), minlength=self.size)
        lo, hi, _, _ = max((s for s in spans if s[1] - s[0] >= k), key=lambda s: self.idf[s[2]], default=spans[0])
        sample = acc[p.doc[lo:hi]]
        if len(sample) < k:
            return self.scores(counts)
        floor = np.partition(sample, len(sample) - k)[len(sample) - k]
        if floor <= 0:  # zero scores tie at the cut: every excerpt touched may be in
            return self.scores(counts)
        keep = docs[acc[docs] >= floor]
        keep = np.sort(keep)
        keep = keep[np.concatenate(([True], keep[1:] != keep[:-1]))]
        return keep, acc[keep]

    def postings(self, counts: Counter) -> int:
        """How many postings the query terms have (the work :meth:`scores` does)."""
        ptr = self.words.ptr
        return sum(int(ptr[t + 1] - ptr[t]) for t in counts)

    def scores_of(self, counts: Counter, docs: np.ndarray) -> np.ndarray:
        """Scores of the sorted excerpts ``docs`` alone, looked up in each term's postings."""
        p = self.words
        out = np.zeros(len(docs))
        for t, c in counts.items():
            posted = p.doc[p.ptr[t]:p.ptr[t + 1]]
            if len(posted):
                at = np.minimum(np.searchsorted(posted, docs), len(posted) - 1)
                ok = posted[at] == docs
                out[ok] += self.weights(t)[at[ok]] * c
        return out

    def phrase_weight(self, df: int, docs: np.ndarray) -> np.ndarray:
        """Contribution of a verbatim query part held once (Lucene's IDF: always positive)."""
        idf = math.log1p((self.size - df + 0.5) / (df + 0.5))  # libm's, as the compiled path
        return self.boost[docs] * idf

    def rank(self, queries: list[tuple], k: int, grams: Postings, blob, offsets: np.ndarray) -> list[tuple] | None:
        """Compiled ranking of queries (see ``SearchIndex._compiled``), or None where it is not built.

        Returns, for each query, each part's document frequency, the chosen excerpts best first and
        their scores. ``grams``, ``blob`` and ``offsets`` (the analysis forms) are read on first use
        only: the scorer is made anew whenever the index changes.
        """
        if kernel is None:
            return None
        arrays = self._arrays
        if arrays is None:
            p = self.words
            arrays = self._arrays = tuple(np.ascontiguousarray(x, t) for x, t in (
                (grams.keys, np.int64), (grams.ptr, np.int64), (grams.doc, np.int32), (p.ptr, np.int64),
                (p.doc, np.int32), (p.tf, np.int32), (self.idf, np.float64), (self.norm, np.float64),
                (self.boost, np.float64))) + (blob, np.ascontiguousarray(offsets, np.int64))
        workers = min(_cores(), len(queries) // _PER_THREAD) if len(queries) >= 2 * _PER_THREAD else 1
        if workers > 1:  # the kernel ranks without the GIL: a large batch uses every core
            shares = [queries[i::workers] for i in range(workers)]
            pool = _pool(workers - 1)
            others = [pool.submit(self._rank, arrays, share, k) for share in shares[1:]]
            parts = [self._rank(arrays, shares[0], k)] + [f.result() for f in others]
            answers = [None] * len(queries)
            for i, part in enumerate(parts):
                answers[i::workers] = part
        else:
            answers = self._rank(arrays, queries, k)
        return [(dfs, np.frombuffer(rows, np.int64), np.frombuffer(scores, np.float64))
                for dfs, rows, scores in answers]

    def _rank(self, arrays: tuple, queries: list[tuple], k: int) -> list[tuple]:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:  # zeroed arrays the kernel scores in, one set per thread (it leaves them zeroed)
            n = self.size
            scratch = self._local.scratch = (np.zeros(n), np.zeros(n, np.uint8), np.zeros(n, np.int32))
        try:
            return kernel.rank((*arrays, *scratch), self.k1, queries, k)
        except ValueError as exc:
            raise IndexCorrupt(f"the index is damaged ({exc}); rebuild it") from None

    def gather(self, docs: np.ndarray, values: np.ndarray, at: np.ndarray) -> np.ndarray:
        """``values`` (of the sorted excerpts ``docs``) read at excerpts ``at``; 0 where absent."""
        if len(docs) < 64 or len(at) < 64:
            pos = np.searchsorted(docs, at) if len(docs) else np.zeros(len(at), np.intp)
            np.minimum(pos, max(len(docs) - 1, 0), out=pos)
            return np.where(docs[pos] == at, values[pos], 0.0) if len(docs) else np.zeros(len(at))
        # Scatter into a zeroed array, read, zero again: linear, where a binary search is n log n.
        dense = getattr(self._local, "dense", None)
        if dense is None:
            dense = self._local.dense = np.zeros(self.size)
        dense[docs] = values
        out = dense[at]
        dense[docs] = 0.0
        return out


_PER_THREAD = 64  # queries a thread must have before a batch is shared out (a thread hand-off costs ~0.1 ms)
_POOL: list = []
_POOL_LOCK = threading.Lock()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _forget_pool() -> None:
    _POOL.clear()  # a forked child has none of its parent's threads: it makes its own pool when needed


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)


def _pool(size: int):
    """Threads for batches, made on first use and kept for the process (idle, they end with it)."""
    from concurrent.futures import ThreadPoolExecutor

    with _POOL_LOCK:
        if not _POOL or _POOL[0] < size:
            _POOL[:] = [size, ThreadPoolExecutor(size, thread_name_prefix="textkit-rank")]
        return _POOL[1]


def _floor(mean: float, n: int, df: np.ndarray) -> np.ndarray:
    if mean > 0:
        return np.full_like(df, EPSILON * mean, dtype=np.float64)
    return EPSILON * np.log1p((n - df + 0.5) / (df + 0.5))


def lucene_length(lengths: np.ndarray) -> np.ndarray:
    """Excerpt lengths as Lucene reads them back from its one-byte norms (SmallFloat.intToByte4/byte4ToInt).

    Lengths below 24 are exact; longer ones keep their top four bits (40 reads as 40, 41 as 40, 200 as 192).
    """
    x = np.asarray(lengths, np.int64)
    free = 24  # NUM_FREE_VALUES: 255 − longToInt4(Integer.MAX_VALUE)
    v = np.maximum(x - free, 0)
    bits = np.zeros(len(v), np.int64)
    nz = v > 0
    bits[nz] = np.floor(np.log2(v[nz])).astype(np.int64) + 1  # 64 − numberOfLeadingZeros
    shift = np.maximum(bits - 4, 0)
    decoded = np.where(bits < 4, v, (v >> shift) << shift)  # the top four bits kept
    return np.where(x < free, x, free + decoded).astype(np.float64)
