"""Ranking measures over lists of retrieved ids."""

from __future__ import annotations

from typing import Sequence


def reciprocal_rank(ranked: Sequence[str], target: str, k: int = 10) -> float:
    """1/rank of ``target`` in the first ``k`` of ``ranked``, 0 if absent."""
    for n, item in enumerate(ranked[:k], 1):
        if item == target:
            return 1.0 / n
    return 0.0


def summarize(rankings: Sequence[Sequence[str]], targets: Sequence[str]) -> dict[str, float]:
    """MRR@10, Recall@1 and Recall@5 (and the count) of rankings against one target each."""
    n = len(targets)
    if n == 0:
        return {"n": 0, "mrr@10": 0.0, "recall@1": 0.0, "recall@5": 0.0}
    rr = [reciprocal_rank(r, t) for r, t in zip(rankings, targets)]
    return {
        "n": n,
        "mrr@10": round(sum(rr) / n, 4),
        "recall@1": round(sum(1 for r, t in zip(rankings, targets) if list(r[:1]) == [t]) / n, 4),
        "recall@5": round(sum(1 for r, t in zip(rankings, targets) if t in list(r[:5])) / n, 4),
    }
