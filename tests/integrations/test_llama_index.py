"""textkit as a LlamaIndex retriever, against the real llama-index-core (no mocks)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("llama_index.core", reason="pip install 'textkit[llamaindex]'")
from llama_index.core import Document  # noqa: E402
from llama_index.core.schema import TextNode  # noqa: E402

from textkit.analysis.load import load_corpus  # noqa: E402
from textkit.integrations.llama_index import TextkitRetriever  # noqa: E402
from textkit.search.index import SearchIndex  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def notice():
    return TextkitRetriever(SearchIndex.build(load_corpus([ROOT / "corpus"])), similarity_top_k=3)


def test_retrieve_finds_the_notices_passage_first_with_metadata(notice):
    found = notice.retrieve("两个维护")
    assert found and "两个维护" in found[0].node.get_content()
    meta = found[0].node.metadata
    assert found[0].score == meta["score"] > 0
    assert found[0].node.node_id == meta["excerpt"] and meta["doc"] == "学习宣传贯彻《论述摘编》的通知"
    a, b = meta["highlights"][0]
    assert found[0].node.get_content()[a:b] == "两个维护"
    assert len(found) <= 3


def test_async_retrieve_gives_the_same_nodes(notice):
    sync = [(n.node.node_id, n.score) for n in notice.retrieve("劳模精神")]
    assert [(n.node.node_id, n.score) for n in asyncio.run(notice.aretrieve("劳模精神"))] == sync


def test_built_from_documents_and_nodes_finds_chinese_words():
    # run-llama/llama_index#13866: LlamaIndex's BM25Retriever scored both of these 0.0 for 故乡.
    docs = [Document(text="床前明月光，疑是地上霜。"), Document(text="举头望明月，低头思故乡。", metadata={"author": "李白"})]
    found = TextkitRetriever.from_documents(docs).retrieve("故乡")
    assert [n.node.get_content() for n in found] == ["举头望明月，低头思故乡。"]
    assert found[0].score > 0 and found[0].node.metadata["author"] == "李白"
    nodes = [TextNode(text="坚决做到两个维护", metadata={"title": "甲"}), TextNode(text="维护职工合法权益", metadata={"title": "乙"})]
    found = TextkitRetriever.from_nodes(nodes).retrieve("两个维护")
    assert found[0].node.metadata["doc"] == "甲"


def test_filters_pass_through(notice):
    only = TextkitRetriever(notice.index, similarity_top_k=10, section="二、").retrieve("工会")
    assert only and all(n.node.metadata["section"].startswith("二、") for n in only)


def test_importing_textkit_does_not_import_llama_index():
    code = "import sys, textkit, textkit.integrations; from textkit import SearchIndex; print('llama_index' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
