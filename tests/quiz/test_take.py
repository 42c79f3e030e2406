"""Taking a quiz in the terminal, driven through the CLI with typed input."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from textkit.cli import cli
from textkit.quiz import Quiz, QuizItem

QUIZ = Quiz(
    title="工会知识测验",
    seed=1,
    instructions="请作答。",
    items=[
        QuizItem(id="q01", kind="cloze", prompt="坚决做到“＿＿＿＿”", answers=["两个维护"], blanks=[(5, 9)],
                 hint="真正把坚决拥护“两个确立”、坚决做到“两个维护”体现在行动上。"),
        QuizItem(id="q02", kind="choice", prompt="增强“＿＿＿＿”", answers=["四个意识"], blanks=[(3, 7)],
                 choices=["两个确立", "四个意识", "四个自信", "两个维护"], hint="增强“四个意识”、坚定“四个自信”"),
        QuizItem(id="q03", kind="cloze", prompt="保持和增强＿＿＿、＿＿＿、＿＿＿这一主线",
                 answers=["政治性", "先进性", "群众性"], blanks=[(5, 8), (9, 12), (13, 16)]),
    ],
)


@pytest.fixture
def quiz_file(tmp_path: Path) -> Path:
    path = tmp_path / "quiz.json"
    path.write_text(QUIZ.to_json(), "utf-8")
    return path


def test_all_right(quiz_file):
    result = CliRunner().invoke(cli, ["quiz", "take", str(quiz_file)], input="“两个维护”\nB\n政治性 先进性 群众性\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("✓") == 3
    assert "得分：10/10 分（答对 3/3 题）" in result.output
    assert "原文：真正把坚决拥护" in result.output  # the source passage as feedback


def test_wrong_answer_shows_the_right_one(quiz_file):
    result = CliRunner().invoke(cli, ["quiz", "take", str(quiz_file)], input="两个确立\nA\n政治性、先进性、人民性\n")
    assert result.exit_code == 0
    assert "正确答案：两个维护" in result.output
    assert "正确答案：B. 四个意识" in result.output
    assert "得分：4/10 分（答对 0/3 题）" in result.output
    assert "（4/6 分）" in result.output  # two of three blanks right


def test_end_of_input_quits_with_the_score_so_far(quiz_file):
    result = CliRunner().invoke(cli, ["quiz", "take", str(quiz_file)], input="两个维护\n")
    assert result.exit_code == 0
    assert "得分：2/10 分（答对 1/1 题，共 3 题）" in result.output


def test_not_a_quiz_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x"}', "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "take", str(bad)])
    assert result.exit_code == 1 and "not a textkit quiz" in result.output


EVERY_KIND = Quiz(title="各题型", seed=2, items=[
    QUIZ.items[2],
    QuizItem(id="q02", kind="multi", prompt="增强的有（　　）", answers=["四个意识", "四个自信"], blanks=[],
             choices=["四个意识", "两个务必", "四个自信", "四个全面"]),
    QuizItem(id="q03", kind="judge", prompt="《论述摘编》共计200段论述。", answers=["错"], blanks=[], choices=["对", "错"],
             original="共计240段论述"),
    QuizItem(id="q04", kind="source", prompt="“劳动是一切成功的必经之路”出自", answers=["同全国劳动模范代表座谈时的讲话"], blanks=[],
             choices=["庆祝“五一”国际劳动节大会上的讲话", "同全国劳动模范代表座谈时的讲话"]),
])


def test_every_kind_asked_once_with_points(tmp_path: Path):
    path = tmp_path / "kinds.json"
    path.write_text(EVERY_KIND.to_json(), "utf-8")
    result = CliRunner().invoke(cli, ["quiz", "take", str(path)], input="政治性先进性群众性\nA\n×\nB. 同全国劳动模范代表座谈时的讲话\n")
    assert result.exit_code == 0, result.output
    assert "多项选择题全部选对得满分" in result.output  # the partial-credit rule, stated before the items
    assert "  C. 四个自信" in result.output and "A. 对" not in result.output
    assert "（1.5/3 分）" in result.output and "正确答案：AC（四个意识、四个自信）" in result.output
    assert "原文：共计240段论述" in result.output
    assert "得分：10.5/12 分（答对 3/4 题）" in result.output
