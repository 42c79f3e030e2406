"""textkit's search as a LangChain retriever: Chinese keyword retrieval that works out of the box.

    from textkit.integrations.langchain import TextkitRetriever

    retriever = TextkitRetriever.from_documents(docs, k=4)       # LangChain Documents, metadata kept
    retriever = TextkitRetriever.load("notice.idx", k=4)         # or a saved textkit index
    retriever.invoke("两个维护")                                   # -> list[Document]

The query takes textkit's syntax (``"exact phrase"``, ``+must``, ``-exclude``); ``doc`` and ``section``
filter by document name and section heading. Each returned ``Document`` holds the passage's text and
``metadata`` with ``doc``, ``section``, ``excerpt``, ``score``, ``note``, ``highlights`` (and the
source document's own metadata when the index was built from LangChain documents).
Needs ``pip install 'textkit[langchain]'``.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any, Iterable, Optional

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field, PrivateAttr

from ..search.index import SearchIndex
from . import DocumentMetadata, excerpts_of, hit_metadata

__all__ = ["TextkitRetriever"]

_NAME_KEYS = ("source", "title", "file_name")


class TextkitRetriever(BaseRetriever):
    """A LangChain retriever over a textkit :class:`~textkit.search.index.SearchIndex`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: SearchIndex
    k: int = Field(default=4, ge=1)
    doc: Optional[str] = None
    section: Optional[str] = None
    _metadata: DocumentMetadata = PrivateAttr()

    def model_post_init(self, context: Any) -> None:
        self._metadata = DocumentMetadata(self.index)

    @classmethod
    def from_documents(cls, documents: Iterable[Document], segmenter: Any = None, **kwargs: Any) -> TextkitRetriever:
        """Index LangChain documents (long ones split into passages) and retrieve from them."""
        excerpts = excerpts_of(((d.page_content, d.metadata, d.id) for d in documents), _NAME_KEYS)
        return cls(index=SearchIndex.build(excerpts, segmenter=segmenter), **kwargs)

    @classmethod
    def from_texts(cls, texts: Iterable[str], metadatas: Iterable[dict] | None = None, **kwargs: Any) -> TextkitRetriever:
        """Index plain texts (with optional metadata per text)."""
        texts = list(texts)
        metas = list(metadatas) if metadatas is not None else [{} for _ in texts]
        return cls.from_documents([Document(page_content=t, metadata=m) for t, m in zip(texts, metas)], **kwargs)

    @classmethod
    def load(cls, path: str | os.PathLike[str], **kwargs: Any) -> TextkitRetriever:
        """Retrieve from an index saved by ``textkit index`` or ``SearchIndex.save``."""
        return cls(index=SearchIndex.load(path), **kwargs)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        k = int(kwargs.get("k", self.k))
        hits = self.index.search(query, k=k, doc=kwargs.get("doc", self.doc), section=kwargs.get("section", self.section))
        return [Document(page_content=hit.text, metadata=hit_metadata(hit, self._metadata[hit.doc]), id=hit.excerpt)
                for hit in hits]

    async def _aget_relevant_documents(self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun,
                                       **kwargs: Any) -> list[Document]:
        # A loaded index is safe to search from several threads: keep the event loop free meanwhile.
        return await asyncio.to_thread(self._get_relevant_documents, query,
                                       run_manager=run_manager.get_sync(), **kwargs)
