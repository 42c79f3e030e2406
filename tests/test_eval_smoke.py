"""The quality harness on a slice of the real data: it runs end to end and its figures make sense."""

from __future__ import annotations

import json

import pytest

eval_data = pytest.importorskip("eval.data")

if not eval_data.available():
    pytest.skip("../shared/data is absent", allow_module_level=True)


@pytest.fixture(scope="module")
def quick():
    pytest.importorskip("textkit.search.index", reason="the search index is not written yet")
    from eval.run import run

    return run(quick=True, log=lambda s: None)


def test_every_system_is_scored_on_the_same_questions(quick):
    ranking = quick["ranking"]
    assert {"textkit", "jieba+bm25s", "jieba+rank-bm25"} <= set(ranking)
    counts = {v["all"]["n"] for v in ranking.values()}
    assert counts == {quick["corpus"]["questions"]}
    for v in ranking.values():
        assert 0.5 < v["all"]["mrr@10"] <= 1.0
        assert v["all"]["recall@1"] <= v["all"]["recall@5"]


def test_textkit_finds_rare_substrings_that_word_peers_miss(quick):
    subs = quick["recall"]["substrings"]
    assert subs["textkit"]["at_rank_1"] >= 0.9
    assert subs["textkit"]["at_rank_1"] > subs["jieba+bm25s"]["at_rank_1"]


def test_results_are_plain_json(quick):
    assert json.loads(json.dumps(quick, ensure_ascii=False)) == quick


def test_known_items_point_at_excerpts_holding_the_answer():
    from eval.known_items import known_items

    political = list(eval_data.political())
    items = known_items(political)
    assert len(items) >= 20
    text = {e.id: e.text for e in political}
    from textkit.analysis.normalize import analysis_form

    for item in items[:20]:
        assert item.key not in analysis_form(item.query)  # the blank really is removed from the query
        assert any(analysis_form(item.answer) in analysis_form(text[t]) for t in item.targets)


def test_cloze_judgments_cover_fifty_items_with_verdicts():
    from eval.cloze import JUDGMENTS, summary

    items = json.loads(JUDGMENTS.read_text(encoding="utf-8"))["items"]
    assert len(items) == 50
    assert all({"id", "prompt", "answers", "answerable", "worth_asking", "note"} <= set(i) for i in items)
    assert summary()["judged"] == 50
