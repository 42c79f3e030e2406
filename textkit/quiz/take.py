"""Taking a quiz in the terminal: one item at a time, graded as you go (CLI side)."""

from __future__ import annotations

import click

from .grading import expected, is_correct
from .model import Quiz, QuizItem

LETTERS = "ABCDEFGH"


def take_quiz(quiz: Quiz) -> None:
    """Ask each item, say at once whether the answer is right, show the score at the end.

    Ctrl-C or Ctrl-D (end of input) stops the quiz and shows the score so far.
    """
    click.echo(click.style(quiz.title, bold=True))
    if quiz.instructions:
        click.echo(quiz.instructions)
    right = asked = 0
    try:
        for n, item in enumerate(quiz.items, 1):
            click.echo("")
            click.echo(click.style(f"{n}/{len(quiz.items)}  ({item.id})", bold=True) + f"  {_kind_label(item)}")
            click.echo(item.prompt)
            for letter, option in zip(LETTERS, item.choices if item.kind == "choice" else []):
                click.echo(f"  {letter}. {option}")
            given = _ask(item)
            asked += 1
            if is_correct(item, given):
                right += 1
                click.echo(click.style("✓ 正确", fg="green"))
            else:
                click.echo(click.style("✗ 错误", fg="red") + f"  正确答案：{expected(item)}")
            if item.hint:
                click.echo(click.style(f"原文：{item.hint}", dim=True))
    except click.Abort:
        click.echo("")
        click.echo("（已退出）")
    click.echo("")
    click.echo(click.style(f"得分：{right}/{asked}", bold=True) + (f"（共 {len(quiz.items)} 题）" if asked < len(quiz.items) else ""))


def _kind_label(item: QuizItem) -> str:
    if item.kind == "choice":
        return "选择题"
    return "填空题" + (f"（{len(item.blanks)}空）" if len(item.blanks) > 1 else "")


def _ask(item: QuizItem) -> list[str]:
    """One answer per blank; click.prompt raises Abort on Ctrl-C and on end of input."""
    if item.kind == "choice":
        return [click.prompt("你的选择（字母或选项）", default="", show_default=False)]
    if len(item.blanks) == 1:
        return [click.prompt("你的答案", default="", show_default=False)]
    return [click.prompt(f"第{i}空", default="", show_default=False) for i in range(1, len(item.blanks) + 1)]
