"""CMRC 2018 as retrieval, through LangChain's and LlamaIndex's own retriever interfaces.

Four retrievers, each handed the 848 CMRC 2018 dev paragraphs as the framework's documents and asked
each of the 3,219 questions for its top 10: textkit's ``TextkitRetriever`` in each framework, beside
the framework's own BM25 retriever with its default settings (LangChain community's ``BM25Retriever``,
LlamaIndex's ``BM25Retriever``). A question's own paragraph is its one relevant document; the score
is MRR@10 (and Recall@1/5). Run ``python -m eval.frameworks`` (needs ``pip install -e
'.[langchain,llamaindex]' langchain-community llama-index-retrievers-bm25``); it writes
``eval/results/frameworks.json`` and ``docs/retrievers.md``.
"""

from __future__ import annotations

import json
import platform
import time
from typing import Callable

from . import data, metrics

K = 10


def _langchain(questions, paragraphs) -> dict[str, Callable[[str], list[str]]]:
    from langchain_community.retrievers import BM25Retriever
    from langchain_core.documents import Document

    from textkit.integrations.langchain import TextkitRetriever

    docs = [Document(page_content=text, metadata={"source": pid}) for pid, text in paragraphs]
    ours = TextkitRetriever.from_documents(docs, k=K)
    theirs = BM25Retriever.from_documents(docs, k=K)  # defaults: the text split on whitespace
    return {
        "LangChain · textkit TextkitRetriever": lambda q: [d.metadata["source"] for d in ours.invoke(q)],
        "LangChain · BM25Retriever (defaults)": lambda q: [d.metadata["source"] for d in theirs.invoke(q)],
    }


def _llama_index(questions, paragraphs) -> dict[str, Callable[[str], list[str]]]:
    from llama_index.core import Document
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.retrievers.bm25 import BM25Retriever

    from textkit.integrations.llama_index import TextkitRetriever

    docs = [Document(text=text, metadata={"source": pid}, id_=pid) for pid, text in paragraphs]
    ours = TextkitRetriever.from_documents(docs, similarity_top_k=K)
    nodes = SentenceSplitter().get_nodes_from_documents(docs)  # the framework's default chunking
    theirs = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=K)  # defaults: English stemmer
    return {
        "LlamaIndex · textkit TextkitRetriever": lambda q: [n.node.metadata["source"] for n in ours.retrieve(q)],
        "LlamaIndex · BM25Retriever (defaults)": lambda q: [n.node.metadata["source"] for n in theirs.retrieve(q)],
    }


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))  # a paragraph split into passages counts once, at its best rank


def run(limit: int | None = None, log: Callable[[str], None] = print) -> dict:
    excerpts, questions = data.cmrc()
    paragraphs = [(e.id, e.text) for e in excerpts]
    questions = questions[:limit] if limit else questions
    results: dict[str, dict] = {}
    for build in (_langchain, _llama_index):
        for name, retrieve in build(questions, paragraphs).items():
            start = time.perf_counter()
            ranked = [_unique(retrieve(q.text)) for q in questions]
            summary = metrics.summarize(ranked, [q.target for q in questions])
            summary["seconds"] = round(time.perf_counter() - start, 2)
            results[name] = summary
            log(f"{name}: MRR@10 {summary['mrr@10']:.3f} ({summary['seconds']} s)")
    return {"paragraphs": len(paragraphs), "questions": len(questions), "k": K,
            "python": platform.python_version(), "results": results}


def report(found: dict) -> str:
    lines = [
        "# textkit in LangChain and LlamaIndex: CMRC 2018 as retrieval",
        "",
        f"All four retrievers in one run (`python -m eval.frameworks`), each through its framework's own interface: "
        f"{found['paragraphs']} CMRC 2018 dev paragraphs as the framework's documents, {found['questions']} questions, "
        f"top {found['k']}; a question's own paragraph is its one relevant document. The frameworks' BM25 retrievers "
        "run with their default settings, as a developer who installs them meets them.",
        "",
        "| retriever | MRR@10 | Recall@1 | Recall@5 | seconds for all questions |",
        "|---|---|---|---|---|",
    ]
    for name, r in found["results"].items():
        lines.append(f"| {name} | **{r['mrr@10']:.3f}** | {r['recall@1']:.3f} | {r['recall@5']:.3f} | {r['seconds']} |")
    lines += [
        "",
        "LangChain's `BM25Retriever` splits text on whitespace, so an unspaced Chinese paragraph is one token and a "
        "question matches only a paragraph that is word for word the same; LlamaIndex's splits words with an English "
        "tokenizer and stemmer, with the same effect on Chinese (run-llama/llama_index#13866). textkit segments with "
        "jieba and its lexicon, folds traditional and full-width text, and keeps a character n-gram path.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    found = run()
    (data.RESULTS / "frameworks.json").write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (data.ROOT / "docs" / "retrievers.md").write_text(report(found), encoding="utf-8")


if __name__ == "__main__":
    main()
