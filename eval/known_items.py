"""Known items: quiz-bank questions whose sentence occurs in the political corpus.

A human quiz writer took a sentence from a report and blanked a phrase. Filled back in, the
blank and its context are found in one excerpt; the stem with its blank removed, used as a
query, should bring that excerpt first. :func:`known_items` is also what ``eval/blanks.py`` can
use to ask whether textkit would blank the same phrase.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from textkit.analysis.excerpts import Excerpt
from textkit.analysis.normalize import analysis_form

from . import data

CONTEXT = 8  # characters of the stem either side of the blank that must match the source too
_CHOICE_LETTERS = re.compile(r"^[A-Fa-f]+$")
_OPTION_TAIL = re.compile(r"\s*[（(]\s*[）)]\s*$")


@dataclass(frozen=True)
class KnownItem:
    """A quiz-bank question traced to its source excerpt(s) in the political corpus."""

    id: str  # "dd:<ID>" or "bank:<row>"
    query: str  # the stem with its blank removed, as a user would type or paste it
    answer: str  # the phrase the human quiz writer blanked
    key: str  # the answer with its context, in analysis form, as found in the source
    targets: tuple[str, ...]  # ids of excerpts holding ``key``

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "query": self.query, "answer": self.answer, "key": self.key,
                "targets": list(self.targets)}


def _codes(text: str) -> np.ndarray:
    """Every 4-character window of ``text`` as one integer (16 bits a character)."""
    a = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16).astype(np.uint64)
    if len(a) < 4:
        return np.zeros(0, dtype=np.uint64)
    return (a[:-3] << 48) | (a[1:-2] << 32) | (a[2:-1] << 16) | a[3:]


def _candidates() -> list[tuple[str, str, str | None]]:
    """``(id, stem, answer)`` or ``(id, "before\\0after", answer)`` from both quiz banks."""
    rows = []
    dd = json.loads((data.QUIZBANK / "xxqg_dd.json").read_text(encoding="utf-8"))
    for q in dd:
        stem, answer = q["Question"].split("|")[0].strip(), str(q.get("Answer") or "").strip()
        parts = re.split(r"\s+", stem)
        if len(parts) == 2 and answer and not re.search(r"\s", answer):
            rows.append((f"dd:{q['ID']}", parts[0] + "\0" + parts[1], answer))
    bank = json.loads((data.QUIZBANK / "xxqg_questionbank.json").read_text(encoding="utf-8"))
    for n, q in enumerate(bank):
        answer = str(q.get("answer") or "").strip()
        stem = _OPTION_TAIL.sub("", str(q.get("question") or "").strip())
        if len(answer) >= 2 and not _CHOICE_LETTERS.match(answer) and not re.search(r"\s", answer):
            rows.append((f"bank:{n}", stem, answer))
    return rows


def known_items(sources: Sequence[Excerpt] | None = None) -> list[KnownItem]:
    """Quiz-bank questions whose blank, filled in with its context, occurs in ``sources``."""
    sources = list(sources if sources is not None else data.political())
    forms = [analysis_form(e.text) for e in sources]
    big = "\n".join(forms)
    grams = np.unique(_codes(big))

    def seen(s: str) -> np.ndarray:
        c = _codes(s)
        return grams[np.minimum(np.searchsorted(grams, c), len(grams) - 1)] == c

    out: list[KnownItem] = []
    done: set[tuple[str, str]] = set()
    for qid, stem, answer in _candidates():
        if "\0" in stem:  # the blank's position is known
            before, after = stem.split("\0")
            splits = [(before, after)]
        else:  # the blank was deleted: try each place, but only stems that read like the corpus
            form = analysis_form(stem)
            if len(form) < 8 or seen(form).mean() < 0.7:
                continue
            # Context on both sides, or a blank at either end would match any mention of the answer.
            splits = [(stem[:i], stem[i:]) for i in range(3, len(stem) - 2)]
        for before, after in splits:
            key = analysis_form(before[-CONTEXT:] + answer + after[:CONTEXT])
            if len(key) - len(answer) < 6 or not seen(key).all() or key not in big:
                continue
            query = (before + after).strip()
            if (query, answer) in done:
                break
            done.add((query, answer))
            targets = tuple(e.id for e, f in zip(sources, forms) if key in f)
            if targets:
                out.append(KnownItem(qid, query, answer, key, targets))
            break
    return out


def evaluate(rankers: Mapping[str, object], items: Sequence[KnownItem]) -> dict[str, dict]:
    """Per ranker: share of known items whose source excerpt ranks first (and in the top 5)."""
    out = {}
    for name, ranker in rankers.items():
        ranked = ranker.rank([i.query for i in items], k=5)
        first = [bool(r) and r[0] in i.targets for r, i in zip(ranked, items)]
        top5 = [any(x in i.targets for x in r) for r, i in zip(ranked, items)]
        out[name] = {"n": len(items), "at_rank_1": round(sum(first) / max(len(items), 1), 4),
                     "in_top_5": round(sum(top5) / max(len(items), 1), 4)}
    return out
