"""textkit's search as a LlamaIndex retriever: Chinese keyword retrieval that works out of the box.

    from textkit.integrations.llama_index import TextkitRetriever

    retriever = TextkitRetriever.from_documents(documents, similarity_top_k=4)   # or .from_nodes(nodes)
    retriever = TextkitRetriever.load("notice.idx")                               # a saved textkit index
    retriever.retrieve("两个维护")                                                  # -> list[NodeWithScore]

Each node holds the passage's text, its id is the excerpt's stable id, and its ``metadata`` has
``doc``, ``section``, ``excerpt``, ``score``, ``note``, ``highlights`` (and the source document's or
node's own metadata when the index was built from them). Needs ``pip install 'textkit[llamaindex]'``.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Optional

from llama_index.core.callbacks import CallbackManager
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import BaseNode, NodeWithScore, QueryBundle, TextNode

from ..search.index import SearchIndex
from . import DocumentMetadata, excerpts_of, hit_metadata

__all__ = ["TextkitRetriever"]

_NAME_KEYS = ("file_name", "title", "source")


class TextkitRetriever(BaseRetriever):
    """A LlamaIndex retriever over a textkit :class:`~textkit.search.index.SearchIndex`."""

    def __init__(self, index: SearchIndex, similarity_top_k: int = 4, doc: Optional[str] = None,
                 section: Optional[str] = None, callback_manager: Optional[CallbackManager] = None,
                 verbose: bool = False) -> None:
        if similarity_top_k < 1:
            raise ValueError("similarity_top_k must be at least 1")
        self.index = index
        self.similarity_top_k = similarity_top_k
        self.doc, self.section = doc, section
        self._metadata = DocumentMetadata(index)
        super().__init__(callback_manager=callback_manager, verbose=verbose)

    @classmethod
    def from_nodes(cls, nodes: Iterable[BaseNode], segmenter: Any = None, **kwargs: Any) -> TextkitRetriever:
        """Index LlamaIndex nodes (or documents: a Document is a node); long ones are split into passages."""
        items = [(node.get_content(), dict(node.metadata), node.ref_doc_id or node.node_id) for node in nodes]
        return cls(SearchIndex.build(excerpts_of(items, _NAME_KEYS), segmenter=segmenter), **kwargs)

    from_documents = from_nodes

    @classmethod
    def load(cls, path: str | os.PathLike[str], **kwargs: Any) -> TextkitRetriever:
        """Retrieve from an index saved by ``textkit index`` or ``SearchIndex.save``."""
        return cls(SearchIndex.load(path), **kwargs)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self.index.search(query_bundle.query_str, k=self.similarity_top_k, doc=self.doc, section=self.section)
        return [NodeWithScore(node=TextNode(id_=hit.excerpt, text=hit.text,
                                            metadata=hit_metadata(hit, self._metadata[hit.doc])), score=hit.score)
                for hit in hits]
