"""Indexing many excerpts at once gives exactly what analysing each excerpt alone gives."""

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import textkit.search.writer as index_module
from textkit.analysis.excerpts import Document, split_document
from textkit.search.index import SearchIndex, analysis_key
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import analysis_form, analysis_forms, clean
from textkit.analysis.segment import Segmenter

ROOT = Path(__file__).resolve().parents[2]
CONGRESS = ROOT.parent / "shared" / "data" / "political" / "cpc_congress_reports.jsonl"

# What batching could get wrong: line breaks inside a text, a "\r" that rjieba would join to the
# separator, characters rjieba treats differently, runs of digits and marks, spaces, empty texts,
# full-width letters and traditional characters.
AWKWARD = [
    "", " ", "\n", "堅決做到「兩個維護」\n第二行ＧＤＰ增長５.５%", "行末\r", "x\r\ny",
    "2011-2020年 www.people.com.cn 與 C++、C#", "㐀 𠮷野家 臺灣乾隆", "ＡＢＣ　ｄｅｆ Ｘ光", "。。。", "頭髮 後來 著作",
]


@pytest.fixture(scope="module")
def texts():
    """The bundled notice, and traditional-character congress reports when ../shared/data is there."""
    found = [e.text for e in load_corpus([ROOT / "corpus"])]
    if CONGRESS.exists():
        rows = [json.loads(line) for line in CONGRESS.read_text(encoding="utf-8").splitlines()]
        traditional = [r for r in rows if "並" in r["content"] or "會議" in r["content"]][:2]
        for r in traditional:
            found += [e.text for e in split_document(Document(r["title"], clean(r["content"][:6000])))]
    return found + AWKWARD


def test_analysis_forms_equal_one_text_at_a_time(texts):
    assert analysis_forms(texts) == [analysis_form(t) for t in texts]
    assert analysis_forms(texts, lower_ascii=True) == [analysis_key(t) for t in texts]
    assert analysis_forms([]) == []


@pytest.mark.parametrize("engine,mode,hmm", [("fast", "exact", True), ("fast", "exact", False),
                                             ("fast", "search", True), ("jieba", "exact", True)])
@pytest.mark.parametrize("single_lines", [False, True])
def test_cut_coded_gives_the_tokens_of_each_text(texts, engine, mode, hmm, single_lines):
    seg = Segmenter(engine=engine, mode=mode, hmm=hmm)
    if single_lines:  # without line breaks and rare characters, all texts go to rjieba in one call
        texts = [t for t in texts if "\n" not in t and "㐀" not in t]
    forms = analysis_forms(texts, lower_ascii=True)
    words, codes, counts = seg.cut_coded(forms)
    assert len(set(words)) == len(words)
    flat = [words[c] for c in codes.tolist()]
    assert list(dict.fromkeys(flat)) == words  # every word occurs, in order of first appearance
    ends = np.cumsum(counts).tolist()
    got = [flat[a:b] for a, b in zip([0] + ends[:-1], ends)]
    assert got == [seg.cut_analysed(f) for f in forms]
    assert seg.cut_many(texts) == [seg(t) for t in texts]


def _postings_by_excerpt(index):
    terms, docs = index._words.pairs()
    names = list(index.vocab)
    out = [Counter() for _ in range(index.size)]
    for t, d, tf in zip(terms.tolist(), docs.tolist(), index._words.tf.tolist()):
        out[d][names[t]] = tf
    return out


def test_index_built_in_batches_equals_excerpt_by_excerpt(texts, monkeypatch):
    monkeypatch.setattr(index_module, "_BUILD_BATCH", 7)  # many batch boundaries, on a small corpus
    index = SearchIndex.build(texts)
    analysed = [index.analyze(t) for t in texts]
    vocab: dict[str, int] = {}
    for tokens in analysed:
        for t in tokens:
            vocab.setdefault(t, len(vocab))
    assert index.vocab == vocab and list(index.vocab) == list(vocab)  # same terms, same numbers
    assert _postings_by_excerpt(index) == [Counter(tokens) for tokens in analysed]
    assert index._length.tolist() == [len(tokens) for tokens in analysed]
    assert [index._text("key", i) for i in range(index.size)] == [analysis_key(t) for t in texts]
    assert [e.text for e in index.excerpts] == texts


def test_adding_one_excerpt_at_a_time_gives_the_same_index(texts):
    whole = SearchIndex.build(texts)
    grown = SearchIndex()
    for t in texts:
        grown.add([t])
    assert list(grown.vocab) == list(whole.vocab)
    for name in ("ptr", "doc", "tf"):
        assert np.array_equal(getattr(grown._words, name), getattr(whole._words, name))
    for name in ("ptr", "doc", "keys"):
        assert np.array_equal(getattr(grown._grams, name), getattr(whole._grams, name))
    assert np.array_equal(grown._length, whole._length)
    assert grown.search("两个维护") == whole.search("两个维护")
