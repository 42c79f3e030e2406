"""Quizzes made from the bundled notice: sound items of both kinds, reproducible by seed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from textkit.errors import QuizError
from textkit.quiz.grading import grade
from textkit.analysis.load import load_corpus
from textkit.analysis.normalize import analysis_form
from textkit.quiz import BLANK_CHAR, Quiz, make_quiz
from textkit.quiz.rules import prompt_body
from textkit.analysis.segment import Segmenter

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def excerpts():
    return load_corpus([CORPUS])


@pytest.fixture(scope="module")
def seg():
    """One segmenter for the module: building one costs more than making a quiz."""
    return Segmenter()


@pytest.fixture(scope="module")
def quiz(excerpts, seg):
    return make_quiz(excerpts, n=12, kind="mixed", seed=7, segmenter=seg)


def test_twelve_items_of_both_kinds(quiz):
    """The notice (about 2,000 characters) gives a dozen sound items: whole sentences, whole terms."""
    assert len(quiz.items) == 12
    kinds = {item.kind for item in quiz.items}
    assert kinds == {"cloze", "choice"}
    assert [item.id for item in quiz.items] == [f"q{i:02d}" for i in range(1, 13)]
    assert quiz.title and quiz.instructions and quiz.seed == 7


def test_every_prompt_comes_from_the_source(quiz, excerpts, seg):
    by_id = {e.id: e for e in excerpts}
    for item in quiz.items:
        source = by_id[item.source["excerpt"]].text
        filled = list(item.prompt)
        for (a, b), answer in zip(item.blanks, item.answers):
            assert item.prompt[a:b] == BLANK_CHAR * len(answer)  # the length cue
            filled[a:b] = answer
        # The prompt names its source (《…通知》指出：), then quotes it.
        assert item.prompt.startswith("《学习宣传贯彻〈论述摘编〉的通知》指出：")
        assert prompt_body("".join(filled)).rstrip("。").removesuffix("……") in source
        # The key cites the sentence, not the whole paragraph again.
        assert item.hint in source and len(item.hint) < len(source) or item.hint == source.strip()
        # The document's own title (its first line), as the reader found it.
        assert item.source["doc"] == "关于组织学习宣传贯彻《习近平关于工人阶级和工会工作论述摘编》的通知"


def test_no_prompt_gives_its_answer_away(quiz):
    for item in quiz.items:
        outside = analysis_form(item.prompt)
        for answer in item.answers:
            assert analysis_form(answer) not in outside
        assert len([c for c in item.prompt if "\u4e00" <= c <= "\u9fff"]) >= 10  # enough context


def test_choice_items_have_four_distinct_options_of_similar_length(quiz):
    for item in quiz.items:
        if item.kind != "choice":
            continue
        assert len(item.blanks) == 1
        assert len(item.choices) == 4 and len(set(item.choices)) == 4
        assert item.answers[0] in item.choices
        for option in item.choices:
            assert abs(len(option) - len(item.answers[0])) <= 2
            assert option == item.answers[0] or analysis_form(option) not in analysis_form(item.prompt)


def test_formula_distractors_come_from_the_family(excerpts, seg):
    q = make_quiz(excerpts, n=30, kind="choice", seed=3, segmenter=seg)
    formulas = {"两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "两个务必", "两个结合", "三个务必"}
    asked = [it for it in q.items if it.answers[0] in formulas]
    assert asked, "a choice quiz of the notice asks at least one formula"
    for item in asked:
        assert set(item.choices) <= formulas


def test_no_answer_asked_twice(quiz):
    answers = [analysis_form(a) for item in quiz.items for a in item.answers]
    assert len(answers) == len(set(answers))


def test_coverage_spreads_over_sections(quiz):
    assert len({item.section for item in quiz.items}) >= 3


def test_right_answers_score_full_marks_wrong_ones_zero(quiz):
    wrapped = {it.id: [f" “{a}” " for a in it.answers] for it in quiz.items}
    assert grade(quiz, wrapped).correct == 12
    wrong = {it.id: ["不" + a for a in it.answers] for it in quiz.items}
    assert grade(quiz, wrong).correct == 0


def test_same_seed_same_bytes_across_processes():
    code = (
        "import sys; from textkit.analysis.load import load_corpus; from textkit.quiz import make_quiz;"
        "sys.stdout.write(make_quiz(load_corpus([sys.argv[1]]), n=15, kind='mixed', seed=7).to_json())"
    )
    outs = []
    for hashseed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        outs.append(subprocess.run([sys.executable, "-c", code, str(CORPUS)], env=env, cwd=ROOT,
                                   capture_output=True, check=True).stdout)
    assert outs[0] == outs[1]
    assert Quiz.from_json(outs[0].decode()).seed == 7


def test_other_seed_other_quiz_and_no_seed_is_recorded(excerpts, quiz, seg):
    assert make_quiz(excerpts, n=15, seed=8, segmenter=seg).to_json() != quiz.to_json()
    unseeded = make_quiz(excerpts, n=5, segmenter=seg)
    assert isinstance(unseeded.seed, int)
    assert make_quiz(excerpts, n=5, seed=unseeded.seed, segmenter=seg).to_json() == unseeded.to_json()


def test_kinds_on_demand(excerpts, seg):
    assert {it.kind for it in make_quiz(excerpts, n=8, kind="cloze", seed=1, segmenter=seg).items} == {"cloze"}
    assert {it.kind for it in make_quiz(excerpts, n=8, kind="choice", seed=1, segmenter=seg).items} == {"choice"}


def test_series_can_be_one_item_with_several_blanks(excerpts, seg):
    q = make_quiz(excerpts, n=25, kind="cloze", seed=7, segmenter=seg)
    multi = [it for it in q.items if len(it.blanks) > 1]
    assert multi
    assert any(it.answers == ["劳模精神", "劳动精神", "工匠精神"] or it.answers == ["政治性", "先进性", "群众性"]
               for it in multi)


def test_round_trip_through_json(quiz):
    assert Quiz.from_json(quiz.to_json()) == quiz


def test_bad_requests_are_quiz_errors(excerpts, seg):
    with pytest.raises(QuizError):
        make_quiz(excerpts, kind="essay", segmenter=seg)
    with pytest.raises(QuizError):
        make_quiz(["", "  "])


def test_blanks_in_one_prompt_are_never_one_silent_gap(excerpts, seg):
    for s in (1, 2, 7):
        for item in make_quiz(excerpts, n=25, kind="cloze", seed=s, segmenter=seg).items:
            for (_, b), (c, _) in zip(item.blanks, item.blanks[1:]):
                assert c > b, item.prompt  # source punctuation (、) between blanks, or one blank
            assert not item.prompt.startswith(("”", "’", "）", "（")), item.prompt


def test_no_generic_word_is_blanked(excerpts, seg):
    q = make_quiz(excerpts, n=40, kind="cloze", seed=5, segmenter=seg)
    answers = {a for it in q.items for a in it.answers}
    assert not answers & {"工作", "工会", "统一", "发展", "群众", "劳动者", "教职工"}


def test_distractors_are_of_the_answers_kind_and_dates_not_after_the_source(excerpts, seg):
    for s in range(1, 6):
        for item in make_quiz(excerpts, n=30, kind="choice", seed=s, segmenter=seg).items:
            answer = item.answers[0]
            if answer in ("十八大", "二十大"):
                assert all(c.endswith("大") for c in item.choices)
            if not answer.endswith("精神"):
                assert not any(c.endswith("精神") for c in item.choices), item.choices
            for c in item.choices:
                if "年" in c:
                    year = int(c.split("年")[0])
                    assert year <= 2023, item.choices  # the notice's latest date is 2023年7月7日


def test_licence_footer_is_not_quizzed(seg):
    from textkit.quiz.maker import boilerplate

    footer = ("本作品来自中华人民共和国政府公开发布的文件，依据著作权法不受版权保护，属于公有领域。"
              "参见维基文库版权失效模板。")
    assert boilerplate(footer)
    text = "全心全意依靠工人阶级是我们党一以贯之的根本方针，要大力弘扬劳模精神、劳动精神、工匠精神。"
    assert not boilerplate(text)
    q = make_quiz([text, footer], n=10, kind="cloze", seed=1, segmenter=seg)
    assert all("版权" not in it.prompt and "维基" not in it.prompt for it in q.items)


# ------------------------------------------------------------------ sheet rules (issue 14)

DATA = ROOT.parent / "shared" / "data"
SEED_FILE = ROOT.parent / "shared" / "seed" / "000_295c8d778fdbb247.txt"
needs_data = pytest.mark.skipif(not (DATA / "political").exists(), reason="../shared/data is absent")


@pytest.fixture(scope="module")
def twentieth():
    from textkit.analysis.load import load_corpus as load

    excerpts = load([str(DATA / "political" / "cpc_congress_reports.jsonl")])
    return [e for e in excerpts if "(二十大)" in e.doc]


@pytest.fixture(scope="module")
def labour_union_law():
    import json
    import lzma

    from textkit.analysis.excerpts import Document, split_document

    with lzma.open(DATA / "laws" / "laws.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            if '"社会法/工会法(2021-12-24).md"' in line:
                row = json.loads(line)
                return split_document(Document(name=row["title"], text=row["content"]))
    pytest.skip("工会法 is not in the laws data")


def test_notice_sheets_break_no_rule(excerpts, seg):
    from textkit.quiz.rules import sheet_problems

    for s in (1, 2, 3, 7):
        q = make_quiz(excerpts, n=15, kind="mixed", seed=s, segmenter=seg)
        assert sheet_problems(q, seg) == [], s


@needs_data
def test_twentieth_congress_sheets_break_no_rule(twentieth, seg):
    from textkit.quiz.rules import sheet_problems

    for s in (1, 2, 3):
        q = make_quiz(twentieth, n=20, kind="mixed", seed=s, segmenter=seg)
        assert len(q.items) == 20
        assert sheet_problems(q, seg) == [], s
        for item in q.items:
            assert item.prompt.startswith("党的二十大报告指出："), item.prompt
        assert q.title.startswith("高举中国特色社会主义伟大旗帜")


def test_no_answer_is_shown_by_another_item(excerpts, seg):
    q = make_quiz(excerpts, n=15, kind="mixed", seed=7, segmenter=seg)
    for item in q.items:
        for other in q.items:
            if other is item:
                continue
            shown = analysis_form(other.prompt + "".join(other.choices))
            for answer in item.answers:
                assert analysis_form(answer) not in shown, (item.id, other.id)


def test_distractors_never_repeat_and_are_never_another_items_answer(excerpts, seg):
    q = make_quiz(excerpts, n=15, kind="choice", seed=2, segmenter=seg)
    wrong = [c for it in q.items for c in it.choices if c not in it.answers]
    assert len(wrong) == len(set(wrong))
    answers = {a for it in q.items for a in it.answers}
    assert not set(wrong) & answers


def test_ids_are_the_printed_numbers(quiz):
    from textkit.export.md import render as render_markdown

    kinds = [it.kind for it in quiz.items]
    assert kinds == sorted(kinds, key=["cloze", "choice"].index)  # the order a sheet prints them
    text = render_markdown(quiz)
    for n, item in enumerate(quiz.items, 1):
        assert item.id == f"q{n:02d}"
        assert f"\n{n}. " in text


def test_number_blanks_take_their_unit(excerpts, seg):
    for s in (1, 2, 3, 4, 5):
        for item in make_quiz(excerpts, n=20, kind="cloze", seed=s, segmenter=seg).items:
            for n, answer in enumerate(item.answers):
                if answer[:1].isdigit() and "年" not in answer:
                    assert not answer[-1].isdigit(), answer  # 240段, 8个: the unit goes with the number
                    assert re.match(r"\d+", answer).group() in item.accept[n]  # 240 alone is right too


def test_title_and_citations_from_the_documents_own_title(seg):
    q = make_quiz(load_corpus([SEED_FILE]), n=10, seed=1, segmenter=seg)
    title = "关于组织学习宣传贯彻《习近平关于工人阶级和工会工作论述摘编》的通知"
    assert q.title == f"{title} · 学习测验"
    assert all(it.source["doc"] == title for it in q.items)
    from textkit.export.md import render as render_markdown

    assert "000_295c8d778fdbb247" not in render_markdown(q)  # the sheet and its key cite the title


def test_front_matter_is_never_asked():
    from textkit.quiz.sources import front_matter

    for line in ("1992年4月3日 第七届全国人民代表大会第五次会议通过",
                 "2021年12月24日 第十三届全国人民代表大会常务委员会第三十二次会议《关于修改〈中华人民共和国工会法〉的决定》第三次修正",
                 "（2022年10月16日）", "——在中国共产党第二十次全国代表大会上的报告", "各位代表：", "目录",
                 "高举中国特色社会主义伟大旗帜", "<!-- INFO END -->"):
        assert front_matter(line), line
    assert not front_matter("工会是中国共产党领导的职工自愿结合的工人阶级群众组织，是中国共产党联系职工群众的桥梁和纽带。")


@needs_data
def test_law_sheets_read_articles_and_skip_promulgation_lines(labour_union_law, seg):
    from textkit.quiz.rules import sheet_problems

    for s in (1, 2, 3):
        q = make_quiz(labour_union_law, n=20, kind="mixed", seed=s, segmenter=seg)
        assert q.title == "中华人民共和国工会法 · 学习测验"
        assert sheet_problems(q, seg) == [], s
        for item in q.items:
            assert re.match(r"《中华人民共和国工会法》第[一二三四五六七八九十百]+条规定：|根据《中华人民共和国工会法》，",
                            item.prompt), item.prompt
            assert not re.search(r"会议通过|修正$|第[一二三四五六七八九十百]+条[\u4e00-\u9fff]{2}(?<!规定)", prompt_body(item.prompt))
            if "条规定：" in item.prompt:
                article = re.search(r"第[一二三四五六七八九十百]+条", item.prompt).group()
                assert item.section.endswith(article) and item.hint.startswith(article)


def test_sheet_problems_finds_what_is_wrong():
    from textkit.quiz.model import QuizItem
    from textkit.quiz.rules import sheet_problems

    a = QuizItem(id="q01", kind="choice", prompt="增强“四个意识”、坚定“四个自信”、做到“＿＿＿＿”",
                 answers=["两个维护"], blanks=[(17, 21)], choices=["两个维护", "两个确立", "四个全面", "两个结合"],
                 source={"doc": "gonghuifa"})
    b = QuizItem(id="q02", kind="choice", prompt="第八条工会推动产业工人队伍建设改革，坚决拥护“＿＿＿＿”，既要学",
                 answers=["四个意识"], blanks=[(24, 28)], choices=["四个意识", "两个确立", "四个全面", "两个务必"])
    problems = sheet_problems(Quiz(title="000_295c8d778fdbb247 · 学习测验", items=[a, b]))
    text = "\n".join(problems)
    assert "file-name title" in text and "cites a file-name" in text
    assert "四个意识 is shown in q01" in text  # q02's answer is in q01's prompt
    assert "repeats" in text  # 两个确立 / 四个全面 on both items
    assert "glued" in text and "fragment" in text


def test_progress_is_reported(excerpts, seg):
    calls = []
    make_quiz(excerpts, n=5, seed=1, segmenter=seg, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] and calls == sorted(calls)
