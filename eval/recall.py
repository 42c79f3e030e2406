"""Recall: a rare piece of text (2–6 characters, or a whole word) must bring its excerpt first.

Queries are drawn from the political corpus with a fixed seed and kept only if they occur exactly
once in the whole searched corpus, so the excerpt holding them is the one right answer.
"""

from __future__ import annotations

import random
import re
from typing import Mapping, Sequence

from textkit.analysis.excerpts import Excerpt
from textkit.analysis.normalize import analysis_form

_HAN = re.compile(r"[\u4e00-\u9fff]+$")


class _Haystack:
    """All searched texts in one string, to count occurrences of a candidate query fast.

    A piece counts as unique only if it occurs once both as written and in analysis form
    (simplified, half-width): 開放 occurs once in a traditional-script report, but a system that
    folds scripts, as textkit does, rightly finds 开放 everywhere.
    """

    def __init__(self, corpus: Sequence[Excerpt]):
        self.text = "\n".join(e.text for e in corpus)
        self.folded = analysis_form(self.text)

    def unique(self, piece: str) -> bool:
        return _once(self.text, piece) and _once(self.folded, analysis_form(piece))


def _once(text: str, piece: str) -> bool:
    first = text.find(piece)
    return first >= 0 and text.find(piece, first + 1) < 0


def substring_queries(
    sources: Sequence[Excerpt], corpus: Sequence[Excerpt], per_length: int = 200, seed: int = 7
) -> list[tuple[str, str, int]]:
    """``(query, excerpt id, length)``: random all-Han substrings of 2–6 characters occurring once."""
    rng = random.Random(seed)
    hay = _Haystack(corpus)
    out = []
    for length in range(2, 7):
        found, tries = 0, 0
        while found < per_length and tries < per_length * 200:
            tries += 1
            e = rng.choice(sources)
            if len(e.text) < length:
                continue
            start = rng.randrange(len(e.text) - length + 1)
            piece = e.text[start : start + length]
            if _HAN.match(piece) and hay.unique(piece):
                out.append((piece, e.id, length))
                found += 1
    return out


def word_queries(
    sources: Sequence[Excerpt], corpus: Sequence[Excerpt], n: int = 500, seed: int = 11
) -> list[tuple[str, str, int]]:
    """``(word, excerpt id, length)``: whole words (a plain jieba's tokens, 2+ Han) occurring once."""
    from .systems import jieba_tokenizer

    rng = random.Random(seed)
    hay = _Haystack(corpus)
    tokenize = jieba_tokenizer("exact")
    out, seen, tries = [], set(), 0
    while len(out) < n and tries < n * 50:
        tries += 1
        e = rng.choice(sources)
        words = [w for w in tokenize(e.text) if len(w) >= 2 and _HAN.match(w) and w not in seen]
        rng.shuffle(words)
        for w in words:
            if hay.unique(w):
                seen.add(w)
                out.append((w, e.id, len(w)))
                break
    return out


def found_first(rankers: Mapping[str, object], queries: Sequence[tuple[str, str, int]]) -> dict[str, dict]:
    """Per ranker: share of queries whose excerpt ranks first, overall and by query length."""
    out = {}
    for name, ranker in rankers.items():
        ranked = ranker.rank([q for q, _, _ in queries], k=1)
        hits = [bool(r) and r[0] == target for r, (_, target, _) in zip(ranked, queries)]
        by_len: dict[str, list[bool]] = {}
        for hit, (_, _, length) in zip(hits, queries):
            by_len.setdefault(str(min(length, 6)) if length < 6 else "6+", []).append(hit)
        out[name] = {
            "n": len(hits),
            "at_rank_1": round(sum(hits) / max(len(hits), 1), 4),
            "by_length": {k: round(sum(v) / len(v), 4) for k, v in sorted(by_len.items())},
            "missed_examples": [q for (q, _, _), h in zip(queries, hits) if not h][:8],
        }
    return out


def evaluate(rankers: Mapping[str, object], sources: Sequence[Excerpt], corpus: Sequence[Excerpt],
             per_length: int = 200, words: int = 500) -> dict[str, dict]:
    """Substring and whole-word recall at rank 1 for every ranker."""
    return {
        "substrings": found_first(rankers, substring_queries(sources, corpus, per_length)),
        "words": found_first(rankers, word_queries(sources, corpus, words)),
    }
