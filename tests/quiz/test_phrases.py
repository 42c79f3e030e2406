"""Key phrases of the bundled notice read like a quiz writer's list."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.analysis.load import load_corpus
from textkit.quiz.phrases import extract_phrases

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def notice_phrases():
    return extract_phrases(load_corpus([CORPUS]), k=40)


def _texts(phrases):
    return [p.phrase for p in phrases]


def test_top_40_has_what_a_quiz_writer_asks(notice_phrases):
    found = _texts(notice_phrases)
    for formula in ("两个确立", "两个维护", "四个意识", "四个自信"):
        assert formula in found
    assert "劳模精神、劳动精神、工匠精神" in found
    for series in ("政治性、先进性、群众性", "实现好、维护好、发展好", "政治判断力、政治领悟力、政治执行力"):
        assert series in found
    assert "习近平关于工人阶级和工会工作论述摘编" in found
    assert "中国工会章程" in found
    for number in ("240段", "8个专题", "2012年11月15日"):
        assert number in found
    assert "急难愁盼" in found


def test_no_junk(notice_phrases):
    junk = {"两个", "四个", "一个", "我们", "进一步", "通知", "要", "的", "工作", "论述"}
    for p in notice_phrases:
        assert p.phrase not in junk
        assert len(p.phrase) >= 2
        assert not re.fullmatch(r"[\d一二两三四五六七八九十个]+", p.phrase)
        assert not re.search(r"[，。；：“”《》（）()]", p.phrase)


def test_fragments_merge_into_one_candidate(notice_phrases):
    found = _texts(notice_phrases)
    # 论述摘编 is the short title of the book: one candidate with the full title.
    assert "论述摘编" not in found
    assert "劳模精神" not in found  # it is in the series
    for a in found:
        for b in found:
            if a != b:
                assert a not in b.split("、")


def test_kinds_and_counts(notice_phrases):
    by_phrase = {p.phrase: p for p in notice_phrases}
    assert by_phrase["两个确立"].kind == "formula"
    assert by_phrase["两个确立"].count == 2
    assert by_phrase["劳模精神、劳动精神、工匠精神"].kind == "series"
    assert by_phrase["劳模精神、劳动精神、工匠精神"].count == 2  # once with 、, once without
    assert by_phrase["2012年11月15日"].kind == "date"
    scores = [p.score for p in notice_phrases]
    assert scores == sorted(scores, reverse=True)


def test_plain_text_and_traditional():
    found = _texts(extract_phrases("堅決做到“兩個維護”，增強“四個意識”。", k=5))
    assert "兩個維護" in found and "四個意識" in found


def test_cli_phrases_json():
    result = CliRunner().invoke(cli, ["phrases", str(CORPUS), "-k", "40", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 40
    assert set(rows[0]) == {"phrase", "score", "kind", "count"}
    assert "两个维护" in [r["phrase"] for r in rows]


def test_word_said_often_outside_the_title_stays(notice_phrases):
    # 工人阶级 is in the book title, and said ten more times on its own.
    assert "工人阶级" in _texts(notice_phrases)


def test_congress_numbers_and_pairs(notice_phrases):
    found = _texts(notice_phrases)
    assert "十八大" in found and "二十大" in found
    assert "听党话、跟党走" in found
    assert "听党话" not in found and "跟党走" not in found


def test_list_of_terms_is_a_series_of_whole_words():
    text = "要坚持农业农村优先发展，按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求，建立健全城乡融合发展体制机制。"
    found = _texts(extract_phrases(text, k=10))
    assert "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕" in found
    # A word repeated as an adverb is no series: 人民最关心最直接最现实的利益问题.
    found = _texts(extract_phrases("解决好人民最关心最直接最现实的利益问题。", k=10))
    assert not any(p.count("、") and "最" in p for p in found)


def test_a_list_is_not_cut_inside_the_word_after_it():
    # From the 20th congress report: the last item is 依法治国, not 依法治国有机 (a hand-judged failure).
    text = "人民代表大会制度是坚持党的领导、人民当家作主、依法治国有机统一的根本政治制度安排。"
    found = [p.phrase for p in extract_phrases(text, k=10)]
    assert not any("依法治国有机" in p and p != "依法治国有机统一" for p in found)
    assert "产业兴旺、生态宜居、乡风文明、治理有效、生活富裕" in [
        p.phrase for p in extract_phrases("要坚持产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求。", k=5)]
