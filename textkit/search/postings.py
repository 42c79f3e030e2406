"""Postings lists in numpy: build, merge, drop and intersect them without a loop over postings.

A :class:`Postings` maps each term (a dense id for words, an integer key for character
n-grams) to the sorted excerpt numbers that hold it, with raw term frequencies for words.
Only raw counts are stored; BM25 is computed from them at query time, so adding or removing
excerpts keeps the statistics exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# Codepoints below 2**21; a bigram key is ((first + 1) << 21) | second, a unigram key its codepoint.
_SHIFT = 21
_SPACES = np.array([9, 10, 11, 12, 13, 32, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000], dtype=np.uint32)
_SPACE_SET = frozenset(_SPACES.tolist())
_IS_SPACE = np.zeros(0x3002, bool)  # the last slot stands for every codepoint above U+3000
_IS_SPACE[_SPACES] = True
_DOC_BITS = np.uint64(22)  # excerpt numbers packed beside an n-gram key (below 2**42) while building
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


_UPPER = re.compile("[A-Z]")


def fold_case(text: str) -> str:
    """ASCII upper case to lower case; unlike ``str.lower`` it never changes the length."""
    return text.translate(_ASCII_LOWER) if _UPPER.search(text) else text


@dataclass
class Postings:
    """Term → sorted excerpt numbers (and frequencies). ``keys`` is None for dense word ids."""

    ptr: np.ndarray  # int64, one more than the number of terms
    doc: np.ndarray  # int32 excerpt numbers, sorted within each term
    tf: np.ndarray | None = None  # int32 raw frequencies (words only)
    keys: np.ndarray | None = None  # int64 sorted n-gram keys (n-grams only)

    def slot(self, key: int) -> int:
        """Position of an n-gram key, or -1 when no excerpt holds it."""
        i = int(np.searchsorted(self.keys, key))
        return i if i < len(self.keys) and self.keys[i] == key else -1

    def docs(self, slot: int) -> np.ndarray:
        """Excerpt numbers of the term at ``slot``."""
        return self.doc[self.ptr[slot]:self.ptr[slot + 1]]

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(term, doc) of every posting: term ids for words, keys for n-grams."""
        slots = np.repeat(np.arange(len(self.ptr) - 1, dtype=np.int64), np.diff(self.ptr))
        return (self.keys[slots] if self.keys is not None else slots), self.doc


def needle_keys(needle: str) -> list[int]:
    """The n-gram keys an excerpt must hold to contain ``needle``: its bigrams, else its characters."""
    # Plain Python: a query part is short, and numpy's per-call cost would dominate.
    chars = [ord(c) for c in needle]
    pairs = {((a + 1) << _SHIFT) | b for a, b in zip(chars, chars[1:]) if a not in _SPACE_SET and b not in _SPACE_SET}
    return sorted(pairs) if pairs else sorted({c for c in chars if c not in _SPACE_SET})


