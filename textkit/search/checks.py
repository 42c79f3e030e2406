"""What a loaded index may claim: every array and manifest field checked for range, order and fit.

Checksums find damage; these checks find an index that is wrong although its checksums are
right (a hand-made or tampered one): a negative or too-large excerpt number, postings out of
order, offsets that do not land on characters, a BM25 parameter of 1e308. Each check is one numpy
pass over an array (no Python loop over postings), so a 50k-excerpt index loads in milliseconds
more. Every failure is a ``ValueError`` naming what is wrong; :mod:`textkit.search.persist` turns
it into :class:`~textkit.errors.IndexCorrupt` with the rebuild hint.
"""

from __future__ import annotations

import math
import re
from typing import Any, Mapping

import numpy as np

from .bm25 import FLAVOURS

# The dtype every array is written with (persist casts to these on save).
DTYPES = {
    "word_ptr": np.int64, "word_doc": np.int32, "word_tf": np.int32,
    "gram_key": np.int64, "gram_ptr": np.int64, "gram_doc": np.int32,
    "length": np.int32, "where": np.int64, "text_off": np.int64, "key_off": np.int64, "id_off": np.int64,
}
DICTIONARY_FILE = re.compile(r"dict-[0-9]{1,4}\.bin")
MAX_K1 = 100.0
_ENGINES, _MODES = ("jieba", "fast"), ("exact", "search")
_LIMIT = 2**31 - 1


def check_meta(meta: Mapping[str, Any], files: Any = None) -> None:
    """Every manifest field typed and in range; dictionaries only as files inside the index."""
    analysis = meta.get("analysis")
    _need(isinstance(analysis, dict), "analysis settings are missing")
    _need(analysis.get("engine") in _ENGINES and analysis.get("mode") in _MODES
          and isinstance(analysis.get("hmm"), bool) and isinstance(analysis.get("lexicon_hash"), str),
          "analysis settings are damaged")
    _need(isinstance(meta.get("lexicon"), bool), "the lexicon field is damaged")
    _need(isinstance(meta.get("stopwords"), str), "the stopwords field is damaged")
    for field in ("excerpts", "terms"):
        value = meta.get(field)
        _need(type(value) is int and 0 <= value <= _LIMIT, f"the {field} count is damaged ({value!r})")
    dicts = meta.get("dictionaries")
    _need(isinstance(dicts, list), "the dictionaries field is damaged")
    for name in dicts:
        _need(isinstance(name, str) and DICTIONARY_FILE.fullmatch(name) is not None,
              f"the manifest names a dictionary outside the index ({name!r}); an index carries copies "
              "of its dictionaries")
    params = meta.get("bm25")
    _need(isinstance(params, dict), "BM25 parameters are missing")
    for field in ("k1", "b", "epsilon"):
        value = params.get(field)
        _need(type(value) in (int, float) and math.isfinite(value), f"BM25 parameter {field} is damaged ({value!r})")
    _need(params.get("flavour", "okapi") in ("okapi", "lucene"), f"BM25 flavour {params.get('flavour')!r} is unknown")
    _need(0 <= params["k1"] <= MAX_K1 and 0 <= params["b"] <= 1 and params["epsilon"] >= 0,
          f"BM25 parameters out of range (k1={params['k1']}, b={params['b']}, epsilon={params['epsilon']})")
    _need(params.get("flavour", "okapi") in FLAVOURS, f"the BM25 flavour is damaged ({params.get('flavour')!r})")


def check_arrays(arrays: Mapping[str, np.ndarray], blobs: Mapping[str, Any], n: int, n_terms: int) -> None:
    """Shapes, dtypes, ranges, order and agreement of every array of an index of ``n`` excerpts."""
    check_dtypes(arrays)
    for fname in PER_FILE:
        check_file(fname, arrays, blobs, n)
    check_rest(arrays, blobs, n, n_terms)


def check_dtypes(arrays: Mapping[str, np.ndarray]) -> None:
    """Every array present with exactly the dtype and number of dimensions it is written with (cheap)."""
    for name, dtype in DTYPES.items():
        _need(name in arrays, f"{name}.npy is missing")
        _need(arrays[name].dtype == np.dtype(dtype), f"{name}.npy holds {arrays[name].dtype}, not {np.dtype(dtype)}")
        _need(arrays[name].ndim == (2 if name == "where" else 1), f"{name}.npy has the wrong shape")


# The checks that read a large file whole, run right after its checksum (while its pages are in memory).
PER_FILE = ("word_doc.npy", "gram_doc.npy", "text.bin", "key.bin", "id.bin")


def check_file(fname: str, arrays: Mapping[str, np.ndarray], blobs: Mapping[str, Any], n: int) -> None:
    """The checks that go with one file (see :data:`PER_FILE`)."""
    if fname == "word_doc.npy":
        length = arrays["length"]
        _need(len(length) == n, "excerpt lengths are damaged")
        check_postings("word", arrays["word_ptr"], arrays["word_doc"], n, tf=arrays["word_tf"], length=length)
    elif fname == "gram_doc.npy":
        check_postings("gram", arrays["gram_ptr"], arrays["gram_doc"], n, keys=arrays["gram_key"])
    elif fname in ("text.bin", "key.bin", "id.bin"):
        name = fname[:-4]
        _check_offsets(name, arrays[f"{name}_off"], blobs[name], n)


