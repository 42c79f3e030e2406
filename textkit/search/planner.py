"""Query planning: a query string parsed and analysed into parts, term counts and filters, remembered."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..analysis.normalize import analysis_form, analysis_forms
from ..errors import QueryError
from . import postings as P
from .query import MUST, NOT, SHOULD, Query, parse_query

_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
_WORDISH = re.compile(r"[^\W_]")  # a letter, digit or ideograph: what makes a token worth indexing
_PLANS = 4096  # query plans remembered per index (each a few hundred bytes)
_TOGETHER = 16  # query parts analysed one by one below this, in one batch from here (numpy set-up costs)


def analysis_key(text: str) -> str:
    """The text as it is matched: analysis form, ASCII lower case; same length as ``text``."""
    return P.fold_case(analysis_form(text))


def indexed_form(token: str, stop: frozenset[str]) -> str | None:
    """The term a token is indexed as, or None for a stopword or a token without letter, digit or ideograph."""
    return token.lower() if token not in stop and (token.isalnum() or _WORDISH.search(token)) else None


class Planner:
    """The query side of :class:`~textkit.search.index.SearchIndex`: plans, analysed in batches and cached."""

    def _planned(self, query: str, doc: str | None = None, section: str | None = None) -> Plan:
        """The plan of a query string, remembered (LRU): analysis is a large share of a search."""
        plan = self._planned_many([query], doc, section)[0]
        if isinstance(plan, QueryError):
            raise plan
        return plan

    def _planned_many(self, queries: Sequence[str], doc: str | None = None,
                      section: str | None = None) -> list[Plan | QueryError]:
        """:meth:`_planned` of each query, or the QueryError saying why it has nothing to search;
        the queries not remembered are analysed together."""
        plans: list[Plan | QueryError | None] = [None] * len(queries)
        todo: dict[str, list[int]] = {}
        odd = []  # not strings: parse_query says why they cannot be searched
        cache = self._plans
        with self._lock:
            for i, q in enumerate(queries):
                if not isinstance(q, str):
                    odd.append(i)
                elif (q, doc, section) in cache:
                    cache.move_to_end((q, doc, section))
                    plans[i] = cache[(q, doc, section)]
                else:
                    todo.setdefault(q, []).append(i)
        parsed = []
        for q, at in [*todo.items(), *((queries[i], [i]) for i in odd)]:
            try:
                parsed.append((q, at, parse_query(q, doc=doc, section=section)))
            except QueryError as exc:
                for i in at:
                    plans[i] = exc
        made = self._plan_many([p for _, _, p in parsed])
        with self._lock:
            for (q, at, _), plan in zip(parsed, made):
                for i in at:
                    plans[i] = plan
                if cache is self._plans:  # not from before an add / remove
                    cache[(q, doc, section)] = plan
            while len(cache) > _PLANS:
                cache.popitem(last=False)
        return plans

    def _plan(self, query: Query) -> Plan:
        return self._plan_many([query])[0]

    def _plan_many(self, queries: list[Query]) -> list[Plan]:
        """What each query asks for: its parts, term counts and filter (analysed in one go)."""
        clauses = [c for q in queries for c in q.clauses]
        if len(clauses) >= _TOGETHER:  # one OpenCC pass and one segmenter call for them all
            keys = [k.strip() for k in analysis_forms([c.text for c in clauses], lower_ascii=True)]
        else:
            keys = [analysis_key(c.text).strip() for c in clauses]
        wanted = [key for c, key in zip(clauses, keys) if c.kind != NOT]
        found = iter(self._tokens_many(wanted))
        vocab = self.vocab
        made, at = [], 0
        for query in queries:
            parts = []
            counts: Counter = Counter()
            for clause in query.clauses:
                key = keys[at]
                at += 1
                needle = key if clause.phrase else _EDGE_PUNCT.sub("", key)
                tokens = []
                if clause.kind != NOT:
                    tokens = next(found)
                    counts.update([vocab[t] for t in tokens if t in vocab])
                if needle:
                    parts.append(Part(clause.kind, needle, tokens))
            made.append(Plan(parts, counts, self._allowed(query)))
        return made

    def _tokens_many(self, keys: list[str]) -> list[list[str]]:
        """:meth:`_tokens` of each analysis key; many are segmented in one call."""
        if len(keys) < _TOGETHER:
            return [self._tokens(k) for k in keys]
        words, codes, counts = self.segmenter.cut_coded(keys)
        stop = self._stopwords
        forms = [indexed_form(w, stop) for w in words]
        return [[f for f in map(forms.__getitem__, part.tolist()) if f is not None]
                for part in np.split(codes, np.cumsum(counts)[:-1])]

    def _allowed(self, query: Query) -> np.ndarray | None:
        """The excerpts passing the query's document and section filters (None: no filter)."""
        allowed = None
        if query.doc is not None or query.section is not None:
            allowed = np.ones(self.size, bool)
            for col, names, want in ((0, "docs", query.doc), (1, "sections", query.section)):
                if want is not None:
                    want = analysis_key(want).strip()
                    ok = np.array([want in analysis_key(name) for name in self.catalog[names]], bool)
                    allowed &= ok[self._where[:, col]] if len(ok) else False
        return allowed



@dataclass
class Part:
    kind: str
    needle: str  # analysis form, ASCII lower case
    tokens: list[str]

    @property
    def keys(self) -> list[int]:
        """The n-gram keys an excerpt must hold to hold the part (the compiled path makes its own)."""
        return P.needle_keys(self.needle)


@dataclass
class Plan:
    parts: list[Part]
    counts: Counter  # term id -> times in the query
    allowed: np.ndarray | None  # excerpts passing the doc / section filters

    @property
    def compiled(self) -> tuple:
        """The plan as the compiled ranking reads it (made once: plans are cached)."""
        if self._compiled is None:
            kinds = {SHOULD: 0, MUST: 1, NOT: 2}
            # Keys None: the kernel makes each part's n-gram keys from its needle (postings.needle_keys).
            parts = [(kinds[p.kind], None, proves(p.needle), p.needle.encode("utf-8")) for p in self.parts]
            self._compiled = (parts, list(self.counts), list(self.counts.values()), self.allowed)
        return self._compiled

    _compiled: tuple | None = None


def proves(needle: str) -> bool:
    """Whether holding the n-grams of ``needle`` proves holding it: one or two characters, no space."""
    return len(needle) <= 2 and not any(ch.isspace() for ch in needle)
