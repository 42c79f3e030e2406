"""The Dask path on a real 2-worker LocalCluster: the same index and the same locate output as one process."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("distributed", reason="pip install 'textkit[dask]'")

from click.testing import CliRunner  # noqa: E402

from textkit.analysis.load import load_corpus  # noqa: E402
from textkit.cli import cli  # noqa: E402
from textkit.errors import AnalysisMismatch  # noqa: E402
from textkit.scale import dask as tk_dask  # noqa: E402
from textkit.search.index import SearchIndex  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CONGRESS = ROOT.parent / "shared" / "data" / "political" / "cpc_congress_reports.jsonl"
SOURCES = [str(ROOT / "corpus"), str(CONGRESS)] if CONGRESS.exists() else [str(ROOT / "corpus")]
QUERIES = ["两个维护", "中国式现代化", "全过程人民民主", "劳模精神 工匠精神", '"急难愁盼"', "乡村振兴 -农业", "一国两制"]


@pytest.fixture(scope="module")
def client():
    with tk_dask.connect("local:2") as c:
        yield c


@pytest.fixture(scope="module")
def single() -> SearchIndex:
    return SearchIndex.build(load_corpus(SOURCES))


def test_a_dask_build_is_the_same_index_as_one_process(client, single):
    built = tk_dask.build(SOURCES, client)
    assert built.size == single.size > 2000 or not CONGRESS.exists()
    assert built.vocab == single.vocab
    for mine, theirs in ((built._words, single._words), (built._grams, single._grams)):
        for name in ("ptr", "doc", "tf", "keys"):
            a, b = getattr(mine, name), getattr(theirs, name)
            assert (a is None and b is None) or (np.array_equal(a, b) and a.dtype == b.dtype), name
    assert [e.id for e in built.excerpts] == [e.id for e in single.excerpts]
    for q in QUERIES:
        assert [(h.excerpt, h.score) for h in built.search(q)] == [(h.excerpt, h.score) for h in single.search(q)]


def test_cli_index_and_locate_with_dask_match_one_process(tmp_path):
    runner = CliRunner()
    one, many = tmp_path / "one.idx", tmp_path / "many.idx"
    assert runner.invoke(cli, ["index", *SOURCES, "--index", str(one)]).exit_code == 0
    built = runner.invoke(cli, ["index", *SOURCES, "--index", str(many), "--dask", "local:2"])
    assert built.exit_code == 0, built.output
    a, b = SearchIndex.load(one), SearchIndex.load(many)
    for q in QUERIES:
        assert [(h.excerpt, h.score) for h in a.search(q)] == [(h.excerpt, h.score) for h in b.search(q)]
    questions = tmp_path / "questions.txt"
    questions.write_text("\n".join(QUERIES[:4] + ["", "完全无关的词语 zzz"] + QUERIES[4:]) + "\n", encoding="utf-8")
    for extra in ([], ["--json"]):
        plain = runner.invoke(cli, ["locate", str(questions), "--index", str(one), *extra])
        spread = runner.invoke(cli, ["locate", str(questions), "--index", str(one), "--dask", "local:2", *extra])
        assert plain.exit_code == spread.exit_code == 0, spread.output
        assert spread.stdout == plain.stdout
    rows = [json.loads(line) for line in spread.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 6, 7, 8, 9]


def test_locate_spreads_queries_over_workers(client, single, tmp_path):
    single.save(tmp_path / "x.idx")
    queries = QUERIES * 40
    spread = tk_dask.locate(tmp_path / "x.idx", queries, client, share=50)
    local = SearchIndex.load(tmp_path / "x.idx").search_many(queries, k=1)
    assert [[h.to_dict() for h in hits] for hits in local] == [[h.to_dict() for h in hits] for hits in spread]
    assert spread[0][0].excerpt == local[0][0].excerpt and spread[0][0].score == round(local[0][0].score, 6)


def test_a_worker_that_analyses_differently_refuses_the_task():
    spec = tk_dask.segmenter_spec(SearchIndex().segmenter)
    spec["settings"] = {**spec["settings"], "lexicon_hash": "0000"}
    with pytest.raises(AnalysisMismatch, match="same textkit"):
        tk_dask.analyse_on_worker(["坚决做到两个维护"], spec)


def test_bad_dask_addresses_say_what_to_write():
    runner = CliRunner()
    result = runner.invoke(cli, ["index", str(ROOT / "corpus"), "--index", "/tmp/never.idx", "--dask", "local:x"])
    assert result.exit_code == 1 and "local:N" in result.output
    result = runner.invoke(cli, ["locate", "-", "--dask", "local:2"], input="两个维护\n")
    assert result.exit_code == 2 and "--index" in result.output
