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

Ranking runs in textkit's compiled extension (``textkit/_kernel.c``) where it was built, one
call per query or per batch; ``_rank_one`` / ``_rank_all`` below are the numpy reference it is
tested against, and the path taken without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from . import postings as P
from .bm25 import B, BM25, EPSILON, K1
from . import storage
from .errors import AnalysisMismatch, IndexCorrupt, QueryError, SearchIndexError, TextkitError
from .excerpts import Excerpt
from .normalize import analysis_form, analysis_forms
from .query import MUST, NOT, SHOULD, Query, parse_query
from .segment import Segmenter, stopwords

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None] | None
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORDISH = re.compile(r"[^\W_]")  # a letter, digit or ideograph: what makes a token worth indexing
_NONE = np.zeros(0, np.int32)
_TEXT_DOC = "text"  # document name of excerpts given as plain strings
_PLANS = 4096  # query plans remembered per index (each a few hundred bytes)
_TOGETHER = 16  # query parts analysed one by one below this, in one batch from here (numpy set-up costs)
_BUILD_BATCH = 4096  # excerpts analysed together while indexing


class Hit:
    """One search result: the excerpt, where it is, its score and the matched spans in ``text``.

    Everything but rank, score and explain is read from the index when first asked for: most
    callers of ``search`` look at a few fields of a few hits only.
    """

    __slots__ = ("rank", "score", "explain", "_doc", "_section", "_excerpt", "_text", "_highlights", "_source")

    def __init__(self, rank: int, score: float, doc: str | None = None, section: str | None = None,
                 excerpt: str | None = None, text: str | None = None,
                 highlights: list[tuple[int, int]] | None = None, explain: dict[str, float] | None = None,
                 _source: tuple | None = None) -> None:
        self.rank, self.score, self.explain = rank, score, explain
        self._doc, self._section, self._excerpt = doc, section, excerpt
        self._text, self._highlights = text, highlights
        # (blobs, offsets, where, docs, sections, row, parts): where the fields are read from
        self._source = _source

    @property
    def doc(self) -> str:
        """Name of the document the excerpt is from."""
        if self._doc is None:
            self._doc = self._catalogued(0)
        return self._doc

    @property
    def section(self) -> str:
        """Heading of the section the excerpt is in ("" if none)."""
        if self._section is None:
            self._section = self._catalogued(1)
        return self._section

    def _catalogued(self, col: int) -> str:
        """Column ``col`` of the excerpt's row: 0 its document's name, 1 its section's heading."""
        _, _, where, docs, sections, row, _ = self._source
        return (docs, sections)[col][int(where[row, col])]

    @property
    def excerpt(self) -> str:
        """The excerpt's stable id."""
        if self._excerpt is None:
            self._excerpt = self._read("id")
        return self._excerpt

    @property
    def text(self) -> str:
        """The whole excerpt, as indexed."""
        if self._text is None:
            self._text = self._read("text")
        return self._text

    @property
    def highlights(self) -> list[tuple[int, int]]:
        """Spans of ``text`` that match the query: a part found verbatim whole, else its words."""
        if self._highlights is None:
            self._highlights = _spans(self._read("key"), self._source[6])
        return self._highlights

    def _read(self, name: str) -> str:
        blobs, offsets, _, _, _, row, _ = self._source
        off = offsets[name]
        try:
            return str(blobs[name][off[row]:off[row + 1]], "utf-8")
        except UnicodeDecodeError:
            raise IndexCorrupt("stored text is not UTF-8 (the index is damaged); rebuild it") from None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hit):
            return NotImplemented
        return self.to_dict() == other.to_dict() and self.explain == other.explain

    def __repr__(self) -> str:
        return (f"Hit(rank={self.rank}, score={self.score!r}, doc={self.doc!r}, section={self.section!r}, "
                f"excerpt={self.excerpt!r}, text={self.text[:30]!r}…)")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``textkit search --json``."""
        row: dict[str, Any] = {
            "rank": self.rank, "score": round(self.score, 6), "doc": self.doc, "excerpt": self.excerpt,
            "section": self.section, "text": self.text, "highlights": [list(s) for s in self.highlights],
        }
        if self.explain is not None:
            row["explain"] = {t: round(s, 6) for t, s in self.explain.items()}
        return row


def analysis_key(text: str) -> str:
    """The text as it is matched: analysis form, ASCII lower case; same length as ``text``."""
    return P.fold_case(analysis_form(text))


def _indexed_form(token: str, stop: frozenset[str]) -> str | None:
    """The term a token is indexed as, or None for a stopword or a token without letter, digit or ideograph."""
    return token.lower() if token not in stop and _WORDISH.search(token) else None


class SearchIndex:
    """A BM25 index of excerpts, searchable by words and by any substring of the text."""

    def __init__(self, segmenter: Segmenter | None = None, k1: float = K1, b: float = B) -> None:
        if not (k1 >= 0 and 0 <= b <= 1):
            raise SearchIndexError(f"BM25 parameters out of range (k1={k1}, b={b}): use k1 >= 0 and 0 <= b <= 1")
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
              progress: Progress = None, k1: float = K1, b: float = B) -> SearchIndex:
        """Index excerpts (or plain strings) with ``segmenter`` (default: fast engine, exact mode)."""
        index = cls(segmenter, k1=k1, b=b)
        index.add(excerpts, progress=progress)
        return index

    def add(self, excerpts: Iterable[Excerpt | str], progress: Progress = None) -> SearchIndex:
        """Add excerpts; a document whose excerpt ids are already in the index is replaced whole."""
        new = self._as_excerpts(excerpts)
        # Analyse first, change the index only at the end: an error or Ctrl-C leaves it as it was.
        vocab = dict(self.vocab)
        stop = self._stopwords
        # Batches of excerpts are normalized and segmented in one pass each, and each distinct
        # token is mapped to its term once (a corpus has far fewer words than tokens).
        terms: dict[str, int] = {}  # token -> term id, or -1 for a token that is not indexed
        keys: list[str] = []
        term_ids, docs, lengths = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        for start in range(0, len(new), _BUILD_BATCH):
            if progress:
                progress(start, len(new))
            batch = new[start:start + _BUILD_BATCH]
            batch_keys = analysis_forms([e.text for e in batch], lower_ascii=True)
            words, codes, counts = self.segmenter.cut_coded(batch_keys)
            known = np.fromiter(map(terms.__contains__, words), bool, len(words))
            for i in np.flatnonzero(~known).tolist():  # in order of first appearance: new terms are numbered so
                form = _indexed_form(words[i], stop)
                terms[words[i]] = -1 if form is None else vocab.setdefault(form, len(vocab))
            term = np.fromiter(map(terms.__getitem__, words), np.int64, len(words))[codes]
            doc = np.repeat(np.arange(len(batch)), counts)
            kept = term >= 0
            term_ids.append(term[kept])
            docs.append(doc[kept] + start)
            lengths.append(np.bincount(doc[kept], minlength=len(batch)))
            keys += batch_keys
        if self.size and new:
            known = self._ids()
            for name in sorted({e.doc for e in new if e.id in known}):
                self.remove(name)
        n_old, old = self.size, self._words
        old = P.Postings(np.concatenate([old.ptr, np.full(len(vocab) + 1 - len(old.ptr), old.ptr[-1])]),
                         old.doc, old.tf)
        added = P.word_postings(np.concatenate(term_ids), np.concatenate(docs), len(new), len(vocab))
        self._words = P.merge(old, added, n_old, len(vocab))
        self._vocab = vocab
        self._grams = P.merge(self._grams, P.build_grams(keys), n_old)
        self._length = np.concatenate([self._length, *lengths]).astype(np.int32)
        self._append_store(new, keys)
        self._reset_cache()
        if progress:
            progress(len(new), len(new))
        return self

    def remove(self, doc: str) -> int:
        """Drop every excerpt of document ``doc`` (its exact name); return how many were dropped."""
        docs = self.catalog["docs"]
        if doc not in docs:
            return 0
        keep = self._where[:, 0] != docs.index(doc)
        dropped = int((~keep).sum())
        self._words = P.drop(self._words, keep)
        self._grams = P.drop(self._grams, keep)
        self._length = np.asarray(self._length)[keep]
        for name in self._blobs:
            self._blobs[name], self._offsets[name] = _compact(self._blobs[name], self._offsets[name], keep)
        self._where = np.asarray(self._where)[keep]
        self._compact_catalog()
        self._reset_cache()
        return dropped

    def _ids(self) -> set[str]:
        data, off = bytes(self._blobs["id"]), np.asarray(self._offsets["id"]).tolist()
        with self._damage_is_corruption():
            return {data[a:b].decode("utf-8") for a, b in zip(off[:-1], off[1:])}

    def _as_excerpts(self, items: Iterable[Excerpt | str]) -> list[Excerpt]:
        items = list(items)
        out, n = [], self.size
        for start in range(0, len(items), _BUILD_BATCH):
            chunk = items[start:start + _BUILD_BATCH]
            # Lone surrogates are rare: one search over the chunk says whether to look excerpt by excerpt.
            suspect = _SURROGATE.search("\n".join(f for e in chunk if isinstance(e, Excerpt)
                                                  for f in (e.id, e.doc, e.section, e.text)))
            for item in chunk:
                if isinstance(item, Excerpt):
                    if suspect and any(_SURROGATE.search(x) for x in (item.id, item.doc, item.section, item.text)):
                        # Lone surrogates cannot be stored as UTF-8; U+FFFD keeps every length.
                        fix = lambda x: _SURROGATE.sub("\ufffd", x)  # noqa: E731
                        item = replace(item, id=fix(item.id), doc=fix(item.doc), section=fix(item.section),
                                       text=fix(item.text))
                    out.append(item)
                elif isinstance(item, str):
                    n += 1
                    item = _SURROGATE.sub("\ufffd", item)
                    out.append(Excerpt(f"{_TEXT_DOC}#{n}", _TEXT_DOC, "", n, 0, len(item), item))
                else:
                    raise TypeError(f"expected Excerpt or str, got {type(item).__name__}")
        return out

    def _append_store(self, new: list[Excerpt], keys: list[str]) -> None:
        cat = self.catalog
        doc_no = {name: i for i, name in enumerate(cat["docs"])}
        sec_no = {name: i for i, name in enumerate(cat["sections"])}
        rows = []
        for e in new:
            if e.doc not in doc_no:
                doc_no[e.doc] = len(cat["docs"])
                cat["docs"].append(e.doc)
                cat["meta"].append(_jsonable(e.meta))
            if e.section not in sec_no:
                sec_no[e.section] = len(cat["sections"])
                cat["sections"].append(e.section)
            rows.append((doc_no[e.doc], sec_no[e.section], e.paragraph, e.start, e.end))
        self._where = np.concatenate([np.asarray(self._where), np.array(rows, np.int64).reshape(-1, 5)])
        for name, texts in (("text", [e.text for e in new]), ("key", keys), ("id", [e.id for e in new])):
            data = [t.encode("utf-8") for t in texts]
            ends = np.cumsum(np.fromiter(map(len, data), np.int64, len(data)))
            self._offsets[name] = np.concatenate([self._offsets[name], self._offsets[name][-1] + ends])
            self._blobs[name] = bytes(self._blobs[name]) + b"".join(data)

    def _compact_catalog(self) -> None:
        cat = self.catalog
        for col, names in ((0, "docs"), (1, "sections")):
            used, renumbered = np.unique(self._where[:, col], return_inverse=True)
            self._where[:, col] = renumbered
            cat[names] = [cat[names][i] for i in used]
            if names == "docs":
                cat["meta"] = [cat["meta"][i] for i in used]

    # ------------------------------------------------------------------ saving and loading

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to folder ``path`` atomically (see :mod:`textkit.storage`)."""
        path = Path(path)
        vocab = self.vocab
        arrays = {
            "word_ptr": self._words.ptr, "word_doc": self._words.doc, "word_tf": self._words.tf,
            "gram_key": self._grams.keys, "gram_ptr": self._grams.ptr, "gram_doc": self._grams.doc,
            "length": np.asarray(self._length), "where": np.asarray(self._where),
            **{f"{name}_off": off for name, off in self._offsets.items()},
        }
        blobs = {**self._blobs, "vocab": "\n".join(vocab).encode("utf-8"),
                 "catalog": json.dumps(self.catalog, ensure_ascii=False).encode("utf-8")}
        seg = self.segmenter
        meta = {"analysis": seg.settings, "lexicon": seg.lexicon, "dictionaries": list(seg.dictionaries),
                "stopwords": stopword_hash(self._stopwords),
                "excerpts": self.size, "terms": len(vocab), "bm25": {"k1": self.k1, "b": self.b, "epsilon": EPSILON}}
        expect = self._origin[1] if self._origin and self._origin[0] == path.resolve() else None
        generation = storage.write(path, arrays, blobs, meta, expect=expect)
        self._origin = (path.resolve(), generation)

    @classmethod
    def load(cls, path: str | os.PathLike[str], segmenter: Segmenter | None = None) -> SearchIndex:
        """Open a saved index (memory-mapped); ``segmenter``, if given, must match the recorded one."""
        path = Path(path)
        stored = storage.read(path)
        meta, a = stored.meta, stored.arrays
        hint = f"rebuild it with `textkit index SOURCE… --index {path}`"
        try:
            recorded = meta["analysis"]
            seg = Segmenter(engine=recorded["engine"], mode=recorded["mode"], hmm=recorded["hmm"],
                            lexicon=meta["lexicon"], dictionaries=meta["dictionaries"])
        except (KeyError, TypeError) as exc:
            raise IndexCorrupt(f"{path}: analysis settings are missing ({exc}); {hint}") from None
        except TextkitError as exc:
            raise AnalysisMismatch(f"{path}: cannot set up the segmenter the index was built with: {exc}") from None
        if seg.settings != recorded:
            raise AnalysisMismatch(f"{path} was built with lexicon {recorded.get('lexicon_hash')}, but this textkit "
                                   f"analyses with {seg.lexicon_hash} (the lexicon or a dictionary changed); {hint}")
        if meta.get("stopwords") != stopword_hash(stopwords()):
            raise AnalysisMismatch(f"{path} was built with another stopword list than this textkit's; {hint}")
        if segmenter is not None and segmenter.settings != recorded:
            raise AnalysisMismatch(f"{path} was built with {_describe(recorded)}; the query segmenter is "
                                   f"{_describe(segmenter.settings)}; use the index's own segmenter or rebuild")
        params = meta.get("bm25", {})
        try:
            index = cls(seg, k1=float(params.get("k1", K1)), b=float(params.get("b", B)))
        except (TypeError, ValueError, SearchIndexError) as exc:
            raise IndexCorrupt(f"{path}: bad BM25 parameters ({exc}); {hint}") from None
        try:
            index._words = P.Postings(a["word_ptr"], a["word_doc"], a["word_tf"])
            index._grams = P.Postings(a["gram_ptr"], a["gram_doc"], keys=a["gram_key"])
            index._length, index._where = a["length"], a["where"]
            index._blobs = {name: stored.blobs[name] for name in ("text", "key", "id")}
            index._offsets = {name: a[f"{name}_off"] for name in ("text", "key", "id")}
            index._vocab_blob, index._catalog_blob = stored.blobs["vocab"], stored.blobs["catalog"]
            index._catalog = None
            _check_shapes(index, int(meta["excerpts"]), int(meta["terms"]))
        except (KeyError, ValueError, TypeError, IndexError) as exc:
            raise IndexCorrupt(f"{path}: the index files do not fit together ({exc}); {hint}") from None
        index._origin = (path.resolve(), stored.generation)
        return index

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
            self._vocab_blob = None
        return self._vocab

    @property
    def catalog(self) -> dict[str, list]:
        """Document names, their metadata, and section headings (parsed on first use)."""
        if self._catalog is None:
            try:
                self._catalog = json.loads(bytes(self._catalog_blob).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise IndexCorrupt(f"the index catalog is damaged ({exc}); rebuild the index") from None
        return self._catalog

    @property
    def excerpts(self) -> list[Excerpt]:
        """Every excerpt in the index, in index order."""
        return [self._excerpt(i) for i in range(self.size)]

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
        forms = (_indexed_form(t, stop) for t in self.segmenter.cut_analysed(key))
        return [f for f in forms if f is not None]

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
        return Excerpt(self._text("id", i), cat["docs"][d], cat["sections"][s], para, start, end,
                       self._text("text", i), cat["meta"][d])

    # ------------------------------------------------------------------ BM25

    def _reset_cache(self) -> None:
        self._scorer: BM25 | None = None
        self._plans: OrderedDict[tuple, _Plan] = OrderedDict()  # what each query string asks for

    def _planned(self, query: str, doc: str | None = None, section: str | None = None) -> _Plan:
        """The plan of a query string, remembered (LRU): analysis is a large share of a search."""
        plan = self._planned_many([query], doc, section)[0]
        if isinstance(plan, QueryError):
            raise plan
        return plan

    def _planned_many(self, queries: Sequence[str], doc: str | None = None,
                      section: str | None = None) -> list[_Plan | QueryError]:
        """:meth:`_planned` of each query, or the QueryError saying why it has nothing to search;
        the queries not remembered are analysed together."""
        plans: list[_Plan | QueryError | None] = [None] * len(queries)
        todo: dict[str, list[int]] = {}
        odd = []  # not strings: parse_query says why they cannot be searched
        cache = self._plans
        with self._lock:
            for i, q in enumerate(queries):
                if not isinstance(q, str):
                    odd.append(i)
                elif (q, doc, section) in cache:
                    cache.move_to_end((q, doc, section))
                    plans[i] = cache[(q, doc, section)]
                else:
                    todo.setdefault(q, []).append(i)
        parsed = []
        for q, at in [*todo.items(), *((queries[i], [i]) for i in odd)]:
            try:
                parsed.append((q, at, parse_query(q, doc=doc, section=section)))
            except QueryError as exc:
                for i in at:
                    plans[i] = exc
        made = self._plan_many([p for _, _, p in parsed])
        with self._lock:
            for (q, at, _), plan in zip(parsed, made):
                for i in at:
                    plans[i] = plan
                if cache is self._plans:  # not from before an add / remove
                    cache[(q, doc, section)] = plan
            while len(cache) > _PLANS:
                cache.popitem(last=False)
        return plans

    @property
    def _bm25(self) -> BM25:
        """The scorer of the current counts (made again after every change)."""
        if self._scorer is None:
            self._scorer = BM25(self._words, self._length, self.k1, self.b)
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

    def _ranked(self, plan: _Plan, k: int, explain: bool) -> list[Hit]:
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
        plans = [p if isinstance(p, _Plan) else None for p in self._planned_many(queries)]
        todo = [p for p in plans if p is not None]
        compiled = self._compiled(todo, k)
        if compiled is None:
            # Each query on the single-query path: it scores only the excerpts that can make its top k,
            # which measured twice as fast per query as one sparse product of every query with every excerpt.
            return [self._ranked(p, k, False) if p is not None else [] for p in plans]
        hits = iter(self._hits_many([(chosen, scores, plan, dfs) for plan, (dfs, chosen, scores)
                                     in zip(todo, compiled)], False))
        return [next(hits) if plan is not None else [] for plan in plans]

    def _compiled(self, plans: list[_Plan], k: int) -> list[tuple] | None:
        """The compiled ranking of ``plans`` (the same as :meth:`_rank_one` / :meth:`_rank_all`), or None."""
        return self._bm25.rank([p.compiled for p in plans], k, self._grams, self._blobs["key"], self._offsets["key"])

    def _plan(self, query: Query) -> _Plan:
        return self._plan_many([query])[0]

    def _plan_many(self, queries: list[Query]) -> list[_Plan]:
        """What each query asks for: its parts, term counts and filter (analysed in one go)."""
        clauses = [c for q in queries for c in q.clauses]
        if len(clauses) >= _TOGETHER:  # one OpenCC pass and one segmenter call for them all
            keys = [k.strip() for k in analysis_forms([c.text for c in clauses], lower_ascii=True)]
        else:
            keys = [analysis_key(c.text).strip() for c in clauses]
        wanted = [key for c, key in zip(clauses, keys) if c.kind != NOT]
        found = iter(self._tokens_many(wanted))
        vocab = self.vocab
        made, at = [], 0
        for query in queries:
            parts = []
            counts: Counter = Counter()
            for clause in query.clauses:
                key = keys[at]
                at += 1
                needle = key if clause.phrase else _EDGE_PUNCT.sub("", key)
                tokens = []
                if clause.kind != NOT:
                    tokens = next(found)
                    counts.update(vocab[t] for t in tokens if t in vocab)
                if needle:
                    parts.append(_Part(clause.kind, needle, tokens, P.needle_keys(needle)))
            made.append(_Plan(parts, counts, self._allowed(query)))
        return made

    def _tokens_many(self, keys: list[str]) -> list[list[str]]:
        """:meth:`_tokens` of each analysis key; many are segmented in one call."""
        if len(keys) < _TOGETHER:
            return [self._tokens(k) for k in keys]
        words, codes, counts = self.segmenter.cut_coded(keys)
        stop = self._stopwords
        forms = [_indexed_form(w, stop) for w in words]
        return [[f for f in map(forms.__getitem__, part.tolist()) if f is not None]
                for part in np.split(codes, np.cumsum(counts)[:-1])]

    def _allowed(self, query: Query) -> np.ndarray | None:
        """The excerpts passing the query's document and section filters (None: no filter)."""
        allowed = None
        if query.doc is not None or query.section is not None:
            allowed = np.ones(self.size, bool)
            for col, names, want in ((0, "docs", query.doc), (1, "sections", query.section)):
                if want is not None:
                    want = analysis_key(want).strip()
                    ok = np.array([want in analysis_key(name) for name in self.catalog[names]], bool)
                    allowed &= ok[self._where[:, col]] if len(ok) else False
        return allowed

    def _candidates(self, needle: str) -> tuple[np.ndarray, bool]:
        """Excerpts holding every n-gram of ``needle`` (sorted), and whether that proves they hold it."""
        g = self._grams
        keys = P.needle_keys(needle)
        if not keys or not len(g.keys):
            return _NONE, True
        slots = np.searchsorted(g.keys, keys)
        if slots.max() >= len(g.keys) or (g.keys[slots] != keys).any():
            return _NONE, True
        ptr, doc = g.ptr, g.doc
        cand = P.intersect([doc[a:b] for a, b in zip(ptr[slots].tolist(), ptr[slots + 1].tolist())])
        return cand, _proves(needle)

    def _verify(self, needle: str, cand: np.ndarray) -> np.ndarray:
        """The excerpts of ``cand`` whose text (analysis form) contains ``needle``."""
        find, off = self._blobs["key"].find, self._offsets["key"]
        target = needle.encode("utf-8")
        # find(sub, start, end) searches the blob in place: no copy of each excerpt's text.
        found = [find(target, a, b) >= 0 for a, b in zip(off[cand].tolist(), off[cand + 1].tolist())]
        return cand[np.array(found, bool)] if found else cand

    def _holding(self, needle: str, within: np.ndarray | None = None) -> tuple[np.ndarray, int]:
        """Sorted excerpts containing ``needle`` (among ``within``), and its document frequency.

        The frequency is the number of excerpts holding all the needle's n-grams, known without
        reading any text; for needles of one or two characters it is exact.
        """
        cand, exact = self._candidates(needle)
        df = len(cand)
        if within is not None:
            cand = cand[P.member(cand, within)]
        return (cand if exact else self._verify(needle, cand)), df

    def _rank(self, plan: _Plan, docs: np.ndarray, scores: np.ndarray, k: int, explain: bool) -> list[Hit]:
        if len(plan.parts) == 1 and plan.allowed is None:
            return self._rank_one(plan, docs, scores, k, explain)
        return self._rank_all(plan, docs, scores, k, explain)

    def _rank_all(self, plan: _Plan, docs: np.ndarray, scores: np.ndarray, k: int, explain: bool) -> list[Hit]:
        held = [self._holding(p.needle) if p.kind != NOT else (_NONE, 0) for p in plan.parts]
        needed = [h for p, (h, _) in zip(plan.parts, held) if p.kind == MUST]
        if needed:
            cand = P.intersect(needed)
        else:
            extra = [h for p, (h, _) in zip(plan.parts, held) if p.kind == SHOULD and not P.member(h, docs).all()]
            cand = P.union([docs, *extra], self.size) if extra else docs
        if plan.allowed is not None:
            cand = cand[plan.allowed[cand]]
        for part in plan.parts:
            if part.kind == NOT and len(cand):
                cand = cand[~P.member(cand, self._holding(part.needle, within=cand)[0])]
        if not len(cand):
            return []
        if cand is docs:
            total = np.array(scores, np.float64)
        elif not len(docs):
            total = np.zeros(len(cand))
        else:
            total = self._bm25.gather(docs, scores, cand)
        tier = np.zeros(len(cand))
        for part, (h, df) in zip(plan.parts, held):
            if len(h):
                at, ok = P.positions(cand, h)
                at = at[ok]
                total[at] += self._bm25.phrase_weight(df, cand[at])
                tier[at] += part.kind == SHOULD
        # Excerpts holding more of the query parts verbatim come first; BM25 orders within a tier.
        key = tier * (total.max() + 1.0) + total if tier.any() else total
        top = P.top(key, cand, k)
        return self._hits(cand[top], total[top], plan, [df for _, df in held], explain)

    def _rank_one(self, plan: _Plan, docs: np.ndarray | None, scores: np.ndarray | None, k: int,
                  explain: bool) -> list[Hit]:
        """The common query of one part: the same order as :meth:`_rank`, reading far less text.

        Excerpts holding the part come first, best score first; they are checked in that order
        only until ``k`` are found. Then, for a plain word, excerpts that share words with it.
        Without ``docs``/``scores``, word scores are computed for the holders alone when that is
        cheaper, and for every excerpt only if too few hold the part.
        """
        part = plan.parts[0]
        cand, exact = self._candidates(part.needle)
        df = len(cand)
        chosen, best = _NONE, np.zeros(0)
        if docs is None and df and df * 4 >= self._bm25.postings(plan.counts):
            docs, scores = self._bm25.scores(plan.counts)
        if df:
            total = self._bm25.phrase_weight(df, cand)
            if docs is None:
                total += self._bm25.scores_of(plan.counts, cand)
            elif len(docs):
                total += self._bm25.gather(docs, scores, cand)
            if exact or df <= 4 * k:
                if not exact:
                    keep = P.member(cand, self._verify(part.needle, cand))
                    cand, total = cand[keep], total[keep]
                top = P.top(total, cand, k)
            else:
                order = np.lexsort((cand, -total)).tolist()
                find, off = self._blobs["key"].find, self._offsets["key"]
                target = part.needle.encode("utf-8")
                lo, hi = off[cand].tolist(), off[cand + 1].tolist()
                top = []
                for j in order:
                    if find(target, lo[j], hi[j]) >= 0:
                        top.append(j)
                        if len(top) == k:
                            break
                if len(top) < k:  # every candidate was read: the holders are known exactly
                    cand, total = cand[top], total[top]
                    top = list(range(len(top)))
            chosen, best = cand[top], total[top]
            exact = True
        if len(chosen) < k and part.kind == SHOULD and docs is None:
            # Only the best k word scores can fill the list (the chosen may be among them).
            docs, scores = self._bm25.best(plan.counts, k + len(chosen))
        if len(chosen) < k and part.kind == SHOULD and len(docs):
            # Too few excerpts hold the text itself: add those that only share words with it.
            rest = ~P.member(docs, np.sort(chosen)) if len(chosen) else np.ones(len(docs), bool)
            more, more_scores = docs[rest], scores[rest]
            need = k - len(chosen)
            top = P.top(more_scores, more, need)
            chosen = np.concatenate([chosen, more[top]]).astype(np.int64)
            best = np.concatenate([best, more_scores[top]])
        return self._hits(chosen, best, plan, [df], explain)

    def _hits(self, chosen: np.ndarray, scores: np.ndarray, plan: _Plan, dfs: list[int], explain: bool) -> list[Hit]:
        return self._hits_many([(chosen, scores, plan, dfs)], explain)[0]

    def _hits_many(self, ranked: list[tuple], explain: bool) -> list[list[Hit]]:
        """Hits of ranked queries ``(chosen, scores, plan, dfs)``; each reads its fields when asked."""
        cat = self.catalog
        # Blobs, offsets and the row table are replaced, never changed, by add/remove; the catalog's
        # lists only grow: a hit keeps reading its own.
        source = (dict(self._blobs), dict(self._offsets), self._where, cat["docs"], cat["sections"])
        out = []
        for chosen, scores, plan, dfs in ranked:
            details = [None] * len(chosen)
            if explain:
                # Whether each chosen excerpt holds each part verbatim: a substring test on its own text.
                keys = self._texts("key", chosen)
                inside = [[p.kind != NOT and p.needle in key for key in keys] for p in plan.parts]
                details = self._explain(chosen, plan, dfs, inside)
            parts = [(p.needle, p.tokens) for p in plan.parts if p.kind != NOT]
            out.append([Hit(i + 1, score, None, None, None, None, None, details[i], (*source, row, parts))
                        for i, (row, score) in enumerate(zip(chosen.tolist(), scores.tolist()))])
        return out

    def _texts(self, name: str, rows: np.ndarray) -> list[str]:
        data, off = self._blobs[name], self._offsets[name]
        with self._damage_is_corruption():
            # str(buffer, encoding) decodes a slice of bytes, an mmap or a memoryview alike, copying once.
            return [str(data[a:b], "utf-8") for a, b in zip(off[rows].tolist(), off[rows + 1].tolist())]

    def _explain(self, chosen: np.ndarray, plan: _Plan, dfs: list[int], inside: list) -> list[dict[str, float]]:
        """Each query term's (and verbatim part's) contribution to each chosen excerpt's score."""
        details: list[dict[str, float]] = [{} for _ in chosen]
        p = self._words
        for term, count in plan.counts.items():
            at, ok = P.positions(p.doc[p.ptr[term]:p.ptr[term + 1]], chosen)
            weights = self._bm25.weights(term)
            for n in np.flatnonzero(ok).tolist():
                details[n][self._term(term)] = float(weights[at[n]] * count)
        for part, df, flags in zip(plan.parts, dfs, inside):
            if part.kind != NOT and df:
                weights = self._bm25.phrase_weight(df, chosen)
                for n in range(len(chosen)):
                    if flags[n]:
                        details[n][f'"{part.needle}"'] = float(weights[n])
        return details

    def _term(self, term: int) -> str:
        if not hasattr(self, "_terms") or len(self._terms) != len(self.vocab):
            self._terms = list(self.vocab)
        return self._terms[term]


@dataclass
class _Part:
    kind: str
    needle: str  # analysis form, ASCII lower case
    tokens: list[str]
    keys: list[int]  # the n-gram keys an excerpt must hold to hold the part


@dataclass
class _Plan:
    parts: list[_Part]
    counts: Counter  # term id -> times in the query
    allowed: np.ndarray | None  # excerpts passing the doc / section filters

    @property
    def compiled(self) -> tuple:
        """The plan as the compiled ranking reads it (made once: plans are cached)."""
        if self._compiled is None:
            kinds = {SHOULD: 0, MUST: 1, NOT: 2}
            parts = [(kinds[p.kind], p.keys, _proves(p.needle), p.needle.encode("utf-8")) for p in self.parts]
            self._compiled = (parts, list(self.counts), list(self.counts.values()), self.allowed)
        return self._compiled

    _compiled: tuple | None = None


def _proves(needle: str) -> bool:
    """Whether holding the n-grams of ``needle`` proves holding it: one or two characters, no space."""
    return len(needle) <= 2 and not any(ch.isspace() for ch in needle)


def _spans(key: str, parts: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """Spans of ``key`` to highlight: each part found verbatim whole, otherwise its words that occur."""
    marks = set()
    for needle, tokens in parts:
        if needle in key:
            marks.add(needle)
        else:
            marks.update(t for t in tokens if len(t) > 1 or t == needle)
    return _merge_spans([m for mark in marks for m in _find_all(key, mark)])


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(needle)
    while at >= 0 and needle:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _compact(blob: Any, off: np.ndarray, keep: np.ndarray) -> tuple[bytes, np.ndarray]:
    """A blob and its offsets without the pieces where ``keep`` is False (vectorised)."""
    lengths = np.diff(off)
    mask = np.repeat(keep, lengths)
    data = np.frombuffer(blob, np.uint8)[mask[: len(blob)]].tobytes() if len(blob) else b""
    return data, np.concatenate([[0], np.cumsum(lengths[keep])]).astype(np.int64)


def _jsonable(meta: Any) -> dict:
    try:
        return json.loads(json.dumps(dict(meta), ensure_ascii=False, default=str))
    except (TypeError, ValueError):
        return {}


def stopword_hash(words: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(words)).encode("utf-8")).hexdigest()[:16]


def _describe(settings: dict) -> str:
    return f"engine {settings.get('engine')}, mode {settings.get('mode')}, lexicon {settings.get('lexicon_hash')}"


def _check_shapes(index: SearchIndex, n: int, n_terms: int) -> None:
    """Cheap consistency checks, so a damaged but well-checksummed index cannot mislead."""
    w, g = index._words, index._grams
    ok = (len(index._length) == n and index._where.shape == (n, 5) and len(w.ptr) == n_terms + 1
          and w.ptr[-1] == len(w.doc) == len(w.tf) and len(g.ptr) == len(g.keys) + 1 and g.ptr[-1] == len(g.doc)
          and all(len(index._offsets[k]) == n + 1 and index._offsets[k][-1] == len(index._blobs[k])
                  for k in index._offsets)
          and (not len(w.doc) or int(w.doc.max()) < n) and (not len(g.doc) or int(g.doc.max()) < n))
    if not ok:
        raise ValueError("array sizes disagree")


def default_index(progress: Progress = None) -> SearchIndex:
    """An index of the bundled ``corpus/``, built on first use into the user cache and reused."""
    from .bundled import default_index as cached

    return cached(progress)
