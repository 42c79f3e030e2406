"""Ranking: CMRC 2018 dev questions must find their own paragraph among CMRC and political excerpts.

``python -m eval.retrieval`` scores textkit and the peers and prints JSON; :func:`evaluate` is what
``eval.run`` calls with rankers it has already built.
"""

from __future__ import annotations

import json
import sys
from typing import Mapping, Sequence

from . import data, metrics


def evaluate(rankers: Mapping[str, object], questions: Sequence[data.Question]) -> dict[str, dict]:
    """Per ranker: MRR@10 and Recall@1/@5 on all questions, the tune half and the held-out half."""
    tune, test = data.split(list(questions))
    out = {}
    for name, ranker in rankers.items():
        ranked = ranker.rank([q.text for q in questions], k=10)
        by_id = {q.id: r for q, r in zip(questions, ranked)}
        out[name] = {
            part: metrics.summarize([by_id[q.id] for q in qs], [q.target for q in qs])
            for part, qs in (("all", questions), ("tune", tune), ("test", test))
        }
    return out


def margin(results: Mapping[str, dict], ours: str = "textkit", part: str = "all") -> dict[str, object]:
    """How far ``ours`` is above the best peer on MRR@10 (the issue asks for at least +0.01)."""
    peers = {k: v[part]["mrr@10"] for k, v in results.items() if not k.startswith("textkit")}
    best = max(peers, key=peers.get)
    mine = results.get(ours, {}).get(part, {}).get("mrr@10")
    gap = None if mine is None else round(mine - peers[best], 4)
    return {"best_peer": best, "best_peer_mrr@10": peers[best], "textkit_mrr@10": mine, "gap": gap,
            "meets_target": gap is not None and gap >= 0.01}


def main() -> None:
    from .systems import build_rankers

    excerpts, questions = data.cmrc()
    rankers = build_rankers(excerpts + list(data.political()), log=lambda s: print(s, file=sys.stderr))
    results = evaluate(rankers, questions)
    print(json.dumps({"ranking": results, "margin": margin(results)}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