def build_grams(texts: list[str]) -> Postings:
    """Character unigram and bigram postings of texts (already in analysis form)."""
    if not texts:
        return Postings(np.zeros(1, np.int64), np.zeros(0, np.int32), keys=np.zeros(0, np.int64))
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # a line break inside a text is a space here
        joined = "\n".join(t.replace("\n", " ") for t in texts)
    cp = _codepoints(joined)
    doc = np.cumsum(cp == 10, dtype=np.uint32)  # the text number of each character
    ok = ~_IS_SPACE[np.minimum(cp, 0x3001)]
    pair = ok[:-1] & ok[1:]
    if len(texts) >= 1 << 22:  # excerpt numbers too large to share 64 bits with a key
        keys = np.concatenate([cp[ok].astype(np.int64), _bigram(cp)[pair]])
        return _group_keys(keys, np.concatenate([doc[ok], doc[:-1][pair]]).astype(np.int64))
    # Key and excerpt number packed in one uint64, so that one sort groups the postings by key,
    # then excerpt. Unigram keys are below 2**21 and bigram keys above: each kind is sorted on
    # its own (two half-size sorts) and their runs follow each other. Built in place, because on
    # a large corpus fresh memory (page faults) costs as much as the sorting.
    n_uni = int(np.count_nonzero(ok))
    packed = np.empty(n_uni + int(np.count_nonzero(pair)), np.uint64)
    uni, bi = packed[:n_uni], packed[n_uni:]
    uni[:] = cp[ok]
    uni <<= _DOC_BITS
    uni |= doc[ok]
    bi[:] = cp[:-1][pair]
    bi += np.uint64(1)
    bi <<= np.uint64(_SHIFT)
    bi |= cp[1:][pair]
    bi <<= _DOC_BITS
    bi |= doc[:-1][pair]
    del cp, doc, ok, pair
    uni.sort()
    bi.sort()
    fresh = np.empty(len(packed), bool)
    fresh[:1] = True
    np.not_equal(packed[1:], packed[:-1], out=fresh[1:])
    packed = packed[fresh]
    docs = packed.astype(np.uint32)  # the low 32 bits, then the excerpt number's 22
    docs &= np.uint32((1 << 22) - 1)
    packed >>= _DOC_BITS
    return _regroup(packed.view(np.int64), docs.view(np.int32), None, True, None)


def word_postings(terms: np.ndarray, docs: np.ndarray, n_docs: int, n_terms: int) -> Postings:
    """Word postings from the term id and excerpt number of every token (of ``n_docs`` excerpts)."""
    n = max(n_docs, 1)
    u, tf = np.unique(terms.astype(np.int64) * n + docs, return_counts=True)
    t = u // n
    ptr = np.zeros(n_terms + 1, np.int64)
    np.cumsum(np.bincount(t, minlength=n_terms), out=ptr[1:])
    return Postings(ptr, (u % n).astype(np.int32), tf.astype(np.int32))


def merge(old: Postings, new: Postings, n_old: int, n_terms: int | None = None) -> Postings:
    """Postings of old excerpts followed by new ones (numbered from ``n_old``)."""
    if not len(old.doc):  # a first build: nothing to merge into
        docs = new.doc.astype(np.int32) + np.int32(n_old)
        if new.keys is not None:
            return Postings(new.ptr, docs, new.tf, keys=new.keys)
        ptr = new.ptr if n_terms is None else np.concatenate(
            [new.ptr, np.full(n_terms + 1 - len(new.ptr), new.ptr[-1], np.int64)])
        return Postings(ptr, docs, new.tf)
    t_old, d_old = old.pairs()
    t_new, d_new = new.pairs()
    terms = np.concatenate([t_old, t_new])
    docs = np.concatenate([d_old, d_new.astype(np.int64) + n_old]).astype(np.int32)
    # Both runs are sorted by term: a stable sort (timsort) merges them in linear time and
    # keeps old excerpts before new ones within a term, so excerpt numbers stay sorted.
    order = np.argsort(terms, kind="stable")
    terms, docs = terms[order], docs[order]
    tf = np.concatenate([old.tf, new.tf])[order] if old.tf is not None else None
    return _regroup(terms, docs, tf, old.keys is not None, n_terms)


def drop(p: Postings, keep: np.ndarray) -> Postings:
    """Postings without the excerpts where ``keep`` is False, the rest renumbered in order."""
    renumber = np.cumsum(keep) - 1
    terms, docs = p.pairs()
    mask = keep[docs]
    tf = p.tf[mask] if p.tf is not None else None
    n_terms = None if p.keys is not None else len(p.ptr) - 1
    return _regroup(terms[mask], renumber[docs[mask]].astype(np.int32), tf, p.keys is not None, n_terms)


