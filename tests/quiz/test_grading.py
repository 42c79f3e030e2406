"""Tolerant grading, and answer sheets in JSON and CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.errors import QuizError
from textkit.quiz.grading import grade, is_correct, read_answers
from textkit.quiz import Quiz, QuizItem


def _cloze(id_, prompt_before, answers, accept=()):
    prompt, blanks = prompt_before, []
    for a in answers:
        blanks.append((len(prompt), len(prompt) + len(a)))
        prompt += "＿" * len(a) + "、"
    return QuizItem(id=id_, kind="cloze", prompt=prompt, answers=list(answers), blanks=blanks,
                    accept=[list(x) for x in accept])


QUIZ = Quiz(
    title="测试",
    seed=1,
    items=[
        _cloze("q01", "坚决做到", ["两个维护"]),
        _cloze("q02", "大力弘扬", ["劳模精神", "劳动精神", "工匠精神"]),
        QuizItem(id="q03", kind="choice", prompt="增强“＿＿＿＿”", answers=["四个意识"], blanks=[(3, 7)],
                 choices=["两个确立", "四个意识", "四个自信", "两个维护"]),
        _cloze("q04", "共计", ["240段"]),
        _cloze("q05", "他说", ["等于"]),
        _cloze("q06", "加强", ["党的领导"], accept=[["党的全面领导"]]),
    ],
)


@pytest.mark.parametrize("given", ["两个维护", " 两个维护 ", "“两个维护”", "\"两个维护\"", "兩個維護", "两个维护。", "两 个 维 护"])
def test_forms_of_the_right_answer_are_right(given):
    assert is_correct(QUIZ.items[0], given)


@pytest.mark.parametrize("given", ["两个确立", "维护", "坚决做到两个维护", "", "  "])
def test_wrong_or_partial_answers_are_wrong(given):
    assert not is_correct(QUIZ.items[0], given)


def test_never_containment():
    assert not is_correct(QUIZ.items[4], "不等于")
    assert is_correct(QUIZ.items[4], "等于")


def test_full_width_digits_and_alternatives():
    assert is_correct(QUIZ.items[3], "２４０段")
    assert is_correct(QUIZ.items[5], "党的全面领导")


def test_several_blanks_as_list_string_or_other_order():
    item = QUIZ.items[1]
    assert is_correct(item, ["劳模精神", "劳动精神", "工匠精神"])
    assert is_correct(item, "劳模精神、劳动精神、工匠精神")
    assert is_correct(item, "劳模精神|劳动精神|工匠精神")
    assert is_correct(item, ["劳动精神", "劳模精神", "工匠精神"])
    assert not is_correct(item, ["劳模精神", "劳动精神"])
    assert not is_correct(item, ["劳模精神", "劳模精神", "工匠精神"])


def test_choice_by_letter_or_text():
    item = QUIZ.items[2]
    for given in ("B", "b", "B.", "四个意识", "（B）"):
        assert is_correct(item, given), given
    for given in ("A", "两个确立", "E"):
        assert not is_correct(item, given), given


def test_report():
    report = grade(QUIZ, {"q01": "两个维护", "q03": "A"})
    assert (report.correct, report.total) == (1, 6)
    first, second, third = report.results[:3]
    assert first.to_dict() == {"id": "q01", "correct": True, "given": "两个维护", "expected": "两个维护",
                               "points": 2, "full_points": 2}
    assert second.given == "" and not second.correct
    assert third.expected == "B. 四个意识"
    with pytest.raises(QuizError, match="q99"):
        grade(QUIZ, {"q99": "x"})


def test_read_json_and_csv_answers(tmp_path: Path):
    j = tmp_path / "a.json"
    j.write_text(json.dumps({"q01": "两个维护", "q02": ["劳模精神", "劳动精神", "工匠精神"]}, ensure_ascii=False), "utf-8")
    assert read_answers(j)["q02"] == ["劳模精神", "劳动精神", "工匠精神"]
    c = tmp_path / "a.csv"
    c.write_bytes("id,answer\nq01,两个维护\nq02,劳模精神|劳动精神|工匠精神\nq03,B\n".encode("utf-8-sig"))
    assert read_answers(c) == {"q01": "两个维护", "q02": ["劳模精神", "劳动精神", "工匠精神"], "q03": "B"}
    r = tmp_path / "r.csv"
    r.write_text("q02,劳模精神\nq02,劳动精神\nq02,工匠精神\n", "utf-8")
    assert read_answers(r) == {"q02": ["劳模精神", "劳动精神", "工匠精神"]}


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", "q01\n".encode(), "两个维护".encode("gbk"), b""])
def test_bad_answer_files_are_clear_errors(tmp_path: Path, content: bytes):
    p = tmp_path / "bad.csv"
    p.write_bytes(content)
    with pytest.raises(QuizError):
        read_answers(p)


def test_cli_grade_json(tmp_path: Path):
    quiz = tmp_path / "quiz.json"
    quiz.write_text(QUIZ.to_json(), "utf-8")
    answers = tmp_path / "answers.csv"
    answers.write_text("q01,“两个维护”\nq03,A\n", "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(answers), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows] == [it.id for it in QUIZ.items]
    assert set(rows[0]) == {"id", "correct", "given", "expected", "points", "full_points"}
    assert rows[0]["correct"] is True and rows[2]["correct"] is False
    plain = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(answers)])
    assert "得分：2/16 分（答对 1/6 题）" in plain.output
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "grade", str(quiz), str(bad)])
    assert result.exit_code == 1 and "invalid JSON" in result.output
