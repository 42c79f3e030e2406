"""Searching: the phrases users look for come first, scores are BM25's, any substring is found."""

import json
import random
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.errors import QueryError
from textkit.analysis.excerpts import Document, split_document
from textkit.search.index import SearchIndex, analysis_key
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import clean
from textkit.analysis.segment import Segmenter

ROOT = Path(__file__).resolve().parents[2]
POLITICAL = ROOT.parent / "shared" / "data" / "political"
TITLE = "关于组织学习宣传贯彻《习近平关于工人阶级和工会工作论述摘编》的通知"


@pytest.fixture(scope="module")
def notice():
    return load_corpus([ROOT / "corpus"])


@pytest.fixture(scope="module")
def index(notice):
    return SearchIndex.build(notice)


def marked(hit):
    return [hit.text[a:b] for a, b in hit.highlights]


@pytest.mark.parametrize("phrase", ["两个维护", "急难愁盼", "劳模精神", "中国工会章程"])
def test_the_excerpts_holding_a_phrase_come_first_highlighted(index, notice, phrase):
    holding = {e.id for e in notice if phrase in e.text}
    assert holding, f"{phrase} is in the notice"  # 中国工会章程 is, as 《中国工会章程》
    hits = index.search(phrase, k=10)
    assert {h.excerpt for h in hits[: len(holding)]} == holding
    for hit in hits[: len(holding)]:
        assert phrase in marked(hit)
        assert hit.score > 0


def test_the_title_is_one_excerpt_and_found_whole(index):
    hit = index.search(TITLE, k=1)[0]
    assert hit.text == TITLE
    assert marked(hit) == [TITLE]


def test_a_query_cutting_across_words_is_found(index):
    # 党的二十大精神: the segmenter splits 二十大 / 精神; the user typed a piece of both.
    hit = index.search("二十大精", k=1)[0]
    assert "党的二十大精神" in hit.text and marked(hit) == ["二十大精"]


def test_traditional_and_full_width_queries_find_simplified_text(index):
    assert index.search("兩個維護", k=1)[0].highlights == index.search("两个维护", k=1)[0].highlights
    assert "240" in index.search("２４０段", k=1)[0].text


def test_phrase_must_and_exclude(index):
    assert all("劳模精神" in h.text and "工匠" in h.text for h in index.search('"劳模精神" +工匠'))
    assert index.search('"劳模精神" +工匠')
    excluded = index.search("急难愁盼 -两个")
    assert all("两个" not in h.text for h in excluded)
    assert index.search('"精神 劳动"') == []  # a phrase is exact: no such text


def test_doc_and_section_filters(index):
    hits = index.search("工会", k=20, section="全面落实")
    assert hits and all("全面落实" in h.section for h in hits)
    assert index.search("工会", doc="不存在的文件") == []
    assert index.search("工会 doc:通知", k=3)


def test_no_match_is_an_empty_list_and_bad_queries_raise(index):
    assert index.search("火星探测器") == []
    for bad in ["", "，。", "-工会"]:
        with pytest.raises(QueryError):
            index.search(bad)


@pytest.mark.parametrize("k1, b", [(1.5, 0.75), (0.6, 0.3), (1.2, 0.0)])
def test_scores_equal_rank_bm25_on_the_same_tokens(notice, k1, b):
    from rank_bm25 import BM25Okapi

    index = SearchIndex.build(notice, k1=k1, b=b)
    reference = BM25Okapi([index.analyze(e.text) for e in notice], k1=k1, b=b)
    for query in ["两个维护", "工会 工作 教职工", "劳模精神 劳动精神 工匠精神", "不在文中的词"]:
        tokens = index.analyze(query)
        # 工会 is in most excerpts here: rank-bm25's epsilon floor for negative IDF applies too.
        assert np.allclose(index.bm25_scores(tokens), reference.get_scores(tokens), rtol=1e-12, atol=1e-12)


def test_bm25_parameters_are_kept_by_save_and_load(notice, tmp_path):
    index = SearchIndex.build(notice, k1=1.5, b=0.75)
    index.save(tmp_path / "n.idx")
    loaded = SearchIndex.load(tmp_path / "n.idx")
    assert (loaded.k1, loaded.b) == (1.5, 0.75)
    tokens = index.analyze("工会 工作 教职工")
    assert np.allclose(loaded.bm25_scores(tokens), index.bm25_scores(tokens))
    assert not np.allclose(SearchIndex.build(notice).bm25_scores(tokens), index.bm25_scores(tokens))


def test_scores_are_never_negative_where_rank_bm25s_are():
    from rank_bm25 import BM25Okapi

    texts = ["工会工作", "工会的工作"]  # with search-mode words, 工会 is in every excerpt
    idx = SearchIndex.build(texts, segmenter=Segmenter(engine="fast", mode="search"))
    tokens = idx.analyze("工会")
    reference = BM25Okapi([idx.analyze(t) for t in texts]).get_scores(tokens)
    assert (reference < 0).all()  # its mean IDF is negative in so small a corpus
    ours = idx.bm25_scores(tokens)
    assert (ours > 0).all()
    assert [h.score > 0 for h in idx.search("工会")] == [True, True]


