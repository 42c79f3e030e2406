"""Query syntax: what a user types, and the clear errors for what cannot be searched."""

import pytest

from textkit.errors import QueryError
from textkit.search.query import MUST, NOT, SHOULD, parse_query


def kinds(query):
    return [(c.text, c.kind, c.phrase) for c in parse_query(query).clauses]


def test_words_phrases_must_and_exclude():
    assert kinds('两个维护 "劳模精神 劳动精神" +工会 -工匠') == [
        ("两个维护", SHOULD, False),
        ("劳模精神 劳动精神", MUST, True),
        ("工会", MUST, False),
        ("工匠", NOT, False),
    ]


def test_chinese_curly_quotes_make_a_phrase():
    assert kinds("“急难愁盼”") == [("急难愁盼", MUST, True)]


def test_doc_and_section_filters_in_the_query_or_as_arguments():
    q = parse_query("doc:工会法 section=总则 会员")
    assert (q.doc, q.section) == ("工会法", "总则")
    assert [c.text for c in q.clauses] == ["会员"]
    assert parse_query("会员", doc="章程").doc == "章程"


def test_unbalanced_quote_is_read_as_a_space():
    assert kinds('"两个维护') == [("两个维护", SHOULD, False)]
    assert kinds('"劳模精神" 工匠"') == [("劳模精神", MUST, True), ("工匠", SHOULD, False)]


@pytest.mark.parametrize("query", ["", "   ", "\u3000\t", "，。！？", "+", "-", '""', "+ -", "😀", "\x00\x01"])
def test_nothing_to_search_for_is_a_clear_error(query):
    with pytest.raises(QueryError, match="nothing to search|no letters"):
        parse_query(query)


def test_only_exclusions_is_a_clear_error():
    with pytest.raises(QueryError, match="only excludes"):
        parse_query("-工匠 -劳模")


def test_a_pasted_page_is_refused_with_advice():
    with pytest.raises(QueryError, match="locate"):
        parse_query("工会" * 6000)


def test_control_characters_are_spaces():
    assert kinds("两个\x00维护\u200b") == [("两个", SHOULD, False), ("维护", SHOULD, False)]
