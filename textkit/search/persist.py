"""Saving and loading a :class:`~textkit.search.index.SearchIndex` through :mod:`textkit.search.storage`."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..analysis.segment import Segmenter, stopwords
from ..errors import AnalysisMismatch, IndexCorrupt, SearchIndexError, TextkitError
from . import postings as P
from . import storage
from .bm25 import EPSILON, K1, B

if TYPE_CHECKING:
    from .index import SearchIndex


def save_index(self: SearchIndex, path: str | os.PathLike[str]) -> None:
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
    if not len(blobs["note"]):  # no source notes: written as an index from before notes were kept
        del blobs["note"], arrays["note_off"]
    seg = self.segmenter
    meta = {"analysis": seg.settings, "lexicon": seg.lexicon, "dictionaries": list(seg.dictionaries),
            "stopwords": stopword_hash(self._stopwords),
            "excerpts": self.size, "terms": len(vocab), "bm25": {"k1": self.k1, "b": self.b, "epsilon": EPSILON}}
    expect = self._origin[1] if self._origin and self._origin[0] == path.resolve() else None
    generation = storage.write(path, arrays, blobs, meta, expect=expect)
    self._origin = (path.resolve(), generation)

def load_index(cls: type, path: str | os.PathLike[str], segmenter: Segmenter | None = None):
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
        # Source notes came later: an index saved before them has none, and every note is "".
        has_notes = "note" in stored.blobs and "note_off" in a
        index._blobs["note"] = stored.blobs["note"] if has_notes else b""
        index._offsets["note"] = a["note_off"] if has_notes else np.zeros(len(a["length"]) + 1, np.int64)
        index._vocab_blob, index._catalog_blob = stored.blobs["vocab"], stored.blobs["catalog"]
        index._catalog = None
        _check_shapes(index, int(meta["excerpts"]), int(meta["terms"]))
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise IndexCorrupt(f"{path}: the index files do not fit together ({exc}); {hint}") from None
    index._origin = (path.resolve(), stored.generation)
    return index


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
