"""Ranking: the compiled path and its numpy reference, verbatim parts first, then BM25; building hits."""

from __future__ import annotations

import numpy as np

from . import postings as P
from .hits import Hit
from .planner import Plan, proves
from .query import MUST, NOT, SHOULD

_NONE = np.zeros(0, np.int32)


class Ranker:
    """The ranking side of :class:`~textkit.search.index.SearchIndex` (numpy reference and compiled path)."""

    def _compiled(self, plans: list[Plan], k: int) -> list[tuple] | None:
        """The compiled ranking of ``plans`` (the same as :meth:`_rank_one` / :meth:`_rank_all`), or None."""
        return self._bm25.rank([p.compiled for p in plans], k, self._grams, self._blobs["key"], self._offsets["key"])

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
        return cand, proves(needle)

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

    def _rank(self, plan: Plan, docs: np.ndarray, scores: np.ndarray, k: int, explain: bool) -> list[Hit]:
        if len(plan.parts) == 1 and plan.allowed is None:
            return self._rank_one(plan, docs, scores, k, explain)
        return self._rank_all(plan, docs, scores, k, explain)

    def _rank_all(self, plan: Plan, docs: np.ndarray, scores: np.ndarray, k: int, explain: bool) -> list[Hit]:
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

    def _rank_one(self, plan: Plan, docs: np.ndarray | None, scores: np.ndarray | None, k: int,
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

    def _hits(self, chosen: np.ndarray, scores: np.ndarray, plan: Plan, dfs: list[int], explain: bool) -> list[Hit]:
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

    def _explain(self, chosen: np.ndarray, plan: Plan, dfs: list[int], inside: list) -> list[dict[str, float]]:
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
