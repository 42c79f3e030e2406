"""Search: BM25 over words, with a character n-gram path so that any phrase in the text is found.

Ranking is BM25 (Okapi; k1=0.6, b=0.3 by default, see :mod:`textkit.bm25`) over the segmenter's
exact-mode words, computed at query time from raw term frequencies, so scores equal
``rank_bm25.BM25Okapi``'s on the same tokens with the same parameters and stay exact
after :meth:`SearchIndex.add` / :meth:`SearchIndex.remove`. Beside the words, the index keeps
character unigram and bigram postings: a query part (a word as typed, a ``"phrase"``, ``+must``,
``-exclude``) is looked up by the n-grams it is made of and checked against the excerpt text
itself, so a query cutting across words (作报告 in 工作报告) is still found, and excerpts holding
the query text verbatim rank above those that only share words with it.

Scores are never negative (see :mod:`textkit.bm25` for the IDF floor). A query part found
verbatim adds one more BM25 term: the part itself, counted once, weighted with Lucene's IDF (so
a verbatim match always counts), with as document frequency the number of excerpts holding all
its character bigrams (exact for parts of one or two characters; known without reading any
text). ``explain`` lists it as ``"part"``.

Ranking runs in textkit's compiled extension (``textkit/search/_kernel.c``) where it was built, one
call per query or per batch; ``_rank_one`` / ``_rank_all`` below are the numpy reference it is
tested against, and the path taken without it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

import numpy as np

from ..analysis.excerpts import Excerpt
from ..analysis.segment import Segmenter, stopwords
from ..errors import IndexCorrupt, SearchIndexError
from . import checks, persist
from . import postings as P
from .bm25 import BM25, FLAVOURS, K1, B
from .hits import Hit
from .planner import _WORDISH, Plan, Planner, analysis_key
from .ranker import Ranker
from .writer import Progress, Writer

log = logging.getLogger(__name__)


class DocumentCount(NamedTuple):
    """A document of an index (its name) and how many excerpts of it the index holds: a
    ``(name, excerpts)`` pair."""

    name: str
    excerpts: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``textkit documents --json``."""
        return {"doc": self.name, "excerpts": self.excerpts}