def test_explain_adds_up_to_the_score(index):
    for hit in index.search("劳模精神 工会", k=5, explain=True):
        assert hit.explain and sum(hit.explain.values()) == pytest.approx(hit.score)
        assert all(v > 0 for v in hit.explain.values())
    assert index.search("劳模精神", k=1)[0].explain is None


def test_search_many_gives_each_query_its_best_excerpt(index):
    queries = ["两个维护", "急难愁盼", "，，", "聚焦教职工工会会员急难愁盼，用心用情用力", "火星探测器"]
    many = index.search_many(queries, k=1)
    assert len(many) == len(queries)
    for query, hits in zip(queries, many):
        try:
            single = index.search(query, k=1)
        except QueryError:
            single = []
        assert [(h.excerpt, round(h.score, 9)) for h in hits] == [(h.excerpt, round(h.score, 9)) for h in single]


def test_batch_keeps_excerpts_whose_words_score_zero():
    # Search-mode words: 工会 and 学习 each in exactly half the excerpts, so IDF 0.
    idx = SearchIndex.build(["工会工作", "学习活动"], segmenter=Segmenter(engine="fast", mode="search"))
    single = [(h.excerpt, h.score) for h in idx.search("工会学习")]
    assert [e for e, _ in single] == ["text#1", "text#2"]
    assert [(h.excerpt, h.score) for h in idx.search_many(["工会学习"], k=5)[0]] == single


def test_plain_strings_can_be_indexed():
    idx = SearchIndex.build(["坚决做到两个维护", "增强四个意识"])
    assert idx.search("四个意识")[0].excerpt == "text#2"


def test_hit_json_contract(index):
    row = index.search("急难愁盼", k=1, explain=True)[0].to_dict()
    assert list(row)[:7] == ["rank", "score", "doc", "excerpt", "section", "text", "highlights"]
    a, b = row["highlights"][0]
    assert row["text"][a:b] == "急难愁盼" and "explain" in row
    json.dumps(row, ensure_ascii=False)


# ------------------------------------------------------------------ recall on real reports

def rare_substrings(index, n, seed=7):
    """Random 2–6 character CJK substrings of excerpts, occurring at most 3 times in the index."""
    keys = [analysis_key(e.text) for e in index.excerpts]
    joined = "\n".join(keys)
    rng = random.Random(seed)
    found = []
    while len(found) < n:
        text = keys[rng.randrange(len(keys))]
        size = rng.randint(2, 6)
        if len(text) < size:
            continue
        start = rng.randrange(len(text) - size + 1)
        piece = text[start:start + size]
        if all("\u4e00" <= ch <= "\u9fff" for ch in piece) and joined.count(piece) <= 3:
            found.append(piece)
    return found


def recall_at_1(index, pieces):
    hits = [index.search(p, k=1) for p in pieces]
    return sum(bool(h) and p in analysis_key(h[0].text) for p, h in zip(pieces, hits)) / len(pieces)


def political(limit=None):
    if not POLITICAL.exists():
        pytest.skip("../shared/data is absent")
    docs = load_corpus(sorted(POLITICAL.glob("*.jsonl")))
    return docs if limit is None else docs[:limit]


@pytest.fixture(scope="module")
def reports_index():
    return SearchIndex.build(political(limit=1500))


def test_rare_substrings_are_found_first_in_a_report(reports_index):
    assert recall_at_1(reports_index, rare_substrings(reports_index, 60)) >= 0.99


def test_the_one_part_shortcut_ranks_like_the_general_path(reports_index):
    from textkit.search.query import parse_query

    idx, rng = reports_index, random.Random(3)
    for n in range(120):
        text = idx.excerpts[rng.randrange(idx.size)].text
        size = rng.randint(1, 6) if n % 2 else rng.randint(10, 40)
        start = rng.randrange(max(1, len(text) - size))
        query = text[start:start + size]
        if n % 4 == 0:  # a long query found nowhere verbatim: its words alone rank the excerpts
            query = "".join(rng.sample(query, len(query)))
        try:
            plan = idx._plan(parse_query(query))
        except QueryError:
            continue
        if len(plan.parts) != 1:
            continue
        docs, scores = idx._bm25.scores(plan.counts)
        general = [(h.excerpt, round(h.score, 9)) for h in idx._rank_all(plan, docs, scores, 10, False)]
        assert [(h.excerpt, round(h.score, 9)) for h in idx._rank_one(plan, docs, scores, 10, False)] == general
        # The search itself scores only what it must (holders first, then the best word scores).
        assert [(h.excerpt, round(h.score, 9)) for h in idx.search(query, k=10)] == general, query


