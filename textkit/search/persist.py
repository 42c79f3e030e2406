"""Saving and loading a :class:`~textkit.search.index.SearchIndex` through :mod:`textkit.search.storage`.

The index hands itself (or its class) in: this module never imports it back.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from ..analysis.segment import Segmenter, stopwords
from ..errors import AnalysisMismatch, IndexCorrupt, SearchIndexError, TextkitError
from . import checks, storage
from . import postings as P
from .bm25 import EPSILON


def save_index(self: Any, path: str | os.PathLike[str]) -> None:
    """Write the index to folder ``path`` atomically (see :mod:`textkit.search.storage`).

    User dictionaries are copied into the index (``dict-N.bin``): it is self-contained, and loads
    from any folder without reading a path outside it.
    """
    path = Path(path)
    vocab = self.vocab
    arrays = {
        "word_ptr": self._words.ptr, "word_doc": self._words.doc, "word_tf": self._words.tf,
        "gram_key": self._grams.keys, "gram_ptr": self._grams.ptr, "gram_doc": self._grams.doc,
        "length": self._length, "where": self._where,
        **{f"{name}_off": off for name, off in self._offsets.items()},
    }
    arrays = {name: np.asarray(a, dtype=checks.DTYPES[name]) for name, a in arrays.items()}
    blobs = {**self._blobs, "vocab": "\n".join(vocab).encode("utf-8"),
             "catalog": json.dumps(self.catalog, ensure_ascii=False).encode("utf-8")}
    seg = self.segmenter
    dictionaries = []
    for n, source in enumerate(seg.dictionaries):
        blobs[f"dict-{n}"] = _dictionary_bytes(self, source)
        dictionaries.append(f"dict-{n}.bin")
    meta = {"analysis": seg.settings, "lexicon": seg.lexicon, "dictionaries": dictionaries,
            "stopwords": stopword_hash(self._stopwords),
            "excerpts": self.size, "terms": len(vocab), "bm25": {"k1": self.k1, "b": self.b, "epsilon": EPSILON,
                                                                    "flavour": self.flavour}}
    expect = self._origin[1] if self._origin and self._origin[0] == path.resolve() else None
    generation = storage.write(path, arrays, blobs, meta, expect=expect)
    self._origin = (path.resolve(), generation)


def _dictionary_bytes(index: Any, source: str) -> bytes:
    """A dictionary's bytes: kept from the index it was loaded from, else read from the user's file."""
    kept = getattr(index, "_dictionary_data", {}).get(source)
    if kept is not None:
        return kept
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise SearchIndexError(f"cannot copy dictionary {source} into the index ({exc.strerror or exc}); "
                               "nothing was written") from None


def load_index(cls: type, path: str | os.PathLike[str], segmenter: Segmenter | None = None):
    """Open a saved index (memory-mapped); ``segmenter``, if given, must match the recorded one.

    Beside the checksums, what the index claims is checked (:mod:`textkit.search.checks`): the
    manifest at once, each large array right after its checksum (inside
    :func:`storage.checked_by_exit`, in the background like the checksums).
    """
    path = Path(path)
    hint = f"rebuild it with `textkit index SOURCE… --index {path}`"
    stored = storage.read(path, inspect=lambda meta, arrays, blobs: _inspector(path, hint, meta, arrays, blobs))
    meta, a = stored.meta, stored.arrays
    recorded = meta["analysis"]
    generation = path / stored.generation
    dict_paths = [str(generation / d) for d in meta["dictionaries"]]
    try:
        seg = Segmenter(engine=recorded["engine"], mode=recorded["mode"], hmm=recorded["hmm"],
                        lexicon=meta["lexicon"], dictionaries=dict_paths)
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
    params = meta["bm25"]
    try:
        index = cls(seg, k1=float(params["k1"]), b=float(params["b"]), flavour=params.get("flavour", "okapi"))
    except SearchIndexError as exc:
        raise IndexCorrupt(f"{path}: bad BM25 parameters ({exc}); {hint}") from None
    index._dictionary_data = {p: bytes(stored.blobs[d[:-4]]) for p, d in zip(dict_paths, meta["dictionaries"])}
    index._words = P.Postings(a["word_ptr"], a["word_doc"], a["word_tf"])
    index._grams = P.Postings(a["gram_ptr"], a["gram_doc"], keys=a["gram_key"])
    index._length, index._where = a["length"], a["where"]
    index._blobs = {name: stored.blobs[name] for name in ("text", "key", "id")}
    index._offsets = {name: a[f"{name}_off"] for name in ("text", "key", "id")}
    index._vocab_blob, index._catalog_blob = stored.blobs["vocab"], stored.blobs["catalog"]
    index._vocab_size = meta["terms"]
    index._catalog = None
    index._origin = (path.resolve(), stored.generation)
    return index


def _inspector(path: Path, hint: str, meta: dict, arrays: dict, blobs: dict):
    """For storage.read: the manifest and the arrays' dtypes checked now; the per-file and final checks."""
    try:
        checks.check_meta(meta)
        missing = [f"{d}" for d in meta["dictionaries"] if d[:-4] not in blobs]
        missing += [f"{name}.bin" for name in ("text", "key", "id", "vocab", "catalog") if name not in blobs]
        if missing:
            raise ValueError(f"{missing[0]} is missing")
    except ValueError as exc:
        raise IndexCorrupt(f"{path}: manifest.json: {exc}; {hint}") from None
    n, terms = meta["excerpts"], meta["terms"]

    def refuse(check, *args) -> None:
        try:
            check(*args)
        except ValueError as exc:
            raise IndexCorrupt(f"{path}: the index files do not fit together ({exc}); {hint}") from None

    refuse(checks.check_dtypes, arrays)
    return (lambda fname: refuse(checks.check_file, fname, arrays, blobs, n),
            lambda: refuse(checks.check_rest, arrays, blobs, n, terms))


def stopword_hash(words: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(words)).encode("utf-8")).hexdigest()[:16]


def _describe(settings: dict) -> str:
    return f"engine {settings.get('engine')}, mode {settings.get('mode')}, lexicon {settings.get('lexicon_hash')}"
