"""textkit as the Chinese keyword retriever of retrieval pipelines (RAG frameworks).

- :mod:`textkit.integrations.langchain` — ``TextkitRetriever``, a LangChain ``BaseRetriever``
  (``pip install 'textkit[langchain]'``);
- :mod:`textkit.integrations.llama_index` — ``TextkitRetriever``, a LlamaIndex ``BaseRetriever``
  (``pip install 'textkit[llamaindex]'``).

Importing textkit never imports either framework; each module imports its own when it is imported.
Both search a :class:`~textkit.search.index.SearchIndex` (built here from the framework's documents
or nodes, or loaded from disk) and return what the CLI's ``--json`` returns, as the framework's types.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..analysis.excerpts import Document, Excerpt, split_document
from ..analysis.normalize import clean

__all__ = ["excerpts_of", "hit_metadata"]


def excerpts_of(items: Iterable[tuple[str, Mapping[str, Any], str | None]], name_keys: tuple[str, ...]) -> list[Excerpt]:
    """Excerpts of framework documents given as ``(text, metadata, id)``, each kept as a document of the index.

    A document's name is the first of ``name_keys`` found in its metadata, else its id, else ``doc-N``
    (made unique with ``(2)``…); long documents are split into passages as textkit splits any
    document, and each passage keeps its document's metadata.
    """
    out: list[Excerpt] = []
    seen: set[str] = set()
    for n, (text, meta, ident) in enumerate(items, 1):
        base = next((str(meta[k]) for k in name_keys if meta.get(k)), ident or f"doc-{n}")
        name, copy = base, 1
        while name in seen:
            copy += 1
            name = f"{base} ({copy})"
        seen.add(name)
        body = clean(text or "")
        if body.strip():
            out.extend(split_document(Document(name=name, text=body, meta=dict(meta))))
    return out


def hit_metadata(hit: Any, meta: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The metadata a framework document carries for a hit: its source document's own metadata (if
    it was built from framework documents), then textkit's fields as ``--json`` gives them."""
    out = dict(meta or {})
    out.update({
        "doc": hit.doc,
        "section": hit.section,
        "excerpt": hit.excerpt,
        "score": hit.score,
        "note": getattr(hit, "note", None) or None,
        "highlights": [list(span) for span in hit.highlights],
    })
    return out


class DocumentMetadata:
    """The metadata of each document of an index, by name (read from its catalog once, again after a change)."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self._by_name: dict[str, Mapping[str, Any]] = {}
        self._size = -1

    def __getitem__(self, name: str) -> Mapping[str, Any]:
        if self._size != self.index.size:
            catalog = self.index.catalog
            self._by_name = dict(zip(catalog["docs"], catalog["meta"]))
            self._size = self.index.size
        return self._by_name.get(name) or {}
