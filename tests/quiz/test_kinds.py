"""Papers of every kind (issue 15): exact counts, sound multi, judge and source items, part of a source, JSON.

The book is built here the way the book reader gives it: numbered excerpts under 专题 headings, each
with its source note. Its passages are real sentences of the party congress reports in
../shared/data, its notes those reports' real dates and occasions.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.analysis.excerpts import Document, Excerpt, split_document
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import analysis_form, clean, to_simplified
from textkit.analysis.segment import Segmenter
from textkit.cli import cli
from textkit.errors import QuizError
from textkit.quiz import Quiz, QuizItem, make_quiz
from textkit.quiz.giveaways import clash, clashing_pairs
from textkit.quiz.kinds.common import CHOICE_BLANK
from textkit.quiz.model import ITEM_KINDS, JUDGE_CHOICES
from textkit.quiz.paper import keep_part, kind_counts
from textkit.quiz.phrases import FORMULA_FAMILIES
from textkit.quiz.rules import prompt_body

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
REPORTS = ROOT.parent / "shared" / "data" / "political" / "cpc_congress_reports.jsonl"
if not REPORTS.exists():
    pytest.skip("../shared/data is absent", allow_module_level=True)

NOTES = {  # the reports' real dates and occasions, as the book's notes give them
    15: "1997年9月12日在中国共产党第十五次全国代表大会上的报告",
    16: "2002年11月8日在中国共产党第十六次全国代表大会上的报告",
    17: "2007年10月15日在中国共产党第十七次全国代表大会上的报告",
    18: "2012年11月8日在中国共产党第十八次全国代表大会上的报告",
    19: "2017年10月18日在中国共产党第十九次全国代表大会上的报告",
    20: "2022年10月16日在中国共产党第二十次全国代表大会上的报告",
}
REAL_CONGRESSES = {f"{d}在中国共产党第{n}次全国代表大会上的报告" for n, d in (
    ("七", "1945年4月23日"), ("八", "1956年9月15日"), ("九", "1969年4月1日"), ("十", "1973年8月24日"),
    ("十一", "1977年8月12日"), ("十二", "1982年9月1日"), ("十三", "1987年10月25日"), ("十四", "1992年10月12日"),
    ("十五", "1997年9月12日"), ("十六", "2002年11月8日"), ("十七", "2007年10月15日"), ("十八", "2012年11月8日"),
    ("十九", "2017年10月18日"), ("二十", "2022年10月16日"))}
TOPICS = {15: "一、工人阶级是我国的领导阶级", 16: "一、工人阶级是我国的领导阶级", 17: "三、全心全意依靠工人阶级",
          18: "三、全心全意依靠工人阶级", 19: "六、大力弘扬劳模精神、劳动精神、工匠精神",
          20: "六、大力弘扬劳模精神、劳动精神、工匠精神"}
BOOK = "党代会报告论述摘编"
# What the passages give: three choice items with options of their kind in meaning (the fourth's
# candidates fail the meaning test or clash with the series asked), two series for multi items (积极性、
# 主动性、创造性 has no options of its kind), too few short sentences for statement items, and three judge
# items (one false: the passages have few figures to change, and the true ones stay about as many).
ASKED = {"cloze": 4, "choice": 3, "multi": 2, "judge": 3, "source": 3}
_ABOUT_WORK = re.compile("工人阶级|劳动|工会|职工|劳模|工匠|群众")


def _rows():
    with REPORTS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def book() -> list[Excerpt]:
    """Twelve passages about work and workers from each of six reports, numbered, under three 专题, with notes."""
    out: list[Excerpt] = []
    for row in _rows():
        congress = row["congress"]
        if congress not in NOTES:
            continue
        paragraphs = [p.strip() for p in clean(row["content"]).split("\n")]
        picked = [p for p in paragraphs if 60 <= len(p) <= 300 and _ABOUT_WORK.search(p) and p.endswith("。")
                  and not p.startswith(("（", "——"))][:12]
        for text in picked:
            n = len(out) + 1
            out.append(Excerpt(id=f"{BOOK}#{n}", doc=BOOK, section=TOPICS[congress], paragraph=n, start=0,
                               end=len(text), text=text, note=NOTES[congress]))
    assert len(out) >= 45 and len({e.note for e in out}) == 6
    return out


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter()


@pytest.fixture(scope="module")
def paper(book, seg) -> Quiz:
    return make_quiz(book, kind=ASKED, seed=7, segmenter=seg)


@pytest.fixture(scope="module")
def report20() -> list[Excerpt]:
    row = next(r for r in _rows() if r["congress"] == 20)
    return split_document(Document(name=row["title"], text=clean(row["content"])))


@pytest.fixture(scope="module")
def report_paper(report20, seg) -> Quiz:
    return make_quiz(report20, kind={"cloze": 3, "multi": 2, "judge": 3}, seed=3, segmenter=seg,
                     section="十五、")


def _by(quiz: Quiz, kind: str) -> list[QuizItem]:
    return [item for item in quiz.items if item.kind == kind]


# ---------------------------------------------------------------- the paper as a whole

def test_exactly_the_counts_asked_in_paper_order(paper):
    assert all(prompt_body(item.prompt) != item.prompt for item in paper.items if item.kind in ("multi", "judge"))
    assert Counter(item.kind for item in paper.items) == Counter(ASKED)
    kinds = [item.kind for item in paper.items]
    assert kinds == sorted(kinds, key=ITEM_KINDS.index)  # 一、填空题 … 五、出处题
    assert [item.id for item in paper.items] == [f"q{i:02d}" for i in range(1, sum(ASKED.values()) + 1)]
    assert "多项选择题" in paper.instructions and "判断题" in paper.instructions


def test_exact_counts_on_a_section_of_the_twentieth_report(report_paper):
    # (no choice items: 十五、, on party building, has about one term with three options of its kind in meaning)
    assert Counter(item.kind for item in report_paper.items) == {"cloze": 3, "multi": 2, "judge": 3}
    assert {item.section for item in report_paper.items} == {"十五、坚定不移全面从严治党，深入推进新时代党的建设新的伟大工程"}


def test_no_item_gives_another_away(paper, report_paper):
    assert clashing_pairs(paper) == []
    assert clashing_pairs(report_paper) == []
    for quiz in (paper, report_paper):
        asked = [analysis_form(a) for item in quiz.items if item.kind in ("cloze", "choice", "multi")
                 for a in item.answers]
        assert len(asked) == len(set(asked))  # never the same answer twice


def test_the_sheet_check_sees_a_judge_statement_quoting_a_cloze_answer():
    cloze = QuizItem(id="q01", kind="cloze", prompt="坚决做到“＿＿＿＿”", answers=["两个维护"], blanks=[(5, 9)])
    judge = QuizItem(id="q02", kind="judge", prompt="要增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
                     answers=["对"], blanks=[], choices=list(JUDGE_CHOICES))
    assert "两个维护" in clash(cloze, judge)
    other = QuizItem(id="q02", kind="judge", prompt="要增强“四个意识”、坚定“四个自信”。",
                     answers=["对"], blanks=[], choices=list(JUDGE_CHOICES))
    assert clash(cloze, other) == ""


def test_json_round_trip_keeps_every_kind(paper, report_paper):
    for quiz in (paper, report_paper):
        again = Quiz.from_json(quiz.to_json())
        assert again == quiz
    data = json.loads(paper.to_json())
    false_judges = [d for d in data["items"] if d["kind"] == "judge" and d["answers"] == ["错"]]
    assert false_judges and all(d["original"] for d in false_judges)
    assert all(d["choices"] for d in data["items"] if d["kind"] != "cloze")


def test_same_seed_same_paper(book, seg):
    kind = {"judge": 3, "source": 2}
    first = make_quiz(book, kind=kind, seed=11, segmenter=seg)
    assert make_quiz(book, kind=kind, seed=11, segmenter=seg).to_json() == first.to_json()


# ---------------------------------------------------------------- multi

def test_multi_items_ask_a_whole_series_among_its_family(paper, report_paper, book, report20):
    sources = [e.text for e in book + report20]
    items = _by(paper, "multi") + _by(report_paper, "multi")
    assert len(items) == 4
    for item in items:
        assert 4 <= len(item.choices) <= 6 and len(set(item.choices)) == len(item.choices)
        assert len(item.answers) >= 2 and set(item.answers) <= set(item.choices)
        assert item.prompt.count(CHOICE_BLANK) == 1 and item.blanks == [(item.prompt.index(CHOICE_BLANK),
                                                                        item.prompt.index(CHOICE_BLANK) + 4)]
        # the whole series is blanked: the source reads the prompt with the answers listed in the blank
        listed = [prompt_body(item.prompt).replace(CHOICE_BLANK, sep.join(_in_source_order(item, sources)))
                  for sep in ("、", "，", "和")]
        assert any(text in source for text in listed for source in sources), item.prompt
        wrong = [c for c in item.choices if c not in item.answers]
        shape = (_common_end(item.answers), _common_start(item.answers))
        for w in wrong:
            assert len(w) in {len(a) for a in item.answers}
            assert w.endswith(shape[0]) and w.startswith(shape[1]), (w, item.answers)
            assert w not in item.prompt
            # never a member of the same series elsewhere in the source
            for source in sources:
                for series in re.findall(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+", source):
                    members = series.split("、")
                    assert not (w in members and set(item.answers) & set(members)), (w, series)


def _in_source_order(item: QuizItem, sources: list[str]) -> list[str]:
    for source in sources:
        places = [source.find(a) for a in item.answers]
        if all(p >= 0 for p in places):
            return [a for _, a in sorted(zip(places, item.answers))]
    return item.answers


def _common_end(words: list[str]) -> str:
    end = words[0]
    while not all(w.endswith(end) for w in words):
        end = end[1:]
    return end


def _common_start(words: list[str]) -> str:
    start = words[0]
    while not all(w.startswith(start) for w in words):
        start = start[:-1]
    return start


# ---------------------------------------------------------------- judge

def test_judge_items_are_true_sentences_or_one_clear_swap(paper, report_paper, book, report20):
    sources = [analysis_form(e.text) for e in book + report20]
    items = _by(paper, "judge") + _by(report_paper, "judge")
    false = [item for item in items if item.answers == ["错"]]
    assert 1 <= len(_by(paper, "judge")) - len([i for i in false if i in _by(paper, "judge")]) <= 3
    # a section on party building states few numbers: what can be made clearly false is made false
    assert 1 <= sum(1 for i in _by(report_paper, "judge") if i.answers == ["错"]) <= 4
    for item in items:
        assert item.choices == ["对", "错"] and item.blanks == []
        statement = prompt_body(item.prompt)  # after the source named in front (《…》指出：)
        if item.answers == ["对"]:
            assert not item.original and statement in item.hint
            continue
        assert item.original in item.hint and statement != item.original
        assert not any(analysis_form(statement) in s for s in sources)  # clearly false: not in the source
        was, now = _swap(item.original, statement)
        # a date or number changed in its figures (十九大 → 十八大, 2012 → 2014), or a numbered formula
        figures = "0123456789.零〇○一二两三四五六七八九十百千"
        assert was.strip(figures) == now.strip(figures) or any({was, now} <= set(f) for f in FORMULA_FAMILIES), \
            (was, now)
        at = item.original.index(was)  # never a word the sentence repeats (the changed term, 人民代表大会, once)
        assert any(item.original.count(item.original[at:at + len(was) + k]) == 1 for k in range(7)), was
        assert was not in "和或与及并也"


def _swap(a: str, b: str) -> tuple[str, str]:
    """What changed from ``a`` to ``b``, widened to whole digits runs and at least two characters."""
    head = 0
    while a[head] == b[head]:
        head += 1
    tail = 0
    while a[-1 - tail] == b[-1 - tail] and len(a) - tail > head and len(b) - tail > head:
        tail += 1
    while head and (a[head - 1].isdigit() or len(a) - tail - head < 2):
        head -= 1
    return a[head:len(a) - tail], b[head:len(b) - tail]


# ---------------------------------------------------------------- source

def test_source_items_offer_distinct_notes_of_one_kind(paper, book):
    notes = {e.note for e in book}
    by_id = {e.id: e for e in book}
    for item in _by(paper, "source"):
        assert len(item.choices) == 4 and len(set(item.choices)) == 4
        assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日在.+的报告", c) for c in item.choices)
        # real notes, or (once the real ones are offered by another item) another congress that was held,
        # with its own date: never an occasion that did not happen (a judge ruled those out by the calendar)
        assert all(c in notes or c in REAL_CONGRESSES for c in item.choices)
        assert item.answers == [by_id[item.source["excerpt"]].note]
        passage = re.fullmatch(r"“([^“”]+)”这段论述出自：", item.prompt).group(1)
        assert passage.replace("‘", "“").replace("’", "”") in item.hint and len(passage) <= 90
        assert not re.search(r"\d{4}年|十[五六七八九]大|二十大", passage)  # the passage does not name its source
    # six notes and fourteen real congresses leave room for two or three sources asked, each with options of its own
    assert len({item.answers[0] for item in _by(paper, "source")}) >= 2
    _no_option_twice(_by(paper, "source"))


def _no_option_twice(items: list[QuizItem]) -> None:
    """No wrong option of a source item is another's answer or option (q20 offered q19's answer)."""
    for a in items:
        for b in items:
            if a is not b:
                assert not (set(a.choices) - set(a.answers)) & set(b.choices), (a.choices, b.choices)


def test_a_book_with_two_notes_gets_other_congresses_that_were_held(book, seg):
    two = [e for e in book if e.note in (NOTES[19], NOTES[20])]
    quiz = make_quiz(two, kind="source=2", seed=2, segmenter=seg)
    assert len(quiz.items) == 2
    for item in quiz.items:
        assert len(set(item.choices)) == 4 and item.answers[0] in item.choices
        made = [c for c in item.choices if c not in (NOTES[19], NOTES[20])]
        assert len(made) >= 2 and all(c in REAL_CONGRESSES for c in made)  # 十八大 on 2012年11月8日, not 2019年
    # each asks its own note, and neither offers the other's answer or options again
    assert {item.answers[0] for item in quiz.items} == {NOTES[19], NOTES[20]}
    _no_option_twice(quiz.items)


@pytest.fixture(scope="module")
def reports() -> list[Excerpt]:
    return load_corpus([REPORTS])


def test_a_report_without_notes_is_asked_by_its_title_among_other_reports(reports, seg):
    titles = {e.doc for e in reports}
    # titled by the user: a sheet titled after the report would give it away as every item's answer
    quiz = make_quiz(reports, kind="source=2", seed=5, segmenter=seg, doc="二十大", section="十、", title="党代会报告学习测验")
    assert len(quiz.items) == 2
    for item in quiz.items:
        assert item.answers == [item.source["doc"]] and "(二十大)" in item.answers[0]
        assert len(set(item.choices)) == 4 and set(item.choices) <= titles
        assert all(to_simplified(c) == c for c in item.choices)  # no title in traditional script for a 2022 report
        assert "二十大" not in item.prompt and "2022" not in item.prompt


def test_no_source_item_for_a_document_other_prompts_name(reports, seg, caplog):
    with caplog.at_level(logging.WARNING, logger="textkit"):
        quiz = make_quiz(reports, kind="cloze=2,source=2", seed=5, segmenter=seg, doc="二十大", section="十、")
    cloze = _by(quiz, "cloze")
    assert len(cloze) == 2 and all("二十大" in item.prompt for item in cloze)  # 党的二十大报告指出：…
    assert _by(quiz, "source") == []
    assert any("source" in r.getMessage() and ("given another item's answer away" in r.getMessage() or
                                               "names the only document" in r.getMessage())
               for r in caplog.records)


def test_a_sheet_titled_after_its_only_document_asks_no_source_item(reports, seg, caplog):
    # 劳动法 · 学习测验 with three items answered 劳动法: the title gives every answer away
    with caplog.at_level(logging.WARNING, logger="textkit"):
        quiz = make_quiz(reports, kind="judge=2,source=2", seed=5, segmenter=seg, doc="二十大", section="十、")
    assert "二十大" in quiz.title or "高举中国特色社会主义伟大旗帜" in quiz.title
    assert _by(quiz, "source") == [] and len(_by(quiz, "judge")) == 2
    assert any("names the only document" in r.getMessage() for r in caplog.records)


def test_without_enough_sources_no_source_items_and_a_warning(seg, caplog):
    notice = load_corpus([CORPUS])
    with caplog.at_level(logging.WARNING, logger="textkit"):
        quiz = make_quiz(notice, kind="cloze=2,source=2", seed=1, segmenter=seg)
    assert Counter(item.kind for item in quiz.items) == {"cloze": 2}
    assert any("source" in r.getMessage() and "made 0" in r.getMessage() for r in caplog.records)


# ---------------------------------------------------------------- part of the source

def test_section_keeps_the_paper_to_that_topic(book, seg):
    quiz = make_quiz(book, kind="judge=3,source=2,cloze=2", seed=5, segmenter=seg, section="六、")
    assert Counter(item.kind for item in quiz.items) == {"judge": 3, "source": 2, "cloze": 2}
    assert {item.section for item in quiz.items} == {TOPICS[20]}
    assert {item.source["excerpt"] for item in quiz.items} <= {e.id for e in book if e.section == TOPICS[20]}
    # a source item's options still come from the whole book: notes of other topics
    assert any(NOTES[15] in item.choices or NOTES[17] in item.choices for item in _by(quiz, "source"))
    classic = make_quiz(book, n=3, kind="cloze", seed=5, segmenter=seg, section="三、")
    assert len(classic.items) == 3 and {item.section for item in classic.items} == {TOPICS[17]}


def test_doc_and_section_filters_match_parts_of_names(book, report20):
    assert keep_part(book + report20, doc="二十大") == report20
    assert {e.section for e in keep_part(book, section="三、")} == {TOPICS[17]}
    with pytest.raises(QuizError, match="no text in section"):
        keep_part(book, section="九、")


# ---------------------------------------------------------------- counts

def test_kind_counts_take_names_text_and_mappings():
    assert kind_counts("cloze=10,choice=10,multi=5,judge=5,source=5", 20) == ASKED | {"cloze": 10, "choice": 10,
                                                                                      "multi": 5, "judge": 5,
                                                                                      "source": 5}
    assert list(kind_counts("judge=3，cloze=4", 20)) == ["cloze", "judge"]  # paper order, full-width comma too
    assert kind_counts({"source": 2}, 20) == {"source": 2}
    assert kind_counts("judge", 6) == {"judge": 6}
    assert kind_counts("mixed", 6) is None and kind_counts("cloze", 6) is None
    for bad, why in (("quiz=3", "unknown item kind"), ("cloze=x", "whole number"), ("cloze=0", "at least one"),
                     ("essay", "unknown quiz kind")):
        with pytest.raises(QuizError, match=why):
            kind_counts(bad, 5)


def test_cli_counts_section_and_bad_kind(tmp_path):
    runner = CliRunner()
    out = tmp_path / "quiz.json"
    result = runner.invoke(cli, ["quiz", "make", str(CORPUS), "--kind", "cloze=2,multi=1,judge=1", "--seed", "4",
                                 "--section", "三、", "-o", str(out)])
    assert result.exit_code == 0, result.output
    quiz = Quiz.from_json(out.read_text(encoding="utf-8"))
    assert Counter(item.kind for item in quiz.items) == {"cloze": 2, "multi": 1, "judge": 1}
    assert all(item.section.startswith("三、") for item in quiz.items)
    bad = runner.invoke(cli, ["quiz", "make", str(CORPUS), "--kind", "cloze=2,essay=1"])
    assert bad.exit_code == 2 and "essay" in bad.output
    missing = runner.invoke(cli, ["quiz", "make", str(CORPUS), "--kind", "judge=1", "--section", "九、"])
    assert missing.exit_code == 1 and "no text in section" in missing.output