@pytest.mark.slow
def test_rare_substrings_are_found_first_in_all_political_reports():
    idx = SearchIndex.build(political())
    assert recall_at_1(idx, rare_substrings(idx, 300)) >= 0.99


# ------------------------------------------------------------------ command line

@pytest.fixture()
def runner(tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TEXTKIT_INDEX", raising=False)
    return CliRunner()


def test_cli_search_json_on_the_bundled_corpus(runner):
    result = runner.invoke(cli, ["search", "两个维护", "--json", "-k", "2"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["rank"] == 1
    assert {"rank", "score", "doc", "excerpt", "section", "text", "highlights"} <= set(rows[0])
    a, b = rows[0]["highlights"][0]
    assert rows[0]["text"][a:b] == "两个维护"


def test_cli_no_hits_is_success_and_an_empty_query_is_a_user_error(runner):
    none = runner.invoke(cli, ["search", "火星探测器"])
    assert none.exit_code == 0 and "no excerpt matches" in none.stderr
    empty = runner.invoke(cli, ["search", "，，"])
    assert empty.exit_code == 1 and "Traceback" not in empty.output
    assert "search for" in empty.stderr


def test_cli_index_append_remove_and_locate(runner, tmp_path):
    path = tmp_path / "my.idx"
    extra = tmp_path / "extra.txt"
    extra.write_text("工会要竭诚服务职工群众，维护职工合法权益。\n", encoding="utf-8")
    assert runner.invoke(cli, ["index", str(ROOT / "corpus"), "--index", str(path)]).exit_code == 0
    assert runner.invoke(cli, ["index", str(extra), "--index", str(path), "--append"]).exit_code == 0
    found = runner.invoke(cli, ["search", "竭诚服务职工", "--index", str(path), "--json", "-k", "1"])
    assert json.loads(found.stdout)["doc"] == "extra"
    removed = runner.invoke(cli, ["index", "--index", str(path), "--remove", "extra"])
    assert removed.exit_code == 0 and "removed 1 excerpts" in removed.stderr
    unknown = runner.invoke(cli, ["index", "--index", str(path), "--remove", "extra"])
    assert unknown.exit_code == 1 and "no document named" in unknown.stderr
    lines = tmp_path / "questions.txt"
    lines.write_text("坚决做到两个维护\n\n聚焦会员急难愁盼\n火星探测器\n", encoding="utf-8")
    located = runner.invoke(cli, ["locate", str(lines), "--index", str(path), "--json"])
    rows = [json.loads(line) for line in located.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 3, 4]  # the file's line numbers: a blank line keeps its place
    assert "两个维护" in rows[0]["text"] and "急难愁盼" in rows[1]["text"] and rows[2]["rank"] is None


def test_cli_damaged_index_says_rebuild(runner, tmp_path):
    path = tmp_path / "my.idx"
    runner.invoke(cli, ["index", str(ROOT / "corpus"), "--index", str(path)])
    gen = next(p for p in path.iterdir() if p.name.startswith("g-"))
    (gen / "word_doc.npy").write_bytes(b"\x93NUMPY broken")
    result = runner.invoke(cli, ["search", "工会", "--index", str(path)])
    assert result.exit_code == 1 and "rebuild" in result.stderr


def test_searching_from_several_threads_gives_the_same_hits(reports_index):
    from concurrent.futures import ThreadPoolExecutor

    idx = reports_index
    queries = [e.text[:n] for e in idx.excerpts[:40] for n in (3, 12)]
    expected = [[(h.excerpt, h.score, h.highlights) for h in idx.search(q, k=5)] for q in queries]
    idx._reset_cache()  # every thread starts from empty caches (plans, scorer, scratch arrays)

    def run(q):
        return [(h.excerpt, h.score, h.highlights) for h in idx.search(q, k=5)]

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(run, queries * 3))
    assert got == expected * 3


def test_the_numpy_path_caches_a_bounded_number_of_weights(reports_index, monkeypatch):
    import textkit.search.bm25 as bm25

    monkeypatch.setattr(bm25, "kernel", None)
    queries = [e.text[:6] for e in reports_index.excerpts[:60]]
    reports_index._reset_cache()
    expected = [[(h.excerpt, h.score) for h in reports_index.search(q, k=5)] for q in queries]
    monkeypatch.setattr(bm25, "_CACHE_WEIGHTS", 500)  # ~2,400 weights are met: several fresh starts
    reports_index._reset_cache()
    got = [[(h.excerpt, h.score) for h in reports_index.search(q, k=5)] for q in queries]
    scorer = reports_index._bm25
    longest = int(np.diff(scorer.words.ptr).max())
    assert got == expected
    assert sum(len(w) for w in scorer._weights.values()) <= 500 + longest
