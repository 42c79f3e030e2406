"""textkit as a LangChain retriever, against the real langchain-core (no mocks)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("langchain_core", reason="pip install 'textkit[langchain]'")
from langchain_core.documents import Document  # noqa: E402

from textkit.analysis.load import load_corpus  # noqa: E402
from textkit.integrations.langchain import TextkitRetriever  # noqa: E402
from textkit.search.index import SearchIndex  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def notice():
    return TextkitRetriever(index=SearchIndex.build(load_corpus([ROOT / "corpus"])), k=3)


def test_invoke_finds_the_notices_passage_first_with_metadata(notice):
    docs = notice.invoke("两个维护")
    assert docs and "两个维护" in docs[0].page_content
    meta = docs[0].metadata
    assert meta["doc"] == "学习宣传贯彻《论述摘编》的通知"
    assert meta["excerpt"].startswith("学习宣传贯彻《论述摘编》的通知#") and docs[0].id == meta["excerpt"]
    assert meta["score"] > 0 and "note" in meta and meta["section"].startswith("一、")
    a, b = meta["highlights"][0]
    assert docs[0].page_content[a:b] == "两个维护"


def test_k_filters_and_query_syntax_pass_through(notice):
    assert len(notice.invoke("工会", k=1)) == 1
    sections = {d.metadata["section"] for d in TextkitRetriever(index=notice.index, k=10, section="三、").invoke("工会")}
    assert sections and all(s.startswith("三、") for s in sections)
    excluded = notice.invoke("劳模精神 -工匠")
    assert all("工匠" not in d.page_content for d in excluded)


def test_async_gives_the_same_documents(notice):
    assert asyncio.run(notice.ainvoke("劳模精神")) == notice.invoke("劳模精神")


def test_built_from_documents_scores_chinese_and_keeps_their_metadata():
    # run-llama/llama_index#13866: a whitespace BM25 scores every Chinese document 0.0 for 故乡.
    docs = [Document(page_content="床前明月光，疑是地上霜。", metadata={"source": "静夜思-1"}),
            Document(page_content="举头望明月，低头思故乡。", metadata={"source": "静夜思-2", "author": "李白"})]
    found = TextkitRetriever.from_documents(docs).invoke("故乡")
    assert [d.page_content for d in found] == ["举头望明月，低头思故乡。"]
    assert found[0].metadata["author"] == "李白" and found[0].metadata["doc"] == "静夜思-2"
    assert found[0].metadata["score"] > 0


def test_long_documents_are_split_into_passages_that_keep_the_metadata():
    text = (ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt").read_text(encoding="utf-8")
    retriever = TextkitRetriever.from_texts([text], metadatas=[{"source": "通知", "year": 2023}], k=2)
    hits = retriever.invoke("急难愁盼")
    assert hits and len(hits[0].page_content) < len(text) and "急难愁盼" in hits[0].page_content
    assert hits[0].metadata["year"] == 2023


def test_importing_textkit_does_not_import_langchain():
    code = "import sys, textkit, textkit.integrations; from textkit import SearchIndex; print('langchain_core' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