class SearchIndex(Writer, Planner, Ranker):
    """A BM25 index of excerpts, searchable by words and by any substring of the text."""

    def __init__(self, segmenter: Segmenter | None = None, k1: float = K1, b: float = B,
                 flavour: str = "okapi") -> None:
        if not (k1 >= 0 and 0 <= b <= 1):
            raise SearchIndexError(f"BM25 parameters out of range (k1={k1}, b={b}): use k1 >= 0 and 0 <= b <= 1")
        if flavour not in FLAVOURS:
            raise SearchIndexError(f"unknown BM25 flavour {flavour!r}; choose one of {', '.join(FLAVOURS)}")
        self.flavour = flavour
        self.segmenter = segmenter or Segmenter(engine="fast", mode="exact")
        self.k1, self.b = float(k1), float(b)
        self._stopwords = stopwords()
        self._vocab: dict[str, int] = {}
        self._vocab_blob: Any = None  # terms of a loaded index, turned into _vocab on first use
        self._words = P.word_postings(np.zeros(0, np.int64), np.zeros(0, np.int64), 0, 0)
        self._grams = P.build_grams([])
        self._length = np.zeros(0, np.int32)
        self._blobs: dict[str, Any] = {"text": b"", "key": b"", "id": b""}
        self._offsets = {name: np.zeros(1, np.int64) for name in self._blobs}
        self._where = np.zeros((0, 5), np.int64)  # doc, section, paragraph, start, end
        self._catalog: dict[str, list] = {"docs": [], "meta": [], "sections": []}
        self._catalog_blob: Any = None
        self._origin: tuple[Path, str] | None = None
        self._lock = threading.Lock()
        self._reset_cache()

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, excerpts: Iterable[Excerpt | str], segmenter: Segmenter | None = None,
              progress: Progress = None, k1: float = K1, b: float = B, flavour: str = "okapi") -> SearchIndex:
        """Index excerpts (or plain strings) with ``segmenter`` (default: fast engine, exact mode)."""
        index = cls(segmenter, k1=k1, b=b, flavour=flavour)
        index.add(excerpts, progress=progress)
        return index

    # ------------------------------------------------------------------ saving and loading

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to folder ``path`` atomically (see :mod:`textkit.search.storage`)."""
        persist.save_index(self, path)

    @classmethod
    def load(cls, path: str | os.PathLike[str], segmenter: Segmenter | None = None) -> SearchIndex:
        """Open a saved index (memory-mapped); ``segmenter``, if given, must match the recorded one."""
        return persist.load_index(cls, path, segmenter)

    # ------------------------------------------------------------------ what is inside

    @property
    def size(self) -> int:
        """How many excerpts the index holds."""
        return len(self._length)

    @property
    def vocab(self) -> dict[str, int]:
        """Word → term id."""
        if self._vocab_blob is not None:
            with self._damage_is_corruption():
                text = bytes(self._vocab_blob).decode("utf-8")
            self._vocab = {t: i for i, t in enumerate(text.split("\n"))} if text else {}
            if len(self._vocab) != getattr(self, "_vocab_size", len(self._vocab)):
                raise IndexCorrupt(f"{self._where_from()}: vocab.bin repeats terms (the index is damaged); "
                                   "rebuild the index")
            self._vocab_blob = None
        return self._vocab

    @property
    def catalog(self) -> dict[str, list]:
        """Document names, their metadata, and section headings (parsed on first use)."""
        if self._catalog is None:
            try:
                catalog = json.loads(bytes(self._catalog_blob).decode("utf-8"))
                checks.check_catalog(catalog, self._where)
            except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                raise IndexCorrupt(f"{self._where_from()}: the index catalog is damaged ({exc}); "
                                   "rebuild the index") from None
            self._catalog = catalog
        return self._catalog

    def _where_from(self) -> str:
        return str(self._origin[0]) if self._origin else "the index"

    @property
    def excerpts(self) -> list[Excerpt]:
        """Every excerpt in the index, in index order."""
        return [self._excerpt(i) for i in range(self.size)]

    def documents(self) -> list[DocumentCount]:
        """Each document in the index, in index order, with how many excerpts it has."""
        docs = self.catalog["docs"]
        counts = np.bincount(np.asarray(self._where[:, 0]), minlength=len(docs)) if self.size else [0] * len(docs)
        return [DocumentCount(name, int(n)) for name, n in zip(docs, counts)]

    def stats_line(self) -> str:
        """One line about the index: excerpts, documents, terms, analysis."""
        docs = len(np.unique(self._where[:, 0])) if self.size else 0
        s = self.segmenter
        return (f"{self.size} excerpts from {docs} documents, {len(self.vocab)} terms "
                f"(engine {s.engine}, mode {s.mode}, lexicon {s.lexicon_hash})")

    def analyze(self, text: str) -> list[str]:
        """The word tokens the index uses for ``text`` (the same for documents and queries)."""
        return self._tokens(analysis_key(text))

    def _tokens(self, key: str) -> list[str]:
        stop = self._stopwords
        # indexed_form, inlined: a query's analysis is a large share of a search.
        return [t.lower() for t in self.segmenter.cut_analysed(key)
                if t not in stop and (t.isalnum() or _WORDISH.search(t))]

    def _text(self, name: str, i: int) -> str:
        off = self._offsets[name]
        with self._damage_is_corruption():
            return bytes(self._blobs[name][off[i]:off[i + 1]]).decode("utf-8")

    @contextlib.contextmanager
    def _damage_is_corruption(self) -> Iterator[None]:
        """Text that is not UTF-8 can only come from a damaged (or crafted) index: say so."""
        try:
            yield
        except UnicodeDecodeError:
            where = self._origin[0] if self._origin else "the index"
            raise IndexCorrupt(f"{where}: stored text is not UTF-8 (the index is damaged); "
                               f"rebuild it with `textkit index SOURCE… --index {where}`") from None

    def _excerpt(self, i: int) -> Excerpt:
        d, s, para, start, end = (int(x) for x in self._where[i])
        cat = self.catalog
        text = self._text("text", i)
        if len(text) != len(self._text("key", i)):  # analysis keeps length: else the offsets lie
            raise IndexCorrupt(f"{self._where_from()}: the index's text does not match its analysed text "
                               "(the index is damaged); rebuild the index")
        return Excerpt(self._text("id", i), cat["docs"][d], cat["sections"][s], para, start, end,
                       text, cat["meta"][d])

    # ------------------------------------------------------------------ BM25

    def _reset_cache(self) -> None:
        self._scorer: BM25 | None = None
        self._plans: OrderedDict[tuple, Plan] = OrderedDict()  # what each query string asks for

    @property
    def _bm25(self) -> BM25:
        """The scorer of the current counts (made again after every change)."""
        if self._scorer is None:
            self._scorer = BM25(self._words, self._length, self.k1, self.b, self.flavour)
        return self._scorer

    def bm25_scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Word BM25 of ``tokens`` for every excerpt (dense; for comparison with other BM25s)."""
        counts = Counter(self.vocab[t] for t in tokens if t in self.vocab)
        docs, scores = self._bm25.scores(counts)
        out = np.zeros(self.size)
        out[docs] = scores
        return out

    # ------------------------------------------------------------------ searching

    def search(self, query: str, k: int = 10, doc: str | None = None, section: str | None = None,
               explain: bool = False) -> list[Hit]:
        """The ``k`` best excerpts for ``query``; raises :class:`QueryError` for an empty query."""
        plan = self._planned(query, doc, section)
        if k < 1 or not self.size:
            return []
        return self._ranked(plan, k, explain)

    def _ranked(self, plan: Plan, k: int, explain: bool) -> list[Hit]:
        compiled = self._compiled([plan], k)
        if compiled is not None:
            dfs, chosen, scores = compiled[0]
            return self._hits(chosen, scores, plan, dfs, explain)
        if len(plan.parts) == 1 and plan.allowed is None:
            return self._rank_one(plan, None, None, k, explain)  # scores words only if it must
        docs, scores = self._bm25.scores(plan.counts)
        return self._rank(plan, docs, scores, k, explain)

    def search_many(self, queries: Sequence[str], k: int = 1) -> list[list[Hit]]:
        """Search many queries at once (one list of hits each; [] for a query with nothing to search)."""
        if k < 1 or not self.size:
            return [[] for _ in queries]
        plans = [p if isinstance(p, Plan) else None for p in self._planned_many(queries)]
        todo = [p for p in plans if p is not None]
        compiled = self._compiled(todo, k)
        if compiled is None:
            # Each query on the single-query path: it scores only the excerpts that can make its top k,
            # which measured twice as fast per query as one sparse product of every query with every excerpt.
            return [self._ranked(p, k, False) if p is not None else [] for p in plans]
        hits = iter(self._hits_many([(chosen, scores, plan, dfs) for plan, (dfs, chosen, scores)
                                     in zip(todo, compiled)], False))
        return [next(hits) if plan is not None else [] for plan in plans]
