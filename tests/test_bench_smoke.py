"""The benchmark harness still runs end to end, on a few hundred real excerpts (keeps it from rotting)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

for name in ("bm25s", "tantivy", "rank_bm25", "psutil"):
    pytest.importorskip(name, reason="the bench extra is not installed (pip install -e .[bench])")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpora  # noqa: E402
import peers  # noqa: E402
import report  # noqa: E402
import run  # noqa: E402

from textkit.analysis.load import load_corpus  # noqa: E402
from textkit.analysis.segment import Segmenter  # noqa: E402


@pytest.fixture(scope="module")
def small_run(tmp_path_factory):
    reports = corpora.DATA / "political" / "cpc_congress_reports.jsonl"
    excerpts = load_corpus([reports] if reports.exists() else [ROOT / "corpus"])[:400]
    seg = Segmenter(engine="fast", mode="search")
    analyze = peers.analyzer(seg)
    tokens, seconds = corpora.tokenize_prefixes(excerpts, analyze, [len(excerpts)])
    corpus = corpora.make_corpus("tiny", excerpts, tokens, len(excerpts))
    queries = corpora.make_queries(corpus, 4)
    qtokens = {kind: [analyze(q) for q in qs] for kind, qs in queries.items()}
    args = run.parser().parse_args(["--cold-repeats", "1"])
    work = tmp_path_factory.mktemp("bench")
    size = run.bench_size(corpus, queries, qtokens, seconds, args, 1, 1, work / "tiny", lambda msg: None)
    result = {
        "started": "test", "elapsed_s": 0, "machine": {"python": "3", "cpus": 2, "platform": "test"},
        "settings": {"mode": "search", "k": peers.K, "repeats": 1, "versions": {}},
        "query_analysis_ms": 0.1, "queries": {k: len(v) for k, v in queries.items()},
        "segmentation": {}, "textkit_available": peers.textkit_available(), "sizes": [size],
    }
    return corpus, queries, size, result, work


def test_every_peer_answers_the_queries(small_run):
    _, queries, size, _, _ = small_run
    expected = {"bm25s", "tantivy", "rank-bm25"} | ({"textkit"} if peers.textkit_available() else set())
    assert expected <= set(size["engines"])
    for name in expected:
        figures = size["engines"][name]
        assert "error" not in figures, figures.get("error")
        assert figures["latency"]["queries"] == sum(len(q) for q in queries.values())
        assert figures["latency"]["median_ms"] > 0
        # Fresh queries: every engine gets the strings and pays for its own analysis (issue 21).
        assert figures["fresh"]["queries"] == figures["latency"]["queries"]
        assert figures["fresh"]["cpu_median_ms"] > 0


def test_the_peers_query_tokenizer_finds_the_terms_textkit_indexes(small_run):
    _, queries, _, _, _ = small_run
    analyze = peers.analyzer(Segmenter(engine="fast", mode="exact"))
    tokenize = peers.query_tokenizer()
    flat = [q for qs in queries.values() for q in qs]
    assert sum(tokenize(q) == analyze(q) for q in flat) >= 0.9 * len(flat)


def test_peers_on_the_same_tokens_agree(small_run):
    # bm25s and Tantivy score the same tokens with BM25: their first hits mostly coincide.
    _, _, size, _, _ = small_run
    assert size["agreement"]["tantivy"] >= 0.6


def test_fresh_processes_answer_from_the_saved_index(small_run):
    _, _, size, _, _ = small_run
    for name in ("bm25s", "tantivy") + (("textkit",) if peers.textkit_available() else ()):
        cold = size["engines"][name]["cold"]
        assert cold["failed"] == 0, cold.get("error")
        assert size["engines"][name]["disk"]["size_mb"] > 0
    assert size["newcomer"]["failed"] == 0, size["newcomer"].get("error")


def test_report_shows_a_table_per_size_and_the_plot(small_run, tmp_path):
    *_, result, _ = small_run
    doc = tmp_path / "benchmarks.md"
    report.write(result, doc)
    text = doc.read_text(encoding="utf-8")
    assert "## tiny: 400 excerpts" in text
    assert "| tantivy |" in text and "| bm25s |" in text
    assert "## Targets (issues 6 and 21)" in text
    assert "fresh query CPU ms median" in text and "cached query CPU ms median" in text
    if importlib.util.find_spec("matplotlib"):
        assert (tmp_path / "benchmarks.png").stat().st_size > 1000


def test_sizes_are_named_or_numbered():
    assert run.parse_sizes("10k,all,1m,2500") == [("10k", 10_000), ("all", None), ("1m", 1_000_000),
                                                  ("2500", 2500)]


def test_synthetic_corpus_repeats_with_distinct_ids():
    excerpts = load_corpus([ROOT / "corpus"])
    tokens = [[t] for t in range(len(excerpts))]
    big = corpora.make_corpus("big", excerpts, tokens, len(excerpts) * 2 + 1)
    assert len(big) == len(excerpts) * 2 + 1 and big.synthetic
    assert len({e.id for e in big.excerpts}) == len(big)
    assert big.excerpts[len(excerpts)].text == excerpts[0].text
