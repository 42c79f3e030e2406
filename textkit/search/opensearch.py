"""An index for OpenSearch or Elasticsearch that carries textkit's analysis, and queries for it.

textkit analyses; the engine stores and ranks. :func:`export` writes

- ``mapping.json``: settings and mappings for ``PUT /INDEX`` — a ``words`` field holding textkit's
  words (the lexicon that keeps 两个维护 whole, folding, stopwords out) split by a whitespace analyzer,
  a ``grams`` field holding the analysis form character by character (with positions, so that a
  phrase query on it is a substring search: textkit's n-gram path), BM25 with the index's k1 and b,
  and the analysis settings in ``_meta``;
- ``bulk-00001.ndjson``…: the ``_bulk`` bodies, every excerpt with its stored fields (``text``,
  ``doc``, ``section``, ``excerpt``, ``note``, ``paragraph``).

:func:`query_body` turns a query in textkit's syntax into the query DSL, analysed by the index's
own segmenter: a plain part matches its words (BM25) or its text verbatim; ``"phrase"`` and
``+must`` must occur verbatim, ``-exclude`` must not; ``doc``/``section`` filter. Send it with
:data:`SEARCH_PARAMS` (``search_type=dfs_query_then_fetch``), so that every shard scores with the
index-wide document frequencies, as one textkit index does.

The engine's BM25 is Lucene's, which differs from textkit's default (rank-bm25's): build the local
index with ``flavour="lucene"`` (``textkit index --bm25 lucene``) and its word scores equal the
engine's for the same query (the test with real Lucene compares them).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .planner import indexed_form
from .query import MUST, NOT, parse_query

#: Search request parameters that make shards share statistics.
SEARCH_PARAMS = {"search_type": "dfs_query_then_fetch"}
PER_FILE = 5000  # excerpts per bulk file: a few MB, under the engines' default request size
_SIMILARITY = "textkit_bm25"
_ANALYZER = "textkit_tokens"


def mapping(index: Any) -> dict[str, Any]:
    """Settings and mappings for ``PUT /NAME`` (textkit's analysis and BM25 parameters in ``_meta``)."""
    from .._version import __version__

    tokens = {"type": "text", "analyzer": _ANALYZER, "similarity": _SIMILARITY}
    return {
        "settings": {
            "index": {"similarity": {_SIMILARITY: {"type": "BM25", "k1": index.k1, "b": index.b}}},
            "analysis": {"analyzer": {_ANALYZER: {"type": "custom", "tokenizer": "whitespace"}}},
        },
        "mappings": {
            "_meta": {"textkit": __version__, "analysis": index.segmenter.settings, "bm25": {
                "k1": index.k1, "b": index.b, "flavour": index.flavour}, "excerpts": index.size},
            "dynamic": "strict",
            "properties": {
                "words": tokens,
                "grams": {**tokens, "index_options": "positions"},
                "text": {"type": "text", "index": False},
                "doc": {"type": "keyword"},
                "section": {"type": "keyword"},
                "excerpt": {"type": "keyword"},
                "note": {"type": "keyword", "index": False},
                "paragraph": {"type": "integer"},
            },
        },
    }


def documents(index: Any, batch: int = 4096) -> Iterator[dict[str, Any]]:
    """Each excerpt as an engine document: textkit's words, its characters, its stored fields."""
    stop = index._stopwords
    for start in range(0, index.size, batch):
        rows = np.arange(start, min(start + batch, index.size))
        keys = index._texts("key", rows)
        words, codes, counts = index.segmenter.cut_coded(keys)
        forms = [indexed_form(w, stop) for w in words]
        cuts = np.cumsum(counts)[:-1]
        for row, key, coded in zip(rows.tolist(), keys, np.split(codes, cuts)):
            e = index._excerpt(row)
            yield {
                "_id": e.id,
                "words": " ".join(f for f in map(forms.__getitem__, coded.tolist()) if f is not None),
                "grams": grams(key),
                "text": e.text,
                "doc": e.doc,
                "section": e.section,
                "excerpt": e.id,
                "note": getattr(e, "note", "") or None,
                "paragraph": e.paragraph,
            }


def grams(key: str) -> str:
    """An analysis form as the ``grams`` field holds it: its characters, whitespace dropped."""
    return " ".join(ch for ch in key if not ch.isspace())


def export(index: Any, out: str | os.PathLike[str], name: str = "textkit", per_file: int = PER_FILE) -> list[Path]:
    """Write ``mapping.json`` and the ``_bulk`` files for engine index ``name`` into folder ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "mapping.json"]
    written[0].write_text(json.dumps(mapping(index), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    handle, n = None, 0
    try:
        for n, doc in enumerate(documents(index)):
            if n % per_file == 0:
                if handle:
                    handle.close()
                written.append(out / f"bulk-{n // per_file + 1:05d}.ndjson")
                handle = written[-1].open("w", encoding="utf-8")
            ident = doc.pop("_id")
            handle.write(json.dumps({"index": {"_index": name, "_id": ident}}, ensure_ascii=False) + "\n")
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if handle:
            handle.close()
    return written


def query_body(index: Any, query: str, k: int = 10, doc: str | None = None, section: str | None = None) -> dict:
    """The query DSL of a textkit query, analysed by ``index``'s own analysis (send with SEARCH_PARAMS).

    Raises :class:`~textkit.errors.QueryError` for a query with nothing to search, as search does.
    """
    plan = index._planned(query)
    parsed = parse_query(query, doc=doc, section=section)  # doc:… and section:… written in the query count too
    doc, section = parsed.doc, parsed.section
    should: list[dict] = []
    must: list[dict] = []
    must_not: list[dict] = []
    for part in plan.parts:
        verbatim = {"match_phrase": {"grams": {"query": grams(part.needle)}}}
        if part.kind == NOT:
            must_not.append(verbatim)
            continue
        if part.tokens:
            should.append({"match": {"words": {"query": " ".join(part.tokens)}}})
        if part.kind == MUST:  # a "phrase" or a +word: it must occur verbatim
            must.append(verbatim)
        else:
            should.append(verbatim)
    filters = [{"wildcard": {field: {"value": f"*{_escape(value)}*"}}}
               for field, value in (("doc", doc), ("section", section)) if value]
    body: dict[str, Any] = {"size": k, "query": {"bool": {}},
                            "_source": ["text", "doc", "section", "excerpt", "note", "paragraph"]}
    clauses = body["query"]["bool"]
    if should:
        clauses["should"] = should
    if must:
        clauses["must"] = must
    if must_not:
        clauses["must_not"] = must_not
    if filters:
        clauses["filter"] = filters
    if should and not must:
        clauses["minimum_should_match"] = 1
    return body


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