def member(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each value of ``a``, whether it is in the sorted array ``b`` (binary search, no sort)."""
    if not len(b):
        return np.zeros(len(a), bool)
    pos = np.searchsorted(b, a)
    np.minimum(pos, len(b) - 1, out=pos)
    return b[pos] == a


def intersect(lists: list[np.ndarray]) -> np.ndarray:
    """Sorted excerpt numbers present in every sorted list (shortest first, so it stays cheap)."""
    if not lists:
        return np.zeros(0, np.int32)
    lists = sorted(lists, key=len)
    out = np.asarray(lists[0])
    for other in lists[1:]:
        if not len(out):
            break
        out = out[member(out, other)]
    return out


def union(lists: list[np.ndarray], n: int) -> np.ndarray:
    """Sorted excerpt numbers present in any list; ``n`` bounds them (a bitmap when that is cheaper)."""
    lists = [a for a in lists if len(a)]
    if not lists:
        return np.zeros(0, np.int32)
    if len(lists) == 1:
        return np.asarray(lists[0])
    total = sum(len(a) for a in lists)
    if total * 16 > n:
        mark = np.zeros(n, bool)
        for a in lists:
            mark[a] = True
        return np.flatnonzero(mark).astype(np.int32)
    return unique(np.concatenate(lists))


def unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (sort-based: faster than np.unique's hashing on these arrays)."""
    a = np.sort(a)
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if len(a) else a


def top(key: np.ndarray, ids: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` largest keys, best first; ties go to the lower excerpt number."""
    if len(key) > k:
        cut = key[np.argpartition(-key, k - 1)[k - 1]]
        sel = np.flatnonzero(key >= cut)  # every tie at the cut, so the choice among them is stable
    else:
        sel = np.arange(len(key))
    return sel[np.lexsort((ids[sel], -key[sel]))][:k]


def positions(sorted_a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each value of ``b`` sits in the sorted array ``a``, and whether it is there at all."""
    if not len(sorted_a):
        return np.zeros(len(b), np.int64), np.zeros(len(b), bool)
    at = np.searchsorted(sorted_a, b)
    np.minimum(at, len(sorted_a) - 1, out=at)
    return at, sorted_a[at] == b


def _regroup(terms, docs, tf, keyed: bool, n_terms: int | None) -> Postings:
    if keyed:
        starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1]))) if len(terms) else np.zeros(0, np.int64)
        ptr = np.append(starts, len(terms)).astype(np.int64)
        return Postings(ptr, docs, tf, keys=terms[starts].astype(np.int64))
    ptr = np.zeros(n_terms + 1, np.int64)
    np.cumsum(np.bincount(terms, minlength=n_terms), out=ptr[1:])
    return Postings(ptr, docs, tf)


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _bigram(cp: np.ndarray) -> np.ndarray:
    return ((cp[:-1].astype(np.int64) + 1) << _SHIFT) | cp[1:].astype(np.int64)


def _group_keys(keys: np.ndarray, docs: np.ndarray) -> Postings:
    order = np.lexsort((docs, keys))
    terms, docs = keys[order], docs[order]
    fresh = np.concatenate(([True], (terms[1:] != terms[:-1]) | (docs[1:] != docs[:-1])))
    return _regroup(terms[fresh], docs[fresh].astype(np.int32), None, True, None)


def concat(parts: list[Postings], sizes: list[int]) -> Postings:
    """Keyed postings of consecutive runs of excerpts (each numbered from 0, ``sizes`` excerpts each), as one.

    Each run is sorted by key: one stable sort (a merge of the runs) keeps the earlier run's
    excerpts first within a key, so the result equals the postings of all the texts built at once.
    """
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    keys = np.concatenate([p.pairs()[0] for p in parts]) if parts else np.zeros(0, np.int64)
    docs = np.concatenate([p.doc.astype(np.int64) + off for p, off in zip(parts, offsets)]) if parts else keys
    order = np.argsort(keys, kind="stable")
    return _regroup(keys[order], docs[order].astype(np.int32), None, True, None)
