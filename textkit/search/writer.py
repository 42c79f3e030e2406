"""Writing an index: adding excerpts (analysed in batches) and removing documents."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any, Callable, Iterable, NamedTuple, Sequence

import numpy as np

from ..analysis.excerpts import Excerpt
from ..analysis.normalize import analysis_forms
from ..analysis.segment import Segmenter
from . import postings as P
from .planner import indexed_form

Progress = Callable[[int, int], None] | None
_SURROGATE = re.compile("[\ud800-\udfff]")
_TEXT_DOC = "text"  # document name of excerpts given as plain strings
_BUILD_BATCH = 4096  # excerpts analysed together while indexing


class Analysed(NamedTuple):
    """A run of excerpts analysed as the index analyses them: the unit of work a batch or a Dask task does.

    ``keys`` are the texts in analysis form; ``words``, ``codes`` and ``counts`` their tokens as
    :meth:`~textkit.analysis.segment.Segmenter.cut_coded` gives them; ``grams`` their character n-gram
    postings (excerpts numbered from 0), or None to have the index make them.
    """

    keys: list[str]
    words: list[str]
    codes: np.ndarray
    counts: np.ndarray
    grams: P.Postings | None = None


def analyse(texts: Sequence[str], segmenter: Segmenter, grams: bool = False) -> Analysed:
    """Analyse texts for an index: a plain function, so that other engines (Dask, Spark, Ray) can run it."""
    keys = analysis_forms(list(texts), lower_ascii=True)
    words, codes, counts = segmenter.cut_coded(keys)
    return Analysed(keys, words, codes, counts, P.build_grams(keys) if grams else None)


class Writer:
    """The writing side of :class:`~textkit.search.index.SearchIndex`: add and remove, atomically in memory."""

    def add(self, excerpts: Iterable[Excerpt | str], progress: Progress = None,
            analysed: Iterable[Analysed] | None = None) -> Writer:
        """Add excerpts; a document whose excerpt ids are already in the index is replaced whole.

        ``analysed``: the excerpts already analysed by :func:`analyse` (runs of them, in order), as a
        distributed build hands them in; the index is the same as when it analyses them itself.
        """
        new = self._as_excerpts(excerpts)
        if analysed is None:
            analysed = (analyse([e.text for e in new[start:start + _BUILD_BATCH]], self.segmenter)
                        for start in range(0, len(new), _BUILD_BATCH))
        # Analyse first, change the index only at the end: an error or Ctrl-C leaves it as it was.
        vocab = dict(self.vocab)
        stop = self._stopwords
        # Batches of excerpts are normalized and segmented in one pass each, and each distinct
        # token is mapped to its term once (a corpus has far fewer words than tokens).
        terms: dict[str, int] = {}  # token -> term id, or -1 for a token that is not indexed
        keys: list[str] = []
        term_ids, docs, lengths = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        grams: list[P.Postings | None] = []
        sizes: list[int] = []
        start = 0
        for batch_keys, words, codes, counts, batch_grams in analysed:
            if progress:
                progress(start, len(new))
            batch = new[start:start + len(batch_keys)]
            known = np.fromiter(map(terms.__contains__, words), bool, len(words))
            for i in np.flatnonzero(~known).tolist():  # in order of first appearance: new terms are numbered so
                form = indexed_form(words[i], stop)
                terms[words[i]] = -1 if form is None else vocab.setdefault(form, len(vocab))
            term = np.fromiter(map(terms.__getitem__, words), np.int64, len(words))[codes]
            doc = np.repeat(np.arange(len(batch)), counts)
            kept = term >= 0
            term_ids.append(term[kept])
            docs.append(doc[kept] + start)
            lengths.append(np.bincount(doc[kept], minlength=len(batch)))
            keys += batch_keys
            grams.append(batch_grams)
            sizes.append(len(batch_keys))
            start += len(batch_keys)
        if start != len(new):
            raise ValueError(f"analysed {start} excerpts of {len(new)}")
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
        self._grams = P.merge(self._grams, _joined_grams(grams, sizes, keys), n_old)
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
                                                  for f in (e.id, e.doc, e.section, e.text, e.note)))
            for item in chunk:
                if isinstance(item, Excerpt):
                    if suspect and any(_SURROGATE.search(x) for x in (item.id, item.doc, item.section, item.text,
                                                                      item.note)):
                        # Lone surrogates cannot be stored as UTF-8; U+FFFD keeps every length.
                        fix = lambda x: _SURROGATE.sub("\ufffd", x)  # noqa: E731
                        item = replace(item, id=fix(item.id), doc=fix(item.doc), section=fix(item.section),
                                       text=fix(item.text), note=fix(item.note))
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
        for name, texts in (("text", [e.text for e in new]), ("key", keys), ("id", [e.id for e in new]),
                            ("note", [e.note for e in new])):
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



def _joined_grams(parts: list[P.Postings | None], sizes: list[int], keys: list[str]) -> P.Postings:
    """The n-gram postings of all the analysed runs: joined where each run brought its own, else built.

    Merging keeps the earlier run's excerpts first within each key, so the result equals building
    the postings of all the texts at once.
    """
    if not parts or any(g is None for g in parts):
        return P.build_grams(keys)
    return P.concat(parts, sizes)