def check_rest(arrays: Mapping[str, np.ndarray], blobs: Mapping[str, Any], n: int, n_terms: int) -> None:
    """What is left once the per-file checks ran: small arrays, and how the files agree."""
    length = arrays["length"]
    _need(len(length) == n and (not n or int(length.min()) >= 0), "excerpt lengths are damaged")
    _need(len(arrays["word_ptr"]) == n_terms + 1, "the word postings do not match the number of terms")
    where = arrays["where"]
    _need(where.shape == (n, 5), "where.npy has the wrong shape")
    if n:
        _need(int(where[:, 2:].min()) >= 0 and bool(np.all(where[:, 4] >= where[:, 3])),
              "excerpt positions are damaged")
        _need(int(where[:, :2].min()) >= 0, "document or section numbers are negative")
    vocab = blobs["vocab"]
    lines = int(np.count_nonzero(np.frombuffer(vocab, np.uint8) == 10)) + 1 if len(vocab) else 0
    _need(lines == n_terms, f"vocab.bin holds {lines} terms, the index {n_terms}")


def check_postings(what: str, ptr: np.ndarray, doc: np.ndarray, n: int, tf: np.ndarray | None = None,
                   keys: np.ndarray | None = None, length: np.ndarray | None = None) -> None:
    _need(len(ptr) >= 1 and int(ptr[0]) == 0 and int(ptr[-1]) == len(doc), f"{what} postings pointers are damaged")
    _need(bool(np.all(ptr[1:] >= ptr[:-1])), f"{what} postings pointers are not in order")
    if len(doc):
        _need(int(doc.min()) >= 0 and int(doc.max()) < n, f"{what} postings name excerpts that do not exist")
        rising = doc[1:] > doc[:-1]
        starts = ptr[1:-1]
        starts = starts[(starts > 0) & (starts < len(doc))]
        rising[starts - 1] = True  # a new posting list may start lower
        _need(bool(rising.all()), f"{what} postings are not sorted within a term")
    if tf is not None:
        _need(len(tf) == len(doc) and (not len(tf) or int(tf.min()) >= 1), f"{what} frequencies are damaged")
        if length is not None and len(doc):
            # A term occurs in an excerpt at most as often as the excerpt has words, and an excerpt
            # has at least as many words as distinct terms.
            _need(bool(np.all(tf <= length[doc])), f"{what} frequencies exceed the excerpt lengths")
            _need(bool(np.all(np.bincount(doc, minlength=n) <= length)), f"{what} postings exceed the excerpt lengths")
    if keys is not None:
        _need(len(keys) + 1 == len(ptr), f"{what} keys do not match their postings")
        _need(not len(keys) or (int(keys[0]) >= 0 and bool(np.all(keys[1:] > keys[:-1]))),
              f"{what} keys are not sorted and unique")


def check_catalog(catalog: Any, where: np.ndarray) -> None:
    """The catalog's structure, and every excerpt's document and section number within it."""
    _need(isinstance(catalog, dict) and all(isinstance(catalog.get(k), list) for k in ("docs", "meta", "sections")),
          "the catalog is damaged")
    docs, sections = catalog["docs"], catalog["sections"]
    _need(all(isinstance(d, str) for d in docs) and all(isinstance(s, str) for s in sections)
          and len(catalog["meta"]) == len(docs) and all(isinstance(m, dict) for m in catalog["meta"]),
          "the catalog is damaged")
    if len(where):
        _need(int(where[:, 0].max()) < len(docs) and int(where[:, 1].max()) < len(sections)
              and int(where[:, :2].min()) >= 0, "excerpts name documents or sections the catalog lacks")


def _check_offsets(name: str, off: np.ndarray, blob: Any, n: int) -> None:
    """Offsets rising from 0 to the blob's end, each at the start of a UTF-8 character.

    That text and analysed text hold as many characters per excerpt (offsets shifted by whole
    characters) is checked for each excerpt when it is read (:class:`~textkit.search.hits.Hit`):
    a pass over both blobs here cost a 50k-excerpt load 25-35 ms.
    """
    _need(len(off) == n + 1 and int(off[0]) == 0 and int(off[-1]) == len(blob), f"{name} offsets are damaged")
    sizes = off[1:] - off[:-1]
    _need(bool(np.all(sizes >= 0)), f"{name} offsets are not in order")
    if len(blob):
        starts = off[:-1][sizes > 0]
        _need(bool(np.all((np.frombuffer(blob, np.uint8)[starts] & 0xC0) != 0x80)),
              f"{name} offsets cut through characters")


def _need(ok: bool, what: str) -> None:
    if not ok:
        raise ValueError(what)
