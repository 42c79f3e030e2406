"""Normalization: the display form (clean, break repair) and the length-preserving analysis form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textkit.analysis.normalize import analysis_form, clean, repair_breaks
from pdf_text import wrap_like_a_pdf

ROOT = Path(__file__).resolve().parents[2]
NOTICE = ROOT / "corpus" / "学习宣传贯彻《论述摘编》的通知.txt"
DATA = ROOT.parent / "shared" / "data"
TITLE = "关于组织学习宣传贯彻《习近平关于工人阶级和工会工作论述摘编》的通知"


@pytest.fixture(scope="module")
def notice() -> str:
    return clean(NOTICE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    path = DATA / "political" / "government_work_reports.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_notice_title_broken_across_a_blank_line_comes_out_whole(notice):
    assert notice.split("\n")[0] == TITLE


def test_notice_keeps_its_real_paragraphs_and_headings(notice):
    lines = notice.split("\n")
    assert lines[1] == "各二级工会、直属工会小组："
    assert "一、提高政治站位，深刻认识《论述摘编》出版发行的重大意义" in lines
    assert "二、准确把握重要论述的丰富内涵和核心要义，迅速兴起学习宣传贯彻热潮" in lines
    assert len(lines) == 9
    assert all(line.endswith(("。", "：")) for line in lines[1:] if not line[0] in "一二三")



def test_pdf_wrapped_notice_is_rejoined_into_the_same_paragraphs(notice):
    # A PDF column of 30 Chinese characters: paragraphs wrapped, lines joined by single newlines.
    wrapped = "\n".join("\n".join(wrap_like_a_pdf(para)) for para in notice.split("\n"))
    assert wrapped.count("\n") > 40
    out = clean(wrapped)
    assert out.replace("\n", "") == notice.replace("\n", "")  # nothing lost, no space put in
    # Every paragraph comes back whole, except where a wrapped line ended exactly on a full stop
    # at the margin: a PDF cannot tell that from a paragraph's end, and splitting is the safe guess.
    ambiguous = {p for p in notice.split("\n") if any(l.endswith("。") for l in wrap_like_a_pdf(p)[:-1])}
    assert set(notice.split("\n")) - ambiguous <= set(out.split("\n"))
    assert len(ambiguous) < 3
    assert out.split("\n")[0] == TITLE


def test_short_lines_of_a_list_are_not_run_together():
    text = "劳模精神\n劳动精神\n工匠精神"
    assert clean(text) == text


def test_clean_is_idempotent(notice, reports):
    assert clean(notice) == notice
    for row in reports[:10]:
        once = clean(row["content"])
        assert clean(once) == once


def test_link_text_broken_onto_its_own_line_is_joined(reports):
    resolution = clean(reports[1]["content"])
    assert "国务院总理李强所作的政府工作报告。会议充分肯定" in resolution
    report_2021 = clean(reports[8]["content"])
    assert "交出一份人民满意、世界瞩目" in report_2021  # a zero-width line between 人 and 民
    report_2015 = clean(reports[19]["content"])
    assert "广义货币M2预期增长12%左右" in report_2015
    footer = clean(reports[2]["content"])
    assert "根据《中华人民共和国著作权法》第五条第一项" in footer


def test_report_headings_and_paragraphs_stay_separate(reports):
    lines = clean(reports[2]["content"]).split("\n")
    assert lines[:4] == [
        "政府工作报告",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "国务院总理李强",
        "各位代表：",
    ]
    heading = lines.index("一、2023年工作回顾")
    assert lines[heading + 1].startswith("过去一年，是全面贯彻党的二十大精神的开局之年")
    # Every paragraph of the source survives as a line of its own: none was merged away.
    source_paragraphs = [p.strip() for p in reports[2]["content"].split("\n\n") if p.strip()]
    assert len(lines) >= 0.9 * len([p for p in source_paragraphs if len(p) > 1])


def test_odd_whitespace_and_invisible_characters():
    assert clean("国务院总理\u3000李\u3000强") == "国务院总理李强"
    assert clean("２０２４年\u00a0GDP\t增长") == "２０２４年 GDP 增长"
    assert clean("坚决做到两个\u200b维护\u200d\ufeff") == "坚决做到两个维护"
    assert clean("劳模\x00精神\x07\r\n工匠精神") == "劳模精神\n工匠精神"
    assert clean("\u3000\u3000过去的一年，面对复杂多变的国际环境。") == "过去的一年，面对复杂多变的国际环境。"


def test_english_words_broken_at_a_line_end_keep_their_space():
    text = "Unions.\n\nTrade unions organise workers so that their rights are\nprotected at work.\n\nEnd."
    assert repair_breaks(text) == "Unions.\nTrade unions organise workers so that their rights are protected at work.\nEnd."


def test_analysis_form_folds_width_and_traditional_characters():
    assert analysis_form("堅決做到兩個維護") == "坚决做到两个维护"
    assert analysis_form("２０２４年ＧＤＰ") == "2024年GDP"


def test_analysis_form_keeps_length_on_real_text(reports, notice):
    for text in [notice, reports[0]["content"][:20000]]:
        assert len(analysis_form(text)) == len(text)
    congress = DATA / "political" / "cpc_congress_reports.jsonl"
    if congress.exists():
        for line in congress.read_text(encoding="utf-8").splitlines()[:4]:
            content = json.loads(line)["content"][:5000]
            assert len(analysis_form(content)) == len(content)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_analysis_form_keeps_length_on_any_text(text):
    assert len(analysis_form(text)) == len(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("两个维护《》（）。，、的\n\n \u3000\u200bab1"), max_size=80))
def test_clean_never_leaves_blank_lines_or_edge_spaces(text):
    out = clean(text)
    assert "\n\n" not in out
    assert all(line == line.strip() and line for line in out.split("\n")) or out == ""
